//! The undo journal, walked like jj's operation log: `undo` reverts the
//! newest step that is done, again and again (older and older steps);
//! `redo` re-applies the oldest step that is undone; a new writing command
//! forgets every undone step (the redo stack).
//!
//! Triggers (generated here from each journalled table's columns, see
//! [`install_triggers`]; TEMP triggers of a writing command's connection,
//! never part of the file) file, for every row a command inserts, changes or
//! deletes, what puts it back: an operation, a table, a rowid and the
//! values, under the command's step. Walking a step builds each statement
//! itself — one INSERT, UPDATE or DELETE on a journalled table, with the
//! columns checked against the table — and binds the values: the journal
//! holds no SQL, so a tampered file cannot run any, and text with a NUL
//! comes back whole. While a step is walked the same triggers record the
//! way back, which becomes the step's log: an undone step's log redoes it.
//!
//! (The alerts a cron run stores are filed in one statement instead, the
//! same entries: [`OnDemand::insert_in_bulk`].)
//!
//! A step is opened when a command's first write transaction starts and
//! closed before every commit; a step that recorded nothing is dropped, so
//! a cron run that changed nothing leaves no trace.

use std::ffi::{CStr, c_char, c_int, c_void};
use std::sync::atomic::{AtomicU64, Ordering};

use rusqlite::ffi;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};

use super::{Db, Store};
use crate::domain::journal::{Direction, Step};
use crate::error::{Error, Result};

/// Steps kept when the `undo_depth` setting is not set.
pub const DEFAULT_DEPTH: i64 = 50;

/// The setting that bounds the journal (0 turns it off).
pub const DEPTH_KEY: &str = "undo_depth";

/// The tables whose rows the journal records (by triggers); a unit test
/// checks this against the tables in the file.
pub(super) const JOURNALLED: &[&str] = &[
    "category",
    "subscription",
    "payment",
    "usage",
    "alert",
    "price_history",
    "config",
    "rate",
    "alert_tally",
    "rate_history",
    "channel",
    "delivery",
    "budget",
    "card",
    "member",
    "share",
    "alert_unannounced",
];

/// A change to a journalled table's rows; each has its trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Insert,
    Update,
    Delete,
}

/// A set of (journalled table, change): bit `3 * i + change` is
/// `JOURNALLED[i]`'s trigger for that change.
type Triggers = u64;

/// Every journalled table's three triggers.
const ALL: Triggers = (1 << (3 * JOURNALLED.len())) - 1;

fn bit(table: usize, change: Change) -> Triggers {
    1 << (3 * table + change as usize)
}

/// The set of `changes` (each of a journalled table).
fn set_of(changes: &[(&str, Change)]) -> Result<Triggers> {
    changes.iter().try_fold(0, |set, (name, change)| {
        let i = JOURNALLED.iter().position(|t| t == name).ok_or_else(|| {
            Error::runtime(format!(
                "the undo journal does not record the table {name:?}"
            ))
        })?;
        Ok(set | bit(i, *change))
    })
}

/// What the running command journals under.
#[derive(Debug, Default)]
pub(super) struct Journal {
    /// The command line, when this run journals at all.
    command: Option<String>,
    /// Whether the command is a background run (`alerts generate`,
    /// `renew`): undo asks before reverting it.
    background: bool,
    /// The step this run opened, once one of its transactions changed data.
    step: Option<i64>,
    /// A step is being walked (undo, redo): its way back is recorded.
    walking: bool,
    /// The connection has the journal's TEMP table (`OPEN`).
    open: bool,
    /// The TEMP triggers the connection has.
    triggers: Triggers,
    /// What the running on-demand transaction armed, which its authorizer
    /// ([`refuse_unarmed`]) reads: boxed, so its address stays what the
    /// connection was given.
    writable: Box<AtomicU64>,
}

/// Whether a write transaction may be journalled in bulk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Row by row, by the triggers.
    Rows,
    /// When every table is empty at the start (restoring a backup), the
    /// whole change is undone by emptying the tables again: one entry per
    /// table instead of one per row.
    FromEmpty,
}

impl Store {
    /// Journals this run's writes under `command` (the command line as
    /// typed), so `subs undo` can revert them; `background` marks a run of
    /// cron's (`alerts generate`, `renew`), which undo asks about first.
    pub fn journal_as(&mut self, command: String, background: bool) {
        self.journal.command = Some(command);
        self.journal.background = background;
    }
}

fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn quote_text(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The columns of `table`, in order.
fn columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT name FROM pragma_table_info(?1)")?;
    let rows = stmt.query_map([table], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The three triggers of `table` (name and SQL): an insert files a 'delete', an update the columns it changed, a
/// delete every column.
fn triggers(table: &str, columns: &[String]) -> [(String, String); 3] {
    let t = quote_ident(table);
    let name = quote_text(table);
    let when = "WHEN (SELECT step FROM temp.undo_open) IS NOT NULL";
    let log = |op: &str, rowid: &str| {
        format!(
            "INSERT INTO undo_log (step, op, tbl, row_id) VALUES ((SELECT step FROM temp.undo_open), '{op}', {name}, {rowid});"
        )
    };
    let changed = columns
        .iter()
        .map(|c| {
            let col = quote_ident(c);
            format!(
                "SELECT {} AS c, OLD.{col} AS v WHERE OLD.{col} IS NOT NEW.{col}",
                quote_text(c)
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    let every = columns
        .iter()
        .map(|c| {
            format!(
                "((SELECT max(id) FROM undo_log), {}, OLD.{})",
                quote_text(c),
                quote_ident(c)
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let trigger = |event: &str, body: String| {
        (
            format!("undo_{table}_{event}"),
            format!(
                "CREATE TEMP TRIGGER {} AFTER {} ON main.{t} {when} BEGIN {body} END",
                quote_ident(&format!("undo_{table}_{event}")),
                event.to_ascii_uppercase()
            ),
        )
    };
    [
        trigger("insert", log("delete", "NEW.rowid")),
        trigger(
            "update",
            format!(
                "{} INSERT INTO undo_value (log, col, value) SELECT (SELECT max(id) FROM undo_log), c, v FROM ({changed});",
                log("update", "NEW.rowid")
            ),
        ),
        trigger(
            "delete",
            format!(
                "{} INSERT INTO undo_value (log, col, value) VALUES {every};",
                log("insert", "OLD.rowid")
            ),
        ),
    ]
}

/// What the connection's journal has open (`temp.undo_open`, one row):
/// the step the triggers file under, and, while that step is not yet in
/// `undo_step`, what it is made of. The step's row is written by its first
/// entry (`undo_step_on_first_entry`), so a command that changes nothing
/// writes nothing for the journal.
const OPEN: &str = "CREATE TEMP TABLE undo_open (
        id INTEGER PRIMARY KEY CHECK (id = 1), step INTEGER, command TEXT, at TEXT, background INTEGER);
    INSERT INTO temp.undo_open (id) VALUES (1);
    CREATE TEMP TRIGGER undo_step_on_first_entry BEFORE INSERT ON main.undo_log
    WHEN NOT EXISTS (SELECT 1 FROM main.undo_step WHERE id = NEW.step) BEGIN
        INSERT INTO undo_step (id, command, at, background)
        SELECT NEW.step, command, at, background FROM temp.undo_open WHERE command IS NOT NULL;
    END;";

/// Creates journalled tables' three triggers (those in `wanted`) as TEMP
/// triggers of this connection, and the journal's TEMP table when `open`,
/// generated from each table's columns as they are now (a migration that
/// adds a column needs nothing for undo). Only a writing command's
/// connection has them: they are no part of the file, so a reading command
/// neither parses nor pays for them. One transaction of its own, before the
/// command's: the temp schema is transactional, and a command that rolls
/// back must not lose them.
pub(super) fn install_triggers(conn: &Connection, open: bool, wanted: Triggers) -> Result<()> {
    let batch = format!("BEGIN;{}COMMIT;", trigger_batch(conn, open, wanted)?);
    if let Err(e) = conn.execute_batch(&batch) {
        if !conn.is_autocommit() {
            let _ = conn.execute_batch("ROLLBACK");
        }
        return Err(e.into());
    }
    Ok(())
}

/// The SQL that makes the journal's TEMP table (when `open`) and the
/// triggers in `wanted`.
fn trigger_batch(conn: &Connection, open: bool, wanted: Triggers) -> Result<String> {
    let mut batch = String::new();
    if open {
        batch.push_str(OPEN);
    }
    for (i, table) in JOURNALLED.iter().enumerate() {
        if wanted & (bit(i, Change::Insert) * 0b111) == 0 {
            continue;
        }
        let cols = columns(conn, table)?;
        if cols.is_empty() {
            continue;
        }
        let changes = [Change::Insert, Change::Update, Change::Delete];
        for (change, (_, sql)) in changes.into_iter().zip(triggers(table, &cols)) {
            if wanted & bit(i, change) != 0 {
                batch.push_str(&sql);
                batch.push(';');
            }
        }
    }
    Ok(batch)
}

/// A write transaction whose journal is armed, change by change, when it
/// first needs it (`Store::write_on_demand`): a cron run that finds nothing
/// new writes only its own record, which is no step of the journal, so it
/// need not parse the journal's triggers nor open a step; a run that only
/// stores alerts parses the trigger of inserted alerts alone. A change to a
/// journalled table must come after [`OnDemand::arm`] named it (the table
/// and the kind of change); a write of a table the journal does not record
/// goes through [`OnDemand::unjournalled`]. Anything else fails the
/// transaction, so no change escapes the journal: once armed, SQLite
/// refuses to prepare a statement that makes a change not armed (the
/// authorizer [`refuse_unarmed`], which sees what triggers and foreign-key
/// actions change too); never armed, the transaction fails at the end when
/// more rows changed than its unjournalled writes account for.
pub struct OnDemand<'a> {
    /// `None`: the transaction is armed already (or journals nothing).
    journal: Option<&'a mut Journal>,
    opened: Option<Opened>,
    /// The step is open (or there is none to open).
    armed: bool,
    /// The authorizer is on the connection (`Store` takes it off).
    pub(super) guarded: bool,
    /// What the connection had of the journal when the transaction
    /// started (`Journal::open`, `Journal::triggers`): a rollback takes
    /// what was made in it.
    pub(super) before: (bool, Triggers),
    /// Rows changed (`total_changes`) when the transaction started, plus
    /// those `unjournalled` changed.
    allowed: u64,
}

impl OnDemand<'_> {
    /// For a transaction armed as `Store::write` arms it (or a dry run):
    /// [`OnDemand::arm`] has nothing to do.
    pub fn ready() -> OnDemand<'static> {
        OnDemand {
            journal: None,
            opened: None,
            armed: true,
            guarded: false,
            before: (false, 0),
            allowed: 0,
        }
    }

    pub(super) fn new<'a>(journal: &'a mut Journal, db: &Db) -> OnDemand<'a> {
        journal.writable.store(0, Ordering::Relaxed);
        OnDemand {
            before: (journal.open, journal.triggers),
            journal: Some(journal),
            opened: None,
            armed: false,
            guarded: false,
            allowed: db.conn.total_changes(),
        }
    }

    /// Before the transaction's first change of each of `changes` (a
    /// journalled table and the kind of change): gives the connection
    /// their triggers (inside the transaction: a rollback takes them, and
    /// the journal then knows), opens the step the first time, and lets
    /// those changes be made.
    pub fn arm(&mut self, db: &Db, changes: &[(&str, Change)]) -> Result<()> {
        let wanted = set_of(changes)?;
        let Some(journal) = self.journal.as_deref_mut() else {
            return Ok(());
        };
        if self.armed && wanted & !journal.writable.load(Ordering::Relaxed) == 0 {
            return Ok(());
        }
        if journal.records() {
            let missing = wanted & !journal.triggers;
            if !journal.open || missing != 0 {
                db.conn
                    .execute_batch(&trigger_batch(&db.conn, !journal.open, missing)?)?;
                journal.open = true;
                journal.triggers |= missing;
            }
        }
        if !self.armed {
            self.opened = journal.begin_step(db, Mode::Rows)?;
            self.armed = true;
        }
        journal.writable.fetch_or(wanted, Ordering::Relaxed);
        if !self.guarded {
            let set: *const AtomicU64 = &*journal.writable;
            // SAFETY: the callback has the signature SQLite calls, and its
            // argument is the journal's boxed set, which lives as long as
            // the `Store` that owns both it and the connection.
            unsafe {
                ffi::sqlite3_set_authorizer(
                    db.conn.handle(),
                    Some(refuse_unarmed),
                    set.cast_mut().cast(),
                );
            }
            self.guarded = true;
        }
        Ok(())
    }

    /// Runs `write`, which only inserts rows into `table` (a journalled
    /// table), and journals those rows in one statement afterwards instead
    /// of by a trigger per row: the same entries (one 'delete' per row, in
    /// the order they were made) for a fraction of the cost, as a trigger's
    /// statement opens its cursors again for every row. Proved, not
    /// trusted: while `write` runs, the authorizer lets it insert into
    /// `table` and change no other journalled table; SQLite's update hook
    /// counts the rows it inserts, which must all be new at the end of the
    /// table (above its largest rowid before), and the table must have
    /// grown by that many (no row replaced). Otherwise the transaction
    /// fails.
    pub fn insert_in_bulk<T>(
        &mut self,
        db: &Db,
        table: &str,
        write: impl FnOnce(&Db) -> Result<T>,
    ) -> Result<T> {
        let only = set_of(&[(table, Change::Insert)])?;
        self.arm(db, &[])?;
        let step = match (self.journal.as_deref(), &self.opened) {
            (Some(journal), Some(opened)) if journal.records() && !opened.from_empty => opened.step,
            _ => {
                self.arm(db, &[(table, Change::Insert)])?;
                return write(db);
            }
        };
        let Some(journal) = self.journal.as_deref_mut() else {
            return write(db);
        };
        let t = quote_ident(table);
        // Each alone: a lone count(*) counts the pages of the smallest
        // index instead of reading every row.
        let count = format!("SELECT count(*) FROM {t}");
        let rows: i64 = db
            .conn
            .prepare_cached(&count)?
            .query_row([], |r| r.get(0))?;
        let last: i64 = (db.conn)
            .prepare_cached(&format!("SELECT coalesce(max(rowid), 0) FROM {t}"))?
            .query_row([], |r| r.get(0))?;
        let armed = journal.writable.swap(only, Ordering::Relaxed);
        let inserted = Inserted {
            table: table.as_bytes(),
            rows: std::cell::Cell::new(0),
        };
        let value = suspended(db, &journal.writable, &inserted, write);
        journal.writable.store(armed, Ordering::Relaxed);
        let value = value?;
        let grown = db
            .conn
            .prepare_cached(&count)?
            .query_row([], |r| r.get::<_, i64>(0))?
            - rows;
        let above: i64 = (db.conn)
            .prepare_cached(&format!("SELECT count(*) FROM {t} WHERE rowid > ?1"))?
            .query_row([last], |r| r.get(0))?;
        let rows = inserted.rows.get();
        if grown != rows || above != rows {
            return Err(Error::runtime(format!(
                "rows of {table} were changed in a way the undo journal cannot record; nothing was changed"
            )));
        }
        db.conn
            .prepare_cached(&format!(
                "INSERT INTO undo_log (step, op, tbl, row_id)
                 SELECT ?1, 'delete', ?2, rowid FROM {t} WHERE rowid > ?3 ORDER BY rowid"
            ))?
            .execute(params![step, table, last])?;
        Ok(value)
    }

    /// `write` changes only tables the journal does not record (a run's
    /// own record), armed or not.
    pub fn unjournalled<T>(&mut self, db: &Db, write: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        let before = db.conn.total_changes();
        let value = write(db)?;
        self.allowed += db.conn.total_changes() - before;
        Ok(value)
    }

    /// Before the commit: closes the step, or, unarmed, checks that
    /// nothing but unjournalled writes changed a row.
    pub(super) fn finish(&mut self, db: &Db) -> Result<()> {
        if self.armed {
            return match self.journal.as_deref_mut() {
                Some(journal) => journal.end_step(db, self.opened.take()),
                None => Ok(()),
            };
        }
        if db.conn.total_changes() > self.allowed {
            return Err(Error::runtime(
                "a change was made before the undo journal was armed; nothing was changed",
            ));
        }
        Ok(())
    }
}

/// The rows an `insert_in_bulk` inserted into its table, counted by
/// SQLite's update hook ([`count_inserted`]).
struct Inserted<'a> {
    table: &'a [u8],
    rows: std::cell::Cell<i64>,
}

/// Runs `write` with the journal's triggers silent (its step is taken
/// from them), the authorizer set again to `writable` (setting it makes
/// SQLite prepare every statement again, so none prepared under more
/// lenient terms runs) and the update hook counting into `inserted`;
/// everything is as it was afterwards, whatever `write` returned.
fn suspended<T>(
    db: &Db,
    writable: &AtomicU64,
    inserted: &Inserted<'_>,
    write: impl FnOnce(&Db) -> Result<T>,
) -> Result<T> {
    let conn = &db.conn;
    let step: Option<i64> = conn
        .prepare_cached("SELECT step FROM temp.undo_open")?
        .query_row([], |r| r.get(0))?;
    conn.prepare_cached("UPDATE temp.undo_open SET step = NULL")?
        .execute([])?;
    let set: *const AtomicU64 = writable;
    let count: *const Inserted<'_> = inserted;
    // SAFETY: both callbacks have the signatures SQLite calls; `writable`
    // outlives the authorizer (see `OnDemand::arm`), and `inserted`
    // outlives the hook, which is taken off before this returns.
    unsafe {
        ffi::sqlite3_set_authorizer(conn.handle(), Some(refuse_unarmed), set.cast_mut().cast());
        ffi::sqlite3_update_hook(conn.handle(), Some(count_inserted), count.cast_mut().cast());
    }
    let value = write(db);
    // SAFETY: no hook: SQLite stops calling it.
    unsafe {
        ffi::sqlite3_update_hook(conn.handle(), None, std::ptr::null_mut());
    }
    conn.prepare_cached("UPDATE temp.undo_open SET step = ?1")?
        .execute([step])?;
    value
}

/// The update hook of [`suspended`]: counts the rows inserted into the
/// table it watches.
unsafe extern "C" fn count_inserted(
    inserted: *mut c_void,
    action: c_int,
    _: *const c_char,
    table: *const c_char,
    _: ffi::sqlite3_int64,
) {
    if action != ffi::SQLITE_INSERT || inserted.is_null() || table.is_null() {
        return;
    }
    // SAFETY: `inserted` is the count `suspended` installed (alive while
    // installed, and SQLite calls back on this thread only), and SQLite
    // passes the table's name NUL-terminated.
    unsafe {
        let inserted = &*inserted.cast::<Inserted<'_>>();
        if CStr::from_ptr(table).to_bytes() == inserted.table {
            inserted.rows.set(inserted.rows.get() + 1);
        }
    }
}

/// Takes the on-demand authorizer off the connection.
pub(super) fn unguard(conn: &Connection) {
    // SAFETY: no callback: SQLite stops calling the one it had.
    unsafe {
        ffi::sqlite3_set_authorizer(conn.handle(), None, std::ptr::null_mut());
    }
}

/// The authorizer of an armed on-demand transaction (see [`OnDemand`]):
/// SQLite asks it, while preparing a statement, about every table the
/// statement would change, the statement's triggers and foreign-key
/// actions included, and it refuses a change to a journalled table that
/// was not armed. Setting or removing an authorizer makes SQLite prepare
/// every statement again, and within a transaction what is armed only
/// grows, so no statement prepared earlier escapes it.
unsafe extern "C" fn refuse_unarmed(
    armed: *mut c_void,
    action: c_int,
    table: *const c_char,
    _: *const c_char,
    _: *const c_char,
    _: *const c_char,
) -> c_int {
    let change = match action {
        ffi::SQLITE_INSERT => Change::Insert,
        ffi::SQLITE_UPDATE => Change::Update,
        ffi::SQLITE_DELETE => Change::Delete,
        _ => return ffi::SQLITE_OK,
    };
    if table.is_null() || armed.is_null() {
        return ffi::SQLITE_DENY;
    }
    // SAFETY: SQLite passes the table's name NUL-terminated, and `armed`
    // is the set `OnDemand::arm` installed (alive while installed).
    let (name, armed) = unsafe {
        (
            CStr::from_ptr(table).to_bytes(),
            (*armed.cast::<AtomicU64>()).load(Ordering::Relaxed),
        )
    };
    match JOURNALLED.iter().position(|t| t.as_bytes() == name) {
        Some(i) if armed & bit(i, change) == 0 => ffi::SQLITE_DENY,
        _ => ffi::SQLITE_OK,
    }
}

impl Journal {
    /// Whether this run's writes are recorded, so its connection needs the
    /// triggers.
    pub(super) fn records(&self) -> bool {
        self.command.is_some() || self.walking
    }

    /// Gives the connection the journal's triggers, those of every table,
    /// unless it has them (outside any transaction: see
    /// [`install_triggers`]).
    pub(super) fn arm(&mut self, conn: &Connection) -> Result<()> {
        if !self.open || self.triggers != ALL {
            install_triggers(conn, !self.open, ALL & !self.triggers)?;
            self.open = true;
            self.triggers = ALL;
        }
        Ok(())
    }

    /// The connection was replaced (the file created, a copy in memory):
    /// the new one has no triggers yet.
    pub(super) fn disarm(&mut self) {
        self.restore((false, 0));
    }

    /// A transaction rolled back: the connection has again what it had of
    /// the journal before it (`OnDemand::before`).
    pub(super) fn restore(&mut self, (open, triggers): (bool, Triggers)) {
        self.open = open;
        self.triggers = triggers;
    }

    /// Opens (or reopens) the run's step inside a write transaction.
    pub(super) fn begin_step(&self, db: &Db, mode: Mode) -> Result<Option<Opened>> {
        let Some(command) = &self.command else {
            return Ok(None);
        };
        let depth = depth(db)?;
        if depth == 0 {
            return Ok(None);
        }
        let conn = &db.conn;
        // A new step's row is written by its first entry (see `OPEN`); the
        // write lock is held, so the next id is this step's.
        let (step, created) = match self.step {
            Some(step) => (step, false),
            None => (
                conn.prepare_cached("SELECT coalesce(max(id), 0) + 1 FROM undo_step")?
                    .query_row([], |r| r.get(0))?,
                true,
            ),
        };
        let from_empty = mode == Mode::FromEmpty && self.step.is_none() && all_empty(db)?;
        // From empty, the triggers stay off (step NULL): the entries are
        // filed at the end, one per table.
        conn.prepare_cached(
            "UPDATE temp.undo_open SET step = ?1, command = ?2, at = ?3, background = ?4",
        )?
        .execute(params![
            (!from_empty).then_some(step),
            command,
            db.now(),
            self.background
        ])?;
        // AUTOINCREMENT counters are not rows a trigger sees: remember them
        // now, to restore them with the rows.
        let sequences = if created {
            sequences(conn)?
        } else {
            Vec::new()
        };
        Ok(Some(Opened {
            step,
            created,
            depth,
            sequences,
            from_empty,
        }))
    }

    /// Closes the step before the commit: drops it when it recorded
    /// nothing, else files the counters, forgets the redo stack and trims
    /// the journal to `depth`.
    pub(super) fn end_step(&mut self, db: &Db, opened: Option<Opened>) -> Result<()> {
        let Some(opened) = opened else {
            return Ok(());
        };
        let conn = &db.conn;
        if opened.from_empty {
            for table in JOURNALLED {
                let rows: i64 = conn.query_row(
                    &format!("SELECT count(*) FROM {}", quote_ident(table)),
                    [],
                    |r| r.get(0),
                )?;
                if rows > 0 {
                    conn.prepare_cached(
                        "INSERT INTO undo_log (step, op, tbl, rows) VALUES (?1, 'empty', ?2, ?3)",
                    )?
                    .execute(params![opened.step, table, rows])?;
                }
            }
        }
        conn.prepare_cached("UPDATE temp.undo_open SET step = NULL, command = NULL")?
            .execute([])?;
        let changes = changes(conn, opened.step)?;
        if changes == 0 {
            // Nothing was filed, so the step was never written.
            return Ok(());
        }
        conn.prepare_cached("UPDATE undo_step SET changes = ?2 WHERE id = ?1")?
            .execute(params![opened.step, changes])?;
        if opened.created {
            file_sequences(conn, opened.step, &opened.sequences)?;
            self.step = Some(opened.step);
            // A new change after undos: what was undone can no longer be
            // redone on top of it.
            conn.prepare_cached("DELETE FROM undo_step WHERE state = 'undone'")?
                .execute([])?;
            conn.prepare_cached(
                "DELETE FROM undo_step WHERE id NOT IN
                 (SELECT id FROM undo_step ORDER BY id DESC LIMIT ?1)",
            )?
            .execute([opened.depth])?;
        }
        Ok(())
    }
}

/// A step open in the current transaction.
pub(super) struct Opened {
    step: i64,
    created: bool,
    depth: i64,
    sequences: Vec<(String, i64)>,
    from_empty: bool,
}

/// The rows a step's log puts back (counters are not rows).
fn changes(conn: &Connection, step: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "SELECT coalesce(sum(rows), 0) FROM undo_log
             WHERE step = ?1 AND op NOT IN ('counter', 'counters')",
        )?
        .query_row([step], |r| r.get(0))?)
}

