//! `subs demo`: a realistic sample portfolio (`ops::demo`) in the separate
//! `demo` profile (never the user's own database), rebuilt from scratch on
//! every run relative to "today", then shown as a dashboard.

use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

use super::Ctx;
use crate::alerts::{generate, renewal};
use crate::domain::currency::Currency;
use crate::domain::rates::RateSource;
use crate::error::{Error, Result};
use crate::ops::demo;
use crate::report;
use crate::store::{Db, rates};

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

    let ids = demo::services(tx, today)?;
    demo::settle_by_hand(tx, &ids, today)?;
    renewal::process(tx, today, false)?;
    demo::log_usage(tx, &ids, today)?;
    demo::story(tx, &ids, today)?;
    generate::run(tx, today, Decimal::new(1000, 2), &|db| {
        report::budgets::usage(db, today, false)
    })?;
    Ok(())
}
