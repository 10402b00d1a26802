//! Renewal processing, as cron runs it (`subs renew`, and the first step of
//! `subs alerts generate`).
//!
//! For every active subscription whose next billing date is today or
//! earlier: with auto-renewal, one paid payment per passed occurrence (due
//! date = payment date = the occurrence) and the next date moved past
//! today; without auto-renewal it stays due and is reported overdue once
//! the date has passed. An end date that has passed makes it expired.
//!
//! Idempotent by construction: the next billing date moves in the same
//! transaction as the payments, and the unique index on settled
//! occurrences makes a second insert of the same occurrence a no-op, so a
//! second run — or a concurrent one — records nothing twice.

use chrono::NaiveDate;

use super::events;
use crate::domain::payment::{NewPayment, PaymentStatus};
use crate::domain::schedule;
use crate::domain::subscription::{Status, Subscription};
use crate::error::{Error, Result};
use crate::store::undo::{Change, OnDemand};
use crate::store::{Db, payments, subscriptions};

/// A payment renewal processing recorded (or, in a dry run, would record).
#[derive(Clone, Debug, PartialEq)]
pub struct Renewed {
    /// `None` in a dry run.
    pub payment_id: Option<i64>,
    pub subscription: Subscription,
    pub due_date: NaiveDate,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Overdue {
    pub subscription: Subscription,
    pub days_overdue: i64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub payments_recorded: Vec<Renewed>,
    /// Subscriptions that became expired, with their end date.
    pub expired: Vec<Subscription>,
    pub overdue: Vec<Overdue>,
}

const RENEWAL_NOTE: &str = "recorded by renewal processing";

/// Processes renewals as of `today`. With `dry_run` nothing is written and
/// the report says what would happen.
pub fn process(db: &Db, today: NaiveDate, dry_run: bool) -> Result<Report> {
    process_on_demand(db, &mut OnDemand::ready(), today, dry_run)
}

/// `process` in a transaction whose journal is armed before its first
/// write (a run with nothing to renew writes nothing).
pub fn process_on_demand(
    db: &Db,
    journal: &mut OnDemand<'_>,
    today: NaiveDate,
    dry_run: bool,
) -> Result<Report> {
    let mut report = Report::default();
    for sub in subscriptions::due_for_renewal(db, today)? {
        // Occurrences on or after the end date are not charged: the
        // subscription has ended by then.
        let chargeable = |d: NaiveDate| d <= today && schedule::charged_on(sub.end_date, d);
        if sub.auto_renewal {
            let mut due = sub.next_billing_date;
            while chargeable(due) {
                let payment_id = if dry_run {
                    None
                } else {
                    journal.arm(db, &[("payment", Change::Insert)])?;
                    payments::insert_renewal(
                        db,
                        &NewPayment {
                            subscription_id: &sub.id,
                            amount: sub.amount,
                            currency: sub.currency,
                            payment_date: due,
                            due_date: due,
                            status: PaymentStatus::Paid,
                            transaction_id: None,
                            notes: Some(RENEWAL_NOTE),
                        },
                    )?
                };
                if dry_run || payment_id.is_some() {
                    report.payments_recorded.push(Renewed {
                        payment_id,
                        subscription: sub.clone(),
                        due_date: due,
                    });
                }
                due = schedule::first_after(sub.anchor, sub.cycle, due)
                    .ok_or_else(|| Error::runtime("a billing schedule ran past the calendar"))?;
            }
            if due != sub.next_billing_date && !dry_run {
                journal.arm(db, &[("subscription", Change::Update)])?;
                subscriptions::set_next_billing(db, &sub.id, due)?;
            }
        }
        let ended = sub.end_date.is_some_and(|end| end < today);
        if ended {
            if !dry_run {
                journal.arm(
                    db,
                    &[
                        ("subscription", Change::Update),
                        ("alert", Change::Insert),
                        ("alert_unannounced", Change::Insert),
                    ],
                )?;
                subscriptions::set_status(db, &sub.id, Status::Expired)?;
                events::expired(db, &sub, sub.end_date.unwrap_or(today), today)?;
            }
            report.expired.push(sub);
        } else if !sub.auto_renewal && sub.next_billing_date < today {
            report.overdue.push(Overdue {
                days_overdue: (today - sub.next_billing_date).num_days(),
                subscription: sub,
            });
        }
    }
    Ok(report)
}
