//! SQL for notification channels and their outbox.

use crate::domain::channel::Logged;
use rusqlite::{OptionalExtension, Row, params};

use super::{Db, conversion};
use crate::domain::alert::AlertType;
use crate::domain::channel::{Channel, ChannelKind, Severity};
use crate::error::{Error, Result};

const COLUMNS: &str = "id, name, kind, settings, min_severity, alert_types, digest, created_at,
     EXISTS (SELECT 1 FROM channel_trust t WHERE t.uid = channel.uid AND channel.uid <> '')";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Channel> {
    let kind: String = row.get(2)?;
    let settings: String = row.get(3)?;
    let severity: String = row.get(4)?;
    let types: String = row.get(5)?;
    Ok(Channel {
        id: row.get(0)?,
        name: row.get(1)?,
        kind: ChannelKind::parse(&kind).ok_or_else(|| conversion(2, format!("kind {kind:?}")))?,
        settings: serde_json::from_str(&settings).map_err(|e| conversion(3, e.to_string()))?,
        min_severity: Severity::parse(&severity)
            .ok_or_else(|| conversion(4, format!("severity {severity:?}")))?,
        alert_types: types
            .split(',')
            .filter(|t| !t.is_empty())
            .map(|t| AlertType::parse(t).ok_or_else(|| conversion(5, format!("type {t:?}"))))
            .collect::<rusqlite::Result<_>>()?,
        digest: row.get(6)?,
        created_at: row.get(7)?,
        trusted: row.get(8)?,
    })
}

pub fn add(db: &Db, c: &Channel) -> Result<i64> {
    let conn = &db.conn;
    let types: Vec<&str> = c.alert_types.iter().map(|t| t.as_str()).collect();
    let inserted = conn.execute(
        "INSERT INTO channel (name, kind, settings, min_severity, alert_types, digest, created_at, uid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (name) DO NOTHING",
        params![
            c.name,
            c.kind.as_str(),
            serde_json::Value::Object(c.settings.clone()).to_string(),
            c.min_severity.as_str(),
            types.join(","),
            c.digest,
            db.now(),
            db.new_uid(),
        ],
    )?;
    if inserted == 0 {
        return Err(Error::invalid(format!(
            "a channel named \"{}\" exists already; remove it first or choose another name",
            c.name
        )));
    }
    let id = conn.last_insert_rowid();
    // Added on this device: trusted here.
    conn.execute(
        "INSERT INTO channel_trust (uid, trusted_at) SELECT uid, ?2 FROM channel WHERE id = ?1
         ON CONFLICT (uid) DO NOTHING",
        params![id, db.now()],
    )?;
    Ok(id)
}

/// Trusts a channel on this device (`notify enable`). Returns whether it
/// was not trusted before.
pub fn trust(db: &Db, name: &str) -> Result<bool> {
    let channel = find(db, name)?;
    let added = db.conn.execute(
        "INSERT INTO channel_trust (uid, trusted_at)
         SELECT uid, ?2 FROM channel WHERE name = ?1 AND uid <> ''
         ON CONFLICT (uid) DO NOTHING",
        params![channel.name, db.now()],
    )?;
    Ok(added > 0)
}

pub fn list(db: &Db) -> Result<Vec<Channel>> {
    let mut stmt = db
        .conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM channel ORDER BY name"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn find(db: &Db, name: &str) -> Result<Channel> {
    db.conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM channel WHERE name = ?1"),
            [name],
            from_row,
        )
        .optional()?
        .ok_or_else(|| {
            Error::not_found(format!(
                "no channel named \"{name}\"; `subs notify list` shows them"
            ))
        })
}

/// Removes a channel and its deliveries.
pub fn remove(db: &Db, name: &str) -> Result<()> {
    let removed = db
        .conn
        .execute("DELETE FROM channel WHERE name = ?1", [name])?;
    if removed == 0 {
        return Err(Error::not_found(format!("no channel named \"{name}\"")));
    }
    Ok(())
}

/// Queues the alerts `alert_ids` (just raised) for every channel that wants
/// them; a channel added later never receives the past.
pub fn enqueue(db: &Db, alerts: &[(i64, AlertType, bool)]) -> Result<usize> {
    let channels = list(db)?;
    let mut stmt = db.conn.prepare_cached(
        "INSERT INTO delivery (alert_id, channel_id, created_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (alert_id, channel_id) DO NOTHING",
    )?;
    let mut queued = 0;
    for (alert_id, alert_type, notify) in alerts {
        if !notify {
            continue;
        }
        for c in channels
            .iter()
            .filter(|c| c.enabled() && c.wants(*alert_type))
        {
            queued += stmt.execute(params![alert_id, c.id, db.now()])?;
        }
    }
    Ok(queued)
}

/// A pending delivery that is due, with what it delivers.
#[derive(Debug, Clone)]
pub struct Due {
    pub id: i64,
    pub channel_id: i64,
    pub alert_id: i64,
    pub attempts: i64,
}

