//! Exchange rates and conversion into the base currency. A total never
//! adds two currencies: amounts in a currency without a rate are left out
//! of base totals and listed as unconverted, never counted 1:1.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::currency::Currency;
use super::money::round_money;

/// Rates older than this many days are flagged as stale.
pub const STALE_AFTER_DAYS: i64 = 30;

/// Where a rate came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RateSource {
    /// Typed by the user (`rates set`).
    #[default]
    Manual,
    /// The European Central Bank's reference rates (`rates update`).
    Ecb,
}

impl RateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            RateSource::Manual => "manual",
            RateSource::Ecb => "ecb",
        }
    }

    pub fn parse(s: &str) -> Option<RateSource> {
        match s {
            "manual" => Some(RateSource::Manual),
            "ecb" => Some(RateSource::Ecb),
            _ => None,
        }
    }
}

/// "1 `currency` = `rate` `base`", set on `set_on` (for the ECB, the day
/// it published the rate).
#[derive(Clone, Debug, PartialEq)]
pub struct Rate {
    pub currency: Currency,
    pub base: Currency,
    pub rate: Decimal,
    pub set_on: NaiveDate,
    pub source: RateSource,
}

impl Rate {
    pub fn is_stale(&self, today: NaiveDate) -> bool {
        (today - self.set_on).num_days() > STALE_AFTER_DAYS
    }
}

/// The smallest rate accepted: 1 unit = 0.000001 of the base.
pub const MIN_RATE: Decimal = Decimal::from_parts(1, 0, 0, false, 6);

/// The largest rate accepted: 1 unit = 1000000 of the base. Every real
/// pair of currencies is far inside; outside it, a rate is a typo or
/// hostile, and (with amounts up to 99,999,999.99) the range keeps every
/// conversion and sum far from the decimal type's limit.
pub const MAX_RATE: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);

/// Whether a rate is inside the sane range.
pub fn is_sane(rate: Decimal) -> bool {
    (MIN_RATE..=MAX_RATE).contains(&rate)
}

/// Why a rate for `currency` against `base` is refused, when it is
/// outside the sane range.
pub fn insane(currency: Currency, rate: Decimal, base: Currency) -> String {
    format!(
        "1 {currency} = {rate} {base} is outside the sane range for a rate ({MIN_RATE} to {MAX_RATE} {base})"
    )
}

/// Parses a rate: a positive decimal, at most 10 decimal places, within
/// `MIN_RATE` and `MAX_RATE`.
pub fn parse_rate(input: &str) -> Result<Decimal, String> {
    let s = input.trim();
    if s.contains(',') {
        return Err("use a dot for decimals, e.g. 1.08".into());
    }
    let ok_chars = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-');
    let value: Decimal = if ok_chars { s.parse().ok() } else { None }
        .ok_or_else(|| "not a number; write it like 1.08".to_string())?;
    if value <= Decimal::ZERO {
        return Err("must be greater than 0".into());
    }
    if value.normalize().scale() > 10 {
        return Err("at most 10 decimal places are allowed".into());
    }
    if !is_sane(value) {
        return Err(format!(
            "outside the sane range for a rate ({MIN_RATE} to {MAX_RATE})"
        ));
    }
    Ok(value.normalize())
}

