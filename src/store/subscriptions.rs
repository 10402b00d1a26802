//! SQL for subscriptions and their price history.

use rusqlite::{OptionalExtension, Row, Statement, params};

use super::Db;
use super::{conversion, date_str, get_date, get_opt_date};
use crate::domain::alert::AlertType;
use crate::domain::currency::Currency;
use crate::domain::cycle::Cycle;
use crate::domain::money::Money;
use crate::domain::plan::{Contract, Length};
use crate::domain::reference::{self, Found, Named, did_you_mean};
use crate::domain::share::Part;
use crate::domain::subscription::{
    Member, PaymentMethod, PriceChange, Share, Status, Subscription,
};
use crate::domain::validate::fold_name;
use crate::error::{Error, Result};

/// The columns `from_row` reads, in order (indexes 0..WIDTH); other
/// queries may select more columns after them. The shares are looked up
/// per row only when someone shares anything (the uncorrelated EXISTS is
/// evaluated once per statement).
macro_rules! columns {
    () => {
        "s.subscription_id, s.name, s.description, s.provider, s.category_id, c.name,
        s.amount, s.currency, s.billing_cycle, s.custom_cycle_days, s.billing_anchor, s.start_date,
        s.next_billing_date, s.end_date, s.status, s.payment_method, s.auto_renewal, s.reminder_days,
        s.email_notifications, s.website_url, s.notes, s.created_at, s.updated_at, s.muted_alerts,
        s.cycle_months, s.remind, s.trial_until, s.term_months, s.extends_by_months, s.notice,
        s.card_id, k.name, s.paid_by, pm.name, s.statement_match,
        CASE WHEN (SELECT EXISTS (SELECT 1 FROM share)) THEN
            (SELECT json_group_array(json_array(member_id, name, kind, value)) FROM
                (SELECT sh.member_id, m.name, sh.kind, sh.value FROM share sh
                 LEFT JOIN member m ON m.id = sh.member_id
                 WHERE sh.subscription_id = s.subscription_id ORDER BY sh.position))
        ELSE '[]' END"
    };
}
pub(crate) const COLUMNS: &str = columns!();
/// How many columns `COLUMNS` holds.
pub(crate) const WIDTH: usize = 36;
pub(crate) const FROM: &str = "FROM subscription s LEFT JOIN category c ON c.id = s.category_id
    LEFT JOIN card k ON k.id = s.card_id LEFT JOIN member pm ON pm.id = s.paid_by";
const SELECT: &str = concat!(
    "SELECT ",
    columns!(),
    " FROM subscription s LEFT JOIN category c ON c.id = s.category_id
    LEFT JOIN card k ON k.id = s.card_id LEFT JOIN member pm ON pm.id = s.paid_by"
);

pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<Subscription> {
    let cents: i64 = row.get(6)?;
    let currency: String = row.get(7)?;
    let kind: String = row.get(8)?;
    let days: Option<i64> = row.get(9)?;
    let status: String = row.get(14)?;
    let method: String = row.get(15)?;
    let cycle =
        super::cycle_from_columns(&kind, days, row.get(24)?).map_err(|e| conversion(8, e))?;
    Ok(Subscription {
        id: row.get(0)?,
        name: row.get(1)?,
        description: row.get(2)?,
        provider: row.get(3)?,
        category_id: row.get(4)?,
        category: row.get(5)?,
        amount: Money::from_cents(cents).map_err(|e| conversion(6, e))?,
        currency: Currency::parse(&currency).map_err(|e| conversion(7, e))?,
        cycle,
        anchor: get_date(row, 10)?,
        start_date: get_date(row, 11)?,
        next_billing_date: get_date(row, 12)?,
        end_date: get_opt_date(row, 13)?,
        status: Status::parse(&status)
            .ok_or_else(|| conversion(14, format!("status {status:?}")))?,
        payment_method: PaymentMethod::parse(&method)
            .ok_or_else(|| conversion(15, format!("payment method {method:?}")))?,
        auto_renewal: row.get(16)?,
        reminder_days: row.get(17)?,
        email_notifications: row.get(18)?,
        website_url: row.get(19)?,
        notes: row.get(20)?,
        created_at: row.get(21)?,
        updated_at: row.get(22)?,
        muted: muted_from(row, 23)?,
        remind: {
            let text: String = row.get(25)?;
            text.split(',')
                .filter(|t| !t.is_empty())
                .map(|t| {
                    t.parse()
                        .map_err(|_| conversion(25, format!("reminder {t:?}")))
                })
                .collect::<rusqlite::Result<_>>()?
        },
        trial_until: get_opt_date(row, 26)?,
        contract: contract_from(row, 27)?,
        card_id: row.get(30)?,
        card: row.get(31)?,
        paid_by: match (
            row.get::<_, Option<i64>>(32)?,
            row.get::<_, Option<String>>(33)?,
        ) {
            (Some(id), Some(name)) => Some(Member { id, name }),
            _ => None,
        },
        statement_match: row.get(34)?,
        shares: shares_from(row, 35)?,
    })
}

