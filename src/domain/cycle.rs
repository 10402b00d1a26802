//! Billing cycles and what they cost per month and per year.
//!
//! Month-based cycles (monthly, quarterly, yearly, every N months) have
//! 12 / N periods a year (12, 4, 1, 6 for every 2 months). Day-based cycles (weekly = 7 days, custom N days) have 365.25 / N.
//! Monthly cost is yearly cost / 12, so 119.88 a year is exactly 9.99 a month
//! (the original multiplied by 0.083 and got 9.95).

use std::fmt;

use rust_decimal::Decimal;
use serde::Serialize;

/// The kind of cycle as the user names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CycleKind {
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
    Custom,
}

impl CycleKind {
    pub const ALL: [CycleKind; 5] = [
        CycleKind::Weekly,
        CycleKind::Monthly,
        CycleKind::Quarterly,
        CycleKind::Yearly,
        CycleKind::Custom,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CycleKind::Weekly => "weekly",
            CycleKind::Monthly => "monthly",
            CycleKind::Quarterly => "quarterly",
            CycleKind::Yearly => "yearly",
            CycleKind::Custom => "custom",
        }
    }

    pub fn parse(s: &str) -> Option<CycleKind> {
        CycleKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl Cycle {
    /// The cycle as one word: `monthly`, `custom:30` (days) or `custom:2m`
    /// (months).
    pub fn code(self) -> String {
        match self {
            Cycle::Custom(days) => format!("custom:{days}"),
            Cycle::EveryMonths(months) => format!("custom:{months}m"),
            other => other.kind().as_str().to_string(),
        }
    }

    /// Reads what `code` wrote.
    pub fn from_code(code: &str) -> Result<Cycle, String> {
        let bad = || format!("{code:?} is not a cycle");
        let Some((kind, count)) = code.split_once(':') else {
            let kind = CycleKind::parse(code).ok_or_else(bad)?;
            return Cycle::new(kind, None);
        };
        let kind = CycleKind::parse(kind).ok_or_else(bad)?;
        match count.strip_suffix('m') {
            Some(months) => Cycle::from_parts(kind, None, Some(months.parse().map_err(|_| bad())?)),
            None => Cycle::new(kind, Some(count.parse().map_err(|_| bad())?)),
        }
    }
}

impl fmt::Display for CycleKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A complete, valid cycle: a custom cycle always carries its 1..=365 days,
/// or its number of months (2..=120, never 1, 3 or 12: those are monthly,
/// quarterly and yearly, so each cycle has one spelling).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cycle {
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
    Custom(u16),
    EveryMonths(u16),
}

/// One step of a schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Months(u32),
    Days(u32),
}

impl Cycle {
    pub const MAX_CUSTOM_DAYS: i64 = 365;
    pub const MAX_CUSTOM_MONTHS: i64 = 120;

    /// Combines `--cycle`, `--every-days` and `--every-months`: a custom
    /// cycle has either 1..=365 days or 1..=120 months, no other cycle has
    /// any. Every 1, 3 or 12 months is monthly, quarterly or yearly.
    pub fn from_parts(
        kind: CycleKind,
        every_days: Option<i64>,
        every_months: Option<i64>,
    ) -> Result<Cycle, String> {
        let Some(n) = every_months else {
            return Cycle::new(kind, every_days);
        };
        if every_days.is_some() {
            return Err("give --every-days or --every-months, not both".into());
        }
        if kind != CycleKind::Custom {
            return Err(format!(
                "--every-months \"{n}\" only applies to --cycle custom, not {kind}"
            ));
        }
        match n {
            1 => Ok(Cycle::Monthly),
            3 => Ok(Cycle::Quarterly),
            12 => Ok(Cycle::Yearly),
            n if (2..=Self::MAX_CUSTOM_MONTHS).contains(&n) => Ok(Cycle::EveryMonths(n as u16)),
            n => Err(format!(
                "invalid --every-months \"{n}\": must be between 1 and 120"
            )),
        }
    }

