//! SQL for usage logs, their per-subscription summaries, and the
//! subscription's `usage_tracking` JSON.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::Db;
use std::collections::HashMap;

use super::{conversion, date_str, get_date, get_opt_date};
use crate::domain::currency::Currency;
use crate::domain::money::cents_to_decimal;
use crate::domain::subscription::Subscription;
use crate::domain::usage::{NewUsage, UsageLog, UsageTotals};
use crate::domain::usage_cost::{self, CostPerUse, Inputs, Paid, Pause, pauses};
use crate::error::Result;

fn from_row(row: &Row<'_>) -> rusqlite::Result<UsageLog> {
    Ok(UsageLog {
        id: row.get(0)?,
        subscription_id: row.get(1)?,
        subscription_name: row.get(2)?,
        usage_date: get_date(row, 3)?,
        usage_count: row.get(4)?,
        usage_duration: row.get(5)?,
        usage_value: row.get(6)?,
        notes: row.get(7)?,
        created_at: row.get(8)?,
        uid: row.get(9)?,
    })
}

/// Records a log and brings the subscription's `usage_tracking` up to date
/// in the same transaction.
pub fn insert(db: &Db, u: &NewUsage<'_>) -> Result<i64> {
    let conn = &db.conn;
    conn.prepare_cached(
        "INSERT INTO usage (subscription_id, usage_date, usage_count, usage_duration, usage_value, notes, created_at, uid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        u.subscription_id,
        date_str(u.usage_date),
        u.usage_count,
        u.usage_duration,
        u.usage_value,
        u.notes,
        db.now(),
        db.new_uid(),
    ])?;
    let id = conn.last_insert_rowid();
    refresh_tracking(db, u.subscription_id)?;
    Ok(id)
}

/// `usage_tracking` = {"total_count", "total_duration_seconds", "last_used", "logs"},
/// recomputed from the logs so it can never drift from them.
pub fn refresh_tracking(db: &Db, subscription_id: &str) -> Result<()> {
    let conn = &db.conn;
    conn.prepare_cached(
        "UPDATE subscription SET usage_tracking = (
             SELECT json_object('total_count', coalesce(sum(usage_count), 0),
                                'total_duration_seconds', coalesce(sum(usage_duration), 0),
                                'last_used', max(usage_date),
                                'logs', count(*))
             FROM usage WHERE subscription_id = ?1)
         WHERE subscription_id = ?1",
    )?
    .execute([subscription_id])?;
    Ok(())
}

#[derive(Clone, Debug, Default)]
pub struct Filter<'a> {
    pub subscription_id: Option<&'a str>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

pub fn list(db: &Db, f: &Filter<'_>) -> Result<Vec<UsageLog>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(
        "SELECT u.id, u.subscription_id, s.name, u.usage_date, u.usage_count, u.usage_duration,
                u.usage_value, u.notes, u.created_at, u.uid
         FROM usage u JOIN subscription s ON s.subscription_id = u.subscription_id
         WHERE (?1 IS NULL OR u.subscription_id = ?1)
           AND (?2 IS NULL OR u.usage_date >= ?2)
           AND (?3 IS NULL OR u.usage_date <= ?3)
         ORDER BY u.usage_date DESC, u.id DESC",
    )?;
    let rows = stmt.query_map(
        params![
            f.subscription_id,
            f.since.map(date_str),
            f.until.map(date_str)
        ],
        from_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn totals(db: &Db, f: &Filter<'_>) -> Result<Vec<UsageTotals>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(
        "SELECT u.subscription_id,
                coalesce(sum(CASE WHEN (?2 IS NULL OR u.usage_date >= ?2) THEN u.usage_count END), 0),
                coalesce(sum(CASE WHEN (?2 IS NULL OR u.usage_date >= ?2) THEN u.usage_duration END), 0),
                count(CASE WHEN (?2 IS NULL OR u.usage_date >= ?2) THEN 1 END),
                max(u.usage_date)
         FROM usage u
         WHERE (?1 IS NULL OR u.subscription_id = ?1) AND (?3 IS NULL OR u.usage_date <= ?3)
         GROUP BY u.subscription_id",
    )?;
    let rows = stmt.query_map(
        params![
            f.subscription_id,
            f.since.map(date_str),
            f.until.map(date_str)
        ],
        |row| {
            Ok(UsageTotals {
                subscription_id: row.get(0)?,
                total_count: row.get(1)?,
                total_duration: row.get(2)?,
                logs: row.get(3)?,
                last_used: get_opt_date(row, 4)?,
            })
        },
    )?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A usage log by its id, or "not found" (exit 3).
pub fn find(db: &Db, id: i64) -> Result<UsageLog> {
    db.conn
        .prepare_cached(
            "SELECT u.id, u.subscription_id, s.name, u.usage_date, u.usage_count, u.usage_duration,
                    u.usage_value, u.notes, u.created_at, u.uid
             FROM usage u JOIN subscription s ON s.subscription_id = u.subscription_id
             WHERE u.id = ?1",
        )?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| {
            crate::error::Error::not_found(format!(
                "no usage log with id {id}; `subs usage` shows them with their ids"
            ))
        })
}