/// The shares column: `[[member_id, name, kind, value], …]` in order.
fn shares_from(row: &Row<'_>, at: usize) -> rusqlite::Result<Vec<Share>> {
    type Stored = (Option<i64>, Option<String>, String, Option<i64>);
    let text: String = row.get(at)?;
    let stored: Vec<Stored> =
        serde_json::from_str(&text).map_err(|e| conversion(at, e.to_string()))?;
    stored
        .into_iter()
        .map(|(id, name, kind, value)| {
            let part = Part::from_stored(&kind, value)
                .ok_or_else(|| conversion(at, format!("share {kind:?}")))?;
            let member = match (id, name) {
                (Some(id), Some(name)) => Some(Member { id, name }),
                _ => None,
            };
            Ok(Share { member, part })
        })
        .collect()
}

/// `term_months`, `extends_by_months`, `notice` from `at` on.
fn contract_from(row: &Row<'_>, at: usize) -> rusqlite::Result<Option<Contract>> {
    let Some(term_months) = row.get::<_, Option<u16>>(at)? else {
        return Ok(None);
    };
    let notice: Option<String> = row.get(at + 2)?;
    Ok(Some(Contract {
        term_months,
        extends_by_months: row.get(at + 1)?,
        notice: notice
            .map(|n| {
                Length::parse_stored(&n).ok_or_else(|| conversion(at + 2, format!("notice {n:?}")))
            })
            .transpose()?,
    }))
}

/// The plan columns as stored: trial_until, term_months,
/// extends_by_months, notice.
type PlanColumns = (Option<String>, Option<u16>, Option<u16>, Option<String>);

fn plan_columns(s: &Subscription) -> PlanColumns {
    (
        s.trial_until.map(date_str),
        s.contract.map(|c| c.term_months),
        s.contract.and_then(|c| c.extends_by_months),
        s.contract.and_then(|c| c.notice).map(|n| n.to_string()),
    )
}

/// Reminder lead times as stored: comma-separated days.
fn remind_text(leads: &[u16]) -> String {
    leads
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// Muted alert types as stored: comma-separated names.
fn muted_text(muted: &[AlertType]) -> String {
    muted
        .iter()
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

fn muted_from(row: &Row<'_>, idx: usize) -> rusqlite::Result<Vec<AlertType>> {
    let text: String = row.get(idx)?;
    text.split(',')
        .filter(|t| !t.is_empty())
        .map(|t| AlertType::parse(t).ok_or_else(|| conversion(idx, format!("alert type {t:?}"))))
        .collect()
}

pub fn get(db: &Db, id: &str) -> Result<Subscription> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE s.subscription_id = ?1"))?;
    let mut rows = stmt.query([id])?;
    match rows.next()? {
        Some(row) => from_row(row).map_err(|e| Error::runtime(damaged_row(row, &e))),
        None => Err(Error::not_found(format!("no subscription with id {id}"))),
    }
}

/// How a listing is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    /// Next billing date, soonest first
    Next,
    /// Name, A to Z
    Name,
    /// Amount, largest first (within each currency)
    Amount,
    /// Monthly cost, largest first
    Monthly,
    /// Newest first
    Created,
}

/// Which subscriptions a listing shows.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// `None` means every status.
    pub status: Option<Status>,
    /// A category name, matched case-insensitively.
    pub category: Option<String>,
}

pub fn list(db: &Db, filter: &Filter, sort: Sort) -> Result<Vec<Subscription>> {
    let (rows, damaged) = list_readable(db, filter, sort)?;
    match damaged.into_iter().next() {
        Some(first) => Err(Error::runtime(first)),
        None => Ok(rows),
    }
}

