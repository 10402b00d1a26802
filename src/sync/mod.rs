//! Sync across a person's devices, over TaskChampion's replica.
//!
//! The replica (TaskChampion's records and operations, in the `tc_*`
//! tables of the same file) is what devices exchange; the SQL tables are a
//! projection of it. A sync first fetches the remote's branch into this
//! device's clone (`git.rs`; no database lock is held while the network
//! is slow), then, in one write transaction:
//! 1. **capture**: the rows changed here since the last sync (the SQL tables
//!    against the projection of the replica) become replica operations,
//!    one per changed property, so a command never needs to know of sync
//!    and `undo` stays a local affair until the next sync sends its result;
//! 2. **exchange**: the secret is checked against what the remote holds,
//!    then TaskChampion merges what other devices sent (per-property
//!    last-writer-wins; a delete wins over an edit) and commits this
//!    device's operations to the clone as new versions;
//! 3. **project**: the replica's records become the tables again
//!    (`projection::project`, a pure function), keeping every row's local
//!    id; what a person should know of is reported as conflicts.
//!
//! The replica's progress and the projection commit together, with a note
//! of the versions the exchange made (`unpushed.rs`). Then, outside the
//! lock, the clone is pushed (bounded by `SUBS_SYNC_TIMEOUT`); `sync init`
//! and `join` push inside their transaction instead, so a failed setup
//! leaves nothing. A kill before the commit rolls it back; a push that
//! fails, is raced or never happens leaves the note, and the next sync
//! takes those versions back into the replica's unsynced operations and
//! sends them again on top of what the remote holds (the next fetch resets
//! the clone to the remote, so a version never pushed is never read as
//! received).

pub mod device;
mod failure;
pub mod git;
mod notices;
pub mod projection;
mod rebuild;
pub mod records;
pub mod secret;
pub mod session;
mod transport;
pub mod unpushed;

pub use crate::domain::conflict::Changes;
use failure::failure;
pub use failure::{Failure, SyncError, describe};
use notices::notice_ops;
pub use notices::{NOTICE, clear_notices, notices, settle_conflicts};
use rebuild::rebuild;
pub use transport::{
    BRANCH, Fetched, Remote, clone_dir, fetch, git_available, normalise, push, remote_has_data,
    timeout, unreachable,
};
use transport::{odd_file, sealed_file_at_fault, server_config, started_over, verify_secret};

use std::collections::HashMap;

use serde::Serialize;
use serde_json::{Map, Value};
use taskchampion::{Operation, Operations, Replica};
use uuid::Uuid;

use self::projection::{Conflict, Projection};
use self::records::{Kind, Props, TYPE, Uids};
use crate::error::{Error, Result};
use crate::store::backup;
use crate::store::replica::ReplicaStorage;
use crate::store::{Db, sync as sql};
use crate::transfer::backup::{BackupTable, EachTable, each_table};

/// What a sync did.
#[derive(Debug, Serialize)]
pub struct Outcome {
    /// Records changed here and sent.
    pub sent: usize,
    /// What arrived, as rows here.
    pub received: Changes,
    /// Every conflict the replica holds now, and edits of this device that
    /// a delete on another device overruled in this sync (`None`: this
    /// sync changed nothing, so they are as the last one left them).
    pub conflicts: Option<Vec<Conflict>>,
    /// Versions this sync made wait for the push (`unpushed.rs`).
    #[serde(skip)]
    pub unpushed: bool,
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| Error::runtime(format!("cannot start sync: {e}")))
}

/// The SQL tables as records, keyed by global id.
pub fn local_records(db: &Db) -> Result<HashMap<Uuid, (&'static Kind, Props)>> {
    struct Collect<'a> {
        db: &'a Db,
        uids: Uids,
        rows: Vec<(&'static Kind, Map<String, Value>)>,
    }
    impl EachTable for Collect<'_> {
        type Error = Error;
        fn table<T: BackupTable>(&mut self) -> Result<()> {
            let Some(kind) = records::kind(T::NAME) else {
                return Ok(());
            };
            backup::for_each::<T>(self.db, |row| {
                if let (Some(id), Some(uid)) = (row.id(), row.uid()) {
                    self.uids.insert((kind.name, id), uid.to_string());
                }
                if let Value::Object(map) = serde_json::to_value(&row)? {
                    self.rows.push((kind, map));
                }
                Ok(())
            })
        }
    }
    let mut collect = Collect {
        db,
        uids: Uids::new(),
        rows: Vec::new(),
    };
    each_table(&mut collect)?;
    let mut out = HashMap::with_capacity(collect.rows.len());
    for (kind, row) in collect.rows {
        if let Some((uuid, props)) = records::to_record(kind, row, &collect.uids) {
            out.insert(uuid, (kind, props));
        }
    }
    Ok(out)
}

