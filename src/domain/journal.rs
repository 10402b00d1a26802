//! The undo journal's entries, as `undo` and `undo --list` report them.

/// One journalled command.
#[derive(Debug, Clone)]
pub struct Step {
    pub id: i64,
    /// The command line as typed.
    pub command: String,
    /// When it ran (RFC 3339).
    pub at: String,
    /// Whether the step reverted `command` (an `undo`); undoing it redoes.
    pub is_undo: bool,
    /// How many rows it changed.
    pub changes: i64,
}