/// `list`, reading past damaged rows (a currency that is not a code, text
/// where an amount belongs — written by another tool): the readable rows,
/// and one sentence per damaged row naming its table, id and column.
pub fn list_readable(
    db: &Db,
    filter: &Filter,
    sort: Sort,
) -> Result<(Vec<Subscription>, Vec<String>)> {
    let conn = &db.conn;
    let order = match sort {
        Sort::Next | Sort::Monthly => "s.next_billing_date, s.name",
        Sort::Name => "s.name COLLATE NOCASE, s.subscription_id",
        Sort::Amount => "s.currency, s.amount DESC, s.name",
        Sort::Created => "s.created_at DESC, s.rowid DESC",
    };
    let sql = format!(
        "{SELECT} WHERE (?1 IS NULL OR s.status = ?1) AND (?2 IS NULL OR c.name_key = ?2) ORDER BY {order}"
    );
    let mut stmt = conn.prepare(&sql)?;
    let status = filter.status.map(Status::as_str);
    let category = filter.category.as_deref().map(fold_name);
    let mut rows = Vec::new();
    let mut damaged = Vec::new();
    let mut query = stmt.query(params![status, category])?;
    while let Some(row) = query.next()? {
        match from_row(row) {
            Ok(sub) => rows.push(sub),
            Err(e) => damaged.push(damaged_row(row, &e)),
        }
    }
    if sort == Sort::Monthly {
        rows.sort_by_key(|s| std::cmp::Reverse(s.monthly_cost()));
    }
    Ok((rows, damaged))
}

/// "subscription SUB… (Netflix): column amount: …" for a row `from_row`
/// could not read.
fn damaged_row(row: &Row<'_>, err: &rusqlite::Error) -> String {
    let id: String = row.get(0).unwrap_or_else(|_| "?".into());
    let name: String = row.get(1).unwrap_or_default();
    let (column, why) = match err {
        rusqlite::Error::FromSqlConversionFailure(i, _, e) => (Some(*i), e.to_string()),
        rusqlite::Error::InvalidColumnType(i, _, t) => {
            (Some(*i), format!("holds a value of the wrong type ({t})"))
        }
        rusqlite::Error::IntegralValueOutOfRange(i, v) => {
            (Some(*i), format!("{v} is out of range"))
        }
        other => (None, other.to_string()),
    };
    let column = column
        .and_then(|i| row.as_ref().column_name(i).ok())
        .map(|c| format!("column {c}: "))
        .unwrap_or_default();
    format!(
        "subscription {id} ({name}) cannot be read: {column}{why}; correct it or restore a backup"
    )
}

