//! The summary of `subs import`: what was inserted, what was already
//! there, what conflicted, what was skipped.

use std::collections::BTreeMap;

use serde::Serialize;

use super::text::{count, safe};
use super::{Output, View};

/// Conflicts listed one by one; beyond this only the count grows.
const MAX_LISTED: usize = 100;

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Default, Serialize)]
pub struct ImportReport {
    pub dry_run: bool,
    pub format: &'static str,
    pub inserted: BTreeMap<&'static str, u64>,
    pub unchanged: BTreeMap<&'static str, u64>,
    /// Rows whose id exists with different content: the existing row is kept.
    pub conflicts: Vec<Conflict>,
    pub conflict_count: u64,
    /// Rows not imported, with why (Wallos cycles that cannot be mapped).
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Conflict {
    pub section: &'static str,
    pub id: String,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct Skipped {
    pub row: String,
    pub name: String,
    pub reason: String,
}

impl ImportReport {
    /// Rows were skipped and none was imported, unchanged or in conflict:
    /// the import failed as a whole (exit 1), so a script notices.
    pub fn nothing_imported(&self) -> bool {
        !self.skipped.is_empty()
            && self.inserted.values().all(|n| *n == 0)
            && self.unchanged.values().all(|n| *n == 0)
            && self.conflict_count == 0
    }

    /// `--strict`: the skipped rows, each with its reason, in one sentence.
    pub fn strict_refusal(&self) -> String {
        let listed: Vec<String> = self
            .skipped
            .iter()
            .take(5)
            .map(|s| match safe(&s.name) {
                name if name.is_empty() => format!("{}: {}", s.row, safe(&s.reason)),
                name => format!("{} ({name}): {}", s.row, safe(&s.reason)),
            })
            .collect();
        let more = match self.skipped.len() {
            n if n > 5 => format!("; and {} more", n - 5),
            _ => String::new(),
        };
        format!(
            "--strict: {} cannot be imported ({}{more}); nothing was imported",
            count(self.skipped.len() as i64, "row", "rows"),
            listed.join("; ")
        )
    }

    pub fn new(dry_run: bool) -> ImportReport {
        ImportReport {
            dry_run,
            ..ImportReport::default()
        }
    }

    pub fn conflict(&mut self, section: &'static str, id: String, reason: String) {
        self.conflict_count += 1;
        if self.conflicts.len() < MAX_LISTED {
            self.conflicts.push(Conflict {
                section,
                id,
                reason,
            });
        }
    }
}

/// What an import did, as JSON (the report itself) or a few lines.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Summary(pub ImportReport);

impl View for Summary {
    fn text(&self, _out: &Output) -> String {
        summary(&self.0)
    }

    fn warnings(&self) -> &[String] {
        &self.0.warnings
    }
}

fn summary(r: &ImportReport) -> String {
    let counts = |m: &BTreeMap<&str, u64>| {
        let parts: Vec<String> = m
            .iter()
            .filter(|(_, n)| **n > 0)
            .map(|(k, n)| section_count(k, *n))
            .collect();
        if parts.is_empty() {
            "nothing".to_string()
        } else {
            parts.join(", ")
        }
    };
    let verb = if r.dry_run {
        "Would import"
    } else {
        "Imported"
    };
    let mut lines = vec![format!(
        "{verb} {} ({} format).",
        counts(&r.inserted),
        r.format
    )];
    if r.unchanged.values().any(|n| *n > 0) {
        lines.push(format!(
            "Already present, unchanged: {}.",
            counts(&r.unchanged)
        ));
    }
    if r.conflict_count > 0 {
        lines.push(format!(
            "{}: the existing rows were kept.",
            count(r.conflict_count as i64, "conflict", "conflicts")
        ));
        for c in &r.conflicts {
            lines.push(format!(
                "  {} {}: {}",
                c.section,
                safe(&c.id),
                safe(&c.reason)
            ));
        }
    }
    for s in &r.skipped {
        let named = match s.name.is_empty() {
            true => String::new(),
            false => format!(" ({})", safe(&s.name)),
        };
        lines.push(format!("Skipped {}{named}: {}", s.row, safe(&s.reason)));
    }
    if r.dry_run {
        lines.push("Dry run: nothing was written.".into());
    }
    lines.join("\n")
}

/// "1 subscription", "3 usage logs": a backup section's rows, counted.
fn section_count(section: &str, n: u64) -> String {
    let (one, many) = match section {
        "subscriptions" => ("subscription", "subscriptions"),
        "payments" => ("payment", "payments"),
        "usage" => ("usage log", "usage logs"),
        "alerts" => ("alert", "alerts"),
        "categories" => ("category", "categories"),
        "rates" => ("rate", "rates"),
        "config" => ("setting", "settings"),
        "price_history" => ("price change", "price changes"),
        "alert_tally" => ("alert count", "alert counts"),
        other => (other, other),
    };
    count(n as i64, one, many)
}
