//! What this device has told of its alerts (printed, queued for its
//! channels), by the alert's identity — subscription, type, occurrence —
//! not its row. Undo does not journal this table: an alerts run that is
//! undone and runs again raises the same alerts again (they are still
//! true) without telling anyone a second time.

use std::collections::HashSet;

use rusqlite::params;

use super::Db;
use crate::error::Result;

/// Which of the alerts `ids` (just raised) were told before, by an
/// earlier run that was undone since: one query whatever their number.
pub fn told_among(db: &Db, ids: &[i64]) -> Result<HashSet<i64>> {
    if ids.is_empty() {
        return Ok(HashSet::new());
    }
    let mut stmt = db.conn.prepare_cached(
        "SELECT a.id FROM alert a JOIN alert_told t
            ON t.subscription_id = coalesce(a.subscription_id, '')
           AND t.alert_type = a.alert_type AND t.occurrence = a.occurrence
         WHERE a.id IN (SELECT value FROM json_each(?1))",
    )?;
    let rows = stmt.query_map([id_list(ids)], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records the alerts `ids` as told, in one statement.
pub fn record(db: &Db, ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    db.conn
        .prepare_cached(
            "INSERT OR IGNORE INTO alert_told (subscription_id, alert_type, occurrence, told_at)
             SELECT coalesce(subscription_id, ''), alert_type, occurrence, ?2 FROM alert
             WHERE id IN (SELECT value FROM json_each(?1))",
        )?
        .execute(params![id_list(ids), db.now()])?;
    Ok(())
}

/// Ids as a JSON array, for `json_each`.
fn id_list(ids: &[i64]) -> String {
    let list: Vec<String> = ids.iter().map(i64::to_string).collect();
    format!("[{}]", list.join(","))
}
