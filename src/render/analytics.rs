//! `subs analytics`: trends and breakdowns over a window of months, in the
//! base currency, with bar charts.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use super::chart::{approx, bar};
use super::json::{Exact, RateJson};
use super::text::safe;
use super::{Output, Style, View};

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
    #[serde(rename = "monthly_cost")]
    pub monthly: Exact,
    #[serde(rename = "yearly_cost")]
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
    /// How paid amounts were converted: `payment_date` (the ECB rate of
    /// each payment's date, from `rates update --history`) or
    /// `current_rate`.
    pub paid_converted_at: &'static str,
    pub unconverted: Vec<String>,
    pub rates: Vec<RateJson>,
    pub warnings: Vec<String>,
}

/// Each month's paid and scheduled cost, as two bars on one scale.
fn trend_lines(out: &Output, a: &Analytics) -> Vec<String> {
    let max = a
        .cost_trends
        .iter()
        .flat_map(|t| [approx(t.paid.0), approx(t.scheduled.0)])
        .fold(0.0, f64::max);
    let mut lines = Vec::new();
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
    lines
}

/// A titled block of labelled bars (nothing when there are no rows).
fn bar_section(out: &Output, title: &str, rows: Vec<(String, Decimal, String)>) -> Vec<String> {
    if rows.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![String::new(), out.paint(title, Style::Bold)];
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
    lines
}

impl View for Analytics {
    fn text(&self, out: &Output) -> String {
        let a = self;
        let base = &a.base_currency;
        let mut lines = vec![out.paint(
            &format!("Cost per month, {} to {} ({base})", a.from, a.until),
            Style::Bold,
        )];
        lines.extend(trend_lines(out, a));
        lines.push(format!(
            "Average monthly cost per active subscription: {} {base}",
            a.average_monthly_cost.0
        ));

        let mut section = |title: String, rows: Vec<(String, Decimal, String)>| {
            lines.extend(bar_section(out, &title, rows));
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
        if a.paid_converted_at == "payment_date" {
            lines.push(
                "Paid amounts in other currencies are converted at the ECB rate of each payment's date."
                    .into(),
            );
        }
        lines.join("\n")
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }
}
