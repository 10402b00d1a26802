//! Exact money. Amounts are `rust_decimal` values with two decimal places,
//! stored in SQLite as integer hundredths, and never touch floating point.

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

/// A positive amount with at most two decimals: 0 < amount ≤ 99,999,999.99.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

impl Money {
    /// The largest amount the original's DECIMAL(10,2) column holds.
    pub const MAX_CENTS: i64 = 9_999_999_999;

    /// An amount a unit test writes as hundredths, trusted as written.
    #[cfg(test)]
    pub(crate) fn test_cents(cents: i64) -> Money {
        Money(Decimal::new(cents, 2))
    }

    /// Parses user input such as `15.99`, `120` or `0.5`. The error is the
    /// reason only; callers add the field name and the value.
    pub fn parse(input: &str) -> Result<Money, String> {
        let s = input.trim();
        if s.is_empty() {
            return Err("an amount is required, e.g. 9.99".into());
        }
        if s.starts_with('-') {
            return Err("must be greater than 0".into());
        }
        const SYMBOLS: [(char, &str); 6] = [
            ('$', "USD"),
            ('€', "EUR"),
            ('£', "GBP"),
            ('¥', "JPY"),
            ('₹', "INR"),
            ('₩', "KRW"),
        ];
        let symbol = SYMBOLS
            .iter()
            .find(|(c, _)| s.starts_with(*c) || s.ends_with(*c));
        if let Some((c, code)) = symbol {
            let number = s.trim_matches(*c).trim();
            return Err(format!(
                "drop the currency symbol and give the currency with --currency, e.g. --amount {number} --currency {code}"
            ));
        }
        let body = s.strip_prefix('+').unwrap_or(s);
        if body.contains(',') {
            let (int, frac) = body.split_once(',').unwrap_or((body, ""));
            return if !body.contains('.')
                && !int.is_empty()
                && (1..=2).contains(&frac.len())
                && is_digits(int)
                && is_digits(frac)
            {
                Err(format!("use a dot for decimals, e.g. {int}.{frac:0<2}"))
            } else {
                Err("write the amount without thousands separators, e.g. 1234.50".into())
            };
        }
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if (int.is_empty() && frac.is_empty())
            || !is_digits(int)
            || !is_digits(frac)
            || (body.contains('.') && frac.is_empty() && int.is_empty())
        {
            return Err("not a number; write it like 9.99".into());
        }
        if frac.len() > 2 {
            return Err("at most 2 decimal places are allowed".into());
        }
        if int.trim_start_matches('0').len() > 8 {
            return Err("must be at most 99999999.99".into());
        }
        let int_value: i64 = if int.is_empty() {
            0
        } else {
            int.parse()
                .map_err(|_| "not a number; write it like 9.99")?
        };
        let frac_value: i64 = format!("{frac:0<2}")
            .parse()
            .map_err(|_| "not a number; write it like 9.99")?;
        Money::from_cents(int_value * 100 + frac_value)
    }

    /// Builds an amount from integer hundredths, as stored in the database.
    pub fn from_cents(cents: i64) -> Result<Money, String> {
        if cents <= 0 {
            Err("must be greater than 0".into())
        } else if cents > Self::MAX_CENTS {
            Err("must be at most 99999999.99".into())
        } else {
            Ok(Money(Decimal::new(cents, 2)))
        }
    }

    /// Builds an amount from an exact decimal, refusing more than 2 places.
    pub fn from_decimal(value: Decimal) -> Result<Money, String> {
        let normal = value.normalize();
        if normal.scale() > 2 {
            return Err("at most 2 decimal places are allowed".into());
        }
        let cents = normal
            .checked_mul(Decimal::ONE_HUNDRED)
            .ok_or_else(|| "must be at most 99999999.99".to_string())?
            .trunc()
            .to_string()
            .parse::<i64>()
            .map_err(|_| "must be at most 99999999.99".to_string())?;
        Money::from_cents(cents)
    }

