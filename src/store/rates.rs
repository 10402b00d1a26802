//! SQL for exchange rates.

use chrono::NaiveDate;
use rusqlite::params;
use rust_decimal::Decimal;

use super::Db;
use super::{conversion, date_str, get_date};
use crate::domain::currency::Currency;
use crate::domain::rates::{Rate, RateSource};
use crate::error::Result;

/// Stores "1 `currency` = `rate` `base`" as of `on`, from `source`.
pub fn set(
    db: &Db,
    currency: Currency,
    base: Currency,
    rate: Decimal,
    on: NaiveDate,
    source: RateSource,
) -> Result<()> {
    let conn = &db.conn;
    conn.execute(
        "INSERT INTO rate (currency, base, rate, set_on, updated_at, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (currency) DO UPDATE SET base = excluded.base, rate = excluded.rate,
             set_on = excluded.set_on, updated_at = excluded.updated_at, source = excluded.source",
        params![
            currency.code(),
            base.code(),
            rate.to_string(),
            date_str(on),
            db.now(),
            source.as_str()
        ],
    )?;
    Ok(())
}

/// Removes a rate; returns whether there was one.
pub fn remove(db: &Db, currency: Currency) -> Result<bool> {
    let conn = &db.conn;
    Ok(conn.execute("DELETE FROM rate WHERE currency = ?1", [currency.code()])? > 0)
}

pub fn list(db: &Db) -> Result<Vec<Rate>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(
        "SELECT currency, base, rate, set_on, source FROM rate ORDER BY currency",
    )?;
    let rows = stmt.query_map([], |row| {
        let currency: String = row.get(0)?;
        let base: String = row.get(1)?;
        let rate: String = row.get(2)?;
        Ok(Rate {
            currency: Currency::parse(&currency).map_err(|e| conversion(0, e))?,
            base: Currency::parse(&base).map_err(|e| conversion(1, e))?,
            rate: rate
                .parse()
                .map_err(|e: rust_decimal::Error| conversion(2, e.to_string()))?,
            set_on: get_date(row, 3)?,
            source: {
                let source: String = row.get(4)?;
                RateSource::parse(&source)
                    .ok_or_else(|| conversion(4, format!("source {source:?}")))?
            },
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Replaces every rate with `rates` (a base-currency change re-expresses
/// them all).
pub fn replace_all(db: &Db, rates: &[Rate]) -> Result<()> {
    db.conn.execute("DELETE FROM rate", [])?;
    for r in rates {
        set(db, r.currency, r.base, r.rate, r.set_on, r.source)?;
    }
    Ok(())
}

/// The currencies the user holds money in: of subscriptions and payments.
pub fn held_currencies(db: &Db) -> Result<Vec<Currency>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(
        "SELECT currency FROM subscription UNION SELECT currency FROM payment ORDER BY 1",
    )?;
    let rows = stmt.query_map([], |row| {
        let code: String = row.get(0)?;
        Currency::parse(&code).map_err(|e| conversion(0, e))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Keeps one day's ECB quotes (1 EUR = `per_eur` of each currency);
/// returns how many were new.
pub fn keep_day(
    db: &Db,
    day: NaiveDate,
    per_eur: &std::collections::BTreeMap<Currency, Decimal>,
) -> Result<usize> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO rate_history (currency, day, per_eur) VALUES (?1, ?2, ?3)
         ON CONFLICT (currency, day) DO UPDATE SET per_eur = excluded.per_eur
             WHERE per_eur <> excluded.per_eur",
    )?;
    let mut changed = 0;
    for (currency, rate) in per_eur {
        changed += stmt.execute(params![currency.code(), date_str(day), rate.to_string()])?;
    }
    Ok(changed)
}

/// Every kept quote up to `until`, per currency in day order (for
/// converting past payments at their date's rate).
pub fn history_until(
    db: &Db,
    until: NaiveDate,
) -> Result<std::collections::BTreeMap<Currency, Vec<(NaiveDate, Decimal)>>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(
        "SELECT currency, day, per_eur FROM rate_history WHERE day <= ?1 ORDER BY currency, day",
    )?;
    let mut rows = stmt.query([date_str(until)])?;
    let mut out: std::collections::BTreeMap<Currency, Vec<(NaiveDate, Decimal)>> =
        std::collections::BTreeMap::new();
    while let Some(row) = rows.next()? {
        let code: String = row.get(0)?;
        let rate: String = row.get(2)?;
        let currency = Currency::parse(&code).map_err(|e| conversion(0, e))?;
        let rate = rate
            .parse()
            .map_err(|e: rust_decimal::Error| conversion(2, e.to_string()))?;
        out.entry(currency)
            .or_default()
            .push((get_date(row, 1)?, rate));
    }
    Ok(out)
}

/// Records that the ECB rates were fetched now (the rates may not have
/// changed): stamps every `ecb` rate.
pub fn mark_ecb_checked(db: &Db) -> Result<()> {
    db.conn.execute(
        "UPDATE rate SET updated_at = ?1 WHERE source = 'ecb' AND updated_at <> ?1",
        [db.now()],
    )?;
    Ok(())
}

/// The day the ECB rates were last fetched, if any are stored.
pub fn ecb_checked_on(db: &Db) -> Result<Option<NaiveDate>> {
    let stamp: Option<String> = db.conn.query_row(
        "SELECT max(updated_at) FROM rate WHERE source = 'ecb'",
        [],
        |r| r.get(0),
    )?;
    Ok(stamp.and_then(|s| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()))
}
