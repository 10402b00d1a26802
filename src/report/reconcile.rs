//! `subs reconcile`: the charges each subscription's schedule expected in
//! a statement's period, and the view of what the statement shows against
//! them (the matching itself is `detect::reconcile`'s).

use chrono::NaiveDate;

use crate::domain::currency::Currency;
use crate::domain::schedule;
use crate::domain::subscription::{PriceChange, Status, Subscription};
use crate::render::json::date;
use crate::render::reconcile::{Charge, Event, Pending, Period, Reconciled};
use crate::statement::Transaction;

use crate::detect::reconcile::MISSED_AFTER_DAYS;
pub use crate::detect::{Expected, Finding, FindingKind, reconcile};

/// A schedule listed in a statement's period stops after this many
/// charges (a daily plan over a file whose dates span centuries).
const MOST_PER_SUBSCRIPTION: usize = 5_000;

/// The charges due from `from` to `until`, each subscription's from its
/// anchor: active ones, and cancelled or expired ones before their last
/// day. A paused one is left out (nothing says since when it pauses); a
/// trial's free days are not charged. Only charges this statement can
/// hold are expected: in one of its `currencies`, of plans I pay (not ones
/// a member pays the provider for). Each charge is expected at the price
/// of its day (`history`: every price change, oldest first).
/// `Expected.subscription_id` is the index into `subs`, as `Known.id` is.
pub fn expected(
    subs: &[Subscription],
    history: &[(String, PriceChange)],
    currencies: &[Currency],
    (from, until): (NaiveDate, NaiveDate),
) -> Vec<Expected> {
    let mut out = Vec::new();
    for (i, sub) in subs.iter().enumerate() {
        let stopped = matches!(sub.status, Status::Cancelled | Status::Expired);
        if sub.status == Status::Paused
            || (stopped && sub.end_date.is_none())
            || sub.paid_by.is_some()
            || !currencies.contains(&sub.currency)
        {
            continue;
        }
        let first_charge = sub.trial_until.and_then(|t| t.succ_opt());
        let lower = from.max(sub.start_date).max(first_charge.unwrap_or(from));
        let upper = schedule::last_charge_day(sub.end_date, until);
        let changes: Vec<&PriceChange> = history
            .iter()
            .filter(|(id, _)| *id == sub.id)
            .map(|(_, c)| c)
            .collect();
        for due in dues(sub, lower, upper) {
            out.push(Expected {
                subscription_id: i as i64,
                due,
                amount: price_on(sub, &changes, due),
                currency: sub.currency,
            });
        }
    }
    out.sort_by_key(|e| (e.due, e.subscription_id));
    out
}

/// The amount charged on `due`: the old amount of the first change made
/// after that day, else today's (a change made on the day is its price).
fn price_on(sub: &Subscription, changes: &[&PriceChange], due: NaiveDate) -> rust_decimal::Decimal {
    changes
        .iter()
        .find(|c| c.changed_on > due && c.currency == sub.currency)
        .map_or(sub.amount.amount(), |c| c.old_amount.amount())
}

/// The schedule's dates in `lower..=upper`, at most `MOST_PER_SUBSCRIPTION`.
fn dues(sub: &Subscription, lower: NaiveDate, upper: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let Some(mut n) = schedule::index_on_or_after(sub.anchor, sub.cycle, lower) else {
        return out;
    };
    while out.len() < MOST_PER_SUBSCRIPTION {
        match schedule::nth(sub.anchor, sub.cycle, n) {
            Some(due) if due <= upper => out.push(due),
            _ => break,
        }
        n = n.saturating_add(1);
    }
    out
}

/// What the view is built from.
pub struct Outcome<'a> {
    pub subs: &'a [Subscription],
    pub transactions: &'a [Transaction],
    pub expected: &'a [Expected],
    pub findings: &'a [Finding],
    pub from: NaiveDate,
    pub until: NaiveDate,
}