/// Deletes a log and brings its subscription's `usage_tracking` up to date.
pub fn delete(db: &Db, log: &UsageLog) -> Result<()> {
    db.conn
        .execute("DELETE FROM usage WHERE id = ?1", [log.id])?;
    refresh_tracking(db, &log.subscription_id)
}

/// What cost per use needs of one subscription, or of all at once (a
/// constant number of queries whatever their number).
#[derive(Clone, Debug, Default)]
pub struct CostFacts {
    /// Uses from the later of `since` and the subscription's start, to `until`.
    pub uses: i64,
    /// The earliest log on or before `until`.
    pub first_used: Option<NaiveDate>,
    pub paid: Vec<Paid>,
    pub pauses: Vec<Pause>,
}

impl CostFacts {
    /// `sub`'s cost per use over `since..=until` by the one rule.
    pub fn cost(&self, sub: &Subscription, since: NaiveDate, until: NaiveDate) -> CostPerUse {
        usage_cost::cost_per_use(
            sub,
            &Inputs {
                since,
                until,
                first_used: self.first_used,
                uses: self.uses,
                pauses: &self.pauses,
                paid: &self.paid,
            },
        )
    }
}

/// [`CostFacts`] per subscription id over `since..=until`; a subscription
/// with nothing recorded is absent (its facts are the default).
pub fn cost_facts(
    db: &Db,
    subscription_id: Option<&str>,
    since: NaiveDate,
    until: NaiveDate,
) -> Result<HashMap<String, CostFacts>> {
    let conn = &db.conn;
    let mut out: HashMap<String, CostFacts> = HashMap::new();
    let (id, since_s, until_s) = (subscription_id, date_str(since), date_str(until));
    let mut stmt = conn.prepare_cached(
        "SELECT u.subscription_id,
                coalesce(sum(CASE WHEN u.usage_date >= ?2 AND u.usage_date >= s.start_date
                                  THEN u.usage_count END), 0),
                min(u.usage_date)
         FROM usage u JOIN subscription s ON s.subscription_id = u.subscription_id
         WHERE (?1 IS NULL OR u.subscription_id = ?1) AND u.usage_date <= ?3
         GROUP BY u.subscription_id",
    )?;
    let rows = stmt.query_map(params![id, since_s, until_s], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, i64>(1)?,
            get_opt_date(row, 2)?,
        ))
    })?;
    for row in rows {
        let (sub, uses, first_used) = row?;
        let f = out.entry(sub).or_default();
        f.uses = uses;
        f.first_used = first_used;
    }
    for (sub, paid) in paid_by_charge(db, subscription_id, since, until)? {
        out.entry(sub).or_default().paid = paid;
    }
    for (sub, pauses) in pauses_by_subscription(db, subscription_id)? {
        out.entry(sub).or_default().pauses = pauses;
    }
    Ok(out)
}

/// Per subscription, what was paid for each charge due in `since..=until`,
/// net of refunds. A charge with only failed payments is not recorded as
/// charged (its scheduled amount stands).
pub fn paid_by_charge(
    db: &Db,
    subscription_id: Option<&str>,
    since: NaiveDate,
    until: NaiveDate,
) -> Result<HashMap<String, Vec<Paid>>> {
    let stmt = db.conn.prepare_cached(&format!(
        "{PAID_BY_CHARGE} WHERE (?1 IS NULL OR subscription_id = ?1) {PAID_GROUPS}"
    ))?;
    read_paid(stmt, params![subscription_id, date_str(since), date_str(until)])
}

/// `paid_by_charge` of the subscriptions `ids` alone, in one query (none
/// for none): the alert generator reads only what a rule can use.
pub fn paid_by_charge_among(
    db: &Db,
    ids: &[&str],
    since: NaiveDate,
    until: NaiveDate,
) -> Result<HashMap<String, Vec<Paid>>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let stmt = db.conn.prepare_cached(&format!(
        "{PAID_BY_CHARGE} WHERE subscription_id IN (SELECT value FROM json_each(?1)) {PAID_GROUPS}"
    ))?;
    read_paid(stmt, params![json_list(ids)?, date_str(since), date_str(until)])
}

