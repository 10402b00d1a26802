//! `subs analytics`: trends and breakdowns over a window of months.

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::Ctx;
use super::report::{RateJson, approx, by_key, codes, load_rates, percent};
use crate::cli::AnalyticsArgs;
use crate::domain::money::{cents_to_decimal, round_money};
use crate::domain::rates::{Converter, Sums};
use crate::domain::schedule;
use crate::error::{Error, Result};
use crate::render::Style;
use crate::render::chart::bar;
use crate::render::json::Exact;
use crate::render::text::safe;
use crate::store::Db;
use crate::store::reports::{self, GroupBy};

#[derive(Debug, Serialize)]
pub struct PaidScheduled {
    pub paid: Exact,
    pub scheduled: Exact,
}

#[derive(Debug, Serialize)]
pub struct Trend {
    pub month: String,
    /// Paid less refunded, converted to the base currency.
    pub paid: Exact,
    /// What the schedule charges in the month, converted to the base currency.
    pub scheduled: Exact,
    pub by_currency: BTreeMap<String, PaidScheduled>,
}

#[derive(Debug, Serialize)]
pub struct MethodCost {
    pub count: i64,
    pub monthly_cost: Exact,
}

#[derive(Debug, Serialize)]
pub struct CategoryBreakdown {
    pub count: i64,
    pub monthly: Exact,
    pub yearly: Exact,
    /// Percent of the total monthly cost.
    pub share: Exact,
}

#[derive(Debug, Serialize)]
pub struct Growth {
    pub month: String,
    pub new_subscriptions: i64,
    /// Sum of the new subscriptions' amounts, converted to the base currency.
    pub total_value: Exact,
    pub by_currency: BTreeMap<String, Exact>,
}

#[derive(Debug, Serialize)]
pub struct AlertReads {
    pub total: i64,
    pub read: i64,
    pub read_percentage: Exact,
}

#[derive(Debug, Serialize)]
pub struct Analytics {
    pub base_currency: String,
    pub months: u32,
    pub from: String,
    pub until: String,
    pub cost_trends: Vec<Trend>,
    pub payment_methods: BTreeMap<String, MethodCost>,
    pub average_monthly_cost: Exact,
    pub categories: BTreeMap<String, CategoryBreakdown>,
    pub growth: Vec<Growth>,
    pub alert_effectiveness: BTreeMap<String, AlertReads>,
    pub unconverted: Vec<String>,
    pub rates: Vec<RateJson>,
    pub warnings: Vec<String>,
}

fn month_key(d: NaiveDate) -> String {
    d.format("%Y-%m").to_string()
}

/// The window: the first day of the month `months - 1` before today's, to
/// the last day of today's month.
fn window(today: NaiveDate, months: u32) -> Option<(NaiveDate, NaiveDate, Vec<String>)> {
    let this_month = today.with_day(1)?;
    let from = this_month.checked_sub_months(Months::new(months - 1))?;
    let until = this_month.checked_add_months(Months::new(1))?.pred_opt()?;
    let keys = (0..months)
        .filter_map(|i| from.checked_add_months(Months::new(i)))
        .map(month_key)
        .collect();
    Some((from, until, keys))
}

