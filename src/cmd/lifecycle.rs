//! `subs pause`, `resume`, `cancel` and `delete`: parse, call
//! `ops::lifecycle` inside one transaction (what a status change does, and
//! its status_change alert, are its rules), ask before deleting, and say
//! what happened.

use chrono::NaiveDate;

use super::{Ctx, Door, confirmed, nothing_deleted, parse_date, too_short};
use crate::domain::plan::Term;
use crate::domain::reference;
use crate::domain::subscription::{Status, Subscription};
use crate::error::Result;
use crate::ops::lifecycle::{self, Cancelled, EndAt};
use crate::render::Done;
use crate::render::json::SubscriptionRecord;
use crate::render::subscription::{Deleted, DeletedSubscription};
use crate::render::text::{count, safe};
use crate::store::subscriptions;

fn finish(ctx: &Ctx, subscription: Subscription, message: String) -> Result<()> {
    let record = SubscriptionRecord {
        subscription,
        today: ctx.today(),
    };
    ctx.out.show(&Done::new(record, message))
}

pub fn pause(ctx: &mut Ctx, reference: &str) -> Result<()> {
    let today = ctx.today();
    let sub = ctx.store.write(|tx| {
        let id = subscriptions::resolve(tx, reference)?;
        lifecycle::pause(tx, &id, today)
    })?;
    let message = format!(
        "Paused {}; resume it with: subs resume {}",
        safe(&sub.name),
        sub.id
    );
    finish(ctx, sub, message)
}

pub fn resume(ctx: &mut Ctx, reference: &str, typed_next: Option<&str>) -> Result<()> {
    let today = ctx.today();
    let next = Door::Cli.date("next", typed_next, today)?;
    let sub = ctx.store.write(|tx| {
        let id = subscriptions::resolve(tx, reference)?;
        lifecycle::resume(tx, &id, next, typed_next, today)
    })?;
    let message = resumed(&sub);
    finish(ctx, sub, message)
}

/// When a cancellation takes effect, as typed.
pub enum CancelAt {
    Today,
    /// The last day of service, as typed.
    Day(String),
    /// The day before the next billing date: the paid period runs out.
    PeriodEnd,
}

pub fn cancel(ctx: &mut Ctx, reference: &str, when: CancelAt) -> Result<()> {
    let today = ctx.today();
    let at = match &when {
        CancelAt::Day(typed) => EndAt::Day(parse_date("--at", typed, today)?, typed),
        CancelAt::Today => EndAt::Today,
        CancelAt::PeriodEnd => EndAt::PeriodEnd,
    };
    let Cancelled {
        subscription: sub,
        later_payments,
        bound,
    } = ctx.store.write(|tx| {
        let id = subscriptions::resolve(tx, reference)?;
        lifecycle::cancel(tx, &id, at, today)
    })?;
    if !later_payments.is_empty() {
        let listed: Vec<String> = later_payments
            .iter()
            .map(|p| format!("{} {} due {}", p.amount, p.currency, p.due_date))
            .collect();
        ctx.out.warn(&format!(
            "{} has {} for charges after its last day {}: {}; ask for a refund, or record one with `subs pay {} --status refunded --due DATE`",
            safe(&sub.name),
            count(later_payments.len() as i64, "payment", "payments"),
            sub.end_date.map(|d| d.to_string()).unwrap_or_default(),
            listed.join(", "),
            sub.id
        ));
    }
    let message = cancelled(&sub, bound, today);
    finish(ctx, sub, message)
}

/// What a cancellation did: the last day, or the end of the contract's
/// term that binds it (and the notice missed, if a sooner term's was).
pub fn cancelled(sub: &Subscription, bound: Option<Term>, today: NaiveDate) -> String {
    let end = sub.end_date.unwrap_or(today);
    if let Some(term) = bound {
        // The running term ends sooner when its notice deadline has passed.
        let missed = sub
            .contract
            .and_then(|c| c.running(sub.start_date, today))
            .filter(|running| running.ends < term.ends);
        format!(
            "{} is under contract: with notice given today it ends on {end}, and it still bills until then{}",
            safe(&sub.name),
            match missed {
                Some(running) => format!(
                    " (notice for the term ending {} was due by {})",
                    running.ends, running.cancel_by
                ),
                None => String::new(),
            }
        )
    } else if sub.status == Status::Cancelled {
        format!("Cancelled {} (last day {end})", safe(&sub.name))
    } else {
        format!("{} will end on {end}", safe(&sub.name))
    }
}

/// What a resumption says it did.
pub fn resumed(sub: &Subscription) -> String {
    format!(
        "Resumed {}; next billing {}",
        safe(&sub.name),
        sub.next_billing_date
    )
}

pub fn delete(ctx: &mut Ctx, reference: &str, yes: bool) -> Result<()> {
    let db = ctx.store.db();
    let id = subscriptions::resolve(db, reference)?;
    let sub = subscriptions::get(db, &id)?;
    if yes && reference::too_short_to_destroy(reference, &sub.id, &sub.name) {
        return Err(too_short(reference, &sub.name));
    }
    if !confirmed(
        yes,
        &format!(
            "Delete {} ({}) with all its payments, usage logs and alerts?",
            safe(&sub.name),
            sub.id
        ),
    )? {
        return nothing_deleted(ctx);
    }
    ctx.store.write(|tx| subscriptions::delete(tx, &id))?;
    let message = format!("Deleted {} ({})", safe(&sub.name), sub.id);
    let deleted = Deleted {
        deleted: DeletedSubscription {
            subscription_id: sub.id,
            name: sub.name,
        },
    };
    ctx.out.show(&Done::new(deleted, message))
}
