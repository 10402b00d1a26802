//! `subs alerts generate|list|read|dismiss|cleanup`.

use chrono::Duration;

use super::Ctx;
use crate::alerts::generate;
use crate::domain::alert::AlertType;
use crate::error::{Error, Result};
use crate::notify;
use crate::render::Done;
use crate::render::alerts::{AlertList, Removed, Updated};
use crate::render::json::date;
use crate::render::renewal::Generated;
use crate::render::text::count;
use crate::settings;
use crate::store::alerts::{self, Filter, Mark, Target};
use crate::store::undo::OnDemand;
use crate::store::{subscriptions, told};

/// Processes renewals and raises every alert that is due, in one
/// transaction (rolled back for a dry run); then hands the new alerts to
/// the notification channels (`notify::run`). Prints nothing when nothing
/// is new.
pub fn generate(ctx: &mut Ctx, dry_run: bool, strict: bool) -> Result<()> {
    let today = ctx.today();
    let limit = settings::usage_cost_limit(ctx.store.db())?;
    // Of devices that sync, one sends reminders; the others record the
    // same alerts (sync makes them one) and tell no one.
    let sends = crate::sync::sends_reminders(ctx.store.db())?;
    if !sends {
        ctx.out
            .debug("another device sends reminders (`subs sync status`): none are sent from here");
    }
    let how = notify::Run {
        out: &ctx.out,
        clock: ctx.clock,
        timeout: notify::timeout(ctx.store.db())?,
        sends,
        dry_run,
    };
    let raise = |db: &crate::store::Db, journal: &mut OnDemand<'_>| {
        let budgets = |db: &crate::store::Db| {
            crate::report::budgets::usage(db, today, settings::totals_mine(db, None)?)
        };
        let outcome = generate::run_on_demand(db, journal, today, limit, &budgets)?;
        // An alert raised again after its run was undone is stored (it is
        // still true) but told no one a second time.
        let ids: Vec<i64> = outcome.new_alerts.iter().map(|a| a.id).collect();
        let told = told::told_among(db, &ids)?;
        let fresh: Vec<_> = (outcome.new_alerts.into_iter())
            .filter(|a| !told.contains(&a.id))
            .collect();
        let fresh_ids: Vec<i64> = fresh.iter().map(|a| a.id).collect();
        journal.unjournalled(db, |db| told::record(db, &fresh_ids))?;
        let generated = Generated {
            dry_run,
            renewals: outcome.renewals,
            alerts: fresh,
        };
        how.out.show(&generated)?;
        Ok((generated.alerts, outcome.raised))
    };
    // For `schedule status` and the heartbeat: this run happened.
    let record = |db: &crate::store::Db, new_alerts: &usize, failed: usize| {
        crate::store::runs::record(db, *new_alerts, failed)
    };
    let (_, summary) = notify::run(&mut ctx.store, &how, raise, record)?;
    if dry_run {
        return Ok(());
    }
    let failed = summary.failed.len();
    if let Some(line) = summary.warning() {
        // A delivery that waits is not a failure: --strict fails on failures.
        if strict && failed > 0 {
            return Err(Error::runtime(line));
        }
        ctx.out.warn(&line);
    }
    Ok(())
}

/// Alerts, newest first: unread and undismissed ones, or `all`.
pub fn list(
    ctx: &mut Ctx,
    all: bool,
    alert_type: Option<AlertType>,
    subscription: Option<&str>,
) -> Result<()> {
    let alerts = ctx.store.read(|db| {
        let id = subscription
            .map(|r| subscriptions::resolve(db, r))
            .transpose()?;
        let filter = Filter {
            all,
            alert_type,
            subscription_id: id.as_deref(),
        };
        alerts::list(db, &filter)
    })?;
    ctx.out.show(&AlertList { alerts, all })
}

/// Which alerts `read` and `dismiss` act on.
pub enum Which {
    Ids(Vec<i64>),
    /// Every alert, or those of a type and/or a subscription.
    Matching {
        alert_type: Option<AlertType>,
        subscription: Option<String>,
    },
}

/// Marks alerts read or dismissed, all in one transaction: an unknown id
/// changes nothing.
pub fn mark(ctx: &mut Ctx, which: Which, what: Mark) -> Result<()> {
    let changed = ctx.store.write(|db| match &which {
        Which::Ids(ids) => alerts::mark(db, Target::Ids(ids), what),
        Which::Matching {
            alert_type,
            subscription,
        } => {
            let id = subscription
                .as_deref()
                .map(|r| subscriptions::resolve(db, r))
                .transpose()?;
            let target = Target::Matching {
                alert_type: *alert_type,
                subscription_id: id.as_deref(),
            };
            alerts::mark(db, target, what)
        }
    })?;
    let verb = match what {
        Mark::Read => "read",
        Mark::Dismissed => "dismissed",
    };
    ctx.out.show(&Done::new(
        Updated { updated: changed },
        format!("Marked {} {verb}", count(changed as i64, "alert", "alerts")),
    ))
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

/// Deletes dismissed alerts raised more than `older_than` ago.
pub fn cleanup(ctx: &mut Ctx, older_than: &str) -> Result<()> {
    let days = parse_age(older_than)?;
    let before = ctx.today() - Duration::days(days);
    let removed = ctx.store.write(|db| alerts::cleanup(db, before))?;
    ctx.out.show(&Done::new(
        Removed {
            removed,
            before: date(before),
        },
        format!(
            "Removed {} raised before {before}",
            count(removed as i64, "dismissed alert", "dismissed alerts")
        ),
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
