//! The aggregate queries behind `dashboard` and `analytics`. Every sum is
//! done by SQL over covering indexes (migration V2), grouped by currency and
//! cycle, so Rust converts a few dozen grouped sums to monthly amounts
//! instead of loading every row.

use chrono::NaiveDate;
use rusqlite::{Row, params};
use rust_decimal::Decimal;

use super::Db;
use super::{conversion, date_str};
use crate::domain::currency::Currency;
use crate::domain::cycle::Cycle;
use crate::domain::money::{Money, cents_to_decimal};
use crate::error::Result;

/// A group of active subscriptions (past any free trial) sharing a key, a currency and a cycle.
#[derive(Clone, Debug, PartialEq)]
pub struct CostGroup {
    /// Category name or payment method, depending on the query; `None` for
    /// the plain per-currency grouping or an uncategorised group.
    pub key: Option<String>,
    pub currency: Currency,
    pub cycle: Cycle,
    pub count: i64,
    /// Sum of amounts (exact; may exceed what one amount can be).
    pub total: Decimal,
}

fn group_row(row: &Row<'_>) -> rusqlite::Result<CostGroup> {
    let currency: String = row.get(1)?;
    let kind: String = row.get(2)?;
    let days: Option<i64> = row.get(3)?;
    Ok(CostGroup {
        key: row.get(0)?,
        currency: Currency::parse(&currency).map_err(|e| conversion(1, e))?,
        cycle: super::cycle_from_columns(&kind, days, row.get(4)?).map_err(|e| conversion(2, e))?,
        count: row.get(5)?,
        total: cents_to_decimal(row.get(6)?),
    })
}

pub const COST_BY_CURRENCY: &str =
    "SELECT NULL, currency, billing_cycle, custom_cycle_days, cycle_months, count(*), sum(amount)
     FROM subscription WHERE status = 'active' AND (trial_until IS NULL OR trial_until < ?1)
     GROUP BY currency, billing_cycle, custom_cycle_days, cycle_months";

pub const COST_BY_CATEGORY: &str = "SELECT c.name, g.currency, g.billing_cycle, g.custom_cycle_days, g.cycle_months, g.n, g.total
     FROM (SELECT category_id, currency, billing_cycle, custom_cycle_days, cycle_months, count(*) AS n, sum(amount) AS total
           FROM subscription WHERE status = 'active' AND (trial_until IS NULL OR trial_until < ?1)
           GROUP BY category_id, currency, billing_cycle, custom_cycle_days, cycle_months) g
     LEFT JOIN category c ON c.id = g.category_id";

pub const COST_BY_METHOD: &str =
    "SELECT payment_method, currency, billing_cycle, custom_cycle_days, cycle_months, count(*), sum(amount)
     FROM subscription WHERE status = 'active' AND (trial_until IS NULL OR trial_until < ?1)
     GROUP BY payment_method, currency, billing_cycle, custom_cycle_days, cycle_months";

pub const BILLING_BETWEEN: &str = "SELECT count(*) FROM subscription
     WHERE status = 'active' AND next_billing_date BETWEEN ?1 AND ?2";

pub const PAID_BY_MONTH: &str = "SELECT substr(payment_date, 1, 7), currency, count(*),
        sum(CASE status WHEN 'paid' THEN amount ELSE -amount END)
     FROM payment
     WHERE status IN ('paid', 'refunded') AND payment_date BETWEEN ?1 AND ?2
     GROUP BY 1, 2";

/// `PAID_BY_MONTH` per day, for converting at each day's rate.
pub const PAID_BY_DAY: &str = "SELECT payment_date, currency, count(*),
        sum(CASE status WHEN 'paid' THEN amount ELSE -amount END)
     FROM payment
     WHERE status IN ('paid', 'refunded') AND payment_date BETWEEN ?1 AND ?2
     GROUP BY 1, 2";

pub const CREATED_BY_MONTH: &str =
    "SELECT substr(created_at, 1, 7), currency, billing_cycle, custom_cycle_days, cycle_months,
        count(*), sum(amount)
     FROM subscription
     WHERE created_at >= ?1 AND created_at < ?2
     GROUP BY 1, 2, 3, 4, 5";

pub const ALERT_READS: &str = "SELECT alert_type, sum(total), sum(read) FROM (
        SELECT alert_type, count(*) AS total, coalesce(sum(is_read), 0) AS read
        FROM alert GROUP BY alert_type
        UNION ALL SELECT alert_type, total, read FROM alert_tally)
     GROUP BY alert_type ORDER BY alert_type";

