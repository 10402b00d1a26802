//! SQL for alerts, and the one query the alert generator needs.

use chrono::NaiveDate;
use rusqlite::OptionalExtension;
use rusqlite::{Row, params};

use super::Db;
use super::subscriptions::{COLUMNS, FROM, WIDTH, from_row as subscription_from_row};
use super::{conversion, date_str, get_opt_date};
use crate::domain::alert::{Alert, AlertType, Candidate, NewAlert};
use crate::error::{Error, Result};

/// Stores the alert unless one exists for the same occurrence; returns
/// whether it was new.
pub fn insert(db: &Db, alert: &NewAlert<'_>) -> Result<bool> {
    let conn = &db.conn;
    // The NOT EXISTS keeps a repeated run from writing anything at all (an
    // ignored conflict would still advance the id sequence); the unique
    // indexes are what guarantee one alert per occurrence.
    let sql = match alert.subscription_id {
        Some(_) => {
            "INSERT INTO alert (subscription_id, alert_type, title, message, alert_date, occurrence, created_at, uid)
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8
             WHERE NOT EXISTS (SELECT 1 FROM alert
                               WHERE subscription_id = ?1 AND alert_type = ?2 AND occurrence = ?6)
             ON CONFLICT (subscription_id, alert_type, occurrence) DO NOTHING"
        }
        None => {
            "INSERT INTO alert (subscription_id, alert_type, title, message, alert_date, occurrence, created_at, uid)
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8
             WHERE NOT EXISTS (SELECT 1 FROM alert
                               WHERE subscription_id IS NULL AND alert_type = ?2 AND occurrence = ?6)
             ON CONFLICT (alert_type, occurrence) WHERE subscription_id IS NULL DO NOTHING"
        }
    };
    let inserted = conn.prepare_cached(sql)?.execute(params![
        alert.subscription_id,
        alert.alert_type.as_str(),
        alert.text.title,
        alert.text.message,
        date_str(alert.alert_date),
        alert.occurrence,
        db.now(),
        crate::domain::id::alert_uid(
            alert.subscription_id,
            alert.alert_type.as_str(),
            &alert.occurrence
        ),
    ])?;
    Ok(inserted > 0)
}

