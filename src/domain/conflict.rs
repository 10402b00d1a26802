//! A sync conflict: what settling the replica into tables did that a
//! person should know of (see `sync::projection`).

use serde::{Deserialize, Serialize};

/// What the projection did that a person should know of.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Conflict {
    /// `double_settlement`, `orphan`, `merged`, `duplicate`, `invalid`,
    /// `repaired` (and, from a sync, `edit_lost`).
    pub kind: String,
    /// The table of the record concerned (its backup section name).
    pub table: String,
    /// The record left out or changed.
    pub record: String,
    /// One sentence.
    pub message: String,
}
