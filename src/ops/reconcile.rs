//! `reconcile --apply`: what a bank statement settles. A charge paid (on
//! time, late or at a new price) is recorded as a payment once; a new price
//! is taken on once the last two charges agree on it (as `edit --amount`
//! does it); a missed or doubled charge raises its alert once. Nothing is
//! deleted or cancelled. The caller runs it in one write (one undo step).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::payment::{self, Entry, Typed};
use super::subscription::{Changes, CycleChange, Details, edit};
use crate::alerts::events;
use crate::domain::alert::{self, AlertType};
use crate::domain::money::Money;
use crate::domain::payment::PaymentStatus;
use crate::domain::subscription::Subscription;
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::render::reconcile::{Applied, PriceAdopted};
use crate::store::{Db, payments, subscriptions};

/// A statement row a payment is recorded from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row<'a> {
    /// The bank's id: the payment's transaction id.
    pub id: Option<&'a str>,
    pub date: NaiveDate,
    /// Positive.
    pub amount: Decimal,
}

/// One thing the statement settles, in the order it is applied.
#[derive(Clone, Debug, PartialEq)]
pub enum Step<'a> {
    /// The charge due `due` was paid by `row` (on time, late, or at a new
    /// price).
    Paid {
        sub: &'a Subscription,
        due: NaiveDate,
        row: Row<'a>,
    },
    Missed {
        sub: &'a Subscription,
        due: NaiveDate,
    },
    /// `times` charges for the one due `due`, each of `amount`.
    Duplicate {
        sub: &'a Subscription,
        due: NaiveDate,
        times: usize,
        amount: Decimal,
    },
}

