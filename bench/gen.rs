//! Deterministic benchmark data: a subs database with many subscriptions in
//! several currencies, payments, usage logs and alerts. `bench/run.sh`
//! builds and uses it; a unit test below runs it at a tiny size, so it
//! keeps working (`cargo test --example bench-gen`).
//!
//!   cargo run --release --example bench-gen -- OUT.db [--subs N] [--payments N]
//!       [--usage N] [--alerts N] [--today YYYY-MM-DD]

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{Duration, NaiveDate};
use rusqlite::params;
use subs::domain::cycle::Cycle;
use subs::domain::{id, schedule};
use subs::store::Store;

/// xorshift64*: small, fast, and the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A version 4 UUID from the generator's own stream (kept apart from the
/// data's, so adding ids did not change the data).
fn uid(ids: &mut Rng) -> String {
    let bits = (u128::from(ids.next()) << 64) | u128::from(ids.next());
    uuid::Builder::from_random_bytes(bits.to_be_bytes())
        .into_uuid()
        .to_string()
}

struct Args {
    out: PathBuf,
    subs: u64,
    payments: u64,
    usage: u64,
    alerts: u64,
    today: NaiveDate,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let out = PathBuf::from(it.next().ok_or("usage: bench-gen OUT.db [--subs N] ...")?);
    let mut args = Args {
        out,
        subs: 10_000,
        payments: 1_000_000,
        usage: 1_000_000,
        alerts: 100_000,
        today: NaiveDate::from_ymd_opt(2026, 11, 26).ok_or("date")?,
    };
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        let n = || value.parse::<u64>().map_err(|e| format!("{flag}: {e}"));
        match flag.as_str() {
            "--subs" => args.subs = n()?,
            "--payments" => args.payments = n()?,
            "--usage" => args.usage = n()?,
            "--alerts" => args.alerts = n()?,
            "--today" => {
                args.today =
                    NaiveDate::parse_from_str(&value, "%Y-%m-%d").map_err(|e| e.to_string())?
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(args)
}

const CURRENCIES: [&str; 4] = ["USD", "EUR", "GBP", "INR"];
const CATEGORIES: [&str; 8] = [
    "Entertainment",
    "Music",
    "Cloud",
    "Productivity",
    "News",
    "Fitness",
    "Gaming",
    "Insurance",
];
const METHODS: [&str; 4] = ["card", "bank_transfer", "paypal", "other"];

fn main() -> ExitCode {
    match parse_args().and_then(|a| generate(&a)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench-gen: {e}");
            ExitCode::FAILURE
        }
    }
}

fn generate(a: &Args) -> Result<(), String> {
    if a.out.exists() {
        std::fs::remove_file(&a.out).map_err(|e| e.to_string())?;
    }
    // Opening alone creates nothing (a reading command leaves no file): a
    // write that changes nothing creates and migrates the file.
    Store::open(&a.out, subs::clock::Clock::system())
        .and_then(|mut store| store.write(|_| Ok(())))
        .map_err(|e| e.to_string())?;
    let mut conn = rusqlite::Connection::open(&a.out).map_err(|e| e.to_string())?;
    conn.execute_batch("PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;")
        .map_err(|e| e.to_string())?;
    let tx = conn.transaction().map_err(|e| e.to_string())?;
    let mut rng = Rng(0x005E_ED0F_5AB5);
    let mut ids = Rng(0x0001_D5EE_D0F1);
    let stamp = format!("{}T00:00:00Z", a.today);

    for (i, name) in CATEGORIES.iter().enumerate() {
        tx.execute(
            "INSERT INTO category (id, name, name_key, color, icon, created_at, uid) VALUES (?1, ?2, lower(?2), '#3B82F6', 'circle', ?3, ?4)",
            params![i as i64 + 1, name, stamp, uid(&mut ids)],
        )
        .map_err(|e| e.to_string())?;
    }

    let mut subs: Vec<(String, NaiveDate, Cycle, String, i64)> = Vec::new();
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO subscription (subscription_id, name, provider, category_id, amount, currency,
                    billing_cycle, custom_cycle_days, start_date, billing_anchor, next_billing_date, end_date,
                    status, payment_method, auto_renewal, reminder_days, email_notifications, created_at, updated_at)
                 VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, NULL, ?10, ?11, ?12, ?13, 1, ?14, ?14)",
            )
            .map_err(|e| e.to_string())?;
        for n in 0..a.subs {
            let sid = id::encode(u128::from(rng.next()) << 64 | u128::from(rng.next()));
            let cycle = match rng.below(10) {
                0 => Cycle::Weekly,
                1 => Cycle::Quarterly,
                2 | 3 => Cycle::Yearly,
                4 => Cycle::Custom(30 + rng.below(60) as u16),
                _ => Cycle::Monthly,
            };
            let start = a.today - Duration::days(30 + rng.below(1500) as i64);
            let next = schedule::default_next_billing(start, cycle, a.today).ok_or("schedule")?;
            let status = match rng.below(20) {
                0 => "paused",
                1 => "cancelled",
                2 => "expired",
                _ => "active",
            };
            let currency = CURRENCIES[rng.below(4) as usize];
            let amount = 99 + rng.below(5000) as i64;
            let created = format!("{}T00:00:00Z", start);
            insert
                .execute(params![
                    sid,
                    format!("Service {n}"),
                    1 + rng.below(CATEGORIES.len() as u64) as i64,
                    amount,
                    currency,
                    cycle.kind().as_str(),
                    cycle.custom_days(),
                    start.to_string(),
                    next.to_string(),
                    status,
                    METHODS[rng.below(4) as usize],
                    rng.below(5) != 0,
                    rng.below(8) as i64,
                    created,
                ])
                .map_err(|e| e.to_string())?;
            subs.push((sid, start, cycle, currency.to_string(), amount));
        }
    }

    if !subs.is_empty() {
        let per_sub = a.payments / subs.len() as u64;
        let mut insert = tx
            .prepare(
                "INSERT INTO payment (subscription_id, amount, currency, payment_date, due_date, status, notes, created_at, uid)
                 VALUES (?1, ?2, ?3, ?4, ?4, ?5, NULL, ?6, ?7)",
            )
            .map_err(|e| e.to_string())?;
        let extra = a.payments % subs.len() as u64;
        for (n, (sid, _, _, currency, amount)) in subs.iter().enumerate() {
            let count = per_sub + u64::from((n as u64) < extra);
            // Distinct due dates per subscription, every few days back from today.
            for k in 0..count {
                let due = a.today - Duration::days(1 + 3 * k as i64);
                let status = if rng.below(50) == 0 { "failed" } else { "paid" };
                insert
                    .execute(params![
                        sid,
                        amount,
                        currency,
                        due.to_string(),
                        status,
                        stamp,
                        uid(&mut ids)
                    ])
                    .map_err(|e| e.to_string())?;
            }
        }
    }

    if !subs.is_empty() {
        let mut insert = tx
            .prepare(
                "INSERT INTO usage (subscription_id, usage_date, usage_count, usage_duration, created_at, uid)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )
            .map_err(|e| e.to_string())?;
        for _ in 0..a.usage {
            let (sid, ..) = &subs[rng.below(subs.len() as u64) as usize];
            let day = a.today - Duration::days(rng.below(365) as i64);
            insert
                .execute(params![
                    sid,
                    day.to_string(),
                    1 + rng.below(3) as i64,
                    60 * rng.below(180) as i64,
                    stamp,
                    uid(&mut ids)
                ])
                .map_err(|e| e.to_string())?;
        }
    }

    if !subs.is_empty() {
        let mut insert = tx
            .prepare(
                "INSERT INTO alert (subscription_id, alert_type, title, message, alert_date, is_read, is_dismissed, occurrence, created_at, uid)
                 VALUES (?1, ?2, 'Benchmark alert', 'Generated for benchmarks.', ?3, ?4, ?5, ?6, ?7, ?8)",
            )
            .map_err(|e| e.to_string())?;
        const TYPES: [&str; 6] = [
            "payment_due",
            "price_increase",
            "renewal_reminder",
            "usage_limit",
            "cancellation_reminder",
            "status_change",
        ];
        for n in 0..a.alerts {
            let (sid, ..) = &subs[rng.below(subs.len() as u64) as usize];
            let day = a.today - Duration::days(rng.below(400) as i64 + 1);
            insert
                .execute(params![
                    sid,
                    TYPES[rng.below(6) as usize],
                    day.to_string(),
                    rng.below(2) == 0,
                    rng.below(4) == 0,
                    format!("bench:{n}"),
                    stamp,
                    uid(&mut ids)
                ])
                .map_err(|e| e.to_string())?;
        }
    }
    tx.commit().map_err(|e| e.to_string())?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;")
        .map_err(|e| e.to_string())?;
    println!(
        "wrote {} ({} subscriptions, {} payments, {} usage logs, {} alerts)",
        a.out.display(),
        a.subs,
        count(&conn, "payment")?,
        count(&conn, "usage")?,
        count(&conn, "alert")?
    );
    Ok(())
}

fn count(conn: &rusqlite::Connection, table: &str) -> Result<i64, String> {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_a_tiny_database_from_nothing_and_again() -> Result<(), String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let args = Args {
            out: dir.path().join("bench.db"),
            subs: 20,
            payments: 100,
            usage: 50,
            alerts: 10,
            today: NaiveDate::from_ymd_opt(2026, 11, 26).ok_or("date")?,
        };
        for _ in 0..2 {
            generate(&args)?;
            let conn = rusqlite::Connection::open(&args.out).map_err(|e| e.to_string())?;
            assert_eq!(count(&conn, "subscription")?, 20);
            assert_eq!(count(&conn, "payment")?, 100);
            assert_eq!(count(&conn, "usage")?, 50);
            assert_eq!(count(&conn, "alert")?, 10);
        }
        Ok(())
    }
}