/// A `delivery` row as `SELECT id, channel_id, alert_id, attempts` reads it.
fn due_row(r: &rusqlite::Row) -> rusqlite::Result<Due> {
    Ok(Due {
        id: r.get(0)?,
        channel_id: r.get(1)?,
        alert_id: r.get(2)?,
        attempts: r.get(3)?,
    })
}

/// Claims, for `owner` until `until`, the pending deliveries of a channel
/// that are due at `now` and not claimed by a run whose lease still holds
/// (all times RFC 3339, the real clock); returns the rows claimed. One
/// short write transaction (the caller's) makes the claim exclusive.
pub fn claim(db: &Db, channel_id: i64, owner: &str, now: &str, until: &str) -> Result<Vec<Due>> {
    db.conn.execute(
        "INSERT INTO delivery_lease (delivery_id, owner, lease_until)
         SELECT id, ?2, ?4 FROM delivery
         WHERE channel_id = ?1 AND status = 'pending'
           AND (next_attempt IS NULL OR next_attempt <= ?3)
         ON CONFLICT (delivery_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
           WHERE delivery_lease.lease_until <= ?3",
        params![channel_id, owner, now, until],
    )?;
    let mut stmt = db.conn.prepare_cached(
        "SELECT d.id, d.channel_id, d.alert_id, d.attempts FROM delivery d
         JOIN delivery_lease l ON l.delivery_id = d.id
         WHERE d.channel_id = ?1 AND l.owner = ?2 AND d.status = 'pending'
         ORDER BY d.alert_id",
    )?;
    let rows = stmt.query_map(params![channel_id, owner], due_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The channels with pending deliveries due at `now`.
pub fn channels_due(db: &Db, now: &str) -> Result<Vec<i64>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT DISTINCT channel_id FROM delivery
         WHERE status = 'pending' AND (next_attempt IS NULL OR next_attempt <= ?1)
         ORDER BY channel_id",
    )?;
    let rows = stmt.query_map([now], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<i64>>>()?)
}

/// Gives back every lease `owner` still holds (deliveries it did not get
/// to): the next run takes them.
pub fn release(db: &Db, owner: &str) -> Result<usize> {
    Ok(db
        .conn
        .execute("DELETE FROM delivery_lease WHERE owner = ?1", [owner])?)
}

/// Files the alert just inserted (by an event of a command) for the next
/// `alerts generate` to print and queue.
pub fn unannounced(db: &Db) -> Result<()> {
    db.conn.execute(
        "INSERT INTO alert_unannounced (alert_id) VALUES (last_insert_rowid())
         ON CONFLICT (alert_id) DO NOTHING",
        [],
    )?;
    Ok(())
}

/// The alerts raised by commands since the last run, oldest first; the
/// list is emptied (one statement: the generator's cost stays flat). Ids
/// of alerts since removed are among them: the caller reads each alert.
pub fn take_unannounced(db: &Db) -> Result<Vec<i64>> {
    let mut stmt = db
        .conn
        .prepare_cached("DELETE FROM alert_unannounced RETURNING alert_id")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    let mut ids = rows.collect::<rusqlite::Result<Vec<i64>>>()?;
    ids.sort_unstable();
    Ok(ids)
}

pub fn mark_sent(db: &Db, id: i64) -> Result<()> {
    db.conn
        .prepare_cached("DELETE FROM delivery_lease WHERE delivery_id = ?1")?
        .execute([id])?;
    db.conn.execute(
        "UPDATE delivery SET status = 'sent', attempts = attempts + 1, sent_at = ?2, last_error = NULL,
             next_attempt = NULL WHERE id = ?1",
        params![id, db.now()],
    )?;
    Ok(())
}

/// Records a failed attempt: retried at `next` (RFC 3339), or failed for
/// good when `next` is `None`.
pub fn mark_failed(db: &Db, id: i64, error: &str, next: Option<&str>) -> Result<()> {
    db.conn
        .prepare_cached("DELETE FROM delivery_lease WHERE delivery_id = ?1")?
        .execute([id])?;
    db.conn.execute(
        "UPDATE delivery SET attempts = attempts + 1, last_error = ?2, next_attempt = ?3,
             status = CASE WHEN ?3 IS NULL THEN 'failed' ELSE 'pending' END WHERE id = ?1",
        params![id, error, next],
    )?;
    Ok(())
}

pub fn log(db: &Db, failed_only: bool, limit: i64) -> Result<Vec<Logged>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT d.id, c.name, d.alert_id, a.title, d.status, d.attempts, d.last_error, d.next_attempt,
                d.sent_at, d.created_at
         FROM delivery d JOIN channel c ON c.id = d.channel_id JOIN alert a ON a.id = d.alert_id
         WHERE (?1 = 0 OR d.status = 'failed')
         ORDER BY d.id DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(params![failed_only, limit], |r| {
        Ok(Logged {
            id: r.get(0)?,
            channel: r.get(1)?,
            alert_id: r.get(2)?,
            alert_title: r.get(3)?,
            status: r.get(4)?,
            attempts: r.get(5)?,
            last_error: r.get(6)?,
            next_attempt: r.get(7)?,
            sent_at: r.get(8)?,
            created_at: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
