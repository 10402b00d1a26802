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

/// Inserts a subscription read from a CSV or Wallos file unless its id
/// exists (then it is a conflict), creating its category by name, within
/// the MAX_SUBSCRIPTIONS limit.
fn insert_new(
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
    // The same rows imported again (a spreadsheet has no ids) are the
    // subscriptions already here, not new ones.
    let same = subscriptions::same_active(db, &sub.name, sub.amount, sub.currency, sub.cycle)?;
    if sub.status == Status::Active && same.is_some() {
        *report.unchanged.entry("subscriptions").or_default() += 1;
        return Ok(());
    }
    if let Some(name) = category {
        let c = categories::find_or_create(db, &name)?;
        sub.category_id = Some(c.id);
        sub.category = Some(c.name);
    }
    let limit = settings::max_subscriptions(db)?;
    if subscriptions::count(db)? >= limit {
        return Err(Error::invalid(format!(
            "{row}: the import would exceed {limit} subscriptions (the MAX_SUBSCRIPTIONS setting); nothing was imported"
        )));
    }
    subscriptions::insert(db, &sub)?;
    *report.inserted.entry("subscriptions").or_default() += 1;
    Ok(())
}

/// Writes a file whole or not at all: through a private (0600) temporary
/// file beside `path`, renamed into place once everything is written.
pub fn write_file(path: &Path, f: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| {
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
    let file = options
        .open(&tmp)
        .map_err(|e| Error::runtime(format!("cannot write {}: {e}", path.display())))?;
    let mut out = BufWriter::new(file);
    let result = f(&mut out)
        .and_then(|()| out.flush().map_err(Error::from))
        .and_then(|()| {
            out.get_ref().sync_all()?;
            fs::rename(&tmp, path)
                .map_err(|e| Error::runtime(format!("cannot write {}: {e}", path.display())))
        });
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}
