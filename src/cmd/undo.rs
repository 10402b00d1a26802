//! `subs undo`: revert the last writing command, exactly; `--list` shows
//! the journal.

use super::Ctx;
use crate::error::Result;
use crate::render::undo::{Journal, StepJson, Undone};
use crate::store::undo;

pub fn run(ctx: &mut Ctx) -> Result<()> {
    let undone = ctx.store.undo()?;
    ctx.out.show(&Undone {
        undone: undone.as_ref().map(StepJson::from),
    })
}

pub fn list(ctx: &mut Ctx, last: i64) -> Result<()> {
    let steps = ctx.store.read(|db| undo::steps(db, last))?;
    ctx.out
        .show(&Journal(steps.iter().map(StepJson::from).collect()))
}
