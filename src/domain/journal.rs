//! The undo journal's entries, as `undo`, `redo` and `undo --list` report
//! them.

/// One journalled command.
#[derive(Debug, Clone)]
pub struct Step {
    pub id: i64,
    /// The command line as typed.
    pub command: String,
    /// When it ran (RFC 3339).
    pub at: String,
    /// A run of cron's (`alerts generate`, `renew`), not the user's own.
    pub background: bool,
    /// Whether it is undone (on the redo stack).
    pub undone: bool,
    /// How many rows it changed.
    pub changes: i64,
    /// When it was undone, while it is.
    pub undone_at: Option<String>,
}

/// Which way through the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Revert the newest step that is done.
    Undo,
    /// Re-apply the oldest step that is undone.
    Redo,
}

impl Direction {
    /// The command that walks this way.
    pub fn verb(self) -> &'static str {
        match self {
            Direction::Undo => "undo",
            Direction::Redo => "redo",
        }
    }
}
