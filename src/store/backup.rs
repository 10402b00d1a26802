//! Every table as rows for a lossless JSON backup, and the statements that
//! put such rows back (ids, timestamps and raw JSON columns kept).

use rusqlite::{OptionalExtension, Row, params};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::Db;
use super::spec::{self, Sql, TableSpec};
use crate::domain::validate::fold_name;
use crate::error::Result;

/// Hundredths as an exact decimal for JSON, and back.
fn cents(d: Decimal) -> Option<i64> {
    let scaled = d * Decimal::ONE_HUNDRED;
    if scaled.fract().is_zero() {
        scaled.trunc().to_string().parse().ok()
    } else {
        None
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigRow {
    pub key: String,
    pub value: String,
    pub updated_at: String,
}

/// A notification channel: its settings name the variable a secret is
/// read from, never the secret.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub settings: JsonText,
    pub min_severity: String,
    pub alert_types: String,
    pub digest: bool,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateRow {
    pub currency: String,
    pub base: String,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub rate: Decimal,
    pub set_on: String,
    pub updated_at: String,
    /// `ecb` for a fetched rate; absent for one typed by hand.
    #[serde(default = "manual", skip_serializing_if = "is_manual")]
    pub source: String,
}

fn manual() -> String {
    "manual".into()
}

fn is_manual(source: &str) -> bool {
    source == "manual"
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryRow {
    pub id: i64,
    pub name: String,
    pub color: String,
    pub icon: String,
    pub created_at: String,
    /// The global id; absent in backups of format version 1.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionRow {
    pub subscription_id: String,
    pub name: String,
    pub description: Option<String>,
    pub provider: String,
    pub category_id: Option<i64>,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub amount: Decimal,
    pub currency: String,
    pub billing_cycle: String,
    pub custom_cycle_days: Option<i64>,
    pub start_date: String,
    pub billing_anchor: String,
    pub next_billing_date: String,
    pub end_date: Option<String>,
    pub status: String,
    pub payment_method: String,
    pub auto_renewal: bool,
    pub reminder_days: i64,
    pub email_notifications: bool,
    pub website_url: Option<String>,
    pub notes: Option<String>,
    /// JSON columns: objects in a backup (strings in versions 1 and 2).
    pub ai_insights: JsonText,
    pub usage_tracking: JsonText,
    pub created_at: String,
    pub updated_at: String,
    /// Alert types it does not raise, comma-separated; absent when none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub muted_alerts: String,
    /// With billing_cycle "monthly": every this many months; absent when 1.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub cycle_months: i64,
    /// Reminder lead times, comma-separated days; absent when none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub remind: String,
    /// A free trial's last day; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_until: Option<String>,
    /// A contract: minimum term and extensions in months, notice (`30d`,
    /// `1m`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term_months: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extends_by_months: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
    /// The card it is charged to (its id in this file); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_id: Option<i64>,
    /// The member who pays it (its id in this file); absent: me.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_by: Option<i64>,
    /// The descriptors its charges carry on a bank statement; absent when
    /// none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_match: Option<String>,
}

fn one() -> i64 {
    1
}

fn is_one(n: &i64) -> bool {
    *n == 1
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaymentRow {
    pub id: i64,
    pub subscription_id: String,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub amount: Decimal,
    pub currency: String,
    pub payment_date: String,
    pub due_date: String,
    pub status: String,
    pub transaction_id: Option<String>,
    pub notes: Option<String>,
    pub created_at: String,
    /// The global id; absent in backups of format version 1.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsageRow {
    pub id: i64,
    pub subscription_id: String,
    pub usage_date: String,
    pub usage_count: i64,
    pub usage_duration: Option<i64>,
    #[serde(with = "rust_decimal::serde::arbitrary_precision_option", default)]
    pub usage_value: Option<Decimal>,
    pub notes: Option<String>,
    pub created_at: String,
    /// The global id; absent in backups of format version 1.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlertRow {
    pub id: i64,
    pub subscription_id: Option<String>,
    pub alert_type: String,
    pub title: String,
    pub message: String,
    pub alert_date: String,
    pub is_read: bool,
    pub is_dismissed: bool,
    pub occurrence: String,
    pub created_at: String,
    /// The global id; absent in backups of format version 1.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
}

/// A member of shared plans ("me" has no row).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberRow {
    pub id: i64,
    pub name: String,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
}

/// One member's part of a shared plan (`member_id` absent: me).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShareRow {
    pub id: i64,
    pub subscription_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_id: Option<i64>,
    pub position: i64,
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
}

/// A payment card.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    /// YYYY-MM
    pub expires: String,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
}

/// A monthly budget: overall (no category) or one category's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetRow {
    pub id: i64,
    pub category_id: Option<i64>,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub amount: Decimal,
    pub currency: String,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriceRow {
    pub id: i64,
    pub subscription_id: String,
    pub changed_on: String,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub old_amount: Decimal,
    #[serde(with = "rust_decimal::serde::arbitrary_precision")]
    pub new_amount: Decimal,
    pub currency: String,
    /// The billing cycles before and after (`monthly`, `custom:30`); absent
    /// in older records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_cycle: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_cycle: Option<String>,
    pub created_at: String,
    /// The global id; absent in backups of format version 1.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlertTallyRow {
    pub alert_type: String,
    pub total: i64,
    pub read: i64,
}

/// A table of the backup, in the order rows must be restored.
pub trait Table: Serialize + for<'de> Deserialize<'de> + PartialEq + Sized {
    /// The table's spec: its section, SQL table, columns, key, references.
    const SPEC: &'static TableSpec;
    /// The section's name in a backup file.
    const NAME: &'static str = Self::SPEC.section;
    /// The SQL table the rows live in.
    const TABLE: &'static str = Self::SPEC.table;
    /// The row's fields in the order `from_row` reads them and `insert`
    /// binds them: the spec's columns.
    const FIELDS: &'static [&'static str];
    /// The statements built from the spec (once).
    fn sql() -> &'static Sql;
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self>;
    /// The primary key, as text for duplicate detection and reports.
    fn key(&self) -> String;
    fn insert(&self, db: &Db) -> rusqlite::Result<usize>;
    /// The primary key as bound in SQL: the key's text, unless the table
    /// is keyed by a local integer id (`global_id!`).
    fn key_param(&self) -> rusqlite::types::Value {
        self.key().into()
    }
    /// The global id, for tables that have one.
    fn uid(&self) -> Option<&str> {
        None
    }
    fn set_uid(&mut self, _uid: String) {}
    /// The local integer id, for tables that have one.
    fn id(&self) -> Option<i64> {
        None
    }
    fn set_id(&mut self, _id: i64) {}
    /// For a row others refer to and that merges by name (a category, a
    /// card): its id and name.
    fn as_named(&self) -> Option<(i64, &str)> {
        None
    }
    /// Points a row's references (category, card) at the ids the database
    /// uses.
    fn remap_refs(&mut self, _map: &IdMap) {}
    /// For a setting row: its key and value.
    fn as_setting(&self) -> Option<(&str, &str)> {
        None
    }
    /// For a row that decides where subs sends requests (a channel): what
    /// to call it when it is left out of an import.
    fn steers_traffic(&self) -> Option<String> {
        None
    }
    /// For a row that is unique per occurrence: the subscription it
    /// belongs to and what it is ("renewal_reminder alert for 2026-11-27").
    fn occurrence(&self) -> Option<(&str, String)> {
        None
    }
    /// Whether the row would break a rule the schema cannot hold (a second
    /// settlement of one charge); such a row is left out like a duplicate
    /// of its `occurrence`.
    fn clashes(&self, _db: &Db) -> rusqlite::Result<bool> {
        Ok(false)
    }
}

