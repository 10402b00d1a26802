//! The SQLite store: where the file lives, how it is opened, and every SQL
//! statement subs runs (one module per table family). Nothing here prints,
//! and nothing outside this module names the database crate: callers get a
//! [`Db`] handle, on which only the functions of this module can act.

mod error;
mod open;

pub mod alerts;
pub mod backup;
pub mod budgets;
pub mod cards;
pub mod categories;
pub mod complete;
pub mod config;
pub mod insight_cache;
pub mod members;
pub mod notify;
pub mod payments;
pub mod rates;
pub mod replica;
pub mod reports;
pub mod runs;
pub mod spec;
pub mod subscriptions;
pub mod sync;
pub mod told;
pub mod undo;
pub mod usage;

use std::cell::Cell;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::types::Type;
use rusqlite::{Connection, Row, Transaction, TransactionBehavior};

pub use self::open::{DEMO_PROFILE, LATEST_SCHEMA_VERSION, configure, default_path};
use crate::clock::Clock;
use crate::domain::cycle::{Cycle, CycleKind};
use crate::error::{Error, Result};

/// An open database, sealed: its connection is private to `store`, so
/// every query lives here. It carries the run's clock, so rows are stamped
/// with the same "now" everywhere.
pub struct Db {
    conn: Connection,
    clock: Clock,
    /// The random bits of the global ids this run makes: drawn from the
    /// operating system once, then counted up, so a run that writes
    /// thousands of rows asks for randomness once, and its ids sort in the
    /// order they were made.
    uid_bits: Cell<u128>,
}

impl Db {
    /// The timestamp written into `created_at`/`updated_at` columns.
    fn now(&self) -> String {
        self.clock.timestamp()
    }

    /// The run's "today".
    fn today(&self) -> chrono::NaiveDate {
        self.clock.today()
    }

    /// A new global id: a version 7 UUID, time-ordered by the run's clock.
    fn new_uid(&self) -> String {
        let mut bits = self.uid_bits.get();
        if bits == 0 {
            bits = uuid::Uuid::new_v4().as_u128();
        }
        bits = bits.wrapping_add(1);
        self.uid_bits.set(bits);
        let mut random = [0u8; 10];
        random.copy_from_slice(&bits.to_be_bytes()[6..]);
        uuid::Builder::from_unix_timestamp_millis(self.clock.unix_millis(), &random)
            .into_uuid()
            .hyphenated()
            .to_string()
    }
}

/// How long opening waits, in all, for a lock another process holds.
pub const DEFAULT_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Where the open database's rows live.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backing {
    /// The file, read and written.
    File,
    /// The file does not exist yet: reads see an empty database in memory,
    /// and the first write creates the file.
    NotYet,
    /// The file can only be read (read-only media, or a folder subs may
    /// not write): reads work, writes are refused.
    ReadOnly,
}

/// An open, migrated database.
pub struct Store {
    db: Db,
    path: PathBuf,
    backing: Backing,
    /// This run made the file (its first change did).
    created: bool,
    /// A write of this run committed.
    wrote: bool,
    /// What opening found that the user should know.
    note: Option<String>,
    journal: undo::Journal,
    /// The connection has sync's TEMP mark triggers (or the database does
    /// not sync): see `sync::install_mark_triggers`.
    marks_armed: bool,
}

impl Store {
    /// Opens and migrates the database at `path`. A missing file is not
    /// created until a command writes: reading commands see an empty
    /// portfolio and leave no file or folder behind.
    pub fn open(path: &Path, clock: Clock) -> Result<Store> {
        Store::open_waiting(path, clock, DEFAULT_LOCK_WAIT)
    }

