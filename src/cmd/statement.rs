//! What `detect` and `reconcile` share: reading the statement files a
//! person names (each checked for size before it is read, its errors
//! prefixed with its name), the rows of overlapping files counted once,
//! and the currency of rows a statement does not state — never guessed.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rust_decimal::Decimal;

use crate::domain::currency::Currency;
use crate::error::{Error, Result};
use crate::statement::{self, Format, ReadOptions, Skipped, Transaction};

/// How to read the files, parsed from the flags.
pub struct Reading {
    pub files: Vec<PathBuf>,
    pub options: ReadOptions,
    /// `--currency`: for rows whose statement names no currency.
    pub currency: Option<Currency>,
}

/// The statements read, as one list of rows in date order.
pub struct Read {
    /// Each file's format, in the order named.
    pub formats: Vec<Format>,
    pub transactions: Vec<Transaction>,
    /// Rows of all files (before the overlap was taken out).
    pub rows: usize,
    /// Rows that could not be read, with the file they are in.
    pub skipped: Vec<(PathBuf, Skipped)>,
    /// Files with rows that state no currency (and how many), when
    /// `--currency` was not given.
    pub without_currency: Vec<(PathBuf, usize)>,
}

impl Read {
    /// The first and last posting dates (`None`: no rows).
    pub fn period(&self) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
        Some((
            self.transactions.first()?.date,
            self.transactions.last()?.date,
        ))
    }

    pub fn debits(&self) -> usize {
        self.transactions.iter().filter(|t| t.is_debit()).count()
    }

    /// Refuses rows whose currency no statement states (exit 2), for what
    /// needs one: adding a subscription, reconciling.
    pub fn require_currency(&self) -> Result<()> {
        match self.without_currency.first() {
            None => Ok(()),
            Some((path, missing)) => Err(Error::invalid(format!(
                "{} does not say which currency {} in; --currency says (e.g. --currency EUR)",
                path.display(),
                if *missing == 1 {
                    "one of its rows is".to_string()
                } else {
                    format!("{missing} of its rows are")
                }
            ))),
        }
    }

    /// The currencies the rows are in, sorted.
    pub fn currencies(&self) -> Vec<Currency> {
        let mut all: Vec<Currency> = self
            .transactions
            .iter()
            .filter_map(|t| t.currency)
            .collect();
        all.sort();
        all.dedup();
        all
    }
}

/// Reads every file; the first that cannot be read stops the run (exit 2).
pub fn read(reading: &Reading) -> Result<Read> {
    let mut read = Read {
        formats: Vec::new(),
        transactions: Vec::new(),
        rows: 0,
        skipped: Vec::new(),
        without_currency: Vec::new(),
    };
    let mut seen = Seen::default();
    for (n, path) in reading.files.iter().enumerate() {
        let bytes = load(path)?;
        let statement = statement::read(&bytes, &reading.options)
            .map_err(|e| Error::invalid(format!("{}: {e}", path.display())))?;
        read.formats.push(statement.format);
        read.rows += statement.transactions.len();
        read.skipped
            .extend(statement.skipped.into_iter().map(|s| (path.clone(), s)));
        let mut rows = statement.transactions;
        fill_currency(path, &mut rows, reading.currency, &mut read);
        for row in rows {
            if seen.first_time(n, &row) {
                read.transactions.push(row);
            }
        }
    }
    read.transactions.sort_by_key(|t| t.date);
    Ok(read)
}

/// The file's bytes, refusing one over the size limit before reading it.
fn load(path: &Path) -> Result<Vec<u8>> {
    let cannot = |e: std::io::Error| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        };
        Error::invalid(format!("cannot read {}: {why}", path.display()))
    };
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if meta.is_dir() {
        return Err(Error::invalid(format!(
            "{} is a folder; name statement files",
            path.display()
        )));
    }
    if meta.len() > statement::MAX_BYTES {
        return Err(Error::invalid(format!(
            "{} is {} MiB; subs reads statements up to {} MiB",
            path.display(),
            meta.len() / (1024 * 1024),
            statement::MAX_BYTES / (1024 * 1024)
        )));
    }
    std::fs::read(path).map_err(cannot)
}

/// Rows without a currency take `--currency`. Without it they stay
/// without one: detection needs no currency, and what does (adding a
/// subscription, reconciling) refuses them through
/// [`Read::require_currency`] — a currency is never guessed.
fn fill_currency(path: &Path, rows: &mut [Transaction], given: Option<Currency>, read: &mut Read) {
    let missing = rows.iter().filter(|t| t.currency.is_none()).count();
    if missing == 0 {
        return;
    }
    match given {
        Some(currency) => {
            for row in rows.iter_mut().filter(|t| t.currency.is_none()) {
                row.currency = Some(currency);
            }
        }
        None => read.without_currency.push((path.to_path_buf(), missing)),
    }
}

/// The rows already taken from earlier files: a row of a second,
/// overlapping statement is the same charge when the bank's id is the
/// same, or, without ids, when its date, amount and text are. Within one
/// file every row counts (two equal charges on a day are two charges).
#[derive(Default)]
struct Seen {
    ids: HashSet<String>,
    rows: HashSet<(usize, chrono::NaiveDate, Decimal, String, String)>,
}

impl Seen {
    fn first_time(&mut self, file: usize, row: &Transaction) -> bool {
        if let Some(id) = &row.id {
            return self.ids.insert(id.clone());
        }
        let key = |f| (f, row.date, row.amount, row.payee.clone(), row.memo.clone());
        let earlier = (0..file).any(|f| self.rows.contains(&key(f)));
        self.rows.insert(key(file));
        !earlier
    }
}
