//! `subs pay` and `subs payments`.

use chrono::NaiveDate;

use super::{Ctx, confirm, interactive, parse_date, parse_money, parse_window};
use crate::domain::payment::{NewPayment, PaymentStatus};
use crate::domain::subscription::{Status, Subscription, TEXT_MAX};
use crate::domain::{schedule, validate};
use crate::error::{Error, Result};
use crate::render::payments::{Paid, PaymentList};
use crate::render::text::safe;
use crate::store::payments::{self, Filter};
use crate::store::{Db, subscriptions};

/// What `subs pay` was given.
pub struct Pay {
    pub subscription: String,
    pub amount: Option<String>,
    pub date: Option<String>,
    pub due: Option<String>,
    pub status: PaymentStatus,
    pub transaction_id: Option<String>,
    pub notes: Option<String>,
    pub force: bool,
}

pub fn pay(ctx: &mut Ctx, args: Pay) -> Result<()> {
    let today = ctx.today();
    let amount = args
        .amount
        .as_deref()
        .map(|a| parse_money("--amount", a))
        .transpose()?;
    let date = args
        .date
        .as_deref()
        .map(|d| parse_date("--date", d, today))
        .transpose()?
        .unwrap_or(today);
    let due = args
        .due
        .as_deref()
        .map(|d| parse_date("--due", d, today))
        .transpose()?;
    if date > today && args.status != PaymentStatus::Pending {
        return Err(Error::invalid(format!(
            "invalid --date \"{date}\": a {} payment cannot be in the future (today is {today}); use --status pending for a scheduled one",
            args.status
        )));
    }
    let (transaction_id, notes) = texts(&args)?;
    let confirmed_ahead = if due.is_none() && args.status.settles() {
        confirm_paying_ahead(ctx, &args.subscription)?
    } else {
        None
    };

    let (payment, next) = ctx.store.write(|tx| {
        let id = subscriptions::resolve(tx, &args.subscription)?;
        let sub = subscriptions::get(tx, &id)?;
        if sub.status != Status::Active && !args.force {
            return Err(Error::invalid(format!(
                "cannot record a payment for {}: it is {}; pass --force to record it anyway",
                safe(&sub.name),
                sub.status
            )));
        }
        // Paying ahead needs the confirmation of this very date (another run
        // may have moved the schedule since the question was asked).
        if due.is_none()
            && args.status.settles()
            && !due_or_near(&sub, today)
            && confirmed_ahead != Some(sub.next_billing_date)
        {
            return Err(not_due_yet(tx, &sub, today)?);
        }
        let due = due.unwrap_or(sub.next_billing_date);
        if args.status.settles() && due > sub.next_billing_date {
            return Err(Error::invalid(format!(
                "invalid --due \"{due}\": that occurrence is not due yet; the next one due is {}",
                sub.next_billing_date
            )));
        }
        let payment_id = payments::insert(
            tx,
            &NewPayment {
                subscription_id: &sub.id,
                amount: amount.unwrap_or(sub.amount),
                currency: sub.currency,
                payment_date: date,
                due_date: due,
                status: args.status,
                transaction_id: transaction_id.as_deref(),
                notes: notes.as_deref(),
            },
        )?;
        // Settling the occurrence due next moves the schedule one step on;
        // failed and refunded payments, and back-filled earlier ones, do not.
        let mut next = sub.next_billing_date;
        if args.status.settles() && due == sub.next_billing_date {
            next = schedule::first_after(sub.anchor, sub.cycle, due)
                .ok_or_else(|| Error::invalid("the schedule runs past the calendar"))?;
            subscriptions::set_next_billing(tx, &sub.id, next)?;
        }
        Ok((payments::get(tx, payment_id)?, next))
    })?;

    ctx.out.show(&Paid {
        payment,
        next_billing_date: next,
    })
}

/// Whether the next charge may be paid without naming it: it is due (today
/// or earlier) or within the subscription's reminder window.
fn due_or_near(sub: &Subscription, today: NaiveDate) -> bool {
    (sub.next_billing_date - today).num_days() <= i64::from(sub.reminder_days)
}

/// Why `pay` without `--due` will not settle a charge that is not due yet:
/// most often the charge was already paid (twice from shell history, or by
/// auto-renewal), and settling the next one would record money never paid.
fn not_due_yet(db: &Db, sub: &Subscription, today: NaiveDate) -> Result<Error> {
    let next = sub.next_billing_date;
    let days = (next - today).num_days();
    let name = safe(&sub.name);
    let window = sub.reminder_days;
    let said = match payments::last_settled_due(db, &sub.id)? {
        Some(paid) => format!(
            "{name} is already paid for the charge of {paid}; the next one is due {next}, in {days} days (outside its {window}-day reminder window)"
        ),
        None => format!(
            "{name} is not due until {next}, in {days} days (outside its {window}-day reminder window)"
        ),
    };
    Ok(Error::invalid(format!(
        "{said}. To pay that charge ahead of time, pass --due {next}"
    )))
}

/// Without `--due`, paying a charge that is not due yet needs a "yes" on a
/// terminal; a script gets the refusal (exit 2) and changes nothing.
/// Returns the date the person agreed to pay ahead, if they were asked.
fn confirm_paying_ahead(ctx: &Ctx, reference: &str) -> Result<Option<NaiveDate>> {
    let today = ctx.today();
    let db = ctx.store.db();
    let sub = subscriptions::get(db, &subscriptions::resolve(db, reference)?)?;
    if sub.status != Status::Active || due_or_near(&sub, today) {
        return Ok(None);
    }
    if !interactive() {
        return Err(not_due_yet(db, &sub, today)?);
    }
    let question = format!(
        "{} is not due until {} ({} days). Pay that charge now, ahead of time?",
        safe(&sub.name),
        sub.next_billing_date,
        (sub.next_billing_date - today).num_days()
    );
    if confirm(&question)? {
        Ok(Some(sub.next_billing_date))
    } else {
        Err(Error::invalid("not confirmed; nothing was recorded"))
    }
}

/// The transaction reference and notes, checked.
fn texts(args: &Pay) -> Result<(Option<String>, Option<String>)> {
    let transaction_id = args
        .transaction_id
        .as_deref()
        .map(|t| validate::name("--transaction-id", t, 100).map_err(Error::invalid))
        .transpose()?;
    let notes = args
        .notes
        .as_deref()
        .map(|n| validate::text("--notes", n, TEXT_MAX).map_err(Error::invalid))
        .transpose()?;
    Ok((transaction_id, notes))
}

/// `subs payments`: one subscription's or all, in a window of payment
/// dates, optionally of one status.
pub fn list(
    ctx: &mut Ctx,
    subscription: Option<&str>,
    since: &Option<String>,
    until: &Option<String>,
    status: Option<PaymentStatus>,
) -> Result<()> {
    let (since, until) = parse_window(since, until, ctx.today())?;
    let rows = ctx.store.read(|db| {
        let id = subscription
            .map(|r| subscriptions::resolve(db, r))
            .transpose()?;
        let filter = Filter {
            subscription_id: id.as_deref(),
            since,
            until,
            status,
        };
        payments::list(db, &filter)
    })?;
    ctx.out.show(&PaymentList(rows))
}