pub fn run(ctx: &mut Ctx, args: &AnalyticsArgs) -> Result<()> {
    if !(1..=120).contains(&args.months) {
        return Err(Error::invalid(format!(
            "invalid --months \"{}\": must be between 1 and 120",
            args.months
        )));
    }
    let months = args.months as u32;
    let conn = ctx.store.db();
    let today = ctx.today;
    let (from, until, keys) =
        window(today, months).ok_or_else(|| Error::invalid("the window runs past the calendar"))?;
    let rates = load_rates(conn, today)?;
    let conv = &rates.conv;
    let mut missing = std::collections::BTreeSet::new();

    // Trends: paid from payments (SQL sums), scheduled from the schedule.
    let mut paid: BTreeMap<String, Sums> = BTreeMap::new();
    for m in reports::paid_by_month(conn, from, until)? {
        paid.entry(m.month)
            .or_default()
            .add(m.currency, cents_to_decimal(m.total_cents));
    }
    let mut scheduled: BTreeMap<String, Sums> = BTreeMap::new();
    reports::for_each_schedule(conn, |row| {
        let first = row.start.max(from);
        let last = schedule::last_charge_day(row.end, until);
        if first > last {
            return;
        }
        let amount = cents_to_decimal(row.amount_cents);
        for day in schedule::occurrences_between(row.anchor, row.cycle, first, last) {
            scheduled
                .entry(month_key(day))
                .or_default()
                .add(row.currency, amount);
        }
    })?;
    let mut cost_trends = Vec::new();
    for key in &keys {
        let p = paid.remove(key).unwrap_or_default();
        let s = scheduled.remove(key).unwrap_or_default();
        let (p_base, m1) = p.in_base(conv);
        let (s_base, m2) = s.in_base(conv);
        missing.extend(m1);
        missing.extend(m2);
        let mut by_currency = BTreeMap::new();
        for c in p.by_currency.keys().chain(s.by_currency.keys()) {
            by_currency.insert(
                c.code().to_string(),
                PaidScheduled {
                    paid: Exact(round_money(
                        p.by_currency.get(c).copied().unwrap_or_default(),
                    )),
                    scheduled: Exact(round_money(
                        s.by_currency.get(c).copied().unwrap_or_default(),
                    )),
                },
            );
        }
        cost_trends.push(Trend {
            month: key.clone(),
            paid: Exact(p_base),
            scheduled: Exact(s_base),
            by_currency,
        });
    }

    // Breakdowns of active subscriptions.
    let category_groups = reports::cost_groups(conn, GroupBy::Category)?;
    let mut all = super::report::Costs::default();
    for g in &category_groups {
        all.add(g);
    }
    let (total_monthly, m) = all.monthly.in_base(conv);
    missing.extend(m);
    let converted = all.converted_count(conv);
    let average = if converted > 0 {
        round_money(total_monthly / Decimal::from(converted))
    } else {
        round_money(Decimal::ZERO)
    };
    let mut categories = BTreeMap::new();
    for (name, costs) in by_key(&category_groups, "Uncategorized") {
        let (monthly, _) = costs.monthly.in_base(conv);
        let (yearly, _) = costs.yearly.in_base(conv);
        categories.insert(
            name,
            CategoryBreakdown {
                count: costs.count,
                monthly: Exact(monthly),
                yearly: Exact(yearly),
                share: percent(monthly, total_monthly),
            },
        );
    }
    let mut payment_methods = BTreeMap::new();
    for (method, costs) in by_key(
        &reports::cost_groups(conn, GroupBy::PaymentMethod)?,
        "other",
    ) {
        let (monthly, _) = costs.monthly.in_base(conv);
        payment_methods.insert(
            method,
            MethodCost {
                count: costs.count,
                monthly_cost: Exact(monthly),
            },
        );
    }

    let growth = growth(conn, conv, from, until, &keys, &mut missing)?;
    let alert_effectiveness = reports::alert_reads(conn)?
        .into_iter()
        .map(|(kind, total, read)| {
            let pct = percent(Decimal::from(read), Decimal::from(total));
            (
                kind,
                AlertReads {
                    total,
                    read,
                    read_percentage: pct,
                },
            )
        })
        .collect();

    let mut warnings = rates.warnings;
    for c in &missing {
        warnings.push(format!(
            "{c} amounts are left out of the {} figures: no rate; set one with `subs rates set {c} RATE`",
            conv.base
        ));
    }
    let report = Analytics {
        base_currency: conv.base.code().to_string(),
        months,
        from: from.to_string(),
        until: until.to_string(),
        cost_trends,
        payment_methods,
        average_monthly_cost: Exact(average),
        categories,
        growth,
        alert_effectiveness,
        unconverted: codes(&missing),
        rates: rates.used,
        warnings,
    };
    if ctx.out.json {
        return ctx.out.json(&report);
    }
    for w in &report.warnings {
        ctx.out.warn(w);
    }
    ctx.out.text(&text(ctx, &report))
}

