//! `subs show`: one subscription in full.

use super::Ctx;
use crate::cli::ShowArgs;
use crate::error::Result;
use crate::render::json::{PriceChangeJson, SubscriptionDetailJson, SubscriptionJson};
use crate::render::subscription::detail;
use crate::store::subscriptions;

pub fn run(ctx: &mut Ctx, args: &ShowArgs) -> Result<()> {
    let conn = ctx.store.conn();
    let id = subscriptions::resolve(conn, &args.target.subscription)?;
    let sub = subscriptions::get(conn, &id)?;
    let history = subscriptions::price_history(conn, &id)?;

    ctx.out.json(&SubscriptionDetailJson {
        subscription: SubscriptionJson::new(&sub, ctx.today),
        price_history: history.iter().map(PriceChangeJson::from).collect(),
    })?;
    ctx.out.text(&detail(&ctx.out, &sub, ctx.today, &history))
}
