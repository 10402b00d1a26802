//! The alert generator's cost does not grow in queries with the number of
//! subscriptions: a run is a handful of statements in one transaction, plus
//! one insert per alert it raises.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use rusqlite::trace::{TraceEvent, TraceEventCodes};
use rusqlite::{Connection, params};
use rust_decimal::Decimal;
use subs::alerts::generate;
use subs::store::Store;

fn portfolio(n: usize, due_soon: usize) -> (tempfile::TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("subs.db");
    drop(Store::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    for i in 0..n {
        // Far from any reminder window, unless among the first `due_soon`.
        let next = if i < due_soon {
            "2026-11-28"
        } else {
            "2027-06-01"
        };
        conn.execute(
            "INSERT INTO subscription (subscription_id, name, provider, amount, currency, billing_cycle,
                start_date, billing_anchor, next_billing_date, status, payment_method, created_at, updated_at)
             VALUES (?1, ?2, ?2, 999, 'USD', 'yearly', '2025-06-01', ?3, ?3, 'active', 'card', '', '')",
            params![subs::domain::id::encode(i as u128 + 1), format!("S{i}"), next],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO usage (subscription_id, usage_date, usage_count, created_at) VALUES (?1, '2026-11-20', 5, '')",
            [subs::domain::id::encode(i as u128 + 1)],
        )
        .unwrap();
    }
    (dir, conn)
}

/// Statements SQLite started while `generate::run` ran once.
fn statements(conn: &mut Connection) -> usize {
    let counter = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&counter);
    conn.trace_v2(
        TraceEventCodes::SQLITE_TRACE_STMT,
        Some(move |event: TraceEvent<'_>| {
            if let TraceEvent::Stmt(_, sql) = event {
                // Nested statements of triggers start with "--"; count only real ones.
                if !sql.starts_with("--") {
                    seen.fetch_add(1, Ordering::SeqCst);
                }
            }
        }),
    )
    .unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let tx = conn.transaction().unwrap();
    generate::run(&tx, today, Decimal::new(1000, 2)).unwrap();
    tx.commit().unwrap();
    conn.trace_v2(
        TraceEventCodes::SQLITE_TRACE_STMT,
        None::<fn(TraceEvent<'_>)>,
    )
    .unwrap();
    counter.load(Ordering::SeqCst)
}

#[test]
fn queries_do_not_grow_with_subscriptions() {
    let (_a, mut small) = portfolio(10, 0);
    let (_b, mut large) = portfolio(500, 0);
    let (s, l) = (statements(&mut small), statements(&mut large));
    assert_eq!(s, l, "10 subscriptions took {s} statements, 500 took {l}");
    assert!(
        (2..=8).contains(&s),
        "a quiet run should be a handful of statements, got {s}"
    );
}

#[test]
fn each_raised_alert_costs_one_insert() {
    let (_a, mut quiet) = portfolio(200, 0);
    let (_b, mut busy) = portfolio(200, 50);
    let (q, b) = (statements(&mut quiet), statements(&mut busy));
    assert_eq!(b, q + 50, "quiet run {q} statements, 50 reminders {b}");
}
