//! The undo journal. Triggers (migrations/V11__undo_journal.sql) write, for
//! every row a command inserts, changes or deletes, the statement that puts
//! it back, filed under the command's step. `undo` runs the last step's
//! statements newest first — itself as a step, so undoing an undo redoes.
//!
//! A step is opened when a command's first write transaction starts and
//! closed before every commit; a step that recorded nothing is dropped, so
//! a cron run that changed nothing leaves no trace.

use rusqlite::params;

use super::{Db, Store};
use crate::domain::journal::Step;
use crate::error::{Error, Result};

/// Steps kept when the `undo_depth` setting is not set.
pub const DEFAULT_DEPTH: i64 = 50;

/// The setting that bounds the journal (0 turns it off).
pub const DEPTH_KEY: &str = "undo_depth";

/// The tables whose rows the journal records (by triggers); a unit test
/// checks this against the triggers in the file.
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

/// What the running command journals under.
#[derive(Debug, Default)]
pub(super) struct Journal {
    /// The command line, when this run journals at all.
    command: Option<String>,
    /// The step this run opened, once one of its transactions changed data.
    step: Option<i64>,
    /// Whether this run's step reverts `command`.
    is_undo: bool,
}

/// Whether a write transaction may be journalled in bulk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Row by row, by the triggers.
    Rows,
    /// When every table is empty at the start (restoring a backup), the
    /// whole change is undone by emptying the tables again: one statement
    /// per table instead of one per row.
    FromEmpty,
}

impl Store {
    /// Journals this run's writes under `command` (the command line as
    /// typed), so `subs undo` can revert them.
    pub fn journal_as(&mut self, command: String) {
        self.journal.command = Some(command);
    }
}

