//! Conflicts every device lists: notices of edits a delete overruled, kept
//! in the replica, and `sync resolve`'s settlement written back into it.

use std::collections::HashMap;

use taskchampion::{Operation, Operations};
use uuid::Uuid;

use super::projection::{Conflict, ConflictKind};
use super::records::{self, Props, TYPE};
use super::{capture, project};
use crate::error::Result;
use crate::store::Db;

/// The record type of a notice every device lists (`sync status`): an
/// edit a delete on another device overruled. Not a table's: projection
/// and capture leave it alone; `sync resolve` deletes it.
pub const NOTICE: &str = "sync_notice";

/// Notices of the lost edits among `conflicts` not in the replica yet.
pub(super) fn notice_ops(
    db: &Db,
    replica: &HashMap<Uuid, Props>,
    conflicts: &[Conflict],
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Operations> {
    let device = super::device::get(db, super::device::Key::DeviceName)?
        .unwrap_or_else(|| "a device".into());
    let mut ops = Operations::new();
    for c in conflicts
        .iter()
        .filter(|c| c.kind == ConflictKind::EditLost)
    {
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
        .filter_map(|(uuid, p)| {
            let get = |k: &str| p.get(k).cloned().unwrap_or_default();
            // A kind a newer subs wrote is not listed here.
            let kind = ConflictKind::parse(&get("kind"))?;
            Some((
                *uuid,
                Conflict {
                    kind,
                    table: get("table"),
                    record: get("record"),
                    message: get("message"),
                },
            ))
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
