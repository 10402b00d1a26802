//! The SQLite store: where the file lives, how it is opened, and every SQL
//! statement subs runs (one module per table family). Nothing here prints.

mod open;

pub mod alerts;
pub mod backup;
pub mod categories;
pub mod config;
pub mod payments;
pub mod rates;
pub mod reports;
pub mod subscriptions;
pub mod usage;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::types::Type;
use rusqlite::{Connection, Row, Transaction, TransactionBehavior};

pub use self::open::{LATEST_SCHEMA_VERSION, default_path, schema_version};
use crate::error::{Error, Result};

/// An open, migrated database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) and migrates the database at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = open::open(path)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Read access. Reads outside `write` each see a consistent snapshot
    /// per statement; commands that need several reads to agree use `write`.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction: the write lock is taken
    /// up front, so checks made inside cannot be invalidated by another
    /// process before the write, and either everything commits or nothing.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }
}

impl Store {
    /// Runs `f` exactly as `write` would, then rolls everything back: a
    /// dry run sees the real outcome and leaves the file untouched.
    pub fn simulate<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.rollback()?;
        Ok(value)
    }
}

/// "Today" as the user set it with `--today`/`SUBS_TODAY`, if they did.
static TODAY_OVERRIDE: std::sync::OnceLock<NaiveDate> = std::sync::OnceLock::new();

/// Makes timestamps follow an overridden "today", so a backfill or a test
/// run with `SUBS_TODAY` records `created_at` on that day.
pub fn set_today_override(today: NaiveDate) {
    let _ = TODAY_OVERRIDE.set(today);
}

/// Deletes a database file and its WAL companions, if present (the demo
/// profile is rebuilt from scratch on every run).
pub fn remove_database(path: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        match std::fs::remove_file(&name) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Error::runtime(format!(
                    "cannot remove {}: {e}",
                    PathBuf::from(name).display()
                )));
            }
        }
    }
    Ok(())
}

/// The current time as an RFC 3339 UTC timestamp with seconds — on the
/// overridden day, if "today" was overridden.
pub fn now_timestamp() -> String {
    let now = chrono::Utc::now();
    match TODAY_OVERRIDE.get() {
        Some(day) => format!("{day}T{}Z", now.format("%H:%M:%S")),
        None => now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    }
}

/// Reads a `YYYY-MM-DD` column; a malformed value is reported as a database
/// error rather than a panic.
pub(crate) fn get_date(row: &Row<'_>, idx: usize) -> rusqlite::Result<NaiveDate> {
    let text: String = row.get(idx)?;
    NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(|e| conversion(idx, e))
}

pub(crate) fn get_opt_date(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<NaiveDate>> {
    let text: Option<String> = row.get(idx)?;
    text.map(|t| NaiveDate::parse_from_str(&t, "%Y-%m-%d").map_err(|e| conversion(idx, e)))
        .transpose()
}

/// Wraps a domain parse failure of a stored value as a rusqlite error.
pub(crate) fn conversion(
    idx: usize,
    err: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, err.into())
}

pub(crate) fn date_str(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

impl From<refinery::Error> for Error {
    fn from(err: refinery::Error) -> Self {
        Error::runtime(format!("could not migrate the database: {err}"))
    }
}
