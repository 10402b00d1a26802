//! Usage over a window: per subscription, uses, time, last use, and what
//! each use cost (the subscription's cost over the window, prorated).

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use crate::domain::money::round_money;
use crate::domain::subscription::Subscription;
use crate::domain::usage::{UsageTotals, format_duration};
use crate::error::{Error, Result};
use crate::render::json::{Exact, date};
use crate::render::usage::{UsageReport, UsageSummary, Window};
use crate::store::usage::{self, Filter};
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

/// One subscription's usage in `since..=until`.
pub fn summary(
    sub: &Subscription,
    totals: Option<&UsageTotals>,
    since: NaiveDate,
    until: NaiveDate,
    today: NaiveDate,
) -> UsageSummary {
    let days = (until - since).num_days() + 1;
    let window_cost = sub.cost_over_days(days);
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
        window_cost: Exact(round_money(window_cost)),
        currency: sub.currency.code().to_string(),
        cost_per_use: (count > 0).then(|| Exact(round_money(window_cost / Decimal::from(count)))),
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
    Ok(summary(sub, totals.first(), since, until, today))
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
    let mut summaries = Vec::new();
    for t in &totals {
        let sub = subscriptions::get(db, &t.subscription_id)?;
        summaries.push(summary(&sub, Some(t), since, until, today));
    }
    if let (Some(id), true) = (subscription_id, totals.is_empty()) {
        let sub = subscriptions::get(db, id)?;
        summaries.push(summary(&sub, None, since, until, today));
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
