//! `subs demo`: a realistic sample portfolio in the separate `demo`
//! profile (never the user's own database), rebuilt from scratch on every
//! run relative to "today", then shown as a dashboard.

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use super::Ctx;
use crate::alerts::{events, generate, renewal};
use crate::domain::alert;
use crate::domain::currency::Currency;
use crate::domain::cycle::Cycle;
use crate::domain::money::Money;
use crate::domain::payment::{NewPayment, PaymentStatus};
use crate::domain::rates::RateSource;
use crate::domain::subscription::{PaymentMethod, Status, Subscription};
use crate::domain::usage::NewUsage;
use crate::domain::{id, schedule};
use crate::error::{Error, Result};
use crate::report;
use crate::store::{Db, categories, payments, rates, subscriptions, usage};

struct Service {
    name: &'static str,
    amount: &'static str,
    currency: &'static str,
    cycle: Cycle,
    category: &'static str,
    method: PaymentMethod,
    started_days_ago: i64,
    auto_renewal: bool,
}

const fn svc(
    name: &'static str,
    amount: &'static str,
    currency: &'static str,
    cycle: Cycle,
    category: &'static str,
    method: PaymentMethod,
    started_days_ago: i64,
) -> Service {
    Service {
        name,
        amount,
        currency,
        cycle,
        category,
        method,
        started_days_ago,
        auto_renewal: true,
    }
}

const SERVICES: [Service; 16] = [
    svc(
        "Netflix",
        "15.49",
        "USD",
        Cycle::Monthly,
        "Entertainment",
        PaymentMethod::Card,
        420,
    ),
    svc(
        "Disney+",
        "109.99",
        "USD",
        Cycle::Yearly,
        "Entertainment",
        PaymentMethod::Card,
        500,
    ),
    svc(
        "YouTube Premium",
        "13.99",
        "USD",
        Cycle::Monthly,
        "Entertainment",
        PaymentMethod::Paypal,
        300,
    ),
    svc(
        "Hotstar",
        "299",
        "INR",
        Cycle::Quarterly,
        "Entertainment",
        PaymentMethod::Card,
        200,
    ),
    svc(
        "Spotify",
        "10.99",
        "EUR",
        Cycle::Monthly,
        "Music",
        PaymentMethod::Card,
        800,
    ),
    svc(
        "YouTube Music",
        "10.99",
        "USD",
        Cycle::Monthly,
        "Music",
        PaymentMethod::Paypal,
        200,
    ),
    svc(
        "iCloud+",
        "2.99",
        "USD",
        Cycle::Monthly,
        "Cloud storage",
        PaymentMethod::Card,
        900,
    ),
    svc(
        "Dropbox Plus",
        "119.88",
        "USD",
        Cycle::Yearly,
        "Cloud storage",
        PaymentMethod::Card,
        600,
    ),
    svc(
        "Google One",
        "130",
        "INR",
        Cycle::Monthly,
        "Cloud storage",
        PaymentMethod::Card,
        100,
    ),
    svc(
        "Microsoft 365",
        "99.99",
        "EUR",
        Cycle::Yearly,
        "Productivity",
        PaymentMethod::Card,
        400,
    ),
    svc(
        "Notion",
        "10",
        "USD",
        Cycle::Monthly,
        "Productivity",
        PaymentMethod::Card,
        250,
    ),
    svc(
        "Amazon Prime",
        "1499",
        "INR",
        Cycle::Yearly,
        "Shopping",
        PaymentMethod::Card,
        700,
    ),
    svc(
        "The Economist",
        "29",
        "USD",
        Cycle::Quarterly,
        "News",
        PaymentMethod::Card,
        350,
    ),
    svc(
        "NYT Cooking",
        "1.25",
        "USD",
        Cycle::Weekly,
        "News",
        PaymentMethod::Card,
        150,
    ),
    svc(
        "Headspace",
        "12.99",
        "USD",
        Cycle::Monthly,
        "Wellness",
        PaymentMethod::Card,
        380,
    ),
    Service {
        auto_renewal: false,
        ..svc(
            "City Gym",
            "120",
            "EUR",
            Cycle::Custom(90),
            "Fitness",
            PaymentMethod::BankTransfer,
            400,
        )
    },
];

