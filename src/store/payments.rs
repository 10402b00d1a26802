//! SQL for payments.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::Db;
use super::{conversion, date_str, get_date};
use crate::domain::currency::Currency;
use crate::domain::money::Money;
use crate::domain::payment::{NewPayment, Payment, PaymentStatus};
use crate::error::{Error, Result};

const SELECT: &str = "SELECT p.id, p.subscription_id, s.name, p.amount, p.currency, p.payment_date,
        p.due_date, p.status, p.transaction_id, p.notes, p.created_at, p.uid
    FROM payment p JOIN subscription s ON s.subscription_id = p.subscription_id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Payment> {
    let cents: i64 = row.get(3)?;
    let currency: String = row.get(4)?;
    let status: String = row.get(7)?;
    Ok(Payment {
        id: row.get(0)?,
        subscription_id: row.get(1)?,
        subscription_name: row.get(2)?,
        amount: Money::from_cents(cents).map_err(|e| conversion(3, e))?,
        currency: Currency::parse(&currency).map_err(|e| conversion(4, e))?,
        payment_date: get_date(row, 5)?,
        due_date: get_date(row, 6)?,
        status: PaymentStatus::parse(&status)
            .ok_or_else(|| conversion(7, format!("payment status {status:?}")))?,
        transaction_id: row.get(8)?,
        notes: row.get(9)?,
        created_at: row.get(10)?,
        uid: row.get(11)?,
    })
}

/// Whether a subscription's charge due on `due` is settled: what was paid
/// for it (paid or pending) is more than what was refunded for it.
pub fn is_settled(db: &Db, subscription_id: &str, due: NaiveDate) -> Result<bool> {
    Ok(db
        .conn
        .prepare_cached(
            "SELECT coalesce(sum(CASE WHEN status IN ('paid', 'pending') THEN amount END), 0)
                  > coalesce(sum(CASE WHEN status = 'refunded' THEN amount END), 0)
             FROM payment WHERE subscription_id = ?1 AND due_date = ?2",
        )?
        .query_row(params![subscription_id, date_str(due)], |r| r.get(0))?)
}

/// What was paid and refunded for one charge (a subscription's occurrence).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChargeBalance {
    /// Paid payments (pending and failed are no money paid yet).
    pub paid_cents: i64,
    /// Refunds recorded for the charge.
    pub refunded_cents: i64,
    /// The earliest date it was paid on, if it ever was.
    pub first_paid: Option<NaiveDate>,
    /// The currency of its newest paid payment.
    pub currency: Option<Currency>,
}

impl ChargeBalance {
    /// What is left to refund (never negative).
    pub fn refundable_cents(&self) -> i64 {
        (self.paid_cents - self.refunded_cents).max(0)
    }
}

/// The paid and refunded sums of a subscription's charge due on `due`.
pub fn charge_balance(db: &Db, subscription_id: &str, due: NaiveDate) -> Result<ChargeBalance> {
    let (paid, refunded, first, currency): (i64, i64, Option<String>, Option<String>) = db
        .conn
        .prepare_cached(
            "SELECT coalesce(sum(CASE WHEN status = 'paid' THEN amount END), 0),
                    coalesce(sum(CASE WHEN status = 'refunded' THEN amount END), 0),
                    min(CASE WHEN status = 'paid' THEN payment_date END),
                    (SELECT currency FROM payment
                     WHERE subscription_id = ?1 AND due_date = ?2 AND status = 'paid'
                     ORDER BY id DESC LIMIT 1)
             FROM payment WHERE subscription_id = ?1 AND due_date = ?2",
        )?
        .query_row(params![subscription_id, date_str(due)], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
    let stored = |what: &str, e: String| Error::runtime(format!("a stored {what}: {e}"));
    Ok(ChargeBalance {
        paid_cents: paid,
        refunded_cents: refunded,
        first_paid: first
            .map(|d| {
                NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                    .map_err(|e| stored("payment date", format!("{d:?}: {e}")))
            })
            .transpose()?,
        currency: currency
            .map(|c| Currency::parse(&c).map_err(|e| stored("currency", e)))
            .transpose()?,
    })
}

/// The rows of one charge, (id, status, cents), in the order recorded.
pub fn charge_rows(
    db: &Db,
    subscription_id: &str,
    due: NaiveDate,
) -> Result<Vec<(i64, PaymentStatus, i64)>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT id, status, amount FROM payment
         WHERE subscription_id = ?1 AND due_date = ?2 ORDER BY id",
    )?;
    let rows = stmt.query_map(params![subscription_id, date_str(due)], |r| {
        let status: String = r.get(1)?;
        Ok((
            r.get(0)?,
            PaymentStatus::parse(&status)
                .ok_or_else(|| conversion(1, format!("payment status {status:?}")))?,
            r.get(2)?,
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The latest charge of a subscription with money paid that is not
/// refunded in full, if any.
pub fn latest_refundable_due(db: &Db, subscription_id: &str) -> Result<Option<NaiveDate>> {
    let due: Option<String> = db
        .conn
        .prepare_cached(
            "SELECT due_date FROM payment WHERE subscription_id = ?1
             GROUP BY due_date
             HAVING coalesce(sum(CASE WHEN status = 'paid' THEN amount END), 0)
                  > coalesce(sum(CASE WHEN status = 'refunded' THEN amount END), 0)
             ORDER BY due_date DESC LIMIT 1",
        )?
        .query_row([subscription_id], |r| r.get(0))
        .optional()?;
    due.map(|d| {
        NaiveDate::parse_from_str(&d, "%Y-%m-%d")
            .map_err(|e| Error::runtime(format!("a stored due date {d:?}: {e}")))
    })
    .transpose()
}

fn insert_row(db: &Db, p: &NewPayment<'_>) -> Result<i64> {
    insert_with_uid(db, p, &db.new_uid())
}

fn insert_with_uid(db: &Db, p: &NewPayment<'_>, uid: &str) -> Result<i64> {
    db.conn
        .prepare_cached(
            "INSERT INTO payment (subscription_id, amount, currency, payment_date, due_date, status,
                transaction_id, notes, created_at, uid)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![
            p.subscription_id,
            p.amount.cents(),
            p.currency.code(),
            date_str(p.payment_date),
            date_str(p.due_date),
            p.status.as_str(),
            p.transaction_id,
            p.notes,
            db.now(),
            uid,
        ])?;
    Ok(db.conn.last_insert_rowid())
}

/// Records a payment. Settling a charge that is already settled is refused;
/// the check runs inside the caller's write transaction, which holds the
/// write lock, so two processes cannot both pay it.
pub fn insert(db: &Db, p: &NewPayment<'_>) -> Result<i64> {
    if p.status.settles() && is_settled(db, p.subscription_id, p.due_date)? {
        return Err(Error::invalid(format!(
            "the charge due {} is already paid; to pay it again, record its refund first (`subs pay SUBSCRIPTION --status refunded --due {}`), or pass --due for another date",
            p.due_date, p.due_date
        )));
    }
    insert_row(db, p)
}

/// Records a renewal payment unless the charge is already settled; returns
/// the new id, or `None` when it was settled already.
pub fn insert_renewal(db: &Db, p: &NewPayment<'_>) -> Result<Option<i64>> {
    if is_settled(db, p.subscription_id, p.due_date)? {
        return Ok(None);
    }
    // Named by the charge, so two devices renewing it offline make one
    // record; a charge renewed again after a full refund gets a fresh id.
    let named = crate::domain::id::renewal_uid(p.subscription_id, &date_str(p.due_date));
    let taken: bool = db
        .conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM payment WHERE uid = ?1)")?
        .query_row([&named], |r| r.get(0))?;
    let uid = if taken { db.new_uid() } else { named };
    insert_with_uid(db, p, &uid).map(Some)
}

pub fn get(db: &Db, id: i64) -> Result<Payment> {
    let conn = &db.conn;
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE p.id = ?1"))?
        .query_row([id], from_row)?)
}

/// Which payments a listing shows; dates filter on the payment date.
#[derive(Clone, Debug, Default)]
pub struct Filter<'a> {
    pub subscription_id: Option<&'a str>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub status: Option<PaymentStatus>,
}

