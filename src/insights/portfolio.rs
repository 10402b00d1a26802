//! The facts both engines reason about, gathered in a few grouped queries.
//! This is also exactly what the AI prompt carries: no notes, URLs or
//! transaction ids unless `--include-notes`.

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::domain::money::{Exact, round_money};
use crate::domain::rates::Converter;
use crate::domain::subscription::{Status, Subscription};
use crate::error::Result;
use crate::settings;
use crate::store::subscriptions::{self, Filter, Sort};
use crate::store::usage::{self, Filter as UsageFilter};
use crate::store::{Db, alerts, budgets};

/// The window cost per use is measured over (cut to what is known).
pub const COST_WINDOW_DAYS: i64 = 90;

#[derive(Clone, Debug, Serialize)]
pub struct UsageFacts {
    pub logs: i64,
    pub uses_last_30_days: i64,
    pub uses_last_90_days: i64,
    pub last_used: Option<String>,
    pub days_since_last_use: Option<i64>,
    /// What each use cost over the last 90 days, by the one rule `usage`
    /// and the `usage_limit` alert share (`domain::usage_cost`), in the
    /// subscription's currency; null without a use.
    pub cost_per_use: Option<Exact>,
    /// The real window it was counted over: "in the 54 days since …".
    pub cost_window: String,
    /// Uses in that window.
    pub uses_in_window: i64,
    /// Too new to judge: less than a billing period (and 30 days) of
    /// known usage. No underuse finding is made then.
    pub too_new_to_judge: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct PriceFact {
    pub date: String,
    pub old_amount: Exact,
    pub new_amount: Exact,
    /// What the change did to the yearly cost (negative: a saving, as when
    /// a monthly plan became a cheaper yearly one).
    pub yearly_change: Exact,
}

#[derive(Clone, Debug, Serialize)]
pub struct SubscriptionFacts {
    /// Internal: ids mean nothing to the model and are not sent.
    #[serde(skip)]
    pub subscription_id: String,
    pub name: String,
    pub provider: String,
    pub category: Option<String>,
    pub amount: Exact,
    pub currency: String,
    pub billing_cycle: String,
    /// In the subscription's own currency.
    pub monthly_cost: Exact,
    /// In the base currency; null when its currency has no rate.
    pub monthly_cost_base: Option<Exact>,
    pub status: Status,
    pub auto_renewal: bool,
    pub start_date: String,
    pub age_days: i64,
    pub next_billing_date: String,
    pub days_until_renewal: i64,
    pub paused_since: Option<String>,
    /// The last free day of a trial still running (not in the totals).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trial_until: Option<String>,
    pub usage: UsageFacts,
    pub price_changes: Vec<PriceFact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website_url: Option<String>,
    /// Unrounded, for the rule engine's arithmetic.
    #[serde(skip)]
    pub monthly_base_exact: Option<Decimal>,
    #[serde(skip)]
    pub today: NaiveDate,
}

#[derive(Clone, Debug, Serialize)]
pub struct Portfolio {
    pub today: String,
    pub base_currency: String,
    /// Active subscriptions, converted; rounded once.
    #[serde(serialize_with = "exact")]
    pub total_monthly_base: Decimal,
    /// The same, a year: summed from yearly costs and rounded once (so it
    /// agrees with the dashboard, not with twelve rounded months).
    #[serde(skip)]
    pub total_yearly_base: Decimal,
    pub active_subscriptions: usize,
    pub total_subscriptions: usize,
    pub unconverted_currencies: Vec<String>,
    pub subscriptions: Vec<SubscriptionFacts>,
}

fn exact<S: serde::Serializer>(d: &Decimal, s: S) -> std::result::Result<S::Ok, S::Error> {
    rust_decimal::serde::arbitrary_precision::serialize(d, s)
}

/// Thresholds the rules use.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Monthly spending (base currency) above which spending is "high".
    pub spending: Decimal,
    /// Whether `spending` is the overall budget (else the setting).
    pub spending_is_budget: bool,
    /// Cost per use (own currency) above which use is "poor value".
    pub cost_per_use: Decimal,
}

/// The thresholds the rules use: the overall budget, when one is set, is
/// the spending threshold (in the base currency, like the totals the rule
/// compares it with), else the `spending_threshold` setting.
pub fn limits(db: &Db, conv: &Converter) -> Result<Limits> {
    let budget = budgets::list(db)?
        .into_iter()
        .find(|b| b.category_id.is_none())
        .and_then(|b| conv.to_base(b.currency, b.amount.amount()));
    Ok(Limits {
        spending: match budget {
            Some(b) => round_money(b),
            None => settings::decimal(db, "spending_threshold")?,
        },
        spending_is_budget: budget.is_some(),
        cost_per_use: settings::usage_cost_limit(db)?,
    })
}

