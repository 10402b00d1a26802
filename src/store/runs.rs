//! SQL for the record of `alerts generate` runs.

use crate::domain::channel::LastRun;
use rusqlite::{OptionalExtension, params};

use super::Db;
use crate::error::Result;

pub fn record(db: &Db, new_alerts: usize, failed: usize) -> Result<()> {
    let outcome = if failed == 0 { "ok" } else { "delivery_failed" };
    db.conn.execute(
        "INSERT INTO generator_run (id, last_run_at, outcome, new_alerts, failed_deliveries)
         VALUES (1, ?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET last_run_at = excluded.last_run_at,
             outcome = excluded.outcome, new_alerts = excluded.new_alerts,
             failed_deliveries = excluded.failed_deliveries",
        params![db.now(), outcome, new_alerts as i64, failed as i64],
    )?;
    Ok(())
}

pub fn last(db: &Db) -> Result<Option<LastRun>> {
    Ok(db
        .conn
        .query_row(
            "SELECT last_run_at, outcome, new_alerts, failed_deliveries, warned_on
             FROM generator_run WHERE id = 1",
            [],
            |r| {
                Ok(LastRun {
                    last_run_at: r.get(0)?,
                    outcome: r.get(1)?,
                    new_alerts: r.get(2)?,
                    failed_deliveries: r.get(3)?,
                    warned_on: r.get(4)?,
                })
            },
        )
        .optional()?)
}

/// Notes that the heartbeat warned on `day` (creating the record when no
/// run ever happened).
pub fn warned(db: &Db, day: &str) -> Result<()> {
    db.conn.execute(
        "INSERT INTO generator_run (id, last_run_at, outcome, warned_on) VALUES (1, '', 'never', ?1)
         ON CONFLICT (id) DO UPDATE SET warned_on = excluded.warned_on",
        [day],
    )?;
    Ok(())
}
