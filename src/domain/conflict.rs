//! A sync conflict: what settling the replica into tables did that a
//! person should know of (see `sync::projection`).

use serde::{Deserialize, Serialize};

/// What kind of thing the projection (or a sync) did. Declared in the
/// order of their names, so conflicts sort as their JSON reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// Two payments for one charge: one kept.
    DoubleSettlement,
    /// Two records that must be one (a unique key): one kept.
    Duplicate,
    /// An edit made here that a delete on another device overruled.
    EditLost,
    /// A record that cannot be read: left out.
    Invalid,
    /// Two records of one name, merged.
    Merged,
    /// A record whose parent was deleted elsewhere.
    Orphan,
    /// A field tied to others by an invariant, repaired.
    Repaired,
}

impl ConflictKind {
    pub const ALL: [ConflictKind; 7] = [
        ConflictKind::DoubleSettlement,
        ConflictKind::Duplicate,
        ConflictKind::EditLost,
        ConflictKind::Invalid,
        ConflictKind::Merged,
        ConflictKind::Orphan,
        ConflictKind::Repaired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ConflictKind::DoubleSettlement => "double_settlement",
            ConflictKind::Duplicate => "duplicate",
            ConflictKind::EditLost => "edit_lost",
            ConflictKind::Invalid => "invalid",
            ConflictKind::Merged => "merged",
            ConflictKind::Orphan => "orphan",
            ConflictKind::Repaired => "repaired",
        }
    }

    pub fn parse(text: &str) -> Option<ConflictKind> {
        ConflictKind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

impl std::fmt::Display for ConflictKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the projection did that a person should know of.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Conflict {
    pub kind: ConflictKind,
    /// The table of the record concerned (its backup section name).
    pub table: String,
    /// The record left out or changed.
    pub record: String,
    /// One sentence.
    pub message: String,
}

/// Rows this sync changed in the tables here.
#[derive(Debug, Default, Serialize, PartialEq, Eq)]
pub struct Changes {
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_read_and_sort_as_their_names() {
        let mut names: Vec<&str> = ConflictKind::ALL.iter().map(|k| k.as_str()).collect();
        let declared = names.clone();
        names.sort();
        assert_eq!(names, declared);
        for kind in ConflictKind::ALL {
            assert_eq!(ConflictKind::parse(kind.as_str()), Some(kind));
            assert_eq!(
                serde_json::to_value(kind).ok(),
                Some(serde_json::Value::from(kind.as_str()))
            );
        }
        assert_eq!(ConflictKind::parse("budget"), None);
    }
}
