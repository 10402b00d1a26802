//! `subs renew`: renewal processing on demand (cron runs the same code as
//! the first step of `alerts generate`).

use super::Ctx;
use crate::alerts::renewal;
use crate::error::Result;
use crate::render::renewal::Renewals;

pub fn run(ctx: &mut Ctx, dry_run: bool) -> Result<()> {
    let today = ctx.today();
    let report = if dry_run {
        ctx.store.read(|db| renewal::process(db, today, true))?
    } else {
        ctx.store.write(|db| renewal::process(db, today, false))?
    };
    ctx.out.show(&Renewals { report, dry_run })
}
