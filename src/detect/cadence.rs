//! Cadence by calendar slots, not by gaps: a series charges on a grid (a
//! weekday, a day of the month, a day of the year) and each charge sits
//! within a tolerance of its slot. Gap regularity alone finds habits too;
//! a grid with one charge per slot does not.

use chrono::{Datelike, NaiveDate, TimeDelta};

use super::Cadence;

/// The cadences tried, each with a prior that breaks near-ties towards the
/// common ones (a monthly plan over a 28-day one when both fit).
const CADENCES: [(Cadence, f64); 8] = [
    (Cadence::Monthly, 1.0),
    (Cadence::Yearly, 0.99),
    (Cadence::Weekly, 0.98),
    (Cadence::Quarterly, 0.97),
    (Cadence::EveryDays(14), 0.96),
    (Cadence::EveryMonths(6), 0.95),
    (Cadence::EveryDays(28), 0.93),
    (Cadence::EveryMonths(2), 0.92),
];

/// How many of the most common anchors are tried per cadence: the true one
/// is among them even when charges post a few days late.
const ANCHORS: usize = 6;

/// The length of one period in days, on average.
pub fn period_days(cadence: Cadence) -> f64 {
    match cadence {
        Cadence::Weekly => 7.0,
        Cadence::EveryDays(days) => f64::from(days),
        Cadence::Monthly => 30.44,
        Cadence::EveryMonths(months) => 30.44 * f64::from(months),
        Cadence::Quarterly => 91.31,
        Cadence::Yearly => 365.25,
    }
}

/// How far before and after its slot a charge may post. Card charges post
/// any day around the renewal; a bank debit due on a weekend or holiday
/// moves to the next business day, so the late side is wider.
pub fn tolerance(cadence: Cadence) -> (i64, i64) {
    match cadence {
        // Day-counted plans bill on an exact day count: only posting
        // delays and weekends move them.
        Cadence::Weekly | Cadence::EveryDays(..=14) => (1, 2),
        Cadence::EveryDays(_) => (2, 3),
        Cadence::Monthly | Cadence::EveryMonths(2) | Cadence::Quarterly => (3, 4),
        Cadence::EveryMonths(_) => (5, 6),
        Cadence::Yearly => (7, 7),
    }
}

/// Whole months (`Some`) or whole days (`None`) between slots.
fn months(cadence: Cadence) -> Option<i64> {
    match cadence {
        Cadence::Weekly | Cadence::EveryDays(_) => None,
        Cadence::Monthly => Some(1),
        Cadence::EveryMonths(months) => Some(i64::from(months)),
        Cadence::Quarterly => Some(3),
        Cadence::Yearly => Some(12),
    }
}

fn days(cadence: Cadence) -> i64 {
    match cadence {
        Cadence::EveryDays(days) => i64::from(days),
        _ => 7,
    }
}

fn month_index(date: NaiveDate) -> i64 {
    i64::from(date.year()) * 12 + i64::from(date.month0())
}

/// Days since 1970-01-01 of a civil date (month 0-based), by integer
/// arithmetic: fitting places every charge on several grids, and building
/// calendar dates for each would dominate detection's time.
fn civil(year: i64, month0: i64, day: i64) -> i64 {
    let year = if month0 < 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let of_era = year - era * 400;
    let march_based = (month0 + 10) % 12;
    let of_year = (153 * march_based + 2) / 5 + day - 1;
    era * 146_097 + of_era * 365 + of_era / 4 - of_era / 100 + of_year - 719_468
}

fn days_in_month(year: i64, month0: i64) -> i64 {
    match month0 {
        1 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        1 => 28,
        3 | 5 | 8 | 10 => 30,
        _ => 31,
    }
}

/// A date as fitting sees it: its day number and month index.
#[derive(Clone, Copy)]
struct Day {
    number: i64,
    month: i64,
}

