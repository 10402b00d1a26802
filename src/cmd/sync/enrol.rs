//! `subs sync init` and `subs sync join`: this device enters a replica
//! set. The secret is asked for here (twice when it starts the set), the
//! remote is started over only once confirmed; the one transaction is
//! `sync::session::enrol`'s.

use std::io::IsTerminal;
use std::path::Path;

use serde::Serialize;

use super::tell_conflicts;
use crate::cmd::Ctx;
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::sync::{Setup as How, Synced, enrolled, summary};
use crate::render::text::safe;
use crate::sync::session::{self, Enrolled, Enrolment};
use crate::sync::{self, Failure, Remote, SyncError, device};

/// `sync init` or `sync join`.
pub struct Setup {
    pub remote: String,
    pub join: bool,
    pub reminders: bool,
    pub remember: bool,
    /// Replace what the remote holds with this device's data.
    pub force_new_remote: bool,
    /// Do not ask before replacing it.
    pub yes: bool,
}

/// The secret, from where the user keeps it, else typed at a terminal
/// (twice when it starts a set: `confirm`).
pub(super) fn secret(database: &Path, confirm: bool) -> Result<Vec<u8>> {
    if let Some(secret) = sync::secret::kept(database)? {
        return Ok(secret);
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::invalid(
            "no sync secret: set SUBS_SYNC_SECRET, or run this at a terminal to type it (add --remember to keep it)",
        ));
    }
    let ask = |prompt: &str| -> Result<String> {
        crate::render::stderr_text(prompt);
        let typed = crate::interrupt::EchoOff::read_line();
        crate::render::stderr_line("");
        Ok(typed?)
    };
    let first = ask("Sync secret: ")?;
    if first.is_empty() {
        return Err(Error::invalid("the sync secret cannot be empty"));
    }
    if confirm && ask("The same again: ")? != first {
        return Err(Error::invalid(
            "the two secrets differ; nothing was changed",
        ));
    }
    Ok(first.into_bytes())
}

/// Starting the remote over replaces what it holds: only once confirmed.
fn start_over_confirmed(s: &Setup, url: &str) -> Result<bool> {
    if s.yes {
        return Ok(true);
    }
    if !crate::cmd::interactive() {
        return Err(Error::invalid(
            "refusing to start the remote over without confirmation: pass --yes (not on a terminal, so subs cannot ask)",
        ));
    }
    crate::cmd::confirm(&format!(
        "Start {} over from this device's data? What it holds now is replaced; every other device must then run `subs sync leave` and `subs sync join {}`.",
        safe(url),
        safe(url)
    ))
}

/// `sync init` and `sync join`.
pub fn setup(ctx: &mut Ctx, s: Setup) -> Result<()> {
    sync::git_available()?;
    let timeout = sync::timeout()?;
    let database = ctx.store.path().to_path_buf();
    sync::git::check_remote(&s.remote).map_err(|e| Error::invalid(safe(&e)))?;
    let url = sync::normalise(&s.remote);
    let syncing = ctx.store.read(device::remote)?;
    session::check_setup(
        syncing.as_deref(),
        &url,
        s.join,
        s.force_new_remote,
        timeout,
    )?;
    if s.force_new_remote && !start_over_confirmed(&s, &url)? {
        #[derive(Serialize)]
        struct NotStarted {
            started_over: bool,
        }
        let not = NotStarted {
            started_over: false,
        };
        return ctx.out.show(&Done::new(not, "Nothing changed.".into()));
    }
    let secret = secret(&database, !s.join)?;
    let clone = sync::clone_dir(&database);
    if clone.exists() {
        // Left by an attempt that failed, or a replica this device leaves:
        // this device starts from the remote as it is.
        std::fs::remove_dir_all(&clone)?;
    }
    let remote = Remote {
        url: url.clone(),
        clone: clone.clone(),
        secret: secret.clone(),
        timeout,
    };
    let enrolment = Enrolment {
        join: s.join,
        force_new_remote: s.force_new_remote,
        reminders: s.reminders || !s.join,
        device: &uuid::Uuid::new_v4().hyphenated().to_string(),
        name: &device::host_name(),
    };
    let now = ctx.clock.instant();
    let done = sync::fetch(&remote, s.force_new_remote)
        .map_err(|e| e.sentence(&url, Some(s.join)))
        .and_then(|fetched| {
            if !s.join && !s.force_new_remote && fetched.head.is_some() {
                let raced = SyncError::Sync(Failure::Raced);
                return Err(raced.sentence(&url, Some(false)));
            }
            session::enrol(&mut ctx.store, &remote, &fetched, &enrolment, now)
        });
    let done = done.inspect_err(|_| {
        let _ = std::fs::remove_dir_all(&clone);
    })?;
    if s.remember {
        let file = sync::secret::remember(&database, &secret)?;
        ctx.out
            .debug(&format!("the sync secret is kept in {}", file.display()));
    }
    let how = match (s.join, s.force_new_remote) {
        (true, _) => How::Join,
        (false, true) => How::StartOver,
        (false, false) => How::Init,
    };
    tell(ctx, &url, how, &done, enrolment.reminders)
}

/// What a setup did: new conflicts on stderr, then its sentence.
fn tell(ctx: &Ctx, url: &str, how: How, done: &Enrolled, reminders: bool) -> Result<()> {
    tell_conflicts(ctx, &done.new);
    let outcome = &done.outcome;
    let summary = summary(outcome.sent, &outcome.received);
    let message = enrolled(url, how, &summary, reminders, done.adopted.as_ref());
    let view = Synced {
        remote: url,
        sent: outcome.sent,
        received: &outcome.received,
        conflicts: &done.conflicts,
        reminders,
        alerts: 0,
    };
    ctx.out.show(&Done::new(view, message))
}
