//! `subs upcoming`: every charge coming up in the next days.

use super::Ctx;
use crate::error::{Error, Result};
use crate::report;

pub fn run(ctx: &mut Ctx, days: i64) -> Result<()> {
    if !(1..=36_525).contains(&days) {
        return Err(Error::invalid(format!(
            "invalid --days \"{days}\": must be between 1 and 36525 (100 years)"
        )));
    }
    let today = ctx.today();
    let upcoming = ctx
        .store
        .read(|db| report::upcoming::build(db, today, days))?;
    ctx.out.show(&upcoming)
}