/// The AUTOINCREMENT counters of the journalled tables (the sync
/// replica's own are not the user's data: undo leaves them alone).
fn sequences(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare_cached("SELECT name, seq FROM sqlite_sequence")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
    let mut kept = Vec::new();
    for row in rows {
        let (name, seq) = row?;
        if JOURNALLED.contains(&name.as_str()) {
            kept.push((name, seq));
        }
    }
    Ok(kept)
}

/// Files the counters as they were before the step: walking it back sets
/// them again and forgets the ones it made.
fn file_sequences(conn: &Connection, step: i64, sequences: &[(String, i64)]) -> Result<()> {
    let mut file = conn.prepare_cached(
        "INSERT INTO undo_log (step, op, tbl, row_id, rows) VALUES (?1, ?2, ?3, ?4, 0)",
    )?;
    file.execute(params![step, "counters", "", Option::<i64>::None])?;
    for (name, seq) in sequences {
        file.execute(params![step, "counter", name, seq])?;
    }
    Ok(())
}

fn all_empty(db: &Db) -> Result<bool> {
    let sql = JOURNALLED
        .iter()
        .map(|t| format!("NOT EXISTS (SELECT 1 FROM {})", quote_ident(t)))
        .collect::<Vec<_>>()
        .join(" AND ");
    Ok(db
        .conn
        .query_row(&format!("SELECT {sql}"), [], |r| r.get(0))?)
}

