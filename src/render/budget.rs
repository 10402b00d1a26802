//! Budgets: each with what it covers now, as a bar and a percentage.

use rust_decimal::Decimal;
use serde::Serialize;

use super::chart::{approx, bar};
use super::json::Exact;
use super::table::{Fit, Grid, Text};
use super::text::safe;
use super::{Output, Style, View};
use crate::domain::budget::{Budget, Usage};

/// The budget object (`budget list`, `budget set`, the dashboard).
#[derive(Debug, Serialize)]
pub struct BudgetJson {
    /// null: the overall budget.
    pub category: Option<String>,
    pub amount: Exact,
    pub currency: String,
    /// The normalised monthly cost of the active subscriptions it covers
    /// (past any trial), in its currency; null when a rate is missing.
    pub used: Option<Exact>,
    pub percent: Option<Exact>,
    pub over: bool,
    /// This calendar month's payments (less refunds), in its currency.
    pub charged_this_month: Option<Exact>,
}

impl BudgetJson {
    pub fn new(b: &Budget, u: &Usage) -> BudgetJson {
        BudgetJson {
            category: b.category.clone(),
            amount: Exact(b.amount.amount()),
            currency: b.currency.code().to_string(),
            used: u.used.map(Exact),
            percent: u.percent(b).map(Exact),
            over: u.is_over(b),
            charged_this_month: u.charged.map(Exact),
        }
    }

    /// "all subscriptions  ████▌     62.50 / 150.00 EUR  42%  (charged 30.00 this month)"
    pub fn line(&self, out: &Output) -> String {
        let scope = self
            .category
            .as_deref()
            .map(|c| safe(c).chars().take(24).collect::<String>())
            .unwrap_or_else(|| "All subscriptions".into());
        let Some(used) = &self.used else {
            return format!(
                "  {scope:<24}  {} {} — no exchange rate for one of its currencies",
                self.amount.0, self.currency
            );
        };
        let style = if self.over { Style::Bad } else { Style::Good };
        let percent = self.percent.as_ref().map_or(Decimal::ZERO, |p| p.0);
        let charged = self
            .charged_this_month
            .as_ref()
            .map(|c| format!("  (charged {} this month)", c.0))
            .unwrap_or_default();
        format!(
            "  {scope:<24}  {}  {:>10} / {} {}  {}{charged}",
            out.paint(&bar(approx(used.0), approx(self.amount.0), 20), style),
            used.0,
            self.amount.0,
            self.currency,
            out.paint(&format!("{percent}%"), style),
        )
    }
}

/// `subs budget list`.
#[derive(Serialize)]
#[serde(transparent)]
pub struct BudgetList(pub Vec<BudgetJson>);
/// A table: what each budget covers a month against its amount, and this
/// month's charges; on a terminal wide enough, with a bar.
impl View for BudgetList {
    fn empty(&self) -> Option<String> {
        self.0
            .is_empty()
            .then(|| "No budgets. Set one with: subs budget set 150".into())
    }

    fn text(&self, out: &Output) -> String {
        let mut columns = vec![
            ("Budget", Fit::Name),
            ("Monthly cost", Fit::WholeRight),
            ("Amount", Fit::WholeRight),
            ("Used", Fit::WholeRight),
        ];
        if out.tty {
            columns.push(("", Fit::Optional));
        }
        columns.push(("Charged", Fit::WholeRight));
        let mut grid = Grid::new(out, &columns);
        for b in &self.0 {
            let style = Some(if b.over { Style::Bad } else { Style::Good });
            let scope = b
                .category
                .as_deref()
                .map(|c| safe(c).into_owned())
                .unwrap_or_else(|| "All subscriptions".into());
            let mut row: Vec<Text> = vec![
                scope.into(),
                b.used
                    .as_ref()
                    .map_or_else(
                        || "no exchange rate".to_string(),
                        |u| format!("{} {}", u.0, b.currency),
                    )
                    .into(),
                format!("{} {}", b.amount.0, b.currency).into(),
                Text::styled(
                    b.percent
                        .as_ref()
                        .map_or_else(|| "—".to_string(), |p| format!("{}%", p.0)),
                    style,
                ),
            ];
            if out.tty {
                let bar_text = b
                    .used
                    .as_ref()
                    .map_or_else(String::new, |u| bar(approx(u.0), approx(b.amount.0), 20));
                row.push(Text::styled(bar_text, style));
            }
            row.push(
                b.charged_this_month
                    .as_ref()
                    .map_or_else(String::new, |c| c.0.to_string())
                    .into(),
            );
            grid.row(row);
        }
        grid.render()
    }
}
