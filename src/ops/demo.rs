//! The sample portfolio `subs demo` writes: its data, and the writes that
//! build it — through the same rules as the commands (`next_billing`,
//! `lifecycle`). Relative to "today", so it always looks current.

use chrono::{Duration, NaiveDate};

use super::lifecycle::{self, EndAt};
use super::next_billing;
use crate::alerts::events;
use crate::domain::currency::Currency;
use crate::domain::cycle::Cycle::{self, Custom, Monthly, Quarterly, Weekly, Yearly};
use crate::domain::id;
use crate::domain::money::Money;
use crate::domain::payment::{NewPayment, PaymentStatus};
use crate::domain::schedule;
use crate::domain::subscription::PaymentMethod::{self, BankTransfer, Card, Paypal};
use crate::domain::subscription::Subscription;
use crate::domain::usage::NewUsage;
use crate::error::{Error, Result};
use crate::store::{Db, categories, payments, subscriptions, usage};

/// A sample service: name, amount, currency, cycle, category, how it is
/// paid, how many days ago it started, whether it renews by itself.
type Service = (
    &'static str,
    &'static str,
    &'static str,
    Cycle,
    &'static str,
    PaymentMethod,
    i64,
    bool,
);

#[rustfmt::skip]
const SERVICES: [Service; 16] = [
    ("Netflix", "15.49", "USD", Monthly, "Entertainment", Card, 420, true),
    ("Disney+", "109.99", "USD", Yearly, "Entertainment", Card, 500, true),
    ("YouTube Premium", "13.99", "USD", Monthly, "Entertainment", Paypal, 300, true),
    ("Hotstar", "299", "INR", Quarterly, "Entertainment", Card, 200, true),
    ("Spotify", "10.99", "EUR", Monthly, "Music", Card, 800, true),
    ("YouTube Music", "10.99", "USD", Monthly, "Music", Paypal, 200, true),
    ("iCloud+", "2.99", "USD", Monthly, "Cloud storage", Card, 900, true),
    ("Dropbox Plus", "119.88", "USD", Yearly, "Cloud storage", Card, 600, true),
    ("Google One", "130", "INR", Monthly, "Cloud storage", Card, 100, true),
    ("Microsoft 365", "99.99", "EUR", Yearly, "Productivity", Card, 400, true),
    ("Notion", "10", "USD", Monthly, "Productivity", Card, 250, true),
    ("Amazon Prime", "1499", "INR", Yearly, "Shopping", Card, 700, true),
    ("The Economist", "29", "USD", Quarterly, "News", Card, 350, true),
    ("NYT Cooking", "1.25", "USD", Weekly, "News", Card, 150, true),
    ("Headspace", "12.99", "USD", Monthly, "Wellness", Card, 380, true),
    ("City Gym", "120", "EUR", Custom(90), "Fitness", BankTransfer, 400, false),
];

fn invalid<E: std::fmt::Display>(e: E) -> Error {
    Error::runtime(format!("demo data: {e}"))
}

/// The sample services, billing from a year ago (or their start).
pub fn services(tx: &Db, today: NaiveDate) -> Result<Vec<Subscription>> {
    let year_ago = today - Duration::days(365);
    let mut ids = Vec::new();
    for &(name, amount, currency, cycle, category, method, started_days_ago, auto_renewal) in
        &SERVICES
    {
        let start = today - Duration::days(started_days_ago);
        let category = categories::find_or_create(tx, category)?;
        // Billing from a year ago (or the start); renewal processing below
        // then records a year of payments exactly as cron would have.
        let from = start.max(year_ago);
        let first =
            next_billing::start(start, cycle, None, from).ok_or_else(|| invalid("schedule"))?;
        let stamp = format!("{start}T09:00:00Z");
        let sub = Subscription {
            category_id: Some(category.id),
            category: Some(category.name),
            anchor: first.anchor,
            payment_method: method,
            auto_renewal,
            created_at: stamp.clone(),
            updated_at: stamp,
            ..Subscription::new(
                id::new_subscription_id(),
                name.into(),
                Money::parse(amount).map_err(invalid)?,
                Currency::parse(currency).map_err(invalid)?,
                cycle,
                start,
                first.next,
            )
        };
        subscriptions::insert(tx, &sub)?;
        ids.push(sub);
    }
    Ok(ids)
}

