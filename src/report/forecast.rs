//! `subs forecast`: every scheduled charge of the months ahead, from the
//! same schedule code as `upcoming`, with per-currency totals, their
//! conversion, and the steady "set aside per month" that covers the lumpy
//! months (yearly charges and the like).

use chrono::{Datelike, Months, NaiveDate};

use super::{Costs, Envelope};
use crate::domain::rates::PerCurrency;
use crate::domain::schedule;
use crate::error::Result;
use crate::render::forecast::{Forecast, Month, SetAside};
use crate::render::json::date;
use crate::store::reports::{self as sql, GroupBy};
use crate::store::{Db, subscriptions};

/// The first day of `day`'s month.
pub fn month_start(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// `months` months from the month of `from` (not before this month). The
/// first month of the forecast holds what is due now too (overdue
/// charges), so its total is what `upcoming` lists up to the same day.
pub fn build(db: &Db, today: NaiveDate, from: NaiveDate, months: u32) -> Result<Forecast> {
    let this_month = month_start(today);
    let first = month_start(from).max(this_month);
    let starts: Vec<NaiveDate> = (0..months)
        .filter_map(|i| first.checked_add_months(Months::new(i)))
        .collect();
    let until = first
        .checked_add_months(Months::new(months))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first);
    let mut sums: Vec<(PerCurrency, usize)> = vec![(PerCurrency::default(), 0); starts.len()];
    for sub in subscriptions::active_billing_until(db, until)? {
        let lower = if first == this_month {
            sub.next_billing_date
        } else {
            sub.next_billing_date.max(first)
        };
        let last = schedule::last_charge_day(sub.end_date, until);
        for day in schedule::occurrences_between(sub.anchor, sub.cycle, lower, last) {
            // A charge that is due already (overdue) belongs to now.
            let bucket = month_start(day.max(first));
            if let Some(i) = starts.iter().position(|s| *s == bucket) {
                sums[i].0.add(sub.currency, sub.amount.amount());
                sums[i].1 += 1;
            }
        }
    }
    let mut env = Envelope::load(db, today)?;
    let mut totals = PerCurrency::default();
    let mut month_list = Vec::new();
    for (start, (sum, charges)) in starts.iter().zip(sums) {
        for (c, v) in &sum.by_currency {
            totals.add(*c, *v);
        }
        let converted = env.in_base(&sum);
        month_list.push(Month {
            month: start.format("%Y-%m").to_string(),
            charges,
            by_currency: sum.rounded(),
            total: converted,
            over_budget: None,
        });
    }
    let mut costs = Costs::default();
    for group in sql::cost_groups(db, GroupBy::Currency)? {
        costs.add(&group);
    }
    let set_aside = SetAside {
        by_currency: costs.monthly.rounded(),
        total: env.in_base(&costs.monthly),
    };
    let total = env.in_base(&totals);
    // The overall budget, in the base currency: each month against it.
    let budget = crate::store::budgets::list(db)?
        .into_iter()
        .find(|b| b.category_id.is_none())
        .and_then(|b| env.conv.to_base(b.currency, b.amount.amount()))
        .map(crate::domain::money::round_money);
    if let Some(b) = budget {
        for m in &mut month_list {
            m.over_budget = Some(m.total > b);
        }
    }
    let base_currency = env.base().code().to_string();
    let (unconverted, rates, warnings) = env.finish("forecast");
    Ok(Forecast {
        from: date(first),
        until: date(until),
        base_currency,
        months: month_list,
        totals: totals.rounded(),
        total,
        set_aside,
        budget,
        unconverted,
        rates,
        warnings,
    })
}
