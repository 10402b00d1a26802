//! `subs dashboard`: the portfolio at a glance. Field names follow the
//! original API; totals are in the base currency, and currencies without
//! a rate are listed, never added 1:1.

use std::collections::BTreeMap;

use serde::Serialize;

use super::chart::{approx, bar};
use super::json::{Exact, RateJson, SubscriptionRecord};
use super::text::safe;
use super::{Output, Style, View};
use crate::domain::subscription::Status;

/// A subscription in its free trial: what it will cost, and from when.
#[derive(Debug, Serialize)]
pub struct TrialJson {
    pub subscription_id: String,
    pub name: String,
    pub trial_until: String,
    pub first_charge: String,
    pub amount: Exact,
    pub currency: String,
    pub billing_cycle: String,
}

/// A contract's last day to give notice, soon.
#[derive(Debug, Serialize)]
pub struct DeadlineJson {
    pub subscription_id: String,
    pub name: String,
    pub cancel_by: String,
    pub term_ends: String,
    pub days_until: i64,
}

#[derive(Debug, Serialize)]
pub struct CategoryCost {
    pub count: i64,
    /// Monthly, in the base currency.
    #[serde(rename = "monthly_cost")]
    pub cost: Exact,
}

#[derive(Debug, Serialize)]
pub struct CurrencyCost {
    pub count: i64,
    #[serde(rename = "monthly_cost")]
    pub monthly: Exact,
    #[serde(rename = "yearly_cost")]
    pub yearly: Exact,
}

#[derive(Debug, Serialize)]
pub struct Dashboard {
    pub total_subscriptions: i64,
    pub active_subscriptions: i64,
    pub monthly_cost: Exact,
    pub yearly_cost: Exact,
    pub upcoming_renewals: i64,
    pub categories: BTreeMap<String, CategoryCost>,
    pub recent_subscriptions: Vec<SubscriptionRecord>,
    /// Subscriptions in a free trial (not in the totals until it ends).
    pub trials: Vec<TrialJson>,
    /// Contracts whose last day to give notice falls in the next 30 days.
    pub cancel_by: Vec<DeadlineJson>,
    /// Each budget against the monthly cost it covers.
    pub budgets: Vec<super::budget::BudgetJson>,
    pub base_currency: String,
    pub by_currency: BTreeMap<String, CurrencyCost>,
    pub unconverted: Vec<String>,
    pub rates: Vec<RateJson>,
    pub warnings: Vec<String>,
    /// The window of `upcoming_renewals`, for the text.
    #[serde(skip)]
    pub days: i64,
    /// Totals count only my share of shared plans.
    pub mine: bool,
}

impl View for Dashboard {
    fn text(&self, out: &Output) -> String {
        let base = &self.base_currency;
        let mut lines = vec![
            format!(
                "{} active of {} subscriptions",
                out.paint(&self.active_subscriptions.to_string(), Style::Bold),
                self.total_subscriptions
            ),
            format!(
                "Monthly cost{}: {}   Yearly: {} {base}",
                if self.mine { " (my share)" } else { "" },
                out.paint(&format!("{} {base}", self.monthly_cost.0), Style::Bold),
                self.yearly_cost.0
            ),
            format!(
                "Renewing in the next {} days: {}",
                self.days, self.upcoming_renewals
            ),
        ];
        if self.total_subscriptions == 0 {
            lines.push(String::new());
            lines.push(
                "No subscriptions yet. Add one with: subs add Netflix --amount 15.99 --cycle monthly"
                    .into(),
            );
            lines.push("Or explore a sample portfolio with: subs demo".into());
            return lines.join("\n");
        }
        self.currencies(&mut lines, out);
        if !self.budgets.is_empty() {
            lines.push(String::new());
            lines.push(out.paint("Budgets (monthly)", Style::Bold));
            lines.extend(self.budgets.iter().map(|b| b.line(out)));
        }
        self.categories(&mut lines, out);
        self.plans(&mut lines, out);
        self.recent(&mut lines, out);
        if !self.rates.is_empty() {
            let used: Vec<String> = self
                .rates
                .iter()
                .map(|r| format!("1 {} = {} {} ({})", r.currency, r.rate.0, r.base, r.set_on))
                .collect();
            lines.push(String::new());
            lines.push(format!("Rates used: {}", used.join(", ")));
        }
        lines.join("\n")
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }
}

impl Dashboard {
    fn currencies(&self, lines: &mut Vec<String>, out: &Output) {
        let base = &self.base_currency;
        if self.by_currency.len() > 1 || self.by_currency.keys().any(|c| c != base) {
            lines.push(String::new());
            lines.push(out.paint("By currency", Style::Bold));
            for (c, v) in &self.by_currency {
                lines.push(format!(
                    "  {c}  {:>4} active  {:>12} a month  {:>12} a year",
                    v.count, v.monthly.0, v.yearly.0
                ));
            }
        }
        if !self.unconverted.is_empty() {
            lines.push(format!(
                "  not in the {base} totals (no rate): {}",
                self.unconverted.join(", ")
            ));
        }
    }

    fn categories(&self, lines: &mut Vec<String>, out: &Output) {
        if self.categories.is_empty() {
            return;
        }
        lines.push(String::new());
        lines.push(out.paint(
            &format!("Categories (monthly, {})", self.base_currency),
            Style::Bold,
        ));
        let max = self
            .categories
            .values()
            .map(|c| approx(c.cost.0))
            .fold(0.0, f64::max);
        let width = self
            .categories
            .keys()
            .map(|k| safe(k).chars().count())
            .max()
            .unwrap_or(0)
            .min(24);
        let mut rows: Vec<_> = self.categories.iter().collect();
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

    fn plans(&self, lines: &mut Vec<String>, out: &Output) {
        if !self.trials.is_empty() {
            lines.push(String::new());
            lines.push(out.paint("Trials (not in the totals yet)", Style::Bold));
            for t in &self.trials {
                lines.push(format!(
                    "  {:<24}  free until {}, then {} {} {} from {}",
                    safe(&t.name).chars().take(24).collect::<String>(),
                    t.trial_until,
                    t.amount.0,
                    t.currency,
                    t.billing_cycle,
                    t.first_charge
                ));
            }
        }
        if !self.cancel_by.is_empty() {
            lines.push(String::new());
            lines.push(out.paint("Cancel-by dates in the next 30 days", Style::Bold));
            for d in &self.cancel_by {
                lines.push(format!(
                    "  {:<24}  cancel by {} ({}), or it runs on past {}",
                    safe(&d.name).chars().take(24).collect::<String>(),
                    out.paint(&d.cancel_by, Style::Warn),
                    crate::domain::alert::days_until(d.days_until),
                    d.term_ends
                ));
            }
        }
    }

    fn recent(&self, lines: &mut Vec<String>, out: &Output) {
        if self.recent_subscriptions.is_empty() {
            return;
        }
        lines.push(String::new());
        lines.push(out.paint("Recently added", Style::Bold));
        for r in &self.recent_subscriptions {
            let s = &r.subscription;
            let next = if s.status == Status::Active {
                format!("next {}", s.next_billing_date)
            } else {
                s.status.to_string()
            };
            lines.push(format!(
                "  {:<24}  {:>10} {} {}  {next}",
                safe(&s.name).chars().take(24).collect::<String>(),
                s.amount.amount(),
                s.currency,
                s.cycle.label(),
            ));
        }
    }
}
