//! What this device has told of its alerts (printed, queued for its
//! channels), by the alert's identity — subscription, type, occurrence —
//! not its row. Undo does not journal this table: an alerts run that is
//! undone and runs again raises the same alerts again (they are still
//! true) without telling anyone a second time.

use rusqlite::params;

use super::Db;
use crate::error::Result;

/// Whether the alert `id` (just raised) was told before, by an earlier run
/// that was undone since.
pub fn was_told(db: &Db, id: i64) -> Result<bool> {
    Ok(db
        .conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM alert a JOIN alert_told t
                ON t.subscription_id = coalesce(a.subscription_id, '')
               AND t.alert_type = a.alert_type AND t.occurrence = a.occurrence
             WHERE a.id = ?1)",
        )?
        .query_row([id], |r| r.get(0))?)
}

/// Records the alert `id` as told.
pub fn record(db: &Db, id: i64) -> Result<()> {
    db.conn
        .prepare_cached(
            "INSERT OR IGNORE INTO alert_told (subscription_id, alert_type, occurrence, told_at)
             SELECT coalesce(subscription_id, ''), alert_type, occurrence, ?2 FROM alert WHERE id = ?1",
        )?
        .execute(params![id, db.now()])?;
    Ok(())
}
