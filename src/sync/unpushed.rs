//! Versions this device made and has not seen on the remote yet.
//!
//! A sync commits its exchange (TaskChampion on the clone) and the
//! projection in one short transaction, and pushes the clone after it,
//! outside the database's write lock, so a slow remote never blocks `add`,
//! `pay` or cron's `alerts generate`. Until the remote is seen holding them,
//! the versions the exchange added are written down (`tc_meta`
//! `subs.unpushed`, in that same transaction): their parent and their
//! operations. The next sync settles them before anything else: a remote
//! that holds the last of them took the push; otherwise (the push failed,
//! was raced by another device, or the run was killed before it) the
//! replica takes them back — its base returns to their parent and their
//! operations are unsynced again, ahead of any made since — and they are
//! sent again, rebased on whatever the remote holds now. Nothing is lost
//! and nothing is sent twice.

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use taskchampion::Server;
use taskchampion::server::{
    AddVersionResult, GetVersionResult, HistorySegment, Snapshot, SnapshotUrgency, VersionId,
};
use uuid::Uuid;

type TcResult<T> = std::result::Result<T, taskchampion::Error>;

use crate::error::{Error, Result};
use crate::store::{Db, sync as sql};

use super::device::{self, Key};

/// What the exchange added to the clone, in order.
#[derive(Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Unpushed {
    /// The remote version the first of them follows.
    parent: Uuid,
    /// The versions, oldest first.
    versions: Vec<Uuid>,
    /// Their operations as TaskChampion sent them, oldest first.
    operations: Vec<Value>,
}

/// A server that notes every version it accepts (the exchange's own
/// server wrapped).
pub struct Recorder {
    inner: Box<dyn Server>,
    added: Rc<RefCell<Unpushed>>,
}

impl Unpushed {
    /// Whether the exchange added any version.
    pub fn made_any(&self) -> bool {
        !self.versions.is_empty()
    }
}

impl Recorder {
    /// Wraps `inner`, noting into `added`.
    pub fn wrap(inner: Box<dyn Server>, added: Rc<RefCell<Unpushed>>) -> Box<dyn Server> {
        Box::new(Recorder { inner, added })
    }
}

#[async_trait::async_trait(?Send)]
impl Server for Recorder {
    async fn add_version(
        &mut self,
        parent: VersionId,
        segment: HistorySegment,
    ) -> TcResult<(AddVersionResult, SnapshotUrgency)> {
        // TaskChampion's version document: `{"operations": [...]}`.
        let operations = serde_json::from_slice::<Value>(&segment)
            .ok()
            .and_then(|v| v.get("operations").and_then(Value::as_array).cloned());
        let answer = self.inner.add_version(parent, segment).await?;
        if let AddVersionResult::Ok(version) = answer.0 {
            let Some(operations) = operations else {
                return Err(taskchampion::Error::Server(
                    "a version this device made is not TaskChampion's document".into(),
                ));
            };
            let mut added = self.added.borrow_mut();
            if added.versions.is_empty() {
                added.parent = parent;
            }
            added.versions.push(version);
            added.operations.extend(operations);
        }
        Ok(answer)
    }

    async fn get_child_version(&mut self, parent: VersionId) -> TcResult<GetVersionResult> {
        self.inner.get_child_version(parent).await
    }

    async fn add_snapshot(&mut self, version: VersionId, snapshot: Snapshot) -> TcResult<()> {
        self.inner.add_snapshot(version, snapshot).await
    }

    async fn get_snapshot(&mut self) -> TcResult<Option<(VersionId, Snapshot)>> {
        self.inner.get_snapshot().await
    }
}

/// Writes down what this run's exchange added (in the run's transaction),
/// after any record an earlier run left was settled.
pub fn remember(db: &Db, added: &Unpushed) -> Result<()> {
    if !added.made_any() {
        return Ok(());
    }
    let text = serde_json::to_string(added)
        .map_err(|e| Error::runtime(format!("cannot note the versions to push: {e}")))?;
    device::set(db, Key::Unpushed, &text)
}

/// Forgets the record: the remote took the push (a setup pushes inside
/// its own transaction).
pub fn forget(db: &Db) -> Result<()> {
    device::unset(db, Key::Unpushed)
}

