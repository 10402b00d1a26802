//! `subs pay`: a payment for a subscription's charge (or, with `--status
//! refunded`, money coming back for one). The rules are `ops::payment`'s.

use chrono::NaiveDate;

use super::{Ctx, confirm, interactive, parse_date, parse_money};
use crate::domain::payment::PaymentStatus;
use crate::domain::subscription::{Status, TEXT_MAX};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::ops::payment::{self, Entry, Typed};
use crate::render::payments::Paid;
use crate::render::text::{count, safe};
use crate::store::subscriptions;

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
    payment::check_new_date(args.status, date, today, args.date.as_deref())?;
    let (transaction_id, notes) = texts(&args)?;
    let ahead = if due.is_none() && args.status.settles() {
        confirm_paying_ahead(ctx, &args.subscription)?
    } else {
        None
    };
    let entry = Entry {
        amount,
        date,
        due,
        status: args.status,
        transaction_id: transaction_id.as_deref(),
        notes: notes.as_deref(),
        force: args.force,
        ahead,
        typed: Typed {
            date: args.date.as_deref(),
            due: args.due.as_deref(),
        },
    };
    let recorded = ctx.store.write(|db| {
        let sub = subscriptions::get(db, &subscriptions::resolve(db, &args.subscription)?)?;
        payment::record(db, &sub, &entry, today)
    })?;
    ctx.out.show(&Paid {
        payment: recorded.payment,
        next_billing_date: recorded.next_billing_date,
    })
}

/// Without `--due`, paying a charge that is not due yet needs a "yes" on a
/// terminal; a script gets the refusal (exit 2) and changes nothing.
/// Returns the date the person agreed to pay ahead, if they were asked.
fn confirm_paying_ahead(ctx: &Ctx, reference: &str) -> Result<Option<NaiveDate>> {
    let today = ctx.today();
    let db = ctx.store.db();
    let sub = subscriptions::get(db, &subscriptions::resolve(db, reference)?)?;
    if sub.status != Status::Active || payment::due_or_near(&sub, today) {
        return Ok(None);
    }
    if !interactive() {
        return Err(payment::not_due_yet(db, &sub, today)?);
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
