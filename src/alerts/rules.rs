//! The alert rules, as pure functions of one subscription's facts and
//! "today". Each proposes alerts with an occurrence key; the store keeps at
//! most one alert per (subscription, type, occurrence), so evaluating the
//! rules any number of times raises each alert once.
//!
//! Windows are each subscription's own `reminder_days` (the original used a
//! fixed 7 days). A window that has started is enough — a run missed on the
//! exact day is caught up by the next one.

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use crate::domain::alert::Candidate;
use crate::domain::alert::{self, AlertType, Text};
use crate::domain::money::round_money;
use crate::domain::schedule;
use crate::domain::subscription::Status;
use crate::domain::usage_cost::{self, Inputs, Paid, Pause};

/// Days without a usage log after which an active subscription counts as
/// unused.
pub const UNUSED_AFTER_DAYS: i64 = 30;
/// The window over which cost per use is measured.
pub const COST_WINDOW_DAYS: i64 = 90;
/// While its condition lasts, a usage_limit alert comes back at most this often.
pub const USAGE_ALERT_EVERY_DAYS: i64 = 30;

/// An alert a rule wants raised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposed {
    pub alert_type: AlertType,
    pub occurrence: String,
    pub text: Text,
}

/// Every alert due for this subscription today.
pub fn evaluate(c: &Candidate, today: NaiveDate, cost_per_use_limit: Decimal) -> Vec<Proposed> {
    let s = &c.subscription;
    if s.status != Status::Active {
        return Vec::new();
    }
    let mut out = Vec::new();
    if s.auto_renewal {
        renewal_reminder(c, today, &mut out);
    } else {
        payment_due(c, today, &mut out);
    }
    cancellation_reminder(c, today, &mut out);
    trial_ending(c, today, &mut out);
    cancellation_deadline(c, today, &mut out);
    usage_limit(c, today, cost_per_use_limit, &mut out);
    // Types the subscription muted are not raised.
    out.retain(|p| !s.muted.contains(&p.alert_type));
    out
}

/// Whether what was paid and the pauses (`Candidate::paid`, `pauses`) can
/// change what [`evaluate`] proposes for `c`: the generator reads them for
/// these candidates alone. Only two rules read them: a charge paid early
/// (what was paid is known for charges due by today, so only a reminder of
/// a charge due by today can be one), and cost per use, once the other
/// reasons for a usage alert are settled.
pub fn needs_payments(c: &Candidate, today: NaiveDate) -> bool {
    let s = &c.subscription;
    if s.status != Status::Active {
        return false;
    }
    let muted = |t: AlertType| s.muted.contains(&t);
    let early = s.auto_renewal
        && !muted(AlertType::RenewalReminder)
        && renewal_dates(c, today).iter().any(|d| *d <= today);
    let costly = !muted(AlertType::UsageLimit)
        && matches!(usage_gate(c, today), Some(UsageGate::CostPerUse));
    early || costly
}

fn charged(c: &Candidate, date: NaiveDate) -> bool {
    schedule::charged_on(c.subscription.end_date, date)
}

/// A charge paid before its day: none of its remaining reminders (a charge
/// renewal processing records on its day is not "paid early").
fn paid_early(c: &Candidate, date: NaiveDate) -> bool {
    c.paid.iter().any(|p| p.due == date && p.early())
}

/// The first charge after a free trial: its reminder is trial_ending.
fn ends_a_trial(c: &Candidate, date: NaiveDate) -> bool {
    c.subscription.trial_until.and_then(|t| t.succ_opt()) == Some(date)
}

fn in_window(c: &Candidate, days: i64) -> bool {
    (0..=i64::from(c.subscription.reminder_days)).contains(&days)
}

/// The reminder due `days` before a charge on `date`, as its occurrence:
/// the smallest lead time not below `days`, so each lead fires once and a
/// missed run catches up with the latest one. With the single lead
/// `reminder_days` the occurrence is the date itself.
fn reminder_occurrence(c: &Candidate, date: NaiveDate, days: i64) -> Option<String> {
    if days < 0 {
        return None;
    }
    let s = &c.subscription;
    let lead = s
        .leads()
        .into_iter()
        .filter(|l| i64::from(*l) >= days)
        .min()?;
    Some(if s.remind.is_empty() {
        date.to_string()
    } else {
        format!("{date}:{lead}d")
    })
}

