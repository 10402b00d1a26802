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

pub mod git;
pub mod projection;
pub mod records;
pub mod unpushed;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{Map, Value};
use taskchampion::{Operation, Operations, Replica, ServerConfig};
use uuid::Uuid;

use self::projection::{Conflict, Projection};
use self::records::{Kind, Props, TYPE, Uids};
use crate::error::{Error, Result};
use crate::store::backup::{self, Restored};
use crate::store::replica::ReplicaStorage;
use crate::store::{Db, sync as sql};
use crate::transfer::backup::{BackupTable, EachTable, each_table};

/// The branch of the remote repository subs uses.
pub const BRANCH: &str = "main";

/// Where a device syncs to.
pub struct Remote {
    /// A git URL or path (a local path is made absolute).
    pub url: String,
    /// This device's clone of it.
    pub clone: PathBuf,
    /// The encryption secret (never stored in the database).
    pub secret: Vec<u8>,
    /// The limit on each git command (`SUBS_SYNC_TIMEOUT`).
    pub timeout: std::time::Duration,
}

/// The clone, locked for this sync and holding exactly the remote's
/// branch as it was fetched (outside the database's write lock).
pub struct Fetched {
    /// The remote's commit fetched (`None`: the remote is empty).
    pub head: Option<String>,
    /// Starting the remote over: the commit the push replaces (it must
    /// still be the remote's when the push arrives).
    replaces: Option<String>,
    path: git::PlainPath,
    git: git::Git,
    _lock: git::CloneLock,
}

/// Locks the clone and makes it the remote's branch: the one step that
/// waits on the network before the database is locked. `start_over`
/// leaves the clone empty instead, and the push replaces the remote's
/// branch (`sync init --force-new-remote`).
pub fn fetch(remote: &Remote, start_over: bool) -> std::result::Result<Fetched, SyncError> {
    git::check_remote(&remote.url).map_err(|e| SyncError::Local(Error::invalid(e)))?;
    let lock = git::CloneLock::take(&remote.clone, remote.timeout)
        .map_err(|e| SyncError::Local(Error::runtime(e)))?;
    remove_stale_git_locks(&remote.clone);
    let git = git::Git {
        timeout: remote.timeout,
    };
    let head = git
        .remote_head(&remote.url)
        .map_err(|e| unreachable(&remote.url, e))?;
    let (head, replaces) = if start_over {
        (None, head)
    } else {
        (head, None)
    };
    git.mirror(&remote.clone, &remote.url, head.as_deref())
        .map_err(|e| unreachable(&remote.url, e))?;
    let path = git::PlainPath::new(&remote.clone)
        .map_err(|e| SyncError::Local(Error::runtime(e.to_string())))?;
    Ok(Fetched {
        head,
        replaces,
        path,
        git,
        _lock: lock,
    })
}

/// A git command that failed talking to the remote, as a sentence.
pub fn unreachable(url: &str, e: git::GitError) -> SyncError {
    SyncError::Sync(match e {
        git::GitError::Timeout(limit) => Failure::Unreachable(format!(
            "{url} did not answer within {} s: git was stopped (SUBS_SYNC_TIMEOUT sets the limit in seconds)",
            limit.as_secs()
        )),
        git::GitError::Failed(why) => Failure::Unreachable(format!("cannot reach {url}: {why}")),
    })
}

/// Rows this sync changed in the tables here.
#[derive(Debug, Default, Serialize, PartialEq, Eq)]
pub struct Changes {
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
}

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

/// The folder a database's clone of the remote lives in (beside it).
pub fn clone_dir(database: &Path) -> PathBuf {
    let database = std::path::absolute(database).unwrap_or_else(|_| database.to_path_buf());
    let mut name = database.as_os_str().to_os_string();
    name.push("-sync");
    PathBuf::from(name)
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| Error::runtime(format!("cannot start sync: {e}")))
}