    /// Combines `--cycle` and `--every-days`, enforcing that a custom cycle
    /// has 1..=365 days and that no other cycle has any.
    pub fn new(kind: CycleKind, every_days: Option<i64>) -> Result<Cycle, String> {
        match (kind, every_days) {
            (CycleKind::Custom, None) => Err(
                "--cycle custom requires --every-days N (1 to 365) or --every-months N (1 to 120)"
                    .into(),
            ),
            (CycleKind::Custom, Some(n)) if !(1..=Self::MAX_CUSTOM_DAYS).contains(&n) => Err(
                format!("invalid --every-days \"{n}\": must be between 1 and 365"),
            ),
            (CycleKind::Custom, Some(n)) => Ok(Cycle::Custom(n as u16)),
            (other, Some(n)) => Err(format!(
                "--every-days \"{n}\" only applies to --cycle custom, not {other}"
            )),
            (CycleKind::Weekly, None) => Ok(Cycle::Weekly),
            (CycleKind::Monthly, None) => Ok(Cycle::Monthly),
            (CycleKind::Quarterly, None) => Ok(Cycle::Quarterly),
            (CycleKind::Yearly, None) => Ok(Cycle::Yearly),
        }
    }

    pub fn kind(self) -> CycleKind {
        match self {
            Cycle::Weekly => CycleKind::Weekly,
            Cycle::Monthly => CycleKind::Monthly,
            Cycle::Quarterly => CycleKind::Quarterly,
            Cycle::Yearly => CycleKind::Yearly,
            Cycle::Custom(_) | Cycle::EveryMonths(_) => CycleKind::Custom,
        }
    }

    pub fn custom_days(self) -> Option<u16> {
        match self {
            Cycle::Custom(n) => Some(n),
            _ => None,
        }
    }

    pub fn custom_months(self) -> Option<u16> {
        match self {
            Cycle::EveryMonths(n) => Some(n),
            _ => None,
        }
    }

    pub fn step(self) -> Step {
        match self {
            Cycle::Weekly => Step::Days(7),
            Cycle::Monthly => Step::Months(1),
            Cycle::Quarterly => Step::Months(3),
            Cycle::Yearly => Step::Months(12),
            Cycle::Custom(n) => Step::Days(u32::from(n)),
            Cycle::EveryMonths(n) => Step::Months(u32::from(n)),
        }
    }

    /// Billing periods in a year: 12 / N for month-based cycles (exact for
    /// 1, 2, 3, 4, 6, 12) and 365.25 / N for day-based ones (28 significant
    /// digits).
    pub fn periods_per_year(self) -> Decimal {
        match self.step() {
            Step::Months(m) => Decimal::from(12) / Decimal::from(m),
            Step::Days(d) => Decimal::new(36525, 2) / Decimal::from(d),
        }
    }

    /// Full-precision yearly cost; round once, at display time.
    pub fn yearly_cost(self, amount: Decimal) -> Decimal {
        match self.step() {
            Step::Months(m) => amount * Decimal::from(12) / Decimal::from(m),
            Step::Days(d) => amount * Decimal::new(36525, 2) / Decimal::from(d),
        }
    }

    /// Full-precision monthly cost: the yearly cost over 12.
    pub fn monthly_cost(self, amount: Decimal) -> Decimal {
        self.yearly_cost(amount) / Decimal::from(12)
    }

