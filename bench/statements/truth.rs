//! What is true about a generated statement (`truth.json`): every series
//! with its transaction ids, the subscriptions a user declared, and the
//! reconcile events expected in the statement's last months.

use chrono::{Datelike, Duration, NaiveDate};
use rust_decimal::Decimal;
use serde_json::{Value, json};

use super::catalog::{Plan, Twist};
use super::{Account, Config, Row};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Charge {
    pub id: String,
    pub date: NaiveDate,
    /// Signed, as booked.
    pub amount: Decimal,
    pub slot: Option<NaiveDate>,
    pub payee: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// `s01`… for subscriptions, `n01`… for what must not be proposed.
    pub id: String,
    pub merchant: String,
    pub subscription: bool,
    /// `subscription`, or what it is instead: coffee, rent, tax, …
    pub role: String,
    /// `subs::detect::Cadence` as `{:?}` writes it (`Monthly`, `EveryDays(14)`).
    pub cadence: Option<String>,
    /// active, ended or maybe (too few charges to be sure).
    pub status: Option<String>,
    /// Recall counts it: a subscription with three or more charged slots.
    pub expected: bool,
    pub twists: Vec<String>,
    /// The prices charged, in order of first use.
    pub amounts: Vec<Decimal>,
    pub charges: Vec<Charge>,
}

/// A subscription as a user typed it into subs.
#[derive(Clone, Debug, PartialEq)]
pub struct Declared {
    pub series: String,
    pub name: String,
    /// What the user would give `--match`.
    pub pattern: String,
    pub amount: Decimal,
    pub currency: String,
    /// `Cycle::code`: monthly, weekly, quarterly, yearly, custom:14, custom:2m.
    pub cycle: String,
    /// The first due date in the reconcile window.
    pub next: NaiveDate,
}

/// One expected reconcile finding.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// paid, late, missed, duplicate, price_change, possible_rename, unexpected.
    pub kind: String,
    pub series: String,
    pub due: Option<NaiveDate>,
    pub transactions: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Truth {
    pub seed: u64,
    pub months: u32,
    pub locale: String,
    pub business: bool,
    pub currency: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// The format the statement was written in (set by the writer's caller).
    pub format: String,
    pub rows: usize,
    pub series: Vec<Series>,
    pub declared: Vec<Declared>,
    /// Reconcile compares the statement from this day to its end.
    pub window_start: Option<NaiveDate>,
    pub events: Vec<Event>,
}

impl Truth {
    /// The series index of every row id.
    pub fn by_id(&self) -> std::collections::HashMap<&str, usize> {
        let mut map = std::collections::HashMap::new();
        for (i, s) in self.series.iter().enumerate() {
            for c in &s.charges {
                map.insert(c.id.as_str(), i);
            }
        }
        map
    }
}

pub fn build(
    config: &Config,
    account: &Account,
    plans: &[Plan],
    rows: &[Row],
    mut series: Vec<Series>,
) -> Truth {
    for r in rows {
        if let Some(s) = r.series.and_then(|i| series.get_mut(i)) {
            s.charges.push(Charge {
                id: r.id.clone(),
                date: r.date,
                amount: r.amount,
                slot: r.slot,
                payee: r.payee.clone(),
            });
        }
    }
    for plan in plans {
        if let Some(s) = series.get_mut(plan.series) {
            *s = settle(std::mem::take(s), plan, account.end);
        }
    }
    let window_start = super::add_months(
        NaiveDate::from_ymd_opt(account.end.year(), account.end.month(), 1).unwrap_or(account.end),
        -1,
    );
    let mut truth = Truth {
        seed: config.seed,
        months: config.months,
        locale: account.locale.code().into(),
        business: account.business,
        currency: account.currency.clone(),
        start: Some(account.start),
        end: Some(account.end),
        format: String::new(),
        rows: rows.len(),
        series,
        declared: Vec::new(),
        window_start: Some(window_start),
        events: Vec::new(),
    };
    reconcile(&mut truth, plans, account);
    truth
}