/// Counts by status, for "N hidden" notes and limits.
pub fn count_by_status(db: &Db) -> Result<Vec<(Status, i64)>> {
    let conn = &db.conn;
    let mut stmt =
        conn.prepare_cached("SELECT status, count(*) FROM subscription GROUP BY status")?;
    let rows = stmt.query_map([], |row| {
        let s: String = row.get(0)?;
        let status = Status::parse(&s).ok_or_else(|| conversion(0, format!("status {s:?}")))?;
        Ok((status, row.get(1)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A subscription's name, by id.
pub fn name_of(db: &Db, id: &str) -> Result<Option<String>> {
    Ok(db
        .conn
        .query_row(
            "SELECT name FROM subscription WHERE subscription_id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?)
}

/// Subscriptions shared with members or paid by one, any status.
pub fn shared(db: &Db) -> Result<Vec<Subscription>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE s.paid_by IS NOT NULL
            OR EXISTS (SELECT 1 FROM share sh WHERE sh.subscription_id = s.subscription_id)
         ORDER BY s.name COLLATE NOCASE, s.subscription_id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Active subscriptions with a free trial or a contract (from a partial
/// index: the dashboard reads only these rows).
pub fn with_plans(db: &Db) -> Result<Vec<Subscription>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE s.status = 'active' AND (s.trial_until IS NOT NULL OR s.term_months IS NOT NULL)
         ORDER BY s.subscription_id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn count(db: &Db) -> Result<i64> {
    let conn = &db.conn;
    Ok(conn.query_row("SELECT count(*) FROM subscription", [], |r| r.get(0))?)
}

pub fn insert(db: &Db, s: &Subscription) -> Result<()> {
    let mut stmt = db.conn.prepare_cached(
        "INSERT INTO subscription (subscription_id, name, description, provider, category_id, amount,
            currency, billing_cycle, custom_cycle_days, billing_anchor, start_date, next_billing_date,
            end_date, status, payment_method, auto_renewal, reminder_days, email_notifications,
            website_url, notes, created_at, updated_at, muted_alerts, cycle_months, remind,
            trial_until, term_months, extends_by_months, notice, card_id, paid_by, statement_match)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25,
            ?26, ?27, ?28, ?29, ?30, ?31, ?32)",
    )?;
    execute(&mut stmt, s, &s.updated_at)?;
    Ok(())
}

/// Writes every mutable column of `s` and stamps `updated_at`.
pub fn update(db: &Db, s: &Subscription) -> Result<()> {
    // Numbered as the insert's columns: `created_at` (?21) is left alone.
    let mut stmt = db.conn.prepare_cached(
        "UPDATE subscription SET name = ?2, description = ?3, provider = ?4, category_id = ?5,
            amount = ?6, currency = ?7, billing_cycle = ?8, custom_cycle_days = ?9,
            billing_anchor = ?10, start_date = ?11, next_billing_date = ?12, end_date = ?13,
            status = ?14, payment_method = ?15, auto_renewal = ?16, reminder_days = ?17,
            email_notifications = ?18, website_url = ?19, notes = ?20, updated_at = ?22,
            muted_alerts = ?23, cycle_months = ?24, remind = ?25, trial_until = ?26,
            term_months = ?27, extends_by_months = ?28, notice = ?29, card_id = ?30,
            paid_by = ?31, statement_match = ?32
         WHERE subscription_id = ?1",
    )?;
    if execute(&mut stmt, s, &db.now())? == 0 {
        return Err(Error::not_found(format!(
            "no subscription with id {}",
            s.id
        )));
    }
    Ok(())
}

/// Runs the insert or the update with every column of `s` bound, in the
/// insert's order (`?1` … `?32`); `updated_at` is the stamp to write.
fn execute(stmt: &mut Statement<'_>, s: &Subscription, updated_at: &str) -> Result<usize> {
    let (kind, days, months) = super::cycle_columns(s.cycle);
    let plan = plan_columns(s);
    Ok(stmt.execute(params![
        s.id,
        s.name,
        s.description,
        s.provider,
        s.category_id,
        s.amount.cents(),
        s.currency.code(),
        kind,
        days,
        date_str(s.anchor),
        date_str(s.start_date),
        date_str(s.next_billing_date),
        s.end_date.map(date_str),
        s.status.as_str(),
        s.payment_method.as_str(),
        s.auto_renewal,
        s.reminder_days,
        s.email_notifications,
        s.website_url,
        s.notes,
        s.created_at,
        updated_at,
        muted_text(&s.muted),
        months,
        remind_text(&s.remind),
        plan.0,
        plan.1,
        plan.2,
        plan.3,
        s.card_id,
        s.paid_by.as_ref().map(|m| m.id),
        s.statement_match,
    ])?)
}

/// The id of an active subscription with the same name (any case), amount,
/// currency and cycle — most likely the same subscription again.
pub fn same_active(
    db: &Db,
    name: &str,
    amount: Money,
    currency: Currency,
    cycle: Cycle,
) -> Result<Option<String>> {
    let (kind, days, months) = super::cycle_columns(cycle);
    Ok(db
        .conn
        .prepare_cached(
            "SELECT subscription_id FROM subscription
             WHERE status = 'active' AND lower(name) = lower(?1)
               AND amount = ?2 AND currency = ?3 AND billing_cycle = ?4
               AND custom_cycle_days IS ?5 AND cycle_months = ?6
             LIMIT 1",
        )?
        .query_row(
            params![name, amount.cents(), currency.code(), kind, days, months],
            |r| r.get(0),
        )
        .optional()?)
}

/// The keys `same_active` compares, for every active subscription, read
/// once: an import checks each row against them in memory instead of
/// scanning the table per row (which made large imports quadratic).
#[derive(Debug, Default)]
pub struct ActiveKeys(std::collections::HashSet<ActiveKey>);

/// Name folded as SQLite's `lower()` folds it, amount in cents, currency
/// code, and the cycle's columns.
type ActiveKey = (String, i64, String, &'static str, Option<u16>, u16);

impl ActiveKeys {
    pub fn load(db: &Db) -> Result<ActiveKeys> {
        let mut keys = ActiveKeys::default();
        let mut stmt = db.conn.prepare_cached(
            "SELECT name, amount, currency, billing_cycle, custom_cycle_days, cycle_months
             FROM subscription WHERE status = 'active'",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let name: String = row.get(0)?;
            let kind: String = row.get(3)?;
            let days: Option<i64> = row.get(4)?;
            let months: i64 = row.get(5)?;
            // A row that does not read as a cycle matches no imported row.
            let Ok(cycle) = super::cycle_from_columns(&kind, days, months) else {
                continue;
            };
            let currency: String = row.get(2)?;
            keys.0
                .insert(Self::key(&name, row.get(1)?, &currency, cycle));
        }
        Ok(keys)
    }

    /// `lower()` in SQLite folds ASCII only; so does the key.
    fn key(name: &str, cents: i64, currency: &str, cycle: Cycle) -> ActiveKey {
        let (kind, days, months) = super::cycle_columns(cycle);
        (
            name.to_ascii_lowercase(),
            cents,
            currency.to_string(),
            kind,
            days,
            months,
        )
    }

    /// Whether an active subscription has this name (in any ASCII case),
    /// amount, currency and cycle.
    pub fn contains(&self, name: &str, amount: Money, currency: Currency, cycle: Cycle) -> bool {
        self.0
            .contains(&Self::key(name, amount.cents(), currency.code(), cycle))
    }

    pub fn insert(&mut self, name: &str, amount: Money, currency: Currency, cycle: Cycle) {
        self.0
            .insert(Self::key(name, amount.cents(), currency.code(), cycle));
    }
}

/// Deletes a subscription; its payments, usage logs, alerts and price
/// history go with it (ON DELETE CASCADE).
pub fn delete(db: &Db, id: &str) -> Result<()> {
    let conn = &db.conn;
    conn.execute("DELETE FROM subscription WHERE subscription_id = ?1", [id])?;
    Ok(())
}

pub fn record_price_change(db: &Db, id: &str, change: &PriceChange) -> Result<i64> {
    let conn = &db.conn;
    conn.prepare_cached(
        "INSERT INTO price_history (subscription_id, changed_on, old_amount, new_amount, currency,
            old_cycle, new_cycle, created_at, uid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        id,
        date_str(change.changed_on),
        change.old_amount.cents(),
        change.new_amount.cents(),
        change.currency.code(),
        change.old_cycle.map(Cycle::code),
        change.new_cycle.map(Cycle::code),
        db.now(),
        db.new_uid(),
    ])?;
    Ok(conn.last_insert_rowid())
}

/// The columns `price_row` reads, after any others (from `offset`).
const PRICE_COLUMNS: &str = "changed_on, old_amount, new_amount, currency, old_cycle, new_cycle";

fn price_row(row: &Row<'_>, at: usize) -> rusqlite::Result<PriceChange> {
    let cycle = |i: usize| -> rusqlite::Result<Option<Cycle>> {
        let code: Option<String> = row.get(at + i)?;
        code.map(|c| Cycle::from_code(&c).map_err(|e| conversion(at + i, e)))
            .transpose()
    };
    let currency: String = row.get(at + 3)?;
    Ok(PriceChange {
        changed_on: get_date(row, at)?,
        old_amount: Money::from_cents(row.get(at + 1)?).map_err(|e| conversion(at + 1, e))?,
        new_amount: Money::from_cents(row.get(at + 2)?).map_err(|e| conversion(at + 2, e))?,
        currency: Currency::parse(&currency).map_err(|e| conversion(at + 3, e))?,
        old_cycle: cycle(4)?,
        new_cycle: cycle(5)?,
    })
}

pub fn price_history(db: &Db, id: &str) -> Result<Vec<PriceChange>> {
    let mut stmt = db.conn.prepare_cached(&format!(
        "SELECT {PRICE_COLUMNS} FROM price_history WHERE subscription_id = ?1 ORDER BY changed_on, id"
    ))?;
    let rows = stmt.query_map([id], |row| price_row(row, 0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A candidate for a user's reference.
#[derive(Clone, Debug)]
struct Candidate {
    id: String,
    name: String,
    status: String,
    amount: Money,
    currency: String,
}

impl Named for Candidate {
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
}

impl Candidate {
    fn describe(&self) -> String {
        format!(
            "{} ({}, {}, {} {})",
            self.name.escape_debug(),
            self.id,
            self.status,
            self.amount,
            self.currency
        )
    }
}

/// `resolve` for a reference that may be absent (a filter's subscription).
pub fn resolve_optional(db: &Db, reference: Option<&str>) -> Result<Option<String>> {
    reference.map(|r| resolve(db, r)).transpose()
}

/// Resolves what a user typed to one subscription id: the full id, a
/// unique id prefix, the exact name in any case, a unique name prefix or a
/// unique part of the name (see `domain::reference`). Several matches are
/// "ambiguous" and listed; none is "not found" with the closest names; both
/// exit 3.
pub fn resolve(db: &Db, reference: &str) -> Result<String> {
    let conn = &db.conn;
    let wanted = reference.trim();
    if wanted.is_empty() {
        return Err(Error::invalid(
            "a subscription reference must not be empty; give its name or id",
        ));
    }
    let exact: Option<String> = conn
        .query_row(
            "SELECT subscription_id FROM subscription WHERE subscription_id = ?1",
            [wanted],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = exact {
        return Ok(id);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT subscription_id, name, status, amount, currency FROM subscription
         ORDER BY name COLLATE NOCASE, subscription_id",
    )?;
    let all = stmt
        .query_map([], |r| {
            Ok(Candidate {
                id: r.get(0)?,
                name: r.get(1)?,
                status: r.get(2)?,
                amount: Money::from_cents(r.get(3)?).map_err(|e| conversion(3, e))?,
                currency: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    match reference::find(wanted, &all) {
        Found::One(one) => Ok(one.id.clone()),
        Found::Many(many) => {
            let listed: Vec<String> = many.iter().take(10).map(|c| c.describe()).collect();
            Err(Error::not_found(format!(
                "\"{}\" is ambiguous: it matches {} subscriptions: {}; use more of the name, or the id",
                wanted.escape_debug(),
                many.len(),
                listed.join(", ")
            )))
        }
        Found::None(near) => {
            let hint = did_you_mean(&near);
            Err(Error::not_found(format!(
                "no subscription matches \"{}\"{hint} (`subs list --status all` shows every name and id)",
                wanted.escape_debug()
            )))
        }
    }
}

/// Active subscriptions that renewal processing must look at: a billing
/// date on or before `today`, or an end date before it. Served by the
/// partial index on active subscriptions.
pub fn due_for_renewal(db: &Db, today: chrono::NaiveDate) -> Result<Vec<Subscription>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE s.status = 'active'
            AND (s.next_billing_date <= ?1 OR (s.end_date IS NOT NULL AND s.end_date < ?1))
         ORDER BY s.next_billing_date, s.subscription_id"
    ))?;
    let rows = stmt.query_map([date_str(today)], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Active subscriptions billing on or before `until` (for the calendar).
pub fn active_billing_until(db: &Db, until: chrono::NaiveDate) -> Result<Vec<Subscription>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE s.status = 'active' AND s.next_billing_date <= ?1
         ORDER BY s.next_billing_date, s.subscription_id"
    ))?;
    let rows = stmt.query_map([date_str(until)], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn set_next_billing(db: &Db, id: &str, next: chrono::NaiveDate) -> Result<()> {
    let conn = &db.conn;
    conn.prepare_cached(
        "UPDATE subscription SET next_billing_date = ?2, updated_at = ?3 WHERE subscription_id = ?1",
    )?
    .execute(params![id, date_str(next), db.now()])?;
    Ok(())
}

pub fn set_status(db: &Db, id: &str, status: Status) -> Result<()> {
    let conn = &db.conn;
    conn.prepare_cached(
        "UPDATE subscription SET status = ?2, updated_at = ?3 WHERE subscription_id = ?1",
    )?
    .execute(params![id, status.as_str(), db.now()])?;
    Ok(())
}

/// The `limit` most recently created subscriptions.
pub fn newest(db: &Db, limit: i64) -> Result<Vec<Subscription>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} ORDER BY s.created_at DESC, s.rowid DESC LIMIT ?1"
    ))?;
    let rows = stmt.query_map([limit], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Every price change, oldest first, with its subscription id.
pub fn all_price_history(db: &Db) -> Result<Vec<(String, PriceChange)>> {
    let mut stmt = db.conn.prepare_cached(&format!(
        "SELECT subscription_id, {PRICE_COLUMNS} FROM price_history ORDER BY changed_on, id"
    ))?;
    let rows = stmt.query_map([], |row| Ok((row.get(0)?, price_row(row, 1)?)))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