    pub fn cents(self) -> i64 {
        // The invariant (scale 2, within range) makes this exact.
        self.0.mantissa() as i64
    }

    pub fn amount(self) -> Decimal {
        self.0
    }
}

impl FromStr for Money {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Money::parse(s)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

fn is_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

/// Rounds a full-precision figure once, for display: 2 decimals, half away
/// from zero, always shown with two places (`2.50`, never `2.5`).
pub fn round_money(value: Decimal) -> Decimal {
    let mut rounded = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(2);
    rounded
}

/// Converts integer hundredths (from SQL sums) to an exact decimal.
pub fn cents_to_decimal(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}

/// A decimal serialised as an exact JSON number (`15.99`, never
/// `"15.99"` or `15.990000000000002`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exact(pub Decimal);

impl serde::Serialize for Exact {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        rust_decimal::serde::arbitrary_precision::serialize(&self.0, s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_amounts_exactly() {
        assert_eq!(Money::parse("15.99").unwrap().cents(), 1599);
        assert_eq!(Money::parse("120").unwrap().cents(), 12000);
        assert_eq!(Money::parse("0.5").unwrap().cents(), 50);
        assert_eq!(Money::parse(".5").unwrap().cents(), 50);
        assert_eq!(Money::parse("7.").unwrap().cents(), 700);
        assert_eq!(Money::parse(" 3.10 ").unwrap().to_string(), "3.10");
        assert_eq!(
            Money::parse("99999999.99").unwrap().cents(),
            Money::MAX_CENTS
        );
        assert_eq!(Money::parse("000012.00").unwrap().cents(), 1200);
    }

    #[test]
    fn comma_decimal_gets_a_hint() {
        let err = Money::parse("12,5").unwrap_err();
        assert!(err.contains("use a dot"), "{err}");
        assert!(err.contains("12.50"), "{err}");
        let err = Money::parse("1,234.50").unwrap_err();
        assert!(err.contains("thousands"), "{err}");
    }

    #[test]
    fn rejects_out_of_range_and_extra_decimals() {
        assert!(Money::parse("0").unwrap_err().contains("greater than 0"));
        assert!(Money::parse("0.00").unwrap_err().contains("greater than 0"));
        assert!(Money::parse("-5").unwrap_err().contains("greater than 0"));
        assert!(Money::parse("100000000").unwrap_err().contains("at most"));
        assert!(Money::parse("1.999").unwrap_err().contains("2 decimal"));
        for bad in ["", "abc", "1e3", "1.2.3", ".", "NaN", "1 000", "0x10", "١٢"] {
            assert!(Money::parse(bad).is_err(), "{bad:?} must be rejected");
        }
    }

    #[test]
    fn from_decimal_keeps_exactness() {
        let m = Money::from_decimal(Decimal::new(1599, 2)).unwrap();
        assert_eq!(m.cents(), 1599);
        let m = Money::from_decimal(Decimal::new(15990, 3)).unwrap();
        assert_eq!(m.cents(), 1599);
        assert!(Money::from_decimal(Decimal::new(15991, 3)).is_err());
        assert!(
            Money::from_decimal(Decimal::MAX).is_err(),
            "no overflow panic"
        );
        assert!(Money::from_decimal(Decimal::new(-5, 0)).is_err());
    }

    #[test]
    fn rounds_half_away_from_zero_once() {
        assert_eq!(round_money(Decimal::new(2505, 3)).to_string(), "2.51");
        assert_eq!(round_money(Decimal::new(2504, 3)).to_string(), "2.50");
        assert_eq!(round_money(Decimal::new(25, 1)).to_string(), "2.50");
        assert_eq!(round_money(Decimal::new(-2505, 3)).to_string(), "-2.51");
    }

    #[test]
    fn a_currency_symbol_gets_a_hint() {
        let err = Money::parse("$12").unwrap_err();
        assert!(err.contains("--amount 12 --currency USD"), "{err}");
        let err = Money::parse("9,99 €").unwrap_err();
        assert!(err.contains("--currency EUR"), "{err}");
    }
}
