//! Pause, resume, cancel and delete. Each status change is recorded as a
//! status_change alert, in the same transaction as the change itself.

use super::{Ctx, as_typed, confirmed, nothing_deleted, parse_date, too_short};
use crate::alerts::events;
use crate::domain::payment::Payment;
use crate::domain::subscription::{Status, Subscription};
use crate::domain::{alert, reference, schedule};
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::json::SubscriptionRecord;
use crate::render::subscription::{Deleted, DeletedSubscription};
use crate::render::text::{count, safe};
use crate::store::{payments, subscriptions};

fn wrong_status(sub: &Subscription, action: &str, done: &str, allowed: &str) -> Error {
    Error::invalid(format!(
        "cannot {action} {}: it is {} (only {allowed} subscriptions can be {done})",
        safe(&sub.name),
        sub.status,
    ))
}

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
        let mut sub = subscriptions::get(tx, &id)?;
        if sub.status != Status::Active {
            return Err(wrong_status(&sub, "pause", "paused", "active"));
        }
        sub.status = Status::Paused;
        subscriptions::update(tx, &sub)?;
        events::status_changed(tx, &sub, alert::paused(&sub.name), "paused", today)?;
        subscriptions::get(tx, &id)
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
    let next = typed_next
        .map(|n| parse_date("--next", n, today))
        .transpose()?;
    let sub = ctx.store.write(|tx| {
        let id = subscriptions::resolve(tx, reference)?;
        let mut sub = subscriptions::get(tx, &id)?;
        if sub.status == Status::Active {
            return Err(wrong_status(
                &sub,
                "resume",
                "resumed",
                "paused, cancelled or expired",
            ));
        }
        // A cancelled or expired subscription starts again: its end is gone.
        sub.end_date = None;
        match next {
            Some(n) => {
                if n < sub.start_date {
                    return Err(Error::invalid(format!(
                        "invalid --next {}: the next billing date cannot be before the start date {}",
                        as_typed(typed_next, n),
                        sub.start_date
                    )));
                }
                sub.next_billing_date = n;
                sub.anchor = n;
            }
            // The schedule continues where it would have been, from today:
            // not one cycle added to a stale date.
            None => {
                sub.next_billing_date = schedule::first_on_or_after(sub.anchor, sub.cycle, today)
                    .ok_or_else(|| Error::invalid("the schedule runs past the calendar"))?;
            }
        }
        sub.status = Status::Active;
        subscriptions::update(tx, &sub)?;
        events::status_changed(tx, &sub, alert::resumed(&sub.name, sub.next_billing_date), "resumed", today)?;
        subscriptions::get(tx, &id)
    })?;
    let message = format!(
        "Resumed {}; next billing {}",
        safe(&sub.name),
        sub.next_billing_date
    );
    finish(ctx, sub, message)
}

/// When a cancellation takes effect.
pub enum CancelAt {
    Today,
    /// The last day of service, as typed.
    Day(String),
    /// The day before the next billing date: the paid period runs out.
    PeriodEnd,
}

pub fn cancel(ctx: &mut Ctx, reference: &str, when: CancelAt) -> Result<()> {
    let today = ctx.today();
    let day = match &when {
        CancelAt::Day(a) => Some(parse_date("--at", a, today)?),
        CancelAt::Today | CancelAt::PeriodEnd => None,
    };
    let (sub, later_payments, bound) = ctx.store.write(|tx| {
        let id = subscriptions::resolve(tx, reference)?;
        let mut sub = subscriptions::get(tx, &id)?;
        let at = match when {
            CancelAt::PeriodEnd => Some(
                sub.next_billing_date
                    .pred_opt()
                    .unwrap_or(sub.next_billing_date)
                    .max(sub.start_date),
            ),
            _ => day,
        };
        if !matches!(sub.status, Status::Active | Status::Paused) {
            return Err(wrong_status(
                &sub,
                "cancel",
                "cancelled",
                "active or paused",
            ));
        }
        // Under a contract, notice given today ends it with the term that
        // notice still reaches: it bills until then (an explicit --at wins).
        let bound = match when {
            CancelAt::Day(_) => None,
            _ => sub
                .upcoming_term(today)
                .filter(|t| t.ends > at.unwrap_or(today)),
        };
        let end = bound.map_or(at.unwrap_or(today), |t| t.ends);
        if end < sub.start_date {
            return Err(Error::invalid(match &when {
                CancelAt::Day(typed) => format!(
                    "invalid --at {}: a subscription cannot end before its start date {}",
                    as_typed(Some(typed), end),
                    sub.start_date
                ),
                CancelAt::Today | CancelAt::PeriodEnd => format!(
                    "{} starts on {}: it cannot end before then (today is {today}); pass --at with that day or a later one",
                    safe(&sub.name),
                    sub.start_date
                ),
            }));
        }
        sub.end_date = Some(end);
        let text = if end > today {
            // Cancelled at the end of a period: it stays active until then,
            // and renewal processing marks it expired once the date passes.
            alert::ending(&sub.name, end)
        } else {
            sub.status = Status::Cancelled;
            alert::cancelled(&sub.name, end)
        };
        subscriptions::update(tx, &sub)?;
        events::status_changed(tx, &sub, text, "cancelled", today)?;
        // A cancellation dated back: payments for charges after the last day
        // are worth a look (a refund to ask for, or a wrong date).
        let later: Vec<Payment> = payments::recent(tx, &id, 1000)?
            .into_iter()
            .filter(|p| p.status.settles() && p.due_date > end)
            .collect();
        Ok((subscriptions::get(tx, &id)?, later, bound))
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
    let end = sub.end_date.unwrap_or(today);
    let message = if let Some(term) = bound {
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
    };
    finish(ctx, sub, message)
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
