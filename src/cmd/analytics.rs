//! `subs analytics`: trends and breakdowns over recent months.

use super::Ctx;
use crate::error::{Error, Result};
use crate::report;

/// Shows analytics over the `months` months ending with this one.
pub fn run(ctx: &mut Ctx, months: i64, mine: Option<bool>) -> Result<()> {
    let months = u32::try_from(months)
        .ok()
        .filter(|m| (1..=120).contains(m))
        .ok_or_else(|| {
            Error::invalid(format!(
                "invalid --months \"{months}\": must be between 1 and 120"
            ))
        })?;
    let today = ctx.today();
    let analytics = ctx.store.read(|db| {
        let mine = crate::settings::totals_mine(db, mine)?;
        report::analytics::build(db, today, months, mine)
    })?;
    ctx.out.show(&analytics)
}