/// A reminder of a day that comes once: proposed at each lead time before
/// `date` (`reminder_occurrence`), its words told how many days are left.
fn remind(
    c: &Candidate,
    today: NaiveDate,
    date: NaiveDate,
    alert_type: AlertType,
    text: impl FnOnce(i64) -> Text,
    out: &mut Vec<Proposed>,
) {
    let days = (date - today).num_days();
    if let Some(occurrence) = reminder_occurrence(c, date, days) {
        out.push(Proposed {
            alert_type,
            occurrence,
            text: text(days),
        });
    }
}

/// renewal_reminder: an auto-renewing subscription bills within its window.
/// Renewal processing runs first and moves the next date past today, so a
/// charge made today is found as the occurrence before the next date.
fn renewal_reminder(c: &Candidate, today: NaiveDate, out: &mut Vec<Proposed>) {
    let s = &c.subscription;
    for date in renewal_dates(c, today) {
        let days = (date - today).num_days();
        if let Some(occurrence) = reminder_occurrence(c, date, days)
            && charged(c, date)
            && !ends_a_trial(c, date)
            && !paid_early(c, date)
        {
            out.push(Proposed {
                alert_type: AlertType::RenewalReminder,
                occurrence,
                text: alert::renewal_reminder(&s.name, s.currency, s.amount.amount(), date, days),
            });
        }
    }
}

/// The charges a renewal reminder is about: the next one, and one made
/// today.
fn renewal_dates(c: &Candidate, today: NaiveDate) -> Vec<NaiveDate> {
    let s = &c.subscription;
    let mut dates = vec![s.next_billing_date];
    if let Some(i) = schedule::index_on_or_after(s.anchor, s.cycle, s.next_billing_date)
        && let Some(prev) = i
            .checked_sub(1)
            .and_then(|p| schedule::nth(s.anchor, s.cycle, p))
        && prev == today
    {
        dates.insert(0, prev);
    }
    dates
}

/// payment_due: without auto-renewal, the charge is due within the window,
/// or overdue (a separate alert, raised once, saying by how many days).
fn payment_due(c: &Candidate, today: NaiveDate, out: &mut Vec<Proposed>) {
    let s = &c.subscription;
    let date = s.next_billing_date;
    if !charged(c, date) {
        return;
    }
    let days = (date - today).num_days();
    let occurrence = if days < 0 {
        format!("{date}:overdue")
    } else if let Some(occurrence) = reminder_occurrence(c, date, days)
        && !ends_a_trial(c, date)
    {
        occurrence
    } else {
        return;
    };
    out.push(Proposed {
        alert_type: AlertType::PaymentDue,
        occurrence,
        text: alert::payment_due(&s.name, s.currency, s.amount.amount(), date, days),
    });
}

/// cancellation_reminder: the end date, or the end of a non-renewing
/// subscription's paid period, falls within the window.
fn cancellation_reminder(c: &Candidate, today: NaiveDate, out: &mut Vec<Proposed>) {
    let s = &c.subscription;
    if let Some(end) = s.end_date {
        let days = (end - today).num_days();
        if in_window(c, days) {
            out.push(Proposed {
                alert_type: AlertType::CancellationReminder,
                occurrence: format!("end:{end}"),
                text: alert::cancellation_reminder(&s.name, end, days),
            });
        }
    }
    if !s.auto_renewal && c.has_settled_payment && charged(c, s.next_billing_date) {
        let end = s.next_billing_date;
        let days = (end - today).num_days();
        if in_window(c, days) {
            out.push(Proposed {
                alert_type: AlertType::CancellationReminder,
                occurrence: format!("period:{end}"),
                text: alert::paid_period_ending(&s.name, s.currency, s.amount.amount(), end, days),
            });
        }
    }
}

