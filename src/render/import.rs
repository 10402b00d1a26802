//! The summary of `subs import`.

use std::collections::BTreeMap;

use serde::Serialize;

use super::text::safe;
use super::{Output, View};
use crate::transfer::ImportReport;

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
            .map(|(k, n)| format!("{n} {k}"))
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
            "{} conflict(s): the existing rows were kept.",
            r.conflict_count
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
        lines.push(format!(
            "Skipped {} ({}): {}",
            s.row,
            safe(&s.name),
            safe(&s.reason)
        ));
    }
    if r.dry_run {
        lines.push("Dry run: nothing was written.".into());
    }
    lines.join("\n")
}
