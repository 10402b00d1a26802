//! `subs pay` and `subs payments`.

use chrono::NaiveDate;

use super::{
    Ctx, as_typed, confirm, confirmed, interactive, nothing_deleted, parse_date, parse_money,
    parse_window,
};
use crate::domain::money::{Money, cents_to_decimal};
use crate::domain::payment::{NewPayment, Payment, PaymentStatus, refunded_of};
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
        if args.status == PaymentStatus::Refunded {
            // Money coming back: for the charge named, else the latest one
            // paid (a cancelled plan is refunded too, so no --force).
            let due = match due {
                Some(due) => due,
                None => payments::latest_refundable_due(tx, &sub.id)?.ok_or_else(|| {
                    Error::invalid(format!(
                        "{} has no paid charge to refund; `subs payments {}` lists its payments",
                        safe(&sub.name),
                        safe(&sub.name)
                    ))
                })?,
            };
            let refund = Refund {
                due,
                amount,
                date,
                of: None,
                transaction_id: transaction_id.as_deref(),
                notes: notes.as_deref(),
            };
            return record_refund(tx, &sub, &refund);
        }
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
        if let (Some(due), Some(typed)) = (due, args.due.as_deref()) {
            on_schedule(&sub, due, typed)?;
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

/// `--due DATE` names a charge: a date the subscription is not charged on
/// is refused, naming the nearest charge and the form that records the day
/// the bank posted it.
fn on_schedule(sub: &Subscription, due: NaiveDate, typed: &str) -> Result<()> {
    let after = schedule::index_on_or_after(sub.anchor, sub.cycle, due);
    let next = after.and_then(|i| schedule::nth(sub.anchor, sub.cycle, i));
    if next == Some(due) {
        return Ok(());
    }
    let before = after
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| schedule::nth(sub.anchor, sub.cycle, i));
    let nearest = match (before, next) {
        (Some(b), Some(n)) if (due - b) <= (n - due) => Some(b),
        (_, Some(n)) => Some(n),
        (b, None) => b,
    };
    let name = safe(&sub.name);
    Err(Error::invalid(match nearest {
        Some(charge) => format!(
            "invalid --due \"{}\": {name} is not charged on {due}; its nearest charge is due {charge} (to record the day the bank posted it, pass --due {charge} --date {due})",
            safe(typed)
        ),
        None => format!(
            "invalid --due \"{}\": {name} is not charged on {due}",
            safe(typed)
        ),
    }))
}

/// A refund about to be recorded for one charge.
struct Refund<'a> {
    due: NaiveDate,
    /// Part of what was paid; the whole of what is left when `None`.
    amount: Option<Money>,
    date: NaiveDate,
    /// The payment it returns money for, when one was named (`payments
    /// refund ID`): its amount bounds the refund too.
    of: Option<&'a Payment>,
    transaction_id: Option<&'a str>,
    notes: Option<&'a str>,
}

