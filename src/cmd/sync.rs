//! `subs sync [init|join|status]`: the replica set of a person's devices.
//!
//! The encryption secret comes from `SUBS_SYNC_SECRET`, a file the user
//! asked for with `--remember` (mode 0600, in their configuration folder,
//! never beside the data), or a prompt on a terminal. It is never written
//! to the database, an export, a log or the remote.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::Ctx;
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::sync::SyncStatus;
use crate::render::text::{count, safe};
use crate::store::sync as meta;
use crate::sync::projection::Conflict;
use crate::sync::{self, Failure, Outcome, Remote, SyncError};

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

fn git_available() -> Result<()> {
    match std::process::Command::new("git").arg("--version").output() {
        Ok(o) if o.status.success() => Ok(()),
        _ => Err(Error::runtime(
            "sync needs git, and git is not installed (or not on PATH)",
        )),
    }
}

/// A remote that is a folder here is named by its absolute path (git runs
/// in the clone's folder, where a relative path would mean something else).
fn normalise(remote: &str) -> String {
    let path = Path::new(remote);
    if path.exists()
        && let Ok(absolute) = path.canonicalize()
    {
        return absolute.to_string_lossy().into_owned();
    }
    remote.to_string()
}

/// Whether the remote holds a replica set already.
fn remote_has_data(remote: &str, timeout: std::time::Duration) -> Result<bool> {
    let git = sync::git::Git { timeout };
    match git.remote_head(remote) {
        Ok(head) => Ok(head.is_some()),
        Err(e) => Err(failed(remote, sync::unreachable(remote, e), None)),
    }
}

/// `SUBS_SYNC_TIMEOUT`: the limit on each git command, whole seconds, 1 to
/// 3600 (60 when unset).
fn timeout() -> Result<std::time::Duration> {
    let Some(value) = std::env::var_os("SUBS_SYNC_TIMEOUT").filter(|v| !v.is_empty()) else {
        return Ok(sync::git::DEFAULT_TIMEOUT);
    };
    let text = value.to_string_lossy();
    text.trim()
        .parse::<u64>()
        .ok()
        .filter(|s| (1..=3600).contains(s))
        .map(std::time::Duration::from_secs)
        .ok_or_else(|| {
            Error::invalid(format!(
                "invalid SUBS_SYNC_TIMEOUT \"{}\": give whole seconds, 1 to 3600",
                safe(&text)
            ))
        })
}

/// The file `--remember` keeps a database's secret in.
fn secret_file(database: &Path) -> Result<PathBuf> {
    use sha2::Digest;
    let dirs = directories::ProjectDirs::from("", "", "subs")
        .ok_or_else(|| Error::runtime("no home folder to keep the sync secret in"))?;
    let absolute = std::path::absolute(database).unwrap_or_else(|_| database.to_path_buf());
    let digest = sha2::Sha256::digest(absolute.as_os_str().as_encoded_bytes());
    Ok(dirs
        .config_dir()
        .join("sync")
        .join(format!("{}.secret", hex::encode(&digest[..8]))))
}

/// The secret, from where the user keeps it.
fn secret(database: &Path, confirm: bool) -> Result<Vec<u8>> {
    if let Some(value) = std::env::var_os("SUBS_SYNC_SECRET").filter(|v| !v.is_empty()) {
        return Ok(value.as_encoded_bytes().to_vec());
    }
    let file = secret_file(database)?;
    if let Ok(text) = std::fs::read(&file) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file).map(|m| m.permissions().mode())?;
            if mode & 0o077 != 0 {
                return Err(Error::runtime(format!(
                    "{} can be read by others (mode {:o}): run `chmod 600` on it, or remove it",
                    file.display(),
                    mode & 0o777
                )));
            }
        }
        // The bytes as kept (a secret need not be UTF-8), without the line
        // end an editor may have added.
        let mut text = text;
        while text.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            text.pop();
        }
        if !text.is_empty() {
            return Ok(text);
        }
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Error::invalid(
            "no sync secret: set SUBS_SYNC_SECRET, or run this at a terminal to type it (add --remember to keep it)",
        ));
    }
    let ask = |prompt: &str| -> Result<String> {
        crate::render::stderr_text(prompt);
        let echo_off = crate::interrupt::EchoOff::start();
        let mut line = String::new();
        let read = std::io::stdin().read_line(&mut line);
        drop(echo_off);
        crate::render::stderr_line("");
        read?;
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
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

/// Keeps the secret for later syncs in a file only the user can read,
/// written whole or not at all (as `-o` writes).
fn remember(database: &Path, secret: &[u8]) -> Result<PathBuf> {
    let file = secret_file(database)?;
    let dir = file
        .parent()
        .ok_or_else(|| Error::runtime("no folder to keep the sync secret in"))?;
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    let rules = crate::transfer::OutputRules {
        database,
        force: false,
    };
    crate::transfer::write_file(&file, &rules, |out| Ok(out.write_all(secret)?))?;
    Ok(file)
}

fn device_name() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname writes at most
    // that many bytes.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    let name = if rc == 0 {
        let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
        String::from_utf8_lossy(&buf[..end]).into_owned()
    } else {
        String::new()
    };
    if name.is_empty() {
        "a device".into()
    } else {
        name
    }
}