fn depth(db: &Db) -> Result<i64> {
    Ok(super::config::get(db, DEPTH_KEY)?
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_DEPTH))
}

const STEP_COLUMNS: &str = "id, command, at, background, state = 'undone', changes, undone_at";

fn step_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Step> {
    Ok(Step {
        id: r.get(0)?,
        command: r.get(1)?,
        at: r.get(2)?,
        background: r.get(3)?,
        undone: r.get(4)?,
        changes: r.get(5)?,
        undone_at: r.get(6)?,
    })
}

/// The journal, newest first, at most `limit` steps: undone steps (what
/// redo re-applies) on top of the done ones (what undo reverts).
pub fn steps(db: &Db, limit: i64) -> Result<Vec<Step>> {
    let mut stmt = db.conn.prepare(&format!(
        "SELECT {STEP_COLUMNS} FROM undo_step ORDER BY id DESC LIMIT ?1"
    ))?;
    let rows = stmt.query_map([limit], step_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The step `undo` (the newest done one) or `redo` (the oldest undone one)
/// would walk next.
pub fn next(db: &Db, direction: Direction) -> Result<Option<Step>> {
    let sql = match direction {
        Direction::Undo => {
            format!(
                "SELECT {STEP_COLUMNS} FROM undo_step WHERE state = 'done' ORDER BY id DESC LIMIT 1"
            )
        }
        Direction::Redo => {
            format!(
                "SELECT {STEP_COLUMNS} FROM undo_step WHERE state = 'undone' ORDER BY id LIMIT 1"
            )
        }
    };
    Ok(db.conn.query_row(&sql, [], step_from_row).optional()?)
}

/// One entry of a step's log, read back.
struct Entry {
    op: String,
    table: String,
    row_id: Option<i64>,
    values: Vec<(String, Value)>,
}

fn entries(conn: &Connection, step: i64) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare(
        "SELECT l.id, l.op, l.tbl, l.row_id, v.col, v.value
         FROM undo_log l LEFT JOIN undo_value v ON v.log = l.id
         WHERE l.step = ?1 ORDER BY l.id DESC",
    )?;
    let mut rows = stmt.query([step])?;
    let mut entries: Vec<Entry> = Vec::new();
    let mut last = None;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        if last != Some(id) {
            last = Some(id);
            entries.push(Entry {
                op: row.get(1)?,
                table: row.get(2)?,
                row_id: row.get(3)?,
                values: Vec::new(),
            });
        }
        if let (Some(col), Some(entry)) = (row.get::<_, Option<String>>(4)?, entries.last_mut()) {
            entry.values.push((col, row.get(5)?));
        }
    }
    Ok(entries)
}

