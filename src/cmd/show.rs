//! `subs show`: one subscription in full, with its recent payments, usage
//! over the last 30 days and price history.

use super::Ctx;
use super::pay;
use super::usage::{self as usage_cmd, window};
use crate::cli::ShowArgs;
use crate::error::Result;
use crate::render::json::{PaymentJson, PriceChangeJson, SubscriptionDetailJson, SubscriptionJson};
use crate::render::subscription::detail;
use crate::store::usage::{self, Filter};
use crate::store::{payments, subscriptions};

/// How many payments `show` lists.
const RECENT_PAYMENTS: i64 = 5;

pub fn run(ctx: &mut Ctx, args: &ShowArgs) -> Result<()> {
    let conn = ctx.store.db();
    let today = ctx.today;
    let id = subscriptions::resolve(conn, &args.target.subscription)?;
    let sub = subscriptions::get(conn, &id)?;
    let history = subscriptions::price_history(conn, &id)?;
    let recent = payments::recent(conn, &id, RECENT_PAYMENTS)?;
    let (since, until) = window(&None, &None, today)?;
    let totals = usage::totals(
        conn,
        &Filter {
            subscription_id: Some(&id),
            since: Some(since),
            until: Some(until),
        },
    )?;
    let usage_summary = usage_cmd::summary(&sub, totals.first(), since, until, today);

    if ctx.out.json {
        return ctx.out.json(&SubscriptionDetailJson {
            subscription: SubscriptionJson::new(&sub, today),
            price_history: history.iter().map(PriceChangeJson::from).collect(),
            recent_payments: recent.iter().map(PaymentJson::from).collect(),
            usage_summary,
        });
    }
    let mut text = detail(&ctx.out, &sub, today, &history);
    text.push_str(&format!(
        "\n\nUsage, last 30 days: {} use(s), {}; last used {}; cost per use {}",
        usage_summary.total_count,
        usage_summary.total_duration,
        usage_summary.last_used.as_deref().unwrap_or("never"),
        usage_summary
            .cost_per_use
            .map(|c| format!("{} {}", c.0, usage_summary.currency))
            .unwrap_or_else(|| "n/a (unused)".into()),
    ));
    if recent.is_empty() {
        text.push_str("\nNo payments recorded.");
    } else {
        text.push_str("\n\nRecent payments:\n");
        text.push_str(&pay::table(ctx, &recent));
    }
    ctx.out.text(&text)
}
