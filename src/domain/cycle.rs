//! Billing cycles and what they cost per month and per year.
//!
//! Month-based cycles (monthly, quarterly, yearly) have 12, 4 and 1 periods a
//! year. Day-based cycles (weekly = 7 days, custom N days) have 365.25 / N.
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
    /// The cycle as one word for storage: `monthly`, or `custom:30`.
    pub fn code(self) -> String {
        match self.custom_days() {
            Some(days) => format!("custom:{days}"),
            None => self.kind().as_str().to_string(),
        }
    }

    /// Reads what `code` wrote.
    pub fn from_code(code: &str) -> Result<Cycle, String> {
        let (kind, days) = match code.split_once(':') {
            Some((kind, days)) => (
                kind,
                Some(
                    days.parse::<i64>()
                        .map_err(|_| format!("{code:?} is not a cycle"))?,
                ),
            ),
            None => (code, None),
        };
        let kind = CycleKind::parse(kind).ok_or_else(|| format!("{code:?} is not a cycle"))?;
        Cycle::new(kind, days)
    }
}

impl fmt::Display for CycleKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A complete, valid cycle: a custom cycle always carries its 1..=365 days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cycle {
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
    Custom(u16),
}

/// One step of a schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Months(u32),
    Days(u32),
}

impl Cycle {
    pub const MAX_CUSTOM_DAYS: i64 = 365;

    /// Combines `--cycle` and `--every-days`, enforcing that a custom cycle
    /// has 1..=365 days and that no other cycle has any.
    pub fn new(kind: CycleKind, every_days: Option<i64>) -> Result<Cycle, String> {
        match (kind, every_days) {
            (CycleKind::Custom, None) => {
                Err("--cycle custom requires --every-days N (1 to 365)".into())
            }
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
            Cycle::Custom(_) => CycleKind::Custom,
        }
    }

    pub fn custom_days(self) -> Option<u16> {
        match self {
            Cycle::Custom(n) => Some(n),
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
        }
    }

    /// Billing periods in a year, exact for month-based cycles and
    /// 365.25 / N (28 significant digits) for day-based ones.
    pub fn periods_per_year(self) -> Decimal {
        match self.step() {
            Step::Months(m) => Decimal::from(12 / m),
            Step::Days(d) => Decimal::new(36525, 2) / Decimal::from(d),
        }
    }

    /// Full-precision yearly cost; round once, at display time.
    pub fn yearly_cost(self, amount: Decimal) -> Decimal {
        match self.step() {
            Step::Months(m) => amount * Decimal::from(12 / m),
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
    fn kinds_round_trip_through_their_names() {
        for kind in CycleKind::ALL {
            assert_eq!(CycleKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(CycleKind::parse("fortnightly"), None);
    }
}