/// The events, in the matcher's order, and the expected charges it left
/// open as too early to tell (due less than `MISSED_AFTER_DAYS` before the
/// statement's last day).
pub fn view(o: &Outcome<'_>, files: String, warnings: Vec<String>) -> Reconciled {
    let events = o.findings.iter().map(|f| event(o, f)).collect();
    let told = |e: &Expected| {
        o.findings
            .iter()
            .any(|f| f.subscription_id == Some(e.subscription_id) && f.due == Some(e.due))
    };
    let pending = o
        .expected
        .iter()
        .filter(|e| (o.until - e.due).num_days() < MISSED_AFTER_DAYS && !told(e))
        .filter_map(|e| {
            let sub = subscription(o.subs, Some(e.subscription_id))?;
            Some(Pending {
                subscription: sub.name.clone(),
                due: date(e.due),
            })
        })
        .collect();
    Reconciled {
        events,
        period: Period {
            from: date(o.from),
            until: date(o.until),
        },
        applied: None,
        pending,
        warnings,
        files,
    }
}

fn event(o: &Outcome<'_>, f: &Finding) -> Event {
    let sub = subscription(o.subs, f.subscription_id);
    Event {
        kind: f.kind,
        subscription: sub.map(|s| s.name.clone()),
        subscription_id: sub.map(|s| s.id.clone()),
        due: f.due.map(date),
        transactions: f
            .charges
            .iter()
            .filter_map(|i| o.transactions.get(*i))
            .map(charge)
            .collect(),
        detail: f.detail.clone(),
    }
}

/// The subscription a matcher's id (an index) names.
pub fn subscription(subs: &[Subscription], id: Option<i64>) -> Option<&Subscription> {
    subs.get(usize::try_from(id?).ok()?)
}

