//! `subs dashboard`: the portfolio at a glance. Field names follow the
//! original API; totals are converted into the base currency where a rate is
//! known, and currencies without one are listed, never added 1:1.

use std::collections::BTreeMap;

use chrono::Duration;
use serde::Serialize;

use super::Ctx;
use super::report::{Costs, RateJson, approx, by_key, codes, load_rates};
use crate::cli::DashboardArgs;
use crate::domain::money::round_money;
use crate::error::{Error, Result};
use crate::render::Style;
use crate::render::chart::bar;
use crate::render::json::{Exact, SubscriptionJson};
use crate::render::text::safe;
use crate::store::reports::{self, GroupBy};
use crate::store::subscriptions;

#[derive(Debug, Serialize)]
pub struct CategoryCost {
    pub count: i64,
    /// Monthly, in the base currency.
    pub cost: Exact,
}

#[derive(Debug, Serialize)]
pub struct CurrencyCost {
    pub count: i64,
    pub monthly: Exact,
    pub yearly: Exact,
}

#[derive(Debug, Serialize)]
pub struct Dashboard<'a> {
    pub total_subscriptions: i64,
    pub active_subscriptions: i64,
    pub monthly_cost: Exact,
    pub yearly_cost: Exact,
    pub upcoming_renewals: i64,
    pub categories: BTreeMap<String, CategoryCost>,
    pub recent_subscriptions: Vec<SubscriptionJson<'a>>,
    pub base_currency: String,
    pub by_currency: BTreeMap<String, CurrencyCost>,
    pub unconverted: Vec<String>,
    pub rates: Vec<RateJson>,
    pub warnings: Vec<String>,
}

pub fn run(ctx: &mut Ctx, args: &DashboardArgs) -> Result<()> {
    if !(0..=3660).contains(&args.days) {
        return Err(Error::invalid(format!(
            "invalid --days \"{}\": must be between 0 and 3660",
            args.days
        )));
    }
    let conn = ctx.store.db();
    let today = ctx.today;
    let rates = load_rates(conn, today)?;
    let conv = &rates.conv;

    let (total, active) = reports::counts(conn)?;
    let upcoming = reports::billing_between(conn, today, today + Duration::days(args.days))?;
    let mut all = Costs::default();
    for g in reports::cost_groups(conn, GroupBy::Currency)? {
        all.add(&g);
    }
    let (monthly, mut missing) = all.monthly.in_base(conv);
    let (yearly, _) = all.yearly.in_base(conv);

    let mut categories = BTreeMap::new();
    for (name, costs) in by_key(
        &reports::cost_groups(conn, GroupBy::Category)?,
        "Uncategorized",
    ) {
        let (cost, m) = costs.monthly.in_base(conv);
        missing.extend(m);
        categories.insert(
            name,
            CategoryCost {
                count: costs.count,
                cost: Exact(cost),
            },
        );
    }
    let by_currency = all
        .counts
        .keys()
        .map(|&c| {
            let per = |sums: &crate::domain::rates::Sums| {
                Exact(round_money(
                    sums.by_currency.get(&c).copied().unwrap_or_default(),
                ))
            };
            (
                c.code().to_string(),
                CurrencyCost {
                    count: all.counts[&c],
                    monthly: per(&all.monthly),
                    yearly: per(&all.yearly),
                },
            )
        })
        .collect();
    let recent = subscriptions::newest(conn, 5)?;
    let mut warnings = rates.warnings;
    for c in &missing {
        warnings.push(format!(
            "{c} amounts are left out of the {} totals: no rate; set one with `subs rates set {c} RATE`",
            conv.base
        ));
    }

    let dashboard = Dashboard {
        total_subscriptions: total,
        active_subscriptions: active,
        monthly_cost: Exact(monthly),
        yearly_cost: Exact(yearly),
        upcoming_renewals: upcoming,
        categories,
        recent_subscriptions: recent
            .iter()
            .map(|s| SubscriptionJson::new(s, today))
            .collect(),
        base_currency: conv.base.code().to_string(),
        by_currency,
        unconverted: codes(&missing),
        rates: rates.used,
        warnings,
    };
    if ctx.out.json {
        return ctx.out.json(&dashboard);
    }
    for w in &dashboard.warnings {
        ctx.out.warn(w);
    }
    ctx.out.text(&text(ctx, &dashboard, args.days))
}

fn text(ctx: &Ctx, d: &Dashboard<'_>, days: i64) -> String {
    let out = &ctx.out;
    let base = &d.base_currency;
    let mut lines = vec![
        format!(
            "{} active of {} subscriptions",
            out.paint(&d.active_subscriptions.to_string(), Style::Bold),
            d.total_subscriptions
        ),
        format!(
            "Monthly cost: {}   Yearly: {} {base}",
            out.paint(&format!("{} {base}", d.monthly_cost.0), Style::Bold),
            d.yearly_cost.0
        ),
        format!("Renewing in the next {days} days: {}", d.upcoming_renewals),
    ];
    if d.total_subscriptions == 0 {
        lines.push(String::new());
        lines.push(
            "No subscriptions yet. Add one with: subs add Netflix --amount 15.99 --cycle monthly"
                .into(),
        );
        lines.push("Or explore a sample portfolio with: subs demo".into());
        return lines.join("\n");
    }
    if d.by_currency.len() > 1 || d.by_currency.keys().any(|c| c != base) {
        lines.push(String::new());
        lines.push(out.paint("By currency", Style::Bold));
        for (c, v) in &d.by_currency {
            lines.push(format!(
                "  {c}  {:>4} active  {:>12} a month  {:>12} a year",
                v.count, v.monthly.0, v.yearly.0
            ));
        }
    }
    if !d.unconverted.is_empty() {
        lines.push(format!(
            "  not in the {base} totals (no rate): {}",
            d.unconverted.join(", ")
        ));
    }
    if !d.categories.is_empty() {
        lines.push(String::new());
        lines.push(out.paint(&format!("Categories (monthly, {base})"), Style::Bold));
        let max = d
            .categories
            .values()
            .map(|c| approx(c.cost.0))
            .fold(0.0, f64::max);
        let width = d
            .categories
            .keys()
            .map(|k| safe(k).chars().count())
            .max()
            .unwrap_or(0)
            .min(24);
        let mut rows: Vec<_> = d.categories.iter().collect();
        rows.sort_by(|a, b| b.1.cost.0.cmp(&a.1.cost.0).then(a.0.cmp(b.0)));
        for (name, c) in rows {
            let name: String = safe(name).chars().take(24).collect();
            lines.push(format!(
                "  {name:<width$}  {}  {:>10}  ({})",
                out.paint(&bar(approx(c.cost.0), max, 24), Style::Good),
                c.cost.0,
                c.count
            ));
        }
    }
    if !d.recent_subscriptions.is_empty() {
        lines.push(String::new());
        lines.push(out.paint("Recently added", Style::Bold));
        for s in &d.recent_subscriptions {
            lines.push(format!(
                "  {:<24}  {:>10} {} {}  next {}",
                safe(s.name).chars().take(24).collect::<String>(),
                s.amount,
                s.currency,
                s.billing_cycle,
                s.next_billing_date
            ));
        }
    }
    if !d.rates.is_empty() {
        let used: Vec<String> = d
            .rates
            .iter()
            .map(|r| format!("1 {} = {} {} ({})", r.currency, r.rate.0, r.base, r.set_on))
            .collect();
        lines.push(String::new());
        lines.push(format!("Rates used: {}", used.join(", ")));
    }
    lines.join("\n")
}
