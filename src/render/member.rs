//! Members, and `subs split`: who owes whom for a month's shared charges.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use super::json::Exact;
use super::table::{Fit, Grid};
use super::text::{safe, safe_list};
use super::{Output, Style, View};

/// `member list`: "me" first, then each member with what it shares or pays.
#[derive(Debug, Serialize)]
pub struct MemberJson {
    pub name: String,
    pub subscriptions: Vec<String>,
}

#[derive(Serialize)]
#[serde(transparent)]
pub struct MemberList(pub Vec<MemberJson>);
/// A table: each member ("me" first) with the plans it shares or pays.
impl View for MemberList {
    fn text(&self, out: &Output) -> String {
        let mut grid = Grid::new(
            out,
            &[("Member", Fit::Name), ("Subscriptions", Fit::Shrink)],
        );
        for m in &self.0 {
            grid.row(vec![
                safe(&m.name).into(),
                safe_list(&m.subscriptions).into(),
            ]);
        }
        grid.render()
    }
}

/// One member's part of a charge.
#[derive(Debug, Serialize)]
pub struct PartJson {
    pub member: String,
    pub amount: Exact,
}

/// A charge of a shared plan in the month.
#[derive(Debug, Serialize)]
pub struct ChargeJson {
    pub date: String,
    pub subscription_id: String,
    pub subscription_name: String,
    pub amount: Exact,
    pub currency: String,
    pub paid_by: String,
    /// `payment` (recorded) or `scheduled` (no payment recorded that month).
    pub source: &'static str,
    pub parts: Vec<PartJson>,
}

/// What one member owes another, netted over the month, per currency.
#[derive(Debug, Serialize)]
pub struct DebtJson {
    pub from: String,
    pub to: String,
    pub amount: Exact,
    pub currency: String,
}

#[derive(Debug, Serialize)]
pub struct Split {
    pub month: String,
    pub charges: Vec<ChargeJson>,
    pub debts: Vec<DebtJson>,
    /// What each member's parts come to, per currency (exact).
    pub totals: BTreeMap<String, BTreeMap<String, Exact>>,
}

impl Split {
    fn empty_message(&self) -> String {
        format!(
            "No shared charges in {}. Share a plan with: subs edit NAME --shared-with alex,me",
            self.month
        )
    }
}

/// A table of the month's shared charges, each with every member's part;
/// who owes whom follows it.
impl View for Split {
    fn empty(&self) -> Option<String> {
        self.charges.is_empty().then(|| self.empty_message())
    }

    fn text(&self, out: &Output) -> String {
        let mut grid = Grid::new(
            out,
            &[
                ("Date", Fit::Whole),
                ("Subscription", Fit::Name),
                ("Amount", Fit::WholeRight),
                ("Paid by", Fit::Whole),
                ("Source", Fit::Whole),
                ("Parts", Fit::Shrink),
            ],
        );
        for c in &self.charges {
            let parts: Vec<String> = c
                .parts
                .iter()
                .map(|p| format!("{} {}", safe(&p.member), p.amount.0))
                .collect();
            grid.row(vec![
                c.date.clone().into(),
                safe(&c.subscription_name).into(),
                format!("{} {}", c.amount.0, c.currency).into(),
                safe(&c.paid_by).into(),
                c.source.into(),
                parts.join(", ").into(),
            ]);
        }
        grid.render()
    }

    fn footer(&self, out: &Output) -> String {
        let mut lines = Vec::new();
        if self.debts.is_empty() {
            lines.push(format!(
                "Nobody owes anybody for {}: each paid their own part.",
                self.month
            ));
        } else {
            lines.push(out.paint(&format!("Who owes whom for {}", self.month), Style::Bold));
            let who = |name: &str| {
                if name == "me" {
                    "you".to_string()
                } else {
                    safe(name).into_owned()
                }
            };
            for d in &self.debts {
                let line = if d.from == "me" {
                    format!("You owe {}", who(&d.to))
                } else {
                    format!("{} owes {}", who(&d.from), who(&d.to))
                };
                lines.push(format!("  {line} {} {}", d.amount.0, d.currency));
            }
        }
        lines.join("\n")
    }
}

/// Cents as an exact amount with two decimals.
pub fn cents(c: i64) -> Exact {
    Exact(Decimal::new(c, 2))
}