impl Day {
    fn of(date: NaiveDate) -> Day {
        let month = month_index(date);
        Day {
            number: civil(
                month.div_euclid(12),
                month.rem_euclid(12),
                i64::from(date.day()),
            ),
            month,
        }
    }
}

/// The slots of one cadence: slot 0 is `origin`; month-based slots fall on
/// `day`, clamped to the month's end (a plan billed on the 31st charges on
/// 30 April and 28 February).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grid {
    pub cadence: Cadence,
    origin: NaiveDate,
    day: u32,
}

/// Where a charge sits: its slot's index and how many days after it
/// (negative: before) it posted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub slot: i64,
    pub offset: i64,
}

impl Grid {
    pub fn new(cadence: Cadence, anchor: NaiveDate) -> Grid {
        Grid {
            cadence,
            origin: anchor,
            day: anchor.day(),
        }
    }

    /// The due date of slot `k`; `None` outside the calendar's range.
    pub fn slot(&self, k: i64) -> Option<NaiveDate> {
        match months(self.cadence) {
            None => {
                let delta = TimeDelta::try_days(k.checked_mul(days(self.cadence))?)?;
                self.origin.checked_add_signed(delta)
            }
            Some(step) => {
                let index = month_index(self.origin).checked_add(k.checked_mul(step)?)?;
                let year = i32::try_from(index.div_euclid(12)).ok()?;
                let month0 = index.rem_euclid(12);
                let day = i64::from(self.day).min(days_in_month(i64::from(year), month0));
                let month = u32::try_from(month0 + 1).ok()?;
                NaiveDate::from_ymd_opt(year, month, u32::try_from(day).ok()?)
            }
        }
    }

    /// The day number of slot `k`, with `origin` its own day number.
    fn slot_number(&self, origin: Day, k: i64) -> i64 {
        match months(self.cadence) {
            None => origin.number + k * days(self.cadence),
            Some(step) => {
                let index = origin.month + k * step;
                let (year, month0) = (index.div_euclid(12), index.rem_euclid(12));
                let day = i64::from(self.day).min(days_in_month(year, month0));
                civil(year, month0, day)
            }
        }
    }

    /// The nearest slot within tolerance of `date`, if any.
    pub fn place(&self, date: NaiveDate) -> Option<Place> {
        self.place_day(Day::of(self.origin), Day::of(date))
    }

    fn place_day(&self, origin: Day, date: Day) -> Option<Place> {
        let (early, late) = tolerance(self.cadence);
        let guess = match months(self.cadence) {
            None => (date.number - origin.number).div_euclid(days(self.cadence)),
            Some(step) => (date.month - origin.month).div_euclid(step),
        };
        (guess - 1..=guess + 1)
            .filter_map(|slot| {
                let offset = date.number - self.slot_number(origin, slot);
                (-early..=late)
                    .contains(&offset)
                    .then_some(Place { slot, offset })
            })
            .min_by_key(|place| place.offset.abs())
    }
}

/// A cadence fitted to a series of dates: the grid and each date's place.
#[derive(Clone, Debug)]
pub struct Fit {
    pub grid: Grid,
    /// Per date, in the order given: its slot, or `None` when it sits in
    /// no slot.
    pub places: Vec<Option<Place>>,
}

/// How one grid holds sorted dates. Places of sorted dates never go back
/// a slot, so distinct slots are counted as changes.
#[derive(Clone, Copy, Default)]
struct Holding {
    used: usize,
    placed: usize,
    offsets: i64,
    first: Option<i64>,
    last: Option<i64>,
}

fn holding(grid: &Grid, origin: Day, days: &[Day]) -> Holding {
    let mut held = Holding::default();
    for &day in days {
        if let Some(place) = grid.place_day(origin, day) {
            held.placed += 1;
            held.offsets += place.offset.abs();
            if held.last != Some(place.slot) {
                held.used += 1;
            }
            held.first = held.first.or(Some(place.slot));
            held.last = Some(place.slot);
        }
    }
    held
}