/// Local ids of rows that merge by name (categories, cards), by table and
/// the file's id: a file's row may be stored under another id here.
pub type IdMap = std::collections::HashMap<(&'static str, i64), i64>;

/// A reference to a row of `table`, pointed at the id the database uses.
fn remapped(map: &IdMap, table: &'static str, id: Option<i64>) -> Option<i64> {
    id.map(|old| map.get(&(table, old)).copied().unwrap_or(old))
}

/// The id of the row of `table` (a table of named rows) with this name,
/// any case.
pub fn find_named(db: &Db, table: &'static str, name: &str) -> Result<Option<i64>> {
    Ok(db
        .conn
        .prepare_cached(&format!("SELECT id FROM \"{table}\" WHERE name_key = ?1"))?
        .query_row([fold_name(name)], |r| r.get(0))
        .optional()?)
}

/// A `Table`'s spec, and its statements built once from it.
macro_rules! spec {
    ($spec:expr) => {
        const SPEC: &'static TableSpec = &$spec;
        fn sql() -> &'static Sql {
            static SQL: std::sync::OnceLock<Sql> = std::sync::OnceLock::new();
            SQL.get_or_init(|| Sql::of(&$spec))
        }
    };
}

/// The `Table` methods of a table whose rows have a local integer `id` and
/// a global `uid`: rows are the same row when their uids match (or, for a
/// backup without uids, their ids).
/// `global_id!(named)`: and rows others refer to that merge by name.
macro_rules! global_id {
    (named) => {
        global_id!();
        fn as_named(&self) -> Option<(i64, &str)> {
            Some((self.id, &self.name))
        }
    };
    () => {
        fn uid(&self) -> Option<&str> {
            Some(&self.uid)
        }
        fn set_uid(&mut self, uid: String) {
            self.uid = uid;
        }
        fn id(&self) -> Option<i64> {
            Some(self.id)
        }
        fn set_id(&mut self, id: i64) {
            self.id = id;
        }
        fn key(&self) -> String {
            if self.uid.is_empty() {
                self.id.to_string()
            } else {
                self.uid.clone()
            }
        }
        fn key_param(&self) -> rusqlite::types::Value {
            self.id.into()
        }
    };
}

