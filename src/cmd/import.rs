//! `subs import`: pick the format, open the file, show progress on a
//! terminal, run the importer in one transaction (rolled back for
//! `--dry-run`), and report. A backup is all or nothing: the first invalid
//! row aborts with its position, field and problem, and nothing is
//! written. A foreign file (CSV, Wallos) imports every valid row and names
//! each skipped one with its reason; `--strict` makes it all or nothing
//! too. Nothing imported from a file with skipped rows is a failure
//! (exit 1), so a script notices.

use std::fs::File;
use std::io::{BufReader, IsTerminal, Read};
use std::path::{Path, PathBuf};

use super::Ctx;
use crate::error::{Error, Result};
use crate::render::import::Summary;
use crate::transfer::backup::Backup;
use crate::transfer::csv::CsvSubscriptions;
use crate::transfer::wallos::Wallos;
use crate::transfer::{ImportReport, Importer};

/// The formats `import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    Wallos,
}

pub struct Import {
    pub file: PathBuf,
    /// `None`: csv for `.csv` files, else json.
    pub format: Option<Format>,
    pub dry_run: bool,
    /// `--currency-map 1=USD,2=EUR`, for Wallos' currency ids.
    pub currency_map: Option<String>,
    /// Take the settings that steer network traffic from a backup too.
    pub with_config: bool,
    /// A skipped row fails the whole import (nothing is written).
    pub strict: bool,
}

pub fn run(ctx: &mut Ctx, args: Import) -> Result<()> {
    let format = args.format.unwrap_or_else(|| {
        let csv = args
            .file
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        if csv { Format::Csv } else { Format::Json }
    });
    if args.with_config && format != Format::Json {
        return Err(Error::invalid(
            "--with-config applies to a subs backup (JSON) only",
        ));
    }
    let currency_map = match &args.currency_map {
        Some(_) if format != Format::Wallos => {
            return Err(Error::invalid(
                "--currency-map applies to --format wallos only",
            ));
        }
        Some(text) => crate::transfer::wallos::parse_currency_map(text).map_err(Error::invalid)?,
        None => Default::default(),
    };
    let file = open(&args.file)?;
    let progress = progress_bar(ctx, file.metadata().map(|m| m.len()).unwrap_or(0));
    let mut reader = Counting {
        inner: BufReader::with_capacity(1 << 16, file),
        bar: progress.clone(),
    };
    let clock = ctx.clock;
    let job = |db: &crate::store::Db| -> Result<ImportReport> {
        let mut report = ImportReport::new(args.dry_run);
        match format {
            Format::Json => Backup {
                with_config: args.with_config,
            }
            .import(db, &mut reader, &mut report)?,
            Format::Csv => CsvSubscriptions { clock }.import(db, &mut reader, &mut report)?,
            Format::Wallos => Wallos {
                clock,
                currency_map: currency_map.clone(),
            }
            .import(db, &mut reader, &mut report)?,
        }
        if args.strict && !report.skipped.is_empty() {
            return Err(Error::invalid(report.strict_refusal()));
        }
        Ok(report)
    };
    let result = if args.dry_run {
        ctx.store.simulate(job)
    } else {
        ctx.store.write_bulk(job)
    };
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    let report = match result {
        Err(_) if args.format.is_none() && looks_like_wallos(&args.file) => {
            return Err(Error::invalid(format!(
                "{} looks like a Wallos export: add --format wallos",
                args.file.display()
            )));
        }
        other => other?,
    };
    let nothing = report.nothing_imported();
    let skipped = report.skipped.len();
    ctx.out.show(&Summary(report))?;
    if nothing {
        return Err(Error::runtime(format!(
            "nothing was imported: {} skipped (reasons above)",
            crate::render::text::count(skipped as i64, "row was", "rows were")
        )));
    }
    Ok(())
}

/// Reads the first 64 KiB again to tell whether it was Wallos' file.
fn looks_like_wallos(path: &Path) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    let mut head = Vec::new();
    file.take(1 << 16).read_to_end(&mut head).is_ok() && crate::transfer::wallos::looks_like(&head)
}

/// A byte-count bar on stderr, only when a person is watching.
fn progress_bar(ctx: &Ctx, size: u64) -> Option<indicatif::ProgressBar> {
    let watching = std::io::stderr().is_terminal() && !ctx.out.json && !ctx.out.quiet;
    watching.then(|| {
        let bar = indicatif::ProgressBar::new(size);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {msg}")
        {
            bar.set_style(style);
        }
        bar
    })
}

fn open(path: &Path) -> Result<File> {
    let file = File::open(path)
        .map_err(|e| Error::invalid(format!("cannot read {}: {e}", path.display())))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(Error::invalid(format!(
            "cannot read {}: it is a directory",
            path.display()
        )));
    }
    Ok(file)
}

/// Counts bytes for the progress bar.
struct Counting<R> {
    inner: R,
    bar: Option<indicatif::ProgressBar>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(bar) = &self.bar {
            bar.inc(n as u64);
        }
        Ok(n)
    }
}