/// Every reporting query with the index it must use (checked with EXPLAIN
/// QUERY PLAN by a test).
pub const QUERIES: [(&str, &str, &str); 7] = [
    (
        "cost by currency",
        COST_BY_CURRENCY,
        "idx_subscription_status_cost",
    ),
    (
        "cost by category",
        COST_BY_CATEGORY,
        "idx_subscription_status_category_cost",
    ),
    (
        "cost by payment method",
        COST_BY_METHOD,
        "idx_subscription_status_method_cost",
    ),
    ("upcoming renewals", BILLING_BETWEEN, "idx_subscription_"),
    ("paid per month", PAID_BY_MONTH, "idx_payment_status_date"),
    (
        "growth per month",
        CREATED_BY_MONTH,
        "idx_subscription_created_by_cycle",
    ),
    ("alert effectiveness", ALERT_READS, "idx_alert_type_read"),
];

/// How active subscriptions are grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupBy {
    Currency,
    Category,
    PaymentMethod,
}

pub fn cost_groups(db: &Db, by: GroupBy) -> Result<Vec<CostGroup>> {
    let conn = &db.conn;
    let sql = match by {
        GroupBy::Currency => COST_BY_CURRENCY,
        GroupBy::Category => COST_BY_CATEGORY,
        GroupBy::PaymentMethod => COST_BY_METHOD,
    };
    let mut stmt = conn.prepare_cached(sql)?;
    // A subscription in its free trial costs nothing yet.
    let rows = stmt.query_map([date_str(db.today())], group_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// (all subscriptions, active ones)
pub fn counts(db: &Db) -> Result<(i64, i64)> {
    let conn = &db.conn;
    Ok(conn.query_row(
        "SELECT count(*), coalesce(sum(status = 'active'), 0) FROM subscription",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

/// Active subscriptions billing in `from..=until`.
pub fn billing_between(db: &Db, from: NaiveDate, until: NaiveDate) -> Result<i64> {
    let conn = &db.conn;
    Ok(conn.query_row(
        BILLING_BETWEEN,
        params![date_str(from), date_str(until)],
        |r| r.get(0),
    )?)
}

/// A sum per month ("YYYY-MM") and currency.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthSum {
    pub month: String,
    pub currency: Currency,
    pub count: i64,
    /// Exact sum.
    pub total: Decimal,
}

fn month_row(row: &Row<'_>) -> rusqlite::Result<MonthSum> {
    let currency: String = row.get(1)?;
    Ok(MonthSum {
        month: row.get(0)?,
        currency: Currency::parse(&currency).map_err(|e| conversion(1, e))?,
        count: row.get(2)?,
        total: cents_to_decimal(row.get(3)?),
    })
}

/// Money paid per day in `from..=until` (`month` holds the day).
pub fn paid_by_day(db: &Db, from: NaiveDate, until: NaiveDate) -> Result<Vec<MonthSum>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(PAID_BY_DAY)?;
    let rows = stmt.query_map(params![date_str(from), date_str(until)], month_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Money paid per month in `from..=until`: paid payments, less refunds.
pub fn paid_by_month(db: &Db, from: NaiveDate, until: NaiveDate) -> Result<Vec<MonthSum>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(PAID_BY_MONTH)?;
    let rows = stmt.query_map(params![date_str(from), date_str(until)], month_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// New subscriptions per month of creation in `from..=until` (the group's
/// key is the month, "YYYY-MM"), per currency and cycle, so that the
/// caller can count each at its monthly cost.
pub fn created_by_month(db: &Db, from: NaiveDate, until: NaiveDate) -> Result<Vec<CostGroup>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(CREATED_BY_MONTH)?;
    let end = until.succ_opt().unwrap_or(until);
    let rows = stmt.query_map(params![date_str(from), date_str(end)], group_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Per alert type: (type, total, read) — the original's second monitoring query.
pub fn alert_reads(db: &Db) -> Result<Vec<(String, i64, i64)>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(ALERT_READS)?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// What the schedule needs to place a subscription's charges in months.
#[derive(Clone, Debug)]
pub struct ScheduleRow {
    pub anchor: NaiveDate,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub cycle: Cycle,
    pub currency: Currency,
    pub amount: Money,
}

/// Streams every subscription that was billing at some point (all but
/// paused ones) to `f`, one row at a time — nothing is collected.
pub fn for_each_schedule(db: &Db, mut f: impl FnMut(ScheduleRow)) -> Result<()> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(
        "SELECT billing_anchor, start_date, end_date, billing_cycle, custom_cycle_days, currency, amount,
            cycle_months
         FROM subscription WHERE status <> 'paused'",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let kind: String = row.get(3)?;
        let days: Option<i64> = row.get(4)?;
        let currency: String = row.get(5)?;
        f(ScheduleRow {
            anchor: super::get_date(row, 0)?,
            start: super::get_date(row, 1)?,
            end: super::get_opt_date(row, 2)?,
            cycle: super::cycle_from_columns(&kind, days, row.get(7)?)
                .map_err(|e| conversion(3, e))?,
            currency: Currency::parse(&currency).map_err(|e| conversion(5, e))?,
            amount: Money::from_cents(row.get(6)?).map_err(|e| conversion(6, e))?,
        });
    }
    Ok(())
}
