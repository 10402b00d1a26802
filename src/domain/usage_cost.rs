//! Cost per use: the one rule `usage`, `insights` and the `usage_limit`
//! alert share, so the three never disagree about the same plan.
//!
//! The window asked for (`usage --since`, the last 90 days) is cut to what
//! is known: it starts at the latest of its own start, the subscription's
//! start and its first usage log — before those there is nothing to divide.
//! Paused days are left out. The numerator is what was charged for the
//! charges due in the window: what was paid for a charge (net of refunds)
//! when a payment is recorded for it, else the scheduled amount. A prorated
//! share of the yearly cost is never used: on the day a monthly plan starts
//! it has cost a whole month, not a thirtieth of one.

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use super::currency::Currency;
use super::money::round_money;
use super::schedule;
use super::subscription::Subscription;

/// The shortest time a subscription is watched before it may be called
/// underused: no finding or alert before a full billing period or this
/// many days, whichever is longer.
pub const MIN_KNOWN_DAYS: i64 = 30;

/// Days a subscription was paused: from `from` up to, not including,
/// `until` (the day it resumed); `None` while it is still paused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pause {
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

/// What was paid for the charge due on `due`, net of refunds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paid {
    pub due: NaiveDate,
    pub amount: Decimal,
    pub currency: Currency,
    /// The earliest day a payment (not a refund) for it was made.
    pub paid_on: Option<NaiveDate>,
}

impl Paid {
    /// Paid before it was due: its remaining reminders are moot.
    pub fn early(&self) -> bool {
        self.amount > Decimal::ZERO && self.paid_on.is_some_and(|p| p < self.due)
    }
}

/// The pauses a subscription's status changes describe, given in date
/// order as (day, paused?): a pause runs from the day it was paused to the
/// day it resumed; a second pause before a resume changes nothing.
pub fn pauses(events: &[(NaiveDate, bool)]) -> Vec<Pause> {
    let mut out: Vec<Pause> = Vec::new();
    for &(day, paused) in events {
        let open = out.last_mut().filter(|p| p.until.is_none());
        match (paused, open) {
            (true, None) => out.push(Pause {
                from: day,
                until: None,
            }),
            (false, Some(p)) => p.until = Some(day),
            _ => {}
        }
    }
    out
}

/// What the rule needs besides the subscription.
#[derive(Clone, Debug)]
pub struct Inputs<'a> {
    /// The window asked for, inclusive.
    pub since: NaiveDate,
    pub until: NaiveDate,
    /// The earliest usage log on or before `until`.
    pub first_used: Option<NaiveDate>,
    /// Uses logged from [`real_start`] to `until`.
    pub uses: i64,
    pub pauses: &'a [Pause],
    /// Payments recorded for this subscription (any due dates).
    pub paid: &'a [Paid],
}

/// One subscription's cost per use over the real window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostPerUse {
    /// Where the window really starts (see [`real_start`]).
    pub since: NaiveDate,
    pub until: NaiveDate,
    /// Days in `since..=until`, paused days left out.
    pub days: i64,
    /// What was charged for the charges due in the window. Full precision.
    pub charged: Decimal,
    pub uses: i64,
    /// `charged / uses`, rounded to the cent; `None` without a use.
    pub per_use: Option<Decimal>,
    /// Whether the subscription has been watched long enough to be judged:
    /// a full billing period and at least [`MIN_KNOWN_DAYS`] since the
    /// later of its start and its first usage log.
    pub established: bool,
}

impl CostPerUse {
    /// The real window in words: "in the 54 days since 2026-10-14".
    pub fn window_text(&self) -> String {
        match self.days {
            1 => format!("on {}", self.since),
            n => format!("in the {n} days since {}", self.since),
        }
    }
}

/// The latest of the window's start, the subscription's start and its
/// first usage log.
pub fn real_start(
    sub: &Subscription,
    since: NaiveDate,
    first_used: Option<NaiveDate>,
) -> NaiveDate {
    let start = since.max(sub.start_date);
    first_used.map_or(start, |f| start.max(f))
}