/// The gym is paid by hand: settle every occurrence up to today.
pub fn settle_by_hand(tx: &Db, ids: &[Subscription], today: NaiveDate) -> Result<()> {
    if let Some(gym) = ids.iter().find(|s| !s.auto_renewal) {
        let mut due = gym.next_billing_date;
        while due <= today {
            payments::insert(
                tx,
                &NewPayment {
                    subscription_id: &gym.id,
                    amount: gym.amount,
                    currency: gym.currency,
                    payment_date: due + Duration::days(2),
                    due_date: due,
                    status: PaymentStatus::Paid,
                    transaction_id: Some("BANK-TRANSFER"),
                    notes: None,
                },
            )?;
            due = schedule::first_after(gym.anchor, gym.cycle, due)
                .ok_or_else(|| invalid("schedule"))?;
        }
        next_billing::record(tx, gym, due)?;
    }
    Ok(())
}

/// Usage: streaming most days, music daily, the gym not for 45 days.
pub fn log_usage(tx: &Db, ids: &[Subscription], today: NaiveDate) -> Result<()> {
    let log = |name: &str, every: i64, since: i64, until: i64, minutes: i64| -> Result<()> {
        let sub = ids
            .iter()
            .find(|s| s.name == name)
            .ok_or_else(|| invalid(name))?;
        let mut ago = since;
        while ago >= until {
            usage::insert(
                tx,
                &NewUsage {
                    subscription_id: &sub.id,
                    usage_date: today - Duration::days(ago),
                    usage_count: 1,
                    usage_duration: Some(minutes * 60),
                    usage_value: None,
                    notes: None,
                },
            )?;
            ago -= every;
        }
        Ok(())
    };
    log("Netflix", 3, 120, 1, 95)?;
    log("Spotify", 1, 60, 0, 50)?;
    log("YouTube Premium", 4, 90, 2, 30)?;
    log("YouTube Music", 20, 80, 40, 20)?;
    log("City Gym", 7, 120, 45, 75)?;
    log("Headspace", 10, 200, 60, 10)?;
    Ok(())
}

/// A price increase, a paused and a cancelled subscription.
pub fn story(tx: &Db, ids: &[Subscription], today: NaiveDate) -> Result<()> {
    let find = |name: &str| -> Result<Subscription> {
        let sub = ids
            .iter()
            .find(|s| s.name == name)
            .ok_or_else(|| invalid(name))?;
        subscriptions::get(tx, &sub.id)
    };
    let old = find("Netflix")?;
    let mut new = old.clone();
    new.amount = Money::parse("17.99").map_err(invalid)?;
    subscriptions::update(tx, &new)?;
    events::price_changed(tx, &old, &new, today - Duration::days(10))?;

    lifecycle::pause(tx, &find("Notion")?.id, today)?;
    let last_day = today - Duration::days(20);
    let at = EndAt::Day(last_day, "20 days ago");
    lifecycle::cancel(tx, &find("Headspace")?.id, at, today)?;

    // What plans bring: a contract with notice, a budget, a shared plan,
    // a card that expires at the end of this month.
    let mut gym = find("City Gym")?;
    gym.contract = Some(crate::domain::plan::Contract {
        term_months: 12,
        extends_by_months: None,
        notice: Some(crate::domain::plan::Length::Days(30)),
    });
    subscriptions::update(tx, &gym)?;
    crate::store::budgets::set(
        tx,
        None,
        Money::parse("150").map_err(invalid)?,
        Currency::USD,
    )?;
    let alex = crate::store::members::add(tx, "Alex")?;
    let spotify = find("Spotify")?;
    crate::store::members::set_shares(
        tx,
        &spotify.id,
        &[
            crate::domain::subscription::Share {
                member: Some(alex),
                part: crate::domain::share::Part::Equal,
            },
            crate::domain::subscription::Share {
                member: None,
                part: crate::domain::share::Part::Equal,
            },
        ],
    )?;
    let card = crate::store::cards::insert(tx, "Visa 4242", PaymentMethod::Card, today)?;
    for name in ["Netflix", "Spotify"] {
        let mut sub = find(name)?;
        sub.card_id = Some(card.id);
        sub.payment_method = card.kind;
        subscriptions::update(tx, &sub)?;
    }
    Ok(())
}