const PAID_BY_CHARGE: &str = "SELECT subscription_id, due_date, currency,
        coalesce(sum(CASE WHEN status IN ('paid', 'pending') THEN amount END), 0)
          - coalesce(sum(CASE WHEN status = 'refunded' THEN amount END), 0),
        min(CASE WHEN status IN ('paid', 'pending') THEN payment_date END)
    FROM payment";

const PAID_GROUPS: &str = "AND due_date >= ?2 AND due_date <= ?3
       AND status IN ('paid', 'pending', 'refunded')
    GROUP BY subscription_id, due_date, currency";

/// Ids as a JSON array, for `json_each`.
fn json_list(ids: &[&str]) -> Result<String> {
    serde_json::to_string(ids).map_err(|e| crate::error::Error::runtime(e.to_string()))
}

/// The rows of a `PAID_BY_CHARGE` query, grouped by subscription. They
/// come grouped by id, so an id is copied once per subscription, not once
/// per charge.
fn read_paid(
    mut stmt: rusqlite::CachedStatement<'_>,
    params: impl rusqlite::Params,
) -> Result<HashMap<String, Vec<Paid>>> {
    let mut out: HashMap<String, Vec<Paid>> = HashMap::new();
    let mut current: Option<(String, Vec<Paid>)> = None;
    let mut rows = stmt.query(params)?;
    while let Some(row) = rows.next()? {
        let id = row.get_ref(0)?.as_str().map_err(|e| conversion(0, e))?;
        let currency = row.get_ref(2)?.as_str().map_err(|e| conversion(2, e))?;
        let paid = Paid {
            due: get_date(row, 1)?,
            currency: Currency::parse(currency).map_err(|e| conversion(2, e))?,
            amount: cents_to_decimal(row.get(3)?),
            paid_on: get_opt_date(row, 4)?,
        };
        match &mut current {
            Some((sub, list)) if sub == id => list.push(paid),
            _ => {
                if let Some((sub, list)) = current.replace((id.to_string(), vec![paid])) {
                    out.entry(sub).or_default().extend(list);
                }
            }
        }
    }
    if let Some((sub, list)) = current {
        out.entry(sub).or_default().extend(list);
    }
    Ok(out)
}

/// Per subscription, its pauses, read from the status changes that
/// recorded each pause and resumption.
pub fn pauses_by_subscription(
    db: &Db,
    subscription_id: Option<&str>,
) -> Result<HashMap<String, Vec<Pause>>> {
    let stmt = db.conn.prepare_cached(&format!(
        "{PAUSES} AND (?1 IS NULL OR subscription_id = ?1) {PAUSES_ORDER}"
    ))?;
    read_pauses(stmt, params![subscription_id])
}

/// `pauses_by_subscription` of the subscriptions `ids` alone, in one query
/// (none for none).
pub fn pauses_among(db: &Db, ids: &[&str]) -> Result<HashMap<String, Vec<Pause>>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let stmt = db.conn.prepare_cached(&format!(
        "{PAUSES} AND subscription_id IN (SELECT value FROM json_each(?1)) {PAUSES_ORDER}"
    ))?;
    read_pauses(stmt, params![json_list(ids)?])
}

const PAUSES: &str = "SELECT subscription_id, alert_date, occurrence LIKE 'paused:%'
    FROM alert
    WHERE alert_type = 'status_change'
      AND (occurrence LIKE 'paused:%' OR occurrence LIKE 'resumed:%')";

const PAUSES_ORDER: &str = "ORDER BY subscription_id, alert_date, id";

fn read_pauses(
    mut stmt: rusqlite::CachedStatement<'_>,
    params: impl rusqlite::Params,
) -> Result<HashMap<String, Vec<Pause>>> {
    let rows = stmt.query_map(params, |row| {
        Ok((
            row.get::<_, String>(0)?,
            get_date(row, 1)?,
            row.get::<_, bool>(2)?,
        ))
    })?;
    let mut events: HashMap<String, Vec<(NaiveDate, bool)>> = HashMap::new();
    for row in rows {
        let (sub, day, paused) = row?;
        events.entry(sub).or_default().push((day, paused));
    }
    Ok(events
        .into_iter()
        .map(|(sub, events)| (sub, pauses(&events)))
        .collect())
}