    /// `open`, waiting at most `wait` in all for a lock another process
    /// holds on the file.
    pub fn open_waiting(path: &Path, clock: Clock, wait: std::time::Duration) -> Result<Store> {
        let missing = matches!(
            path.symlink_metadata(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound
        );
        let (conn, backing, note) = if missing {
            (open::in_memory()?, Backing::NotYet, None)
        } else {
            let opened = open::open(path, wait)?;
            let backing = if opened.read_only {
                Backing::ReadOnly
            } else {
                Backing::File
            };
            (opened.conn, backing, opened.note)
        };
        Ok(Store {
            db: Db {
                conn,
                clock,
                uid_bits: Cell::new(0),
            },
            path: path.to_path_buf(),
            backing,
            created: false,
            wrote: false,
            note,
            journal: undo::Journal::default(),
            marks_armed: false,
        })
    }

    /// Ends the run's use of the database. A connection that committed
    /// nothing is left to the operating system instead of closed: closing
    /// frees the parsed schema piece by piece (a tenth of a reading
    /// command's start-up), and such a connection has nothing to flush —
    /// its locks go with the process, and the next writer checkpoints the
    /// write-ahead log as it would after any reader.
    pub fn finish(self) {
        if self.wrote {
            drop(self);
        } else {
            std::mem::forget(self);
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn backing(&self) -> Backing {
        self.backing
    }

    /// Before the first write: creates the file when it does not exist
    /// yet, and refuses when it can only be read.
    fn writable(&mut self) -> Result<()> {
        match self.backing {
            Backing::File => Ok(()),
            Backing::NotYet => {
                let opened = open::open(&self.path, DEFAULT_LOCK_WAIT)?;
                if opened.read_only {
                    return Err(self.read_only_error());
                }
                self.db.conn = opened.conn;
                self.journal.disarm();
                self.marks_armed = false;
                self.backing = Backing::File;
                self.created = opened.created;
                Ok(())
            }
            Backing::ReadOnly => Err(self.read_only_error()),
        }
    }

    /// What opening found that the user should know, once.
    pub fn take_note(&mut self) -> Option<String> {
        self.note.take()
    }

    /// Whether a write of this run committed: then the change is made, and
    /// a failure to print about it must not read as "nothing happened".
    pub fn wrote(&self) -> bool {
        self.wrote
    }

    /// Whether this run created the file (so a failed command removes it
    /// again and leaves nothing behind).
    pub fn created_file(&self) -> bool {
        self.created
    }

    fn read_only_error(&self) -> Error {
        let culprit = open::unwritable_part(&self.path);
        let why = match &culprit {
            Some(part) if part.as_path() == self.path.as_path() => {
                "the database file is read-only".to_string()
            }
            Some(part) if part.is_dir() => {
                format!("its folder {} cannot be written", part.display())
            }
            Some(part) => format!(
                "{} cannot be written (a stale file left by another user? removing it is safe while no subs runs)",
                part.display()
            ),
            None => "it can only be read here".to_string(),
        };
        Error::runtime(format!(
            "cannot change {}: {why}; nothing was changed",
            self.path.display()
        ))
    }

    /// For a single read: each statement sees a consistent snapshot.
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Runs several reads in one read transaction, so they all see the
    /// same snapshot even while another process writes (a report whose
    /// parts disagree would be wrong, and a backup could be unrestorable).
    pub fn read<T>(&self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        let tx = Transaction::new_unchecked(&self.db.conn, TransactionBehavior::Deferred)?;
        let value = f(&self.db)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction: the write lock is taken
    /// up front, so checks made inside cannot be invalidated by another
    /// process before the write, and either everything commits or nothing.
    pub fn write<T>(&mut self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        self.write_as(undo::Mode::Rows, f)
    }

    /// `write` for a bulk load (an import): into an empty database it is
    /// journalled as "empty the tables again", not row by row.
    pub fn write_bulk<T>(&mut self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        self.write_as(undo::Mode::FromEmpty, f)
    }

    fn write_as<T>(&mut self, mode: undo::Mode, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        self.writable()?;
        let result = self.arm_journal().and_then(|()| self.write_once(mode, f));
        self.name_unwritable(result)
    }

    /// `write` for a run that often changes nothing but a record of its
    /// own (a cron run): the undo journal is armed only when `f` asks, and
    /// only for the changes it names ([`undo::OnDemand`]), so such a run
    /// neither parses the journal's triggers nor opens a step.
    pub fn write_on_demand<T>(
        &mut self,
        f: impl FnOnce(&Db, &mut undo::OnDemand<'_>) -> Result<T>,
    ) -> Result<T> {
        self.writable()?;
        let result = self.arm_marks().and_then(|()| {
            let tx = Transaction::new_unchecked(&self.db.conn, TransactionBehavior::Immediate)?;
            let mut demand = undo::OnDemand::new(&mut self.journal, &self.db);
            let value = f(&self.db, &mut demand).and_then(|v| demand.finish(&self.db).map(|()| v));
            let (guarded, before) = (demand.guarded, demand.before);
            let committed = value.and_then(|v| Ok(tx.commit().map(|()| v)?));
            if guarded {
                undo::unguard(&self.db.conn);
            }
            if committed.is_err() {
                // A rollback takes the triggers made in the transaction.
                self.journal.restore(before);
            }
            committed
        });
        if result.is_ok() {
            self.wrote = true;
        }
        self.name_unwritable(result)
    }

    fn name_unwritable<T>(&self, result: Result<T>) -> Result<T> {
        match result {
            // A file, its -wal or -shm, or its folder that cannot be
            // written: name which.
            Err(Error::Runtime(why))
                if error::is_unwritable_message(&why)
                    && open::unwritable_part(&self.path).is_some() =>
            {
                Err(self.read_only_error())
            }
            other => other,
        }
    }

    /// Before a write: the connection gets the journal's triggers when the
    /// write is journalled, and sync's mark triggers when the database
    /// syncs (a reading command gets neither).
    fn arm_journal(&mut self) -> Result<()> {
        if self.journal.records() {
            self.journal.arm(&self.db.conn)?;
        }
        self.arm_marks()
    }

    fn arm_marks(&mut self) -> Result<()> {
        if !self.marks_armed {
            sync::install_mark_triggers(&self.db.conn)?;
            self.marks_armed = true;
        }
        Ok(())
    }

    fn write_once<T>(&mut self, mode: undo::Mode, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        let tx = Transaction::new_unchecked(&self.db.conn, TransactionBehavior::Immediate)?;
        // An error drops `tx`, which rolls everything back (the journal's
        // step included).
        let step = self.journal.begin_step(&self.db, mode)?;
        let value = f(&self.db)?;
        self.journal.end_step(&self.db, step)?;
        tx.commit()?;
        self.wrote = true;
        Ok(value)
    }

    /// `write` for code that needs the handle exclusively (the sync
    /// replica's storage, whose transactions are SAVEPOINTs inside this
    /// one): the same `BEGIN IMMEDIATE`, journal and all-or-nothing.
    pub fn write_exclusive<T>(&mut self, f: impl FnOnce(&mut Db) -> Result<T>) -> Result<T> {
        self.writable()?;
        self.arm_journal()?;
        self.db.conn.execute_batch("BEGIN IMMEDIATE")?;
        let outcome = (|| {
            let step = self.journal.begin_step(&self.db, undo::Mode::Rows)?;
            let value = f(&mut self.db)?;
            self.journal.end_step(&self.db, step)?;
            Ok(value)
        })();
        match outcome {
            Ok(value) => {
                if let Err(e) = self.db.conn.execute_batch("COMMIT") {
                    let _ = self.db.conn.execute_batch("ROLLBACK");
                    return Err(e.into());
                }
                self.wrote = true;
                Ok(value)
            }
            Err(e) => {
                let _ = self.db.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Runs `f` exactly as `write` would, then rolls everything back: a
    /// dry run sees the real outcome and leaves the file untouched.
    pub fn simulate<T>(&mut self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        if self.backing == Backing::ReadOnly {
            // Nothing can be written here, not even a transaction that is
            // rolled back: the dry run works on a copy in memory.
            let mut copy = Connection::open_in_memory()?;
            {
                let backup = rusqlite::backup::Backup::new(&self.db.conn, &mut copy)?;
                backup.run_to_completion(256, std::time::Duration::ZERO, None)?;
            }
            copy.execute_batch("PRAGMA foreign_keys = ON;")?;
            self.db.conn = copy;
            self.journal.disarm();
            self.marks_armed = false;
        }
        let tx = Transaction::new_unchecked(&self.db.conn, TransactionBehavior::Immediate)?;
        let value = f(&self.db)?;
        tx.rollback()?;
        Ok(value)
    }
}

#[cfg(test)]
impl Store {
    /// Test support: runs `f` in a write transaction and counts the SQL
    /// statements SQLite started meanwhile (triggers' nested ones excluded).
    pub(crate) fn count_statements<T>(
        &mut self,
        f: impl FnOnce(&Db) -> Result<T>,
    ) -> (Result<T>, usize) {
        let (result, run) = self.trace_statements(f);
        (result, run.len())
    }

    /// Test support: runs `f` in a write transaction and returns the SQL
    /// of the statements SQLite started meanwhile (triggers' nested ones
    /// excluded), in order.
    pub(crate) fn trace_statements<T>(
        &mut self,
        f: impl FnOnce(&Db) -> Result<T>,
    ) -> (Result<T>, Vec<String>) {
        use std::sync::{Arc, Mutex};

        use rusqlite::trace::{TraceEvent, TraceEventCodes};

        let run = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&run);
        let trace = move |event: TraceEvent<'_>| {
            if let TraceEvent::Stmt(_, sql) = event
                && !sql.starts_with("--")
                && let Ok(mut run) = seen.lock()
            {
                run.push(sql.to_string());
            }
        };
        let traced = self
            .db
            .conn
            .trace_v2(TraceEventCodes::SQLITE_TRACE_STMT, Some(trace));
        let result = traced.map_err(Error::from).and_then(|()| self.write(f));
        let _ = self.db.conn.trace_v2(
            TraceEventCodes::SQLITE_TRACE_STMT,
            None::<fn(TraceEvent<'_>)>,
        );
        let run = run.lock().map(|r| r.clone()).unwrap_or_default();
        (result, run)
    }
}

/// How a cycle is stored: `billing_cycle`, `custom_cycle_days`,
/// `cycle_months`. Every N months is a monthly cycle with a multiple.
fn cycle_columns(cycle: Cycle) -> (&'static str, Option<u16>, u16) {
    match cycle {
        Cycle::EveryMonths(n) => ("monthly", None, n),
        other => (other.kind().as_str(), other.custom_days(), 1),
    }
}

/// Reads what `cycle_columns` wrote.
fn cycle_from_columns(kind: &str, days: Option<i64>, months: i64) -> Result<Cycle, String> {
    let parsed = CycleKind::parse(kind).ok_or_else(|| format!("cycle {kind:?}"))?;
    match (parsed, months) {
        (_, 1) => Cycle::new(parsed, days),
        (CycleKind::Monthly, n) if days.is_none() => {
            Cycle::from_parts(CycleKind::Custom, None, Some(n))
        }
        _ => Err(format!("cycle {kind:?} every {months} months")),
    }
}

/// The mark `subs demo` leaves in its file (`PRAGMA user_version`, 'DEMO'),
/// so it rebuilds only a file it made.
const DEMO_MARK: i64 = 0x4445_4D4F;

/// Marks the database as the demo's own.
pub fn mark_demo(db: &Db) -> Result<()> {
    db.conn
        .execute_batch(&format!("PRAGMA user_version = {DEMO_MARK}"))?;
    Ok(())
}

/// Whether the file at `path` may be rebuilt by `subs demo`: it does not
/// exist, or the demo made it.
pub fn is_demo_file(path: &Path) -> bool {
    if !path.exists() {
        return true;
    }
    let flags =
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Connection::open_with_flags(path, flags)
        .and_then(|c| c.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0)))
        .is_ok_and(|v| v == DEMO_MARK)
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

/// Reads a `YYYY-MM-DD` column; a malformed value is reported as a database
/// error rather than a panic.
fn get_date(row: &Row<'_>, idx: usize) -> rusqlite::Result<NaiveDate> {
    match row.get_ref(idx)? {
        rusqlite::types::ValueRef::Text(bytes) => parse_stored_date(bytes, idx),
        _ => Err(rusqlite::Error::InvalidColumnType(
            idx,
            String::new(),
            row.get_ref(idx)?.data_type(),
        )),
    }
}

fn get_opt_date(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<NaiveDate>> {
    match row.get_ref(idx)? {
        rusqlite::types::ValueRef::Null => Ok(None),
        _ => get_date(row, idx).map(Some),
    }
}

/// A stored date: the common `YYYY-MM-DD` read digit by digit (reports
/// read thousands of them, and chrono's general parser costs a tenth of a
/// cron run), anything else through chrono as before.
fn parse_stored_date(bytes: &[u8], idx: usize) -> rusqlite::Result<NaiveDate> {
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        bytes.get(range)?.iter().try_fold(0u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    if bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10))
        && let Some(date) = i32::try_from(y)
            .ok()
            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
    {
        return Ok(date);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| conversion(idx, e))?;
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| conversion(idx, e))
}

/// Wraps a domain parse failure of a stored value as a rusqlite error.
fn conversion(
    idx: usize,
    err: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, err.into())
}

fn date_str(date: NaiveDate) -> String {
    use chrono::Datelike;
    if (0..=9999).contains(&date.year()) {
        format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
    } else {
        date.format("%Y-%m-%d").to_string()
    }
}

#[cfg(test)]
mod date_tests {
    use super::*;

    /// The fast path reads exactly what chrono's `%Y-%m-%d` reads, and
    /// refuses what it refuses; `date_str` writes what chrono writes.
    #[test]
    fn stored_dates_read_and_write_as_chrono_does() {
        for text in [
            "2026-12-07",
            "2024-02-29",
            "2026-02-29",
            "2026-02-30",
            "2026-13-01",
            "2026-00-10",
            "0000-01-01",
            "9999-12-31",
            "2026-1-05",
            "2026-01-5",
            "26-01-05",
            "2026/01/05",
            "2026-01-05x",
            "2026-0a-05",
            "",
            "+2026-01-05",
            "２０２６-01-05",
        ] {
            let chrono = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
            assert_eq!(
                parse_stored_date(text.as_bytes(), 0).ok(),
                chrono,
                "{text:?}"
            );
        }
        for date in [
            NaiveDate::from_ymd_opt(2026, 1, 5),
            NaiveDate::from_ymd_opt(12, 11, 30),
            NaiveDate::from_ymd_opt(-5, 1, 1),
            NaiveDate::from_ymd_opt(10_000, 1, 1),
        ]
        .into_iter()
        .flatten()
        {
            assert_eq!(date_str(date), date.format("%Y-%m-%d").to_string());
        }
    }
}
