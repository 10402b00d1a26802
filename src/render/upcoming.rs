//! `subs upcoming`: charges grouped by day, overdue ones first.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::text::{count, relative_day, safe};
use super::{Output, Style, View};
use crate::domain::currency::Currency;
use crate::domain::money::round_money;
use crate::domain::rates::PerCurrency;

#[derive(Debug, Serialize)]
pub struct Charge {
    pub date: String,
    pub subscription_id: String,
    #[serde(rename = "subscription_name")]
    pub name: String,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub amount: Decimal,
    pub currency: String,
    #[serde(rename = "is_overdue")]
    pub overdue: bool,
}

/// A date to act by: a contract's last day to give notice
/// (`cancel_by`), or a free trial's last day (`trial_ends`).
#[derive(Debug, Serialize)]
pub struct Deadline {
    pub date: String,
    pub kind: &'static str,
    pub subscription_id: String,
    pub subscription_name: String,
    /// For `cancel_by`: the end of the term the notice reaches; for
    /// `trial_ends`: the first charge.
    pub then: String,
}

#[derive(Debug, Serialize)]
pub struct Upcoming {
    pub from: String,
    pub until: String,
    pub charges: Vec<Charge>,
    pub deadlines: Vec<Deadline>,
    pub totals: PerCurrency,
    /// The total converted into the base currency, when the charges are in
    /// several currencies (or another one) and every one has a rate.
    #[serde(skip)]
    pub in_base: Option<(Decimal, Currency)>,
    #[serde(skip)]
    pub days: i64,
    #[serde(skip)]
    pub today: NaiveDate,
}

impl Upcoming {
    /// "1 day", "30 days".
    fn days_text(&self) -> String {
        count(self.days, "day", "days")
    }
}

impl View for Upcoming {
    fn text(&self, out: &Output) -> String {
        let mut lines = Vec::new();
        if !self.deadlines.is_empty() {
            lines.push(out.paint("Deadlines", Style::Bold));
            for d in &self.deadlines {
                let day = NaiveDate::parse_from_str(&d.date, "%Y-%m-%d").unwrap_or(self.today);
                let what = match d.kind {
                    "cancel_by" => format!("last day to cancel (else it runs past {})", d.then),
                    _ => format!("trial ends (first charge {})", d.then),
                };
                let when = format!("{} ({})", d.date, relative_day(day, self.today, true));
                lines.push(format!(
                    "  {when:<26} {}: {what}",
                    safe(&d.subscription_name)
                ));
            }
        }
        if self.charges.is_empty() {
            lines.push(format!("No charges in the next {}.", self.days_text()));
            return lines.join("\n");
        }
        if !lines.is_empty() {
            lines.push(String::new());
        }
        let mut current = "";
        for c in &self.charges {
            if c.date != current {
                current = &c.date;
                let day = NaiveDate::parse_from_str(&c.date, "%Y-%m-%d").unwrap_or(self.today);
                let label = format!("{} ({})", c.date, relative_day(day, self.today, true));
                let style = if c.overdue { Style::Bad } else { Style::Bold };
                lines.push(out.paint(&label, style));
            }
            lines.push(format!(
                "  {:<32} {:>12} {}",
                safe(&c.name),
                c.amount,
                c.currency
            ));
        }
        let parts: Vec<String> = self
            .totals
            .by_currency
            .iter()
            .map(|(c, v)| format!("{v} {c}"))
            .collect();
        lines.push(format!(
            "Total in the next {}: {}",
            self.days_text(),
            parts.join(" + ")
        ));
        if let Some((total, base)) = self.in_base {
            lines.push(format!("≈ {} {base} in all", round_money(total)));
        }
        lines.join("\n")
    }
}
