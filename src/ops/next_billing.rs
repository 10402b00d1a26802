//! Every change of a subscription's next billing date, and of the anchor
//! its schedule is counted from, is made here: a new subscription's first
//! charge, a trial moving it, `edit --next`, a new cycle, `resume`, and
//! storing where payments moved it. The next billing date is the earliest
//! charge not yet settled; these are the only ways it moves.

use chrono::NaiveDate;

use crate::domain::cycle::Cycle;
use crate::domain::schedule;
use crate::domain::subscription::Subscription;
use crate::error::{Error, Result};
use crate::store::{Db, subscriptions};

/// Where a new subscription's schedule starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Start {
    /// The day the schedule is counted from.
    pub anchor: NaiveDate,
    /// Its first charge.
    pub next: NaiveDate,
}

impl Start {
    /// Billing from `next`, a date given: the schedule is counted from it.
    pub fn on(next: NaiveDate) -> Start {
        Start { anchor: next, next }
    }
}

/// A new subscription bills from `given` when a next billing date is given
/// (the schedule is counted from it); otherwise from its start, its first
/// charge the earliest `start + k cycles` on or after `today`. `None`: that
/// runs past the calendar.
pub fn start(
    start: NaiveDate,
    cycle: Cycle,
    given: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<Start> {
    match given {
        Some(next) => Some(Start::on(next)),
        None => Some(Start {
            anchor: start,
            next: schedule::default_next_billing(start, cycle, today)?,
        }),
    }
}

/// A trial moves the first charge to `first`, the day after its last free
/// day; the schedule is counted from there.
pub fn after_trial(sub: &mut Subscription, first: NaiveDate) {
    sub.anchor = first;
    sub.next_billing_date = first;
}

/// `edit --next`: the next billing date as given (`reanchor` then counts
/// the schedule from it).
pub fn given(sub: &mut Subscription, next: NaiveDate) {
    sub.next_billing_date = next;
}

/// A new next billing date or a new cycle: the schedule is counted from the
/// next billing date.
pub fn reanchor(sub: &mut Subscription) {
    sub.anchor = sub.next_billing_date;
}

/// `resume`: from `given` (the schedule is counted from it), or where the
/// schedule would have been, from `today` on: not one cycle added to a
/// stale date.
pub fn restart(sub: &mut Subscription, given: Option<NaiveDate>, today: NaiveDate) -> Result<()> {
    match given {
        Some(next) => {
            sub.next_billing_date = next;
            sub.anchor = next;
        }
        None => {
            sub.next_billing_date = schedule::first_on_or_after(sub.anchor, sub.cycle, today)
                .ok_or_else(|| Error::invalid("the schedule runs past the calendar"))?;
        }
    }
    Ok(())
}

/// Stores `next` as the next billing date of `sub` (as read before), when
/// it moved: payments settled or unsettled a charge, or charges were paid
/// by hand.
pub fn record(db: &Db, sub: &Subscription, next: NaiveDate) -> Result<()> {
    if next != sub.next_billing_date {
        subscriptions::set_next_billing(db, &sub.id, next)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn a_new_schedule_counts_from_the_given_date_or_the_start() {
        let today = day("2026-12-07");
        assert_eq!(
            start(day("2026-01-15"), Cycle::Monthly, None, today),
            Some(Start {
                anchor: day("2026-01-15"),
                next: day("2026-12-15"),
            })
        );
        assert_eq!(
            start(
                day("2026-01-15"),
                Cycle::Monthly,
                Some(day("2026-12-20")),
                today
            ),
            Some(Start {
                anchor: day("2026-12-20"),
                next: day("2026-12-20"),
            })
        );
    }
}