/// A subscription's amounts, status and whether recall expects it.
fn settle(mut s: Series, plan: &Plan, end: NaiveDate) -> Series {
    for c in &s.charges {
        if !s.amounts.contains(&-c.amount) {
            s.amounts.push(-c.amount);
        }
    }
    let mut slots: Vec<NaiveDate> = s.charges.iter().filter_map(|c| c.slot).collect();
    slots.dedup();
    s.expected = slots.len() >= 3;
    let last = s.charges.last().map(|c| c.date).unwrap_or(end);
    let period = plan.cadence.days();
    s.status = Some(
        if slots.len() < 3 {
            "maybe"
        } else if last + Duration::days(period * 3 / 2) < end {
            "ended"
        } else {
            "active"
        }
        .into(),
    );
    s
}

/// Declared subscriptions and the reconcile events over the last 1–2 months.
fn reconcile(truth: &mut Truth, plans: &[Plan], account: &Account) {
    let Some(from) = truth.window_start else {
        return;
    };
    for plan in plans {
        let Some(series) = truth.series.get(plan.series) else {
            continue;
        };
        if !plan.declared {
            if series.expected {
                truth.events.push(Event {
                    kind: "unexpected".into(),
                    series: series.id.clone(),
                    due: None,
                    transactions: series.charges.iter().map(|c| c.id.clone()).collect(),
                });
            }
            continue;
        }
        let before = plan_amount_before(plan, from);
        let Some(next) = (0..plan.slots(account.end))
            .map(|k| plan.slot(k))
            .find(|d| *d >= from)
        else {
            continue;
        };
        truth.declared.push(Declared {
            series: series.id.clone(),
            name: plan.merchant.name.into(),
            pattern: plan.merchant.key.into(),
            amount: before,
            currency: account.currency.clone(),
            cycle: plan.cadence.cycle_code(),
            next,
        });
        let events = window_events(series, plan, before, from, account.end);
        truth.events.extend(events);
    }
}

/// The price in force before `from`: what the user typed.
fn plan_amount_before(plan: &Plan, from: NaiveDate) -> Decimal {
    let mut price = plan.price;
    for t in &plan.twists {
        if let Twist::Raise(k, p) = t
            && plan.slot(*k) < from
        {
            price = *p;
        }
    }
    price
}

fn window_events(
    series: &Series,
    plan: &Plan,
    amount: Decimal,
    from: NaiveDate,
    end: NaiveDate,
) -> Vec<Event> {
    let mut out = Vec::new();
    for k in 0..plan.slots(end) {
        let due = plan.slot(k);
        if due < from {
            continue;
        }
        let charges: Vec<&Charge> = series
            .charges
            .iter()
            .filter(|c| c.slot == Some(due))
            .collect();
        let event = |kind: &str, ids: Vec<String>| Event {
            kind: kind.into(),
            series: series.id.clone(),
            due: Some(due),
            transactions: ids,
        };
        let Some(first) = charges.first() else {
            // Too early to tell when the due date is within a week of the end.
            if due + Duration::days(7) <= end {
                out.push(event("missed", Vec::new()));
            }
            continue;
        };
        let delay = (first.date - due).num_days();
        let kind = if plan.renamed(k) && !contains(&first.payee, plan.merchant.key) {
            "possible_rename"
        } else if -first.amount != amount {
            "price_change"
        } else if delay <= 3 {
            "paid"
        } else {
            "late"
        };
        out.push(event(kind, vec![first.id.clone()]));
        for extra in charges.iter().skip(1) {
            out.push(event("duplicate", vec![extra.id.clone()]));
        }
    }
    out
}

fn contains(text: &str, key: &str) -> bool {
    text.to_lowercase().contains(&key.to_lowercase())
}

fn date(d: &Option<NaiveDate>) -> Value {
    d.map(|d| Value::String(d.to_string()))
        .unwrap_or(Value::Null)
}

