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

impl<'a> Filter<'a> {
    /// ?1, ?2 and ?3 of a query that filters by subscription and dates.
    fn bound(&self) -> (Option<&'a str>, Option<String>, Option<String>) {
        (
            self.subscription_id,
            self.since.map(date_str),
            self.until.map(date_str),
        )
    }
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
    let rows = stmt.query_map(f.bound(), from_row)?;
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
    let rows = stmt.query_map(f.bound(), |row| {
        Ok(UsageTotals {
            subscription_id: row.get(0)?,
            total_count: row.get(1)?,
            total_duration: row.get(2)?,
            logs: row.get(3)?,
            last_used: get_opt_date(row, 4)?,
        })
    })?;
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
    read_paid(
        stmt,
        params![subscription_id, date_str(since), date_str(until)],
    )
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
    read_paid(
        stmt,
        params![json_list(ids)?, date_str(since), date_str(until)],
    )
}

/// The payments `read_paid` sums, in the order of the index on
/// (subscription, due date): summing them here costs a fraction of SQL's
/// GROUP BY, which sorts every row first.
const PAID_BY_CHARGE: &str = "SELECT subscription_id, due_date, currency, status = 'refunded',
        amount, payment_date
    FROM payment";

const PAID_GROUPS: &str = "AND due_date >= ?2 AND due_date <= ?3
       AND status IN ('paid', 'pending', 'refunded')
    ORDER BY subscription_id, due_date";

/// Ids as a JSON array, for `json_each`.
fn json_list(ids: &[&str]) -> Result<String> {
    serde_json::to_string(ids).map_err(|e| crate::error::Error::runtime(e.to_string()))
}

/// One charge being summed: what was paid (or is pending) and refunded,
/// in cents, and the earliest day it was paid.
struct Charge {
    due: NaiveDate,
    currency: Currency,
    paid: i64,
    refunded: i64,
    paid_on: Option<NaiveDate>,
}

impl Charge {
    fn add(&mut self, refund: bool, amount: i64, day: Option<NaiveDate>) -> Result<()> {
        let total = if refund {
            &mut self.refunded
        } else {
            self.paid_on = match (self.paid_on, day) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            &mut self.paid
        };
        *total = total
            .checked_add(amount)
            .ok_or_else(|| crate::error::Error::runtime("integer overflow"))?;
        Ok(())
    }

    fn paid(&self) -> Result<Paid> {
        let net = self
            .paid
            .checked_sub(self.refunded)
            .ok_or_else(|| crate::error::Error::runtime("integer overflow"))?;
        Ok(Paid {
            due: self.due,
            currency: self.currency,
            amount: cents_to_decimal(net),
            paid_on: self.paid_on,
        })
    }
}

/// The rows of a `PAID_BY_CHARGE` query summed per (subscription, due
/// date, currency): what `paid_by_charge` returns. The rows come by
/// subscription and due date, so a charge's rows are next to each other.
fn read_paid(
    mut stmt: rusqlite::CachedStatement<'_>,
    params: impl rusqlite::Params,
) -> Result<HashMap<String, Vec<Paid>>> {
    let mut out: HashMap<String, Vec<Paid>> = HashMap::new();
    let mut current: Option<(String, Vec<Charge>)> = None;
    let mut rows = stmt.query(params)?;
    while let Some(row) = rows.next()? {
        let id = row.get_ref(0)?.as_str().map_err(|e| conversion(0, e))?;
        let due = get_date(row, 1)?;
        let currency = row.get_ref(2)?.as_str().map_err(|e| conversion(2, e))?;
        let currency = Currency::parse(currency).map_err(|e| conversion(2, e))?;
        let refund: bool = row.get(3)?;
        let amount: i64 = row.get(4)?;
        let day = if refund { None } else { get_opt_date(row, 5)? };
        if current.as_ref().is_none_or(|(sub, _)| sub != id) {
            flush(&mut out, current.take())?;
        }
        let (_, charges) = current.get_or_insert_with(|| (id.to_string(), Vec::new()));
        let same = charges
            .iter()
            .rposition(|c| c.due == due && c.currency == currency);
        let charge = match same {
            Some(i) => &mut charges[i],
            None => {
                charges.push(Charge {
                    due,
                    currency,
                    paid: 0,
                    refunded: 0,
                    paid_on: None,
                });
                let last = charges.len() - 1;
                &mut charges[last]
            }
        };
        charge.add(refund, amount, day)?;
    }
    flush(&mut out, current)?;
    Ok(out)
}

