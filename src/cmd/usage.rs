//! `subs log-usage` and `subs usage`.

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::{Ctx, parse_date, parse_window};
use crate::cli::{LogUsageArgs, UsageArgs};
use crate::domain::money::round_money;
use crate::domain::subscription::{Subscription, TEXT_MAX};
use crate::domain::usage::{NewUsage, UsageTotals};
use crate::domain::usage::{format_duration, parse_duration, parse_value};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::render::json::{Exact, UsageJson, date};
use crate::render::text::safe;
use crate::store::subscriptions;
use crate::store::usage::{self, Filter};

pub fn log(ctx: &mut Ctx, args: &LogUsageArgs) -> Result<()> {
    let today = ctx.today;
    if args.count < 0 {
        return Err(Error::invalid(validate::invalid(
            "--count",
            &args.count.to_string(),
            "must be 0 or more",
        )));
    }
    let duration = args
        .duration
        .as_deref()
        .map(|d| {
            parse_duration(d).map_err(|r| Error::invalid(validate::invalid("--duration", d, &r)))
        })
        .transpose()?;
    let value = args
        .value
        .as_deref()
        .map(|v| parse_value(v).map_err(|r| Error::invalid(validate::invalid("--value", v, &r))))
        .transpose()?;
    let day = args
        .date
        .as_deref()
        .map(|d| parse_date("--date", d))
        .transpose()?
        .unwrap_or(today);
    if day > today {
        return Err(Error::invalid(format!(
            "invalid --date \"{day}\": usage cannot be logged for a future day (today is {today})"
        )));
    }
    let notes = args
        .notes
        .as_deref()
        .map(|n| validate::text("--notes", n, TEXT_MAX).map_err(Error::invalid))
        .transpose()?;

    let log = ctx.store.write(|tx| {
        let id = subscriptions::resolve(tx, &args.target.subscription)?;
        let log_id = usage::insert(
            tx,
            &NewUsage {
                subscription_id: &id,
                usage_date: day,
                usage_count: args.count,
                usage_duration: duration,
                usage_value: value,
                notes: notes.as_deref(),
            },
        )?;
        let logs = usage::list(
            tx,
            &Filter {
                subscription_id: Some(&id),
                since: Some(day),
                until: Some(day),
            },
        )?;
        logs.into_iter()
            .find(|l| l.id == log_id)
            .ok_or_else(|| Error::runtime("the usage log vanished after it was written"))
    })?;
    ctx.out.json(&UsageJson::from(&log))?;
    let mut what = format!("{} use(s)", log.usage_count);
    if let Some(d) = log.usage_duration {
        what.push_str(&format!(", {}", format_duration(d)));
    }
    ctx.out.info(&format!(
        "Logged {what} of {} on {}",
        safe(&log.subscription_name),
        log.usage_date
    ))
}

/// What `usage` reports per subscription for its window.
#[derive(Debug, Serialize)]
pub struct SummaryJson {
    pub subscription_id: String,
    pub name: String,
    pub total_count: i64,
    pub total_duration_seconds: i64,
    pub total_duration: String,
    pub last_used: Option<String>,
    pub days_since_last_use: Option<i64>,
    /// The subscription's cost over the window, prorated from its yearly cost.
    pub window_cost: Exact,
    pub currency: String,
    /// `window_cost / total_count`; null when it was not used in the window.
    pub cost_per_use: Option<Exact>,
}

/// The window: `--until` (default today) and `--since` (default 29 days
/// before, a 30-day window), inclusive.
pub fn window(
    since: &Option<String>,
    until: &Option<String>,
    today: NaiveDate,
) -> Result<(NaiveDate, NaiveDate)> {
    let (since, until) = parse_window(since, until)?;
    let until = until.unwrap_or(today);
    let since = since.unwrap_or(until - Duration::days(29));
    if since > until {
        return Err(Error::invalid(format!(
            "invalid --since \"{since}\": it is after the window's end {until}"
        )));
    }
    Ok((since, until))
}

pub fn summary(
    sub: &Subscription,
    totals: Option<&UsageTotals>,
    since: NaiveDate,
    until: NaiveDate,
    today: NaiveDate,
) -> SummaryJson {
    let days = (until - since).num_days() + 1;
    let window_cost = sub.cost_over_days(days);
    let count = totals.map_or(0, |t| t.total_count);
    let duration = totals.map_or(0, |t| t.total_duration);
    let last_used = totals.and_then(|t| t.last_used);
    SummaryJson {
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

pub fn report(ctx: &mut Ctx, args: &UsageArgs) -> Result<()> {
    let conn = ctx.store.db();
    let today = ctx.today;
    let (since, until) = window(&args.since, &args.until, today)?;
    let id = args
        .subscription
        .as_deref()
        .map(|r| subscriptions::resolve(conn, r))
        .transpose()?;
    let filter = Filter {
        subscription_id: id.as_deref(),
        since: Some(since),
        until: Some(until),
    };
    let logs = usage::list(conn, &filter)?;
    let totals = usage::totals(conn, &filter)?;
    let mut summaries = Vec::new();
    for t in &totals {
        let sub = subscriptions::get(conn, &t.subscription_id)?;
        summaries.push(summary(&sub, Some(t), since, until, today));
    }
    if let (Some(id), true) = (&id, totals.is_empty()) {
        let sub = subscriptions::get(conn, id)?;
        summaries.push(summary(&sub, None, since, until, today));
    }
    summaries.sort_by_key(|a| a.name.to_lowercase());

    if ctx.out.json {
        return ctx.out.json(&serde_json::json!({
            "window": { "since": date(since), "until": date(until), "days": (until - since).num_days() + 1 },
            "logs": logs.iter().map(UsageJson::from).collect::<Vec<_>>(),
            "summary": summaries,
        }));
    }
    if logs.is_empty() && summaries.is_empty() {
        return ctx
            .out
            .text(&format!("No usage logged between {since} and {until}."));
    }
    let mut table = ctx.out.table();
    table.set_header([
        "Date",
        "Subscription",
        "Count",
        "Duration",
        "Value",
        "Notes",
    ]);
    for l in &logs {
        table.add_row(vec![
            l.usage_date.to_string(),
            safe(&l.subscription_name).into_owned(),
            l.usage_count.to_string(),
            l.usage_duration.map(format_duration).unwrap_or_default(),
            l.usage_value
                .map(|v| crate::domain::money::cents_to_decimal(v).to_string())
                .unwrap_or_default(),
            l.notes
                .as_deref()
                .map(safe)
                .unwrap_or_default()
                .into_owned(),
        ]);
    }
    ctx.out.text(&table.to_string())?;
    let mut table = ctx.out.table();
    table.set_header([
        "Subscription",
        "Uses",
        "Time",
        "Last used",
        "Cost in window",
        "Cost per use",
    ]);
    for s in &summaries {
        table.add_row(vec![
            safe(&s.name).into_owned(),
            s.total_count.to_string(),
            s.total_duration.clone(),
            match (&s.last_used, s.days_since_last_use) {
                (Some(d), Some(n)) => format!(
                    "{d} ({})",
                    crate::render::subscription::relative_day(
                        today - Duration::days(n),
                        today,
                        false
                    )
                ),
                _ => "never".into(),
            },
            format!("{} {}", s.window_cost.0, s.currency),
            s.cost_per_use
                .map(|c| format!("{} {}", c.0, s.currency))
                .unwrap_or_else(|| "unused".into()),
        ]);
    }
    ctx.out
        .text(&format!("Usage from {since} to {until}:\n{table}"))
}
