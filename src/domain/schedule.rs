//! The drift-free billing calendar.
//!
//! Every billing date is computed from the anchor, never from the previous
//! date: the n-th date is `anchor + n cycles`, clamped to the end of the month.
//! An anchor of Jan 31 bills Feb 29 (leap year), Mar 31, Apr 30 — not Mar 29,
//! Apr 29 as repeated "add one month" would drift to. An anchor of Feb 29
//! bills Feb 28 in common years and Feb 29 again in leap years.

use chrono::{Datelike, Months, NaiveDate};

use super::cycle::{Cycle, Step};

/// Occurrence `n` of a schedule (`n = 0` is the anchor itself). `None` only
/// past chrono's calendar range, which validated dates never reach.
pub fn nth(anchor: NaiveDate, cycle: Cycle, n: u32) -> Option<NaiveDate> {
    match cycle.step() {
        Step::Months(m) => anchor.checked_add_months(Months::new(n.checked_mul(m)?)),
        Step::Days(d) => anchor.checked_add_days(chrono::Days::new(u64::from(n) * u64::from(d))),
    }
}

/// The index of the first occurrence on or after `date`.
pub fn index_on_or_after(anchor: NaiveDate, cycle: Cycle, date: NaiveDate) -> Option<u32> {
    if date <= anchor {
        return Some(0);
    }
    // Estimate from whole months or days, then settle by walking; the
    // estimate is at most one step off, so the walk is short.
    let mut n = match cycle.step() {
        Step::Months(m) => {
            let months =
                (date.year() - anchor.year()) * 12 + date.month() as i32 - anchor.month() as i32;
            (months.max(0) as u32) / m
        }
        Step::Days(d) => ((date - anchor).num_days().max(0) as u64 / u64::from(d)) as u32,
    };
    while n > 0 && nth(anchor, cycle, n - 1)? >= date {
        n -= 1;
    }
    while nth(anchor, cycle, n)? < date {
        n += 1;
    }
    Some(n)
}

/// The first billing date on or after `date`.
pub fn first_on_or_after(anchor: NaiveDate, cycle: Cycle, date: NaiveDate) -> Option<NaiveDate> {
    nth(anchor, cycle, index_on_or_after(anchor, cycle, date)?)
}

/// The first billing date strictly after `date`: one step of the schedule
/// from an occurrence, used when an occurrence is paid or renewed.
pub fn first_after(anchor: NaiveDate, cycle: Cycle, date: NaiveDate) -> Option<NaiveDate> {
    first_on_or_after(anchor, cycle, date.succ_opt()?)
}

/// The default next billing date of a new subscription: the earliest
/// `start + k cycles` (k ≥ 0) on or after today. The start date is the
/// first charge, so a subscription that starts today is due today.
pub fn default_next_billing(start: NaiveDate, cycle: Cycle, today: NaiveDate) -> Option<NaiveDate> {
    first_on_or_after(start, cycle, today)
}

/// Whether a subscription ending on `end` is charged on `date`: the end
/// date is the last day of service, so charges happen strictly before it.
pub fn charged_on(end: Option<NaiveDate>, date: NaiveDate) -> bool {
    end.is_none_or(|end| date < end)
}

/// The last day charges can fall on in a window ending `until`.
pub fn last_charge_day(end: Option<NaiveDate>, until: NaiveDate) -> NaiveDate {
    match end.and_then(|e| e.pred_opt()) {
        Some(last) => until.min(last),
        None => until,
    }
}