fn tampered(what: impl std::fmt::Display) -> Error {
    Error::runtime(format!(
        "the undo journal is damaged ({what}); nothing was changed"
    ))
}

/// Runs one row entry as the single statement it stands for, the values
/// bound; the table must be journalled and every column one of its own.
fn apply(conn: &Connection, entry: &Entry) -> Result<()> {
    let Some(table) = JOURNALLED.iter().find(|t| **t == entry.table) else {
        return Err(tampered(format!("it names the table {:?}", entry.table)));
    };
    let known = columns(conn, table)?;
    for (col, _) in &entry.values {
        if !known.contains(col) {
            return Err(tampered(format!("{table} has no column {col:?}")));
        }
    }
    let t = quote_ident(table);
    let rowid = || {
        entry
            .row_id
            .ok_or_else(|| tampered("an entry without its row"))
    };
    let values = entry.values.iter().map(|(_, v)| v);
    match entry.op.as_str() {
        "delete" => {
            conn.prepare_cached(&format!("DELETE FROM {t} WHERE rowid = ?1"))?
                .execute([rowid()?])?;
        }
        "update" if entry.values.is_empty() => {}
        "update" => {
            let set = entry
                .values
                .iter()
                .enumerate()
                .map(|(i, (c, _))| format!("{} = ?{}", quote_ident(c), i + 2))
                .collect::<Vec<_>>()
                .join(", ");
            let sql = format!("UPDATE {t} SET {set} WHERE rowid = ?1");
            let id = Value::Integer(rowid()?);
            conn.prepare_cached(&sql)?
                .execute(params_from_iter(std::iter::once(&id).chain(values)))?;
        }
        "insert" => {
            let cols = entry
                .values
                .iter()
                .map(|(c, _)| format!(", {}", quote_ident(c)))
                .collect::<String>();
            let marks = (0..entry.values.len())
                .map(|i| format!(", ?{}", i + 2))
                .collect::<String>();
            let sql = format!("INSERT INTO {t} (rowid{cols}) VALUES (?1{marks})");
            let id = Value::Integer(rowid()?);
            conn.prepare_cached(&sql)?
                .execute(params_from_iter(std::iter::once(&id).chain(values)))?;
        }
        "empty" => {
            conn.prepare_cached(&format!("DELETE FROM {t}"))?
                .execute([])?;
        }
        other => return Err(tampered(format!("an unknown operation {other:?}"))),
    }
    Ok(())
}

