//! Import and export formats, one file each, behind one shape: an
//! [`Importer`] reads a file into the database inside the caller's
//! transaction and fills an [`ImportReport`]; an [`Exporter`] writes the
//! database (read inside one snapshot) to a stream. A new format is a new
//! file here and one arm in `cmd/import.rs` or `cmd/export.rs`.
//!
//! The lossless backup (`backup.rs`) restores rows as they were; the other
//! formats bring in subscriptions only, checked by the same rules as `add`
//! (`validate.rs` holds the checks every format shares).

pub mod backup;
pub mod csv;
pub mod ics;
pub mod ledger;
pub mod validate;
pub mod wallos;

use std::fs::{self, OpenOptions};
use std::io::{BufWriter, Read, Write};
use std::path::Path;

use crate::domain::subscription::{Status, Subscription};
use crate::error::{Error, Result};
pub use crate::render::import::{Conflict, ImportReport, Skipped};
use crate::settings;
use crate::store::{Db, categories, subscriptions};

/// A format subs can read. Runs inside the caller's write transaction (or
/// a dry run's), so an error anywhere leaves the database untouched.
pub trait Importer {
    /// The format's name in reports (`json`, `csv`, `wallos`).
    const FORMAT: &'static str;

    fn import(&self, db: &Db, reader: &mut dyn Read, report: &mut ImportReport) -> Result<()>;
}

/// A format subs can write. Runs inside one read transaction, so the
/// output is one consistent snapshot.
pub trait Exporter {
    fn export(&self, db: &Db, out: &mut dyn Write) -> Result<()>;
}

/// Inserts the subscriptions read from a CSV or Wallos file. What every
/// row is checked against — the limit, the count so far, the active
/// subscriptions already here — is read once, so an import is linear in
/// its rows.
pub(crate) struct NewRows {
    limit: i64,
    count: i64,
    active: subscriptions::ActiveKeys,
}

impl NewRows {
    pub(crate) fn load(db: &Db) -> Result<NewRows> {
        Ok(NewRows {
            limit: settings::max_subscriptions(db)?,
            count: subscriptions::count(db)?,
            active: subscriptions::ActiveKeys::load(db)?,
        })
    }

    /// Inserts `sub` unless its id exists (then it is a conflict) or an
    /// active subscription with its name, amount, currency and cycle is
    /// here (the same rows imported again: a spreadsheet has no ids),
    /// creating its category by name, within the MAX_SUBSCRIPTIONS limit.
    pub(crate) fn insert(
        &mut self,
        db: &Db,
        (mut sub, category): (Subscription, Option<String>),
        report: &mut ImportReport,
        row: &str,
    ) -> Result<()> {
        if subscriptions::get(db, &sub.id).is_ok() {
            report.conflict(
                "subscriptions",
                sub.id.clone(),
                format!("{row}: a subscription with this id exists; kept it"),
            );
            return Ok(());
        }
        let active = sub.status == Status::Active;
        if active
            && self
                .active
                .contains(&sub.name, sub.amount, sub.currency, sub.cycle)
        {
            *report.unchanged.entry("subscriptions").or_default() += 1;
            return Ok(());
        }
        if let Some(name) = category {
            let c = categories::find_or_create(db, &name)?;
            sub.category_id = Some(c.id);
            sub.category = Some(c.name);
        }
        if self.count >= self.limit {
            let limit = self.limit;
            return Err(Error::invalid(format!(
                "{row}: the import would exceed {limit} subscriptions (the MAX_SUBSCRIPTIONS setting), so nothing was imported; {}",
                settings::max_subscriptions_advice(db)?
            )));
        }
        subscriptions::insert(db, &sub)?;
        self.count += 1;
        if active {
            self.active
                .insert(&sub.name, sub.amount, sub.currency, sub.cycle);
        }
        *report.inserted.entry("subscriptions").or_default() += 1;
        Ok(())
    }
}

/// Records a row that was not imported, and why.
pub(crate) fn skip(report: &mut ImportReport, row: &str, name: &str, reason: String) {
    report.skipped.push(Skipped {
        row: row.to_string(),
        name: name.to_string(),
        reason,
    });
}

/// Where `-o` may write, and what it must not destroy.
pub struct OutputRules<'a> {
    /// The open database: neither it nor its `-wal`/`-shm` is ever a target.
    pub database: &'a Path,
    /// Replace an existing SQLite file (another database) all the same.
    pub force: bool,
}

/// Writes `-o PATH`. A regular file (or a new one) is written whole or not
/// at all: through a private (0600) temporary file beside it, renamed into
/// place once everything is written, removed on any error or signal. A
/// symbolic link is followed, so the link stays and its target is
/// replaced. Anything else that exists — a device such as `/dev/null` or
/// `/dev/full`, a FIFO, a pipe behind `/dev/stdout` — and every path under
/// `/dev/` or `/proc/` is opened as named (never resolved, never replaced)
/// and written into; `-` is stdout. The database itself, its `-wal` and
/// `-shm`, and (without `--force`) any other SQLite file are refused.
/// Says whether what was written went to this process's stdout (then
/// there is no room there for a "Wrote PATH" line).
pub fn write_file(
    path: &Path,
    rules: &OutputRules<'_>,
    f: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<WrittenTo> {
    if path.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        f(&mut out)?;
        out.flush().map_err(Error::output)?;
        return Ok(WrittenTo::Stdout);
    }
    // What the path names, as the kernel sees it: `/dev/stdout` into a
    // pipe is `/proc/self/fd/1`, a link to `pipe:[…]`, which is no name
    // to resolve by hand.
    if let Ok(meta) = fs::metadata(path)
        && !meta.is_dir()
        && (!meta.is_file() || path.starts_with("/dev") || path.starts_with("/proc"))
    {
        return write_into(path, &meta, rules, f);
    }
    let target = resolve_links(path)?;
    if let Ok(meta) = fs::metadata(&target) {
        may_replace(path, &target, &meta, rules)?;
    }
    write_whole(path, &target, f)
}

