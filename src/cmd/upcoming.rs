//! `subs upcoming`: every charge of active subscriptions in the window,
//! from the same schedule code as everything else, overdue ones first.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::Ctx;
use crate::cli::UpcomingArgs;
use crate::domain::schedule;
use crate::domain::subscription::Subscription;
use crate::error::{Error, Result};
use crate::render::Style;
use crate::render::json::{Totals, date};
use crate::render::subscription::relative_day;
use crate::render::text::safe;
use crate::store::subscriptions;

#[derive(Debug, Serialize)]
pub struct Charge {
    pub date: String,
    pub subscription_id: String,
    pub name: String,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub amount: Decimal,
    pub currency: String,
    pub overdue: bool,
}

/// Every charge of `sub` from its next billing date up to `until`, stopping
/// before its end date.
pub fn charges(sub: &Subscription, until: NaiveDate, today: NaiveDate) -> Vec<(NaiveDate, bool)> {
    let last = schedule::last_charge_day(sub.end_date, until);
    schedule::occurrences_between(sub.anchor, sub.cycle, sub.next_billing_date, last)
        .into_iter()
        .map(|d| (d, d < today))
        .collect()
}

pub fn run(ctx: &mut Ctx, args: &UpcomingArgs) -> Result<()> {
    let today = ctx.today;
    if !(1..=36_525).contains(&args.days) {
        return Err(Error::invalid(format!(
            "invalid --days \"{}\": must be between 1 and 36525 (100 years)",
            args.days
        )));
    }
    let until = today + Duration::days(args.days);
    let subs = subscriptions::active_billing_until(ctx.store.db(), until)?;

    let mut list: Vec<Charge> = Vec::new();
    let mut totals: BTreeMap<String, Decimal> = BTreeMap::new();
    for sub in &subs {
        for (day, overdue) in charges(sub, until, today) {
            *totals.entry(sub.currency.code().to_string()).or_default() += sub.amount.amount();
            list.push(Charge {
                date: date(day),
                subscription_id: sub.id.clone(),
                name: sub.name.clone(),
                amount: sub.amount.amount(),
                currency: sub.currency.code().to_string(),
                overdue,
            });
        }
    }
    // Overdue first, then by date; ISO dates sort as text.
    list.sort_by(|a, b| {
        b.overdue
            .cmp(&a.overdue)
            .then_with(|| a.date.cmp(&b.date))
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });

    if ctx.out.json {
        return ctx.out.json(&serde_json::json!({
            "from": date(today),
            "until": date(until),
            "charges": list,
            "totals": Totals(totals),
        }));
    }
    if list.is_empty() {
        return ctx
            .out
            .text(&format!("No charges in the next {} days.", args.days));
    }
    let mut lines = Vec::new();
    let mut current = String::new();
    for c in &list {
        if c.date != current {
            current = c.date.clone();
            let day = NaiveDate::parse_from_str(&c.date, "%Y-%m-%d").unwrap_or(today);
            let label = format!("{} ({})", c.date, relative_day(day, today, true));
            let label = if c.overdue {
                ctx.out.paint(&label, Style::Bad)
            } else {
                ctx.out.paint(&label, Style::Bold)
            };
            lines.push(label);
        }
        lines.push(format!(
            "  {:<32} {:>12} {}",
            safe(&c.name),
            c.amount,
            c.currency
        ));
    }
    let parts: Vec<String> = totals.iter().map(|(c, v)| format!("{v} {c}")).collect();
    lines.push(format!(
        "Total in the next {} days: {}",
        args.days,
        parts.join(" + ")
    ));
    ctx.out.text(&lines.join("\n"))
}