/// Sets the AUTOINCREMENT counters back as a step's entries say.
fn apply_counters(conn: &Connection, entries: &[Entry]) -> Result<()> {
    if !entries.iter().any(|e| e.op == "counters") {
        return Ok(());
    }
    let kept: Vec<(&str, i64)> = entries
        .iter()
        .filter(|e| e.op == "counter")
        .map(|e| -> Result<(&str, i64)> {
            let seq = e
                .row_id
                .ok_or_else(|| tampered("a counter without its value"))?;
            Ok((e.table.as_str(), seq))
        })
        .collect::<Result<_>>()?;
    let now = sequences(conn)?;
    for (name, _) in &now {
        if !kept.iter().any(|(k, _)| *k == name.as_str()) {
            conn.prepare_cached("DELETE FROM sqlite_sequence WHERE name = ?1")?
                .execute([name])?;
        }
    }
    for (name, seq) in kept {
        if !JOURNALLED.contains(&name) {
            return Err(tampered(format!("a counter of the table {name:?}")));
        }
        if now.iter().any(|(n, _)| n == name) {
            conn.prepare_cached("UPDATE sqlite_sequence SET seq = ?2 WHERE name = ?1")?
                .execute(params![name, seq])?;
        } else {
            conn.prepare_cached("INSERT INTO sqlite_sequence (name, seq) VALUES (?1, ?2)")?
                .execute(params![name, seq])?;
        }
    }
    Ok(())
}