/// `remap_refs` of a row whose fields refer to rows that merge by name
/// (`category_id => CATEGORIES`), keyed in the `IdMap` by that spec's table.
macro_rules! refs {
    ($($field:ident => $spec:ident),+ $(,)?) => {
        fn remap_refs(&mut self, map: &IdMap) {
            $(self.$field = remapped(map, spec::$spec.table, self.$field);)+
        }
    };
}

/// `from_row` and `insert` from one list of the row's fields, in its
/// spec's column order (the unit test holds the two to one order). A field
/// stored otherwise than it is held names its conversion in `stored`
/// (`amount: cents`); a computed column follows the list
/// (`fold_name(name)`: the folded name, from the field `name`).
macro_rules! columns {
    ($row:ident { $($field:ident $(: $conv:ident)?),+ $(,)? } $(, $compute:ident($from:ident))?) => {
        const FIELDS: &'static [&'static str] = &[$(stringify!($field)),+];
        fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
            let mut at = 0;
            let mut next = || {
                at += 1;
                at - 1
            };
            Ok($row {
                $($field: columns!(@read r, next() $(, $conv)?)),+
            })
        }
        fn insert(&self, db: &Db) -> rusqlite::Result<usize> {
            db.conn.prepare_cached(&Self::sql().insert)?.execute(params![
                $(columns!(@bind self.$field $(, $conv)?)),+
                $(, $compute(&self.$from))?
            ])
        }
    };
    (@read $r:ident, $at:expr) => { $r.get($at)? };
    (@read $r:ident, $at:expr, $conv:ident) => { stored::$conv::read($r, $at)? };
    (@bind $value:expr) => { $value };
    (@bind $value:expr, $conv:ident) => { stored::$conv::bind(&$value) };
}

/// The columns whose stored form is not the row's: money as integer
/// hundredths, a rate as its decimal text.
mod stored {
    use rusqlite::Row;
    use rust_decimal::Decimal;

    use crate::domain::money::cents_to_decimal;

    pub mod cents {
        use super::*;