/// Every occurrence in `from..=to`, in order.
pub fn occurrences_between(
    anchor: NaiveDate,
    cycle: Cycle,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let Some(mut n) = index_on_or_after(anchor, cycle, from) else {
        return out;
    };
    while let Some(date) = nth(anchor, cycle, n) {
        if date > to {
            break;
        }
        out.push(date);
        n += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn walk(anchor: &str, cycle: Cycle, count: u32) -> Vec<String> {
        (1..=count)
            .map(|n| nth(d(anchor), cycle, n).unwrap().to_string())
            .collect()
    }

    #[test]
    fn jan_31_clamps_to_month_ends_without_drifting() {
        assert_eq!(
            walk("2024-01-31", Cycle::Monthly, 6),
            [
                "2024-02-29",
                "2024-03-31",
                "2024-04-30",
                "2024-05-31",
                "2024-06-30",
                "2024-07-31"
            ]
        );
        assert_eq!(
            walk("2023-01-31", Cycle::Monthly, 2),
            ["2023-02-28", "2023-03-31"]
        );
        // Through several years: every February is its own last day.
        let febs: Vec<_> = (1..=5)
            .map(|y| {
                nth(d("2023-01-31"), Cycle::Monthly, 12 * y + 1)
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(
            febs,
            [
                "2024-02-29",
                "2025-02-28",
                "2026-02-28",
                "2027-02-28",
                "2028-02-29"
            ]
        );
    }

    #[test]
    fn feb_29_yearly_anchor_over_years() {
        assert_eq!(
            walk("2024-02-29", Cycle::Yearly, 5),
            [
                "2025-02-28",
                "2026-02-28",
                "2027-02-28",
                "2028-02-29",
                "2029-02-28"
            ]
        );
    }

    #[test]
    fn quarterly_from_month_end() {
        assert_eq!(
            walk("2024-11-30", Cycle::Quarterly, 4),
            ["2025-02-28", "2025-05-30", "2025-08-30", "2025-11-30"]
        );
    }

    #[test]
    fn every_two_months_from_a_month_end_keeps_the_month_end() {
        assert_eq!(
            walk("2024-01-31", Cycle::EveryMonths(2), 6),
            [
                "2024-03-31",
                "2024-05-31",
                "2024-07-31",
                "2024-09-30",
                "2024-11-30",
                "2025-01-31"
            ]
        );
        assert_eq!(
            walk("2023-12-29", Cycle::EveryMonths(2), 2),
            ["2024-02-29", "2024-04-29"]
        );
        // Every 18 months: a year and a half, clamped like any month cycle.
        assert_eq!(
            walk("2024-08-31", Cycle::EveryMonths(18), 2),
            ["2026-02-28", "2027-08-31"]
        );
        assert_eq!(
            first_on_or_after(d("2024-01-31"), Cycle::EveryMonths(2), d("2024-04-01")),
            Some(d("2024-05-31"))
        );
    }

    #[test]
    fn weekly_and_custom_cycles_count_days() {
        assert_eq!(
            walk("2024-02-26", Cycle::Weekly, 2),
            ["2024-03-04", "2024-03-11"]
        );
        assert_eq!(
            walk("2024-01-01", Cycle::Custom(90), 2),
            ["2024-03-31", "2024-06-29"]
        );
        assert_eq!(
            walk("2023-12-31", Cycle::Custom(1), 2),
            ["2024-01-01", "2024-01-02"]
        );
    }

    #[test]
    fn default_next_billing_follows_the_rules() {
        let today = d("2026-11-26");
        // Start in the future: the start itself.
        assert_eq!(
            default_next_billing(d("2026-12-05"), Cycle::Monthly, today),
            Some(d("2026-12-05"))
        );
        // Start today: the start date is the first charge, due today.
        assert_eq!(
            default_next_billing(today, Cycle::Monthly, today),
            Some(today)
        );
        // Start in the past: the first occurrence on or after today.
        assert_eq!(
            default_next_billing(d("2024-01-31"), Cycle::Monthly, today),
            Some(d("2026-11-30"))
        );
        assert_eq!(
            default_next_billing(d("2024-01-26"), Cycle::Monthly, today),
            Some(today)
        );
        assert_eq!(
            default_next_billing(d("2024-02-29"), Cycle::Yearly, today),
            Some(d("2027-02-28"))
        );
        assert_eq!(
            default_next_billing(d("2026-11-19"), Cycle::Weekly, today),
            Some(today)
        );
    }

    #[test]
    fn first_after_steps_one_occurrence() {
        let a = d("2024-01-31");
        assert_eq!(
            first_after(a, Cycle::Monthly, d("2024-02-29")),
            Some(d("2024-03-31"))
        );
        assert_eq!(
            first_after(a, Cycle::Monthly, d("2024-01-31")),
            Some(d("2024-02-29"))
        );
        assert_eq!(first_after(a, Cycle::Monthly, d("2024-01-01")), Some(a));
    }

    #[test]
    fn the_end_date_itself_is_not_charged() {
        let end = Some(d("2024-06-15"));
        assert!(charged_on(end, d("2024-06-14")));
        assert!(!charged_on(end, d("2024-06-15")));
        assert!(charged_on(None, d("2199-12-31")));
        assert_eq!(last_charge_day(end, d("2024-12-31")), d("2024-06-14"));
        assert_eq!(last_charge_day(end, d("2024-03-01")), d("2024-03-01"));
        assert_eq!(last_charge_day(None, d("2024-03-01")), d("2024-03-01"));
    }

    #[test]
    fn occurrences_between_lists_every_charge() {
        let got = occurrences_between(
            d("2024-01-01"),
            Cycle::Weekly,
            d("2024-01-02"),
            d("2024-01-31"),
        );
        assert_eq!(
            got,
            [
                d("2024-01-08"),
                d("2024-01-15"),
                d("2024-01-22"),
                d("2024-01-29")
            ]
        );
    }

    fn any_cycle() -> impl Strategy<Value = Cycle> {
        prop_oneof![
            Just(Cycle::Weekly),
            Just(Cycle::Monthly),
            Just(Cycle::Quarterly),
            Just(Cycle::Yearly),
            (1u16..=365).prop_map(Cycle::Custom),
            (2u16..=120)
                .prop_filter("1, 3 and 12 months have names", |m| ![3, 12].contains(m))
                .prop_map(Cycle::EveryMonths),
        ]
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (0i64..(200 * 366)).prop_map(|n| d("1950-01-01") + chrono::Duration::days(n))
    }

    proptest! {
        #[test]
        fn nth_date_never_drifts(anchor in any_date(), cycle in any_cycle(), n in 0u32..600) {
            let date = nth(anchor, cycle, n).unwrap();
            match cycle.step() {
                Step::Months(m) => {
                    // Exactly n*m months later, on the anchor's day or the month's last day.
                    let months = (date.year() - anchor.year()) * 12 + date.month() as i32 - anchor.month() as i32;
                    prop_assert_eq!(months, (n * m) as i32);
                    let last = date.with_day(1).unwrap().checked_add_months(Months::new(1)).unwrap().pred_opt().unwrap().day();
                    prop_assert_eq!(date.day(), anchor.day().min(last));
                }
                Step::Days(days) => prop_assert_eq!((date - anchor).num_days(), i64::from(n) * i64::from(days)),
            }
        }

        #[test]
        fn schedule_is_strictly_monotonic(anchor in any_date(), cycle in any_cycle(), n in 0u32..600) {
            prop_assert!(nth(anchor, cycle, n).unwrap() < nth(anchor, cycle, n + 1).unwrap());
        }

        #[test]
        fn first_on_or_after_is_the_least_such_occurrence(anchor in any_date(), cycle in any_cycle(), date in any_date()) {
            let i = index_on_or_after(anchor, cycle, date).unwrap();
            let found = nth(anchor, cycle, i).unwrap();
            prop_assert!(found >= date);
            if i > 0 {
                prop_assert!(nth(anchor, cycle, i - 1).unwrap() < date);
            }
        }

        #[test]
        fn stepping_by_first_after_matches_nth(anchor in any_date(), cycle in any_cycle(), steps in 1u32..40) {
            let mut date = anchor;
            for _ in 0..steps {
                date = first_after(anchor, cycle, date).unwrap();
            }
            prop_assert_eq!(date, nth(anchor, cycle, steps).unwrap());
        }
    }
}
