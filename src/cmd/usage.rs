//! `subs log-usage` and `subs usage`.

use chrono::NaiveDate;

use super::{Ctx, Door, as_typed, confirmed, nothing_deleted, parse_window};
use crate::domain::usage::{NewUsage, UsageLog, parse_duration, parse_value};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::text::{count, safe};
use crate::render::usage::{LogDeleted, Logged};
use crate::report;
use crate::store::usage::{self, Filter};
use crate::store::{Db, subscriptions};

/// What `subs log-usage` was given.
pub struct Log {
    pub subscription: String,
    pub count: i64,
    pub duration: Option<String>,
    pub value: Option<String>,
    pub date: Option<String>,
    pub notes: Option<String>,
}

/// A use's values, checked before the transaction starts.
pub struct Checked {
    day: NaiveDate,
    duration: Option<i64>,
    value: Option<i64>,
    notes: Option<String>,
}

/// Checks what was given; a refusal names a value as `door` spells it.
pub fn check(args: &Log, today: NaiveDate, door: Door) -> Result<Checked> {
    crate::domain::usage::check_count(args.count).map_err(|why| {
        Error::invalid(validate::invalid(
            &door.name("count"),
            &args.count.to_string(),
            &why,
        ))
    })?;
    let parsed = |field: &str, value: &Option<String>, parse: fn(&str) -> Parsed| {
        value
            .as_deref()
            .map(|v| {
                parse(v).map_err(|r| Error::invalid(validate::invalid(&door.name(field), v, &r)))
            })
            .transpose()
    };
    let duration = parsed("duration", &args.duration, parse_duration)?;
    let value = parsed("value", &args.value, parse_value)?;
    let day = door
        .date("date", args.date.as_deref(), today)?
        .unwrap_or(today);
    if day > today {
        return Err(Error::invalid(format!(
            "invalid {} {}: usage cannot be logged for a future day (today is {today})",
            door.name("date"),
            as_typed(args.date.as_deref(), day)
        )));
    }
    let notes = door.text("notes", args.notes.as_deref())?;
    Ok(Checked {
        day,
        duration,
        value,
        notes,
    })
}

type Parsed = std::result::Result<i64, String>;

/// The use logged for the subscription `args` names, as stored.
pub fn insert(db: &Db, args: &Log, checked: &Checked) -> Result<UsageLog> {
    let id = subscriptions::resolve(db, &args.subscription)?;
    let log_id = usage::insert(
        db,
        &NewUsage {
            subscription_id: &id,
            usage_date: checked.day,
            usage_count: args.count,
            usage_duration: checked.duration,
            usage_value: checked.value,
            notes: checked.notes.as_deref(),
        },
    )?;
    let logs = usage::list(
        db,
        &Filter {
            subscription_id: Some(&id),
            since: Some(checked.day),
            until: Some(checked.day),
        },
    )?;
    logs.into_iter()
        .find(|l| l.id == log_id)
        .ok_or_else(|| Error::runtime("the usage log vanished after it was written"))
}

pub fn log(ctx: &mut Ctx, args: Log) -> Result<()> {
    let checked = check(&args, ctx.today(), Door::Cli)?;
    let log = ctx.store.write(|db| insert(db, &args, &checked))?;
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
        let id = subscriptions::resolve_optional(db, subscription)?;
        report::usage::build(db, id.as_deref(), since, until, today)
    })?;
    ctx.out.show(&view)
}

/// Deletes a usage log; its subscription's usage summary follows.
pub fn delete_log(ctx: &mut Ctx, id: i64, yes: bool) -> Result<()> {
    let log = usage::find(ctx.store.db(), id)?;
    let what = format!(
        "{} of {} on {}",
        count(log.usage_count, "use", "uses"),
        safe(&log.subscription_name),
        log.usage_date
    );
    if !confirmed(yes, &format!("Delete usage log {id}: {what}?"))? {
        return nothing_deleted(ctx);
    }
    ctx.store.write(|db| {
        let log = usage::find(db, id)?;
        usage::delete(db, &log)
    })?;
    let message = format!("Deleted usage log {id} ({what})");
    ctx.out.show(&Done::new(
        LogDeleted {
            deleted: log.id,
            subscription_id: log.subscription_id.clone(),
            subscription_name: log.subscription_name.clone(),
        },
        message,
    ))
}
