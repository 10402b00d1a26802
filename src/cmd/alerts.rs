//! `subs alerts generate|list|read|dismiss|cleanup`.

use chrono::Duration;

use super::Ctx;
use super::renew::ReportJson;
use crate::alerts::generate;
use crate::cli::{AlertTargetArgs, AlertsCommand, AlertsListArgs, CleanupArgs, GenerateArgs};
use crate::error::{Error, Result};
use crate::render::json::AlertJson;
use crate::render::text::safe;
use crate::settings;
use crate::store::alerts::{self, Filter, Mark, Target};
use crate::store::subscriptions;

pub fn run(ctx: &mut Ctx, command: AlertsCommand) -> Result<()> {
    match command {
        AlertsCommand::Generate(args) => generate(ctx, &args),
        AlertsCommand::List(args) => list(ctx, &args),
        AlertsCommand::Read(args) => mark(ctx, &args, Mark::Read),
        AlertsCommand::Dismiss(args) => mark(ctx, &args, Mark::Dismissed),
        AlertsCommand::Cleanup(args) => cleanup(ctx, &args),
    }
}

/// Prints one line per new alert of a subscription with notifications on,
/// and nothing at all when nothing is new: cron mails whatever a job
/// prints, so the output is the email.
fn generate(ctx: &mut Ctx, args: &GenerateArgs) -> Result<()> {
    let today = ctx.today;
    let limit = settings::usage_cost_limit(ctx.store.db())?;
    let outcome = if args.dry_run {
        ctx.store.simulate(|tx| generate::run(tx, today, limit))?
    } else {
        ctx.store.write(|tx| generate::run(tx, today, limit))?
    };
    if ctx.out.json {
        return ctx.out.json(&serde_json::json!({
            "dry_run": args.dry_run,
            "renewals": ReportJson::new(&outcome.renewals, args.dry_run),
            "alerts": outcome.new_alerts.iter().map(AlertJson::from).collect::<Vec<_>>(),
        }));
    }
    if ctx.out.quiet {
        return Ok(());
    }
    let prefix = if args.dry_run { "would raise: " } else { "" };
    let lines: Vec<String> = outcome
        .new_alerts
        .iter()
        .filter(|a| a.email_notifications)
        .map(|a| {
            format!(
                "{prefix}[{}] {}: {}",
                a.alert_type,
                safe(&a.title),
                safe(&a.message)
            )
        })
        .collect();
    if lines.is_empty() {
        return Ok(());
    }
    ctx.out.text(&lines.join("\n"))
}

fn list(ctx: &mut Ctx, args: &AlertsListArgs) -> Result<()> {
    let conn = ctx.store.db();
    let id = args
        .subscription
        .as_deref()
        .map(|r| subscriptions::resolve(conn, r))
        .transpose()?;
    let rows = alerts::list(
        conn,
        &Filter {
            all: args.all,
            alert_type: args.alert_type,
            subscription_id: id.as_deref(),
        },
    )?;
    if ctx.out.json {
        return ctx
            .out
            .json(&rows.iter().map(AlertJson::from).collect::<Vec<_>>());
    }
    if rows.is_empty() {
        return ctx.out.text(if args.all {
            "No alerts."
        } else {
            "No unread alerts."
        });
    }
    let mut table = ctx.out.table();
    table.set_header(["ID", "Date", "Type", "Alert", "State"]);
    for a in &rows {
        let state = match (a.is_read, a.is_dismissed) {
            (_, true) => "dismissed",
            (true, false) => "read",
            (false, false) => "new",
        };
        table.add_row(vec![
            a.id.to_string(),
            a.alert_date.clone(),
            a.alert_type.to_string(),
            format!("{}\n{}", safe(&a.title), safe(&a.message)),
            state.to_string(),
        ]);
    }
    ctx.out.text(&table.to_string())
}

fn mark(ctx: &mut Ctx, args: &AlertTargetArgs, what: Mark) -> Result<()> {
    let target = match (args.id, args.all) {
        (Some(id), false) => Target::One(id),
        (None, true) => Target::All,
        _ => return Err(Error::invalid("give an alert id or --all, not both")),
    };
    let changed = ctx.store.write(|tx| alerts::mark(tx, target, what))?;
    let verb = match what {
        Mark::Read => "read",
        Mark::Dismissed => "dismissed",
    };
    ctx.out.json(&serde_json::json!({ "updated": changed }))?;
    ctx.out.info(&format!("Marked {changed} alert(s) {verb}"))
}

/// Parses an age such as `30d`, `2w` or `90` (days).
fn parse_age(value: &str) -> Result<i64> {
    let v = value.trim();
    let (number, unit) = match v.char_indices().last() {
        Some((i, 'd')) => (&v[..i], 1),
        Some((i, 'w')) => (&v[..i], 7),
        _ => (v, 1),
    };
    match number.parse::<i64>() {
        Ok(n) if (0..=36_500).contains(&n) => Ok(n * unit),
        _ => Err(Error::invalid(format!(
            "invalid --older-than \"{}\": use a number of days or weeks, e.g. 30d or 2w",
            value.escape_debug()
        ))),
    }
}

fn cleanup(ctx: &mut Ctx, args: &CleanupArgs) -> Result<()> {
    let days = parse_age(&args.older_than)?;
    let before = ctx.today - Duration::days(days);
    let removed = ctx.store.write(|tx| alerts::cleanup(tx, before))?;
    ctx.out.json(
        &serde_json::json!({ "removed": removed, "before": crate::render::json::date(before) }),
    )?;
    ctx.out.info(&format!(
        "Removed {removed} dismissed alert(s) raised before {before}"
    ))
}

#[cfg(test)]
mod tests {
    use super::parse_age;

    #[test]
    fn ages_in_days_and_weeks() {
        assert_eq!(parse_age("30d").unwrap(), 30);
        assert_eq!(parse_age("2w").unwrap(), 14);
        assert_eq!(parse_age("7").unwrap(), 7);
        assert!(parse_age("-1d").is_err());
        assert!(parse_age("x").is_err());
        assert!(parse_age("3m").is_err());
        assert!(parse_age("é").is_err());
    }
}
