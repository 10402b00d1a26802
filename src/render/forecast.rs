//! `subs forecast`: a month per line with a bar, then the steady amount to
//! set aside each month.

use rust_decimal::Decimal;
use serde::Serialize;

use super::chart::{approx, bar};
use super::json::{Exact, RateJson};
use super::{Output, Style, View};
use crate::domain::rates::PerCurrency;

#[derive(Debug, Serialize)]
pub struct Forecast {
    pub from: String,
    pub until: String,
    pub base_currency: String,
    pub months: Vec<Month>,
    /// Every charge of the window, per currency.
    pub totals: PerCurrency,
    /// `totals` converted into the base currency (what converts).
    #[serde(serialize_with = "exact")]
    pub total: Decimal,
    pub set_aside: SetAside,
    /// The overall monthly budget in the base currency (null: none, or
    /// its currency has no rate).
    #[serde(serialize_with = "exact_opt")]
    pub budget: Option<Decimal>,
    pub unconverted: Vec<String>,
    pub rates: Vec<RateJson>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Month {
    /// `YYYY-MM`.
    pub month: String,
    /// How many charges fall in it.
    pub charges: usize,
    pub by_currency: PerCurrency,
    /// Converted into the base currency (what converts).
    #[serde(serialize_with = "exact")]
    pub total: Decimal,
    /// The month's charges are above the overall budget (null: no budget).
    pub over_budget: Option<bool>,
}

/// The yearly cost of the active subscriptions / 12: what to put aside
/// each month so the lumpy months are covered.
#[derive(Debug, Serialize)]
pub struct SetAside {
    pub by_currency: PerCurrency,
    #[serde(serialize_with = "exact")]
    pub total: Decimal,
}

fn exact<S: serde::Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    Exact(*d).serialize(s)
}

fn exact_opt<S: serde::Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    d.map(Exact).serialize(s)
}

fn amounts(sums: &PerCurrency) -> String {
    if sums.by_currency.is_empty() {
        return "—".into();
    }
    sums.by_currency
        .iter()
        .map(|(c, v)| format!("{v} {c}"))
        .collect::<Vec<_>>()
        .join(" + ")
}

impl View for Forecast {
    fn text(&self, out: &Output) -> String {
        // "≈ N in all" only when every currency converts.
        let several = self.unconverted.is_empty()
            && (self.totals.by_currency.len() > 1
                || self
                    .totals
                    .by_currency
                    .keys()
                    .any(|c| c.code() != self.base_currency));
        let max = self
            .months
            .iter()
            .map(|m| approx(m.total))
            .fold(0.0, f64::max);
        let mut lines = vec![out.paint(
            &format!("Charges from {} to {}", self.from, self.until),
            Style::Bold,
        )];
        for m in &self.months {
            let mut line = format!(
                "  {}  {}  {:>3}  {}",
                m.month,
                bar(approx(m.total), max, 20),
                m.charges,
                amounts(&m.by_currency)
            );
            if several && !m.by_currency.is_empty() {
                line.push_str(&format!("  (≈ {} {})", m.total, self.base_currency));
            }
            if m.over_budget == Some(true) {
                line.push_str(&format!("  {}", out.paint("over budget", Style::Bad)));
            }
            lines.push(line);
        }
        lines.push(format!("Total: {}", amounts(&self.totals)));
        let mut aside = format!(
            "Set aside per month: {}",
            amounts(&self.set_aside.by_currency)
        );
        if several {
            aside.push_str(&format!(
                " (≈ {} {})",
                self.set_aside.total, self.base_currency
            ));
        }
        lines.push(aside);
        if let Some(budget) = self.budget {
            let over = self
                .months
                .iter()
                .filter(|m| m.over_budget == Some(true))
                .count();
            lines.push(format!(
                "Budget: {budget} {} a month; {} over it",
                self.base_currency,
                match over {
                    0 => "no month".to_string(),
                    1 => "1 month".to_string(),
                    n => format!("{n} months"),
                }
            ));
        }
        lines.join("\n")
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }
}
