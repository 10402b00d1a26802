//! `alerts generate`: process renewals, then raise every alert that is due.
//! One transaction, a handful of queries whatever the number of
//! subscriptions, and safe to run every minute or several at once.

use std::collections::HashSet;

use crate::store::Db;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::renewal::{self, Report};
use super::rules;
use crate::domain::alert::{self as alert, Alert, AlertType, Candidate, NewAlert};
use crate::domain::budget::{Budget, Usage};
use crate::domain::card::Card;
use crate::error::Result;
use crate::store::undo::{Change, OnDemand};
use crate::store::{alerts, cards, notify};

pub struct Outcome {
    pub renewals: Report,
    /// Alerts this run stored, oldest first (including status changes from
    /// expiry during renewal processing).
    pub new_alerts: Vec<Alert>,
    /// How many alerts this run stored (those of commands it told are not).
    pub raised: usize,
}

/// How budgets stand, measured after renewal processing (by the caller,
/// which owns the reporting).
pub type BudgetUsage<'a> = &'a dyn Fn(&Db) -> Result<Vec<(Budget, Usage)>>;

pub fn run(
    db: &Db,
    today: NaiveDate,
    cost_per_use_limit: Decimal,
    budgets: BudgetUsage<'_>,
) -> Result<Outcome> {
    run_on_demand(
        db,
        &mut OnDemand::ready(),
        today,
        cost_per_use_limit,
        budgets,
    )
}

/// `run` in a transaction whose undo journal is armed before the run's
/// first write: a run that finds nothing new arms nothing.
pub fn run_on_demand(
    db: &Db,
    journal: &mut OnDemand<'_>,
    today: NaiveDate,
    cost_per_use_limit: Decimal,
    budgets: BudgetUsage<'_>,
) -> Result<Outcome> {
    let before = alerts::max_id(db)?;
    let renewals = renewal::process_on_demand(db, journal, today, false)?;
    let mut candidates = alerts::candidates(db, today)?;
    // What was paid matters to few rules: it is read for the candidates
    // they may concern.
    alerts::add_payments(db, &mut candidates, today, |c| {
        rules::needs_payments(c, today)
    })?;
    let proposed = propose(db, &candidates, today, cost_per_use_limit, budgets)?;
    // Most of what a run proposes was raised by an earlier one: one query
    // finds those, and only what is new is inserted.
    let raised = alerts::raised(db, &proposed)?;
    let mut seen = HashSet::new();
    let new: Vec<&NewAlert> = (proposed.iter().enumerate())
        .filter(|(i, _)| !raised.contains(i))
        // A key proposed twice is stored once.
        .filter(|(_, a)| seen.insert((a.subscription_id, a.alert_type, a.occurrence.as_str())))
        .map(|(_, a)| a)
        .collect();
    if !new.is_empty() {
        journal.insert_in_bulk(db, "alert", |db| alerts::insert_all(db, &new))?;
    }
    // Alerts that commands raised since the last run are this run's news
    // too (printed and queued once); those of this run's own events (an
    // expiry) are among the ones it created.
    let mut new_alerts = Vec::new();
    if alerts::any_unannounced(db)? {
        journal.arm(db, &[("alert_unannounced", Change::Delete)])?;
        for id in notify::take_unannounced(db)? {
            if id <= before
                && let Some(alert) = alerts::get(db, id)?
            {
                new_alerts.push(alert);
            }
        }
    }
    let created = alerts::created_after(db, before)?;
    let raised = created.len();
    new_alerts.extend(created);
    Ok(Outcome {
        renewals,
        new_alerts,
        raised,
    })
}

/// Every alert the rules want raised today, whether raised before or not.
fn propose<'c>(
    db: &Db,
    candidates: &'c [Candidate],
    today: NaiveDate,
    cost_per_use_limit: Decimal,
    budgets: BudgetUsage<'_>,
) -> Result<Vec<NewAlert<'c>>> {
    let mut proposed = Vec::new();
    for candidate in candidates {
        for p in rules::evaluate(candidate, today, cost_per_use_limit) {
            proposed.push(NewAlert {
                subscription_id: Some(&candidate.subscription.id),
                alert_type: p.alert_type,
                text: p.text,
                alert_date: today,
                occurrence: p.occurrence,
            });
        }
    }
    for (budget, usage) in budgets(db)? {
        proposed.extend(over_budget(today, &budget, &usage));
    }
    for (card, subscriptions) in cards::list(db)? {
        proposed.extend(card_expiring(today, &card, &subscriptions));
    }
    Ok(proposed)
}

/// card_expiring: from 30 days before the end of a card's expiry month,
/// once per card and expiry, naming the active subscriptions charged to it
/// (none: nothing to move, no alert).
fn card_expiring(
    today: NaiveDate,
    card: &Card,
    subscriptions: &[String],
) -> Option<NewAlert<'static>> {
    if subscriptions.is_empty() || today < card.warn_from() {
        return None;
    }
    let text = alert::card_expiring(&card.name, &card.expires_text(), subscriptions);
    Some(NewAlert {
        subscription_id: None,
        alert_type: AlertType::CardExpiring,
        text,
        alert_date: today,
        occurrence: format!("{}:{}", card.uid, card.expires_text()),
    })
}

