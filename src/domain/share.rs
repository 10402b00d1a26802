//! Shared plans: who pays what part of a subscription's charge.
//!
//! A shared subscription has members, each with a share: equal parts (the
//! default), percentages, or fixed amounts — percentages and amounts must
//! add up exactly (100 %, the amount), or leave a remainder the members
//! without a given share split equally. A charge is split to the cent by
//! the largest remainder: every member gets the whole cents of their exact
//! part, and the cents left go one each to the largest fractions, ties to
//! the member listed first — so 17.99 three ways is 6.00 + 6.00 + 5.99.

use rust_decimal::Decimal;

/// How one member's part is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// An equal part of what the others' given parts leave.
    Equal,
    /// Hundredths of a percent (2500 = 25 %).
    Percent(i64),
    /// Cents of each charge.
    Amount(i64),
}

impl Part {
    /// `25%`, `12.5%` or `4.50`.
    pub fn parse(text: &str) -> Result<Part, String> {
        let t = text.trim();
        let bad =
            || format!("invalid share \"{text}\": expected a percentage (25%) or an amount (4.50)");
        if let Some(p) = t.strip_suffix('%') {
            let d: Decimal = p.trim().parse().map_err(|_| bad())?;
            if d <= Decimal::ZERO || d > Decimal::ONE_HUNDRED || d.scale() > 2 {
                return Err(bad());
            }
            let hundredths = (d * Decimal::ONE_HUNDRED).trunc();
            return i64::try_from(hundredths)
                .map(Part::Percent)
                .map_err(|_| bad());
        }
        let money = super::money::Money::parse(t).map_err(|_| bad())?;
        Ok(Part::Amount(money.cents()))
    }

    pub fn kind(self) -> &'static str {
        match self {
            Part::Equal => "equal",
            Part::Percent(_) => "percent",
            Part::Amount(_) => "amount",
        }
    }

    /// The stored value (hundredths of a percent, or cents).
    pub fn value(self) -> Option<i64> {
        match self {
            Part::Equal => None,
            Part::Percent(v) | Part::Amount(v) => Some(v),
        }
    }

    pub fn from_stored(kind: &str, value: Option<i64>) -> Option<Part> {
        match (kind, value) {
            ("equal", None) => Some(Part::Equal),
            ("percent", Some(v)) => Some(Part::Percent(v)),
            ("amount", Some(v)) => Some(Part::Amount(v)),
            _ => None,
        }
    }
}

/// Each member's exact part of a charge of `cents`, in the order given.
/// Errors name what does not add up.
pub fn exact_parts(parts: &[Part], cents: i64) -> Result<Vec<Decimal>, String> {
    let total = Decimal::from(cents);
    let mut given = Decimal::ZERO;
    let mut equal = 0i64;
    let mut percent = false;
    let mut amount = false;
    for p in parts {
        match p {
            Part::Equal => equal += 1,
            Part::Percent(h) => {
                percent = true;
                given += total * Decimal::from(*h) / Decimal::from(10_000);
            }
            Part::Amount(c) => {
                amount = true;
                given += Decimal::from(*c);
            }
        }
    }
    if percent && amount {
        return Err("shares are either all percentages or all amounts".into());
    }
    let left = total - given;
    if left < Decimal::ZERO {
        return Err(if percent {
            "the shares add up to more than 100%".into()
        } else {
            format!(
                "the shares add up to more than the amount ({})",
                super::money::cents_to_decimal(cents)
            )
        });
    }
    if equal == 0 && !left.is_zero() {
        return Err(if percent {
            "the shares must add up to 100% (or leave someone an equal part)".into()
        } else {
            format!(
                "the shares must add up to the amount {} (or leave someone an equal part)",
                super::money::cents_to_decimal(cents)
            )
        });
    }
    Ok(parts
        .iter()
        .map(|p| match p {
            Part::Equal => left / Decimal::from(equal),
            Part::Percent(h) => total * Decimal::from(*h) / Decimal::from(10_000),
            Part::Amount(c) => Decimal::from(*c),
        })
        .collect())
}

/// A charge of `cents` split to whole cents that add up exactly: the
/// largest remainder method, ties to the earlier member.
pub fn split_cents(parts: &[Part], cents: i64) -> Result<Vec<i64>, String> {
    let exact = exact_parts(parts, cents)?;
    Ok(largest_remainder(&exact, cents))
}

/// Each member's fraction of a plan costing `cents` a charge.
pub fn fractions(parts: &[Part], cents: i64) -> Result<Vec<Decimal>, String> {
    let whole = Decimal::from(cents.max(1));
    Ok(exact_parts(parts, cents)?
        .into_iter()
        .map(|e| e / whole)
        .collect())
}

