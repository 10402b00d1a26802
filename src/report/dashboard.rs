//! The numbers behind `subs dashboard`: counts, converted monthly and
//! yearly totals, per-category and per-currency costs, renewals ahead and
//! the newest subscriptions — a few grouped queries, whatever the size.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};

use super::{Costs, Envelope, by_key};
use crate::domain::money::round_money;
use crate::error::Result;
use crate::render::dashboard::{CategoryCost, CurrencyCost, Dashboard, DeadlineJson, TrialJson};
use crate::render::json::{Exact, SubscriptionRecord};
use crate::store::reports::{self, GroupBy};
use crate::store::{Db, subscriptions};

/// How many of the newest subscriptions the dashboard lists.
const RECENT: i64 = 5;

/// The dashboard as of `today`, counting renewals in the next `days` days:
/// today and the `days - 1` after it, as `upcoming --days` counts them
/// (`--days 0` counts none).
pub fn build(db: &Db, today: NaiveDate, days: i64, mine: bool) -> Result<Dashboard> {
    let mut env = Envelope::load(db, today)?;
    let (total, active) = reports::counts(db)?;
    let upcoming = reports::billing_between(db, today, today + Duration::days(days - 1))?;
    let mut all = Costs::default();
    for g in super::cost_groups(db, GroupBy::Currency, mine, today)? {
        all.add(&g);
    }
    let monthly = env.in_base(&all.monthly);
    let yearly = env.in_base(&all.yearly);

    let mut categories = BTreeMap::new();
    for (name, costs) in by_key(
        &super::cost_groups(db, GroupBy::Category, mine, today)?,
        "Uncategorized",
    ) {
        let cost = env.in_base(&costs.monthly);
        categories.insert(
            name,
            CategoryCost {
                count: costs.count,
                cost: Exact(cost),
            },
        );
    }
    let by_currency = all
        .counts
        .iter()
        .map(|(&c, &count)| {
            let cost = CurrencyCost {
                count,
                monthly: Exact(round_money(all.monthly.get(c))),
                yearly: Exact(round_money(all.yearly.get(c))),
            };
            (c.code().to_string(), cost)
        })
        .collect();
    let recent = subscriptions::newest(db, RECENT)?
        .into_iter()
        .map(|subscription| SubscriptionRecord {
            subscription,
            today,
        })
        .collect();
    let (trials, cancel_by) = plans(db, today)?;
    let budgets = super::budgets::usage(db, today, mine)?
        .iter()
        .map(|(b, u)| crate::render::budget::BudgetJson::new(b, u))
        .collect();
    let base_currency = env.base().code().to_string();
    let (unconverted, rates, warnings) = env.finish("totals");
    Ok(Dashboard {
        total_subscriptions: total,
        active_subscriptions: active,
        monthly_cost: Exact(monthly),
        yearly_cost: Exact(yearly),
        upcoming_renewals: upcoming,
        categories,
        recent_subscriptions: recent,
        trials,
        cancel_by,
        budgets,
        base_currency,
        by_currency,
        unconverted,
        rates,
        warnings,
        days,
        mine,
    })
}

/// How far ahead the dashboard lists contracts' cancel-by dates.
pub const DEADLINE_DAYS: i64 = 30;

/// Trials running today, and cancel-by dates in the next 30 days (soonest
/// first).
fn plans(db: &Db, today: NaiveDate) -> Result<(Vec<TrialJson>, Vec<DeadlineJson>)> {
    let mut trials = Vec::new();
    let mut deadlines = Vec::new();
    for s in subscriptions::with_plans(db)? {
        if s.in_trial(today)
            && let Some(until) = s.trial_until
        {
            trials.push(TrialJson {
                subscription_id: s.id.clone(),
                name: s.name.clone(),
                trial_until: until.to_string(),
                first_charge: s.next_billing_date.to_string(),
                amount: Exact(s.amount.amount()),
                currency: s.currency.code().to_string(),
                billing_cycle: s.cycle.label(),
            });
        }
        if let Some(term) = s.cancel_deadline(today) {
            let days = (term.cancel_by - today).num_days();
            if days <= DEADLINE_DAYS {
                deadlines.push(DeadlineJson {
                    subscription_id: s.id.clone(),
                    name: s.name.clone(),
                    cancel_by: term.cancel_by.to_string(),
                    term_ends: term.ends.to_string(),
                    days_until: days,
                });
            }
        }
    }
    trials.sort_by(|a, b| a.trial_until.cmp(&b.trial_until).then(a.name.cmp(&b.name)));
    deadlines.sort_by(|a, b| a.cancel_by.cmp(&b.cancel_by).then(a.name.cmp(&b.name)));
    Ok((trials, deadlines))
}
