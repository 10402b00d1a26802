//! `subs log-usage` and `subs usage`.

use super::{Ctx, as_typed, confirmed, nothing_deleted, parse_date, parse_window};
use crate::domain::subscription::TEXT_MAX;
use crate::domain::usage::{NewUsage, parse_duration, parse_value};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::text::{count, safe};
use crate::render::usage::{LogDeleted, Logged};
use crate::report;
use crate::store::subscriptions;
use crate::store::usage::{self, Filter};

/// What `subs log-usage` was given.
pub struct Log {
    pub subscription: String,
    pub count: i64,
    pub duration: Option<String>,
    pub value: Option<String>,
    pub date: Option<String>,
    pub notes: Option<String>,
}

pub fn log(ctx: &mut Ctx, args: Log) -> Result<()> {
    let today = ctx.today();
    crate::domain::usage::check_count(args.count).map_err(|why| {
        Error::invalid(validate::invalid("--count", &args.count.to_string(), &why))
    })?;
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
        .map(|d| parse_date("--date", d, today))
        .transpose()?
        .unwrap_or(today);
    if day > today {
        return Err(Error::invalid(format!(
            "invalid --date {}: usage cannot be logged for a future day (today is {today})",
            as_typed(args.date.as_deref(), day)
        )));
    }
    let notes = args
        .notes
        .as_deref()
        .map(|n| validate::text("--notes", n, TEXT_MAX).map_err(Error::invalid))
        .transpose()?;

    let log = ctx.store.write(|tx| {
        let id = subscriptions::resolve(tx, &args.subscription)?;
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
    ctx.out.show(&Logged(log))
}

/// `subs usage`: logs and per-subscription summaries in a window.
pub fn report(
    ctx: &mut Ctx,
    subscription: Option<&str>,
    since: &Option<String>,
    until: &Option<String>,
) -> Result<()> {
    let today = ctx.today();
    let typed_since = since.as_deref();
    let (since, until) = parse_window(since, until, today)?;
    // Without --until the window ends today: a later --since is refused
    // with what was typed.
    if let (Some(s), None) = (since, until)
        && s > today
    {
        return Err(Error::invalid(format!(
            "invalid --since {}: it is after the window's end, today ({today}); pass --until for a later end",
            as_typed(typed_since, s)
        )));
    }
    let (since, until) = report::usage::window(since, until, today)?;
    let view = ctx.store.read(|db| {
        let id = subscription
            .map(|r| subscriptions::resolve(db, r))
            .transpose()?;
        report::usage::build(db, id.as_deref(), since, until, today)
    })?;
    ctx.out.show(&view)
}

/// Deletes a usage log; its subscription's usage summary follows.
pub fn delete_log(ctx: &mut Ctx, id: i64, yes: bool) -> Result<()> {
    let log = usage::find(ctx.store.db(), id)?;
    if !confirmed(
        yes,
        &format!(
            "Delete usage log {id}: {} of {} on {}?",
            count(log.usage_count, "use", "uses"),
            safe(&log.subscription_name),
            log.usage_date
        ),
    )? {
        return nothing_deleted(ctx);
    }
    ctx.store.write(|db| {
        let log = usage::find(db, id)?;
        usage::delete(db, &log)
    })?;
    let message = format!(
        "Deleted usage log {id} ({} of {} on {})",
        count(log.usage_count, "use", "uses"),
        safe(&log.subscription_name),
        log.usage_date
    );
    ctx.out.show(&Done::new(
        LogDeleted {
            deleted: log.id,
            subscription_id: log.subscription_id.clone(),
            subscription_name: log.subscription_name.clone(),
        },
        message,
    ))
}
