//! `subs export`: a lossless JSON backup, CSV tables, or an iCalendar feed,
//! read in one snapshot and written to stdout or, whole or not at all, to a
//! private file.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use super::Ctx;
use crate::error::{Error, Result};
use crate::render::Done;
use crate::transfer::backup::Backup;
use crate::transfer::csv::{CsvExport, CsvTable};
use crate::transfer::ics::Ics;
use crate::transfer::ledger::{Beancount, Ledger};
use crate::transfer::{Exporter, OutputRules, WrittenTo, write_file};

/// The formats `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Ics,
    Ledger,
    Beancount,
}

/// Which table a CSV export holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    Subscriptions,
    Payments,
    Usage,
}

pub struct Export {
    pub format: Format,
    pub what: Table,
    pub output: Option<PathBuf>,
    /// Replace an existing SQLite file given as the output.
    pub force: bool,
    /// CSV cells as stored, without the formula guard.
    pub raw: bool,
}

#[derive(serde::Serialize)]
struct Written {
    written: String,
}

pub fn run(ctx: &mut Ctx, args: Export) -> Result<()> {
    let exporter: Box<dyn Exporter> = match (args.format, args.what) {
        (Format::Json, _) => Box::new(Backup::default()),
        (Format::Ics, _) => Box::new(Ics { today: ctx.today() }),
        (Format::Ledger, _) => Box::new(Ledger),
        (Format::Beancount, _) => Box::new(Beancount),
        (Format::Csv, what) => Box::new(CsvExport {
            table: match what {
                Table::Subscriptions => CsvTable::Subscriptions { today: ctx.today() },
                Table::Payments => CsvTable::Payments,
                Table::Usage => CsvTable::Usage,
            },
            raw: args.raw,
        }),
    };
    let store = &ctx.store;
    let write = |out: &mut dyn Write| store.read(|db| exporter.export(db, out));
    // `-o -` is stdout, as if there were no -o.
    match args.output.as_deref().filter(|p| p.as_os_str() != "-") {
        Some(path) => {
            let rules = OutputRules {
                database: store.path(),
                force: args.force,
            };
            if write_file(path, &rules, write)? == WrittenTo::Stdout {
                // The data is the output: no line of ours after it.
                return Ok(());
            }
            let shown = path.display().to_string();
            ctx.out.show(&Done::new(
                Written {
                    written: shown.clone(),
                },
                format!("Wrote {}", crate::render::text::safe(&shown)),
            ))
        }
        None if ctx.out.json && args.format != Format::Json => Err(Error::invalid(
            "with --json, write CSV, iCalendar, ledger or beancount to a file with -o (stdout carries the JSON summary)",
        )),
        None => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            write(&mut out)?;
            out.flush().map_err(Error::output)?;
            Ok(())
        }
    }
}