/// TaskChampion's error with every cause, one line.
pub fn describe(e: &taskchampion::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Why a sync failed, as TaskChampion put it.
#[derive(Debug)]
pub enum Failure {
    /// The records on the remote cannot be decrypted with this secret.
    Secret,
    /// The remote cannot be reached (the sentence says why).
    Unreachable(String),
    /// Another device pushed between this sync's fetch and its push.
    Raced,
    /// The remote holds a replica set this device's replica is not part
    /// of (it was started over by another device).
    StartedOver,
    /// A file on the remote is not what TaskChampion writes (the sentence
    /// names it).
    Odd(String),
    /// Anything else (git, the network, the replica).
    Other(String),
}

fn failure(e: &taskchampion::Error) -> Failure {
    let text = describe(e);
    if text.contains("unseal") || text.contains("decrypt") {
        Failure::Secret
    } else {
        Failure::Other(text)
    }
}

/// The first file of the clone that is not as TaskChampion writes it
/// (`meta` and `snapshot` JSON of known fields, versions named
/// `v-PARENT-VERSION`), named: a tampered or foreign remote is refused in
/// one sentence before anything reads it.
fn odd_file(clone: &Path) -> Option<String> {
    fn json_with(path: &Path, fields: &[&str]) -> bool {
        std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
            .is_some_and(|v| {
                fields
                    .iter()
                    .all(|f| v.get(*f).is_some_and(Value::is_string))
            })
    }
    let mut names: Vec<String> = std::fs::read_dir(clone)
        .ok()?
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    names.into_iter().find(|name| {
        let path = clone.join(name);
        match name.as_str() {
            "meta" => !json_with(&path, &["latest_version", "salt"]),
            "snapshot" => !json_with(&path, &["version_id", "payload"]),
            n if n.starts_with("v-") => {
                !path.is_file()
                    || n[2..].split_once('-').is_none_or(|(p, c)| {
                        Uuid::parse_str(p).is_err() || Uuid::parse_str(c).is_err()
                    })
            }
            _ => false,
        }
    })
}

/// Once the secret has opened the remote's data, the sealed file that
/// does not open is damaged: the first such, by name.
async fn sealed_file_at_fault(server: &mut Box<dyn taskchampion::Server>, clone: &Path) -> String {
    if clone.join("snapshot").is_file() && server.get_snapshot().await.is_err() {
        return "snapshot".into();
    }
    for (parent, child) in versions(clone) {
        if server.get_child_version(parent).await.is_err() {
            return format!("v-{}-{}", parent.simple(), child.simple());
        }
    }
    "a version file".into()
}

/// Decrypts one thing the remote holds (its snapshot, else a version),
/// so a secret that does not open it is refused before anything is sent.
async fn verify_secret(
    server: &mut Box<dyn taskchampion::Server>,
    clone: &Path,
) -> std::result::Result<(), taskchampion::Error> {
    if clone.join("snapshot").is_file() {
        server.get_snapshot().await?;
        return Ok(());
    }
    if let Some((parent, _)) = versions(clone).into_iter().next() {
        server.get_child_version(parent).await?;
    }
    Ok(())
}

/// The versions in the clone: (parent, version) from `v-PARENT-VERSION`.
fn versions(clone: &Path) -> Vec<(Uuid, Uuid)> {
    let mut out: Vec<(Uuid, Uuid)> = std::fs::read_dir(clone)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let (parent, child) = name.strip_prefix("v-")?.split_once('-')?;
            Some((Uuid::parse_str(parent).ok()?, Uuid::parse_str(child).ok()?))
        })
        .collect();
    out.sort();
    out
}

