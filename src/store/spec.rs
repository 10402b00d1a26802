//! One declarative spec per table of the backup: its section, SQL table,
//! columns, key, references, unique keys and the noun a sentence uses.
//! The backup's SQL (`store/backup.rs`) and sync's record kinds
//! (`sync/records.rs`) are derived from it, so a column is listed here
//! once; a unit test diffs every spec against the migrated schema.

/// A table of the backup.
#[derive(Debug, PartialEq, Eq)]
pub struct TableSpec {
    /// The section's name in a backup file (also sync's record `type`).
    pub section: &'static str,
    /// The SQL table the rows live in.
    pub table: &'static str,
    /// The columns a backup holds, in the order rows are read and written.
    pub columns: &'static [&'static str],
    /// Columns stored but derived from others, never in a backup
    /// (`name_key`, the folded name), written after `columns`.
    pub computed: &'static [&'static str],
    /// The primary key column.
    pub key: &'static str,
    /// Whether rows have a local integer `id` (the key) and a global `uid`.
    pub global_id: bool,
    /// Columns holding another table's key: (column, that table).
    pub references: &'static [(&'static str, &'static TableSpec)],
    /// Column sets no two rows share (a name compares folded when the
    /// table has a `name_key`).
    pub unique: &'static [&'static [&'static str]],
    /// What one row is called in a sentence ("usage log").
    pub singular: &'static str,
}

impl TableSpec {
    /// The columns the database holds: the backup's and the computed ones.
    pub fn stored_columns(&self) -> impl Iterator<Item = &'static str> {
        self.columns.iter().chain(self.computed).copied()
    }
}

const NO_REFS: &[(&str, &TableSpec)] = &[];

/// What most tables are: rows with a local integer `id` (the key) and a
/// global `uid`, nothing computed, no reference, no unique key. Each spec
/// below says only where it differs (`..ROW`).
const ROW: TableSpec = TableSpec {
    section: "",
    table: "",
    columns: &[],
    computed: &[],
    key: "id",
    global_id: true,
    references: NO_REFS,
    unique: &[],
    singular: "",
};

/// A table of things people name: one row per name, compared folded
/// (`name_key`).
const NAMED: TableSpec = TableSpec {
    computed: &["name_key"],
    unique: &[&["name"]],
    ..ROW
};

pub const CONFIG: TableSpec = TableSpec {
    section: "config",
    table: "config",
    columns: &["key", "value", "updated_at"],
    key: "key",
    global_id: false,
    singular: "setting",
    ..ROW
};

pub const CHANNELS: TableSpec = TableSpec {
    section: "channels",
    table: "channel",
    columns: &[
        "id",
        "name",
        "kind",
        "settings",
        "min_severity",
        "alert_types",
        "digest",
        "created_at",
        "uid",
    ],
    unique: &[&["name"]],
    singular: "channel",
    ..ROW
};

pub const RATES: TableSpec = TableSpec {
    section: "rates",
    table: "rate",
    columns: &["currency", "base", "rate", "set_on", "updated_at", "source"],
    key: "currency",
    global_id: false,
    singular: "rate",
    ..ROW
};

pub const CATEGORIES: TableSpec = TableSpec {
    section: "categories",
    table: "category",
    columns: &["id", "name", "color", "icon", "created_at", "uid"],
    singular: "category",
    ..NAMED
};

pub const CARDS: TableSpec = TableSpec {
    section: "cards",
    table: "card",
    columns: &["id", "name", "kind", "expires", "created_at", "uid"],
    singular: "card",
    ..NAMED
};

pub const MEMBERS: TableSpec = TableSpec {
    section: "members",
    table: "member",
    columns: &["id", "name", "created_at", "uid"],
    singular: "member",
    ..NAMED
};

pub const SUBSCRIPTIONS: TableSpec = TableSpec {
    section: "subscriptions",
    table: "subscription",
    columns: &[
        "subscription_id",
        "name",
        "description",
        "provider",
        "category_id",
        "amount",
        "currency",
        "billing_cycle",
        "custom_cycle_days",
        "start_date",
        "billing_anchor",
        "next_billing_date",
        "end_date",
        "status",
        "payment_method",
        "auto_renewal",
        "reminder_days",
        "email_notifications",
        "website_url",
        "notes",
        "ai_insights",
        "usage_tracking",
        "created_at",
        "updated_at",
        "muted_alerts",
        "cycle_months",
        "remind",
        "trial_until",
        "term_months",
        "extends_by_months",
        "notice",
        "card_id",
        "paid_by",
        "statement_match",
    ],
    key: "subscription_id",
    global_id: false,
    references: &[
        ("category_id", &CATEGORIES),
        ("card_id", &CARDS),
        ("paid_by", &MEMBERS),
    ],
    singular: "subscription",
    ..ROW
};