/// The sentence for a failed exchange.
fn failed(remote: &str, why: SyncError, setup: Option<bool>) -> Error {
    match why {
        SyncError::Local(e) => e,
        SyncError::Sync(Failure::Secret) => Error::runtime(format!(
            "the sync secret does not open the data on {}: use the secret the first device gave `subs sync init`; nothing was sent",
            safe(remote)
        )),
        SyncError::Sync(Failure::Raced) => match setup {
            Some(false) => Error::runtime(format!(
                "another device started syncing with {} at the same moment; on this device run `subs sync join {}`",
                safe(remote),
                safe(remote)
            )),
            _ => Error::runtime(format!(
                "{} kept changing during the sync (other devices were syncing): run `subs sync` again",
                safe(remote)
            )),
        },
        SyncError::Sync(Failure::StartedOver) => Error::runtime(format!(
            "{} was started over by another device: on this device run `subs sync leave`, then `subs sync join {}`",
            safe(remote),
            safe(remote)
        )),
        SyncError::Sync(Failure::Odd(file)) => Error::runtime(format!(
            "the file \"{}\" on {} is not one subs wrote (damaged or changed by hand): restore the remote, or start it over with `subs sync init --force-new-remote`",
            safe(&file),
            safe(remote)
        )),
        SyncError::Sync(Failure::Unreachable(why)) => Error::runtime(safe(&why)),
        SyncError::Sync(Failure::Other(text)) => Error::runtime(format!(
            "sync with {} failed: {}",
            safe(remote),
            safe(&text)
        )),
    }
}

#[derive(Serialize)]
struct Synced<'a> {
    remote: &'a str,
    sent: usize,
    received: &'a sync::Changes,
    conflicts: &'a [Conflict],
    reminders: bool,
    /// Alerts raised elsewhere that this device (the reminders device)
    /// tells: printed, and queued for the channels.
    alerts: usize,
}

/// The conflicts after a sync (those of the last one when this one
/// changed nothing), kept for `sync status`; and the ones this device had
/// not seen, to tell on stderr too (cron mails them).
fn remember_conflicts(
    db: &crate::store::Db,
    now: Option<Vec<Conflict>>,
) -> Result<(Vec<Conflict>, Vec<Conflict>)> {
    let read = |key: &str| -> Result<Vec<Conflict>> {
        Ok(meta::meta(db, key)?
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default())
    };
    let last = read("conflicts")?;
    let Some(now) = now else {
        return Ok((last, Vec::new()));
    };
    let new: Vec<Conflict> = now.iter().filter(|c| !last.contains(c)).cloned().collect();
    // Lost edits happen once: keep the last ones beside the rest.
    let mut lost = read("lost_edits")?;
    lost.extend(new.iter().filter(|c| c.kind == "edit_lost").cloned());
    let keep = lost.len().saturating_sub(20);
    meta::set_meta(db, "lost_edits", &serde_json::to_string(&lost[keep..])?)?;
    let lasting: Vec<&Conflict> = now.iter().filter(|c| c.kind != "edit_lost").collect();
    meta::set_meta(db, "conflicts", &serde_json::to_string(&lasting)?)?;
    Ok((now, new))
}