/// The rule. Pure: every fact comes in through `sub` and `i`.
pub fn cost_per_use(sub: &Subscription, i: &Inputs<'_>) -> CostPerUse {
    let since = real_start(sub, i.since, i.first_used);
    let until = i.until;
    let paused = |d: NaiveDate| {
        i.pauses
            .iter()
            .any(|p| p.from <= d && p.until.is_none_or(|u| d < u))
    };
    let days = if since > until {
        0
    } else {
        (until - since).num_days() + 1 - paused_days(i.pauses, since, until)
    };
    let in_window = |d: NaiveDate| since <= d && d <= until;
    let recorded: Vec<&Paid> = i
        .paid
        .iter()
        .filter(|p| in_window(p.due) && p.currency == sub.currency)
        .collect();
    let mut charged: Decimal = recorded.iter().map(|p| p.amount.max(Decimal::ZERO)).sum();
    if since <= until {
        let first_charge = sub
            .trial_until
            .and_then(|t| t.succ_opt())
            .map_or(sub.start_date, |t| t.max(sub.start_date));
        for due in schedule::occurrences_between(sub.anchor, sub.cycle, since, until) {
            let scheduled = due >= first_charge
                && schedule::charged_on(sub.end_date, due)
                && !paused(due)
                && !recorded.iter().any(|p| p.due == due);
            if scheduled {
                charged += sub.amount.amount();
            }
        }
    }
    let known_since = sub.start_date.max(i.first_used.unwrap_or(sub.start_date));
    CostPerUse {
        since,
        until,
        days,
        charged,
        uses: i.uses,
        per_use: (i.uses > 0).then(|| round_money(charged / Decimal::from(i.uses))),
        established: until >= watched_until(sub, known_since),
    }
}

/// The first day a subscription watched from `known_since` may be judged:
/// one full billing period later, and at least [`MIN_KNOWN_DAYS`].
fn watched_until(sub: &Subscription, known_since: NaiveDate) -> NaiveDate {
    let period = schedule::nth(known_since, sub.cycle, 1).unwrap_or(NaiveDate::MAX);
    period.max(known_since + Duration::days(MIN_KNOWN_DAYS))
}