/// Refuses a remote that no longer holds the version this replica last
/// had from it: another device started it over (`sync init
/// --force-new-remote`), and merging would be guessing.
fn started_over(db: &Db, clone: &Path) -> std::result::Result<(), SyncError> {
    let Some(base) = sql::base_version(db)?.and_then(|b| Uuid::parse_str(&b).ok()) else {
        return Ok(());
    };
    if base.is_nil() {
        return Ok(());
    }
    if versions(clone).iter().any(|(_, v)| *v == base) {
        return Ok(());
    }
    let snapshot: Option<Uuid> = std::fs::read(clone.join("snapshot"))
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .and_then(|v| {
            v.get("version_id")?
                .as_str()
                .and_then(|s| Uuid::parse_str(s).ok())
        });
    if snapshot == Some(base) {
        return Ok(());
    }
    Err(SyncError::Sync(Failure::StartedOver))
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
    if sql::meta(db, "remote")?.is_none() {
        return Ok(true);
    }
    let device = sql::meta(db, "device")?;
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
    let changed_at = changed_at(db)?;
    let (mut sent, mut edited) = sql::unsynced(db)?;
    sent.extend(requeued);
    let base_before = sql::base_version(db)?;
    // The tables as they are, read when they may hold changes to send.
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
    started_over(db, &remote.clone)?;
    let config = server_config(remote, fetched);
    if let Some(file) = odd_file(&remote.clone) {
        return Err(SyncError::Sync(Failure::Odd(file)));
    }
    let clone = &remote.clone;
    let added = std::rc::Rc::new(std::cell::RefCell::new(unpushed::Unpushed::default()));
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
    })?;
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
    let current = match current {
        Some(current) => current,
        None => local_records(db)?,
    };
    let after = sql::replica_records(db)?;
    let projection = project(&after)?;
    let target = projection.records();
    let mut received = Changes::default();
    for (uuid, props) in &target {
        match current.get(uuid) {
            None => received.added += 1,
            Some((_, here)) if here != props => received.changed += 1,
            Some(_) => {}
        }
    }
    received.removed = current.keys().filter(|u| !target.contains_key(u)).count();
    if received != Changes::default() {
        rebuild(db, &projection)?;
    }
    // Every change made here is in the replica now (and the rebuild's own
    // writes are not changes to send).
    sql::clear_marks(db)?;
    let mut conflicts = projection.conflicts;
    let mut lost: Vec<&Uuid> = edited
        .iter()
        .filter(|u| current.contains_key(u) && !after.contains_key(u))
        .collect();
    lost.sort();
    for uuid in lost {
        let kind = current[uuid].0;
        conflicts.push(Conflict {
            kind: "edit_lost".into(),
            table: kind.name.into(),
            record: uuid.hyphenated().to_string(),
            message: format!(
                "your change to {} was not kept: it was deleted on another device (the delete wins)",
                projection::with_article(projection::singular(kind))
            ),
        });
    }
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

/// TaskChampion's server over the fetched clone, never the network.
fn server_config(remote: &Remote, fetched: &Fetched) -> ServerConfig {
    ServerConfig::Git {
        local_path: fetched.path.path.clone(),
        branch: BRANCH.into(),
        remote: Some(remote.url.clone()),
        // The clone is the remote's branch as fetched; subs pushes.
        local_only: true,
        encryption_secret: remote.secret.clone(),
        git_path: None,
    }
}

/// The record type of a notice every device lists (`sync status`): an
/// edit a delete on another device overruled. Not a table's: projection
/// and capture leave it alone; `sync resolve` deletes it.
pub const NOTICE: &str = "sync_notice";