/// over_budget: once per budget and calendar month while the monthly cost
/// it covers is above it (again the next month if still over).
fn over_budget(today: NaiveDate, budget: &Budget, usage: &Usage) -> Option<NewAlert<'static>> {
    let used = usage.used.filter(|_| usage.is_over(budget))?;
    let text = alert::over_budget(
        budget.category.as_deref(),
        budget.currency,
        used,
        budget.amount.amount(),
    );
    Some(NewAlert {
        subscription_id: None,
        alert_type: AlertType::OverBudget,
        text,
        alert_date: today,
        occurrence: format!("{}:{}", budget.uid, today.format("%Y-%m")),
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
    use crate::domain::cycle::Cycle;
    use crate::domain::money::Money;
    use crate::domain::subscription::Subscription;
    use crate::domain::usage::NewUsage;
    use crate::store::{Store, subscriptions, usage};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn portfolio(n: usize, due_soon: usize) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("subs.db"), Clock::on(today())).unwrap();
        store
            .write(|db| {
                for i in 0..n {
                    // Far from any reminder window, unless among the first `due_soon`.
                    let next = day(if i < due_soon {
                        "2026-11-28"
                    } else {
                        "2027-06-01"
                    });
                    let sub = Subscription {
                        id: crate::domain::id::encode(i as u128 + 1),
                        ..Subscription::example(
                            &format!("S{i}"),
                            Money::from_cents(999).map_err(crate::error::Error::invalid)?,
                            Cycle::Yearly,
                            day("2025-06-01"),
                            next,
                        )
                    };
                    subscriptions::insert(db, &sub)?;
                    let used = NewUsage {
                        subscription_id: &sub.id,
                        usage_date: day("2026-11-20"),
                        usage_count: 5,
                        usage_duration: None,
                        usage_value: None,
                        notes: None,
                    };
                    usage::insert(db, &used)?;
                }
                Ok(())
            })
            .unwrap();
        (dir, store)
    }

    fn statements(store: &mut Store) -> usize {
        let (result, count) = store.count_statements(|db| {
            super::run(db, today(), Decimal::new(1000, 2), &|_| Ok(Vec::new()))
        });
        result.unwrap();
        count
    }

    #[test]
    fn queries_do_not_grow_with_subscriptions() {
        let (_a, mut small) = portfolio(10, 0);
        let (_b, mut large) = portfolio(500, 0);
        let (s, l) = (statements(&mut small), statements(&mut large));
        assert_eq!(s, l, "10 subscriptions took {s} statements, 500 took {l}");
        // The candidates, what was paid for their charges and their pauses
        // (for cost per use and early payments) are three grouped queries.
        assert!(
            (2..=10).contains(&s),
            "a quiet run should be a handful of statements, got {s}"
        );
    }

    #[test]
    fn raised_alerts_cost_a_constant_number_of_statements() {
        let (_a, mut quiet) = portfolio(200, 0);
        let (_b, mut few) = portfolio(200, 5);
        let (_c, mut many) = portfolio(200, 50);
        let q = statements(&mut quiet);
        let (f, m) = (statements(&mut few), statements(&mut many));
        // One query for which of them were raised before, and the new ones
        // stored by one statement (a hundred rows each).
        assert_eq!(f, q + 1 + 1, "quiet run {q} statements, 5 reminders {f}");
        assert_eq!(m, f, "5 reminders took {f} statements, 50 took {m}");
    }

    /// A run after one that raised alerts proposes them again and inserts
    /// none of them: a quiet run's statements and the one query that finds
    /// them raised.
    #[test]
    fn nothing_new_inserts_nothing() {
        let (_a, mut quiet) = portfolio(200, 0);
        let (_b, mut busy) = portfolio(200, 50);
        let q = statements(&mut quiet);
        statements(&mut busy);
        let again = statements(&mut busy);
        assert_eq!(
            again,
            q + 1,
            "a run with nothing new took {again} statements, a quiet one {q}"
        );
    }

    /// A cron run with nothing new, journalled as cron's are: the
    /// generator writes nothing (its caller then writes the run's record,
    /// in the same transaction), and the journal files no step.
    #[test]
    fn nothing_new_writes_nothing() {
        let (dir, mut store) = portfolio(200, 50);
        store.journal_as("subs alerts generate".to_string(), true);
        let run = |db: &crate::store::Db| {
            super::run(db, today(), Decimal::new(1000, 2), &|_| Ok(Vec::new()))
        };
        let (first, _) = store.trace_statements(run);
        assert_eq!(first.map(|o| o.new_alerts.len()).ok(), Some(50));
        // The next run is another process.
        let mut store = Store::open(&dir.path().join("subs.db"), Clock::on(today())).unwrap();
        store.journal_as("subs alerts generate".to_string(), true);
        let (again, sql) = store.trace_statements(run);
        assert_eq!(again.map(|o| o.new_alerts.len()).ok(), Some(0));
        let writes: Vec<&String> = sql
            .iter()
            .filter(|s| {
                let s = s.trim_start().to_ascii_uppercase();
                ["INSERT", "UPDATE", "DELETE", "REPLACE"]
                    .iter()
                    .any(|w| s.starts_with(w))
                    && !s.contains("TEMP.UNDO_OPEN")
                    // Taking the (empty) queue of commands' alerts deletes
                    // no row: no page changes.
                    && !s.starts_with("DELETE FROM ALERT_UNANNOUNCED")
            })
            .collect();
        assert!(
            writes.is_empty(),
            "a run with nothing new wrote: {writes:?}"
        );
    }
}
