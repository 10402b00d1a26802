//! SQL for the key/value configuration table.

use rusqlite::{OptionalExtension, params};

use super::Db;
use crate::error::Result;

pub fn get(db: &Db, key: &str) -> Result<Option<String>> {
    let conn = &db.conn;
    Ok(conn
        .prepare_cached("SELECT value FROM config WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

pub fn set(db: &Db, key: &str, value: &str) -> Result<()> {
    let conn = &db.conn;
    conn.prepare_cached(
        "INSERT INTO config (key, value, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    )?
    .execute(params![key, value, db.now()])?;
    Ok(())
}

/// Removes a stored value; returns whether there was one.
pub fn unset(db: &Db, key: &str) -> Result<bool> {
    let conn = &db.conn;
    Ok(conn.execute("DELETE FROM config WHERE key = ?1", [key])? > 0)
}
