//! `subs sync [leave|resolve|status]`: the replica set of a person's
//! devices (`init` and `join` are `enrol.rs`). The steps and their
//! transactions are `sync::session`'s; here what happened is told.

use std::io::IsTerminal;

use serde::Serialize;

mod enrol;

pub use enrol::{Setup, setup};

use super::Ctx;
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::sync::{Synced, summary, synced};
use crate::render::text::safe;
use crate::sync::projection::Conflict;
use crate::sync::session;
use crate::sync::{self, Remote, device};

/// New conflicts are news a person must get, like an error: on stderr,
/// even with -q (cron mails them), never in a JSON document's place.
pub(super) fn tell_conflicts(ctx: &Ctx, new: &[Conflict]) {
    if ctx.out.json {
        return;
    }
    for c in new {
        crate::render::stderr_line(&format!("conflict: {}", safe(&c.message)));
    }
}

fn not_syncing() -> Error {
    Error::invalid(
        "this database does not sync yet: run `subs sync init REMOTE` on your first device, `subs sync join REMOTE` on the others",
    )
}

pub fn run(ctx: &mut Ctx, reminders: bool) -> Result<()> {
    let database = ctx.store.path().to_path_buf();
    let Some(url) = ctx.store.read(device::remote)? else {
        return Err(not_syncing());
    };
    sync::git_available()?;
    let remote = Remote {
        url: url.clone(),
        clone: sync::clone_dir(&database),
        timeout: sync::timeout()?,
        secret: enrol::secret(&database, false)?,
    };
    let now = ctx.clock.instant();
    let recent = (ctx.today() - chrono::Duration::days(7)).to_string();
    let round = session::round(&mut ctx.store, &remote, reminders, now, &recent)?;
    tell_conflicts(ctx, &round.new);
    let outcome = &round.outcome;
    // From cron (no terminal), a sync that changed nothing prints nothing,
    // so cron mails only news.
    let nothing =
        outcome.sent == 0 && outcome.received == sync::Changes::default() && round.new.is_empty();
    let message = if nothing && !std::io::stdout().is_terminal() {
        String::new()
    } else {
        let summary = summary(outcome.sent, &outcome.received);
        synced(&url, &summary, round.conflicts.len())
    };
    let view = Synced {
        remote: &url,
        sent: outcome.sent,
        received: &outcome.received,
        conflicts: &round.conflicts,
        reminders: round.sends,
        alerts: round.arrived.len(),
    };
    ctx.out.show(&Done::new(view, message))?;
    let mut channels: Vec<Box<dyn crate::notify::Channel + '_>> =
        vec![Box::new(crate::notify::Stdout::new(&ctx.out, false))];
    crate::notify::deliver(&mut channels, &round.arrived)
}

/// `sync leave`: this device stops syncing. Its data stays; the replica,
/// the clone and a remembered secret go, so a wrong secret or a remote
/// started over is left behind whole. Leaving twice is no error.
pub fn leave(ctx: &mut Ctx) -> Result<()> {
    #[derive(Serialize)]
    struct Left<'a> {
        left: Option<&'a str>,
    }
    let Some(url) = ctx.store.read(device::remote)? else {
        let none = Left { left: None };
        let message = "This database does not sync: nothing to leave.".into();
        return ctx.out.show(&Done::new(none, message));
    };
    let database = ctx.store.path().to_path_buf();
    session::leave(&mut ctx.store, &database)?;
    let shown = safe(&url);
    ctx.out.show(&Done::new(
        Left { left: Some(&url) },
        format!("This device no longer syncs with {shown}; its data stays here. `subs sync join {shown}` starts again."),
    ))
}

/// `sync resolve`: every listed conflict settled as subs settled it.
pub fn resolve(ctx: &mut Ctx) -> Result<()> {
    #[derive(Serialize)]
    struct Resolved {
        resolved: usize,
    }
    if ctx.store.read(device::remote)?.is_none() {
        return Err(not_syncing());
    }
    let resolved = session::resolve(&mut ctx.store, ctx.clock.instant())?;
    let message = match resolved {
        0 => "No conflicts to resolve.".to_string(),
        n => format!(
            "Resolved {}: the records left out are deleted; the next `subs sync` tells your other devices.",
            crate::render::text::count(n as i64, "conflict", "conflicts")
        ),
    };
    ctx.out.show(&Done::new(Resolved { resolved }, message))
}

/// `sync status`: where this device syncs and what waits.
pub fn status(ctx: &mut Ctx) -> Result<()> {
    let status = ctx.store.read(session::status)?;
    ctx.out.show(&status)
}
