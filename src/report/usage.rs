//! Usage over a window: per subscription, uses, time, last use, and what
//! each use cost — by the one rule `insights` and the `usage_limit` alert
//! use too (`domain::usage_cost`).

use chrono::{Duration, NaiveDate};

use crate::domain::money::round_money;
use crate::domain::subscription::Subscription;
use crate::domain::usage::{UsageTotals, format_duration};
use crate::domain::usage_cost::CostPerUse;
use crate::error::{Error, Result};
use crate::render::json::{Exact, date};
use crate::render::usage::{UsageReport, UsageSummary, Window};
use crate::store::usage::{self, CostFacts, Filter};
use crate::store::{Db, subscriptions};

/// The window: `until` (default today) and `since` (default 29 days
/// before, a 30-day window), inclusive.
pub fn window(
    since: Option<NaiveDate>,
    until: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(NaiveDate, NaiveDate)> {
    let until = until.unwrap_or(today);
    let since = since.unwrap_or(until - Duration::days(29));
    if since > until {
        return Err(Error::invalid(format!(
            "invalid --since \"{since}\": it is after the window's end {until}"
        )));
    }
    Ok((since, until))
}

/// One subscription's cost per use over `since..=until`, by the one rule
/// (`domain::usage_cost`), from what `facts` holds about it.
pub fn cost(
    sub: &Subscription,
    facts: Option<&CostFacts>,
    since: NaiveDate,
    until: NaiveDate,
) -> CostPerUse {
    match facts {
        Some(f) => f.cost(sub, since, until),
        None => CostFacts::default().cost(sub, since, until),
    }
}

/// One subscription's usage in `since..=until`.
pub fn summary(
    sub: &Subscription,
    totals: Option<&UsageTotals>,
    cost: &CostPerUse,
    today: NaiveDate,
) -> UsageSummary {
    let count = totals.map_or(0, |t| t.total_count);
    let duration = totals.map_or(0, |t| t.total_duration);
    let last_used = totals.and_then(|t| t.last_used);
    UsageSummary {
        subscription_id: sub.id.clone(),
        name: sub.name.clone(),
        total_count: count,
        total_duration_seconds: duration,
        total_duration: format_duration(duration),
        last_used: last_used.map(date),
        days_since_last_use: last_used.map(|d| (today - d).num_days()),
        window_cost: Exact(round_money(cost.charged)),
        currency: sub.currency.code().to_string(),
        cost_per_use: cost.per_use.map(Exact),
        cost_since: date(cost.since),
        cost_days: cost.days,
    }
}

/// The last 30 days of one subscription, as `show` reports them.
pub fn last_30_days(db: &Db, sub: &Subscription, today: NaiveDate) -> Result<UsageSummary> {
    let (since, until) = window(None, None, today)?;
    let totals = usage::totals(
        db,
        &Filter {
            subscription_id: Some(&sub.id),
            since: Some(since),
            until: Some(until),
        },
    )?;
    let facts = usage::cost_facts(db, Some(&sub.id), since, until)?;
    let cost = cost(sub, facts.get(&sub.id), since, until);
    Ok(summary(sub, totals.first(), &cost, today))
}

/// Logs and summaries in the window, for one subscription or all.
pub fn build(
    db: &Db,
    subscription_id: Option<&str>,
    since: NaiveDate,
    until: NaiveDate,
    today: NaiveDate,
) -> Result<UsageReport> {
    let filter = Filter {
        subscription_id,
        since: Some(since),
        until: Some(until),
    };
    let logs = usage::list(db, &filter)?;
    let totals = usage::totals(db, &filter)?;
    let facts = usage::cost_facts(db, subscription_id, since, until)?;
    let mut summaries = Vec::new();
    for t in &totals {
        let sub = subscriptions::get(db, &t.subscription_id)?;
        let cost = cost(&sub, facts.get(&sub.id), since, until);
        summaries.push(summary(&sub, Some(t), &cost, today));
    }
    if let (Some(id), true) = (subscription_id, totals.is_empty()) {
        let sub = subscriptions::get(db, id)?;
        let cost = cost(&sub, facts.get(&sub.id), since, until);
        summaries.push(summary(&sub, None, &cost, today));
    }
    summaries.sort_by_key(|a| a.name.to_lowercase());
    Ok(UsageReport {
        window: Window {
            since: date(since),
            until: date(until),
            days: (until - since).num_days() + 1,
        },
        logs,
        summary: summaries,
        today,
        one: subscription_id.is_some(),
    })
}
