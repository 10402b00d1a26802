//! `subs undo` and `subs undo --list`.

use serde::Serialize;

use super::table::{Fit, Grid};
use super::text::safe;
use super::{Output, View};
use crate::domain::journal::Step;

/// One journalled command, as JSON and as a row.
#[derive(Serialize)]
pub struct StepJson {
    pub command: String,
    /// `undo` when the step reverted `command`; undoing it does it again.
    pub kind: &'static str,
    pub at: String,
    pub changes: i64,
}

impl From<&Step> for StepJson {
    fn from(step: &Step) -> Self {
        StepJson {
            command: step.command.clone(),
            kind: if step.is_undo { "undo" } else { "do" },
            at: step.at.clone(),
            changes: step.changes,
        }
    }
}

/// `subs undo`: what was reverted (`undone: null` when nothing was).
#[derive(Serialize)]
pub struct Undone {
    pub undone: Option<StepJson>,
}

impl View for Undone {
    fn text(&self, _out: &Output) -> String {
        match &self.undone {
            None => "Nothing to undo.".into(),
            Some(step) if step.kind == "undo" => format!(
                "Redone: {} ({} {}; undo again to revert it).",
                safe(&step.command),
                step.changes,
                plural(step.changes)
            ),
            Some(step) => format!(
                "Undone: {} ({} {}, {}).",
                safe(&step.command),
                step.changes,
                plural(step.changes),
                step.at
            ),
        }
    }
}

fn plural(changes: i64) -> &'static str {
    if changes == 1 { "change" } else { "changes" }
}

/// `subs undo --list`: newest first, the next one `undo` reverts on top.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Journal(pub Vec<StepJson>);

impl View for Journal {
    fn text(&self, out: &Output) -> String {
        if self.0.is_empty() {
            return "Nothing to undo.".into();
        }
        let mut grid = Grid::new(
            out,
            &[
                ("When", Fit::Whole),
                ("Command", Fit::Shrink),
                ("Changes", Fit::WholeRight),
            ],
        );
        for step in &self.0 {
            let command = if step.kind == "undo" {
                format!("undo of: {}", step.command)
            } else {
                step.command.clone()
            };
            grid.row(vec![
                step.at.clone().into(),
                safe(&command).into(),
                step.changes.to_string().into(),
            ]);
        }
        grid.render()
    }
}