        pub fn read(r: &Row<'_>, at: usize) -> rusqlite::Result<Decimal> {
            Ok(cents_to_decimal(r.get(at)?))
        }

        pub fn bind(amount: &Decimal) -> Option<i64> {
            super::super::cents(*amount)
        }
    }

    pub mod maybe_cents {
        use super::*;

        pub fn read(r: &Row<'_>, at: usize) -> rusqlite::Result<Option<Decimal>> {
            Ok(r.get::<_, Option<i64>>(at)?.map(cents_to_decimal))
        }

        pub fn bind(amount: &Option<Decimal>) -> Option<i64> {
            amount.and_then(super::super::cents)
        }
    }

    pub mod decimal_text {
        use super::*;

        pub fn read(r: &Row<'_>, at: usize) -> rusqlite::Result<Decimal> {
            let text: String = r.get(at)?;
            text.parse()
                .map_err(|e: rust_decimal::Error| crate::store::conversion(at, e.to_string()))
        }

        pub fn bind(rate: &Decimal) -> String {
            rate.to_string()
        }
    }
}

impl Table for ConfigRow {
    spec!(spec::CONFIG);
    columns!(ConfigRow {
        key,
        value,
        updated_at
    });
    fn as_setting(&self) -> Option<(&str, &str)> {
        Some((&self.key, &self.value))
    }
    fn key(&self) -> String {
        self.key.clone()
    }
}

impl Table for ChannelRow {
    spec!(spec::CHANNELS);
    columns!(ChannelRow {
        id,
        name,
        kind,
        settings,
        min_severity,
        alert_types,
        digest,
        created_at,
        uid
    });
    global_id!();
    fn steers_traffic(&self) -> Option<String> {
        Some(format!("channel {} ({})", self.name, self.kind))
    }
}

impl Table for RateRow {
    spec!(spec::RATES);
    columns!(RateRow {
        currency,
        base,
        rate: decimal_text,
        set_on,
        updated_at,
        source
    });
    fn key(&self) -> String {
        self.currency.clone()
    }
}

impl Table for CategoryRow {
    spec!(spec::CATEGORIES);
    columns!(
        CategoryRow {
            id,
            name,
            color,
            icon,
            created_at,
            uid
        },
        fold_name(name)
    );
    global_id!(named);
}

impl Table for SubscriptionRow {
    spec!(spec::SUBSCRIPTIONS);
    columns!(SubscriptionRow {
        subscription_id,
        name,
        description,
        provider,
        category_id,
        amount: cents,
        currency,
        billing_cycle,
        custom_cycle_days,
        start_date,
        billing_anchor,
        next_billing_date,
        end_date,
        status,
        payment_method,
        auto_renewal,
        reminder_days,
        email_notifications,
        website_url,
        notes,
        ai_insights,
        usage_tracking,
        created_at,
        updated_at,
        muted_alerts,
        cycle_months,
        remind,
        trial_until,
        term_months,
        extends_by_months,
        notice,
        card_id,
        paid_by,
        statement_match
    });
    refs!(category_id => CATEGORIES, card_id => CARDS, paid_by => MEMBERS);
    fn key(&self) -> String {
        self.subscription_id.clone()
    }
}

impl Table for PaymentRow {
    spec!(spec::PAYMENTS);
    columns!(PaymentRow {
        id,
        subscription_id,
        amount: cents,
        currency,
        payment_date,
        due_date,
        status,
        transaction_id,
        notes,
        created_at,
        uid
    });
    fn occurrence(&self) -> Option<(&str, String)> {
        Some((
            &self.subscription_id,
            format!("payment for the charge due {}", self.due_date),
        ))
    }
    /// One settlement per charge, for imports as for sync: a payment (paid
    /// or pending) for a charge already settled here is the same charge
    /// paid on two diverged copies.
    fn clashes(&self, db: &Db) -> rusqlite::Result<bool> {
        if !matches!(self.status.as_str(), "paid" | "pending") {
            return Ok(false);
        }
        db.conn
            .prepare_cached(
                "SELECT coalesce(sum(CASE WHEN status IN ('paid', 'pending') THEN amount END), 0)
                      > coalesce(sum(CASE WHEN status = 'refunded' THEN amount END), 0)
                 FROM payment WHERE subscription_id = ?1 AND due_date = ?2",
            )?
            .query_row(params![self.subscription_id, self.due_date], |r| r.get(0))
    }
    global_id!();
}