/// trial_ending: a free trial's last day falls within a reminder window;
/// the message says what the first charge will be, and when.
fn trial_ending(c: &Candidate, today: NaiveDate, out: &mut Vec<Proposed>) {
    let s = &c.subscription;
    let Some(until) = s.trial_until.filter(|t| *t >= today) else {
        return;
    };
    let text = |days| alert::trial_ending(&s.name, s.currency, s.amount.amount(), until, days);
    remind(c, today, until, AlertType::TrialEnding, text, out);
}

/// cancellation_deadline: the last day to give notice on a contract falls
/// within a reminder window (not when the subscription ends by then anyway).
fn cancellation_deadline(c: &Candidate, today: NaiveDate, out: &mut Vec<Proposed>) {
    let s = &c.subscription;
    let Some(term) = s.cancel_deadline(today) else {
        return;
    };
    let by = term.cancel_by;
    let text = |days| alert::cancellation_deadline(&s.name, by, term.ends, days);
    remind(c, today, by, AlertType::CancellationDeadline, text, out);
}

/// usage_limit: usage is logged but none in the last 30 days, or each use
/// costs more than the limit — by the one rule `usage` and `insights` share
/// (`domain::usage_cost`): the last 90 days, cut to the later of the start
/// and the first log, paused days left out, what was charged divided by
/// the uses. Nothing before a billing period (at least 30 days) of known
/// usage; a subscription never logged is never "unused". While the
/// condition lasts it is raised at most once every 30 days.
fn usage_limit(c: &Candidate, today: NaiveDate, limit: Decimal, out: &mut Vec<Proposed>) {
    let s = &c.subscription;
    let occurrence = format!("usage:{today}");
    match usage_gate(c, today) {
        None => {}
        Some(UsageGate::Unused { last_used, idle }) => out.push(Proposed {
            alert_type: AlertType::UsageLimit,
            occurrence,
            text: alert::unused(
                &s.name,
                last_used,
                idle,
                s.currency,
                round_money(s.monthly_cost()),
            ),
        }),
        Some(UsageGate::CostPerUse) => {
            let cost = cost_per_use(c, today, &c.paid, &c.pauses);
            if let Some(per_use) = cost.per_use.filter(|p| *p > limit) {
                out.push(Proposed {
                    alert_type: AlertType::UsageLimit,
                    occurrence,
                    text: alert::costly_use(
                        &s.name,
                        s.currency,
                        per_use,
                        cost.uses,
                        &cost.window_text(),
                        limit,
                    ),
                });
            }
        }
    }
}

/// What decides a usage alert, settled before what was paid is read.
enum UsageGate {
    /// No use logged for `idle` days: the alert says so.
    Unused { last_used: NaiveDate, idle: i64 },
    /// Used lately: the cost of each use decides.
    CostPerUse,
}

/// `None` when no usage alert is due whatever was paid: never logged,
/// alerted in the last 30 days, not watched long enough (which what was
/// paid and the pauses do not change), or no use to divide by.
fn usage_gate(c: &Candidate, today: NaiveDate) -> Option<UsageGate> {
    let last_used = c.last_used.filter(|_| c.usage_logs > 0)?;
    if c.last_usage_alert
        .is_some_and(|last| (today - last).num_days() < USAGE_ALERT_EVERY_DAYS)
    {
        return None;
    }
    if !cost_per_use(c, today, &[], &[]).established {
        return None;
    }
    let idle = (today - last_used).num_days();
    if idle >= UNUSED_AFTER_DAYS {
        return Some(UsageGate::Unused { last_used, idle });
    }
    (c.uses_last_90_days > 0).then_some(UsageGate::CostPerUse)
}

fn cost_per_use(
    c: &Candidate,
    today: NaiveDate,
    paid: &[Paid],
    pauses: &[Pause],
) -> usage_cost::CostPerUse {
    usage_cost::cost_per_use(
        &c.subscription,
        &Inputs {
            since: today - Duration::days(COST_WINDOW_DAYS - 1),
            until: today,
            first_used: c.first_used,
            uses: c.uses_last_90_days,
            pauses,
            paid,
        },
    )
}

