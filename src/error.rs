//! One error type for the whole tool. Each variant knows its exit code, so
//! `main` decides the process status in exactly one place.

use std::io;

/// What went wrong, phrased for the user. Messages are single sentences that
/// quote the offending value and, where possible, say what to do instead.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad usage or invalid input (exit 2). Nothing was written.
    #[error("{0}")]
    Invalid(String),
    /// A reference matched nothing, or more than one thing (exit 3).
    #[error("{0}")]
    NotFound(String),
    /// A runtime failure: I/O, the database, the environment (exit 1).
    #[error("{0}")]
    Runtime(String),
    /// stdout was closed under us (`subs list | head -1`): exit quietly.
    #[error("broken pipe")]
    BrokenPipe,
    /// Printing the result failed (`> /dev/full`). Exit 1 — unless the
    /// command's change was committed, which decides: then exit 0 with a
    /// note, so a script that retries on failure does not do it twice.
    #[error("{0}")]
    Output(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::Invalid(msg.into())
    }

    pub fn not_found(msg: impl Into<String>) -> Self {
        Error::NotFound(msg.into())
    }

    pub fn runtime(msg: impl Into<String>) -> Self {
        Error::Runtime(msg.into())
    }

    /// The documented exit code: 0 ok, 1 runtime, 2 invalid input, 3 not found.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Invalid(_) => 2,
            Error::NotFound(_) => 3,
            Error::Runtime(_) | Error::Output(_) => 1,
            Error::BrokenPipe => 0,
        }
    }

    /// A stable machine-readable name for `--json` error documents.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "invalid_input",
            Error::NotFound(_) => "not_found",
            Error::Runtime(_) | Error::Output(_) => "runtime",
            Error::BrokenPipe => "broken_pipe",
        }
    }
}

impl Error {
    /// A failure to print to stdout.
    pub fn output(err: io::Error) -> Self {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::Output(format!("cannot write the output: {err}"))
        }
    }
}

impl From<io::Error> for Error {
    fn from(err: io::Error) -> Self {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::Runtime(format!("I/O error: {err}"))
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        if err.is_io() {
            let io: io::Error = err.into();
            io.into()
        } else {
            Error::Runtime(format!("JSON error: {err}"))
        }
    }
}
