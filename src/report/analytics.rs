//! The numbers behind `subs analytics`: what was paid and what the
//! schedule charged per month, breakdowns of active subscriptions by
//! category and payment method, growth, and how often alerts are read.

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;

use super::{Costs, Envelope, by_key, percent};
use crate::domain::money::round_money;
use crate::domain::rates::{History, PerCurrency};
use crate::domain::schedule;
use crate::error::{Error, Result};
use crate::render::analytics::{
    AlertReads, Analytics, CategoryBreakdown, Growth, MethodCost, PaidScheduled, Trend,
};
use crate::render::json::Exact;
use crate::store::Db;
use crate::store::reports::{self, GroupBy};

fn month_key(d: NaiveDate) -> String {
    d.format("%Y-%m").to_string()
}

/// The months of a report: from the first day of the month `months - 1`
/// before today's to the last day of today's month.
struct Window {
    from: NaiveDate,
    until: NaiveDate,
    keys: Vec<String>,
}

impl Window {
    fn new(today: NaiveDate, months: u32) -> Option<Window> {
        let this_month = today.with_day(1)?;
        let from = this_month.checked_sub_months(Months::new(months.checked_sub(1)?))?;
        let until = this_month.checked_add_months(Months::new(1))?.pred_opt()?;
        let keys = (0..months)
            .filter_map(|i| from.checked_add_months(Months::new(i)))
            .map(month_key)
            .collect();
        Some(Window { from, until, keys })
    }
}

/// Analytics over the `months` months ending with today's.
pub fn build(db: &Db, today: NaiveDate, months: u32, mine: bool) -> Result<Analytics> {
    let window = Window::new(today, months)
        .ok_or_else(|| Error::invalid("the window runs past the calendar"))?;
    let mut env = Envelope::load(db, today)?;
    let history = History::new(crate::store::rates::history_until(db, window.until)?);
    let paid_converted_at = if history.is_empty() {
        "current_rate"
    } else {
        "payment_date"
    };
    let cost_trends = trends(db, &window, &mut env, &history)?;
    let category_groups = super::cost_groups(db, GroupBy::Category, mine, today)?;
    let mut all = Costs::default();
    for g in &category_groups {
        all.add(g);
    }
    let total_monthly = env.in_base(&all.monthly);
    let converted = all.converted_count(&env.conv);
    let average = if converted > 0 {
        round_money(total_monthly / Decimal::from(converted))
    } else {
        round_money(Decimal::ZERO)
    };
    let mut categories = BTreeMap::new();
    for (name, costs) in by_key(&category_groups, "Uncategorized") {
        let monthly = env.part_in_base(&costs.monthly);
        let breakdown = CategoryBreakdown {
            count: costs.count,
            monthly: Exact(monthly),
            yearly: Exact(env.part_in_base(&costs.yearly)),
            share: Exact(percent(monthly, total_monthly)),
        };
        categories.insert(name, breakdown);
    }
    let mut payment_methods = BTreeMap::new();
    for (method, costs) in by_key(
        &super::cost_groups(db, GroupBy::PaymentMethod, mine, today)?,
        "other",
    ) {
        let cost = MethodCost {
            count: costs.count,
            monthly_cost: Exact(env.part_in_base(&costs.monthly)),
        };
        payment_methods.insert(method, cost);
    }
    let growth = growth(db, &window, &mut env)?;
    let alert_effectiveness = alert_reads(db)?;
    let base_currency = env.base().code().to_string();
    let (unconverted, rates, warnings) = env.finish("figures");
    Ok(Analytics {
        base_currency,
        months,
        from: window.from.to_string(),
        until: window.until.to_string(),
        cost_trends,
        payment_methods,
        average_monthly_cost: Exact(average),
        categories,
        growth,
        alert_effectiveness,
        paid_converted_at,
        unconverted,
        rates,
        warnings,
    })
}