fn flush(
    out: &mut HashMap<String, Vec<Paid>>,
    summed: Option<(String, Vec<Charge>)>,
) -> Result<()> {
    if let Some((sub, charges)) = summed {
        let list = out.entry(sub).or_default();
        for charge in &charges {
            list.push(charge.paid()?);
        }
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    //! What was paid per charge, summed in Rust, is what SQL's GROUP BY
    //! summed before (refunds netted, pending counted, failed left out, a
    //! charge per currency, the earliest day paid).

    use chrono::NaiveDate;
    use rusqlite::params;

    use super::*;
    use crate::clock::Clock;
    use crate::domain::cycle::Cycle;
    use crate::store::{Store, subscriptions};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Before: one row per (subscription, due date, currency) from SQL.
    fn grouped(db: &Db, since: &str, until: &str) -> Vec<(String, Paid)> {
        let mut stmt = db
            .conn
            .prepare(
                "SELECT subscription_id, due_date, currency,
                    coalesce(sum(CASE WHEN status IN ('paid', 'pending') THEN amount END), 0)
                      - coalesce(sum(CASE WHEN status = 'refunded' THEN amount END), 0),
                    min(CASE WHEN status IN ('paid', 'pending') THEN payment_date END)
                 FROM payment WHERE due_date >= ?1 AND due_date <= ?2
                   AND status IN ('paid', 'pending', 'refunded')
                 GROUP BY subscription_id, due_date, currency",
            )
            .unwrap();
        stmt.query_map([since, until], |r| {
            let currency: String = r.get(2)?;
            Ok((
                r.get(0)?,
                Paid {
                    due: get_date(r, 1)?,
                    currency: Currency::parse(&currency).unwrap(),
                    amount: cents_to_decimal(r.get(3)?),
                    paid_on: get_opt_date(r, 4)?,
                },
            ))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    }

    fn flat(map: HashMap<String, Vec<Paid>>) -> Vec<(String, Paid)> {
        let mut out: Vec<(String, Paid)> = map
            .into_iter()
            .flat_map(|(sub, paid)| paid.into_iter().map(move |p| (sub.clone(), p)))
            .collect();
        out.sort_by_key(|(sub, p)| (sub.clone(), p.due, p.currency));
        out
    }

    #[test]
    fn charges_are_summed_as_sql_grouped_them() {
        let dir = tempfile::tempdir().unwrap();
        let mut store =
            Store::open(&dir.path().join("subs.db"), Clock::on(day("2026-11-26"))).unwrap();
        let ids: Vec<String> = (1..=4u128).map(crate::domain::id::encode).collect();
        store
            .write(|db| {
                for id in &ids {
                    let sub = Subscription {
                        id: id.clone(),
                        ..Subscription::example(
                            "S",
                            crate::domain::money::Money::test_cents(999),
                            Cycle::Monthly,
                            day("2025-01-01"),
                            day("2026-12-01"),
                        )
                    };
                    subscriptions::insert(db, &sub)?;
                }
                let mut seed = 7u64;
                for n in 0..400 {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    let pick = |k: u64, m: u64| ((seed >> (k * 8)) % m) as i64;
                    let due = day("2026-08-01") + chrono::Duration::days(pick(1, 12) * 10);
                    let paid_on = due + chrono::Duration::days(pick(2, 9) - 4);
                    let status = ["paid", "pending", "failed", "refunded"][pick(3, 4) as usize];
                    let currency = ["USD", "EUR"][pick(4, 2) as usize];
                    db.conn.execute(
                        "INSERT INTO payment (subscription_id, amount, currency, payment_date,
                             due_date, status, created_at, uid)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, '', ?7)",
                        params![
                            ids[pick(5, 4) as usize],
                            1 + pick(6, 5000),
                            currency,
                            date_str(paid_on),
                            date_str(due),
                            status,
                            format!("p{n}"),
                        ],
                    )?;
                }
                Ok(())
            })
            .unwrap();
        let db = store.db();
        let (since, until) = (day("2026-08-29"), day("2026-11-26"));
        let before = grouped(db, "2026-08-29", "2026-11-26");
        assert!(before.len() > 20, "{} charges", before.len());
        let mut before_sorted = before.clone();
        before_sorted.sort_by_key(|(sub, p)| (sub.clone(), p.due, p.currency));
        assert_eq!(
            flat(paid_by_charge(db, None, since, until).unwrap()),
            before_sorted
        );
        let some = [ids[1].as_str(), ids[3].as_str()];
        let among: Vec<(String, Paid)> = before_sorted
            .iter()
            .filter(|(sub, _)| some.contains(&sub.as_str()))
            .cloned()
            .collect();
        assert_eq!(
            flat(paid_by_charge_among(db, &some, since, until).unwrap()),
            among
        );
        assert!(
            paid_by_charge_among(db, &[], since, until)
                .unwrap()
                .is_empty()
        );
        let one = flat(paid_by_charge(db, Some(&ids[2]), since, until).unwrap());
        assert!(!one.is_empty() && one.iter().all(|(sub, _)| *sub == ids[2]));
    }
}
