//! SQL of sync: the replica's records as TaskChampion stored them, this
//! device's sync settings (`tc_meta`, keys starting `subs.`), and the
//! statements that rebuild the replicated tables from a projection while
//! keeping every row's local id and this device's delivery outbox.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::Db;
use super::spec::{self, TableSpec};
use crate::error::{Error, Result};

/// The tables whose changes sync sends, each with the column its records
/// are keyed by (sync's `Kind`s; a unit test in `sync/records.rs` keeps the
/// two lists equal).
pub const MARKED: &[(&TableSpec, &str)] = &[
    (&spec::CHANNELS, "uid"),
    (&spec::RATES, "currency"),
    (&spec::CATEGORIES, "uid"),
    (&spec::CARDS, "uid"),
    (&spec::MEMBERS, "uid"),
    (&spec::SUBSCRIPTIONS, "subscription_id"),
    (&spec::SHARES, "uid"),
    (&spec::PAYMENTS, "uid"),
    (&spec::USAGE, "uid"),
    (&spec::ALERTS, "uid"),
    (&spec::PRICE_HISTORY, "uid"),
    (&spec::BUDGETS, "uid"),
];

/// Whether this database syncs (`sync init` or `join` set its remote).
fn syncs(conn: &rusqlite::Connection) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM tc_meta WHERE key = 'subs.remote'")?
        .exists([])?)
}

