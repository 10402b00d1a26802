//! `subs dashboard`: the portfolio at a glance.

use super::Ctx;
use crate::error::{Error, Result};
use crate::report;

/// Shows the dashboard, counting renewals in the next `days` days.
pub fn run(ctx: &mut Ctx, days: i64, mine: Option<bool>) -> Result<()> {
    if !(0..=3660).contains(&days) {
        return Err(Error::invalid(format!(
            "invalid --days \"{days}\": must be between 0 and 3660"
        )));
    }
    let today = ctx.today();
    let dashboard = ctx.store.read(|db| {
        let mine = crate::settings::totals_mine(db, mine)?;
        report::dashboard::build(db, today, days, mine)
    })?;
    ctx.out.show(&dashboard)
}