pub fn list(db: &Db, f: &Filter<'_>) -> Result<Vec<Payment>> {
    let conn = &db.conn;
    let sql = format!(
        "{SELECT} WHERE (?1 IS NULL OR p.subscription_id = ?1)
            AND (?2 IS NULL OR p.payment_date >= ?2)
            AND (?3 IS NULL OR p.payment_date <= ?3)
            AND (?4 IS NULL OR p.status = ?4)
         ORDER BY p.payment_date DESC, p.id DESC"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        params![
            f.subscription_id,
            f.since.map(date_str),
            f.until.map(date_str),
            f.status.map(PaymentStatus::as_str)
        ],
        from_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The newest `limit` payments of one subscription.
pub fn recent(db: &Db, subscription_id: &str, limit: i64) -> Result<Vec<Payment>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE p.subscription_id = ?1 ORDER BY p.payment_date DESC, p.id DESC LIMIT ?2"
    ))?;
    let rows = stmt.query_map(params![subscription_id, limit], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The latest occurrence a payment settled (paid or pending), if any.
pub fn last_settled_due(db: &Db, subscription_id: &str) -> Result<Option<NaiveDate>> {
    let due: Option<String> = db.conn.query_row(
        "SELECT max(due_date) FROM payment
         WHERE subscription_id = ?1 AND status IN ('paid', 'pending')",
        [subscription_id],
        |r| r.get(0),
    )?;
    due.map(|d| {
        NaiveDate::parse_from_str(&d, "%Y-%m-%d")
            .map_err(|e| crate::error::Error::runtime(format!("a stored due date {d:?}: {e}")))
    })
    .transpose()
}

/// A payment by its id, or "not found" (exit 3).
pub fn find(db: &Db, id: i64) -> Result<Payment> {
    db.conn
        .prepare_cached(&format!("{SELECT} WHERE p.id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| {
            Error::not_found(format!(
                "no payment with id {id}; `subs payments` shows them with their ids"
            ))
        })
}

/// Writes a payment's correctable fields.
pub fn update(db: &Db, p: &Payment) -> Result<()> {
    let result = db
        .conn
        .prepare_cached(
            "UPDATE payment SET amount = ?2, payment_date = ?3, status = ?4, transaction_id = ?5,
                notes = ?6
             WHERE id = ?1",
        )?
        .execute(params![
            p.id,
            p.amount.cents(),
            date_str(p.payment_date),
            p.status.as_str(),
            p.transaction_id,
            p.notes,
        ]);
    result?;
    Ok(())
}

pub fn delete(db: &Db, id: i64) -> Result<()> {
    db.conn.execute("DELETE FROM payment WHERE id = ?1", [id])?;
    Ok(())
}

/// The payment (paid or pending) that settles a subscription's charge due
/// on `due`, if any.
pub fn settling(db: &Db, subscription_id: &str, due: NaiveDate) -> Result<Option<Payment>> {
    Ok(db
        .conn
        .prepare_cached(&format!(
            "{SELECT} WHERE p.subscription_id = ?1 AND p.due_date = ?2
                AND p.status IN ('paid', 'pending')"
        ))?
        .query_row(params![subscription_id, date_str(due)], from_row)
        .optional()?)
}