impl Table for UsageRow {
    spec!(spec::USAGE);
    columns!(UsageRow {
        id,
        subscription_id,
        usage_date,
        usage_count,
        usage_duration,
        usage_value: maybe_cents,
        notes,
        created_at,
        uid
    });
    global_id!();
}

impl Table for AlertRow {
    spec!(spec::ALERTS);
    columns!(AlertRow {
        id,
        subscription_id,
        alert_type,
        title,
        message,
        alert_date,
        is_read,
        is_dismissed,
        occurrence,
        created_at,
        uid
    });
    fn occurrence(&self) -> Option<(&str, String)> {
        Some((
            self.subscription_id.as_deref()?,
            format!("{} alert for {}", self.alert_type, self.occurrence),
        ))
    }
    global_id!();
}

impl Table for MemberRow {
    spec!(spec::MEMBERS);
    columns!(
        MemberRow {
            id,
            name,
            created_at,
            uid
        },
        fold_name(name)
    );
    global_id!(named);
}

impl Table for ShareRow {
    spec!(spec::SHARES);
    columns!(ShareRow {
        id,
        subscription_id,
        member_id,
        position,
        kind,
        value,
        created_at,
        uid
    });
    refs!(member_id => MEMBERS);
    global_id!();
}

impl Table for CardRow {
    spec!(spec::CARDS);
    columns!(
        CardRow {
            id,
            name,
            kind,
            expires,
            created_at,
            uid
        },
        fold_name(name)
    );
    global_id!(named);
}

impl Table for BudgetRow {
    spec!(spec::BUDGETS);
    columns!(BudgetRow {
        id,
        category_id,
        amount: cents,
        currency,
        created_at,
        uid
    });
    refs!(category_id => CATEGORIES);
    global_id!();
}

impl Table for PriceRow {
    spec!(spec::PRICE_HISTORY);
    columns!(PriceRow {
        id,
        subscription_id,
        changed_on,
        old_amount: cents,
        new_amount: cents,
        currency,
        old_cycle,
        new_cycle,
        created_at,
        uid
    });
    global_id!();
}

impl Table for AlertTallyRow {
    spec!(spec::ALERT_TALLY);
    columns!(AlertTallyRow {
        alert_type,
        total,
        read
    });
    fn key(&self) -> String {
        self.alert_type.clone()
    }
}

/// Streams every row of a table to `f`, in key order.
pub fn for_each<T: Table>(db: &Db, mut f: impl FnMut(T) -> Result<()>) -> Result<()> {
    let conn = &db.conn;
    let mut stmt = conn.prepare(&T::sql().select)?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        f(T::from_row(row)?)?;
    }
    Ok(())
}

/// The stored row that is the same row: the one with its global id when
/// it has one (a backup of format 2), else the one with its key.
pub fn existing<T: Table>(db: &Db, row: &T) -> Result<Option<T>> {
    let conn = &db.conn;
    let found = match (&T::sql().find_by_uid, row.uid().filter(|u| !u.is_empty())) {
        (Some(sql), Some(uid)) => conn
            .prepare_cached(sql)?
            .query_row([uid], |r| T::from_row(r))
            .optional()?,
        _ => conn
            .prepare_cached(&T::sql().exists)?
            .query_row([row.key_param()], |r| T::from_row(r))
            .optional()?,
    };
    Ok(found)
}