/// Notices of the lost edits among `conflicts` not in the replica yet.
fn notice_ops(
    db: &Db,
    replica: &HashMap<Uuid, Props>,
    conflicts: &[Conflict],
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Operations> {
    let device = sql::meta(db, "device_name")?.unwrap_or_else(|| "a device".into());
    let mut ops = Operations::new();
    for c in conflicts.iter().filter(|c| c.kind == "edit_lost") {
        let Ok(record) = Uuid::parse_str(&c.record) else {
            continue;
        };
        let uuid = Uuid::new_v5(&record, b"subs edit_lost");
        if replica.contains_key(&uuid) {
            continue;
        }
        let what = c
            .message
            .strip_prefix("your change to ")
            .and_then(|m| m.split_once(" was not kept"))
            .map_or("a record", |(what, _)| what);
        let message = format!(
            "a change made on {device} to {what} was not kept: it was deleted on another device (the delete wins)"
        );
        ops.push(Operation::Create { uuid });
        for (name, value) in [
            (TYPE, NOTICE),
            ("kind", c.kind.as_str()),
            ("table", c.table.as_str()),
            ("record", c.record.as_str()),
            ("message", message.as_str()),
        ] {
            ops.push(Operation::Update {
                uuid,
                property: name.into(),
                old_value: None,
                value: Some(value.into()),
                timestamp: now,
            });
        }
    }
    Ok(ops)
}

/// The notices the replica holds, as conflicts.
pub fn notices(replica: &HashMap<Uuid, Props>) -> Vec<(Uuid, Conflict)> {
    let mut out: Vec<(Uuid, Conflict)> = replica
        .iter()
        .filter(|(_, p)| p.get(TYPE).map(String::as_str) == Some(NOTICE))
        .map(|(uuid, p)| {
            let get = |k: &str| p.get(k).cloned().unwrap_or_default();
            (
                *uuid,
                Conflict {
                    kind: get("kind"),
                    table: get("table"),
                    record: get("record"),
                    message: get("message"),
                },
            )
        })
        .collect();
    out.sort_by(|a, b| a.1.record.cmp(&b.1.record));
    out
}

/// Deletes every notice (`sync resolve`).
pub fn clear_notices(replica: &HashMap<Uuid, Props>) -> Operations {
    let mut ops = Operations::new();
    for (uuid, _) in notices(replica) {
        ops.push(Operation::Delete {
            uuid,
            old_task: replica
                .get(&uuid)
                .map(|p| p.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default(),
        });
    }
    ops
}

/// Pushes what TaskChampion committed to the clone, before the database
/// commits: a push that fails leaves nothing marked as sent here, and the
/// next fetch drops the clone's commits.
/// Pushes what the exchange committed to the clone — after the
/// transaction that committed it, outside the database's write lock (a
/// setup pushes inside its own, so a failed setup leaves nothing). What a
/// failed push leaves is settled by the next sync (`unpushed.rs`).
pub fn push(remote: &Remote, fetched: &Fetched) -> std::result::Result<(), SyncError> {
    let local = fetched
        .git
        .local_head(&remote.clone)
        .map_err(|e| unreachable(&remote.url, e))?;
    if local.is_some()
        && local != fetched.head
        && let Err(e) = fetched
            .git
            .push(&remote.clone, &remote.url, fetched.replaces.as_deref())
    {
        let now_head = fetched.git.remote_head(&remote.url);
        let expected = fetched.replaces.as_ref().or(fetched.head.as_ref());
        return Err(match now_head {
            Ok(head) if head.as_ref() != expected => SyncError::Sync(Failure::Raced),
            _ => match e {
                git::GitError::Failed(why) => SyncError::Sync(Failure::Other(format!(
                    "the remote did not take this device's changes (they are kept here for the next sync): {why}"
                ))),
                timeout => unreachable(&remote.url, timeout),
            },
        });
    }
    Ok(())
}

/// The operations that write the projection back into the replica: the
/// records it left out are deleted, its repairs and redirected references
/// set. Afterwards the replica holds no conflict. Records of types this
/// build does not know are left alone.
pub fn settle_conflicts(
    replica: &HashMap<Uuid, Props>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(Operations, usize)> {
    let projection = project(replica)?;
    let known: HashMap<Uuid, Props> = replica
        .iter()
        .filter(|(_, p)| p.get(TYPE).and_then(|t| records::kind(t)).is_some())
        .map(|(u, p)| (*u, p.clone()))
        .collect();
    let mut target = HashMap::new();
    for (uuid, props) in projection.records() {
        if let Some(kind) = props.get(TYPE).and_then(|t| records::kind(t)) {
            target.insert(uuid, (kind, props));
        }
    }
    let ops = capture(&known, &known, &target, &HashMap::new(), now);
    Ok((ops, projection.conflicts.len()))
}

/// Why `run` failed.
#[derive(Debug)]
pub enum SyncError {
    /// Exchanging with the remote failed.
    Sync(Failure),
    /// Reading or writing here failed.
    Local(Error),
}

impl From<Error> for SyncError {
    fn from(e: Error) -> Self {
        SyncError::Local(e)
    }
}

/// A git process killed mid-write leaves its lock behind, and every later
/// git command in the clone fails. Sync holds its lock on the clone, so
/// no other subs is using it: the locks are stale.
fn remove_stale_git_locks(clone: &Path) {
    for lock in [
        "index.lock",
        "HEAD.lock",
        "refs/heads/main.lock",
        "shallow.lock",
    ] {
        let _ = std::fs::remove_file(clone.join(".git").join(lock));
    }
}

/// Rewrites the replicated tables to equal the projection. Rows keep
/// their local ids; new rows get ids no row has had.
fn rebuild(db: &Db, projection: &Projection) -> Result<()> {
    struct Ids {
        old: HashMap<&'static str, HashMap<String, i64>>,
        next: HashMap<&'static str, i64>,
    }
    struct Prepare<'a> {
        db: &'a Db,
        ids: Ids,
        tables: Vec<&'static str>,
        /// Tables keyed by something else than their rowid: (table, key
        /// column, rowids by key).
        rowids: Vec<(&'static str, &'static str, HashMap<String, i64>)>,
    }
    impl EachTable for Prepare<'_> {
        type Error = Error;
        fn table<T: BackupTable>(&mut self) -> Result<()> {
            let Some(kind) = records::kind(T::NAME) else {
                return Ok(());
            };
            if T::FIND_BY_UID.is_some() {
                self.ids
                    .old
                    .insert(kind.name, sql::local_ids(self.db, T::TABLE)?);
                self.ids
                    .next
                    .insert(kind.name, sql::next_id(self.db, T::TABLE)?);
            } else {
                let key = match kind.key {
                    records::Key::SubscriptionId => "subscription_id",
                    _ => "currency",
                };
                let old = sql::rowids(self.db, T::TABLE, key)?;
                self.rowids.push((T::TABLE, key, old));
            }
            self.tables.push(T::TABLE);
            Ok(())
        }
    }
    struct Insert<'a> {
        db: &'a Db,
        projection: &'a Projection,
        ids: Ids,
        /// Local ids of rows inserted, by kind and global id.
        now: HashMap<(&'static str, String), i64>,
    }
    impl EachTable for Insert<'_> {
        type Error = Error;
        fn table<T: BackupTable>(&mut self) -> Result<()> {
            let Some(kind) = records::kind(T::NAME) else {
                return Ok(());
            };
            let Some((_, rows)) = self
                .projection
                .tables
                .iter()
                .find(|(k, _)| k.name == kind.name)
            else {
                return Ok(());
            };
            for p in rows {
                let mut map = p.row.clone();
                if T::FIND_BY_UID.is_some() {
                    let uid = map
                        .get("uid")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string();
                    let id = match self.ids.old.get(kind.name).and_then(|m| m.get(&uid)) {
                        Some(id) => *id,
                        None => {
                            let next = self.ids.next.entry(kind.name).or_insert(1);
                            *next += 1;
                            *next - 1
                        }
                    };
                    map.insert("id".into(), Value::from(id));
                    self.now.insert((kind.name, uid), id);
                }
                for (field, target) in kind.refs {
                    if let Some(uid) = map.get(*field).and_then(Value::as_str) {
                        let local = self.now.get(&(*target, uid.to_string())).copied();
                        map.insert((*field).into(), local.map_or(Value::Null, Value::from));
                    }
                }
                let mut row: T = serde_json::from_value(Value::Object(map))?;
                if let Restored::Duplicate = backup::restore(self.db, &mut row)? {
                    return Err(Error::runtime(format!(
                        "sync could not store a {} record twice; nothing was changed",
                        kind.name
                    )));
                }
            }
            Ok(())
        }
    }
    let mut prepare = Prepare {
        db,
        ids: Ids {
            old: HashMap::new(),
            next: HashMap::new(),
        },
        tables: Vec::new(),
        rowids: Vec::new(),
    };
    each_table(&mut prepare)?;
    let mut children_first = prepare.tables.clone();
    children_first.reverse();
    sql::begin_rebuild(db, &children_first)?;
    let mut insert = Insert {
        db,
        projection,
        ids: prepare.ids,
        now: HashMap::new(),
    };
    each_table(&mut insert)?;
    for (table, key, old) in &prepare.rowids {
        sql::restore_rowids(db, table, key, old)?;
    }
    sql::end_rebuild(db)
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
                    let known = kind.fields.contains(&column.as_str())
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
