//! Payments and refunds: recording one, correcting it, deleting it. Each
//! settles or re-opens the charge (occurrence) it is for, keeps a charge
//! from having more refunded than paid, and lets the next billing date
//! follow (`billing::follow_payments`).

use chrono::NaiveDate;

use super::billing::{follow_payments, is_charged_on, nearest_charge};
use crate::domain::money::{Money, cents_to_decimal};
use crate::domain::payment::{NewPayment, Payment, PaymentStatus, refunded_of};
use crate::domain::subscription::{Status, Subscription};
use crate::error::{Error, Result};
use crate::render::text::{count, safe};
use crate::store::{Db, payments, subscriptions};

/// A payment recorded, edited or refunded, and where the schedule stands.
pub struct Recorded {
    pub payment: Payment,
    pub next_billing_date: NaiveDate,
}

/// Dates as the person typed them (`"tomorrow"`), quoted in refusals;
/// `None` quotes the date itself.
#[derive(Clone, Copy, Default)]
pub struct Typed<'a> {
    pub date: Option<&'a str>,
    pub due: Option<&'a str>,
}

/// A payment to record for a subscription (what `subs pay` was given).
pub struct Entry<'a> {
    /// The subscription's amount when `None`.
    pub amount: Option<Money>,
    pub date: NaiveDate,
    /// The charge it is for; the next one due when `None`.
    pub due: Option<NaiveDate>,
    pub status: PaymentStatus,
    pub transaction_id: Option<&'a str>,
    pub notes: Option<&'a str>,
    /// Record it though the subscription is not active.
    pub force: bool,
    /// The next billing date the person agreed to pay ahead of time (see
    /// `due_or_near`); without it such a charge is refused.
    pub ahead: Option<NaiveDate>,
    pub typed: Typed<'a>,
}

/// Only a pending payment may be dated after today; the refusal of a new
/// one says how to record a scheduled payment.
pub fn check_new_date(
    status: PaymentStatus,
    date: NaiveDate,
    today: NaiveDate,
    typed: Option<&str>,
) -> Result<()> {
    match in_future(status, date, today, typed) {
        Some(why) => Err(Error::invalid(format!(
            "{why}; use --status pending for a scheduled one"
        ))),
        None => Ok(()),
    }
}

/// Why a payment of `status` cannot be dated `date`, if it cannot.
fn in_future(
    status: PaymentStatus,
    date: NaiveDate,
    today: NaiveDate,
    typed: Option<&str>,
) -> Option<String> {
    (date > today && status != PaymentStatus::Pending).then(|| {
        format!(
            "invalid --date {}: a {status} payment cannot be in the future (today is {today})",
            quoted(typed, date)
        )
    })
}

/// Records a payment: it settles the charge named (or the next one due),
/// or, refunded, returns money for a charge paid (the latest when none is
/// named). The next billing date follows.
pub fn record(db: &Db, sub: &Subscription, e: &Entry<'_>, today: NaiveDate) -> Result<Recorded> {
    check_new_date(e.status, e.date, today, e.typed.date)?;
    if e.status == PaymentStatus::Refunded {
        // Money coming back: for the charge named, else the latest one
        // paid (a cancelled plan is refunded too, so no --force).
        let due = match e.due {
            Some(due) => due,
            None => payments::latest_refundable_due(db, &sub.id)?.ok_or_else(|| {
                Error::invalid(format!(
                    "{} has no paid charge to refund; `subs payments {}` lists its payments",
                    safe(&sub.name),
                    safe(&sub.name)
                ))
            })?,
        };
        let back = Refund {
            due,
            amount: e.amount,
            date: e.date,
            of: None,
            transaction_id: e.transaction_id,
            notes: e.notes,
        };
        return refund(db, sub, &back);
    }
    if sub.status != Status::Active && !e.force {
        return Err(Error::invalid(format!(
            "cannot record a payment for {}: it is {}; pass --force to record it anyway",
            safe(&sub.name),
            sub.status
        )));
    }
    // Paying ahead needs the confirmation of this very date (another run
    // may have moved the schedule since the question was asked).
    if e.due.is_none()
        && e.status.settles()
        && !due_or_near(sub, today)
        && e.ahead != Some(sub.next_billing_date)
    {
        return Err(not_due_yet(db, sub, today)?);
    }
    if let (Some(due), Some(typed)) = (e.due, e.typed.due) {
        on_schedule(sub, due, typed)?;
    }
    let due = e.due.unwrap_or(sub.next_billing_date);
    if e.status.settles() && due > sub.next_billing_date {
        return Err(Error::invalid(format!(
            "invalid --due {}: that occurrence is not due yet; the next one due is {}",
            quoted(e.typed.due, due),
            sub.next_billing_date
        )));
    }
    let id = payments::insert(
        db,
        &NewPayment {
            subscription_id: &sub.id,
            amount: e.amount.unwrap_or(sub.amount),
            currency: sub.currency,
            payment_date: e.date,
            due_date: due,
            status: e.status,
            transaction_id: e.transaction_id,
            notes: e.notes,
        },
    )?;
    recorded(db, sub, id, due)
}

