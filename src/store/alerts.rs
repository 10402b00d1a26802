//! SQL for alerts.

use rusqlite::{Connection, params};

use super::now_timestamp;
use crate::error::Result;

/// An alert about to be stored. `occurrence` identifies what it is about
/// (a billing date, a price change, an event) so that the unique index
/// keeps at most one alert per (subscription, type, occurrence).
#[derive(Clone, Debug)]
pub struct NewAlert<'a> {
    pub subscription_id: &'a str,
    pub alert_type: &'static str,
    pub title: String,
    pub message: String,
    pub alert_date: String,
    pub occurrence: String,
}

/// Stores the alert unless one exists for the same occurrence; returns
/// whether it was new.
pub fn insert(conn: &Connection, alert: &NewAlert<'_>) -> Result<bool> {
    let inserted = conn
        .prepare_cached(
            "INSERT INTO alert (subscription_id, alert_type, title, message, alert_date, occurrence, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (subscription_id, alert_type, occurrence) DO NOTHING",
        )?
        .execute(params![
            alert.subscription_id,
            alert.alert_type,
            alert.title,
            alert.message,
            alert.alert_date,
            alert.occurrence,
            now_timestamp(),
        ])?;
    Ok(inserted > 0)
}

/// How many alerts a subscription has, by type (for `show` and tests).
pub fn count_for(conn: &Connection, subscription_id: &str, alert_type: &str) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM alert WHERE subscription_id = ?1 AND alert_type = ?2",
        params![subscription_id, alert_type],
        |r| r.get(0),
    )?)
}
