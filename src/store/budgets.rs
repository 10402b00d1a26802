//! SQL for budgets, and the month's payments a budget is measured against.

use chrono::NaiveDate;
use rusqlite::{Row, params};

use super::Db;
use super::{conversion, date_str};
use crate::domain::budget::Budget;
use crate::domain::currency::Currency;
use crate::domain::money::{Money, cents_to_decimal};
use crate::error::Result;

const SELECT: &str = "SELECT b.id, b.category_id, c.name, b.amount, b.currency, b.created_at, b.uid
    FROM budget b LEFT JOIN category c ON c.id = b.category_id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Budget> {
    let currency: String = row.get(4)?;
    Ok(Budget {
        id: row.get(0)?,
        category_id: row.get(1)?,
        category: row.get(2)?,
        amount: Money::from_cents(row.get(3)?).map_err(|e| conversion(3, e))?,
        currency: Currency::parse(&currency).map_err(|e| conversion(4, e))?,
        created_at: row.get(5)?,
        uid: row.get(6)?,
    })
}

/// Every budget: the overall one first, then by category name.
pub fn list(db: &Db) -> Result<Vec<Budget>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} ORDER BY b.category_id IS NOT NULL, c.name_key"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Sets the budget of a scope (a category, or all when `None`), replacing
/// the one it had; returns whether it replaced one.
pub fn set(db: &Db, category_id: Option<i64>, amount: Money, currency: Currency) -> Result<bool> {
    let conn = &db.conn;
    let changed = conn
        .prepare_cached("UPDATE budget SET amount = ?2, currency = ?3 WHERE category_id IS ?1")?
        .execute(params![category_id, amount.cents(), currency.code()])?;
    if changed > 0 {
        return Ok(true);
    }
    conn.prepare_cached(
        "INSERT INTO budget (category_id, amount, currency, created_at, uid) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        category_id,
        amount.cents(),
        currency.code(),
        db.now(),
        db.new_uid()
    ])?;
    Ok(false)
}

/// Removes the budget of a scope; whether there was one.
pub fn remove(db: &Db, category_id: Option<i64>) -> Result<bool> {
    let conn = &db.conn;
    Ok(conn
        .prepare_cached("DELETE FROM budget WHERE category_id IS ?1")?
        .execute([category_id])?
        > 0)
}

/// Payments (paid, less refunds) dated in `from..=until`, per currency,
/// of one category's subscriptions or of all.
pub fn paid_between(
    db: &Db,
    from: NaiveDate,
    until: NaiveDate,
    category_id: Option<i64>,
) -> Result<Vec<(Currency, rust_decimal::Decimal)>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(
        "SELECT p.currency, sum(CASE p.status WHEN 'paid' THEN p.amount ELSE -p.amount END)
         FROM payment p JOIN subscription s ON s.subscription_id = p.subscription_id
         WHERE p.status IN ('paid', 'refunded') AND p.payment_date BETWEEN ?1 AND ?2
           AND (?3 IS NULL OR s.category_id = ?3)
         GROUP BY p.currency",
    )?;
    let rows = stmt.query_map(
        params![date_str(from), date_str(until), category_id],
        |row| {
            let code: String = row.get(0)?;
            Ok((
                Currency::parse(&code).map_err(|e| conversion(0, e))?,
                cents_to_decimal(row.get(1)?),
            ))
        },
    )?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