/// Gives a writing connection the triggers that note when each synced
/// record changed (`sync_mark`), when the database syncs: TEMP triggers,
/// like the undo journal's, so no command parses them from the file and a
/// database that does not sync never has them. Each still checks that the
/// database syncs when it fires (`sync leave` in the same run). Returns
/// whether they were made.
pub(super) fn install_mark_triggers(conn: &rusqlite::Connection) -> Result<bool> {
    if !syncs(conn)? {
        return Ok(false);
    }
    let mut batch = String::from("BEGIN;");
    for (table, key) in MARKED {
        for (event, row) in [("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")] {
            batch.push_str(&format!(
                "CREATE TEMP TRIGGER IF NOT EXISTS \"sync_mark_{t}_{event}\" AFTER {ev} ON main.\"{t}\"
                 WHEN EXISTS (SELECT 1 FROM main.tc_meta WHERE key = 'subs.remote') BEGIN
                     INSERT INTO main.sync_mark (kind, key, at)
                     VALUES ('{kind}', {row}.\"{key}\", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                     ON CONFLICT (kind, key) DO UPDATE SET at = excluded.at;
                 END;",
                t = table.table,
                ev = event.to_ascii_uppercase(),
                kind = table.section,
            ));
        }
    }
    batch.push_str("COMMIT;");
    if let Err(e) = conn.execute_batch(&batch) {
        if !conn.is_autocommit() {
            let _ = conn.execute_batch("ROLLBACK");
        }
        return Err(e.into());
    }
    Ok(true)
}

/// Every record of the replica, by id: its properties.
pub fn replica_records(db: &Db) -> Result<HashMap<Uuid, BTreeMap<String, String>>> {
    let mut stmt = db.conn.prepare("SELECT uuid, data FROM tc_task")?;
    let mut rows = stmt.query([])?;
    let mut out = HashMap::new();
    while let Some(row) = rows.next()? {
        let uuid: String = row.get(0)?;
        let data: String = row.get(1)?;
        let uuid = Uuid::parse_str(&uuid)
            .map_err(|e| Error::runtime(format!("the sync replica is damaged: {e}")))?;
        let props = serde_json::from_str(&data)
            .map_err(|e| Error::runtime(format!("the sync replica is damaged: {e}")))?;
        out.insert(uuid, props);
    }
    Ok(out)
}

/// One record of the replica.
pub fn replica_record(db: &Db, uuid: Uuid) -> Result<Option<BTreeMap<String, String>>> {
    let data: Option<String> = db
        .conn
        .prepare_cached("SELECT data FROM tc_task WHERE uuid = ?1")?
        .query_row([uuid.hyphenated().to_string()], |r| r.get(0))
        .optional()?;
    data.map(|d| {
        serde_json::from_str(&d)
            .map_err(|e| Error::runtime(format!("the sync replica is damaged: {e}")))
    })
    .transpose()
}

/// Records with local changes not yet sent: (all of them, the ones
/// updated rather than created or deleted).
pub fn unsynced(db: &Db) -> Result<(HashSet<Uuid>, HashSet<Uuid>)> {
    let mut stmt = db.conn.prepare(
        "SELECT uuid, data LIKE '{\"Update\"%' FROM tc_operation WHERE synced = 0 AND uuid IS NOT NULL",
    )?;
    let mut rows = stmt.query([])?;
    let (mut all, mut updated) = (HashSet::new(), HashSet::new());
    while let Some(row) = rows.next()? {
        let uuid: String = row.get(0)?;
        let Ok(uuid) = Uuid::parse_str(&uuid) else {
            continue;
        };
        all.insert(uuid);
        if row.get::<_, bool>(1)? {
            updated.insert(uuid);
        }
    }
    Ok((all, updated))
}

/// When each record changed here since the last sync: (kind, key) → an
/// RFC 3339 time with milliseconds.
pub fn marks(db: &Db) -> Result<HashMap<(String, String), String>> {
    let mut stmt = db.conn.prepare("SELECT kind, key, at FROM sync_mark")?;
    let rows = stmt.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?;
    let mut out = HashMap::new();
    for row in rows {
        let (key, at) = row?;
        out.insert(key, at);
    }
    Ok(out)
}

/// Forgets the marks (a sync sent every change).
pub fn clear_marks(db: &Db) -> Result<()> {
    db.conn.execute("DELETE FROM sync_mark", [])?;
    Ok(())
}

/// The replica's base version (the last remote version it holds).
pub fn base_version(db: &Db) -> Result<Option<String>> {
    Ok(db
        .conn
        .prepare_cached("SELECT value FROM tc_meta WHERE key = 'base_version'")?
        .query_row([], |r| r.get(0))
        .optional()?)
}

/// A sync setting of this device.
pub fn meta(db: &Db, key: &str) -> Result<Option<String>> {
    Ok(db
        .conn
        .prepare_cached("SELECT value FROM tc_meta WHERE key = ?1")?
        .query_row([format!("subs.{key}")], |r| r.get(0))
        .optional()?)
}

pub fn set_meta(db: &Db, key: &str, value: &str) -> Result<()> {
    db.conn
        .prepare_cached(
            "INSERT INTO tc_meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )?
        .execute(params![format!("subs.{key}"), value])?;
    Ok(())
}

/// Forgets a sync setting of this device.
pub fn unset_meta(db: &Db, key: &str) -> Result<()> {
    db.conn
        .prepare_cached("DELETE FROM tc_meta WHERE key = ?1")?
        .execute([format!("subs.{key}")])?;
    Ok(())
}

/// Takes back versions this device sent that the remote never received:
/// the replica's base returns to `parent` and their `operations` (each
/// TaskChampion's JSON and the record it is about) are unsynced again,
/// ahead of those made since, so the next exchange sends them first.
pub fn requeue(db: &Db, parent: &str, operations: &[(String, Option<String>)]) -> Result<()> {
    let later: Vec<(String, Option<String>)> = db
        .conn
        .prepare_cached("SELECT data, uuid FROM tc_operation WHERE synced = 0 ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    db.conn
        .execute("DELETE FROM tc_operation WHERE synced = 0", [])?;
    let mut insert = db
        .conn
        .prepare_cached("INSERT INTO tc_operation (data, uuid) VALUES (?1, ?2)")?;
    for (data, uuid) in operations.iter().chain(&later) {
        insert.execute(params![data, uuid])?;
    }
    db.conn
        .prepare_cached(
            "INSERT INTO tc_meta (key, value) VALUES ('base_version', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )?
        .execute([parent])?;
    Ok(())
}

/// Whether the replica holds anything at all (records or operations).
pub fn replica_is_empty(db: &Db) -> Result<bool> {
    Ok(db.conn.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM tc_task) AND NOT EXISTS (SELECT 1 FROM tc_operation)",
        [],
        |r| r.get(0),
    )?)
}

/// The columns of a table.
pub fn columns(db: &Db, table: &str) -> Result<Vec<String>> {
    let mut stmt = db
        .conn
        .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?;
    let rows = stmt.query_map([table], |r| r.get(0))?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row?);
    }
    Ok(out)
}