    /// A short human label: `monthly`, `every 90 days`.
    pub fn label(self) -> String {
        match self {
            Cycle::Custom(1) => "daily".to_string(),
            Cycle::Custom(n) => format!("every {n} days"),
            Cycle::EveryMonths(n) => format!("every {n} months"),
            other => other.kind().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::round_money;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn yearly_119_88_is_9_99_a_month_not_9_95() {
        assert_eq!(
            round_money(Cycle::Yearly.monthly_cost(d("119.88"))),
            d("9.99")
        );
    }

    #[test]
    fn quarterly_is_a_third_not_0_33() {
        assert_eq!(Cycle::Quarterly.monthly_cost(d("30.00")), d("10"));
        assert_eq!(Cycle::Quarterly.yearly_cost(d("30.00")), d("120.00"));
        assert_eq!(
            round_money(Cycle::Quarterly.monthly_cost(d("10.00"))),
            d("3.33")
        );
    }

    #[test]
    fn monthly_cycle_is_identity() {
        assert_eq!(Cycle::Monthly.monthly_cost(d("15.99")), d("15.99"));
        assert_eq!(Cycle::Monthly.yearly_cost(d("15.99")), d("191.88"));
    }

    #[test]
    fn day_based_cycles_use_365_25_days() {
        // 10 a week: 10 * 365.25 / 7 = 521.7857... a year, 43.4821... a month.
        assert_eq!(round_money(Cycle::Weekly.yearly_cost(d("10"))), d("521.79"));
        assert_eq!(round_money(Cycle::Weekly.monthly_cost(d("10"))), d("43.48"));
        // 120 every 90 days: 487.00 a year, 40.58 a month.
        assert_eq!(Cycle::Custom(90).yearly_cost(d("120")), d("487"));
        assert_eq!(
            round_money(Cycle::Custom(90).monthly_cost(d("120"))),
            d("40.58")
        );
        // A 365-day cycle is slightly more than yearly: 365.25 / 365.
        assert!(Cycle::Custom(365).yearly_cost(d("100")) > d("100"));
    }

    #[test]
    fn three_yearly_tens_sum_to_2_50_a_month_when_rounded_once() {
        let sum: Decimal = (0..3).map(|_| Cycle::Yearly.monthly_cost(d("10.00"))).sum();
        assert_eq!(round_money(sum), d("2.50"));
    }

    #[test]
    fn custom_needs_days_and_others_refuse_them() {
        assert_eq!(
            Cycle::new(CycleKind::Custom, Some(90)),
            Ok(Cycle::Custom(90))
        );
        assert!(
            Cycle::new(CycleKind::Custom, None)
                .unwrap_err()
                .contains("--every-days")
        );
        assert!(
            Cycle::new(CycleKind::Custom, Some(0))
                .unwrap_err()
                .contains("\"0\"")
        );
        assert!(Cycle::new(CycleKind::Custom, Some(366)).is_err());
        assert!(Cycle::new(CycleKind::Custom, Some(365)).is_ok());
        assert!(Cycle::new(CycleKind::Custom, Some(1)).is_ok());
        assert!(
            Cycle::new(CycleKind::Monthly, Some(30))
                .unwrap_err()
                .contains("only applies")
        );
        assert_eq!(Cycle::new(CycleKind::Weekly, None), Ok(Cycle::Weekly));
    }

    #[test]
    fn every_n_months_costs_twelve_over_n_exactly() {
        let two = Cycle::from_parts(CycleKind::Custom, None, Some(2)).unwrap();
        assert_eq!(two, Cycle::EveryMonths(2));
        assert_eq!(two.yearly_cost(d("20")), d("120"));
        assert_eq!(two.monthly_cost(d("20")), d("10"));
        assert_eq!(two.periods_per_year(), d("6"));
        assert_eq!(two.label(), "every 2 months");
        // Every 5 months is 2.4 charges a year, not 2 (12 / 5 in integers).
        assert_eq!(Cycle::EveryMonths(5).yearly_cost(d("10")), d("24"));
        assert_eq!(
            round_money(Cycle::EveryMonths(7).monthly_cost(d("70"))),
            d("10")
        );
        assert_eq!(
            round_money(Cycle::EveryMonths(7).yearly_cost(d("10"))),
            d("17.14")
        );
    }

    #[test]
    fn months_that_name_a_plain_cycle_become_it() {
        let months = |n| Cycle::from_parts(CycleKind::Custom, None, Some(n));
        assert_eq!(months(1), Ok(Cycle::Monthly));
        assert_eq!(months(3), Ok(Cycle::Quarterly));
        assert_eq!(months(12), Ok(Cycle::Yearly));
        assert_eq!(months(24), Ok(Cycle::EveryMonths(24)));
        assert!(months(0).unwrap_err().contains("\"0\""));
        assert!(months(121).is_err());
        assert!(
            Cycle::from_parts(CycleKind::Custom, Some(30), Some(2))
                .unwrap_err()
                .contains("not both")
        );
        assert!(
            Cycle::from_parts(CycleKind::Monthly, None, Some(2))
                .unwrap_err()
                .contains("only applies")
        );
    }

    #[test]
    fn codes_round_trip() {
        for cycle in [
            Cycle::Weekly,
            Cycle::Monthly,
            Cycle::Quarterly,
            Cycle::Yearly,
            Cycle::Custom(30),
            Cycle::EveryMonths(2),
            Cycle::EveryMonths(18),
        ] {
            assert_eq!(Cycle::from_code(&cycle.code()), Ok(cycle), "{cycle:?}");
        }
        assert_eq!(Cycle::EveryMonths(2).code(), "custom:2m");
        assert!(Cycle::from_code("custom:xm").is_err());
    }

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in CycleKind::ALL {
            assert_eq!(CycleKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(CycleKind::parse("fortnightly"), None);
    }
}