pub fn gather(
    conn: &Db,
    conv: &Converter,
    today: NaiveDate,
    include_notes: bool,
    mine: bool,
) -> Result<Portfolio> {
    let subs = subscriptions::list(conn, &Filter::default(), Sort::Name)?;
    let sources = Sources::read(conn, today)?;
    let mut total = Decimal::ZERO;
    let mut total_yearly = Decimal::ZERO;
    let mut unconverted = std::collections::BTreeSet::new();
    let mut facts = Vec::new();
    for s in &subs {
        // With `mine`, a shared plan counts (and saves) only my share.
        let share = if mine { s.my_fraction() } else { Decimal::ONE };
        let monthly = s.monthly_cost() * share;
        let base = conv.to_base(s.currency, monthly);
        if s.counts_in_totals(today) {
            if let Some(yearly) = conv.to_base(s.currency, s.yearly_cost() * share) {
                total_yearly += yearly;
            }
            match base {
                Some(b) => total += b,
                None => {
                    unconverted.insert(s.currency.code().to_string());
                }
            }
        }
        facts.push(sources.facts(s, monthly, base, today, include_notes));
    }
    Ok(Portfolio {
        today: date(today),
        base_currency: conv.base.code().to_string(),
        total_monthly_base: round_money(total),
        total_yearly_base: round_money(total_yearly),
        active_subscriptions: subs.iter().filter(|s| s.status == Status::Active).count(),
        total_subscriptions: subs.len(),
        unconverted_currencies: unconverted.into_iter().collect(),
        subscriptions: facts,
    })
}

/// What the facts of every subscription are read from, in one go.
struct Sources {
    u30: Vec<crate::domain::usage::UsageTotals>,
    u90: Vec<crate::domain::usage::UsageTotals>,
    all_usage: Vec<crate::domain::usage::UsageTotals>,
    cost_since: NaiveDate,
    cost_facts: std::collections::HashMap<String, usage::CostFacts>,
    prices: Vec<(String, crate::domain::subscription::PriceChange)>,
    paused: std::collections::HashMap<String, NaiveDate>,
}

impl Sources {
    fn read(conn: &Db, today: NaiveDate) -> Result<Sources> {
        let window = |days: Option<i64>| UsageFilter {
            subscription_id: None,
            since: days.map(|days| today - Duration::days(days - 1)),
            until: Some(today),
        };
        let cost_since = today - Duration::days(COST_WINDOW_DAYS - 1);
        Ok(Sources {
            u30: usage::totals(conn, &window(Some(30)))?,
            u90: usage::totals(conn, &window(Some(90)))?,
            all_usage: usage::totals(conn, &window(None))?,
            cost_since,
            cost_facts: usage::cost_facts(conn, None, cost_since, today)?,
            prices: subscriptions::all_price_history(conn)?,
            paused: alerts::paused_since(conn)?,
        })
    }

    /// One subscription's facts; `monthly` its (share of the) monthly cost,
    /// `base` that in the base currency.
    fn facts(
        &self,
        s: &Subscription,
        monthly: Decimal,
        base: Option<Decimal>,
        today: NaiveDate,
        include_notes: bool,
    ) -> SubscriptionFacts {
        SubscriptionFacts {
            subscription_id: s.id.clone(),
            name: s.name.clone(),
            provider: s.provider.clone(),
            category: s.category.clone(),
            amount: Exact(s.amount.amount()),
            currency: s.currency.code().to_string(),
            billing_cycle: s.cycle.label(),
            monthly_cost: Exact(round_money(monthly)),
            monthly_cost_base: base.map(|b| Exact(round_money(b))),
            status: s.status,
            auto_renewal: s.auto_renewal,
            start_date: date(s.start_date),
            age_days: (today - s.start_date).num_days(),
            next_billing_date: date(s.next_billing_date),
            days_until_renewal: s.days_until_renewal(today),
            paused_since: self.paused.get(&s.id).map(|d| date(*d)),
            trial_until: s.trial_until.filter(|_| s.in_trial(today)).map(date),
            usage: self.usage(s, today),
            price_changes: self
                .prices
                .iter()
                .filter(|(id, _)| *id == s.id)
                .map(|(_, c)| PriceFact {
                    date: date(c.changed_on),
                    old_amount: Exact(c.old_amount.amount()),
                    new_amount: Exact(c.new_amount.amount()),
                    yearly_change: Exact(round_money(c.yearly_difference(s.cycle))),
                })
                .collect(),
            notes: s.notes.clone().filter(|_| include_notes),
            website_url: s.website_url.clone().filter(|_| include_notes),
            monthly_base_exact: base,
            today,
        }
    }

    fn usage(&self, s: &Subscription, today: NaiveDate) -> UsageFacts {
        let find = |list: &[crate::domain::usage::UsageTotals]| {
            list.iter().find(|t| t.subscription_id == s.id).cloned()
        };
        let (t30, t90, all) = (find(&self.u30), find(&self.u90), find(&self.all_usage));
        let cost = match self.cost_facts.get(&s.id) {
            Some(f) => f.cost(s, self.cost_since, today),
            None => usage::CostFacts::default().cost(s, self.cost_since, today),
        };
        let last_used = all.as_ref().and_then(|t| t.last_used);
        UsageFacts {
            logs: all.as_ref().map_or(0, |t| t.logs),
            uses_last_30_days: t30.as_ref().map_or(0, |t| t.total_count),
            uses_last_90_days: t90.as_ref().map_or(0, |t| t.total_count),
            last_used: last_used.map(date),
            days_since_last_use: last_used.map(|d| (today - d).num_days()),
            cost_per_use: cost.per_use.map(Exact),
            cost_window: cost.window_text(),
            uses_in_window: cost.uses,
            too_new_to_judge: !cost.established,
        }
    }
}

/// A day as `YYYY-MM-DD`.
fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}