/// The rates against `old` re-expressed against `new`, when the base
/// currency changes: with 1 NEW = r(NEW) OLD, each 1 X = r(X) OLD becomes
/// 1 X = r(X) / r(NEW) NEW, and the old base gets 1 OLD = 1 / r(NEW) NEW.
/// Exact division, rounded once to the 10 places a rate may have. `None`
/// when `new` has no rate against `old` (nothing to derive from).
pub fn rebase(rates: &[Rate], old: Currency, new: Currency) -> Option<Vec<Rate>> {
    let pivot = rates.iter().find(|r| r.currency == new && r.base == old)?;
    let round = |d: Decimal| {
        d.round_dp_with_strategy(10, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            .normalize()
    };
    let mut out: Vec<Rate> = rates
        .iter()
        .filter(|r| r.base == old && r.currency != new)
        .filter_map(|r| {
            let rate = round(r.rate.checked_div(pivot.rate)?);
            is_sane(rate).then_some(Rate {
                currency: r.currency,
                base: new,
                rate,
                set_on: r.set_on,
                source: r.source,
            })
        })
        .collect();
    let inverse = round(Decimal::ONE.checked_div(pivot.rate)?);
    if is_sane(inverse) {
        out.push(Rate {
            currency: old,
            base: new,
            rate: inverse,
            set_on: pivot.set_on,
            source: pivot.source,
        });
    }
    Some(out)
}

/// Rates into `base` from reference rates quoted per euro (1 EUR =
/// `per_eur[X]` X, as the ECB publishes them; EUR itself is 1). For each
/// wanted currency: 1 X = per_eur[base] / per_eur[X] base, divided exactly
/// and rounded once to the 10 places a rate may have.
#[derive(Debug, Default, PartialEq)]
pub struct CrossRates {
    pub rates: Vec<(Currency, Decimal)>,
    /// Wanted currencies the reference does not quote.
    pub not_quoted: Vec<Currency>,
}

pub fn cross_rates(
    per_eur: &BTreeMap<Currency, Decimal>,
    base: Currency,
    wanted: &[Currency],
) -> Option<CrossRates> {
    let euro = Currency::parse("EUR").ok()?;
    let quote = |c: Currency| {
        if c == euro {
            Some(Decimal::ONE)
        } else {
            per_eur.get(&c).copied().filter(|r| *r > Decimal::ZERO)
        }
    };
    let base_per_eur = quote(base)?;
    let mut out = CrossRates::default();
    for &currency in wanted.iter().filter(|c| **c != base) {
        let rate = quote(currency)
            .and_then(|per_eur| base_per_eur.checked_div(per_eur))
            .map(|r| {
                r.round_dp_with_strategy(10, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
                    .normalize()
            })
            .filter(|r| *r > Decimal::ZERO);
        match rate {
            Some(rate) => out.rates.push((currency, rate)),
            None => out.not_quoted.push(currency),
        }
    }
    Some(out)
}

/// Kept ECB quotes per currency (1 EUR = q), in day order: a past amount
/// converts at the quotes of the last published day on or before its date.
#[derive(Debug, Default)]
pub struct History {
    quotes: BTreeMap<Currency, Vec<(NaiveDate, Decimal)>>,
}

impl History {
    pub fn new(quotes: BTreeMap<Currency, Vec<(NaiveDate, Decimal)>>) -> History {
        History { quotes }
    }

    pub fn is_empty(&self) -> bool {
        self.quotes.is_empty()
    }

    /// The quote in force on `day`: EUR is 1; otherwise the last published
    /// day on or before `day`.
    fn per_eur(&self, currency: Currency, day: NaiveDate) -> Option<Decimal> {
        if currency.code() == "EUR" {
            return Some(Decimal::ONE);
        }
        let days = self.quotes.get(&currency)?;
        let at = days.partition_point(|(d, _)| *d <= day);
        at.checked_sub(1).map(|i| days[i].1)
    }

    /// `amount` of `currency` on `day` in `base`, at full precision.
    pub fn to_base(
        &self,
        base: Currency,
        currency: Currency,
        amount: Decimal,
        day: NaiveDate,
    ) -> Option<Decimal> {
        if currency == base {
            return Some(amount);
        }
        let (b, c) = (self.per_eur(base, day)?, self.per_eur(currency, day)?);
        amount.checked_mul(b)?.checked_div(c)
    }
}

/// Converts into the base currency with the rates that apply to it.
/// Every step is checked: a rate outside the sane range (one that got
/// into the database around `rates set`, by a raw edit, say) is not used,
/// and an overflow leaves the amount unconverted — never a panic.
#[derive(Clone, Debug)]
pub struct Converter {
    pub base: Currency,
    rates: BTreeMap<Currency, Rate>,
    /// Rates against the base that are outside the sane range (not used).
    pub refused: Vec<Rate>,
}

impl Converter {
    /// Only rates set against `base` apply; a rate left over from another
    /// base currency is ignored (the currency then shows as unconverted),
    /// and so is one outside the sane range (listed in `refused`).
    pub fn new(base: Currency, rates: Vec<Rate>) -> Converter {
        let (sane, refused): (Vec<Rate>, Vec<Rate>) = rates
            .into_iter()
            .filter(|r| r.base == base && r.currency != base)
            .partition(|r| is_sane(r.rate));
        let rates = sane.into_iter().map(|r| (r.currency, r)).collect();
        Converter {
            base,
            rates,
            refused,
        }
    }

    /// The amount in the base currency, or `None` without a rate (or when
    /// the product would overflow).
    pub fn to_base(&self, currency: Currency, amount: Decimal) -> Option<Decimal> {
        if currency == self.base {
            Some(amount)
        } else {
            self.rates
                .get(&currency)
                .and_then(|r| amount.checked_mul(r.rate))
        }
    }

    pub fn rate(&self, currency: Currency) -> Option<&Rate> {
        self.rates.get(&currency)
    }

    /// Amounts in several currencies as one amount in `target` (through
    /// the base currency), full precision; `None` when a rate is missing
    /// or a step would overflow.
    pub fn sum_in(&self, sums: &PerCurrency, target: Currency) -> Option<Decimal> {
        let mut base = Decimal::ZERO;
        for (&currency, &amount) in &sums.by_currency {
            if currency == target {
                // No round trip through the base for the target's own.
                continue;
            }
            base = base.checked_add(self.to_base(currency, amount)?)?;
        }
        let from_base = if target == self.base {
            base
        } else if base.is_zero() {
            Decimal::ZERO
        } else {
            base.checked_div(self.rates.get(&target)?.rate)?
        };
        from_base.checked_add(sums.get(target))
    }
}

/// Money per currency — the one map of amounts by currency. Sums stay at
/// full precision; conversion to the base currency happens once,
/// at the end, and rounded once.
#[derive(Clone, Debug, Default)]
pub struct PerCurrency {
    pub by_currency: BTreeMap<Currency, Decimal>,
}

impl PerCurrency {
    /// Adds `amount`; a sum beyond the decimal type's range (which no
    /// sum of valid amounts reaches) stays at the largest value instead of
    /// panicking.
    pub fn add(&mut self, currency: Currency, amount: Decimal) {
        let sum = self.by_currency.entry(currency).or_default();
        *sum = sum.saturating_add(amount);
    }

    /// The amount in one currency (zero when there is none).
    pub fn get(&self, currency: Currency) -> Decimal {
        self.by_currency.get(&currency).copied().unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.by_currency.is_empty()
    }

    /// Every amount rounded once, for display.
    pub fn rounded(&self) -> PerCurrency {
        PerCurrency {
            by_currency: self
                .by_currency
                .iter()
                .map(|(c, v)| (*c, round_money(*v)))
                .collect(),
        }
    }

    /// (rounded base total, currencies that could not be converted)
    pub fn in_base(&self, conv: &Converter) -> (Decimal, BTreeSet<Currency>) {
        let mut total = Decimal::ZERO;
        let mut missing = BTreeSet::new();
        for (&currency, &amount) in &self.by_currency {
            match conv
                .to_base(currency, amount)
                .and_then(|v| total.checked_add(v))
            {
                Some(v) => total = v,
                None => {
                    missing.insert(currency);
                }
            }
        }
        (round_money(total), missing)
    }
}

/// `{"EUR": 40.00, "USD": 31.98}`: codes as keys, exact numbers as values.
impl serde::Serialize for PerCurrency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;

        use super::money::Exact;
        let mut map = s.serialize_map(Some(self.by_currency.len()))?;
        for (currency, amount) in &self.by_currency {
            map.serialize_entry(currency.code(), &Exact(*amount))?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(code: &str) -> Currency {
        Currency::parse(code).unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn rates_are_positive_exact_decimals() {
        assert_eq!(parse_rate("1.08").unwrap(), Decimal::new(108, 2));
        assert_eq!(
            parse_rate("0.0123456789").unwrap(),
            Decimal::new(123456789, 10)
        );
        for bad in ["0", "-1", "abc", "1,08", "", "1e3", "0.00000000001"] {
            assert!(parse_rate(bad).is_err(), "{bad}");
        }
        // The sane range: 0.000001 to 1000000 against the base.
        assert_eq!(parse_rate("0.000001").ok(), Some(Decimal::new(1, 6)));
        assert_eq!(parse_rate("1000000").ok(), Some(Decimal::from(1_000_000)));
        for outside in ["0.0000009", "1000000.01", "1000000000"] {
            assert!(
                parse_rate(outside).unwrap_err().contains("sane range"),
                "{outside}"
            );
        }
    }

    #[test]
    fn converts_with_known_rates_and_lists_the_rest() {
        let conv = Converter::new(
            c("USD"),
            vec![
                Rate {
                    currency: c("EUR"),
                    base: c("USD"),
                    rate: Decimal::new(108, 2),
                    set_on: day("2026-11-01"),
                    source: RateSource::Manual,
                },
                Rate {
                    currency: c("GBP"),
                    base: c("INR"),
                    rate: Decimal::new(105, 0),
                    set_on: day("2026-11-01"),
                    source: RateSource::Manual,
                },
            ],
        );
        let mut sums = PerCurrency::default();
        sums.add(c("USD"), Decimal::new(1000, 2));
        sums.add(c("EUR"), Decimal::new(1000, 2));
        sums.add(c("GBP"), Decimal::new(1000, 2));
        let (total, missing) = sums.in_base(&conv);
        assert_eq!(total, Decimal::new(2080, 2));
        assert_eq!(
            missing.into_iter().collect::<Vec<_>>(),
            [c("GBP")],
            "a rate against another base does not apply"
        );
    }

    #[test]
    fn a_hostile_rate_is_not_used_and_nothing_overflows() {
        let rate = |code: &str, r: Decimal| Rate {
            currency: c(code),
            base: c("USD"),
            rate: r,
            set_on: day("2026-11-01"),
            source: RateSource::Manual,
        };
        let conv = Converter::new(
            c("USD"),
            vec![rate("EUR", Decimal::MAX), rate("GBP", Decimal::new(125, 2))],
        );
        assert_eq!(conv.refused.len(), 1, "the absurd EUR rate is set aside");
        assert_eq!(conv.to_base(c("EUR"), Decimal::ONE), None);
        let mut sums = PerCurrency::default();
        sums.add(c("EUR"), Decimal::new(9_999_999_999, 2));
        sums.add(c("GBP"), Decimal::new(1000, 2));
        let (total, missing) = sums.in_base(&conv);
        assert_eq!(total, Decimal::new(1250, 2));
        assert_eq!(missing.into_iter().collect::<Vec<_>>(), [c("EUR")]);
        // Sums saturate instead of panicking.
        let mut big = PerCurrency::default();
        big.add(c("USD"), Decimal::MAX);
        big.add(c("USD"), Decimal::MAX);
        assert_eq!(big.get(c("USD")), Decimal::MAX);
        // The largest sane rate times the largest amount is far from overflow.
        let conv = Converter::new(c("USD"), vec![rate("EUR", MAX_RATE)]);
        assert!(
            conv.to_base(
                c("EUR"),
                Decimal::new(9_999_999_999, 2) * Decimal::from(365)
            )
            .is_some()
        );
        let mut sums = PerCurrency::default();
        sums.add(c("EUR"), Decimal::MAX);
        assert_eq!(
            conv.sum_in(&sums, c("USD")),
            None,
            "an overflow is not a panic"
        );
    }

    #[test]
    fn cross_rates_go_through_the_euro_exactly() {
        let per_eur: BTreeMap<Currency, Decimal> = [
            (c("USD"), "1.0389"),
            (c("INR"), "88.9335"),
            (c("JPY"), "163.06"),
        ]
        .into_iter()
        .map(|(k, v)| (k, v.parse().unwrap()))
        .collect();
        let wanted = [c("EUR"), c("INR"), c("JPY"), c("XAF"), c("USD")];
        let x = cross_rates(&per_eur, c("USD"), &wanted).unwrap();
        let shown: Vec<String> = x.rates.iter().map(|(c, r)| format!("{c} {r}")).collect();
        // 1 EUR = 1.0389 USD; 1 INR = 1.0389 / 88.9335 USD; 1 JPY = 1.0389 / 163.06 USD.
        assert_eq!(
            shown,
            ["EUR 1.0389", "INR 0.0116817622", "JPY 0.0063712744"]
        );
        assert_eq!(x.not_quoted, [c("XAF")]);
        // With the euro as the base, the quotes are simply inverted.
        let x = cross_rates(&per_eur, c("EUR"), &[c("USD")]).unwrap();
        assert_eq!(x.rates, [(c("USD"), "0.9625565502".parse().unwrap())]);
        // A base the reference does not quote: nothing can be derived.
        assert_eq!(cross_rates(&per_eur, c("XAF"), &[c("USD")]), None);
    }

    #[test]
    fn a_past_amount_converts_at_its_date() {
        let q = |v: &str| v.parse::<Decimal>().unwrap();
        let history = History::new(
            [
                (
                    c("USD"),
                    vec![
                        (day("2024-12-30"), q("1.0444")),
                        (day("2024-12-31"), q("1.0389")),
                    ],
                ),
                (c("INR"), vec![(day("2024-12-31"), q("88.9335"))]),
            ]
            .into_iter()
            .collect(),
        );
        // 100 EUR in USD: the 30th's rate on the 30th, the 31st's after it
        // (a weekend or holiday uses the last published day).
        assert_eq!(
            history.to_base(c("USD"), c("EUR"), q("100"), day("2024-12-30")),
            Some(q("104.44"))
        );
        assert_eq!(
            history.to_base(c("USD"), c("EUR"), q("100"), day("2025-01-01")),
            Some(q("103.89"))
        );
        // Before the first kept day there is no rate.
        assert_eq!(
            history.to_base(c("USD"), c("EUR"), q("100"), day("2024-12-29")),
            None
        );
        assert_eq!(
            history.to_base(c("USD"), c("INR"), q("88.9335"), day("2024-12-31")),
            Some(q("1.0389"))
        );
        assert_eq!(
            history.to_base(c("USD"), c("USD"), q("5"), day("2000-01-01")),
            Some(q("5"))
        );
    }

    #[test]
    fn staleness_after_30_days() {
        let r = Rate {
            currency: c("EUR"),
            base: c("USD"),
            rate: Decimal::ONE,
            set_on: day("2026-10-01"),
            source: RateSource::Manual,
        };
        assert!(!r.is_stale(day("2026-10-31")));
        assert!(r.is_stale(day("2026-11-01")));
    }

    #[test]
    fn a_new_base_currency_gets_cross_rates() {
        let rate = |c: &str, r: &str| Rate {
            currency: self::c(c),
            base: self::c("USD"),
            rate: r.parse().unwrap(),
            set_on: day("2026-11-01"),
            source: RateSource::Manual,
        };
        let rates = [rate("EUR", "1.08"), rate("INR", "0.012")];
        let rebased = rebase(&rates, c("USD"), c("EUR")).unwrap();
        let shown: Vec<String> = rebased
            .iter()
            .map(|r| format!("1 {} = {} {}", r.currency, r.rate, r.base))
            .collect();
        assert_eq!(
            shown,
            ["1 INR = 0.0111111111 EUR", "1 USD = 0.9259259259 EUR"]
        );
        assert!(
            rebase(&rates, c("USD"), c("GBP")).is_none(),
            "no rate to pivot on"
        );
    }
}
