//! `subs pay` and `subs payments`.

use chrono::NaiveDate;

use super::{
    Ctx, as_typed, confirm, confirmed, interactive, nothing_deleted, parse_date, parse_money,
    parse_window,
};
use crate::domain::payment::{NewPayment, PaymentStatus};
use crate::domain::subscription::{Status, Subscription, TEXT_MAX};
use crate::domain::{schedule, validate};
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::payments::{Paid, PaymentDeleted, PaymentList};
use crate::render::text::{count, safe};
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
            "invalid --date {}: a {} payment cannot be in the future (today is {today}); use --status pending for a scheduled one",
            as_typed(args.date.as_deref(), date),
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
                "invalid --due {}: that occurrence is not due yet; the next one due is {}",
                as_typed(args.due.as_deref(), due),
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
        let next = reschedule(tx, &sub, due)?;
        Ok((payments::get(tx, payment_id)?, next))
    })?;

    ctx.out.show(&Paid {
        payment,
        next_billing_date: next,
    })
}

/// After the payments of the charge due `due` changed, the next billing
/// date is the earliest charge not settled: settling the charge due next
/// moves it on (past any already paid ahead); a charge before it that is no
/// longer settled (refunded in full, deleted, failed) moves it back there.
/// Back-filled charges off the schedule never move it. Returns it.
fn reschedule(db: &Db, sub: &Subscription, due: NaiveDate) -> Result<NaiveDate> {
    let on_schedule = schedule::index_on_or_after(sub.anchor, sub.cycle, due)
        .and_then(|i| schedule::nth(sub.anchor, sub.cycle, i))
        == Some(due);
    let mut next = sub.next_billing_date;
    if payments::is_settled(db, &sub.id, due)? {
        if due == next {
            let past_calendar = || Error::invalid("the schedule runs past the calendar");
            next = schedule::first_after(sub.anchor, sub.cycle, next).ok_or_else(past_calendar)?;
            // Charges paid ahead are skipped too (a bounded walk).
            for _ in 0..1000 {
                if !payments::is_settled(db, &sub.id, next)? {
                    break;
                }
                next =
                    schedule::first_after(sub.anchor, sub.cycle, next).ok_or_else(past_calendar)?;
            }
        }
    } else if on_schedule && due < next {
        next = due;
    }
    if next != sub.next_billing_date {
        subscriptions::set_next_billing(db, &sub.id, next)?;
    }
    Ok(next)
}

/// What `subs payments edit` was given.
pub struct PaymentEdit {
    pub id: i64,
    pub amount: Option<String>,
    pub date: Option<String>,
    pub status: Option<PaymentStatus>,
    pub transaction_id: Option<String>,
    pub notes: Option<String>,
}

/// Corrects a payment; a change of status re-settles or re-opens the
/// charge it was for.
pub fn edit_payment(ctx: &mut Ctx, args: PaymentEdit) -> Result<()> {
    let today = ctx.today();
    let nothing = args.amount.is_none()
        && args.date.is_none()
        && args.status.is_none()
        && args.transaction_id.is_none()
        && args.notes.is_none();
    if nothing {
        return Err(Error::invalid(
            "nothing to change: pass --amount, --date, --status, --transaction-id or --notes",
        ));
    }
    let amount = args
        .amount
        .as_deref()
        .map(|a| parse_money("--amount", a))
        .transpose()?;
    let date = args
        .date
        .as_deref()
        .map(|d| parse_date("--date", d, today))
        .transpose()?;
    let optional =
        |flag: &str, value: &Option<String>, max: usize| -> Result<Option<Option<String>>> {
            value
                .as_deref()
                .map(|v| match v.trim() {
                    "" => Ok(None),
                    _ => validate::text(flag, v, max)
                        .map(Some)
                        .map_err(Error::invalid),
                })
                .transpose()
        };
    let transaction_id = optional("--transaction-id", &args.transaction_id, 100)?;
    let notes = optional("--notes", &args.notes, TEXT_MAX)?;
    let (payment, next) = ctx.store.write(|db| {
        let mut p = payments::find(db, args.id)?;
        let sub = subscriptions::get(db, &p.subscription_id)?;
        let was_settling = p.status.settles();
        if let Some(a) = amount {
            p.amount = a;
        }
        if let Some(d) = date {
            p.payment_date = d;
        }
        if let Some(s) = args.status {
            p.status = s;
        }
        if let Some(t) = transaction_id {
            p.transaction_id = t;
        }
        if let Some(n) = notes {
            p.notes = n;
        }
        if p.payment_date > today && p.status != PaymentStatus::Pending {
            return Err(Error::invalid(format!(
                "invalid --date {}: a {} payment cannot be in the future (today is {today})",
                as_typed(args.date.as_deref(), p.payment_date),
                p.status
            )));
        }
        if p.status.settles() && !was_settling && payments::is_settled(db, &sub.id, p.due_date)? {
            return Err(Error::invalid(format!(
                "the charge due {} is already settled by another payment; refund or delete that one first",
                p.due_date
            )));
        }
        payments::update(db, &p)?;
        let next = reschedule(db, &sub, p.due_date)?;
        Ok((payments::get(db, p.id)?, next))
    })?;
    ctx.out.show(&Paid {
        payment,
        next_billing_date: next,
    })
}

/// Deletes a payment; the charge it settled is due again.
pub fn delete_payment(ctx: &mut Ctx, id: i64, yes: bool) -> Result<()> {
    let p = payments::find(ctx.store.db(), id)?;
    if !confirmed(
        yes,
        &format!(
            "Delete payment {id}: {} {} {} for {} (due {})?",
            p.amount,
            p.currency,
            p.status,
            safe(&p.subscription_name),
            p.due_date
        ),
    )? {
        return nothing_deleted(ctx);
    }
    let next = ctx.store.write(|db| {
        let p = payments::find(db, id)?;
        let sub = subscriptions::get(db, &p.subscription_id)?;
        payments::delete(db, id)?;
        reschedule(db, &sub, p.due_date)
    })?;
    let message = format!(
        "Deleted payment {id} ({} {} for {}, due {}); next billing {next}",
        p.amount,
        p.currency,
        safe(&p.subscription_name),
        p.due_date
    );
    ctx.out.show(&Done::new(
        PaymentDeleted {
            deleted: p.id,
            subscription_id: p.subscription_id.clone(),
            subscription_name: p.subscription_name.clone(),
            due_date: p.due_date.to_string(),
            next_billing_date: next.to_string(),
        },
        message,
    ))
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
    let days = count(days, "day", "days");
    let said = match payments::last_settled_due(db, &sub.id)? {
        Some(paid) => format!(
            "{name} is already paid for the charge of {paid}; the next one is due {next}, in {days} (outside its {window}-day reminder window)"
        ),
        None => format!(
            "{name} is not due until {next}, in {days} (outside its {window}-day reminder window)"
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
        "{} is not due until {} (in {}). Pay that charge now, ahead of time?",
        safe(&sub.name),
        sub.next_billing_date,
        count((sub.next_billing_date - today).num_days(), "day", "days")
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