/// Any charge (a payment of another amount, a refund) split by fractions
/// that add up to one, to whole cents that add up exactly.
pub fn split_by(fractions: &[Decimal], cents: i64) -> Vec<i64> {
    let whole = Decimal::from(cents);
    let exact: Vec<Decimal> = fractions.iter().map(|f| whole * f).collect();
    largest_remainder(&exact, cents)
}

fn largest_remainder(exact: &[Decimal], cents: i64) -> Vec<i64> {
    let mut floors: Vec<i64> = exact
        .iter()
        .map(|e| i64::try_from(e.floor()).unwrap_or(0))
        .collect();
    let mut left = cents - floors.iter().sum::<i64>();
    let mut order: Vec<usize> = (0..exact.len()).collect();
    // Largest fraction first; a stable sort keeps the listed order on ties.
    order.sort_by(|&a, &b| (exact[b] - exact[b].floor()).cmp(&(exact[a] - exact[a].floor())));
    for i in order.into_iter().cycle().take(exact.len() * 2) {
        if left <= 0 {
            break;
        }
        floors[i] += 1;
        left -= 1;
    }
    floors
}

/// One member's fraction of every charge (exact), for "my share" totals.
pub fn fraction(parts: &[Part], index: usize, cents: i64) -> Result<Decimal, String> {
    Ok(fractions(parts, cents)?
        .get(index)
        .copied()
        .unwrap_or(Decimal::ZERO))
}

#[cfg(test)]
mod tests {
    type TestResult = Result<(), Box<dyn std::error::Error>>;

    use super::*;

    #[test]
    fn three_ways_is_six_six_and_five_ninety_nine() -> TestResult {
        let parts = [Part::Equal, Part::Equal, Part::Equal];
        assert_eq!(split_cents(&parts, 1799), Ok(vec![600, 600, 599]));
        assert_eq!(split_cents(&parts, 1800), Ok(vec![600, 600, 600]));
        assert_eq!(split_cents(&parts, 1), Ok(vec![1, 0, 0]));
        Ok(())
    }

    #[test]
    fn percentages_and_amounts_add_up_exactly_or_are_refused() -> TestResult {
        let p = [Part::Percent(2500), Part::Percent(2500), Part::Equal];
        assert_eq!(split_cents(&p, 1799), Ok(vec![450, 450, 899]));
        let all = [
            Part::Percent(3333),
            Part::Percent(3333),
            Part::Percent(3334),
        ];
        let cents = split_cents(&all, 1000)?;
        assert_eq!(cents.iter().sum::<i64>(), 1000);
        assert_eq!(cents, vec![333, 333, 334]);
        assert!(split_cents(&[Part::Percent(5000), Part::Percent(4000)], 1000).is_err());
        assert!(split_cents(&[Part::Percent(6000), Part::Percent(6000)], 1000).is_err());
        assert!(split_cents(&[Part::Amount(500), Part::Percent(5000)], 1000).is_err());
        assert_eq!(
            split_cents(&[Part::Amount(450), Part::Amount(1349)], 1799),
            Ok(vec![450, 1349])
        );
        assert!(split_cents(&[Part::Amount(450), Part::Amount(1000)], 1799).is_err());
        assert_eq!(
            fraction(&[Part::Equal, Part::Equal], 1, 1799),
            Ok(Decimal::new(5, 1))
        );
        Ok(())
    }

    #[test]
    fn other_charges_split_by_the_same_fractions() -> TestResult {
        let f = fractions(&[Part::Amount(450), Part::Amount(1349)], 1799)?;
        let cents = split_by(&f, 1999);
        assert_eq!(cents.iter().sum::<i64>(), 1999);
        assert_eq!(split_by(&f, 1799), vec![450, 1349]);
        let thirds = fractions(&[Part::Equal, Part::Equal, Part::Equal], 1799)?;
        assert_eq!(split_by(&thirds, 1799), vec![600, 600, 599]);
        Ok(())
    }

    #[test]
    fn shares_parse() -> TestResult {
        assert_eq!(Part::parse("25%"), Ok(Part::Percent(2500)));
        assert_eq!(Part::parse("12.5%"), Ok(Part::Percent(1250)));
        assert_eq!(Part::parse("4.50"), Ok(Part::Amount(450)));
        for bad in ["0%", "101%", "x", "-5", "12.345%", ""] {
            assert!(Part::parse(bad).is_err(), "{bad}");
        }
        Ok(())
    }
}
