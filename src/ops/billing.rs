//! The next billing date follows the payments: it is the earliest charge
//! of the schedule not settled, so recording, refunding, correcting or
//! deleting a payment may move it on or back.

use chrono::NaiveDate;

use crate::domain::schedule;
use crate::domain::subscription::Subscription;
use crate::error::{Error, Result};
use crate::store::{Db, payments};

/// After the payments of the charge due `due` changed, the next billing
/// date is the earliest charge not settled: settling the charge due next
/// moves it on (past any already paid ahead); a charge before it that is no
/// longer settled (refunded in full, deleted, failed) moves it back there.
/// Back-filled charges off the schedule never move it. Stores and returns
/// it.
pub fn follow_payments(db: &Db, sub: &Subscription, due: NaiveDate) -> Result<NaiveDate> {
    let mut next = sub.next_billing_date;
    if payments::is_settled(db, &sub.id, due)? {
        if due == next {
            let past_calendar = || Error::invalid("the schedule runs past the calendar");
            next = schedule::first_after(sub.anchor, sub.cycle, next).ok_or_else(past_calendar)?;
            // Charges paid ahead are skipped too (a bounded walk).
            for _ in 0..1000 {
                if !payments::is_settled(db, &sub.id, next)? {
                    break;
                }
                next =
                    schedule::first_after(sub.anchor, sub.cycle, next).ok_or_else(past_calendar)?;
            }
        }
    } else if is_charged_on(sub, due) && due < next {
        next = due;
    }
    super::next_billing::record(db, sub, next)?;
    Ok(next)
}

/// Whether `day` is one of the subscription's charges (its schedule from
/// the anchor).
pub fn is_charged_on(sub: &Subscription, day: NaiveDate) -> bool {
    schedule::index_on_or_after(sub.anchor, sub.cycle, day)
        .and_then(|i| schedule::nth(sub.anchor, sub.cycle, i))
        == Some(day)
}

/// The charge nearest `day` (the earlier one on a tie), for a date that is
/// not one; `None` when the schedule has none.
pub fn nearest_charge(sub: &Subscription, day: NaiveDate) -> Option<NaiveDate> {
    let after = schedule::index_on_or_after(sub.anchor, sub.cycle, day);
    let next = after.and_then(|i| schedule::nth(sub.anchor, sub.cycle, i));
    let before = after
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| schedule::nth(sub.anchor, sub.cycle, i));
    match (before, next) {
        (Some(b), Some(n)) if (day - b) <= (n - day) => Some(b),
        (_, Some(n)) => Some(n),
        (b, None) => b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cycle::Cycle;
    use crate::domain::money::Money;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// Monthly from Jan 31: charged Feb 28, Mar 31, Apr 30 (never drifting).
    fn monthly_from_jan_31() -> Option<Subscription> {
        let start = day(2026, 1, 31)?;
        Some(Subscription::example(
            "Stream",
            Money::test_cents(999),
            Cycle::Monthly,
            start,
            start,
        ))
    }

    #[test]
    fn charges_are_the_schedule_from_the_anchor_clamped_to_the_month() {
        let sub = monthly_from_jan_31();
        let charged = |d| sub.as_ref().zip(d).map(|(s, d)| is_charged_on(s, d));
        assert_eq!(charged(day(2026, 2, 28)), Some(true));
        assert_eq!(charged(day(2026, 3, 31)), Some(true));
        assert_eq!(charged(day(2026, 3, 28)), Some(false));
        assert_eq!(charged(day(2026, 4, 30)), Some(true));
    }

    #[test]
    fn the_nearest_charge_is_the_closer_one_and_the_earlier_on_a_tie() {
        let sub = monthly_from_jan_31();
        let nearest = |d| sub.as_ref().zip(d).and_then(|(s, d)| nearest_charge(s, d));
        // Mar 3 is 3 days after Feb 28 and 28 before Mar 31.
        assert_eq!(nearest(day(2026, 3, 3)), day(2026, 2, 28));
        assert_eq!(nearest(day(2026, 3, 29)), day(2026, 3, 31));
        // Before the first charge, the first one.
        assert_eq!(nearest(day(2026, 1, 2)), day(2026, 1, 31));
    }
}
