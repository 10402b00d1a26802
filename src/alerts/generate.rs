//! `alerts generate`: process renewals, then raise every alert that is due.
//! One transaction, a handful of queries whatever the number of
//! subscriptions, and safe to run every minute or several at once.

use crate::store::Db;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::renewal::{self, Report};
use super::rules;
use crate::domain::alert::{Alert, NewAlert};
use crate::error::Result;
use crate::store::alerts;

pub struct Outcome {
    pub renewals: Report,
    /// Alerts this run stored, oldest first (including status changes from
    /// expiry during renewal processing).
    pub new_alerts: Vec<Alert>,
}

pub fn run(db: &Db, today: NaiveDate, cost_per_use_limit: Decimal) -> Result<Outcome> {
    let before = alerts::max_id(db)?;
    let renewals = renewal::process(db, today, false)?;
    for candidate in alerts::candidates(db, today)? {
        for proposed in rules::evaluate(&candidate, today, cost_per_use_limit) {
            alerts::insert(
                db,
                &NewAlert {
                    subscription_id: &candidate.subscription.id,
                    alert_type: proposed.alert_type,
                    title: proposed.text.title,
                    message: proposed.text.message,
                    alert_date: today,
                    occurrence: proposed.occurrence,
                },
            )?;
        }
    }
    Ok(Outcome {
        renewals,
        new_alerts: alerts::created_after(db, before)?,
    })
}

#[cfg(test)]
mod tests {
    //! The generator's cost does not grow in queries with the number of
    //! subscriptions: a run is a handful of statements in one transaction,
    //! plus one insert per alert it raises.

    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    use crate::clock::Clock;
    use crate::store::Store;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    fn portfolio(n: usize, due_soon: usize) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("subs.db"), Clock::on(today())).unwrap();
        for i in 0..n {
            // Far from any reminder window, unless among the first `due_soon`.
            let next = if i < due_soon {
                "2026-11-28"
            } else {
                "2027-06-01"
            };
            let id = crate::domain::id::encode(i as u128 + 1);
            store.execute_for_tests(
                "INSERT INTO subscription (subscription_id, name, provider, amount, currency, billing_cycle,
                    start_date, billing_anchor, next_billing_date, status, payment_method, created_at, updated_at)
                 VALUES (?1, ?2, ?2, 999, 'USD', 'yearly', '2025-06-01', ?3, ?3, 'active', 'card', '', '')",
                rusqlite::params![id, format!("S{i}"), next],
            );
            store.execute_for_tests(
                "INSERT INTO usage (subscription_id, usage_date, usage_count, created_at) VALUES (?1, '2026-11-20', 5, '')",
                [id],
            );
        }
        (dir, store)
    }

    fn statements(store: &mut Store) -> usize {
        let (result, count) =
            store.count_statements(|db| super::run(db, today(), Decimal::new(1000, 2)));
        result.unwrap();
        count
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
}