/// Days of `since..=until` inside any pause (overlapping pauses count once).
fn paused_days(pauses: &[Pause], since: NaiveDate, until: NaiveDate) -> i64 {
    let mut spans: Vec<(NaiveDate, NaiveDate)> = pauses
        .iter()
        .filter_map(|p| {
            // Inclusive ends, cut to the window.
            let last = p
                .until
                .and_then(|u| u.pred_opt())
                .unwrap_or(until)
                .min(until);
            let first = p.from.max(since);
            (first <= last).then_some((first, last))
        })
        .collect();
    spans.sort();
    let mut total = 0;
    let mut covered_to: Option<NaiveDate> = None;
    for (first, last) in spans {
        let first = match covered_to {
            Some(c) if first <= c => match c.succ_opt() {
                Some(next) => next,
                None => continue,
            },
            _ => first,
        };
        if first <= last {
            total += (last - first).num_days() + 1;
        }
        covered_to = Some(covered_to.map_or(last, |c| c.max(last)));
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cycle::Cycle;
    use crate::domain::money::Money;

    type R = Result<(), String>;

    /// A day written in a test; a typo there is a test bug, shown as `MIN`.
    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or(NaiveDate::MIN)
    }

    fn monthly(start: &str, cents: i64) -> Result<Subscription, String> {
        Ok(Subscription {
            id: "s1".into(),
            ..Subscription::example(
                "Spotify",
                Money::from_cents(cents)?,
                Cycle::Monthly,
                d(start),
                d(start),
            )
        })
    }

    fn inputs<'a>(
        since: &str,
        until: &str,
        uses: i64,
        pauses: &'a [Pause],
        paid: &'a [Paid],
    ) -> Inputs<'a> {
        Inputs {
            since: d(since),
            until: d(until),
            first_used: Some(d(since)).filter(|_| uses > 0),
            uses,
            pauses,
            paid,
        }
    }

    #[test]
    fn on_the_first_day_a_monthly_plan_has_cost_one_charge() -> R {
        let sub = monthly("2026-12-07", 1199)?;
        let c = cost_per_use(
            &sub,
            &Inputs {
                first_used: Some(d("2026-12-07")),
                ..inputs("2026-09-09", "2026-12-07", 3, &[], &[])
            },
        );
        assert_eq!(c.since, d("2026-12-07"));
        assert_eq!(c.days, 1);
        assert_eq!(c.charged, Decimal::new(1199, 2));
        assert_eq!(c.per_use, Some(Decimal::new(400, 2)));
        assert!(!c.established);
        assert_eq!(c.window_text(), "on 2026-12-07");
        Ok(())
    }

    #[test]
    fn payments_replace_the_scheduled_amount_and_refunds_net() -> R {
        let sub = monthly("2026-01-15", 1000)?;
        let paid = [
            Paid {
                due: d("2026-10-15"),
                amount: Decimal::new(1200, 2),
                currency: Currency::USD,
                paid_on: Some(d("2026-10-15")),
            },
            Paid {
                due: d("2026-11-15"),
                amount: Decimal::ZERO,
                currency: Currency::USD,
                paid_on: Some(d("2026-11-15")),
            },
        ];
        let c = cost_per_use(
            &sub,
            &Inputs {
                first_used: Some(d("2026-01-20")),
                ..inputs("2026-09-09", "2026-12-07", 4, &[], &paid)
            },
        );
        // 09-15 scheduled 10.00, 10-15 paid 12.00, 11-15 refunded 0.
        assert_eq!(c.charged, Decimal::new(2200, 2));
        assert_eq!(c.per_use, Some(Decimal::new(550, 2)));
        assert_eq!(c.days, 90);
        assert!(c.established);
        assert_eq!(c.window_text(), "in the 90 days since 2026-09-09");
        Ok(())
    }

    #[test]
    fn paused_days_and_their_charges_are_left_out() -> R {
        let sub = monthly("2026-01-15", 1000)?;
        let pauses = [
            Pause {
                from: d("2026-10-01"),
                until: Some(d("2026-11-01")),
            },
            Pause {
                from: d("2026-10-20"),
                until: Some(d("2026-10-25")),
            },
        ];
        let c = cost_per_use(
            &sub,
            &Inputs {
                first_used: Some(d("2026-01-20")),
                ..inputs("2026-09-09", "2026-12-07", 2, &pauses, &[])
            },
        );
        assert_eq!(c.days, 90 - 31);
        // 09-15 and 11-15; 10-15 fell in the pause.
        assert_eq!(c.charged, Decimal::new(2000, 2));
        let still = [Pause {
            from: d("2026-12-01"),
            until: None,
        }];
        let c = cost_per_use(&sub, &inputs("2026-11-08", "2026-12-07", 1, &still, &[]));
        assert_eq!(c.days, 30 - 7);
        Ok(())
    }

    #[test]
    fn status_changes_make_pauses() -> R {
        let events = [
            (d("2026-10-01"), true),
            (d("2026-10-05"), true),
            (d("2026-11-01"), false),
            (d("2026-11-02"), false),
            (d("2026-12-01"), true),
        ];
        assert_eq!(
            pauses(&events),
            vec![
                Pause {
                    from: d("2026-10-01"),
                    until: Some(d("2026-11-01"))
                },
                Pause {
                    from: d("2026-12-01"),
                    until: None
                },
            ]
        );
        Ok(())
    }

    #[test]
    fn a_full_period_and_thirty_days_must_pass() -> R {
        let mut sub = monthly("2026-11-01", 1000)?;
        let at = |until: &str, sub: &Subscription| {
            cost_per_use(sub, &inputs("2026-11-01", until, 1, &[], &[])).established
        };
        assert!(!at("2026-11-30", &sub));
        assert!(at("2026-12-01", &sub));
        sub.cycle = Cycle::Weekly;
        assert!(
            !at("2026-11-30", &sub),
            "30 days when the period is shorter"
        );
        sub.cycle = Cycle::Yearly;
        assert!(!at("2027-10-31", &sub));
        assert!(at("2027-11-01", &sub));
        Ok(())
    }
}