fn recent_lost(db: &crate::store::Db) -> Result<Vec<Conflict>> {
    Ok(meta::meta(db, "lost_edits")?
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default())
}

fn summary(outcome: &Outcome) -> String {
    let r = &outcome.received;
    let arrived = if r.added + r.changed + r.removed == 0 {
        "nothing new arrived".to_string()
    } else {
        format!(
            "{} added, {} changed, {} removed here",
            r.added, r.changed, r.removed
        )
    };
    format!(
        "sent {}; {arrived}",
        count(outcome.sent as i64, "change", "changes")
    )
}

/// New conflicts are news a person must get, like an error: on stderr,
/// even with -q (cron mails them), never in a JSON document's place.
fn tell_conflicts(ctx: &Ctx, new: &[Conflict]) {
    if ctx.out.json {
        return;
    }
    for c in new {
        crate::render::stderr_line(&format!("conflict: {}", safe(&c.message)));
    }
}

pub fn setup(ctx: &mut Ctx, s: Setup) -> Result<()> {
    git_available()?;
    let timeout = timeout()?;
    let database = ctx.store.path().to_path_buf();
    sync::git::check_remote(&s.remote).map_err(|e| Error::invalid(safe(&e)))?;
    let url = normalise(&s.remote);
    let syncing = ctx.store.read(|db| meta::meta(db, "remote"))?;
    if let Some(remote) = &syncing
        && !s.force_new_remote
    {
        return Err(Error::invalid(format!(
            "this database already syncs with {}: `subs sync` exchanges changes",
            safe(remote)
        )));
    }
    let has_data = remote_has_data(&url, timeout)?;
    if s.join && !has_data {
        return Err(Error::invalid(format!(
            "{} holds no subs data yet: run `subs sync init {}` on your first device, then join",
            safe(&url),
            safe(&url)
        )));
    }
    if !s.join && has_data && !s.force_new_remote {
        return Err(Error::invalid(format!(
            "{} already holds a device's subs data: on this device run `subs sync join {}` (or start it over from this device with `subs sync init --force-new-remote {}`)",
            safe(&url),
            safe(&url),
            safe(&url)
        )));
    }
    if s.force_new_remote {
        let question = format!(
            "Start {} over from this device's data? What it holds now is replaced; every other device must then run `subs sync leave` and `subs sync join {}`.",
            safe(&url),
            safe(&url)
        );
        if !s.yes && !super::interactive() {
            return Err(Error::invalid(
                "refusing to start the remote over without confirmation: pass --yes (not on a terminal, so subs cannot ask)",
            ));
        }
        if !s.yes && !super::confirm(&question)? {
            #[derive(Serialize)]
            struct NotStarted {
                started_over: bool,
            }
            return ctx.out.show(&Done::new(
                NotStarted {
                    started_over: false,
                },
                "Nothing changed.".into(),
            ));
        }
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
    let fetched =
        sync::fetch(&remote, s.force_new_remote).map_err(|e| failed(&url, e, Some(s.join)));
    let fetched = match fetched {
        Ok(fetched) => fetched,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&clone);
            return Err(e);
        }
    };
    if !s.join && !s.force_new_remote && fetched.head.is_some() {
        drop(fetched);
        let _ = std::fs::remove_dir_all(&clone);
        return Err(failed(&url, SyncError::Sync(Failure::Raced), Some(false)));
    }
    let device = uuid::Uuid::new_v4().hyphenated().to_string();
    let name = device_name();
    let now = ctx.clock.instant();
    let reminders = s.reminders || !s.join;
    let result = ctx.store.write_exclusive(|db| {
        if s.force_new_remote {
            meta::forget_replica(db)?;
        }
        // The base currency gives every amount and rate of the set its
        // meaning: the first device's is the set's.
        let base = crate::settings::base_currency(db)?.code().to_string();
        meta::set_meta(db, "remote", &url)?;
        meta::set_meta(db, "device", &device)?;
        meta::set_meta(db, "device_name", &name)?;
        let outcome = sync::run(
            db,
            &remote,
            &fetched,
            true,
            |replica, ops| {
                // The set's format is the first device's to write: a device
                // joining never lowers what a newer subs raised.
                let mut values = Vec::new();
                if !s.join {
                    values.push(("format", sync::records::FORMAT.to_string()));
                    values.push(("base_currency", base.clone()));
                }
                if reminders {
                    values.push(("reminders", device.clone()));
                    values.push(("reminders_name", name.clone()));
                }
                let values: Vec<(&str, &str)> =
                    values.iter().map(|(k, v)| (*k, v.as_str())).collect();
                sync::set_replica_set(ops, replica, &values, now);
            },
            now,
        )
        .map_err(|e| failed(&url, e, Some(s.join)))?;
        // A setup pushes inside its transaction: a failed one leaves nothing.
        sync::push(&remote, &fetched).map_err(|e| failed(&url, e, Some(s.join)))?;
        sync::unpushed::forget(db)?;
        let adopted = if s.join {
            adopt_base_currency(db, &base)?.map(|new| (new, base.clone()))
        } else {
            None
        };
        meta::set_meta(db, "last_sync", &ctx_now(now))?;
        let (conflicts, new) = remember_conflicts(db, outcome.conflicts.clone())?;
        Ok((outcome, conflicts, new, adopted))
    });
    let (outcome, conflicts, new, adopted) = match result {
        Ok(done) => done,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&clone);
            return Err(e);
        }
    };
    if s.remember {
        let file = remember(&database, &secret)?;
        ctx.out
            .debug(&format!("the sync secret is kept in {}", file.display()));
    }
    tell_conflicts(ctx, &new);
    let message = format!(
        "{} {}: {}.{}{}",
        if s.join {
            "Joined"
        } else if s.force_new_remote {
            "Started over"
        } else {
            "Started syncing with"
        },
        safe(&url),
        summary(&outcome),
        match (reminders, s.force_new_remote) {
            (_, true) => format!(
                " This device sends the reminders. On every other device run `subs sync leave`, then `subs sync join {}`.",
                safe(&url)
            ),
            (true, false) => " This device sends the reminders.".into(),
            (false, false) => String::new(),
        },
        match &adopted {
            Some((new, old)) =>
                format!(" The base currency here is now {new}, the set's (it was {old})."),
            None => String::new(),
        }
    );
    ctx.out.show(&Done::new(
        Synced {
            remote: &url,
            sent: outcome.sent,
            received: &outcome.received,
            conflicts: &conflicts,
            reminders,
            alerts: 0,
        },
        message,
    ))
}

