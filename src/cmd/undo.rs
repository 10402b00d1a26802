//! `subs undo` and `subs redo`: walk the journal back and forth, one
//! command at a time (jj's model); `undo --list` shows it.

use super::{Ctx, confirm, interactive};
use crate::domain::journal::{Direction, Step};
use crate::error::{Error, Result};
use crate::render::undo::{Journal, Walked};
use crate::store::undo;

/// Reverts the newest command that is done. A background run (cron's
/// `alerts generate` or `renew`) is named first and, on a terminal, asked
/// about; a script passes `--yes`.
pub fn undo(ctx: &mut Ctx, yes: bool) -> Result<()> {
    let Some(step) = ctx.store.read(|db| undo::next(db, Direction::Undo))? else {
        return ctx.out.show(&Walked::nothing(Direction::Undo));
    };
    if step.background && !yes && !confirmed(&step)? {
        return ctx.out.show(&Walked::declined(&step));
    }
    walk(ctx, Direction::Undo, &step)
}

/// Re-applies the command undone last.
pub fn redo(ctx: &mut Ctx) -> Result<()> {
    let Some(step) = ctx.store.read(|db| undo::next(db, Direction::Redo))? else {
        return ctx.out.show(&Walked::nothing(Direction::Redo));
    };
    walk(ctx, Direction::Redo, &step)
}

fn walk(ctx: &mut Ctx, direction: Direction, step: &Step) -> Result<()> {
    let walked = ctx.store.walk(direction, step)?;
    ctx.out.show(&Walked::done(direction, &walked))
}

/// Whether the person at the terminal wants the background run undone;
/// without a terminal, a refusal that names `--yes`.
fn confirmed(step: &Step) -> Result<bool> {
    let what = format!(
        "the last change is a background run: {} at {} ({})",
        crate::render::text::safe(&step.command),
        step.at,
        crate::render::text::count(step.changes, "change", "changes")
    );
    if !interactive() {
        return Err(Error::invalid(format!(
            "{what}; pass --yes to undo it (not on a terminal, so subs cannot ask)"
        )));
    }
    confirm(&format!("{what}. Undo it?"))
}

pub fn list(ctx: &mut Ctx, last: i64) -> Result<()> {
    let steps = ctx.store.read(|db| undo::steps(db, last))?;
    ctx.out.show(&Journal::new(&steps))
}
