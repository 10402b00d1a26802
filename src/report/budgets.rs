//! Budgets against what they cover: the normalised monthly cost of the
//! active subscriptions (past any trial) and this month's payments, each
//! converted into the budget's currency.

use chrono::{Datelike, NaiveDate};

use super::{Costs, by_key};
use crate::domain::budget::{Budget, Usage};
use crate::domain::rates::PerCurrency;
use crate::error::Result;
use crate::store::Db;
use crate::store::budgets;
use crate::store::reports::GroupBy;

/// Each budget with its usage on `today` (nothing more is read when there
/// is no budget).
pub fn usage(db: &Db, today: NaiveDate, mine: bool) -> Result<Vec<(Budget, Usage)>> {
    let list = budgets::list(db)?;
    if list.is_empty() {
        return Ok(Vec::new());
    }
    let conv = super::Envelope::load(db, today)?.conv;
    let mut all = Costs::default();
    for g in super::cost_groups(db, GroupBy::Currency, mine, today)? {
        all.add(&g);
    }
    let by_category = by_key(&super::cost_groups(db, GroupBy::Category, mine, today)?, "");
    let first = today.with_day(1).unwrap_or(today);
    let mut out = Vec::new();
    for b in list {
        let monthly = match &b.category {
            None => all.monthly.clone(),
            Some(name) => by_category
                .get(name)
                .map(|c| c.monthly.clone())
                .unwrap_or_default(),
        };
        let mut paid = PerCurrency::default();
        for (currency, amount) in budgets::paid_between(db, first, today, b.category_id)? {
            paid.add(currency, amount);
        }
        let round = |d: rust_decimal::Decimal| crate::domain::money::round_money(d);
        let usage = Usage {
            used: conv.sum_in(&monthly, b.currency).map(round),
            charged: conv.sum_in(&paid, b.currency).map(round),
        };
        out.push((b, usage));
    }
    Ok(out)
}
