//! Every charge of active subscriptions in a window, from the same schedule
//! code as everything else, with per-currency totals.

use chrono::{Duration, NaiveDate};

use crate::domain::rates::PerCurrency;
use crate::domain::schedule;
use crate::domain::subscription::Subscription;
use crate::error::Result;
use crate::render::json::date;
use crate::render::upcoming::{Charge, Deadline, Upcoming};
use crate::store::{Db, subscriptions};

/// Every charge of `sub` from its next billing date up to `until`, stopping
/// before its end date, with whether it is overdue.
fn charges(sub: &Subscription, until: NaiveDate, today: NaiveDate) -> Vec<(NaiveDate, bool)> {
    let last = schedule::last_charge_day(sub.end_date, until);
    schedule::occurrences_between(sub.anchor, sub.cycle, sub.next_billing_date, last)
        .into_iter()
        .map(|d| (d, d < today))
        .collect()
}

/// The charges of the `days` days from today: today and the `days - 1`
/// after it (`--days 1` is today alone).
pub fn build(db: &Db, today: NaiveDate, days: i64) -> Result<Upcoming> {
    let until = today + Duration::days(days - 1);
    let mut list = Vec::new();
    let mut totals = PerCurrency::default();
    for sub in subscriptions::active_billing_until(db, until)? {
        for (day, overdue) in charges(&sub, until, today) {
            totals.add(sub.currency, sub.amount.amount());
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
    let env = super::Envelope::load(db, today)?;
    let in_base = (totals.by_currency.len() > 1
        || totals.by_currency.keys().any(|c| *c != env.base()))
    .then(|| totals.in_base(&env.conv))
    .filter(|(_, missing)| missing.is_empty())
    .map(|(total, _)| (total, env.base()));
    Ok(Upcoming {
        from: date(today),
        until: date(until),
        charges: list,
        deadlines: deadlines(db, today, until)?,
        totals,
        in_base,
        days,
        today,
    })
}

/// Trials ending and contracts' cancel-by dates from today to `until`.
fn deadlines(db: &Db, today: NaiveDate, until: NaiveDate) -> Result<Vec<Deadline>> {
    let mut list = Vec::new();
    for s in subscriptions::with_plans(db)? {
        if let Some(t) = s.trial_until.filter(|t| (today..=until).contains(t)) {
            list.push(Deadline {
                date: date(t),
                kind: "trial_ends",
                subscription_id: s.id.clone(),
                subscription_name: s.name.clone(),
                then: date(s.next_billing_date),
            });
        }
        if let Some(term) = s.cancel_deadline(today).filter(|t| t.cancel_by <= until) {
            list.push(Deadline {
                date: date(term.cancel_by),
                kind: "cancel_by",
                subscription_id: s.id.clone(),
                subscription_name: s.name.clone(),
                then: date(term.ends),
            });
        }
    }
    list.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then_with(|| a.subscription_name.cmp(&b.subscription_name))
    });
    Ok(list)
}