/// The best cadence for `dates` (sorted): the one whose slots hold the
/// most charges one per slot, with the fewest empty slots between the
/// first and the last. `None` for fewer than two dates.
pub fn fit(dates: &[NaiveDate]) -> Option<Fit> {
    if dates.len() < 2 || too_dense(dates) {
        return None;
    }
    let days: Vec<Day> = dates.iter().map(|&d| Day::of(d)).collect();
    let gap = median_gap(&days);
    let (grid, _) = CADENCES
        .iter()
        .filter(|&&(cadence, _)| {
            // A cadence far from the usual gap cannot hold the dates one
            // per slot; not trying it keeps habits cheap.
            let period = period_days(cadence);
            period * 2.5 >= gap && period <= gap * 2.5
        })
        .filter_map(|&(cadence, prior)| {
            let (grid, held) = fit_cadence(cadence, dates, &days)?;
            Some((grid, score(cadence, held, dates.len()) * prior))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    let origin = Day::of(grid.origin);
    let places: Vec<Option<Place>> = days.iter().map(|&d| grid.place_day(origin, d)).collect();
    Some(Fit { grid, places })
}

/// More than twice as many charges as weekly slots between the first and
/// the last: no one cadence can hold most of them (a habit, or several
/// plans that their amounts tell apart), so fitting each of them — the
/// bulk of the work on a busy account — is skipped.
fn too_dense(dates: &[NaiveDate]) -> bool {
    let (Some(first), Some(last)) = (dates.first(), dates.last()) else {
        return false;
    };
    let weekly_slots = (*last - *first).num_days() / 7 + 1;
    dates.len() as i64 > 2 * weekly_slots + 2
}

/// The median of the gaps in days between distinct dates (`0.0` when all
/// dates are one day).
fn median_gap(days: &[Day]) -> f64 {
    let mut gaps: Vec<i64> = days
        .windows(2)
        .filter_map(|w| match w {
            [a, b] if b.number > a.number => Some(b.number - a.number),
            _ => None,
        })
        .collect();
    gaps.sort_unstable();
    gaps.get(gaps.len() / 2).map_or(0.0, |&gap| gap as f64)
}

/// One cadence fitted: the anchor among the dates' most common residues
/// that puts the most dates in distinct slots, closest to them (an anchor
/// a few days early catches more strays, not a better grid).
fn fit_cadence(cadence: Cadence, dates: &[NaiveDate], days: &[Day]) -> Option<(Grid, Holding)> {
    // Of equally good anchors the most common (listed first) wins.
    anchors(cadence, dates)
        .into_iter()
        .rev()
        .map(|anchor| {
            let grid = Grid::new(cadence, anchor);
            (grid, holding(&grid, Day::of(anchor), days))
        })
        .max_by_key(|(_, held)| (held.used, -held.offsets, held.placed))
}

/// Slots used per date times slots used per slot spanned, less a little
/// for dates far from their slots.
fn score(cadence: Cadence, held: Holding, count: usize) -> f64 {
    let (Some(first), Some(last)) = (held.first, held.last) else {
        return 0.0;
    };
    let used = held.used as f64;
    let span = (last - first + 1) as f64;
    let (early, late) = tolerance(cadence);
    let mean_offset = held.offsets as f64 / held.placed.max(1) as f64;
    let closeness = 1.0 - 0.1 * mean_offset / early.max(late) as f64;
    (used / count as f64) * (used / span) * closeness
}

/// The dates whose residue (weekday, day of the month, day of the year…)
/// is most common, one per residue.
fn anchors(cadence: Cadence, dates: &[NaiveDate]) -> Vec<NaiveDate> {
    let mut residues: Vec<((i64, u32), NaiveDate)> = dates
        .iter()
        .map(|&date| {
            let residue = match months(cadence) {
                None => (
                    i64::from(date.num_days_from_ce()).rem_euclid(days(cadence)),
                    0,
                ),
                Some(step) => (month_index(date).rem_euclid(step), date.day()),
            };
            (residue, date)
        })
        .collect();
    residues.sort_unstable();
    let mut ranked: Vec<(usize, NaiveDate)> = residues
        .chunk_by(|a, b| a.0 == b.0)
        .filter_map(|run| Some((run.len(), run.first()?.1)))
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked
        .into_iter()
        .take(ANCHORS)
        .map(|(_, date)| date)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_denser_than_twice_weekly_is_not_fitted() {
        let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default();
        let coffee: Vec<NaiveDate> = (0..60).map(|i| start + chrono::Days::new(i * 2)).collect();
        assert!(too_dense(&coffee));
        assert!(fit(&coffee).is_none());
        let weekly: Vec<NaiveDate> = (0..30).map(|i| start + chrono::Days::new(i * 7)).collect();
        assert!(!too_dense(&weekly));
        assert_eq!(fit(&weekly).map(|f| f.grid.cadence), Some(Cadence::Weekly));
    }

    #[test]
    fn day_numbers_and_month_lengths_follow_the_gregorian_calendar() {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
        for (y, m) in [
            (1900, 2),
            (2000, 2),
            (2024, 2),
            (2025, 2),
            (2025, 4),
            (2025, 12),
            (1969, 12),
        ] {
            let first = NaiveDate::from_ymd_opt(y, m, 1).unwrap_or_default();
            let next = first + chrono::Months::new(1);
            let (y, m0) = (i64::from(y), i64::from(m) - 1);
            assert_eq!(days_in_month(y, m0), (next - first).num_days(), "{y}-{m0}");
            assert_eq!(civil(y, m0, 1), (first - epoch).num_days(), "{y}-{m0}");
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    /// Dates written as "YYYY-MM-DD", apart by white space.
    fn days(text: &str) -> Vec<NaiveDate> {
        text.split_whitespace()
            .map(|day| day.parse().expect("a date"))
            .collect()
    }

    /// The slots of the dates the fit placed.
    fn slots(fitted: &Fit) -> Vec<i64> {
        fitted.places.iter().flatten().map(|p| p.slot).collect()
    }

    fn cadence_of(dates: &[NaiveDate]) -> Option<Cadence> {
        fit(dates).map(|f| f.grid.cadence)
    }

    /// Each date's place on the grid as (slot, offset), or none outside every slot.
    fn assert_places(grid: &Grid, expected: &[(NaiveDate, Option<(i64, i64)>)]) {
        for &(date, place) in expected {
            let want = place.map(|(slot, offset)| Place { slot, offset });
            assert_eq!(grid.place(date), want, "{date}");
        }
    }

    #[test]
    fn monthly_on_the_31st_clamps_to_the_months_end() {
        let grid = Grid::new(Cadence::Monthly, d(2025, 1, 31));
        assert_eq!(grid.slot(1), Some(d(2025, 2, 28)));
        assert_eq!(grid.slot(3), Some(d(2025, 4, 30)));
        assert_eq!(grid.slot(13), Some(d(2026, 2, 28)));
        assert_eq!(grid.slot(-11), Some(d(2024, 2, 29)));
        let dates = days("2025-01-31 2025-02-28 2025-03-31 2025-04-30 2025-05-31");
        let fitted = fit(&dates).expect("a fit");
        assert_eq!(fitted.grid.cadence, Cadence::Monthly);
        assert!(
            fitted
                .places
                .iter()
                .all(|p| p.is_some_and(|p| p.offset == 0))
        );
    }

    #[test]
    fn a_debit_moved_past_a_weekend_stays_in_its_slot() {
        let grid = Grid::new(Cadence::Monthly, d(2025, 1, 1));
        // 1 March 2025 is a Saturday: the debit books on Monday the 3rd.
        assert_places(
            &grid,
            &[
                (d(2025, 3, 3), Some((2, 2))),
                (d(2025, 3, 5), Some((2, 4))),
                (d(2025, 3, 6), None),
                (d(2025, 2, 26), Some((2, -3))),
                (d(2025, 2, 25), None),
            ],
        );
    }

    #[test]
    fn each_cadence_is_recognised() {
        let every = |start: NaiveDate, n: i64, step: i64| -> Vec<NaiveDate> {
            (0..n).map(|i| start + TimeDelta::days(i * step)).collect()
        };
        for (step, cadence) in [
            (7, Cadence::Weekly),
            (14, Cadence::EveryDays(14)),
            (28, Cadence::EveryDays(28)),
        ] {
            assert_eq!(cadence_of(&every(d(2025, 1, 6), 10, step)), Some(cadence));
        }
        let months = |step: u32, n: u32| -> Vec<NaiveDate> {
            (0..n)
                .filter_map(|i| d(2020, 1, 15).checked_add_months(chrono::Months::new(i * step)))
                .collect()
        };
        for (step, n, cadence) in [
            (1, 12, Cadence::Monthly),
            (2, 6, Cadence::EveryMonths(2)),
            (3, 4, Cadence::Quarterly),
            (6, 3, Cadence::EveryMonths(6)),
            (12, 3, Cadence::Yearly),
            (12, 2, Cadence::Yearly),
            (3, 2, Cadence::Quarterly),
        ] {
            assert_eq!(cadence_of(&months(step, n)), Some(cadence), "{step} x {n}");
        }
    }

    #[test]
    fn a_skipped_month_is_an_empty_slot_not_another_cadence() {
        let fitted = fit(&days(
            "2025-01-05 2025-02-05 2025-04-07 2025-05-05 2025-06-04",
        ));
        let fitted = fitted.expect("a fit");
        assert_eq!(fitted.grid.cadence, Cadence::Monthly);
        let slots = slots(&fitted);
        assert_eq!(slots.len(), 5);
        assert_eq!(slots.last().map(|s| s - slots[0]), Some(5));
    }

    #[test]
    fn yearly_tolerates_a_week() {
        let grid = Grid::new(Cadence::Yearly, d(2024, 3, 16));
        assert_places(
            &grid,
            &[
                (d(2025, 3, 22), Some((1, 6))),
                (d(2025, 3, 9), Some((1, -7))),
                (d(2025, 4, 16), None),
            ],
        );
    }

    #[test]
    fn random_days_fit_badly() {
        let dates = days("2025-01-03 2025-01-12 2025-01-19 2025-02-11 2025-03-02");
        let fitted = fit(&dates).expect("a fit");
        let placed = slots(&fitted);
        let span = placed
            .last()
            .zip(placed.first())
            .map_or(0, |(b, a)| b - a + 1);
        let share = placed.len() as f64 / dates.len() as f64 * placed.len() as f64 / span as f64;
        assert!(share < 0.5, "{fitted:?}");
        assert!(fit(&[d(2025, 1, 1)]).is_none());
    }

    #[test]
    fn day_numbers_agree_with_the_calendar() {
        let epoch = d(1970, 1, 1);
        let mut date = d(1899, 12, 25);
        while date < d(2101, 1, 10) {
            let expected = (date - epoch).num_days();
            assert_eq!(Day::of(date).number, expected, "{date}");
            assert!(days_in_month(i64::from(date.year()), i64::from(date.month0())) >= 28);
            date += TimeDelta::days(13);
        }
        assert_eq!(days_in_month(2024, 1), 29);
        assert_eq!(days_in_month(1900, 1), 28);
        assert_eq!(days_in_month(2000, 1), 29);
    }

    #[test]
    fn extreme_dates_do_not_panic() {
        let grid = Grid::new(Cadence::Monthly, NaiveDate::MAX);
        assert_eq!(grid.slot(1), None);
        let _ = grid.place(NaiveDate::MIN);
        let _ = fit(&[NaiveDate::MIN, NaiveDate::MAX]);
    }
}