fn ctx_now(now: chrono::DateTime<chrono::Utc>) -> String {
    now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn not_syncing() -> Error {
    Error::invalid(
        "this database does not sync yet: run `subs sync init REMOTE` on your first device, `subs sync join REMOTE` on the others",
    )
}

pub fn run(ctx: &mut Ctx, reminders: bool) -> Result<()> {
    let database = ctx.store.path().to_path_buf();
    let Some(url) = ctx.store.read(|db| meta::meta(db, "remote"))? else {
        return Err(not_syncing());
    };
    git_available()?;
    let timeout = timeout()?;
    let secret = secret(&database, false)?;
    let remote = Remote {
        url: url.clone(),
        clone: sync::clone_dir(&database),
        secret,
        timeout,
    };
    let now = ctx.clock.instant();
    let recent = (ctx.today() - chrono::Duration::days(7)).to_string();
    // Git runs outside the database's write lock: fetch, one short
    // transaction (exchange with the clone, project), push. Another device
    // pushing between this sync's fetch and its push makes it start again
    // (the next round sends again what did not arrive); a few times at most.
    let mut attempt = 0;
    let (outcome, conflicts, new, sends, arrived) = loop {
        attempt += 1;
        let fetched = sync::fetch(&remote, false).map_err(|e| failed(&url, e, None))?;
        let mut raced = false;
        let done = ctx.store.write_exclusive(|db| {
            let last_alert = crate::store::alerts::max_id(db)?;
            let device = meta::meta(db, "device")?.unwrap_or_default();
            let name = meta::meta(db, "device_name")?.unwrap_or_else(device_name);
            let outcome = sync::run(
                db,
                &remote,
                &fetched,
                false,
                |replica, ops| {
                    if reminders {
                        sync::set_replica_set(
                            ops,
                            replica,
                            &[("reminders", &device), ("reminders_name", &name)],
                            now,
                        );
                    }
                },
                now,
            )
            .map_err(|e| {
                raced = matches!(e, SyncError::Sync(Failure::Raced));
                failed(&url, e, None)
            })?;
            meta::set_meta(db, "last_sync", &ctx_now(now))?;
            let (conflicts, new) = remember_conflicts(db, outcome.conflicts.clone())?;
            let sends = sync::sends_reminders(db)?;
            // Alerts another device raised first are news here too when this
            // device sends reminders: queued for every channel (delivered by
            // the next `alerts generate`) and printed below, like its own.
            let arrived: Vec<_> = if sends {
                crate::store::alerts::created_after(db, last_alert)?
                    .into_iter()
                    .filter(|a| !a.is_read && !a.is_dismissed && a.alert_date >= recent)
                    .collect()
            } else {
                Vec::new()
            };
            let queued: Vec<_> = arrived
                .iter()
                .map(|a| (a.id, a.alert_type, a.email_notifications))
                .collect();
            crate::store::notify::enqueue(db, &queued)?;
            Ok((outcome, conflicts, new, sends, arrived))
        });
        let done = done.and_then(|done| {
            sync::push(&remote, &fetched).map_err(|e| {
                raced = matches!(e, SyncError::Sync(Failure::Raced));
                failed(&url, e, None)
            })?;
            Ok(done)
        });
        match done {
            Err(_) if raced && attempt < 4 => continue,
            done => break done?,
        }
    };
    if outcome.unpushed {
        // The remote holds them now (a kill before this line leaves the
        // record, which the next sync finds on the remote and forgets).
        ctx.store.write_exclusive(|db| sync::unpushed::forget(db))?;
    }
    tell_conflicts(ctx, &new);
    // From cron (no terminal), a sync that changed nothing prints nothing,
    // so cron mails only news.
    let nothing =
        outcome.sent == 0 && outcome.received == sync::Changes::default() && new.is_empty();
    let message = if nothing && !std::io::stdout().is_terminal() {
        String::new()
    } else {
        format!(
            "Synced with {}: {}.{}",
            safe(&url),
            summary(&outcome),
            match conflicts.len() {
                0 => String::new(),
                n => format!(
                    " {} (`subs sync status`).",
                    count(n as i64, "conflict", "conflicts")
                ),
            }
        )
    };
    ctx.out.show(&Done::new(
        Synced {
            remote: &url,
            sent: outcome.sent,
            received: &outcome.received,
            conflicts: &conflicts,
            reminders: sends,
            alerts: arrived.len(),
        },
        message,
    ))?;
    let mut channels: Vec<Box<dyn crate::notify::Channel + '_>> =
        vec![Box::new(crate::notify::Stdout::new(&ctx.out, false))];
    crate::notify::deliver(&mut channels, &arrived)
}

/// A joining device takes the set's base currency (which the rates that
/// arrived are against) when its own differs; the one it replaced.
fn adopt_base_currency(db: &crate::store::Db, own: &str) -> Result<Option<String>> {
    let set = sync::replica_set(db)?;
    let Some(theirs) = set.get("base_currency") else {
        return Ok(None);
    };
    let setting = crate::settings::lookup("base_currency")?;
    let Ok(theirs) = setting.normalise(theirs) else {
        return Ok(None);
    };
    if theirs == own {
        return Ok(None);
    }
    crate::store::config::set(db, setting.key, &theirs)?;
    Ok(Some(theirs))
}

/// `sync leave`: this device stops syncing. Its data stays; the replica,
/// the clone and a remembered secret go, so a wrong secret or a remote
/// started over is left behind whole. Leaving twice is no error.
pub fn leave(ctx: &mut Ctx) -> Result<()> {
    #[derive(Serialize)]
    struct Left<'a> {
        left: Option<&'a str>,
    }
    let database = ctx.store.path().to_path_buf();
    let Some(url) = ctx.store.read(|db| meta::meta(db, "remote"))? else {
        return ctx.out.show(&Done::new(
            Left { left: None },
            "This database does not sync: nothing to leave.".into(),
        ));
    };
    ctx.store.write_exclusive(|db| meta::forget_replica(db))?;
    let clone = sync::clone_dir(&database);
    if clone.exists() {
        std::fs::remove_dir_all(&clone)?;
    }
    if let Ok(file) = secret_file(&database)
        && file.exists()
    {
        std::fs::remove_file(&file)?;
    }
    ctx.out.show(&Done::new(
        Left { left: Some(&url) },
        format!(
            "This device no longer syncs with {}; its data stays here. `subs sync join {}` starts again.",
            safe(&url),
            safe(&url)
        ),
    ))
}

