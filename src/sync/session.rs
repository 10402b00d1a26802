//! The steps of `sync`, `sync init`/`join`, `leave`, `resolve` and
//! `status` over the store: which transaction holds what, and what is
//! talked to outside one. The commands ask, call these and render.

use std::collections::HashMap;
use std::path::Path;

use taskchampion::Operation;

use super::failure::{Failure, SyncError};
use super::projection::Conflict;
use super::{Outcome, Remote, device, unpushed};
use crate::domain::alert::Alert;
use crate::error::{Error, Result};
use crate::render::sync::SyncStatus;
use crate::render::text::safe;
use crate::store::{Db, Store, sync as sql};

/// What a `sync` did.
pub struct Round {
    pub outcome: Outcome,
    /// Every conflict the set holds now (the last sync's when this one
    /// changed nothing).
    pub conflicts: Vec<Conflict>,
    /// Those this device had not been told of.
    pub new: Vec<Conflict>,
    /// Whether this device sends the reminders.
    pub sends: bool,
    /// Alerts another device raised first that this (reminders) device
    /// tells too: queued for every channel, and printed by the command.
    pub arrived: Vec<Alert>,
}

/// One `sync`: git only outside the database's write lock — fetch, one
/// short transaction (exchange with the clone, project), push. Another
/// device pushing between this sync's fetch and its push makes it start
/// again (the next round sends again what did not arrive); a few times
/// at most.
pub fn round(
    store: &mut Store,
    remote: &Remote,
    reminders: bool,
    now: chrono::DateTime<chrono::Utc>,
    recent: &str,
) -> Result<Round> {
    let url = &remote.url;
    let mut attempt = 0;
    let round = loop {
        attempt += 1;
        let fetched = super::fetch(remote, false).map_err(|e| e.sentence(url, None))?;
        let mut raced = false;
        let done = store
            .write_exclusive(|db| {
                exchange(db, remote, &fetched, reminders, now, recent, &mut raced)
            })
            .and_then(|done| {
                super::push(remote, &fetched).map_err(|e| {
                    raced = matches!(e, SyncError::Sync(Failure::Raced));
                    e.sentence(url, None)
                })?;
                Ok(done)
            });
        match done {
            Err(_) if raced && attempt < 4 => continue,
            done => break done?,
        }
    };
    if round.outcome.unpushed {
        // The remote holds them now (a kill before this line leaves the
        // note, which the next sync finds on the remote and forgets).
        store.write_exclusive(|db| unpushed::forget(db))?;
    }
    Ok(round)
}

