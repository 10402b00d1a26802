//! What `dashboard` and `analytics` share: the converter into the base
//! currency, the rates it used, and the warnings about them.

use std::collections::{BTreeMap, BTreeSet};

use crate::store::Db;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::domain::currency::Currency;
use crate::domain::money::cents_to_decimal;
use crate::domain::rates::{Converter, STALE_AFTER_DAYS, Sums};
use crate::error::Result;
use crate::render::json::{Exact, date};
use crate::settings;
use crate::store::rates;
use crate::store::reports::CostGroup;

#[derive(Debug, Serialize)]
pub struct RateJson {
    pub currency: String,
    pub rate: Exact,
    pub base: String,
    pub set_on: String,
    pub stale: bool,
}

/// The converter, the rates it applies (as JSON) and warnings about them.
pub struct Rates {
    pub conv: Converter,
    pub used: Vec<RateJson>,
    pub warnings: Vec<String>,
}

pub fn load_rates(conn: &Db, today: NaiveDate) -> Result<Rates> {
    let base = settings::base_currency(conn)?;
    let all = rates::list(conn)?;
    let mut warnings = Vec::new();
    for r in all.iter().filter(|r| r.base != base) {
        warnings.push(format!(
            "the rate for {} was set against {}, not the base currency {base}; set it again with `subs rates set {} RATE`",
            r.currency, r.base, r.currency
        ));
    }
    let mut used = Vec::new();
    for r in all.iter().filter(|r| r.base == base) {
        let stale = r.is_stale(today);
        if stale {
            warnings.push(format!(
                "the {} rate was set on {} — more than {STALE_AFTER_DAYS} days ago; update it with `subs rates set {} RATE`",
                r.currency, r.set_on, r.currency
            ));
        }
        used.push(RateJson {
            currency: r.currency.code().to_string(),
            rate: Exact(r.rate),
            base: r.base.code().to_string(),
            set_on: date(r.set_on),
            stale,
        });
    }
    Ok(Rates {
        conv: Converter::new(base, all),
        used,
        warnings,
    })
}

/// Monthly and yearly sums of cost groups, full precision, per currency.
#[derive(Debug, Default, Clone)]
pub struct Costs {
    pub count: i64,
    pub monthly: Sums,
    pub yearly: Sums,
    pub counts: BTreeMap<Currency, i64>,
}

impl Costs {
    pub fn add(&mut self, g: &CostGroup) {
        let total = cents_to_decimal(g.total_cents);
        self.count += g.count;
        self.monthly.add(g.currency, g.cycle.monthly_cost(total));
        self.yearly.add(g.currency, g.cycle.yearly_cost(total));
        *self.counts.entry(g.currency).or_default() += g.count;
    }

    /// Active subscriptions whose currency converts to the base.
    pub fn converted_count(&self, conv: &Converter) -> i64 {
        self.counts
            .iter()
            .filter(|(c, _)| conv.to_base(**c, Decimal::ONE).is_some())
            .map(|(_, n)| n)
            .sum()
    }
}

/// Groups cost rows by their key ("Uncategorized" for none).
pub fn by_key(groups: &[CostGroup], none: &str) -> BTreeMap<String, Costs> {
    let mut out: BTreeMap<String, Costs> = BTreeMap::new();
    for g in groups {
        out.entry(g.key.clone().unwrap_or_else(|| none.to_string()))
            .or_default()
            .add(g);
    }
    out
}

/// Currencies that could not be converted, as codes.
pub fn codes(set: &BTreeSet<Currency>) -> Vec<String> {
    set.iter().map(|c| c.code().to_string()).collect()
}

/// A share of a total in percent, one decimal.
pub fn percent(part: Decimal, total: Decimal) -> Exact {
    if total.is_zero() {
        return Exact(Decimal::new(0, 1));
    }
    let mut p = (part * Decimal::ONE_HUNDRED / total)
        .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    p.rescale(1);
    Exact(p)
}

/// An exact decimal as an f64, for drawing bars only.
pub fn approx(d: Decimal) -> f64 {
    d.to_string().parse().unwrap_or(0.0)
}