/// `--due DATE` names a charge: a date the subscription is not charged on
/// is refused, naming the nearest charge and the form that records the day
/// the bank posted it.
fn on_schedule(sub: &Subscription, due: NaiveDate, typed: &str) -> Result<()> {
    if is_charged_on(sub, due) {
        return Ok(());
    }
    let name = safe(&sub.name);
    Err(Error::invalid(match nearest_charge(sub, due) {
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
pub struct Refund<'a> {
    pub due: NaiveDate,
    /// Part of what was paid; the whole of what is left when `None`.
    pub amount: Option<Money>,
    pub date: NaiveDate,
    /// The payment it returns money for, when one was named (`payments
    /// refund ID`): its amount bounds the refund too.
    pub of: Option<&'a Payment>,
    pub transaction_id: Option<&'a str>,
    pub notes: Option<&'a str>,
}

/// Records money coming back for a charge that was paid: its own row beside
/// the payment, which stays paid. A refund of everything left re-opens the
/// charge (one `pay` settles it again); a part leaves it settled. More than
/// was paid, a charge never paid and a date before the payment are refused.
pub fn refund(db: &Db, sub: &Subscription, r: &Refund<'_>) -> Result<Recorded> {
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
    recorded(db, sub, id, due)
}

/// Money coming back for payment `id` (`subs payments refund ID`): part of
/// it (`amount`) or all that is left of it.
pub fn refund_payment(
    db: &Db,
    id: i64,
    amount: Option<Money>,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<Recorded> {
    check_refund_date(date, today)?;
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
    let refund_of = Refund {
        due: p.due_date,
        amount,
        date,
        of: Some(&p),
        transaction_id: None,
        notes: None,
    };
    refund(db, &sub, &refund_of)
}

/// A refund cannot be dated after today.
pub fn check_refund_date(date: NaiveDate, today: NaiveDate) -> Result<()> {
    if date > today {
        return Err(Error::invalid(format!(
            "invalid --date \"{date}\": a refund cannot be in the future (today is {today})"
        )));
    }
    Ok(())
}

/// What a correction of a payment changes; `None` keeps a field. For the
/// texts, `Some(None)` clears them.
#[derive(Default)]
pub struct Correction<'a> {
    pub amount: Option<Money>,
    pub date: Option<NaiveDate>,
    pub status: Option<PaymentStatus>,
    pub transaction_id: Option<Option<String>>,
    pub notes: Option<Option<String>>,
    /// The date as typed, quoted in refusals.
    pub typed_date: Option<&'a str>,
}

/// Corrects payment `id`; a change of status re-settles or re-opens the
/// charge it was for. Marking it refunded records the refund of the whole
/// payment (`refund_payment`) on `date` (today when `None`).
pub fn correct(db: &Db, id: i64, c: Correction<'_>, today: NaiveDate) -> Result<Recorded> {
    if c.status == Some(PaymentStatus::Refunded) {
        return refund_payment(db, id, None, c.date.unwrap_or(today), today);
    }
    let mut p = payments::find(db, id)?;
    let sub = subscriptions::get(db, &p.subscription_id)?;
    let was_settling = p.status.settles();
    if p.status == PaymentStatus::Refunded && c.status.is_some() {
        return Err(Error::invalid(format!(
            "payment {} is a refund; to take it back, delete it (`subs payments delete {}`)",
            p.id, p.id
        )));
    }
    if let Some(a) = c.amount {
        p.amount = a;
    }
    if let Some(d) = c.date {
        p.payment_date = d;
    }
    if let Some(s) = c.status {
        p.status = s;
    }
    if let Some(t) = c.transaction_id {
        p.transaction_id = t;
    }
    if let Some(n) = c.notes {
        p.notes = n;
    }
    if let Some(why) = in_future(p.status, p.payment_date, today, c.typed_date) {
        return Err(Error::invalid(why));
    }
    if p.status.settles() && !was_settling && payments::is_settled(db, &sub.id, p.due_date)? {
        return Err(Error::invalid(format!(
            "the charge due {} is already settled by another payment; refund or delete that one first",
            p.due_date
        )));
    }
    payments::update(db, &p)?;
    refunds_covered(db, &sub, p.due_date)?;
    recorded(db, &sub, p.id, p.due_date)
}

/// A payment deleted, and where the schedule stands.
pub struct Deleted {
    pub payment: Payment,
    pub next_billing_date: NaiveDate,
}

/// Deletes payment `id`; the charge it settled is due again.
pub fn delete(db: &Db, id: i64) -> Result<Deleted> {
    let payment = payments::find(db, id)?;
    let sub = subscriptions::get(db, &payment.subscription_id)?;
    payments::delete(db, id)?;
    refunds_covered(db, &sub, payment.due_date)?;
    let next = follow_payments(db, &sub, payment.due_date)?;
    Ok(Deleted {
        payment,
        next_billing_date: next,
    })
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

/// The payment row `id` as stored, once the next billing date has followed
/// the charge due `due`.
fn recorded(db: &Db, sub: &Subscription, id: i64, due: NaiveDate) -> Result<Recorded> {
    let next = follow_payments(db, sub, due)?;
    Ok(Recorded {
        payment: payments::get(db, id)?,
        next_billing_date: next,
    })
}

/// Whether the next charge may be paid without naming it: it is due (today
/// or earlier) or within the subscription's reminder window.
pub fn due_or_near(sub: &Subscription, today: NaiveDate) -> bool {
    (sub.next_billing_date - today).num_days() <= i64::from(sub.reminder_days)
}

/// Why a payment that names no charge will not settle one that is not due
/// yet: most often the charge was already paid (twice from shell history,
/// or by auto-renewal), and settling the next one would record money never
/// paid.
pub fn not_due_yet(db: &Db, sub: &Subscription, today: NaiveDate) -> Result<Error> {
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

/// A date as the person typed it, with the day it means when that
/// differs: `"tomorrow" (2026-12-08)`, or `"2026-12-08"`.
fn quoted(typed: Option<&str>, day: NaiveDate) -> String {
    match typed.map(str::trim) {
        Some(t) if t != day.to_string() => format!("\"{}\" ({day})", t.escape_debug()),
        _ => format!("\"{day}\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cycle::Cycle;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn only_a_pending_payment_may_be_dated_after_today() {
        let (Some(today), Some(tomorrow)) = (day(2026, 12, 7), day(2026, 12, 8)) else {
            return;
        };
        assert!(check_new_date(PaymentStatus::Pending, tomorrow, today, None).is_ok());
        assert!(check_new_date(PaymentStatus::Paid, today, today, None).is_ok());
        let refused = check_new_date(PaymentStatus::Paid, tomorrow, today, Some("tomorrow"))
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            refused.as_deref(),
            Some(
                "invalid --date \"tomorrow\" (2026-12-08): a paid payment cannot be in the future (today is 2026-12-07); use --status pending for a scheduled one"
            )
        );
        assert!(check_refund_date(tomorrow, today).is_err());
        assert!(check_refund_date(today, today).is_ok());
    }

    #[test]
    fn a_charge_is_near_inside_the_reminder_window() {
        let (Some(today), Some(in_3), Some(in_4)) =
            (day(2026, 12, 7), day(2026, 12, 10), day(2026, 12, 11))
        else {
            return;
        };
        let sub = |next| {
            Subscription::example("Gym", Money::test_cents(2500), Cycle::Monthly, next, next)
        };
        // `example` reminds 3 days ahead.
        assert!(due_or_near(&sub(today), today));
        assert!(due_or_near(&sub(in_3), today));
        assert!(!due_or_near(&sub(in_4), today));
    }
}