/// Applies every step; a charge the payment rules refuse (a plan paid
/// ahead of its schedule) is listed, not fatal.
pub fn apply(db: &Db, steps: &[Step<'_>], today: NaiveDate) -> Result<Applied> {
    let mut applied = Applied::default();
    for step in steps {
        match step {
            Step::Paid { sub, due, row, .. } => pay(db, sub, *due, row, today, &mut applied)?,
            Step::Missed { sub, due } => {
                let text = alert::missed_charge(&sub.name, sub.currency, sub.amount.amount(), *due);
                let occurrence = format!("missed:{due}");
                applied.alerts += usize::from(raise(
                    db,
                    sub,
                    AlertType::MissedCharge,
                    text,
                    occurrence,
                    today,
                )?);
            }
            Step::Duplicate {
                sub,
                due,
                times,
                amount,
            } => {
                let text = alert::duplicate_charge(&sub.name, sub.currency, *amount, *due, *times);
                let occurrence = format!("duplicate:{due}");
                applied.alerts += usize::from(raise(
                    db,
                    sub,
                    AlertType::DuplicateCharge,
                    text,
                    occurrence,
                    today,
                )?);
            }
        }
    }
    for (sub, amount, since) in agreed_prices(steps) {
        if let Some(adopted) = adopt(db, sub, amount, since, today)? {
            applied.prices.push(adopted);
        }
    }
    Ok(applied)
}

/// An alert once per subscription and due date, unless the subscription
/// mutes its type.
fn raise(
    db: &Db,
    sub: &Subscription,
    kind: AlertType,
    text: alert::Text,
    occurrence: String,
    today: NaiveDate,
) -> Result<bool> {
    if sub.muted.contains(&kind) {
        return Ok(false);
    }
    events::raise(db, sub, kind, text, occurrence, today)
}

/// Records the charge due `due` as paid by `row`, unless a payment for it
/// is there already.
fn pay(
    db: &Db,
    sub: &Subscription,
    due: NaiveDate,
    row: &Row<'_>,
    today: NaiveDate,
    applied: &mut Applied,
) -> Result<()> {
    // Recording moves the next billing date: read it as it is now.
    let sub = subscriptions::get(db, &sub.id)?;
    if recorded_already(db, &sub, due, row)? {
        applied.already_recorded += 1;
        return Ok(());
    }
    let refused = |why: String| {
        format!(
            "{} due {due} ({} on {}): {why}",
            sub.name, row.amount, row.date
        )
    };
    let amount = match Money::from_decimal(row.amount) {
        Ok(amount) => amount,
        Err(why) => {
            applied
                .not_recorded
                .push(refused(format!("the amount {why}")));
            return Ok(());
        }
    };
    // A bank id that is not a short line of text is left out; the payment
    // is then found again by its day and amount.
    let transaction_id = row
        .id
        .and_then(|id| validate::name("transaction id", id, 100).ok());
    let entry = Entry {
        amount: Some(amount),
        date: row.date,
        due: Some(due),
        status: PaymentStatus::Paid,
        transaction_id: transaction_id.as_deref(),
        notes: Some("from a bank statement (subs reconcile --apply)"),
        // The statement shows it was paid, whatever the status is now.
        force: true,
        ahead: None,
        typed: Typed::default(),
    };
    match payment::record(db, &sub, &entry, today) {
        Ok(_) => applied.payments += 1,
        // The payment rules refuse before writing anything.
        Err(Error::Invalid(why)) => applied.not_recorded.push(refused(why)),
        Err(e) => return Err(e),
    }
    Ok(())
}

/// The same bank row (by its id), a payment of the same amount on the same
/// day, or the charge settled by hand: nothing to record.
fn recorded_already(db: &Db, sub: &Subscription, due: NaiveDate, row: &Row<'_>) -> Result<bool> {
    let that_day = payments::list(
        db,
        &payments::Filter {
            subscription_id: Some(&sub.id),
            since: Some(row.date),
            until: Some(row.date),
            status: None,
        },
    )?;
    let same = that_day.iter().any(|p| {
        (row.id.is_some() && p.transaction_id.as_deref() == row.id)
            || (p.status == PaymentStatus::Paid && p.amount.amount() == row.amount)
    });
    Ok(same || payments::is_settled(db, &sub.id, due)?)
}

/// A charge's due date and what was paid.
type Charged = (NaiveDate, Decimal, NaiveDate);

/// The subscriptions whose last two charges in the statement agree on an
/// amount other than theirs: that amount, and the day of the later charge.
/// One charge at a new price may be a one-off (a prorated month); two in a
/// row are the new price.
fn agreed_prices<'a>(steps: &[Step<'a>]) -> Vec<(&'a Subscription, Decimal, NaiveDate)> {
    let mut charged: Vec<(&'a Subscription, Vec<Charged>)> = Vec::new();
    for step in steps {
        let Step::Paid { sub, due, row } = step else {
            continue;
        };
        let charge = (*due, row.amount, row.date);
        match charged.iter_mut().find(|(s, _)| s.id == sub.id) {
            Some((_, charges)) => charges.push(charge),
            None => charged.push((sub, vec![charge])),
        }
    }
    charged
        .into_iter()
        .filter_map(|(sub, mut charges)| {
            charges.sort_by_key(|(due, _, _)| *due);
            match charges.as_slice() {
                [.., (_, a, _), (_, b, on)] if a == b && *a != sub.amount.amount() => {
                    Some((sub, *a, *on))
                }
                _ => None,
            }
        })
        .collect()
}

/// Takes on `amount`, charged up to `since`, as `edit --amount` does: the
/// price history, and a price_increase alert when it costs more. A price
/// set by hand since that charge wins (an older statement never undoes it).
fn adopt(
    db: &Db,
    sub: &Subscription,
    amount: Decimal,
    since: NaiveDate,
    today: NaiveDate,
) -> Result<Option<PriceAdopted>> {
    let Ok(money) = Money::from_decimal(amount) else {
        return Ok(None);
    };
    let history = subscriptions::price_history(db, &sub.id)?;
    if history.iter().any(|c| c.changed_on >= since) {
        return Ok(None);
    }
    let changes = Changes {
        name: None,
        amount: Some(money),
        cycle: CycleChange::default(),
        start: None,
        next: None,
        details: Details::default(),
        no_category: false,
        no_end: false,
    };
    let (after, changed) = edit(db, &sub.id, changes, Default::default(), today)?;
    Ok(changed.then(|| PriceAdopted {
        subscription: after.name.clone(),
        subscription_id: after.id.clone(),
        from: sub.amount.amount(),
        to: after.amount.amount(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cycle::Cycle;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn paid<'a>(sub: &'a Subscription, due: &str, cents: i64) -> Step<'a> {
        Step::Paid {
            sub,
            due: day(due),
            row: Row {
                id: None,
                date: day(due),
                amount: Decimal::new(cents, 2),
            },
        }
    }

    #[test]
    fn a_price_is_taken_on_when_the_last_two_charges_agree_on_it() {
        let sub = Subscription::example(
            "Stream",
            Money::test_cents(999),
            Cycle::Monthly,
            day("2026-01-03"),
            day("2026-01-03"),
        );
        let agreed = |steps: &[Step<'_>]| -> Vec<(Decimal, NaiveDate)> {
            agreed_prices(steps)
                .into_iter()
                .map(|(_, a, on)| (a, on))
                .collect()
        };
        let one = [
            paid(&sub, "2026-01-03", 999),
            paid(&sub, "2026-02-03", 1199),
        ];
        assert!(
            agreed(&one).is_empty(),
            "one charge at a new price is not enough"
        );
        let two = [
            paid(&sub, "2026-03-03", 1199),
            paid(&sub, "2026-01-03", 999),
            paid(&sub, "2026-02-03", 1199),
        ];
        assert_eq!(
            agreed(&two),
            [(Decimal::new(1199, 2), day("2026-03-03"))],
            "in due order, whatever the step order"
        );
        let disagree = [
            paid(&sub, "2026-02-03", 1199),
            paid(&sub, "2026-03-03", 1299),
        ];
        assert!(agreed(&disagree).is_empty());
        let back = [
            paid(&sub, "2026-01-03", 1199),
            paid(&sub, "2026-02-03", 1199),
            paid(&sub, "2026-03-03", 999),
        ];
        assert!(
            agreed(&back).is_empty(),
            "the latest charge is at the old price again"
        );
        let same = [paid(&sub, "2026-02-03", 999), paid(&sub, "2026-03-03", 999)];
        assert!(agreed(&same).is_empty(), "the price it has");
    }
}
