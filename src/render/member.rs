//! Members, and `subs split`: who owes whom for a month's shared charges.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use super::json::Exact;
use super::text::safe;
use super::{Output, Style, View};

/// `member list`: "me" first, then each member with what it shares or pays.
#[derive(Debug, Serialize)]
pub struct MemberJson {
    pub name: String,
    pub subscriptions: Vec<String>,
}

pub struct MemberList(pub Vec<MemberJson>);

impl Serialize for MemberList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl View for MemberList {
    fn text(&self, _out: &Output) -> String {
        self.0
            .iter()
            .map(|m| {
                let what = if m.name == "me" {
                    "(you)".to_string()
                } else if m.subscriptions.is_empty() {
                    "shares nothing yet".to_string()
                } else {
                    m.subscriptions
                        .iter()
                        .map(|s| safe(s).into_owned())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                format!("{:<20}  {what}", safe(&m.name))
            })
            .collect::<Vec<_>>()
            .join("\n")
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

impl View for Split {
    fn text(&self, out: &Output) -> String {
        if self.charges.is_empty() {
            return format!(
                "No shared charges in {}. Share a plan with: subs edit NAME --shared-with alex,me",
                self.month
            );
        }
        let mut lines = vec![out.paint(&format!("Shared charges in {}", self.month), Style::Bold)];
        for c in &self.charges {
            let parts: Vec<String> = c
                .parts
                .iter()
                .map(|p| format!("{} {}", safe(&p.member), p.amount.0))
                .collect();
            lines.push(format!(
                "  {}  {:<20} {:>10} {}  paid by {}{}: {}",
                c.date,
                safe(&c.subscription_name)
                    .chars()
                    .take(20)
                    .collect::<String>(),
                c.amount.0,
                c.currency,
                safe(&c.paid_by),
                if c.source == "scheduled" {
                    " (scheduled)"
                } else {
                    ""
                },
                parts.join(", ")
            ));
        }
        lines.push(String::new());
        if self.debts.is_empty() {
            lines.push("Nobody owes anybody: each paid their own part.".into());
        } else {
            lines.push(out.paint("Who owes whom", Style::Bold));
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