/// Restores a row. A row without a global id (format 1) gets a new one;
/// a row whose local id is taken by another row gets a fresh local id (ids
/// are per database; the global id is what identifies it). Returns the
/// local id the row got, for tables that have one.
pub fn restore<T: Table>(db: &Db, row: &mut T) -> Result<Restored> {
    if row.uid().is_some_and(str::is_empty) {
        row.set_uid(db.new_uid());
    }
    if row.clashes(db)? {
        return Ok(Restored::Duplicate);
    }
    match row.insert(db) {
        Ok(_) => Ok(Restored::Inserted(
            row.id().map(|_| db.conn.last_insert_rowid()),
        )),
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
        {
            Ok(Restored::Duplicate)
        }
        Err(e) => Err(e.into()),
    }
}

/// What `restore` did with a row.
pub enum Restored {
    /// Stored, under this local id (for tables that have one).
    Inserted(Option<i64>),
    /// Not stored: a row here already holds its unique occurrence (an
    /// alert raised, or a charge paid, on both of two diverged copies).
    Duplicate,
}

/// The first foreign-key violation, as (table, rowid, parent).
pub fn first_fk_violation(db: &Db) -> Result<Option<(String, i64, String)>> {
    let conn = &db.conn;
    Ok(conn
        .query_row("PRAGMA foreign_key_check", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?)
}

/// Whether the table holds any row.
pub fn has_rows<T: Table>(db: &Db) -> Result<bool> {
    Ok(db.conn.query_row(
        &format!("SELECT EXISTS (SELECT 1 FROM {})", T::TABLE),
        [],
        |r| r.get(0),
    )?)
}

/// Readies the transaction for a bulk restore: rows may refer to rows later
/// in the file, so foreign keys are checked at commit (and by
/// `first_fk_violation` before it); a larger page cache keeps index updates
/// of big files in memory instead of spilling to the WAL (about a third
/// faster for 2M rows).
pub fn prepare_restore(db: &Db) -> Result<()> {
    db.conn
        .execute_batch("PRAGMA defer_foreign_keys = ON; PRAGMA cache_size = -98304")?;
    Ok(())
}

/// A column holding JSON text. A backup shows it as the JSON it holds (an
/// object, not a string with escaped quotes); it reads either form, so
/// backups written before format version 3 still load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonText(pub String);

impl Serialize for JsonText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match serde_json::from_str::<serde_json::Value>(&self.0) {
            Ok(value) => value.serialize(s),
            // Not JSON after all: kept as the text it is.
            Err(_) => s.serialize_str(&self.0),
        }
    }
}

impl<'de> Deserialize<'de> for JsonText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Ok(match serde_json::Value::deserialize(d)? {
            serde_json::Value::String(text) => JsonText(text),
            value => JsonText(value.to_string()),
        })
    }
}

impl rusqlite::types::FromSql for JsonText {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        String::column_result(value).map(JsonText)
    }
}

impl rusqlite::types::ToSql for JsonText {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        self.0.to_sql()
    }
}

#[cfg(test)]
mod tests {
    type TestResult = Result<(), Box<dyn std::error::Error>>;

    use std::collections::BTreeSet;

    use serde::de::{self, Visitor};

    use super::*;
    use crate::clock::Clock;
    use crate::store::Store;