/// Stores alerts the caller found not raised yet (`raised`, in the same
/// write transaction, so no other run can raise them meanwhile), in order,
/// a hundred rows a statement: each statement costs SQLite a statement
/// journal and its triggers' set-up, so one per alert cost most of a run
/// that raised hundreds. No guard reads the table (that would stage every
/// row in a temporary table first); the unique indexes still keep one
/// alert per occurrence.
pub fn insert_all(db: &Db, new: &[&NewAlert<'_>]) -> Result<()> {
    let now = db.now();
    // Rows about a subscription and rows about none have different unique
    // indexes: each statement holds one kind, in the order given.
    let mut start = 0;
    while start < new.len() {
        let about_one = new[start].subscription_id.is_some();
        let end = (start + INSERT_ROWS).min(new.len());
        let end = (start..end)
            .find(|&i| new[i].subscription_id.is_some() != about_one)
            .unwrap_or(end);
        insert_rows(db, &new[start..end], about_one, &now)?;
        start = end;
    }
    Ok(())
}

/// Rows in one INSERT of `insert_all` (8 values each: far below SQLite's
/// limit on bound values).
const INSERT_ROWS: usize = 100;

fn insert_rows(db: &Db, rows: &[&NewAlert<'_>], about_one: bool, now: &str) -> Result<()> {
    let values = vec!["(?, ?, ?, ?, ?, ?, ?, ?)"; rows.len()].join(", ");
    let target = if about_one {
        "(subscription_id, alert_type, occurrence)"
    } else {
        "(alert_type, occurrence) WHERE subscription_id IS NULL"
    };
    let sql = format!(
        "INSERT INTO alert (subscription_id, alert_type, title, message, alert_date, occurrence,
             created_at, uid)
         VALUES {values} ON CONFLICT {target} DO NOTHING"
    );
    let mut stmt = db.conn.prepare_cached(&sql)?;
    let mut i = 0;
    let mut bind = |value: &dyn rusqlite::ToSql| -> Result<()> {
        i += 1;
        Ok(stmt.raw_bind_parameter(i, value)?)
    };
    for a in rows {
        let kind = a.alert_type.as_str();
        bind(&a.subscription_id)?;
        bind(&kind)?;
        bind(&a.text.title)?;
        bind(&a.text.message)?;
        bind(&date_str(a.alert_date))?;
        bind(&a.occurrence)?;
        bind(&now)?;
        bind(&crate::domain::id::alert_uid(
            a.subscription_id,
            kind,
            &a.occurrence,
        ))?;
    }
    stmt.raw_execute()?;
    Ok(())
}

/// Which of `proposed` (their positions) are raised already, in one query
/// whatever their number (none when nothing is proposed).
pub fn raised(db: &Db, proposed: &[NewAlert<'_>]) -> Result<std::collections::HashSet<usize>> {
    if proposed.is_empty() {
        return Ok(std::collections::HashSet::new());
    }
    let keys: Vec<(Option<&str>, &str, &str)> = proposed
        .iter()
        .map(|a| {
            (
                a.subscription_id,
                a.alert_type.as_str(),
                a.occurrence.as_str(),
            )
        })
        .collect();
    let keys = serde_json::to_string(&keys).map_err(|e| Error::runtime(e.to_string()))?;
    let mut stmt = db.conn.prepare_cached(
        "SELECT j.key FROM json_each(?1) j
         WHERE CASE WHEN j.value ->> 0 IS NULL
             THEN EXISTS (SELECT 1 FROM alert a WHERE a.subscription_id IS NULL
                          AND a.alert_type = j.value ->> 1 AND a.occurrence = j.value ->> 2)
             ELSE EXISTS (SELECT 1 FROM alert a WHERE a.subscription_id = j.value ->> 0
                          AND a.alert_type = j.value ->> 1 AND a.occurrence = j.value ->> 2)
         END",
    )?;
    let rows = stmt.query_map([keys], |r| r.get::<_, i64>(0))?;
    let mut found = std::collections::HashSet::new();
    for row in rows {
        if let Ok(i) = usize::try_from(row?) {
            found.insert(i);
        }
    }
    Ok(found)
}

const SELECT: &str = "SELECT a.id, a.subscription_id, s.name, s.email_notifications, a.alert_type,
        a.title, a.message, a.alert_date, a.is_read, a.is_dismissed, a.created_at, a.uid
    FROM alert a LEFT JOIN subscription s ON s.subscription_id = a.subscription_id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Alert> {
    let kind: String = row.get(4)?;
    Ok(Alert {
        id: row.get(0)?,
        subscription_id: row.get(1)?,
        subscription_name: row.get(2)?,
        // An alert about no one subscription is never silenced by one.
        email_notifications: row.get::<_, Option<bool>>(3)?.unwrap_or(true),
        alert_type: AlertType::parse(&kind)
            .ok_or_else(|| conversion(4, format!("alert type {kind:?}")))?,
        title: row.get(5)?,
        message: row.get(6)?,
        alert_date: row.get(7)?,
        is_read: row.get(8)?,
        is_dismissed: row.get(9)?,
        created_at: row.get(10)?,
        uid: row.get(11)?,
    })
}

#[derive(Clone, Debug, Default)]
pub struct Filter<'a> {
    /// Include read and dismissed alerts.
    pub all: bool,
    pub alert_type: Option<AlertType>,
    pub subscription_id: Option<&'a str>,
}

/// Alerts, newest first.
pub fn list(db: &Db, f: &Filter<'_>) -> Result<Vec<Alert>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE (?1 OR (a.is_read = 0 AND a.is_dismissed = 0))
            AND (?2 IS NULL OR a.alert_type = ?2)
            AND (?3 IS NULL OR a.subscription_id = ?3)
         ORDER BY a.alert_date DESC, a.id DESC"
    ))?;
    let rows = stmt.query_map(
        params![
            f.all,
            f.alert_type.map(AlertType::as_str),
            f.subscription_id
        ],
        from_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The highest alert id so far (0 when there are none): alerts created by
/// a run are exactly those above the value read at its start.
pub fn max_id(db: &Db) -> Result<i64> {
    let conn = &db.conn;
    Ok(conn.query_row("SELECT coalesce(max(id), 0) FROM alert", [], |r| r.get(0))?)
}

pub fn created_after(db: &Db, id: i64) -> Result<Vec<Alert>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE a.id > ?1 ORDER BY a.id"))?;
    let rows = stmt.query_map([id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// One alert by id.
pub fn get(db: &Db, id: i64) -> Result<Option<Alert>> {
    let conn = &db.conn;
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE a.id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

/// Which alerts `read`/`dismiss` act on.
#[derive(Clone, Copy, Debug)]
pub enum Target<'a> {
    /// These alerts; every id must exist.
    Ids(&'a [i64]),
    /// Every alert not yet marked, of a type and of a subscription when
    /// given (neither: all of them).
    Matching {
        alert_type: Option<AlertType>,
        subscription_id: Option<&'a str>,
    },
}

/// Sets `is_read` or `is_dismissed`; returns how many alerts changed.
/// An unknown id is "not found" (and, in the caller's transaction, nothing
/// changes).
pub fn mark(db: &Db, target: Target<'_>, column: Mark) -> Result<usize> {
    let conn = &db.conn;
    let col = match column {
        Mark::Read => "is_read",
        Mark::Dismissed => "is_dismissed",
    };
    match target {
        Target::Matching {
            alert_type,
            subscription_id,
        } => Ok(conn.execute(
            &format!(
                "UPDATE alert SET {col} = 1 WHERE {col} = 0
                   AND (?1 IS NULL OR alert_type = ?1) AND (?2 IS NULL OR subscription_id = ?2)"
            ),
            params![alert_type.map(AlertType::as_str), subscription_id],
        )?),
        Target::Ids(ids) => {
            let mut changed = 0;
            for id in ids {
                let exists: bool = conn
                    .prepare_cached("SELECT EXISTS (SELECT 1 FROM alert WHERE id = ?1)")?
                    .query_row([id], |r| r.get(0))?;
                if !exists {
                    return Err(Error::not_found(format!(
                        "no alert with id {id}; `subs alerts list --all` shows them"
                    )));
                }
                changed += conn
                    .prepare_cached(&format!(
                        "UPDATE alert SET {col} = 1 WHERE id = ?1 AND {col} = 0"
                    ))?
                    .execute([id])?;
            }
            Ok(changed)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Read,
    Dismissed,
}

/// Deletes dismissed alerts raised before `before`; returns how many.
pub fn cleanup(db: &Db, before: NaiveDate) -> Result<usize> {
    let conn = &db.conn;
    // Analytics' alert effectiveness keeps counting what goes.
    conn.execute(
        "INSERT INTO alert_tally (alert_type, total, read)
         SELECT alert_type, count(*), coalesce(sum(is_read), 0) FROM alert
         WHERE is_dismissed = 1 AND alert_date < ?1 GROUP BY alert_type
         ON CONFLICT (alert_type) DO UPDATE SET total = total + excluded.total,
             read = read + excluded.read",
        [date_str(before)],
    )?;
    Ok(conn.execute(
        "DELETE FROM alert WHERE is_dismissed = 1 AND alert_date < ?1",
        [date_str(before)],
    )?)
}

/// Every active subscription with its usage figures, in one query (usage is
/// aggregated by SQL, not loaded row by row); what was paid and the pauses
/// are `add_payments`'.
pub fn candidates(db: &Db, today: NaiveDate) -> Result<Vec<Candidate>> {
    let conn = &db.conn;
    let ninety = today - chrono::Duration::days(90);
    // Usage is summed per active subscription through the index on
    // (subscription, date, count), the window's start read from the row
    // itself: no pass over every log, no join per log.
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS},
            (SELECT max(usage_date) FROM usage
              WHERE subscription_id = s.subscription_id AND usage_date <= ?1),
            (SELECT coalesce(sum(usage_count), 0) FROM usage
              WHERE subscription_id = s.subscription_id AND usage_date <= ?1
                AND usage_date > ?2 AND usage_date >= s.start_date),
            (SELECT count(*) FROM usage
              WHERE subscription_id = s.subscription_id AND usage_date <= ?1),
            EXISTS (SELECT 1 FROM payment p WHERE p.subscription_id = s.subscription_id
                    AND p.status IN ('paid', 'pending')),
            (SELECT min(usage_date) FROM usage
              WHERE subscription_id = s.subscription_id AND usage_date <= ?1),
            (SELECT max(a.alert_date) FROM alert a WHERE a.subscription_id = s.subscription_id
                    AND a.alert_type = 'usage_limit')
         {FROM}
         WHERE s.status = 'active'
         ORDER BY s.next_billing_date, s.subscription_id"
    ))?;
    let rows = stmt.query_map(params![date_str(today), date_str(ninety)], |row| {
        Ok(Candidate {
            subscription: subscription_from_row(row)?,
            last_used: get_opt_date(row, WIDTH)?,
            uses_last_90_days: row.get(WIDTH + 1)?,
            usage_logs: row.get(WIDTH + 2)?,
            has_settled_payment: row.get(WIDTH + 3)?,
            first_used: get_opt_date(row, WIDTH + 4)?,
            last_usage_alert: get_opt_date(row, WIDTH + 5)?,
            paid: Vec::new(),
            pauses: Vec::new(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// What was paid for the charges due in the last 90 days (today included)
/// and the pauses, for the candidates `needs` picks: two grouped queries
/// whatever their number, none when it picks none.
pub fn add_payments(
    db: &Db,
    candidates: &mut [Candidate],
    today: NaiveDate,
    needs: impl Fn(&Candidate) -> bool,
) -> Result<()> {
    let ids: Vec<&str> = candidates
        .iter()
        .filter(|c| needs(c))
        .map(|c| c.subscription.id.as_str())
        .collect();
    let since = today - chrono::Duration::days(89);
    let mut paid = super::usage::paid_by_charge_among(db, &ids, since, today)?;
    let mut pauses = super::usage::pauses_among(db, &ids)?;
    for c in candidates.iter_mut() {
        c.paid = paid.remove(&c.subscription.id).unwrap_or_default();
        c.pauses = pauses.remove(&c.subscription.id).unwrap_or_default();
    }
    Ok(())
}

/// Whether commands raised alerts that no run has told yet.
pub fn any_unannounced(db: &Db) -> Result<bool> {
    Ok(db
        .conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM alert_unannounced)")?
        .query_row([], |r| r.get(0))?)
}

/// When each currently paused subscription was last paused (the day of its
/// latest "paused" status change).
pub fn paused_since(db: &Db) -> Result<std::collections::HashMap<String, NaiveDate>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(
        "SELECT a.subscription_id, max(a.alert_date) FROM alert a
         JOIN subscription s ON s.subscription_id = a.subscription_id AND s.status = 'paused'
         WHERE a.alert_type = 'status_change' AND a.occurrence LIKE 'paused:%'
         GROUP BY a.subscription_id",
    )?;
    let rows = stmt.query_map([], |row| {
        let id: String = row.get(0)?;
        let day: Option<NaiveDate> = get_opt_date(row, 1)?;
        Ok((id, day))
    })?;
    let mut out = std::collections::HashMap::new();
    for row in rows {
        let (id, day) = row?;
        if let Some(day) = day {
            out.insert(id, day);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::clock::Clock;
    use crate::domain::alert::Text;
    use crate::domain::cycle::Cycle;
    use crate::domain::subscription::Subscription;
    use crate::store::{Store, subscriptions};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    /// Hundreds of alerts of both kinds, stored in the order given, each
    /// once: an alert raised already is left as it was.
    #[test]
    fn many_alerts_are_stored_in_order_a_hundred_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("subs.db"), Clock::on(today())).unwrap();
        let sub = Subscription {
            id: crate::domain::id::encode(1),
            ..Subscription::example(
                "S",
                crate::domain::money::Money::test_cents(999),
                Cycle::Monthly,
                today(),
                today(),
            )
        };
        let alert = |about: bool, n: usize| NewAlert {
            subscription_id: about.then_some(sub.id.as_str()),
            alert_type: if about {
                AlertType::RenewalReminder
            } else {
                AlertType::OverBudget
            },
            text: Text {
                title: format!("t{n}"),
                message: format!("m{n}"),
            },
            alert_date: today(),
            occurrence: format!("o{n}"),
        };
        let wanted: Vec<NewAlert> = (0..150)
            .map(|n| alert(true, n))
            .chain((150..153).map(|n| alert(false, n)))
            .chain((153..280).map(|n| alert(true, n)))
            .collect();
        store
            .write(|db| {
                subscriptions::insert(db, &sub)?;
                // Raised before, with other words: it stays as it was.
                insert_all(
                    db,
                    &[&NewAlert {
                        text: Text {
                            title: "first".into(),
                            message: "m7".into(),
                        },
                        ..alert(true, 7)
                    }],
                )?;
                insert_all(db, &wanted.iter().collect::<Vec<_>>())
            })
            .unwrap();
        let stored = created_after(store.db(), 0).unwrap();
        let titles: Vec<&str> = stored.iter().map(|a| a.title.as_str()).collect();
        let mut expected = vec!["first".to_string()];
        expected.extend((0..280).filter(|n| *n != 7).map(|n| format!("t{n}")));
        assert_eq!(titles, expected);
        assert!(stored[150..153].iter().all(|a| a.subscription_id.is_none()));
        assert!(stored.iter().all(|a| !a.uid.is_empty()));
        // Found raised by their keys, a hundred at a time, whatever their words.
        let mut asked: Vec<NewAlert> = (0..300).map(|n| alert(n % 7 != 3, n)).collect();
        asked.push(NewAlert {
            text: Text {
                title: "other words".into(),
                message: "m7".into(),
            },
            ..alert(true, 7)
        });
        let found = raised(store.db(), &asked).unwrap();
        let expected: std::collections::HashSet<usize> = (0..301)
            .filter(|&i| {
                let n = if i == 300 { 7 } else { i };
                let about = i == 300 || n % 7 != 3;
                n < 280 && about != (150..153).contains(&n)
            })
            .collect();
        assert_eq!(found, expected);
    }
}