fn refused_database(path: &Path) -> Error {
    Error::invalid(format!(
        "refusing to write {}: it is the database subs is using (or its -wal/-shm file); choose another file",
        path.display()
    ))
}

/// Writes into what exists and is no regular file (a device, a FIFO, a
/// pipe), opened as named.
fn write_into(
    path: &Path,
    meta: &fs::Metadata,
    rules: &OutputRules<'_>,
    f: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<WrittenTo> {
    let shown = path.display();
    if is_database_file(meta, rules.database) {
        return Err(refused_database(path));
    }
    let file = OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| Error::runtime(format!("cannot write {shown}: {e}")))?;
    let written = if is_stdout(&file) {
        WrittenTo::Stdout
    } else {
        WrittenTo::File
    };
    let mut out = BufWriter::new(file);
    f(&mut out)?;
    out.flush()
        .map_err(|e| Error::runtime(format!("cannot write {shown}: {e}")))?;
    Ok(written)
}

/// Whether an existing `target` (named `path`) may be replaced: never the
/// database or a directory, another SQLite file only with `--force`.
fn may_replace(
    path: &Path,
    target: &Path,
    meta: &fs::Metadata,
    rules: &OutputRules<'_>,
) -> Result<()> {
    let shown = path.display();
    if is_database_file(meta, rules.database) {
        return Err(refused_database(path));
    }
    if meta.is_dir() {
        return Err(Error::invalid(format!(
            "cannot write {shown}: it is a directory"
        )));
    }
    if !rules.force && is_sqlite(target) {
        return Err(Error::invalid(format!(
            "refusing to overwrite {shown}: it is an SQLite database; pass --force to replace it"
        )));
    }
    Ok(())
}

/// Writes `target` whole or not at all: a private temporary file beside
/// it, renamed into place once everything is written.
fn write_whole(
    path: &Path,
    target: &Path,
    f: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<WrittenTo> {
    let shown = path.display();
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target.file_name().ok_or_else(|| {
        Error::invalid(format!(
            "invalid --output \"{}\": not a file name",
            path.display()
        ))
    })?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let _on_signal = crate::interrupt::TempFile::register(&tmp);
    let file = options
        .open(&tmp)
        .map_err(|e| Error::runtime(format!("cannot write {shown}: {e}")))?;
    let mut out = BufWriter::new(file);
    let result = f(&mut out)
        .and_then(|()| {
            out.flush()
                .map_err(|e| Error::runtime(format!("cannot write {shown}: {e}")))
        })
        .and_then(|()| {
            out.get_ref().sync_all()?;
            fs::rename(&tmp, target)
                .map_err(|e| Error::runtime(format!("cannot write {shown}: {e}")))
        });
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map(|()| WrittenTo::File)
}

/// Where `write_file` wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WrittenTo {
    /// A file (or device) of its own.
    File,
    /// This process's stdout (`-`, `/dev/stdout`, `/dev/fd/1`).
    Stdout,
}

/// Whether `file` is the very file (pipe, terminal) stdout is.
fn is_stdout(file: &fs::File) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let (Ok(opened), Ok(stdout)) = (file.metadata(), fs::metadata("/dev/fd/1")) else {
            return false;
        };
        opened.dev() == stdout.dev() && opened.ino() == stdout.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        false
    }
}

/// Follows symbolic links (up to 40, as the kernel does) to the file they
/// name, which need not exist yet.
fn resolve_links(path: &Path) -> Result<std::path::PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&current).map_err(|e| {
                    Error::runtime(format!("cannot read the link {}: {e}", current.display()))
                })?;
                current = match current.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(Error::invalid(format!(
        "cannot write {}: too many levels of symbolic links",
        path.display()
    )))
}

/// Whether `meta` is the database at `database`, its `-wal` or its `-shm`
/// (the same file on the same device, whatever the name).
fn is_database_file(meta: &fs::Metadata, database: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        ["", "-wal", "-shm"].iter().any(|suffix| {
            let mut name = database.as_os_str().to_owned();
            name.push(suffix);
            fs::metadata(&name).is_ok_and(|db| db.dev() == meta.dev() && db.ino() == meta.ino())
        })
    }
    #[cfg(not(unix))]
    {
        let _ = (meta, database);
        false
    }
}

/// Whether the file starts with SQLite's header.
fn is_sqlite(path: &Path) -> bool {
    let mut header = [0u8; 16];
    fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut header))
        .is_ok_and(|()| &header == b"SQLite format 3\0")
}
