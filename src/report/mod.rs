//! Shared reporting: per-currency sums of costs, their conversion into the
//! base currency, and the envelope every converted report carries — the
//! rates it used, the currencies it could not convert (never added 1:1) and
//! warnings about both. `dashboard`, `analytics`, `upcoming`, `list` and
//! `insights` build on it; each report here reads inside the caller's one
//! read transaction and returns a view for `render`.

pub mod analytics;
pub mod budgets;
pub mod dashboard;
pub mod forecast;
pub mod reconcile;
pub mod split;
pub mod statement;
pub mod upcoming;
pub mod usage;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::currency::Currency;
use crate::domain::rates::{Converter, PerCurrency, STALE_AFTER_DAYS};
use crate::error::Result;
use crate::render::json::{Exact, RateJson, date};
use crate::settings;
use crate::store::reports::{self, CostGroup, GroupBy};
use crate::store::{Db, rates, subscriptions};

/// The conversion context of a report: the converter into the base
/// currency, the rates it applies, what could not be converted, warnings.
pub struct Envelope {
    pub conv: Converter,
    pub rates: Vec<RateJson>,
    pub warnings: Vec<String>,
    missing: BTreeSet<Currency>,
}

impl Envelope {
    /// The base currency's rates, warning about stale ones, ones set
    /// against another base and ones outside the sane range (none of
    /// which are used, so none can overflow a conversion). No warning
    /// advises setting the base currency's own rate (`rates set` refuses
    /// it).
    pub fn load(db: &Db, today: NaiveDate) -> Result<Envelope> {
        let base = settings::base_currency(db)?;
        let all = rates::list(db)?;
        let mut warnings = Vec::new();
        for r in all.iter().filter(|r| r.base != base) {
            warnings.push(if r.currency == base {
                // The base currency's own rate cannot be set: never advise it.
                format!(
                    "the rate for {base} was set against {}, but {base} is the base currency here and needs none; remove it with `subs rates remove {base}`, or make {} the base with `subs config set base_currency {}`",
                    r.base, r.base, r.base
                )
            } else {
                format!(
                    "the rate for {} was set against {}, not the base currency {base}; refresh rates with `subs rates update` or set it again with `subs rates set {} RATE`",
                    r.currency, r.base, r.currency
                )
            });
        }
        let conv = Converter::new(base, all.clone());
        for r in &conv.refused {
            warnings.push(format!(
                "{}, so it is not used; refresh rates with `subs rates update` or set it again with `subs rates set {} RATE`",
                crate::domain::rates::insane(r.currency, r.rate, r.base),
                r.currency
            ));
        }
        let mut used = Vec::new();
        for r in all
            .iter()
            .filter(|r| r.base == base && conv.rate(r.currency).is_some())
        {
            let stale = r.is_stale(today);
            if stale {
                warnings.push(format!(
                    "the {} rate was set on {} — more than {STALE_AFTER_DAYS} days ago; refresh it with `subs rates update` (or `subs rates set {} RATE`)",
                    r.currency, r.set_on, r.currency
                ));
            }
            used.push(RateJson {
                currency: r.currency.code().to_string(),
                rate: Exact(r.rate),
                base: r.base.code().to_string(),
                set_on: date(r.set_on),
                source: r.source,
                stale,
            });
        }
        Ok(Envelope {
            conv,
            rates: used,
            warnings,
            missing: BTreeSet::new(),
        })
    }

    pub fn base(&self) -> Currency {
        self.conv.base
    }

    /// The sums converted and rounded once; currencies without a rate are
    /// remembered as unconverted.
    pub fn in_base(&mut self, sums: &PerCurrency) -> Decimal {
        let (total, missing) = sums.in_base(&self.conv);
        self.missing.extend(missing);
        total
    }

    /// Like `in_base`, for a part of a total whose unconverted currencies
    /// the total already reported.
    pub fn part_in_base(&self, sums: &PerCurrency) -> Decimal {
        sums.in_base(&self.conv).0
    }

    /// The unconverted currencies as codes, and the warnings (one per
    /// unconverted currency saying it is left out of `what`).
    pub fn finish(mut self, what: &str) -> (Vec<String>, Vec<RateJson>, Vec<String>) {
        let base = self.conv.base;
        for c in &self.missing {
            self.warnings.push(format!(
                "{c} amounts are left out of the {base} {what}: no rate; set one with `subs rates set {c} RATE`"
            ));
        }
        let codes = self.missing.iter().map(|c| c.code().to_string()).collect();
        (codes, self.rates, self.warnings)
    }
}

/// Monthly and yearly cost of a set of active subscriptions, full
/// precision, per currency, with how many there are.
#[derive(Debug, Default, Clone)]
pub struct Costs {
    pub count: i64,
    pub monthly: PerCurrency,
    pub yearly: PerCurrency,
    pub counts: BTreeMap<Currency, i64>,
}

impl Costs {
    pub fn add(&mut self, g: &CostGroup) {
        self.count += g.count;
        self.monthly.add(g.currency, g.cycle.monthly_cost(g.total));
        self.yearly.add(g.currency, g.cycle.yearly_cost(g.total));
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

/// The cost groups of active subscriptions, counting only my share of
/// shared plans when `mine` (the others' part of each is taken out of its
/// group, exactly).
pub fn cost_groups(db: &Db, by: GroupBy, mine: bool, today: NaiveDate) -> Result<Vec<CostGroup>> {
    let mut groups = reports::cost_groups(db, by)?;
    if !mine {
        return Ok(groups);
    }
    for s in subscriptions::shared(db)? {
        if s.shares.is_empty() || !s.counts_in_totals(today) {
            continue;
        }
        let others = s.amount.amount() * (Decimal::ONE - s.my_fraction());
        let key = match by {
            GroupBy::Currency => None,
            GroupBy::Category => s.category.clone(),
            GroupBy::PaymentMethod => Some(s.payment_method.as_str().to_string()),
        };
        if let Some(g) = groups
            .iter_mut()
            .find(|g| g.key == key && g.currency == s.currency && g.cycle == s.cycle)
        {
            g.total -= others;
        }
    }
    Ok(groups)
}

/// Groups cost rows by their key (`none` for rows without one).
pub fn by_key(groups: &[CostGroup], none: &str) -> BTreeMap<String, Costs> {
    let mut out: BTreeMap<String, Costs> = BTreeMap::new();
    for g in groups {
        out.entry(g.key.clone().unwrap_or_else(|| none.to_string()))
            .or_default()
            .add(g);
    }
    out
}

/// A share of a total in percent, one decimal.
pub fn percent(part: Decimal, total: Decimal) -> Decimal {
    if total.is_zero() {
        return Decimal::new(0, 1);
    }
    let mut p = (part * Decimal::ONE_HUNDRED / total)
        .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    p.rescale(1);
    p
}
