//! `subs schedule install|uninstall|status`: run `alerts generate` every
//! hour without thinking about it, and see whether it runs. The scheduler's
//! files and commands are `scheduler`'s; this reads the database and shows.

use super::Ctx;
use crate::error::Result;
use crate::render::Done;
use crate::render::schedule::Status;
use crate::scheduler::{self, Job};
pub use crate::scheduler::{Scheduler, heartbeat_late};
use crate::settings;
use crate::store::{notify, runs};

/// The environment variables the configured channels read their secrets
/// from, each once, in order.
fn channel_environment(ctx: &Ctx) -> Result<Vec<String>> {
    let channels = ctx.store.read(notify::list)?;
    let mut vars: Vec<String> = Vec::new();
    for var in channels.iter().filter_map(|c| c.secret_env()) {
        if !vars.iter().any(|v| v == var) {
            vars.push(var.to_string());
        }
    }
    Ok(vars)
}

/// Installs the hourly job; with `print` (and for cron without `write`)
/// only shows what it would install, writing and enabling nothing.
pub fn install(ctx: &mut Ctx, scheduler: Scheduler, write: bool, print: bool) -> Result<()> {
    let job = Job::for_database(ctx.store.path())?;
    let environment = channel_environment(ctx)?;
    let installed = scheduler::install(&job, scheduler, write, print, environment)?;
    ctx.out.show(&installed)
}

#[derive(serde::Serialize)]
struct Uninstalled {
    removed: Vec<String>,
}

pub fn uninstall(ctx: &mut Ctx) -> Result<()> {
    let removed = scheduler::uninstall(ctx.store.path())?;
    let text = if removed.is_empty() {
        "Nothing to remove: no schedule was installed.".to_string()
    } else {
        format!("Removed {}", removed.join(", "))
    };
    ctx.out.show(&Done::new(Uninstalled { removed }, text))
}

pub fn status(ctx: &mut Ctx) -> Result<()> {
    let (last, channels, failed, interval) = ctx.store.read(|db| {
        let interval: i64 = settings::get(db, "alert_interval")?
            .value
            .parse()
            .unwrap_or(3600);
        Ok((
            runs::last(db)?.filter(|r| !r.last_run_at.is_empty()),
            notify::list(db)?.len(),
            notify::log(db, true, 1000)?.len(),
            interval,
        ))
    })?;
    let installed = scheduler::installed()?;
    let late = heartbeat_late(
        last.as_ref().map(|r| r.last_run_at.as_str()),
        interval,
        ctx.clock.unix(),
    );
    ctx.out.show(&Status {
        last_run: last,
        installed,
        channels,
        failed_deliveries: failed,
        late,
    })
}
