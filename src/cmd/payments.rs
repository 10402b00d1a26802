//! `subs payments`: list, correct, refund and delete payments. The rules
//! are `ops::payment`'s.

use chrono::NaiveDate;

use super::{Ctx, confirmed, nothing_deleted, parse_date, parse_money, parse_window};
use crate::domain::payment::{Payment, PaymentStatus};
use crate::domain::subscription::TEXT_MAX;
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::ops::payment::{self, Correction, Recorded};
use crate::render::Done;
use crate::render::payments::{Paid, PaymentDeleted, PaymentList};
use crate::render::text::safe;
use crate::store::payments::{self as stored, Filter};
use crate::store::{Db, subscriptions};

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
    let rows = ctx
        .store
        .read(|db| rows(db, subscription, since, until, status))?;
    ctx.out.show(&PaymentList(rows))
}

/// The payments of the subscription `subscription` names (or all), in a
/// window of payment dates, optionally of one status.
pub fn rows(
    db: &Db,
    subscription: Option<&str>,
    since: Option<NaiveDate>,
    until: Option<NaiveDate>,
    status: Option<PaymentStatus>,
) -> Result<Vec<Payment>> {
    let id = subscriptions::resolve_optional(db, subscription)?;
    let filter = Filter {
        subscription_id: id.as_deref(),
        since,
        until,
        status,
    };
    stored::list(db, &filter)
}

/// `subs payments refund ID`: money coming back for that payment.
pub fn refund(ctx: &mut Ctx, id: i64, amount: Option<&str>, date: Option<&str>) -> Result<()> {
    let today = ctx.today();
    let amount = amount.map(|a| parse_money("--amount", a)).transpose()?;
    let date = date
        .map(|d| parse_date("--date", d, today))
        .transpose()?
        .unwrap_or(today);
    payment::check_refund_date(date, today)?;
    let recorded = ctx
        .store
        .write(|db| payment::refund_payment(db, id, amount, date, today))?;
    show(ctx, recorded)
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
pub fn edit(ctx: &mut Ctx, args: PaymentEdit) -> Result<()> {
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
    if args.status == Some(PaymentStatus::Refunded)
        && (args.amount.is_some() || args.transaction_id.is_some() || args.notes.is_some())
    {
        return Err(Error::invalid(format!(
            "--status refunded records the refund of the whole payment and takes only --date; for part of it, run `subs payments refund {} --amount PART`",
            args.id
        )));
    }
    let optional = |flag: &str, value: &Option<String>, max: usize| {
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
    let correction = Correction {
        amount: args
            .amount
            .as_deref()
            .map(|a| parse_money("--amount", a))
            .transpose()?,
        date: args
            .date
            .as_deref()
            .map(|d| parse_date("--date", d, today))
            .transpose()?,
        status: args.status,
        transaction_id: optional("--transaction-id", &args.transaction_id, 100)?,
        notes: optional("--notes", &args.notes, TEXT_MAX)?,
        typed_date: args.date.as_deref(),
    };
    if correction.status == Some(PaymentStatus::Refunded) {
        payment::check_refund_date(correction.date.unwrap_or(today), today)?;
    }
    let recorded = ctx
        .store
        .write(|db| payment::correct(db, args.id, correction, today))?;
    show(ctx, recorded)
}

/// Deletes a payment; the charge it settled is due again.
pub fn delete(ctx: &mut Ctx, id: i64, yes: bool) -> Result<()> {
    let p = stored::find(ctx.store.db(), id)?;
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
    let next = ctx
        .store
        .write(|db| payment::delete(db, id))?
        .next_billing_date;
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

fn show(ctx: &mut Ctx, recorded: Recorded) -> Result<()> {
    ctx.out.show(&Paid {
        payment: recorded.payment,
        next_billing_date: recorded.next_billing_date,
    })
}