pub const SHARES: TableSpec = TableSpec {
    section: "shares",
    table: "share",
    columns: &[
        "id",
        "subscription_id",
        "member_id",
        "position",
        "kind",
        "value",
        "created_at",
        "uid",
    ],
    references: &[("subscription_id", &SUBSCRIPTIONS), ("member_id", &MEMBERS)],
    unique: &[&["subscription_id", "member_id"]],
    singular: "share",
    ..ROW
};

pub const PAYMENTS: TableSpec = TableSpec {
    section: "payments",
    table: "payment",
    columns: &[
        "id",
        "subscription_id",
        "amount",
        "currency",
        "payment_date",
        "due_date",
        "status",
        "transaction_id",
        "notes",
        "created_at",
        "uid",
    ],
    references: &[("subscription_id", &SUBSCRIPTIONS)],
    singular: "payment",
    ..ROW
};

pub const USAGE: TableSpec = TableSpec {
    section: "usage",
    table: "usage",
    columns: &[
        "id",
        "subscription_id",
        "usage_date",
        "usage_count",
        "usage_duration",
        "usage_value",
        "notes",
        "created_at",
        "uid",
    ],
    references: &[("subscription_id", &SUBSCRIPTIONS)],
    singular: "usage log",
    ..ROW
};

pub const ALERTS: TableSpec = TableSpec {
    section: "alerts",
    table: "alert",
    columns: &[
        "id",
        "subscription_id",
        "alert_type",
        "title",
        "message",
        "alert_date",
        "is_read",
        "is_dismissed",
        "occurrence",
        "created_at",
        "uid",
    ],
    references: &[("subscription_id", &SUBSCRIPTIONS)],
    unique: &[&["subscription_id", "alert_type", "occurrence"]],
    singular: "alert",
    ..ROW
};

pub const ALERT_TALLY: TableSpec = TableSpec {
    section: "alert_tally",
    table: "alert_tally",
    columns: &["alert_type", "total", "read"],
    key: "alert_type",
    global_id: false,
    singular: "alert tally",
    ..ROW
};

pub const PRICE_HISTORY: TableSpec = TableSpec {
    section: "price_history",
    table: "price_history",
    columns: &[
        "id",
        "subscription_id",
        "changed_on",
        "old_amount",
        "new_amount",
        "currency",
        "old_cycle",
        "new_cycle",
        "created_at",
        "uid",
    ],
    references: &[("subscription_id", &SUBSCRIPTIONS)],
    singular: "price change",
    ..ROW
};

pub const BUDGETS: TableSpec = TableSpec {
    section: "budgets",
    table: "budget",
    columns: &[
        "id",
        "category_id",
        "amount",
        "currency",
        "created_at",
        "uid",
    ],
    references: &[("category_id", &CATEGORIES)],
    unique: &[&["category_id"]],
    singular: "budget",
    ..ROW
};

/// Every spec, in the order a backup holds the tables (parents before
/// children).
pub const SPECS: &[&TableSpec] = &[
    &CONFIG,
    &CHANNELS,
    &RATES,
    &CATEGORIES,
    &CARDS,
    &MEMBERS,
    &SUBSCRIPTIONS,
    &SHARES,
    &PAYMENTS,
    &USAGE,
    &ALERTS,
    &ALERT_TALLY,
    &PRICE_HISTORY,
    &BUDGETS,
];

/// The statements a backup runs on a table, built from its spec.
#[derive(Debug)]
pub struct Sql {
    /// Every row, in key order.
    pub select: String,
    /// The row with a key (`?1`).
    pub exists: String,
    /// The row with a global id (`?1`), for tables that have one.
    pub find_by_uid: Option<String>,
    /// One row: `?1`… bind `columns` then `computed`, in order. A local
    /// id another row holds is given up for a fresh one.
    pub insert: String,
}

impl Sql {
    pub fn of(spec: &TableSpec) -> Sql {
        let TableSpec { table, key, .. } = spec;
        let columns = spec.columns.join(", ");
        let stored: Vec<&str> = spec.stored_columns().collect();
        let values: Vec<String> = (1..=stored.len())
            .map(|n| {
                if n == 1 && spec.global_id {
                    format!("CASE WHEN EXISTS (SELECT 1 FROM {table} WHERE id = ?1) THEN NULL ELSE ?1 END")
                } else {
                    format!("?{n}")
                }
            })
            .collect();
        Sql {
            select: format!("SELECT {columns} FROM {table} ORDER BY {key}"),
            exists: format!("SELECT {columns} FROM {table} WHERE {key} = ?1"),
            find_by_uid: spec
                .global_id
                .then(|| format!("SELECT {columns} FROM {table} WHERE uid = ?1")),
            insert: format!(
                "INSERT INTO {table} ({}) VALUES ({})",
                stored.join(", "),
                values.join(", ")
            ),
        }
    }
}