#[cfg(test)]
mod tests {
    //! The generator reads what was paid only for the candidates
    //! `needs_payments` picks: for every other one, what was paid and the
    //! pauses must not change what `evaluate` proposes.

    use chrono::{Duration, NaiveDate};
    use rust_decimal::Decimal;

    use super::{evaluate, needs_payments};
    use crate::domain::alert::{AlertType, Candidate};
    use crate::domain::currency::Currency;
    use crate::domain::cycle::Cycle;
    use crate::domain::money::Money;
    use crate::domain::subscription::Subscription;
    use crate::domain::usage_cost::{Paid, Pause};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    /// A portfolio that walks through every combination that matters to
    /// the two rules reading payments: renewing or not, a charge today or
    /// later, usage old or new, alerted lately or not, watched long enough
    /// or not, used or not, muted or not.
    fn candidates() -> Vec<Candidate> {
        let t = today();
        let mut out = Vec::new();
        for i in 0..2048u32 {
            let bit = |n: u32| i & (1 << n) != 0;
            let cycle = if bit(0) {
                Cycle::Monthly
            } else {
                Cycle::Weekly
            };
            let start = t - Duration::days(if bit(1) { 400 } else { 20 });
            // A charge today (renewal moved the next date on), or later.
            let (anchor, next) = if bit(2) {
                let anchor = t - Duration::days(if bit(0) { 31 } else { 28 });
                let next = crate::domain::schedule::first_after(anchor, cycle, t).unwrap();
                (anchor, next)
            } else {
                (t + Duration::days(2), t + Duration::days(2))
            };
            let mut sub = Subscription {
                anchor,
                auto_renewal: bit(3),
                ..Subscription::example("S", Money::test_cents(4_999), cycle, start, next)
            };
            if bit(4) {
                sub.muted = vec![AlertType::UsageLimit, AlertType::RenewalReminder];
            }
            let logged = bit(5);
            let last_used = t - Duration::days(if bit(6) { 45 } else { 3 });
            let paid = vec![
                // Paid early for the charge due today: no reminder for it.
                Paid {
                    due: t,
                    amount: Decimal::new(4_999, 2),
                    currency: Currency::USD,
                    paid_on: Some(t - Duration::days(5)),
                },
                // A dear charge: cost per use goes up.
                Paid {
                    due: t - Duration::days(10),
                    amount: Decimal::new(900_000, 2),
                    currency: Currency::USD,
                    paid_on: Some(t - Duration::days(10)),
                },
            ];
            out.push(Candidate {
                subscription: sub,
                last_used: logged.then_some(last_used),
                first_used: logged.then_some(t - Duration::days(if bit(7) { 200 } else { 10 })),
                uses_last_90_days: if bit(8) { 40 } else { 0 },
                usage_logs: i64::from(logged),
                has_settled_payment: bit(9),
                paid,
                pauses: vec![Pause {
                    from: t - Duration::days(60),
                    until: Some(t - Duration::days(30)),
                }],
                last_usage_alert: bit(10).then(|| t - Duration::days(12)),
            });
        }
        out
    }

    #[test]
    fn payments_are_read_only_where_they_can_change_an_alert() {
        let limit = Decimal::new(1000, 2);
        let (mut needed, mut changed) = (0, 0);
        for c in candidates() {
            let with = evaluate(&c, today(), limit);
            let without = evaluate(
                &Candidate {
                    paid: Vec::new(),
                    pauses: Vec::new(),
                    ..c.clone()
                },
                today(),
                limit,
            );
            if needs_payments(&c, today()) {
                needed += 1;
                changed += usize::from(with != without);
            } else {
                assert_eq!(with, without, "payments changed the alerts of {c:?}");
            }
        }
        // The portfolio does reach both rules that read payments.
        assert!(
            needed > 0 && changed > 0,
            "{needed} needed, {changed} changed"
        );
        assert!(needed < 1024, "{needed} of 2048 needed payments");
    }
}