impl Journal {
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
        let (step, created) = match self.step {
            Some(step) => (step, false),
            None => {
                conn.prepare_cached(
                    "INSERT INTO undo_step (command, at, kind) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![
                    command,
                    db.now(),
                    if self.is_undo { "undo" } else { "do" }
                ])?;
                (conn.last_insert_rowid(), true)
            }
        };
        let from_empty = mode == Mode::FromEmpty && self.step.is_none() && all_empty(db)?;
        if !from_empty {
            conn.prepare_cached("UPDATE undo_state SET step = ?1")?
                .execute([step])?;
        }
        // AUTOINCREMENT counters are not rows a trigger sees: remember them
        // now, to restore them with the rows.
        let mut sequences = Vec::new();
        if created {
            let mut stmt = conn.prepare_cached("SELECT name, seq FROM sqlite_sequence")?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
            for row in rows {
                sequences.push(row?);
            }
        }
        Ok(Some(Opened {
            step,
            created,
            depth,
            sequences,
            from_empty,
        }))
    }

    /// Closes the step before the commit: drops it when it recorded
    /// nothing, else files the counters and trims the journal to `depth`.
    pub(super) fn end_step(&mut self, db: &Db, opened: Option<Opened>) -> Result<()> {
        let Some(opened) = opened else {
            return Ok(());
        };
        let conn = &db.conn;
        conn.prepare_cached("UPDATE undo_state SET step = NULL")?
            .execute([])?;
        if opened.from_empty {
            for table in JOURNALLED {
                let rows: i64 =
                    conn.query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
                        r.get(0)
                    })?;
                if rows > 0 {
                    conn.prepare_cached(
                        "INSERT INTO undo_log (step, sql, rows) VALUES (?1, ?2, ?3)",
                    )?
                    .execute(params![
                        opened.step,
                        format!("DELETE FROM \"{table}\""),
                        rows
                    ])?;
                }
            }
        }
        let changes: i64 = conn
            .prepare_cached("SELECT count(*) FROM undo_log WHERE step = ?1")?
            .query_row([opened.step], |r| r.get(0))?;
        if changes == 0 {
            if opened.created {
                conn.prepare_cached("DELETE FROM undo_step WHERE id = ?1")?
                    .execute([opened.step])?;
            }
            return Ok(());
        }
        if opened.created {
            let mut restore = conn.prepare_cached(
                "INSERT INTO undo_log (step, sql, kind) VALUES (?1, ?2, 'counter')",
            )?;
            let quoted = |name: &str| format!("'{}'", name.replace('\'', "''"));
            // Tables without a counter yet lose the one this step makes.
            let kept: Vec<String> = std::iter::once("''".to_string())
                .chain(opened.sequences.iter().map(|(n, _)| quoted(n)))
                .collect();
            let forget = format!(
                "DELETE FROM sqlite_sequence WHERE name NOT IN ({})",
                kept.join(", ")
            );
            restore.execute(params![opened.step, forget])?;
            for (name, seq) in &opened.sequences {
                let sql = format!(
                    "UPDATE sqlite_sequence SET seq = {seq} WHERE name = {}",
                    quoted(name)
                );
                restore.execute(params![opened.step, sql])?;
            }
            self.step = Some(opened.step);
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

fn all_empty(db: &Db) -> Result<bool> {
    let sql = JOURNALLED
        .iter()
        .map(|t| format!("NOT EXISTS (SELECT 1 FROM \"{t}\")"))
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

/// The journal, newest first, at most `limit` steps.
pub fn steps(db: &Db, limit: i64) -> Result<Vec<Step>> {
    let mut stmt = db.conn.prepare(
        "SELECT s.id, s.command, s.at, s.kind = 'undo',
                (SELECT coalesce(sum(rows), 0) FROM undo_log l WHERE l.step = s.id AND l.kind = 'row')
         FROM undo_step s ORDER BY s.id DESC LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit], |r| {
        Ok(Step {
            id: r.get(0)?,
            command: r.get(1)?,
            at: r.get(2)?,
            is_undo: r.get(3)?,
            changes: r.get(4)?,
        })
    })?;
    let mut steps = Vec::new();
    for row in rows {
        steps.push(row?);
    }
    Ok(steps)
}

impl Store {
    /// Reverts the newest step, exactly, in one transaction that is itself
    /// journalled (so the next undo redoes). `None` when there is nothing.
    pub fn undo(&mut self) -> Result<Option<Step>> {
        let Some(last) = self.read(|db| steps(db, 1))?.into_iter().next() else {
            return Ok(None);
        };
        // The new step names the same command: it reverts it (or, undoing
        // an undo, does it again).
        let command = self.journal.command.replace(last.command.clone());
        self.journal.is_undo = !last.is_undo;
        self.journal.step = None;
        let result = self.write(|db| {
            let conn = &db.conn;
            // The statements run newest first; a parent row may come back
            // after its children, so foreign keys are checked at commit.
            conn.execute_batch("PRAGMA defer_foreign_keys = ON")?;
            // Another process may have written (or undone) since the read.
            let still_last: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM undo_step WHERE id = ?1)
                    AND NOT EXISTS (SELECT 1 FROM undo_step WHERE id > ?1
                        AND id IS NOT (SELECT step FROM undo_state))",
                [last.id],
                |r| r.get(0),
            )?;
            if !still_last {
                return Err(Error::runtime(
                    "the undo journal changed meanwhile; run undo again",
                ));
            }
            let statements: Vec<String> = {
                let mut stmt =
                    conn.prepare("SELECT sql FROM undo_log WHERE step = ?1 ORDER BY id DESC")?;
                let rows = stmt.query_map([last.id], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for sql in &statements {
                conn.execute_batch(sql)?;
            }
            conn.execute("DELETE FROM undo_step WHERE id = ?1", [last.id])?;
            Ok(())
        });
        self.journal.command = command;
        self.journal.is_undo = false;
        self.journal.step = None;
        result.map(|()| Some(last))
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
        "undo_state",
    ];

    #[test]
    fn every_column_of_every_table_is_journalled() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("subs.db"), Clock::system()).unwrap();
        let conn = &store.db.conn;
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
                        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
                        [&name],
                        |r| r.get(0),
                    )
                    .ok();
                let sql = sql.unwrap_or_else(|| panic!("no trigger {name}: add it in a migration"));
                if event != "insert" {
                    for column in &columns {
                        assert!(
                            sql.contains(&format!("OLD.\"{column}\"")),
                            "{name} misses the column {column}: recreate it in a migration"
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
}
