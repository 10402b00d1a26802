//! `subs list`: a table for people, an array of subscription objects for
//! scripts.

use super::Ctx;
use crate::cli::ListArgs;
use crate::domain::subscription::Status;
use crate::error::Result;
use crate::render::json::SubscriptionJson;
use crate::render::subscription::{list_table, monthly_totals, totals_line};
use crate::store::subscriptions::{self, Filter};

pub fn run(ctx: &mut Ctx, args: &ListArgs) -> Result<()> {
    let conn = ctx.store.db();
    let filter = Filter {
        status: args.status.status(),
        category: args.category.clone(),
    };
    let subs = subscriptions::list(conn, &filter, args.sort)?;

    if ctx.out.json {
        let items: Vec<_> = subs
            .iter()
            .map(|s| SubscriptionJson::new(s, ctx.today))
            .collect();
        return ctx.out.json(&items);
    }

    let counts = subscriptions::count_by_status(conn)?;
    if subs.is_empty() {
        ctx.out.text(if counts.is_empty() {
            "No subscriptions yet. Add one with: subs add Netflix --amount 15.99 --cycle monthly"
        } else {
            "No subscriptions match."
        })?;
    } else {
        ctx.out.text(&list_table(&ctx.out, &subs, ctx.today))?;
        if let Some(line) = totals_line(&monthly_totals(&subs)) {
            ctx.out.text(&line)?;
        }
    }
    if filter.status == Some(Status::Active) {
        let hidden: i64 = counts
            .into_iter()
            .filter(|(s, _)| *s != Status::Active)
            .map(|(_, n)| n)
            .sum();
        if hidden > 0 {
            ctx.out.info(&format!(
                "{hidden} paused, cancelled or expired not shown; --status all lists them"
            ))?;
        }
    }
    Ok(())
}