/// Per month: paid (payments, less refunds; SQL sums) and scheduled (what
/// the schedule charges, streamed subscription by subscription).
fn trends(db: &Db, w: &Window, env: &mut Envelope, history: &History) -> Result<Vec<Trend>> {
    let mut paid: BTreeMap<String, PerCurrency> = BTreeMap::new();
    // With the ECB's history kept, each payment converts at the rate of its
    // date; what the history does not cover converts at today's rate.
    let mut paid_at_date: BTreeMap<String, Decimal> = BTreeMap::new();
    let mut paid_today: BTreeMap<String, PerCurrency> = BTreeMap::new();
    if history.is_empty() {
        for m in reports::paid_by_month(db, w.from, w.until)? {
            paid.entry(m.month.clone())
                .or_default()
                .add(m.currency, m.total);
            paid_today
                .entry(m.month)
                .or_default()
                .add(m.currency, m.total);
        }
    } else {
        let base = env.base();
        for d in reports::paid_by_day(db, w.from, w.until)? {
            let month = d.month.get(..7).unwrap_or_default().to_string();
            paid.entry(month.clone())
                .or_default()
                .add(d.currency, d.total);
            let day = NaiveDate::parse_from_str(&d.month, "%Y-%m-%d").ok();
            match day.and_then(|day| history.to_base(base, d.currency, d.total, day)) {
                Some(v) => *paid_at_date.entry(month).or_default() += v,
                None => paid_today
                    .entry(month)
                    .or_default()
                    .add(d.currency, d.total),
            }
        }
    }
    let mut scheduled: BTreeMap<String, PerCurrency> = BTreeMap::new();
    reports::for_each_schedule(db, |row| {
        let first = row.start.max(w.from);
        let last = schedule::last_charge_day(row.end, w.until);
        if first > last {
            return;
        }
        for day in schedule::occurrences_between(row.anchor, row.cycle, first, last) {
            scheduled
                .entry(month_key(day))
                .or_default()
                .add(row.currency, row.amount.amount());
        }
    })?;
    let mut out = Vec::new();
    for key in &w.keys {
        let p = paid.remove(key).unwrap_or_default();
        let at_date = paid_at_date.remove(key).unwrap_or_default();
        let today_part = paid_today.remove(key).unwrap_or_default();
        let s = scheduled.remove(key).unwrap_or_default();
        let mut by_currency = BTreeMap::new();
        for c in p.by_currency.keys().chain(s.by_currency.keys()) {
            let both = PaidScheduled {
                paid: Exact(round_money(p.get(*c))),
                scheduled: Exact(round_money(s.get(*c))),
            };
            by_currency.insert(c.code().to_string(), both);
        }
        out.push(Trend {
            month: key.clone(),
            paid: Exact(round_money(at_date + env.in_base(&today_part))),
            scheduled: Exact(env.in_base(&s)),
            by_currency,
        });
    }
    Ok(out)
}

/// New subscriptions per month of creation, with their monthly cost (a
/// 210 EUR six-monthly plan adds 35, like every other total).
fn growth(db: &Db, w: &Window, env: &mut Envelope) -> Result<Vec<Growth>> {
    let mut per_month: BTreeMap<String, (i64, PerCurrency)> = BTreeMap::new();
    for g in reports::created_by_month(db, w.from, w.until)? {
        let entry = per_month.entry(g.key.unwrap_or_default()).or_default();
        entry.0 += g.count;
        entry.1.add(g.currency, g.cycle.monthly_cost(g.total));
    }
    Ok(w.keys
        .iter()
        .map(|key| {
            let (count, sums) = per_month.remove(key).unwrap_or_default();
            Growth {
                month: key.clone(),
                new_subscriptions: count,
                total_value: Exact(env.in_base(&sums)),
                by_currency: sums
                    .by_currency
                    .iter()
                    .map(|(c, v)| (c.code().to_string(), Exact(round_money(*v))))
                    .collect(),
            }
        })
        .collect())
}

/// Per alert type: how many were raised and how many read.
fn alert_reads(db: &Db) -> Result<BTreeMap<String, AlertReads>> {
    Ok(reports::alert_reads(db)?
        .into_iter()
        .map(|(kind, total, read)| {
            let pct = percent(Decimal::from(read), Decimal::from(total));
            let reads = AlertReads {
                total,
                read,
                read_percentage: Exact(pct),
            };
            (kind, reads)
        })
        .collect())
}
