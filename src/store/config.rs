//! SQL for the key/value configuration table.

use rusqlite::{Connection, OptionalExtension, params};

use super::now_timestamp;
use crate::error::Result;

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM config WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO config (key, value, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    )?
    .execute(params![key, value, now_timestamp()])?;
    Ok(())
}

/// Removes a stored value; returns whether there was one.
pub fn unset(conn: &Connection, key: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM config WHERE key = ?1", [key])? > 0)
}