/// Records money coming back for a charge that was paid: its own row beside
/// the payment, which stays paid. A refund of everything left re-opens the
/// charge (one `pay` settles it again); a part leaves it settled. More than
/// was paid, a charge never paid and a date before the payment are refused.
fn record_refund(db: &Db, sub: &Subscription, r: &Refund<'_>) -> Result<(Payment, NaiveDate)> {
    let name = safe(&sub.name);
    let due = r.due;
    let balance = payments::charge_balance(db, &sub.id, due)?;
    let Some(first_paid) = balance.first_paid else {
        return Err(Error::invalid(format!(
            "the charge of {name} due {due} was never paid, so there is nothing to refund"
        )));
    };
    let currency = balance.currency.unwrap_or(sub.currency);
    let mut left = balance.refundable_cents();
    let mut whose = format!("the charge of {name} due {due}");
    if let Some(p) = r.of {
        let charge = payments::charge_rows(db, &sub.id, due)?;
        left = left.min(p.amount.cents() - refunded_of(&charge, p.id));
        whose = format!(
            "payment {} ({} {} for {name}, due {due})",
            p.id, p.amount, p.currency
        );
    }
    if left <= 0 {
        return Err(Error::invalid(format!(
            "{whose} is already refunded in full"
        )));
    }
    let left = Money::from_cents(left).map_err(Error::runtime)?;
    let amount = match r.amount {
        Some(a) if a.cents() > left.cents() => {
            return Err(Error::invalid(format!(
                "--amount {a} {currency} is more than the {left} {currency} of {whose} left to refund"
            )));
        }
        Some(a) => a,
        None => left,
    };
    if r.date < first_paid {
        return Err(Error::invalid(format!(
            "invalid --date \"{}\": a refund cannot come before the payment it returns ({first_paid})",
            r.date
        )));
    }
    let id = payments::insert(
        db,
        &NewPayment {
            subscription_id: &sub.id,
            amount,
            currency,
            payment_date: r.date,
            due_date: due,
            status: PaymentStatus::Refunded,
            transaction_id: r.transaction_id,
            notes: r.notes,
        },
    )?;
    let next = reschedule(db, sub, due)?;
    Ok((payments::get(db, id)?, next))
}

/// After an edit or a delete, a charge never has more refunded than paid.
fn refunds_covered(db: &Db, sub: &Subscription, due: NaiveDate) -> Result<()> {
    let b = payments::charge_balance(db, &sub.id, due)?;
    if b.refunded_cents > b.paid_cents {
        let money = |c: i64| cents_to_decimal(c).to_string();
        return Err(Error::invalid(format!(
            "the charge of {} due {due} would have {} refunded but {} paid; delete its refunds first (`subs payments {}` lists them)",
            safe(&sub.name),
            money(b.refunded_cents),
            money(b.paid_cents),
            safe(&sub.name)
        )));
    }
    Ok(())
}

/// `subs payments refund ID`: money coming back for that payment.
pub fn refund_payment(
    ctx: &mut Ctx,
    id: i64,
    amount: Option<&str>,
    date: Option<&str>,
) -> Result<()> {
    let today = ctx.today();
    let amount = amount.map(|a| parse_money("--amount", a)).transpose()?;
    let date = date
        .map(|d| parse_date("--date", d, today))
        .transpose()?
        .unwrap_or(today);
    if date > today {
        return Err(Error::invalid(format!(
            "invalid --date \"{date}\": a refund cannot be in the future (today is {today})"
        )));
    }
    let (payment, next) = ctx.store.write(|db| {
        let p = payments::find(db, id)?;
        match p.status {
            PaymentStatus::Paid => {}
            PaymentStatus::Refunded => {
                return Err(Error::invalid(format!(
                    "payment {id} is itself a refund; `subs payments refund` takes the id of the payment it returns"
                )));
            }
            other => {
                return Err(Error::invalid(format!(
                    "payment {id} is {other}, not paid, so there is nothing to refund"
                )));
            }
        }
        let sub = subscriptions::get(db, &p.subscription_id)?;
        let refund = Refund {
            due: p.due_date,
            amount,
            date,
            of: Some(&p),
            transaction_id: None,
            notes: None,
        };
        record_refund(db, &sub, &refund)
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
    if args.status == Some(PaymentStatus::Refunded) {
        if args.amount.is_some() || args.transaction_id.is_some() || args.notes.is_some() {
            return Err(Error::invalid(format!(
                "--status refunded records the refund of the whole payment and takes only --date; for part of it, run `subs payments refund {} --amount PART`",
                args.id
            )));
        }
        return refund_payment(ctx, args.id, None, args.date.as_deref());
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
        if p.status == PaymentStatus::Refunded && args.status.is_some() {
            return Err(Error::invalid(format!(
                "payment {} is a refund; to take it back, delete it (`subs payments delete {}`)",
                p.id, p.id
            )));
        }
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
        refunds_covered(db, &sub, p.due_date)?;
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
        refunds_covered(db, &sub, p.due_date)?;
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