    /// A deserializer that only asks a struct for its field names.
    struct Probe<'a>(&'a mut Option<&'static [&'static str]>);

    impl<'de> serde::Deserializer<'de> for Probe<'_> {
        type Error = de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(
            self,
            _: V,
        ) -> std::result::Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> std::result::Result<V::Value, Self::Error> {
            *self.0 = Some(fields);
            Err(de::Error::custom("probed"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map
            enum identifier ignored_any
        }
    }

    /// The backup row's fields: the names its JSON section uses.
    fn row<T: Table>() -> (&'static TableSpec, &'static str, BTreeSet<&'static str>) {
        let mut fields = None;
        let _ = T::deserialize(Probe(&mut fields));
        let name = std::any::type_name::<T>().rsplit("::").next().unwrap_or("");
        let fields = fields.unwrap_or(&[]);
        // One list in one order, or a value would land in another column.
        assert_eq!(
            fields,
            T::FIELDS,
            "{name}: its fields and its columns! list"
        );
        assert_eq!(
            T::FIELDS,
            T::SPEC.columns,
            "{name}: its columns! list and its spec"
        );
        (T::SPEC, name, fields.iter().copied().collect())
    }

    fn differences(
        schema: &BTreeSet<String>,
        list: &BTreeSet<&str>,
        table: &str,
        list_name: &str,
    ) -> Vec<String> {
        let mut out = Vec::new();
        for column in schema {
            if !list.contains(column.as_str()) {
                out.push(format!(
                    "{table}.{column} is in the schema but not in {list_name}"
                ));
            }
        }
        for name in list {
            if !schema.contains(*name) {
                out.push(format!(
                    "{table}.{name} is in {list_name} but not in the schema"
                ));
            }
        }
        out
    }

    /// Every spec against a freshly migrated database: its columns, the
    /// backup row's fields and its references name what the schema has,
    /// so a new column not added to each list fails here, naming the list.
    #[test]
    fn every_spec_and_backup_row_matches_the_schema() -> TestResult {
        let dir = tempfile::tempdir()?;
        let store = Store::open(&dir.path().join("subs.db"), Clock::system())?;
        let conn = &store.db().conn;
        let rows = [
            row::<ConfigRow>(),
            row::<ChannelRow>(),
            row::<RateRow>(),
            row::<CategoryRow>(),
            row::<CardRow>(),
            row::<MemberRow>(),
            row::<SubscriptionRow>(),
            row::<ShareRow>(),
            row::<PaymentRow>(),
            row::<UsageRow>(),
            row::<AlertRow>(),
            row::<AlertTallyRow>(),
            row::<PriceRow>(),
            row::<BudgetRow>(),
        ];
        let mut problems = Vec::new();
        let sections: Vec<&str> = rows.iter().map(|(s, _, _)| s.section).collect();
        let specs: Vec<&str> = spec::SPECS.iter().map(|s| s.section).collect();
        if sections != specs {
            problems.push(format!(
                "store::spec::SPECS {specs:?} is not the backup rows' tables {sections:?}"
            ));
        }
        for (spec, row_name, fields) in &rows {
            let table = spec.table;
            let schema: BTreeSet<String> = conn
                .prepare("SELECT name FROM pragma_table_info(?1)")?
                .query_map([table], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if schema.is_empty() {
                problems.push(format!("no table {table} in the schema"));
                continue;
            }
            let stored: BTreeSet<&str> = spec.stored_columns().collect();
            let columns: BTreeSet<&str> = spec.columns.iter().copied().collect();
            problems.extend(differences(
                &schema,
                &stored,
                table,
                "its store::spec (columns or computed)",
            ));
            let backed_up: BTreeSet<String> = schema
                .iter()
                .filter(|c| !spec.computed.contains(&c.as_str()))
                .cloned()
                .collect();
            problems.extend(differences(
                &backed_up,
                fields,
                table,
                &format!("the backup row store::backup::{row_name}"),
            ));
            if stored.len() != spec.columns.len() + spec.computed.len()
                || columns.len() != spec.columns.len()
            {
                problems.push(format!("{table}: a column is listed twice in its spec"));
            }
            if !columns.contains(spec.key) {
                problems.push(format!("{table}: its key {} is not a column", spec.key));
            }
            if spec.global_id && (spec.columns.first() != Some(&"id") || !columns.contains("uid")) {
                problems.push(format!(
                    "{table}: a table with global ids starts with id and has uid"
                ));
            }
            let foreign: BTreeSet<(String, String)> = conn
                .prepare("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?1)")?
                .query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let references: BTreeSet<(String, String)> = spec
                .references
                .iter()
                .map(|(column, target)| (column.to_string(), target.table.to_string()))
                .collect();
            if foreign != references {
                problems.push(format!(
                    "{table}: its foreign keys {foreign:?} are not its spec's references {references:?}"
                ));
            }
            for unique in spec.unique {
                for column in *unique {
                    if !columns.contains(column) {
                        problems.push(format!(
                            "{table}: unique key column {column} is not a column"
                        ));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        Ok(())
    }
}
