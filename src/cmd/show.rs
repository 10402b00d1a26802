//! `subs show`: one subscription in full, with its recent payments, usage
//! over the last 30 days and price history.

use chrono::NaiveDate;

use super::Ctx;
use crate::error::Result;
use crate::render::subscription::SubscriptionDetail;
use crate::report;
use crate::store::{Db, payments, subscriptions};

/// How many payments `show` lists.
const RECENT_PAYMENTS: i64 = 5;

pub fn run(ctx: &mut Ctx, reference: &str) -> Result<()> {
    let today = ctx.today();
    let detail = ctx.store.read(|db| detail(db, reference, today))?;
    ctx.out.show(&detail)
}

/// The subscription `reference` names, in full (what `show` and the MCP
/// server show).
pub fn detail(db: &Db, reference: &str, today: NaiveDate) -> Result<SubscriptionDetail> {
    let id = subscriptions::resolve(db, reference)?;
    let subscription = subscriptions::get(db, &id)?;
    Ok(SubscriptionDetail {
        price_history: subscriptions::price_history(db, &id)?,
        recent_payments: payments::recent(db, &id, RECENT_PAYMENTS)?,
        usage_summary: report::usage::last_30_days(db, &subscription, today)?,
        subscription,
        today,
    })
}