pub fn run(ctx: &mut Ctx) -> Result<()> {
    let today = ctx.today();
    ctx.store.write(|tx| {
        crate::store::mark_demo(tx)?;
        fill(tx, today)
    })?;
    ctx.out.info(&format!(
        "Demo portfolio written to {} (your own data is untouched). Explore it with `subs --profile demo list`, `... analytics`, `... alerts list`.\n",
        crate::render::text::safe(&ctx.store.path().display().to_string())
    ))?;
    let dashboard = ctx
        .store
        .read(|db| report::dashboard::build(db, today, 7, false))?;
    ctx.out.show(&dashboard)
}

fn invalid<E: std::fmt::Display>(e: E) -> Error {
    Error::runtime(format!("demo data: {e}"))
}

fn fill(tx: &Db, today: NaiveDate) -> Result<()> {
    let usd = Currency::USD;
    let eur = Currency::parse("EUR").map_err(invalid)?;
    let inr = Currency::parse("INR").map_err(invalid)?;
    crate::store::config::set(tx, "base_currency", usd.code())?;
    rates::set(
        tx,
        eur,
        usd,
        Decimal::new(108, 2),
        today - Duration::days(3),
        RateSource::Manual,
    )?;
    rates::set(
        tx,
        inr,
        usd,
        Decimal::new(12, 3),
        today - Duration::days(3),
        RateSource::Manual,
    )?;

    let ids = services(tx, today)?;
    settle_by_hand(tx, &ids, today)?;
    renewal::process(tx, today, false)?;
    log_usage(tx, &ids, today)?;
    story(tx, &ids, today)?;
    generate::run(tx, today, Decimal::new(1000, 2), &|db| {
        report::budgets::usage(db, today, false)
    })?;
    Ok(())
}

/// The sample services, billing from a year ago (or their start).
fn services(tx: &Db, today: NaiveDate) -> Result<Vec<Subscription>> {
    let year_ago = today - Duration::days(365);
    let mut ids = Vec::new();
    for s in &SERVICES {
        let start = today - Duration::days(s.started_days_ago);
        let category = categories::find_or_create(tx, s.category)?;
        // Billing from a year ago (or the start); renewal processing below
        // then records a year of payments exactly as cron would have.
        let from = start.max(year_ago);
        let next =
            schedule::first_on_or_after(start, s.cycle, from).ok_or_else(|| invalid("schedule"))?;
        let stamp = format!("{start}T09:00:00Z");
        let sub = Subscription {
            id: id::new_subscription_id(),
            name: s.name.into(),
            description: None,
            provider: s.name.into(),
            category_id: Some(category.id),
            category: Some(category.name),
            amount: Money::parse(s.amount).map_err(invalid)?,
            currency: Currency::parse(s.currency).map_err(invalid)?,
            cycle: s.cycle,
            anchor: start,
            start_date: start,
            next_billing_date: next,
            end_date: None,
            status: Status::Active,
            payment_method: s.method,
            auto_renewal: s.auto_renewal,
            reminder_days: 3,
            email_notifications: true,
            website_url: None,
            notes: None,
            created_at: stamp.clone(),
            updated_at: stamp,
            muted: Vec::new(),
            remind: Vec::new(),
            trial_until: None,
            contract: None,
            card_id: None,
            card: None,
            paid_by: None,
            shares: Vec::new(),
        };
        subscriptions::insert(tx, &sub)?;
        ids.push(sub);
    }
    Ok(ids)
}

/// The gym is paid by hand: settle every occurrence up to today.
fn settle_by_hand(tx: &Db, ids: &[Subscription], today: NaiveDate) -> Result<()> {
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
        subscriptions::set_next_billing(tx, &gym.id, due)?;
    }
    Ok(())
}

/// Usage: streaming most days, music daily, the gym not for 45 days.
fn log_usage(tx: &Db, ids: &[Subscription], today: NaiveDate) -> Result<()> {
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
fn story(tx: &Db, ids: &[Subscription], today: NaiveDate) -> Result<()> {
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

    let mut notion = find("Notion")?;
    notion.status = Status::Paused;
    subscriptions::update(tx, &notion)?;
    events::status_changed(tx, &notion, alert::paused(&notion.name), "paused", today)?;

    let mut headspace = find("Headspace")?;
    headspace.status = Status::Cancelled;
    headspace.end_date = Some(today - Duration::days(20));
    subscriptions::update(tx, &headspace)?;
    events::status_changed(
        tx,
        &headspace,
        alert::cancelled(&headspace.name, today - Duration::days(20)),
        "cancelled",
        today,
    )?;

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