/// The transaction of a `sync`: the exchange and projection, and what a
/// person is told of; `raced` says whether it failed because another
/// device pushed first.
fn exchange(
    db: &mut Db,
    remote: &Remote,
    fetched: &super::Fetched,
    reminders: bool,
    now: chrono::DateTime<chrono::Utc>,
    recent: &str,
    raced: &mut bool,
) -> Result<Round> {
    let last_alert = crate::store::alerts::max_id(db)?;
    let device = device::id(db)?;
    let name = device::name(db)?;
    let outcome = super::run(
        db,
        remote,
        fetched,
        false,
        |replica, ops| {
            if reminders {
                super::set_replica_set(
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
        *raced = matches!(e, SyncError::Sync(Failure::Raced));
        e.sentence(&remote.url, None)
    })?;
    device::synced(db, now)?;
    let (conflicts, new) = device::remember_conflicts(db, outcome.conflicts.clone())?;
    let sends = super::sends_reminders(db)?;
    // Alerts another device raised first are news here too when this
    // device sends reminders: queued for every channel (delivered by the
    // next `alerts generate`) and printed by the command, like its own.
    let arrived: Vec<Alert> = if sends {
        crate::store::alerts::created_after(db, last_alert)?
            .into_iter()
            .filter(|a| !a.is_read && !a.is_dismissed && a.alert_date.as_str() >= recent)
            .collect()
    } else {
        Vec::new()
    };
    let queued: Vec<_> = arrived
        .iter()
        .map(|a| (a.id, a.alert_type, a.email_notifications))
        .collect();
    crate::store::notify::enqueue(db, &queued)?;
    Ok(Round {
        outcome,
        conflicts,
        new,
        sends,
        arrived,
    })
}

/// Whether `init` (`join`: `false`) may go on with `url`: a database that
/// syncs already, a `join` to an empty remote and an `init` on one that
/// holds data are refused (starting the remote over aside).
/// `syncing` is the remote this database syncs with already.
pub fn check_setup(
    syncing: Option<&str>,
    url: &str,
    join: bool,
    force_new_remote: bool,
    timeout: std::time::Duration,
) -> Result<()> {
    if let Some(remote) = syncing
        && !force_new_remote
    {
        return Err(Error::invalid(format!(
            "this database already syncs with {}: `subs sync` exchanges changes",
            safe(remote)
        )));
    }
    let has_data = super::remote_has_data(url, timeout).map_err(|e| e.sentence(url, None))?;
    let url = safe(url);
    if join && !has_data {
        return Err(Error::invalid(format!(
            "{url} holds no subs data yet: run `subs sync init {url}` on your first device, then join"
        )));
    }
    if !join && has_data && !force_new_remote {
        return Err(Error::invalid(format!(
            "{url} already holds a device's subs data: on this device run `subs sync join {url}` (or start it over from this device with `subs sync init --force-new-remote {url}`)"
        )));
    }
    Ok(())
}

/// `sync init` or `join`, after the command checked the remote and asked
/// what it must.
pub struct Enrolment<'a> {
    pub join: bool,
    pub force_new_remote: bool,
    /// This device sends the reminders.
    pub reminders: bool,
    pub device: &'a str,
    pub name: &'a str,
}

/// What a setup did.
pub struct Enrolled {
    pub outcome: Outcome,
    pub conflicts: Vec<Conflict>,
    pub new: Vec<Conflict>,
    /// The base currency taken from the set, and the one it replaced.
    pub adopted: Option<(String, String)>,
}

/// The setup's one transaction, push included, so a setup that fails
/// leaves nothing behind.
pub fn enrol(
    store: &mut Store,
    remote: &Remote,
    fetched: &super::Fetched,
    e: &Enrolment,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Enrolled> {
    let url = &remote.url;
    let setup = Some(e.join);
    store.write_exclusive(|db| {
        if e.force_new_remote {
            device::forget(db)?;
        }
        // The base currency gives every amount and rate of the set its
        // meaning: the first device's is the set's.
        let base = crate::settings::base_currency(db)?.code().to_string();
        device::enrol(db, url, e.device, e.name)?;
        let outcome = super::run(
            db,
            remote,
            fetched,
            true,
            |replica, ops| {
                // The set's format is the first device's to write: a device
                // joining never lowers what a newer subs raised.
                let mut values = Vec::new();
                if !e.join {
                    values.push(("format", super::records::FORMAT.to_string()));
                    values.push(("base_currency", base.clone()));
                }
                if e.reminders {
                    values.push(("reminders", e.device.to_string()));
                    values.push(("reminders_name", e.name.to_string()));
                }
                let values: Vec<(&str, &str)> =
                    values.iter().map(|(k, v)| (*k, v.as_str())).collect();
                super::set_replica_set(ops, replica, &values, now);
            },
            now,
        )
        .map_err(|why| why.sentence(url, setup))?;
        super::push(remote, fetched).map_err(|why| why.sentence(url, setup))?;
        unpushed::forget(db)?;
        let adopted = if e.join {
            adopt_base_currency(db, &base)?.map(|new| (new, base.clone()))
        } else {
            None
        };
        device::synced(db, now)?;
        let (conflicts, new) = device::remember_conflicts(db, outcome.conflicts.clone())?;
        Ok(Enrolled {
            outcome,
            conflicts,
            new,
            adopted,
        })
    })
}

/// A joining device takes the set's base currency (which the rates that
/// arrived are against) when its own differs; the one it replaced.
fn adopt_base_currency(db: &Db, own: &str) -> Result<Option<String>> {
    let set = super::replica_set(db)?;
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

/// `sync leave`: the replica and this device's settings, its clone and a
/// remembered secret go; the data stays.
pub fn leave(store: &mut Store, database: &Path) -> Result<()> {
    store.write_exclusive(|db| device::forget(db))?;
    let clone = super::clone_dir(database);
    if clone.exists() {
        std::fs::remove_dir_all(&clone)?;
    }
    super::secret::forget(database)
}

/// `sync resolve`: every listed conflict settled as subs settled it; how
/// many.
pub fn resolve(store: &mut Store, now: chrono::DateTime<chrono::Utc>) -> Result<usize> {
    store.write_exclusive(|db| {
        let replica = sql::replica_records(db)?;
        let (ops, conflicts) = super::settle_conflicts(&replica, now)?;
        super::commit(db, ops)?;
        let own = device::recent_lost(db)?;
        let notices = super::notices(&replica);
        let lost = own.len()
            + notices
                .iter()
                .filter(|(_, c)| !own.iter().any(|l| l.kind == c.kind && l.record == c.record))
                .count();
        super::commit(db, super::clear_notices(&replica))?;
        device::resolved(db)?;
        Ok(conflicts + lost)
    })
}

/// `sync status`: where this device syncs and what waits.
pub fn status(db: &Db) -> Result<SyncStatus> {
    let Some(remote) = device::remote(db)? else {
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
    let replica = sql::replica_records(db)?;
    let projection = super::project(&replica)?;
    let current = super::local_records(db)?;
    let captured = super::capture(
        &replica,
        &projection.records(),
        &current,
        &HashMap::new(),
        chrono::DateTime::<chrono::Utc>::UNIX_EPOCH,
    );
    let (mut unsent, _) = sql::unsynced(db)?;
    unsent.extend(unpushed::records(db)?);
    unsent.extend(captured.iter().filter_map(|op| match op {
        Operation::Create { uuid }
        | Operation::Delete { uuid, .. }
        | Operation::Update { uuid, .. } => Some(*uuid),
        Operation::UndoPoint => None,
    }));
    let set = super::replica_set(db)?;
    let mut conflicts = projection.conflicts;
    // Lost edits, as the replica's notices tell every device (this
    // device's own in its words, while its notice lasts: `sync resolve`
    // on any device ends it).
    let notices: Vec<Conflict> = super::notices(&replica)
        .into_iter()
        .map(|(_, c)| c)
        .collect();
    let same = |a: &Conflict, b: &Conflict| a.kind == b.kind && a.record == b.record;
    let lost: Vec<Conflict> = device::recent_lost(db)?
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
        last_sync: device::last_sync(db)?,
        pending: unsent.len(),
        reminders: set.get("reminders_name").cloned(),
        reminders_here: super::sends_reminders(db)?,
        conflicts,
    })
}