/// A statement row as an event shows it: money out is positive.
pub fn charge(t: &Transaction) -> Charge {
    Charge {
        id: t.id.clone(),
        date: date(t.date),
        amount: t.amount.abs(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cycle::Cycle;
    use crate::domain::money::Money;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn monthly(name: &str, start: &str) -> Subscription {
        Subscription::example(
            name,
            Money::test_cents(999),
            Cycle::Monthly,
            day(start),
            day(start),
        )
    }

    fn dues_of(subs: &[Subscription], from: &str, until: &str) -> Vec<(i64, String)> {
        expected(subs, &[], &[Currency::USD], (day(from), day(until)))
            .into_iter()
            .map(|e| (e.subscription_id, e.due.to_string()))
            .collect()
    }

    #[test]
    fn each_charge_of_the_period_from_the_anchor_clamped_to_the_month() {
        let subs = [monthly("Stream", "2026-01-31")];
        assert_eq!(
            dues_of(&subs, "2026-02-01", "2026-04-30"),
            [
                (0, "2026-02-28".to_string()),
                (0, "2026-03-31".to_string()),
                (0, "2026-04-30".to_string())
            ]
        );
    }

    #[test]
    fn nothing_before_the_start_or_in_a_trial_and_the_period_bounds_are_in() {
        let mut trial = monthly("Trial", "2026-03-10");
        trial.trial_until = Some(day("2026-04-10"));
        let later = monthly("Later", "2026-04-01");
        assert_eq!(
            dues_of(&[trial, later], "2026-03-01", "2026-05-31"),
            [
                (1, "2026-04-01".to_string()),
                (1, "2026-05-01".to_string()),
                (0, "2026-05-10".to_string())
            ]
        );
        let later = monthly("Later", "2026-04-01");
        assert_eq!(
            dues_of(&[later], "2026-04-01", "2026-05-01"),
            [(0, "2026-04-01".to_string()), (0, "2026-05-01".to_string())],
            "the statement's first and last days are in"
        );
    }

    #[test]
    fn each_charge_is_expected_at_the_price_of_its_day() {
        let mut sub = monthly("Stream", "2026-01-05");
        sub.amount = Money::test_cents(1199);
        let change = |on: &str, old: i64, new: i64| PriceChange {
            changed_on: day(on),
            old_amount: Money::test_cents(old),
            new_amount: Money::test_cents(new),
            currency: sub.currency,
            old_cycle: None,
            new_cycle: None,
        };
        let history = [
            (sub.id.clone(), change("2026-02-10", 899, 999)),
            ("SUBother".to_string(), change("2026-03-10", 100, 200)),
            (sub.id.clone(), change("2026-03-05", 999, 1199)),
        ];
        let period = (day("2026-01-01"), day("2026-04-30"));
        let amounts: Vec<String> = expected(&[sub], &history, &[Currency::USD], period)
            .iter()
            .map(|e| format!("{} {}", e.due, e.amount))
            .collect();
        assert_eq!(
            amounts,
            [
                "2026-01-05 8.99",
                "2026-02-05 8.99",
                "2026-03-05 11.99",
                "2026-04-05 11.99"
            ],
            "a change made on a due day is that day's charge's price"
        );
    }

    #[test]
    fn only_charges_the_statement_can_hold_in_its_currencies_and_paid_by_me() {
        let mut euro = monthly("Euro", "2026-01-05");
        euro.currency = Currency::parse("EUR").unwrap_or(Currency::USD);
        let mut theirs = monthly("Theirs", "2026-01-05");
        theirs.paid_by = Some(crate::domain::subscription::Member {
            id: 1,
            name: "Alex".into(),
        });
        let mine = monthly("Mine", "2026-01-05");
        assert_eq!(
            dues_of(&[euro, theirs, mine], "2026-01-01", "2026-01-31"),
            [(2, "2026-01-05".to_string())]
        );
    }

    #[test]
    fn paused_never_and_cancelled_only_before_its_last_day() {
        let mut paused = monthly("Paused", "2026-01-05");
        paused.status = Status::Paused;
        let mut cancelled = monthly("Cancelled", "2026-01-05");
        cancelled.status = Status::Cancelled;
        cancelled.end_date = Some(day("2026-03-05"));
        let mut no_end = monthly("No end", "2026-01-05");
        no_end.status = Status::Expired;
        assert_eq!(
            dues_of(&[paused, cancelled, no_end], "2026-01-01", "2026-06-30"),
            [(1, "2026-01-05".to_string()), (1, "2026-02-05".to_string())]
        );
    }

    #[test]
    fn a_period_over_centuries_lists_a_bounded_number_of_charges() {
        let mut daily = monthly("Daily", "2000-01-01");
        daily.cycle = Cycle::Custom(1);
        let dues = expected(
            &[daily],
            &[],
            &[Currency::USD],
            (day("2000-01-01"), day("9000-12-31")),
        );
        assert_eq!(dues.len(), MOST_PER_SUBSCRIPTION);
    }

    #[test]
    fn the_view_names_subscriptions_and_leaves_recent_open_charges_pending() {
        let subs = [
            monthly("Stream", "2026-01-10"),
            monthly("Gym", "2026-01-27"),
        ];
        let expected = expected(
            &subs,
            &[],
            &[Currency::USD],
            (day("2026-03-01"), day("2026-03-31")),
        );
        let t = Transaction {
            id: Some("T1".into()),
            date: day("2026-03-11"),
            date_text: "2026-03-11".into(),
            amount: rust_decimal::Decimal::new(-999, 2),
            currency: None,
            payee: "STREAM".into(),
            memo: String::new(),
            hints: Default::default(),
            line: 3,
        };
        let findings = [Finding {
            kind: FindingKind::Paid,
            subscription_id: Some(0),
            due: Some(day("2026-03-10")),
            charges: vec![0, 7],
            detail: "on time".into(),
        }];
        let outcome = Outcome {
            subs: &subs,
            transactions: &[t],
            expected: &expected,
            findings: &findings,
            from: day("2026-03-01"),
            until: day("2026-03-31"),
        };
        let v = view(&outcome, "bank.ofx".into(), Vec::new());
        assert_eq!(v.events.len(), 1);
        assert_eq!(v.events[0].subscription.as_deref(), Some("Stream"));
        assert_eq!(
            v.events[0].subscription_id.as_deref(),
            Some(subs[0].id.as_str())
        );
        assert_eq!(
            v.events[0].transactions.len(),
            1,
            "an index past the rows is left out"
        );
        assert_eq!(
            v.events[0].transactions[0].amount,
            rust_decimal::Decimal::new(999, 2)
        );
        assert_eq!(
            v.pending,
            [Pending {
                subscription: "Gym".into(),
                due: "2026-03-27".into()
            }]
        );
    }
}
