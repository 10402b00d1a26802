//! SQL for the insights cache: the last AI answer per provider, served
//! within the timeout only while the data it was computed from is unchanged.

use rusqlite::{OptionalExtension, params};

use super::Db;
use crate::error::Result;

/// A fingerprint of everything the analysis reads: any add, edit, payment,
/// usage log, price change, rate or setting changes it. FNV-1a over SQL
/// aggregates, stable across builds and platforms; `extra` adds what the
/// caller varies (provider, model, today).
pub fn fingerprint(db: &Db, extra: &str) -> Result<String> {
    let parts: String = db.conn.query_row(
        "SELECT (SELECT count(*) || ':' || coalesce(max(updated_at), '') || ':' || total(amount) FROM subscription)
             || '|' || (SELECT count(*) || ':' || coalesce(max(id), 0) FROM payment)
             || '|' || (SELECT count(*) || ':' || coalesce(max(id), 0) FROM usage)
             || '|' || (SELECT count(*) || ':' || coalesce(max(id), 0) FROM price_history)
             || '|' || (SELECT coalesce(group_concat(currency || rate || set_on), '') FROM rate)
             || '|' || (SELECT coalesce(group_concat(key || '=' || value), '') FROM config)",
        [],
        |r| r.get(0),
    )?;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in parts.bytes().chain(extra.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    Ok(format!("{hash:016x}"))
}

/// The cached report JSON, if it is at most `timeout` seconds old at `now`
/// (Unix seconds) and for the same data.
pub fn get(
    db: &Db,
    provider: &str,
    fingerprint: &str,
    now: i64,
    timeout: i64,
) -> Result<Option<String>> {
    Ok(db
        .conn
        .query_row(
            "SELECT report FROM insight_cache
             WHERE provider = ?1 AND fingerprint = ?2 AND ?3 - created_unix BETWEEN 0 AND ?4",
            params![provider, fingerprint, now, timeout],
            |r| r.get(0),
        )
        .optional()?)
}

pub fn put(db: &Db, provider: &str, fingerprint: &str, now: i64, report: &str) -> Result<()> {
    db.conn.execute(
        "INSERT INTO insight_cache (provider, fingerprint, created_unix, report) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (provider) DO UPDATE SET fingerprint = excluded.fingerprint,
             created_unix = excluded.created_unix, report = excluded.report",
        params![provider, fingerprint, now, report],
    )?;
    Ok(())
}