/// `sync resolve`: every listed conflict settled as subs settled it.
pub fn resolve(ctx: &mut Ctx) -> Result<()> {
    #[derive(Serialize)]
    struct Resolved {
        resolved: usize,
    }
    if ctx.store.read(|db| meta::meta(db, "remote"))?.is_none() {
        return Err(not_syncing());
    }
    let now = ctx.clock.instant();
    let resolved = ctx.store.write_exclusive(|db| {
        let replica = meta::replica_records(db)?;
        let (ops, conflicts) = sync::settle_conflicts(&replica, now)?;
        sync::commit(db, ops)?;
        let own = recent_lost(db)?;
        let notices = sync::notices(&replica);
        let lost = own.len()
            + notices
                .iter()
                .filter(|(_, c)| !own.iter().any(|l| l.kind == c.kind && l.record == c.record))
                .count();
        sync::commit(db, sync::clear_notices(&replica))?;
        meta::set_meta(db, "lost_edits", "[]")?;
        meta::set_meta(db, "conflicts", "[]")?;
        Ok(conflicts + lost)
    })?;
    let message = match resolved {
        0 => "No conflicts to resolve.".to_string(),
        n => format!(
            "Resolved {}: the records left out are deleted; the next `subs sync` tells your other devices.",
            count(n as i64, "conflict", "conflicts")
        ),
    };
    ctx.out.show(&Done::new(Resolved { resolved }, message))
}

