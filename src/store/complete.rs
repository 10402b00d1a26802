//! What shell completion offers from the user's data. Completion runs on
//! every Tab: it opens the file read-only, creates and migrates nothing,
//! and answers nothing (rather than an error) when the file is missing,
//! foreign or from another version.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

fn open(path: &Path) -> Option<Connection> {
    if !path.is_file() {
        return None;
    }
    Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok()
}

/// Rows of (value, help) from `sql`, or none.
fn pairs(path: &Path, sql: &str) -> Vec<(String, String)> {
    let Some(conn) = open(path) else {
        return Vec::new();
    };
    let Ok(mut stmt) = conn.prepare(sql) else {
        return Vec::new();
    };
    let Ok(rows) = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))) else {
        return Vec::new();
    };
    rows.filter_map(std::result::Result::ok).collect()
}

/// Subscription names, with status and amount as the help text.
pub fn subscriptions(path: &Path) -> Vec<(String, String)> {
    pairs(
        path,
        "SELECT name, status || ', ' || printf('%d.%02d', amount / 100, amount % 100) || ' ' || currency
         FROM subscription ORDER BY status <> 'active', name COLLATE NOCASE",
    )
}

/// Category names, with how many subscriptions each holds.
pub fn categories(path: &Path) -> Vec<(String, String)> {
    pairs(
        path,
        "SELECT c.name, count(s.subscription_id) || CASE count(s.subscription_id) WHEN 1 THEN ' subscription' ELSE ' subscriptions' END
         FROM category c LEFT JOIN subscription s ON s.category_id = c.id
         GROUP BY c.id ORDER BY c.name COLLATE NOCASE",
    )
}

/// Unread, undismissed alert ids, with their titles.
pub fn alerts(path: &Path) -> Vec<(String, String)> {
    pairs(
        path,
        "SELECT CAST(id AS TEXT), title FROM alert WHERE NOT is_dismissed ORDER BY id DESC LIMIT 200",
    )
}
