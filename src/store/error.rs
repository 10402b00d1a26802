//! How database errors read to the user. The mapping lives here because
//! only the store names the database crate.

use crate::error::Error;

const READ_ONLY: &str = "the database file is read-only; check its permissions";

/// Whether a mapped error says the file (or a file beside it) could not be
/// written or opened for writing.
pub(super) fn is_unwritable_message(why: &str) -> bool {
    why == READ_ONLY || why.contains("unable to open database file")
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::Runtime(
                "the database is locked by another process (another subs, or a program holding it open) for longer than subs waits; try again".into(),
            ),
            Some(ErrorCode::NotADatabase) => {
                Error::Runtime("the database file is not a SQLite database".into())
            }
            Some(ErrorCode::ReadOnly) => Error::Runtime(READ_ONLY.into()),
            Some(ErrorCode::DiskFull) => Error::Runtime("the disk is full".into()),
            Some(ErrorCode::SystemIoFailure) => Error::Runtime(
                "the database could not be written (a disk I/O error: the disk may be full, or a file-size limit such as `ulimit -f` reached); nothing was changed".into(),
            ),
            _ => Error::Runtime(format!("database error: {err}")),
        }
    }
}

impl From<refinery::Error> for Error {
    fn from(err: refinery::Error) -> Self {
        // One sentence: the first line of the cause, never the migration's SQL.
        let text = err.to_string();
        let first = text.lines().next().unwrap_or("").trim();
        let cause: String = first.chars().take(160).collect();
        let cut = if cause.len() < first.len() { "…" } else { "" };
        Error::runtime(format!(
            "could not upgrade the database to this version of subs ({cause}{cut}); it is unchanged"
        ))
    }
}
