//! `subs pay`: a payment for a subscription's charge (or, with `--status
//! refunded`, money coming back for one). The rules are `ops::payment`'s.

use chrono::NaiveDate;

use super::{Ctx, Door, confirm, interactive, parse_money};
use crate::domain::money::Money;
use crate::domain::payment::PaymentStatus;
use crate::domain::subscription::Status;
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::ops::payment::{self, Entry, Typed};
use crate::render::payments::Paid;
use crate::render::text::{count, safe};
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

/// A payment's values, checked before the transaction starts.
pub struct Checked {
    amount: Option<Money>,
    date: NaiveDate,
    due: Option<NaiveDate>,
    transaction_id: Option<String>,
    notes: Option<String>,
}

/// Checks what was given; a refusal names a value as `door` spells it.
pub fn check(args: &Pay, today: NaiveDate, door: Door) -> Result<Checked> {
    let amount = args
        .amount
        .as_deref()
        .map(|a| parse_money(&door.name("amount"), a))
        .transpose()?;
    let date = door
        .date("date", args.date.as_deref(), today)?
        .unwrap_or(today);
    let due = door.date("due", args.due.as_deref(), today)?;
    payment::check_new_date(args.status, date, today, args.date.as_deref())?;
    let transaction_id = args
        .transaction_id
        .as_deref()
        .map(|t| validate::name(&door.name("transaction_id"), t, 100).map_err(Error::invalid))
        .transpose()?;
    let notes = door.text("notes", args.notes.as_deref())?;
    Ok(Checked {
        amount,
        date,
        due,
        transaction_id,
        notes,
    })
}

impl Checked {
    /// The payment to record; `ahead`: the charge not due yet the person
    /// agreed to pay.
    pub fn entry<'a>(&'a self, args: &'a Pay, ahead: Option<NaiveDate>) -> Entry<'a> {
        Entry {
            amount: self.amount,
            date: self.date,
            due: self.due,
            status: args.status,
            transaction_id: self.transaction_id.as_deref(),
            notes: self.notes.as_deref(),
            force: args.force,
            ahead,
            typed: Typed {
                date: args.date.as_deref(),
                due: args.due.as_deref(),
            },
        }
    }
}

/// The payment recorded for the subscription `args` names, as `pay`
/// shows it.
pub fn record(db: &Db, args: &Pay, entry: &Entry<'_>, today: NaiveDate) -> Result<Paid> {
    let sub = subscriptions::get(db, &subscriptions::resolve(db, &args.subscription)?)?;
    let recorded = payment::record(db, &sub, entry, today)?;
    Ok(Paid {
        payment: recorded.payment,
        next_billing_date: recorded.next_billing_date,
    })
}

pub fn pay(ctx: &mut Ctx, args: Pay) -> Result<()> {
    let today = ctx.today();
    let checked = check(&args, today, Door::Cli)?;
    let ahead = if checked.due.is_none() && args.status.settles() {
        confirm_paying_ahead(ctx, &args.subscription)?
    } else {
        None
    };
    let entry = checked.entry(&args, ahead);
    let paid = ctx.store.write(|db| record(db, &args, &entry, today))?;
    ctx.out.show(&paid)
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
