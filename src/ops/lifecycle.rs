//! Pausing, resuming and cancelling a subscription: its status, when it
//! ends (the period paid, or a contract's term) and where billing resumes.
//! Each status change is recorded as a status_change alert, in the same
//! transaction as the change itself.

use chrono::NaiveDate;

use super::next_billing;
use crate::alerts::events;
use crate::domain::alert;
use crate::domain::payment::Payment;
use crate::domain::plan::Term;
use crate::domain::subscription::{self, Status, Subscription};
use crate::domain::validate::as_typed;
use crate::error::{Error, Result};
use crate::render::text::safe;
use crate::store::{Db, payments, subscriptions};

fn wrong_status(sub: &Subscription, action: &str, done: &str, allowed: &str) -> Error {
    Error::invalid(format!(
        "cannot {action} {}: it is {} (only {allowed} subscriptions can be {done})",
        safe(&sub.name),
        sub.status,
    ))
}

/// Pauses the active subscription `id`.
pub fn pause(db: &Db, id: &str, today: NaiveDate) -> Result<Subscription> {
    let mut sub = subscriptions::get(db, id)?;
    if sub.status != Status::Active {
        return Err(wrong_status(&sub, "pause", "paused", "active"));
    }
    sub.status = Status::Paused;
    subscriptions::update(db, &sub)?;
    events::status_changed(db, &sub, alert::paused(&sub.name), "paused", today)?;
    subscriptions::get(db, id)
}

/// Resumes the subscription `id` (paused, cancelled or expired): billing
/// from `next` (as typed: `typed_next`), or where its schedule is from
/// today. A cancelled or expired one starts again: its end is gone.
pub fn resume(
    db: &Db,
    id: &str,
    next: Option<NaiveDate>,
    typed_next: Option<&str>,
    today: NaiveDate,
) -> Result<Subscription> {
    let mut sub = subscriptions::get(db, id)?;
    if sub.status == Status::Active {
        return Err(wrong_status(
            &sub,
            "resume",
            "resumed",
            "paused, cancelled or expired",
        ));
    }
    sub.end_date = None;
    if let Some(n) = next {
        subscription::check_next(sub.start_date, n).map_err(|_| {
            Error::invalid(format!(
                "invalid --next {}: the next billing date cannot be before the start date {}",
                as_typed(typed_next, n),
                sub.start_date
            ))
        })?;
    }
    next_billing::restart(&mut sub, next, today)?;
    sub.status = Status::Active;
    subscriptions::update(db, &sub)?;
    let text = alert::resumed(&sub.name, sub.next_billing_date);
    events::status_changed(db, &sub, text, "resumed", today)?;
    subscriptions::get(db, id)
}

/// When a cancellation takes effect.
#[derive(Clone, Copy, Debug)]
pub enum EndAt<'a> {
    Today,
    /// The last day of service, and what was typed for it.
    Day(NaiveDate, &'a str),
    /// The day before the next billing date: the paid period runs out.
    PeriodEnd,
}

/// A cancellation done.
pub struct Cancelled {
    pub subscription: Subscription,
    /// Settled payments for charges after its last day.
    pub later_payments: Vec<Payment>,
    /// The contract term it still runs to, when notice given today ends it
    /// later than asked.
    pub bound: Option<Term>,
}

/// Cancels the active or paused subscription `id` at `at`. Under a
/// contract, notice given today ends it with the term that notice still
/// reaches: it bills until then (an explicit day wins). A last day still
/// ahead leaves it active until then; renewal processing marks it expired
/// once the date passes.
pub fn cancel(db: &Db, id: &str, at: EndAt, today: NaiveDate) -> Result<Cancelled> {
    let mut sub = subscriptions::get(db, id)?;
    let asked = match at {
        EndAt::PeriodEnd => Some(
            sub.next_billing_date
                .pred_opt()
                .unwrap_or(sub.next_billing_date)
                .max(sub.start_date),
        ),
        EndAt::Day(day, _) => Some(day),
        EndAt::Today => None,
    };
    if !matches!(sub.status, Status::Active | Status::Paused) {
        return Err(wrong_status(
            &sub,
            "cancel",
            "cancelled",
            "active or paused",
        ));
    }
    let bound = match at {
        EndAt::Day(..) => None,
        _ => sub
            .upcoming_term(today)
            .filter(|t| t.ends > asked.unwrap_or(today)),
    };
    let end = bound.map_or(asked.unwrap_or(today), |t| t.ends);
    subscription::check_end(sub.start_date, Some(end)).map_err(|_| {
        Error::invalid(match at {
            EndAt::Day(_, typed) => format!(
                "invalid --at {}: a subscription cannot end before its start date {}",
                as_typed(Some(typed), end),
                sub.start_date
            ),
            EndAt::Today | EndAt::PeriodEnd => format!(
                "{} starts on {}: it cannot end before then (today is {today}); pass --at with that day or a later one",
                safe(&sub.name),
                sub.start_date
            ),
        })
    })?;
    sub.end_date = Some(end);
    let text = if end > today {
        alert::ending(&sub.name, end)
    } else {
        sub.status = Status::Cancelled;
        alert::cancelled(&sub.name, end)
    };
    subscriptions::update(db, &sub)?;
    events::status_changed(db, &sub, text, "cancelled", today)?;
    // A cancellation dated back: payments for charges after the last day
    // are worth a look (a refund to ask for, or a wrong date).
    let later_payments: Vec<Payment> = payments::recent(db, id, 1000)?
        .into_iter()
        .filter(|p| p.status.settles() && p.due_date > end)
        .collect();
    Ok(Cancelled {
        subscription: subscriptions::get(db, id)?,
        later_payments,
        bound,
    })
}