/// Projects the replica, or says this subs is too old for it.
pub fn project(all: &HashMap<Uuid, Props>) -> Result<Projection> {
    projection::project(all).map_err(|too_new| {
        Error::runtime(format!(
            "the synced data needs a newer subs (replica format {}, this subs reads {}): update subs on this device",
            too_new.0,
            records::FORMAT
        ))
    })
}

/// The operations that make the replica hold the local changes: the SQL
/// tables (`current`) against the projection of the replica (`base`). A
/// change is stamped with when its row changed (`changed_at`, from the
/// database's marks), else `now`.
pub fn capture(
    replica: &HashMap<Uuid, Props>,
    base: &HashMap<Uuid, Props>,
    current: &HashMap<Uuid, (&'static Kind, Props)>,
    changed_at: &HashMap<Uuid, chrono::DateTime<chrono::Utc>>,
    now: chrono::DateTime<chrono::Utc>,
) -> Operations {
    let mut ops = Operations::new();
    let empty = Props::new();
    let mut ids: Vec<&Uuid> = current.keys().collect();
    ids.sort();
    for uuid in ids {
        let (kind, props) = &current[uuid];
        let old = match base.get(uuid).or_else(|| replica.get(uuid)) {
            Some(old) => old,
            None => {
                if !replica.contains_key(uuid) {
                    ops.push(Operation::Create { uuid: *uuid });
                }
                &empty
            }
        };
        let at = changed_at.get(uuid).copied().unwrap_or(now);
        let mut names = records::known_properties(kind);
        names.push(TYPE);
        for name in names {
            let (was, now_value) = (old.get(name), props.get(name));
            if was != now_value {
                ops.push(Operation::Update {
                    uuid: *uuid,
                    property: name.to_string(),
                    old_value: was.cloned(),
                    value: now_value.cloned(),
                    timestamp: at,
                });
            }
        }
    }
    let mut gone: Vec<&Uuid> = base.keys().filter(|u| !current.contains_key(u)).collect();
    gone.sort();
    for uuid in gone {
        ops.push(Operation::Delete {
            uuid: *uuid,
            old_task: replica
                .get(uuid)
                .map(|p| p.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default(),
        });
    }
    ops
}

/// When each record changed here, by the database's marks (a mark that
/// cannot be read is no mark: the change counts from now).
pub fn changed_at(db: &Db) -> Result<HashMap<Uuid, chrono::DateTime<chrono::Utc>>> {
    let mut out = HashMap::new();
    for ((kind, key), at) in sql::marks(db)? {
        let Some(kind) = records::kind(&kind) else {
            continue;
        };
        let (Some(uuid), Ok(at)) = (
            records::record_id(kind, &key),
            chrono::DateTime::parse_from_rfc3339(&at),
        ) else {
            continue;
        };
        out.insert(uuid, at.with_timezone(&chrono::Utc));
    }
    Ok(out)
}

/// Sets properties of the replica set's own record (its format, which
/// device sends reminders), given its properties now.
pub fn set_replica_set(
    ops: &mut Operations,
    old: Option<&Props>,
    values: &[(&str, &str)],
    now: chrono::DateTime<chrono::Utc>,
) {
    let uuid = records::replica_set_record();
    if old.is_none() {
        ops.push(Operation::Create { uuid });
    }
    for (name, value) in values {
        let was = old.and_then(|p| p.get(*name)).cloned();
        if was.as_deref() != Some(*value) {
            ops.push(Operation::Update {
                uuid,
                property: (*name).to_string(),
                old_value: was,
                value: Some((*value).to_string()),
                timestamp: now,
            });
        }
    }
}

/// The replica set's record, as this device sees it.
pub fn replica_set(db: &Db) -> Result<Props> {
    Ok(sql::replica_record(db, records::replica_set_record())?.unwrap_or_default())
}

/// Whether this device sends reminders: a database that does not sync
/// does; of a replica set, only the device marked `--reminders`.
pub fn sends_reminders(db: &Db) -> Result<bool> {
    if device::remote(db)?.is_none() {
        return Ok(true);
    }
    let device = device::get(db, device::Key::Device)?;
    Ok(replica_set(db)?
        .get("reminders")
        .is_some_and(|r| Some(r) == device.as_ref()))
}

/// Commits operations to the replica without exchanging them.
pub fn commit(db: &mut Db, ops: Operations) -> Result<()> {
    runtime()?
        .block_on(async {
            let mut replica = Replica::new(ReplicaStorage::new(db));
            replica.commit_operations(ops).await
        })
        .map_err(|e| {
            Error::runtime(format!(
                "the sync replica could not be written: {}",
                describe(&e)
            ))
        })
}

/// What a sync captured before the exchange.
struct Captured {
    /// The operations to send (this device's changes, plus `extra`).
    ops: Operations,
    /// Records changed here (sent), and those of them edited.
    sent: std::collections::HashSet<Uuid>,
    edited: std::collections::HashSet<Uuid>,
    /// The tables as they were, when they were read.
    current: Option<HashMap<Uuid, (&'static Kind, Props)>>,
}

/// Captures local changes (plus `extra` operations), exchanges with the
/// remote, and projects the result into the tables. `full` captures every
/// row (a first sync); otherwise only a device with marked changes reads
/// its tables, and only a sync that brought or sent something projects —
/// so a sync with nothing to do costs the exchange alone.
pub fn run(
    db: &mut Db,
    remote: &Remote,
    fetched: &Fetched,
    full: bool,
    extra: impl FnOnce(Option<&Props>, &mut Operations),
    now: chrono::DateTime<chrono::Utc>,
) -> std::result::Result<Outcome, SyncError> {
    // What an earlier run could not push goes out again (or is known to
    // have arrived) before anything else.
    let requeued = unpushed::settle(db, &remote.clone)?;
    let mut captured = gather(db, full, extra, now)?;
    captured.sent.extend(requeued);
    let base_before = sql::base_version(db)?;
    started_over(db, &remote.clone)?;
    if let Some(file) = odd_file(&remote.clone) {
        return Err(SyncError::Sync(Failure::Odd(file)));
    }
    let added = std::rc::Rc::new(std::cell::RefCell::new(unpushed::Unpushed::default()));
    exchange(db, remote, fetched, captured.ops, &added)?;
    let sent = captured.sent;
    if sent.is_empty() && sql::base_version(db)? == base_before {
        // Nothing went out and nothing came in: the tables are the
        // projection already.
        sql::clear_marks(db)?;
        return Ok(Outcome {
            sent: 0,
            received: Changes::default(),
            conflicts: None,
            unpushed: false,
        });
    }
    let current = match captured.current {
        Some(current) => current,
        None => local_records(db)?,
    };
    let after = sql::replica_records(db)?;
    let projection = project(&after)?;
    let received = received(&current, &projection.records());
    if received != Changes::default() {
        rebuild(db, &projection)?;
    }
    // Every change made here is in the replica now (and the rebuild's own
    // writes are not changes to send).
    sql::clear_marks(db)?;
    let mut conflicts = projection.conflicts;
    conflicts.extend(lost_edits(&captured.edited, &current, &after));
    // Every device lists the edits a delete overruled: a notice in the
    // replica, sent in this same push.
    let notices = notice_ops(db, &after, &conflicts, now)?;
    if !notices.is_empty() {
        let config = server_config(remote, fetched);
        runtime()?
            .block_on(async {
                let server = config.into_server().await?;
                let mut server = unpushed::Recorder::wrap(server, added.clone());
                let mut replica = Replica::new(ReplicaStorage::new(db));
                replica.commit_operations(notices).await?;
                replica.sync(&mut server, false).await
            })
            .map_err(|e| SyncError::Sync(failure(&e)))?;
    }
    let added = added.borrow();
    unpushed::remember(db, &added)?;
    Ok(Outcome {
        sent: sent.len(),
        received,
        conflicts: Some(conflicts),
        unpushed: added.made_any(),
    })
}

/// This device's changes as operations: only a device with marked changes
/// (or a first sync, `full`) reads its tables.
fn gather(
    db: &Db,
    full: bool,
    extra: impl FnOnce(Option<&Props>, &mut Operations),
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Captured> {
    let changed_at = changed_at(db)?;
    let (mut sent, mut edited) = sql::unsynced(db)?;
    let mut current = None;
    let mut ops = Operations::new();
    if full || !changed_at.is_empty() {
        let all = sql::replica_records(db)?;
        let before = project(&all)?;
        let here = local_records(db)?;
        ops = capture(&all, &before.records(), &here, &changed_at, now);
        current = Some(here);
    }
    extra(
        sql::replica_record(db, records::replica_set_record())?.as_ref(),
        &mut ops,
    );
    for op in ops.iter() {
        match op {
            Operation::Update { uuid, .. } => {
                edited.insert(*uuid);
                sent.insert(*uuid);
            }
            Operation::Create { uuid } | Operation::Delete { uuid, .. } => {
                sent.insert(*uuid);
            }
            Operation::UndoPoint => {}
        }
    }
    Ok(Captured {
        ops,
        sent,
        edited,
        current,
    })
}

/// TaskChampion's exchange on the clone: the secret checked first, then
/// this device's operations committed and synced; the versions it adds
/// are noted in `added`.
fn exchange(
    db: &mut Db,
    remote: &Remote,
    fetched: &Fetched,
    ops: Operations,
    added: &std::rc::Rc<std::cell::RefCell<unpushed::Unpushed>>,
) -> std::result::Result<(), SyncError> {
    let config = server_config(remote, fetched);
    let clone = &remote.clone;
    runtime()?.block_on(async {
        let tc = |e: taskchampion::Error| SyncError::Sync(failure(&e));
        let server = config.into_server().await.map_err(tc)?;
        let mut server = unpushed::Recorder::wrap(server, added.clone());
        // The secret must open what the remote holds before anything of
        // this device is sent under it: a mistyped one would make the
        // remote unreadable to every other device.
        verify_secret(&mut server, clone).await.map_err(tc)?;
        let mut replica = Replica::new(ReplicaStorage::new(db));
        let synced = async {
            replica.commit_operations(ops).await?;
            replica.sync(&mut server, false).await
        }
        .await;
        match synced.map_err(|e| failure(&e)) {
            Ok(()) => Ok(()),
            Err(Failure::Secret) => Err(SyncError::Sync(Failure::Odd(
                sealed_file_at_fault(&mut server, clone).await,
            ))),
            Err(other) => Err(SyncError::Sync(other)),
        }
    })
}

/// What arrived, as rows here: the projection against the tables.
fn received(
    current: &HashMap<Uuid, (&'static Kind, Props)>,
    target: &HashMap<Uuid, Props>,
) -> Changes {
    let mut received = Changes::default();
    for (uuid, props) in target {
        match current.get(uuid) {
            None => received.added += 1,
            Some((_, here)) if here != props => received.changed += 1,
            Some(_) => {}
        }
    }
    received.removed = current.keys().filter(|u| !target.contains_key(u)).count();
    received
}

/// This device's edits of records a delete elsewhere removed.
fn lost_edits(
    edited: &std::collections::HashSet<Uuid>,
    current: &HashMap<Uuid, (&'static Kind, Props)>,
    after: &HashMap<Uuid, Props>,
) -> Vec<Conflict> {
    let mut lost: Vec<&Uuid> = edited
        .iter()
        .filter(|u| current.contains_key(u) && !after.contains_key(u))
        .collect();
    lost.sort();
    lost.into_iter()
        .map(|uuid| {
            let kind = current[uuid].0;
            Conflict {
                kind: projection::ConflictKind::EditLost,
                table: kind.name.into(),
                record: uuid.hyphenated().to_string(),
                message: format!(
                    "your change to {} was not kept: it was deleted on another device (the delete wins)",
                    projection::with_article(projection::singular(kind))
                ),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    type TestResult = Result<(), Box<dyn std::error::Error>>;

    use super::*;
    use crate::clock::Clock;
    use crate::store::Store;

    /// Every column of a replicated table travels (or is the key, the
    /// local id, or derived): a column missing from its `Kind` would be
    /// lost on every device at the next sync.
    #[test]
    fn every_column_of_a_replicated_table_is_a_record_field() -> TestResult {
        struct Columns<'a> {
            db: &'a Db,
            missing: Vec<String>,
        }
        impl EachTable for Columns<'_> {
            type Error = Error;
            fn table<T: BackupTable>(&mut self) -> Result<()> {
                let Some(kind) = records::kind(T::NAME) else {
                    return Ok(());
                };
                for column in crate::store::sync::columns(self.db, T::TABLE)? {
                    let known = kind.fields().any(|f| f == column)
                        || matches!(column.as_str(), "id" | "uid" | "name_key")
                        || (kind.key == records::Key::SubscriptionId
                            && column == "subscription_id");
                    if !known {
                        self.missing.push(format!("{}.{column}", T::TABLE));
                    }
                }
                Ok(())
            }
        }
        let dir = tempfile::tempdir()?;
        let store = Store::open(&dir.path().join("subs.db"), Clock::system())?;
        let mut columns = Columns {
            db: store.db(),
            missing: Vec::new(),
        };
        each_table(&mut columns)?;
        assert!(columns.missing.is_empty(), "{:?}", columns.missing);
        Ok(())
    }

    fn props(pairs: &[(&str, &str)]) -> Props {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// A newer subs may add properties and record types; this one never
    /// changes or removes what it does not know, so they survive its syncs.
    #[test]
    fn what_a_newer_subs_wrote_survives_a_sync_through_this_one() -> TestResult {
        let category = Uuid::new_v4();
        let future = Uuid::new_v4();
        let stored = props(&[
            (TYPE, "categories"),
            ("name", "\"Video\""),
            ("color", "\"#112233\""),
            ("icon", "\"tv\""),
            ("created_at", "\"2026-01-01T00:00:00Z\""),
            ("from_a_newer_subs", "\"kept\""),
        ]);
        let trip = props(&[(TYPE, "trips"), ("name", "\"Lisbon\"")]);
        let replica = HashMap::from([(category, stored.clone()), (future, trip.clone())]);
        let projection = project(&replica)?;
        assert_eq!(
            projection.records().len(),
            1,
            "the unknown type is not projected"
        );
        let mut edited = stored.clone();
        edited.remove("from_a_newer_subs");
        edited.insert("name".into(), "\"Films\"".into());
        let kind = records::kind("categories").ok_or("no value")?;
        let current = HashMap::from([(category, (kind, edited))]);
        let now = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH;
        let ops = capture(
            &replica,
            &projection.records(),
            &current,
            &HashMap::new(),
            now,
        );
        let touched: Vec<String> = ops
            .iter()
            .map(|op| match op {
                Operation::Update { property, uuid, .. } => format!("{uuid}:{property}"),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(touched, vec![format!("{category}:name")]);
        // Through TaskChampion: the newer property and record stay.
        let dir = tempfile::tempdir()?;
        let mut store = Store::open(&dir.path().join("subs.db"), Clock::system())?;
        store.write_exclusive(|db| {
            let mut setup = Operations::new();
            for (uuid, p) in [(category, &stored), (future, &trip)] {
                setup.push(Operation::Create { uuid });
                for (k, v) in p {
                    setup.push(Operation::Update {
                        uuid,
                        property: k.clone(),
                        old_value: None,
                        value: Some(v.clone()),
                        timestamp: now,
                    });
                }
            }
            commit(db, setup)?;
            commit(db, ops)
        })?;
        let after = sql::replica_records(store.db())?;
        assert_eq!(after[&category]["name"], "\"Films\"");
        assert_eq!(after[&category]["from_a_newer_subs"], "\"kept\"");
        assert_eq!(after[&future], trip);
        Ok(())
    }
}
