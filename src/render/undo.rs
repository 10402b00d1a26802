//! `subs undo`, `subs redo` and `subs undo --list`.

use serde::Serialize;

use super::table::{Fit, Grid};
use super::text::{count, safe};
use super::{Output, View};
use crate::domain::journal::{Direction, Step};

/// One journalled command, as JSON and as a row.
#[derive(Serialize)]
pub struct StepJson {
    pub command: String,
    pub at: String,
    pub changes: i64,
    /// A run of cron's (`alerts generate`, `renew`).
    pub background: bool,
    /// `done` (undo reverts it) or `undone` (redo re-applies it).
    pub state: &'static str,
    pub undone_at: Option<String>,
}

impl From<&Step> for StepJson {
    fn from(step: &Step) -> Self {
        StepJson {
            command: step.command.clone(),
            at: step.at.clone(),
            changes: step.changes,
            background: step.background,
            state: if step.undone { "undone" } else { "done" },
            undone_at: step.undone_at.clone(),
        }
    }
}

/// `subs undo` (`{"undone": …}`) and `subs redo` (`{"redone": …}`): the
/// step walked, or null when there was none (or the person said no).
#[derive(Serialize)]
pub struct Walked {
    #[serde(skip_serializing_if = "Option::is_none")]
    undone: Option<Option<StepJson>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    redone: Option<Option<StepJson>>,
    #[serde(skip)]
    text: String,
}

impl Walked {
    fn new(direction: Direction, step: Option<StepJson>, text: String) -> Walked {
        let (undone, redone) = match direction {
            Direction::Undo => (Some(step), None),
            Direction::Redo => (None, Some(step)),
        };
        Walked {
            undone,
            redone,
            text,
        }
    }

    /// The journal has nothing to walk this way.
    pub fn nothing(direction: Direction) -> Walked {
        Walked::new(direction, None, format!("Nothing to {}.", direction.verb()))
    }

    /// Asked whether to undo a background run, the person said no.
    pub fn declined(_step: &Step) -> Walked {
        Walked::new(Direction::Undo, None, "Nothing undone.".into())
    }

    pub fn done(direction: Direction, step: &Step) -> Walked {
        let changes = count(step.changes, "change", "changes");
        let text = match direction {
            Direction::Undo => format!(
                "Undone: {} ({changes}, {}{}); `subs redo` brings it back.",
                safe(&step.command),
                step.at,
                if step.background {
                    ", a background run"
                } else {
                    ""
                }
            ),
            Direction::Redo => format!("Redone: {} ({changes}).", safe(&step.command)),
        };
        Walked::new(direction, Some(StepJson::from(step)), text)
    }
}

impl View for Walked {
    fn text(&self, _out: &Output) -> String {
        self.text.clone()
    }
}

/// One row of `undo --list`: the step and which walk reaches it next.
#[derive(Serialize)]
pub struct ListedStep {
    #[serde(flatten)]
    step: StepJson,
    /// `undo` on the step undo reverts next, `redo` on the one redo
    /// re-applies next, else null.
    next: Option<&'static str>,
}

/// `subs undo --list`: newest first; undone steps (the redo stack) on top
/// of the done ones.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Journal(Vec<ListedStep>);

impl Journal {
    pub fn new(steps: &[Step]) -> Journal {
        let next_undo = steps.iter().find(|s| !s.undone).map(|s| s.id);
        let next_redo = steps.iter().rfind(|s| s.undone).map(|s| s.id);
        Journal(
            steps
                .iter()
                .map(|s| ListedStep {
                    step: StepJson::from(s),
                    next: if Some(s.id) == next_undo {
                        Some("undo")
                    } else if Some(s.id) == next_redo {
                        Some("redo")
                    } else {
                        None
                    },
                })
                .collect(),
        )
    }
}

impl View for Journal {
    fn empty(&self) -> Option<String> {
        self.0.is_empty().then(|| NOTHING.into())
    }

    fn text(&self, out: &Output) -> String {
        let mut grid = Grid::new(
            out,
            &[
                ("When", Fit::Whole),
                ("Command", Fit::Shrink),
                ("Changes", Fit::WholeRight),
                ("State", Fit::Whole),
            ],
        );
        for listed in &self.0 {
            let step = &listed.step;
            let command = if step.background {
                format!("{} (background)", step.command)
            } else {
                step.command.clone()
            };
            let state = match listed.next {
                Some(next) => format!("{} <- {next}", step.state),
                None => step.state.to_string(),
            };
            grid.row(vec![
                step.at.clone().into(),
                safe(&command).into(),
                step.changes.to_string().into(),
                state.into(),
            ]);
        }
        grid.render()
    }
}

const NOTHING: &str = "Nothing to undo.";