impl Truth {
    pub fn to_json(&self) -> Value {
        let series: Vec<Value> = self
            .series
            .iter()
            .map(|s| {
                json!({
                    "id": s.id, "merchant": s.merchant, "subscription": s.subscription,
                    "role": s.role, "cadence": s.cadence, "status": s.status,
                    "expected": s.expected, "twists": s.twists,
                    "amounts": s.amounts.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
                    "transactions": s.charges.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
                    "charges": s.charges.iter().map(|c| json!({
                        "id": c.id, "date": c.date.to_string(), "amount": c.amount.to_string(),
                        "slot": date(&c.slot), "payee": c.payee,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        let declared: Vec<Value> = self
            .declared
            .iter()
            .map(|d| {
                json!({
                    "series": d.series, "name": d.name, "pattern": d.pattern,
                    "amount": d.amount.to_string(), "currency": d.currency,
                    "cycle": d.cycle, "next": d.next.to_string(),
                })
            })
            .collect();
        let events: Vec<Value> = self
            .events
            .iter()
            .map(|e| json!({"kind": e.kind, "series": e.series, "due": date(&e.due), "transactions": e.transactions}))
            .collect();
        json!({
            "seed": self.seed, "months": self.months, "locale": self.locale,
            "business": self.business, "currency": self.currency,
            "start": date(&self.start), "end": date(&self.end), "format": self.format,
            "rows": self.rows, "series": series, "declared": declared,
            "window_start": date(&self.window_start), "events": events,
        })
    }

    /// Reads what `to_json` wrote (the parts scoring needs, and the rest).
    pub fn from_json(v: &Value) -> Result<Truth, String> {
        let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let day = |v: &Value, k: &str| {
            v.get(k)
                .and_then(Value::as_str)
                .and_then(|s| s.parse::<NaiveDate>().ok())
        };
        let money = |v: &Value, k: &str| {
            v.get(k)
                .and_then(Value::as_str)
                .and_then(|s| s.parse::<Decimal>().ok())
        };
        let list = |v: &Value, k: &str| {
            v.get(k)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        let mut series = Vec::new();
        for s in list(v, "series") {
            let mut charges = Vec::new();
            for c in list(&s, "charges") {
                charges.push(Charge {
                    id: text(&c, "id"),
                    date: day(&c, "date").ok_or("a charge without a date")?,
                    amount: money(&c, "amount").ok_or("a charge without an amount")?,
                    slot: day(&c, "slot"),
                    payee: text(&c, "payee"),
                });
            }
            series.push(Series {
                id: text(&s, "id"),
                merchant: text(&s, "merchant"),
                subscription: s
                    .get("subscription")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
                role: text(&s, "role"),
                cadence: s.get("cadence").and_then(Value::as_str).map(String::from),
                status: s.get("status").and_then(Value::as_str).map(String::from),
                expected: s.get("expected").and_then(Value::as_bool).unwrap_or(false),
                twists: list(&s, "twists")
                    .iter()
                    .filter_map(|t| t.as_str().map(String::from))
                    .collect(),
                amounts: list(&s, "amounts")
                    .iter()
                    .filter_map(|a| a.as_str()?.parse().ok())
                    .collect(),
                charges,
            });
        }
        Ok(Truth {
            seed: v.get("seed").and_then(Value::as_u64).unwrap_or(0),
            months: v.get("months").and_then(Value::as_u64).unwrap_or(0) as u32,
            locale: text(v, "locale"),
            business: v.get("business").and_then(Value::as_bool).unwrap_or(false),
            currency: text(v, "currency"),
            start: day(v, "start"),
            end: day(v, "end"),
            format: text(v, "format"),
            rows: v.get("rows").and_then(Value::as_u64).unwrap_or(0) as usize,
            series,
            declared: Vec::new(),
            window_start: day(v, "window_start"),
            events: Vec::new(),
        })
    }
}