/// The records whose changes wait for a push (`sync status` counts them
/// as pending until a sync sees them on the remote).
pub fn records(db: &Db) -> Result<Vec<Uuid>> {
    let Some(unpushed) = read(db)? else {
        return Ok(Vec::new());
    };
    Ok(unpushed
        .operations
        .iter()
        .filter_map(|op| as_local(op).and_then(|(_, uuid)| uuid))
        .collect())
}

fn read(db: &Db) -> Result<Option<Unpushed>> {
    let Some(text) = device::get(db, Key::Unpushed)? else {
        return Ok(None);
    };
    serde_json::from_str(&text).map(Some).map_err(|_| {
        Error::runtime(
            "the record of changes this device has not pushed yet is damaged; `subs sync leave` and `subs sync join` start this device over from the remote",
        )
    })
}

/// Settles what an earlier run left unpushed against the clone as just
/// fetched (the remote's branch): kept when the remote holds it, taken
/// back otherwise. Returns the records whose operations go out again.
pub fn settle(db: &Db, clone: &Path) -> Result<Vec<Uuid>> {
    let Some(unpushed) = read(db)? else {
        return Ok(Vec::new());
    };
    let on_remote = unpushed.versions.last().is_some_and(|last| {
        super::transport::versions(clone)
            .iter()
            .any(|(_, v)| v == last)
    });
    if on_remote {
        forget(db)?;
        return Ok(Vec::new());
    }
    let mut records = Vec::new();
    let mut operations = Vec::with_capacity(unpushed.operations.len());
    for op in &unpushed.operations {
        let (data, uuid) = as_local(op).ok_or_else(|| {
            Error::runtime(
                "the record of changes this device has not pushed yet is damaged; `subs sync leave` and `subs sync join` start this device over from the remote",
            )
        })?;
        if let Some(uuid) = uuid
            && !records.contains(&uuid)
        {
            records.push(uuid);
        }
        operations.push((data, uuid.map(|u| u.hyphenated().to_string())));
    }
    sql::requeue(db, &unpushed.parent.hyphenated().to_string(), &operations)?;
    forget(db)?;
    Ok(records)
}

/// A sent operation (TaskChampion's `SyncOp`) as a local one again, as the
/// replica stores it: (its JSON, the record it is about). A delete's old
/// record and an update's old value are for undo, which a sent operation
/// no longer offers.
fn as_local(op: &Value) -> Option<(String, Option<Uuid>)> {
    let (kind, fields) = op.as_object()?.iter().next()?;
    let mut fields = fields.as_object()?.clone();
    match kind.as_str() {
        "Create" => {}
        "Delete" => {
            fields.insert("old_task".into(), Value::Object(Default::default()));
        }
        "Update" => {
            fields.insert("old_value".into(), Value::Null);
        }
        _ => return None,
    }
    let local = serde_json::json!({ kind: fields });
    let parsed: taskchampion::Operation = serde_json::from_value(local).ok()?;
    let uuid = parsed.get_uuid();
    Some((serde_json::to_string(&parsed).ok()?, uuid))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sent_operations_become_local_ones() {
        let uuid = Uuid::new_v4();
        let ops = [
            serde_json::json!({"Create": {"uuid": uuid}}),
            serde_json::json!({"Update": {"uuid": uuid, "property": "name", "value": "Netflix",
                "timestamp": "2026-12-07T10:00:00Z"}}),
            serde_json::json!({"Delete": {"uuid": uuid}}),
        ];
        let local: Vec<taskchampion::Operation> = ops
            .iter()
            .map(|op| {
                let (data, about) = as_local(op).expect("a SyncOp");
                assert_eq!(about, Some(uuid));
                serde_json::from_str(&data).expect("an Operation")
            })
            .collect();
        assert_eq!(local[0], taskchampion::Operation::Create { uuid });
        assert!(matches!(
            &local[1],
            taskchampion::Operation::Update { property, value: Some(v), old_value: None, .. }
                if property == "name" && v == "Netflix"
        ));
        assert!(matches!(&local[2], taskchampion::Operation::Delete { uuid: u, .. } if *u == uuid));
        assert_eq!(
            as_local(&serde_json::json!({"Rename": {"uuid": uuid}})),
            None
        );
        assert_eq!(as_local(&serde_json::json!("Create")), None);
    }
}