fn growth(
    conn: &Db,
    conv: &Converter,
    from: NaiveDate,
    until: NaiveDate,
    keys: &[String],
    missing: &mut std::collections::BTreeSet<crate::domain::currency::Currency>,
) -> Result<Vec<Growth>> {
    let mut per_month: BTreeMap<String, (i64, Sums)> = BTreeMap::new();
    for m in reports::created_by_month(conn, from, until)? {
        let entry = per_month.entry(m.month).or_default();
        entry.0 += m.count;
        entry.1.add(m.currency, cents_to_decimal(m.total_cents));
    }
    Ok(keys
        .iter()
        .map(|key| {
            let (count, sums) = per_month.remove(key).unwrap_or_default();
            let (value, m) = sums.in_base(conv);
            missing.extend(m);
            Growth {
                month: key.clone(),
                new_subscriptions: count,
                total_value: Exact(value),
                by_currency: sums
                    .by_currency
                    .iter()
                    .map(|(c, v)| (c.code().to_string(), Exact(round_money(*v))))
                    .collect(),
            }
        })
        .collect())
}

fn text(ctx: &Ctx, a: &Analytics) -> String {
    let out = &ctx.out;
    let base = &a.base_currency;
    let mut lines = vec![out.paint(
        &format!("Cost per month, {} to {} ({base})", a.from, a.until),
        Style::Bold,
    )];
    let max = a
        .cost_trends
        .iter()
        .flat_map(|t| [approx(t.paid.0), approx(t.scheduled.0)])
        .fold(0.0, f64::max);
    for t in &a.cost_trends {
        lines.push(format!(
            "  {}  paid      {} {:>10}",
            t.month,
            out.paint(&bar(approx(t.paid.0), max, 30), Style::Good),
            t.paid.0
        ));
        lines.push(format!(
            "           scheduled {} {:>10}",
            out.paint(&bar(approx(t.scheduled.0), max, 30), Style::Dim),
            t.scheduled.0
        ));
    }
    lines.push(format!(
        "Average monthly cost per active subscription: {} {base}",
        a.average_monthly_cost.0
    ));

    let mut section = |title: String, rows: Vec<(String, Decimal, String)>| {
        if rows.is_empty() {
            return;
        }
        lines.push(String::new());
        lines.push(out.paint(&title, Style::Bold));
        let max = rows.iter().map(|r| approx(r.1)).fold(0.0, f64::max);
        let width = rows
            .iter()
            .map(|r| r.0.chars().count())
            .max()
            .unwrap_or(0)
            .min(24);
        for (label, value, extra) in rows {
            let label: String = label.chars().take(24).collect();
            lines.push(format!(
                "  {label:<width$}  {} {:>10}  {extra}",
                out.paint(&bar(approx(value), max, 24), Style::Good),
                value
            ));
        }
    };
    let mut cats: Vec<_> = a.categories.iter().collect();
    cats.sort_by(|x, y| y.1.monthly.0.cmp(&x.1.monthly.0).then(x.0.cmp(y.0)));
    section(
        format!("Categories (monthly, {base})"),
        cats.into_iter()
            .map(|(k, c)| {
                (
                    safe(k).into_owned(),
                    c.monthly.0,
                    format!("{}%  ({})", c.share.0, c.count),
                )
            })
            .collect(),
    );
    section(
        format!("Payment methods (monthly, {base})"),
        a.payment_methods
            .iter()
            .map(|(k, m)| (k.clone(), m.monthly_cost.0, format!("({})", m.count)))
            .collect(),
    );
    section(
        format!("New subscriptions per month (value, {base})"),
        a.growth
            .iter()
            .map(|g| {
                (
                    g.month.clone(),
                    g.total_value.0,
                    format!("({} new)", g.new_subscriptions),
                )
            })
            .collect(),
    );
    if !a.alert_effectiveness.is_empty() {
        lines.push(String::new());
        lines.push(out.paint("Alerts read", Style::Bold));
        for (kind, r) in &a.alert_effectiveness {
            let pct: f64 = approx(r.read_percentage.0);
            lines.push(format!(
                "  {kind:<22} {} {:>5}%  ({} of {})",
                bar(pct, 100.0, 20),
                r.read_percentage.0,
                r.read,
                r.total
            ));
        }
    }
    lines.join("\n")
}