pub fn status(ctx: &mut Ctx) -> Result<()> {
    let status = ctx.store.read(|db| {
        let Some(remote) = meta::meta(db, "remote")? else {
            return Ok(SyncStatus {
                syncing: false,
                remote: None,
                last_sync: None,
                pending: 0,
                reminders: None,
                reminders_here: false,
                conflicts: Vec::new(),
            });
        };
        let replica = meta::replica_records(db)?;
        let projection = sync::project(&replica)?;
        let current = sync::local_records(db)?;
        let captured = sync::capture(
            &replica,
            &projection.records(),
            &current,
            &std::collections::HashMap::new(),
            chrono::DateTime::<chrono::Utc>::UNIX_EPOCH,
        );
        let (mut unsent, _) = meta::unsynced(db)?;
        unsent.extend(sync::unpushed::records(db)?);
        unsent.extend(captured.iter().filter_map(|op| match op {
            taskchampion::Operation::Create { uuid }
            | taskchampion::Operation::Delete { uuid, .. }
            | taskchampion::Operation::Update { uuid, .. } => Some(*uuid),
            taskchampion::Operation::UndoPoint => None,
        }));
        let set = sync::replica_set(db)?;
        let mut conflicts = projection.conflicts;
        // Lost edits, as the replica's notices tell every device (this
        // device's own in its words, while its notice lasts: `sync
        // resolve` on any device ends it).
        let notices: Vec<Conflict> = sync::notices(&replica)
            .into_iter()
            .map(|(_, c)| c)
            .collect();
        let same = |a: &Conflict, b: &Conflict| a.kind == b.kind && a.record == b.record;
        let lost: Vec<Conflict> = recent_lost(db)?
            .into_iter()
            .filter(|l| notices.iter().any(|n| same(n, l)))
            .collect();
        let elsewhere: Vec<Conflict> = notices
            .into_iter()
            .filter(|n| !lost.iter().any(|l| same(n, l)))
            .collect();
        conflicts.extend(lost);
        conflicts.extend(elsewhere);
        Ok(SyncStatus {
            syncing: true,
            remote: Some(remote),
            last_sync: meta::meta(db, "last_sync")?,
            pending: unsent.len(),
            reminders: set.get("reminders_name").cloned(),
            reminders_here: sync::sends_reminders(db)?,
            conflicts,
        })
    })?;
    ctx.out.show(&status)
}