/// Local ids by global id, for a table with both.
pub fn local_ids(db: &Db, table: &str) -> Result<HashMap<String, i64>> {
    let mut stmt = db
        .conn
        .prepare(&format!("SELECT uid, id FROM \"{table}\""))?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let mut out = HashMap::new();
    for row in rows {
        let (uid, id) = row?;
        out.insert(uid, id);
    }
    Ok(out)
}

/// The next local id a new row of `table` gets: above every id it has
/// held (its AUTOINCREMENT counter), so an id never names two rows.
pub fn next_id(db: &Db, table: &str) -> Result<i64> {
    let max: i64 = db.conn.query_row(
        &format!(
            "SELECT max(coalesce((SELECT max(id) FROM \"{table}\"), 0),
                        coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?1), 0))"
        ),
        [table],
        |r| r.get(0),
    )?;
    Ok(max + 1)
}

/// Rowids of a table whose key is not its rowid (subscriptions, rates), by
/// key: the undo journal names rows by rowid, so a rebuild gives them back.
pub fn rowids(db: &Db, table: &str, key: &str) -> Result<HashMap<String, i64>> {
    let mut stmt = db
        .conn
        .prepare(&format!("SELECT \"{key}\", rowid FROM \"{table}\""))?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let mut out = HashMap::new();
    for row in rows {
        let (k, id) = row?;
        out.insert(k, id);
    }
    Ok(out)
}

/// After a rebuild: rows that were here get their old rowids back; new
/// rows get rowids above every one the table had.
pub fn restore_rowids(db: &Db, table: &str, key: &str, old: &HashMap<String, i64>) -> Result<()> {
    let conn = &db.conn;
    conn.execute(&format!("UPDATE \"{table}\" SET rowid = -rowid"), [])?;
    {
        let mut set = conn.prepare(&format!(
            "UPDATE \"{table}\" SET rowid = ?1 WHERE \"{key}\" = ?2"
        ))?;
        for (k, id) in old {
            set.execute(params![id, k])?;
        }
    }
    let high = old.values().copied().max().unwrap_or(0);
    let new: Vec<String> = {
        let mut stmt = conn.prepare(&format!(
            "SELECT \"{key}\" FROM \"{table}\" WHERE rowid < 0 ORDER BY rowid DESC"
        ))?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut set = conn.prepare(&format!(
        "UPDATE \"{table}\" SET rowid = max(?1, (SELECT coalesce(max(rowid), 0) FROM \"{table}\")) + 1
         WHERE \"{key}\" = ?2"
    ))?;
    for k in new {
        set.execute(params![high, k])?;
    }
    Ok(())
}

/// Empties the replicated tables (children first) for a rebuild, keeping
/// this device's delivery outbox aside: it refers to alerts and channels
/// by local id, and the rebuild keeps those ids.
pub fn begin_rebuild(db: &Db, tables_children_first: &[&str]) -> Result<()> {
    db.conn.execute_batch(
        "DROP TABLE IF EXISTS temp.kept_delivery;
         CREATE TEMP TABLE kept_delivery AS SELECT * FROM delivery;",
    )?;
    for table in tables_children_first {
        db.conn.execute(&format!("DELETE FROM \"{table}\""), [])?;
    }
    Ok(())
}

/// Puts the outbox back (deliveries of alerts and channels that are still
/// here) and checks every reference.
pub fn end_rebuild(db: &Db) -> Result<()> {
    db.conn.execute_batch(
        "INSERT INTO delivery SELECT * FROM temp.kept_delivery
             WHERE alert_id IN (SELECT id FROM alert) AND channel_id IN (SELECT id FROM channel);
         DROP TABLE temp.kept_delivery;",
    )?;
    if let Some((table, rowid, parent)) = super::backup::first_fk_violation(db)? {
        return Err(Error::runtime(format!(
            "sync left a {table} row ({rowid}) pointing at a missing {parent} row; nothing was changed"
        )));
    }
    Ok(())
}

/// Forgets the replica and this device's sync settings (`sync leave`):
/// the tables keep the data; a later `init` or `join` starts a replica
/// from them.
pub fn forget_replica(db: &Db) -> Result<()> {
    db.conn.execute_batch(
        "DELETE FROM tc_task; DELETE FROM tc_operation; DELETE FROM tc_working_set;
         DELETE FROM tc_meta; DELETE FROM sync_mark;",
    )?;
    Ok(())
}