impl Store {
    /// Walks one step: `Undo` reverts the newest done step, `Redo`
    /// re-applies the oldest undone one; exactly, in one transaction. The
    /// triggers record the way back, which becomes the step's log. `step`
    /// is the one the caller showed (or asked about): if another process
    /// changed the journal meanwhile, nothing happens.
    pub fn walk(&mut self, direction: Direction, step: &Step) -> Result<Step> {
        // Walking is not a new command: it must not open a step of its own
        // (nor forget the redo stack).
        let command = self.journal.command.take();
        self.journal.walking = true;
        let result = self.write(|db| {
            let conn = &db.conn;
            let still_next = next(db, direction)?.is_some_and(|s| s.id == step.id);
            if !still_next {
                return Err(Error::runtime(format!(
                    "the undo journal changed meanwhile; run {} again",
                    direction.verb()
                )));
            }
            // The entries run newest first; a parent row may come back
            // after its children, so foreign keys are checked at commit.
            conn.execute_batch("PRAGMA defer_foreign_keys = ON")?;
            let before = sequences(conn)?;
            let entries = entries(conn, step.id)?;
            conn.prepare_cached(
                "DELETE FROM undo_value WHERE log IN (SELECT id FROM undo_log WHERE step = ?1)",
            )?
            .execute([step.id])?;
            conn.prepare_cached("DELETE FROM undo_log WHERE step = ?1")?
                .execute([step.id])?;
            conn.prepare_cached("UPDATE temp.undo_open SET step = ?1, command = NULL")?
                .execute([step.id])?;
            for entry in entries
                .iter()
                .filter(|e| e.op != "counter" && e.op != "counters")
            {
                apply(conn, entry)?;
            }
            conn.prepare_cached("UPDATE temp.undo_open SET step = NULL")?
                .execute([])?;
            apply_counters(conn, &entries)?;
            file_sequences(conn, step.id, &before)?;
            let (state, undone_at) = match direction {
                Direction::Undo => ("undone", Some(db.now())),
                Direction::Redo => ("done", None),
            };
            conn.prepare_cached("UPDATE undo_step SET state = ?2, undone_at = ?3 WHERE id = ?1")?
                .execute(params![step.id, state, undone_at])?;
            Ok(conn
                .prepare_cached(&format!(
                    "SELECT {STEP_COLUMNS} FROM undo_step WHERE id = ?1"
                ))?
                .query_row([step.id], step_from_row)?)
        });
        self.journal.command = command;
        self.journal.walking = false;
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Clock;

    /// Tables that are not the user's data: no triggers on them.
    const NOT_JOURNALLED: &[&str] = &[
        "refinery_schema_history",
        "sqlite_sequence",
        "insight_cache",
        "generator_run",
        "tc_task",
        "tc_operation",
        "tc_working_set",
        "tc_meta",
        "sync_mark",
        "delivery_lease",
        "channel_trust",
        "undo_step",
        "undo_log",
        "undo_value",
        "alert_told",
    ];

    #[test]
    fn every_column_of_every_table_is_journalled() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("subs.db"), Clock::system()).unwrap();
        let conn = &store.db.conn;
        install_triggers(conn, true, ALL).unwrap();
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let mut checked = 0;
        for table in tables
            .iter()
            .filter(|t| !NOT_JOURNALLED.contains(&t.as_str()))
        {
            let columns: Vec<String> = conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            for event in ["insert", "update", "delete"] {
                let name = format!("undo_{table}_{event}");
                let sql: Option<String> = conn
                    .query_row(
                        "SELECT sql FROM sqlite_temp_master WHERE type = 'trigger' AND name = ?1",
                        [&name],
                        |r| r.get(0),
                    )
                    .ok();
                let sql = sql.unwrap_or_else(|| panic!("no trigger {name}"));
                if event != "insert" {
                    for column in &columns {
                        assert!(
                            sql.contains(&format!("OLD.\"{column}\"")),
                            "{name} misses the column {column}"
                        );
                    }
                }
            }
            checked += 1;
        }
        let mut journalled: Vec<&str> = JOURNALLED.to_vec();
        journalled.sort_unstable();
        let mut with_triggers: Vec<&str> = tables
            .iter()
            .map(String::as_str)
            .filter(|t| !NOT_JOURNALLED.contains(t))
            .collect();
        with_triggers.sort_unstable();
        assert_eq!(
            journalled, with_triggers,
            "JOURNALLED is not the list of data tables"
        );
        assert_eq!(checked, JOURNALLED.len());
    }

    #[test]
    fn the_setting_default_is_the_journal_default() {
        let setting = crate::settings::SETTINGS
            .iter()
            .find(|s| s.key == DEPTH_KEY)
            .unwrap();
        assert_eq!(setting.default, DEFAULT_DEPTH.to_string());
    }

    /// The journal's triggers by where they are: (in the file, on this
    /// connection only).
    fn journal_triggers(store: &Store) -> Result<(i64, i64)> {
        let count = |master: &str| -> Result<i64> {
            Ok(store.db.conn.query_row(
                &format!(
                    "SELECT count(*) FROM {master} WHERE type = 'trigger' AND name LIKE 'undo%'"
                ),
                [],
                |r| r.get(0),
            )?)
        };
        Ok((count("sqlite_master")?, count("sqlite_temp_master")?))
    }

    #[test]
    fn only_a_journalled_write_has_the_triggers_and_never_in_the_file() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::runtime(e.to_string()))?;
        let path = dir.path().join("subs.db");
        let mut store = Store::open(&path, Clock::system())?;
        store.write(|db| super::super::config::set(db, "base_currency", "USD"))?;
        assert_eq!(
            journal_triggers(&store)?,
            (0, 0),
            "not journalled, no triggers"
        );
        let mut store = Store::open(&path, Clock::system())?;
        store.read(|db| super::super::config::get(db, "base_currency"))?;
        assert_eq!(journal_triggers(&store)?, (0, 0), "a read has none");
        store.journal_as("subs config set base_currency EUR".into(), false);
        // A failed write rolls back, and the triggers stay for the next one.
        let failed: Result<()> = store.write(|_| Err(Error::runtime("no")));
        assert!(failed.is_err());
        store.write(|db| super::super::config::set(db, "base_currency", "EUR"))?;
        // Three per table, and the one that writes a step's row.
        let wanted = i64::try_from(JOURNALLED.len() * 3 + 1).unwrap_or(0);
        assert_eq!(journal_triggers(&store)?, (0, wanted));
        assert_eq!(steps(&store.db, 10)?.len(), 1, "the change was journalled");
        Ok(())
    }

    /// A reading command changes nothing on disk: not the file, not its
    /// write-ahead log (no journal, no trigger made or checked).
    #[test]
    fn a_read_leaves_the_file_and_its_log_as_they_were() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::runtime(e.to_string()))?;
        let path = dir.path().join("subs.db");
        let mut store = Store::open(&path, Clock::system())?;
        store.journal_as("subs config set base_currency USD".into(), false);
        store.write(|db| super::super::config::set(db, "base_currency", "USD"))?;
        drop(store);
        let state = || -> Vec<Option<(u64, std::time::SystemTime)>> {
            ["", "-wal"]
                .iter()
                .map(|suffix| {
                    let mut name = path.as_os_str().to_owned();
                    name.push(suffix);
                    std::fs::metadata(name)
                        .and_then(|m| Ok((m.len(), m.modified()?)))
                        .ok()
                })
                .collect()
        };
        let before = state();
        let mut store = Store::open(&path, Clock::system())?;
        store.journal_as("subs config get base_currency".into(), false);
        let read = store.read(|db| super::super::config::get(db, "base_currency"))?;
        assert_eq!(read.as_deref(), Some("USD"));
        drop(store);
        assert_eq!(state(), before);
        Ok(())
    }

    /// A write armed on demand: a run that changes only what the journal
    /// does not record parses no trigger and files no step; armed, it is a
    /// step undo reverts; a journalled change made unarmed fails the whole
    /// transaction; a rollback takes the triggers it made, and the next
    /// write makes them again.
    #[test]
    fn a_write_arms_the_journal_only_on_demand() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::runtime(e.to_string()))?;
        let path = dir.path().join("subs.db");
        let mut store = Store::open(&path, Clock::system())?;
        store.write(|db| super::super::config::set(db, "base_currency", "USD"))?;
        store.journal_as("subs alerts generate".into(), true);
        let base = |store: &Store| super::super::config::get(store.db(), "base_currency");

        store.write_on_demand(|db, journal| {
            journal.unjournalled(db, |db| super::super::runs::record(db, 0, 0))
        })?;
        assert_eq!(journal_triggers(&store)?, (0, 0), "nothing armed");
        assert!(steps(&store.db, 10)?.is_empty(), "no step");
        assert!(
            super::super::runs::last(store.db())?.is_some(),
            "the record"
        );

        let unarmed =
            store.write_on_demand(|db, _| super::super::config::set(db, "base_currency", "EUR"));
        assert!(unarmed.is_err(), "a journalled change made unarmed");
        assert_eq!(base(&store)?.as_deref(), Some("USD"), "rolled back");

        let failed: Result<()> = store.write_on_demand(|db, journal| {
            journal.arm(db, &SET_CONFIG)?;
            super::super::config::set(db, "base_currency", "GBP")?;
            Err(Error::runtime("no"))
        });
        assert!(failed.is_err());
        assert_eq!(journal_triggers(&store)?, (0, 0), "the rollback took them");
        assert_eq!(base(&store)?.as_deref(), Some("USD"));

        store.write_on_demand(|db, journal| {
            journal.arm(db, &SET_CONFIG)?;
            journal.arm(db, &SET_CONFIG)?;
            super::super::config::set(db, "base_currency", "EUR")
        })?;
        assert_eq!(
            journal_triggers(&store)?,
            (0, 3),
            "the two it armed, and the one that writes a step's row"
        );
        let journal = steps(&store.db, 10)?;
        assert_eq!(journal.len(), 1, "one step");
        assert!(journal[0].background);
        drop(store);
        let mut store = Store::open(&path, Clock::system())?;
        store.journal_as("subs undo".into(), false);
        store.walk(Direction::Undo, &journal[0])?;
        assert_eq!(base(&store)?.as_deref(), Some("USD"), "undone");
        Ok(())
    }

    /// What `config::set` changes (an upsert).
    const SET_CONFIG: [(&str, Change); 2] =
        [("config", Change::Insert), ("config", Change::Update)];

    /// Armed for some changes, a transaction that makes another fails
    /// whole, even when the change is a foreign-key action's, and leaves
    /// the file as it was; what it armed is journalled, and the connection
    /// is itself again afterwards.
    #[test]
    fn a_change_not_armed_fails_the_transaction() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::runtime(e.to_string()))?;
        let path = dir.path().join("subs.db");
        let mut store = Store::open(&path, Clock::system())?;
        store.write(|db| {
            super::super::config::set(db, "base_currency", "USD")?;
            db.conn.execute_batch(
                "INSERT INTO category (id, name, name_key, created_at, uid) VALUES (7, 'Video', 'video', 'now', 'c7');
                 INSERT INTO budget (category_id, amount, currency, created_at, uid) VALUES (7, 100, 'USD', 'now', 'b7');",
            )?;
            Ok(())
        })?;
        store.journal_as("subs alerts generate".into(), true);
        let state = |store: &Store| -> Result<(Option<String>, i64, i64)> {
            let count = |table: &str| -> Result<i64> {
                Ok(store
                    .db
                    .conn
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
            };
            Ok((
                super::super::config::get(store.db(), "base_currency")?,
                count("category")?,
                count("budget")?,
            ))
        };
        let before = state(&store)?;
        let sql: [(&str, &[(&str, Change)]); 3] = [
            // A table not armed.
            ("DELETE FROM budget", &[("config", Change::Update)]),
            // A change not armed of a table armed for others.
            ("DELETE FROM config", &SET_CONFIG),
            // A foreign-key action: deleting the category deletes its budget.
            (
                "DELETE FROM category WHERE id = 7",
                &[("category", Change::Delete)],
            ),
        ];
        // Prepared (and cached) before, where nothing refused them.
        store.read(|db| {
            for (change, _) in sql {
                db.conn.prepare_cached(change)?;
            }
            Ok(())
        })?;
        for (change, armed) in sql {
            let failed = store.write_on_demand(|db, journal| {
                journal.arm(db, &SET_CONFIG)?;
                super::super::config::set(db, "base_currency", "GBP")?;
                journal.arm(db, armed)?;
                db.conn.prepare_cached(change)?.execute([])?;
                Ok(())
            });
            assert!(failed.is_err(), "{change}");
            assert_eq!(state(&store)?, before, "{change}");
        }
        assert!(steps(&store.db, 10)?.is_empty(), "no step");
        store.write_on_demand(|db, journal| {
            // Deleting a category also takes it off subscriptions.
            let changes = [
                ("budget", Change::Delete),
                ("category", Change::Delete),
                ("subscription", Change::Update),
            ];
            journal.arm(db, &changes)?;
            db.conn.execute_batch("DELETE FROM category WHERE id = 7")?;
            Ok(())
        })?;
        store.write(|db| {
            db.conn.execute_batch("UPDATE config SET value = 'EUR'")?;
            Ok(())
        })?;
        let journal = steps(&store.db, 10)?;
        // The run's transactions are one step: both were journalled.
        assert_eq!(journal.len(), 1);
        store.walk(Direction::Undo, &journal[0])?;
        assert_eq!(state(&store)?, before, "undone");
        Ok(())
    }

    /// Rows inserted in bulk are journalled as the trigger would have
    /// journalled them (one 'delete' each, in order): undo takes them away
    /// and redo brings them back. Inside, a change to another table, a row
    /// replaced, one put below the table's end or an update fails the
    /// transaction and changes nothing.
    #[test]
    fn rows_inserted_in_bulk_are_journalled_and_nothing_else_passes() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::runtime(e.to_string()))?;
        let path = dir.path().join("subs.db");
        let mut store = Store::open(&path, Clock::system())?;
        store.write(|db| {
            db.conn.execute_batch(
                "INSERT INTO category (id, name, name_key, created_at, uid)
                 VALUES (1, 'A', 'a', 'now', 'c1'), (3, 'C', 'c', 'now', 'c3');",
            )?;
            Ok(())
        })?;
        store.journal_as("subs alerts generate".into(), true);
        let names = |store: &Store| -> Result<Vec<String>> {
            let mut stmt = store
                .db
                .conn
                .prepare("SELECT name FROM category ORDER BY id")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let run = |sql: &'static str| {
            move |db: &Db| -> Result<()> {
                db.conn.execute_batch(sql)?;
                Ok(())
            }
        };
        let before = names(&store)?;
        for sql in [
            "INSERT INTO category (name, name_key, created_at, uid) VALUES ('D', 'd', 'now', 'c4');
             INSERT INTO config (key, value, updated_at) VALUES ('base_currency', 'EUR', 'now')",
            "INSERT OR REPLACE INTO category (id, name, name_key, created_at, uid)
             VALUES (3, 'Z', 'z', 'now', 'c9')",
            "INSERT INTO category (id, name, name_key, created_at, uid) VALUES (2, 'B', 'b', 'now', 'c2')",
            "UPDATE category SET name = 'Q' WHERE id = 1",
        ] {
            let failed = store
                .write_on_demand(|db, journal| journal.insert_in_bulk(db, "category", run(sql)));
            assert!(failed.is_err(), "{sql}");
            assert_eq!(names(&store)?, before, "{sql}");
        }
        assert!(steps(&store.db, 10)?.is_empty(), "no step");
        store.write_on_demand(|db, journal| {
            let sql = "INSERT INTO category (name, name_key, created_at, uid)
                       VALUES ('D', 'd', 'now', 'c4'), ('E', 'e', 'now', 'c5')";
            journal.insert_in_bulk(db, "category", run(sql))
        })?;
        let after = names(&store)?;
        assert_eq!(after, ["A", "C", "D", "E"]);
        let entries: Vec<(String, String, i64)> = store
            .db
            .conn
            .prepare("SELECT op, tbl, row_id FROM undo_log WHERE op = 'delete' ORDER BY id")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let delete = |id| ("delete".to_string(), "category".to_string(), id);
        assert_eq!(entries, [delete(4), delete(5)]);
        let journal = steps(&store.db, 10)?;
        assert_eq!(journal.len(), 1);
        drop(store);
        let mut store = Store::open(&path, Clock::system())?;
        store.journal_as("subs undo".into(), false);
        store.walk(Direction::Undo, &journal[0])?;
        assert_eq!(names(&store)?, before, "undone");
        let redo = next(&store.db, Direction::Redo)?.ok_or_else(|| Error::runtime("no redo"))?;
        store.walk(Direction::Redo, &redo)?;
        assert_eq!(names(&store)?, after, "redone");
        Ok(())
    }

    #[test]
    fn the_schema_cannot_be_written_even_on_purpose() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::runtime(e.to_string()))?;
        let store = Store::open(&dir.path().join("subs.db"), Clock::system())?;
        let conn = &store.db.conn;
        let _ = conn.execute_batch("PRAGMA writable_schema = ON");
        let changed =
            conn.execute_batch("UPDATE sqlite_master SET sql = sql WHERE name = 'payment'");
        assert!(changed.is_err(), "defensive mode is off");
        Ok(())
    }
}
