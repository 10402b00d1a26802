//! `subs rates set|list|remove|update`; what a rate write does is `ops::rates`.

use super::{Ctx, parse_currency};
use crate::domain::rates::parse_rate;
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::ops;
use crate::render::Done;
use crate::render::json::Exact;
use crate::render::settings::{RateList, RateRemoved, RateSet};
use crate::report::Envelope;
use crate::settings;
use crate::store::rates;

/// 1 `currency` = `rate` in the base currency, as of today.
pub fn set(ctx: &mut Ctx, currency: &str, rate: &str) -> Result<()> {
    let today = ctx.today();
    let currency = parse_currency(currency)?;
    let value = parse_rate(rate).map_err(|r| {
        Error::invalid(validate::invalid(&format!("rate for {currency}"), rate, &r))
    })?;
    let base = ctx
        .store
        .write(|db| ops::rates::set_manual(db, currency, value, today))?;
    let set = RateSet {
        currency: currency.code().to_string(),
        rate: Exact(value),
        base: base.code().to_string(),
        set_on: today.to_string(),
    };
    let message = format!("1 {currency} = {value} {base} (set {today})");
    ctx.out.show(&Done::new(set, message))
}

pub fn list(ctx: &mut Ctx) -> Result<()> {
    let today = ctx.today();
    let list = ctx.store.read(|db| {
        let env = Envelope::load(db, today)?;
        Ok(RateList {
            base: env.base(),
            all: rates::list(db)?,
            used: env.rates,
            today,
            warnings: env.warnings,
        })
    })?;
    ctx.out.show(&list)
}

pub fn remove(ctx: &mut Ctx, currency: &str) -> Result<()> {
    let currency = parse_currency(currency)?;
    let removed = ctx.store.write(|db| rates::remove(db, currency))?;
    if !removed {
        return Err(Error::not_found(format!("no rate is set for {currency}")));
    }
    let message = format!("Removed the {currency} rate");
    ctx.out.show(&Done::new(
        RateRemoved {
            removed: currency.code().to_string(),
        },
        message,
    ))
}

/// `rates update`: the ECB's latest euro reference rates, as rates into
/// the base currency for every currency the user holds.
pub struct Update {
    pub dry_run: bool,
    pub replace_manual: bool,
    /// Also keep the ECB's daily rates from this day on (the history
    /// document), so past payments convert at their date's rate.
    pub history: Option<String>,
}

/// How long fetching the ECB document may take: `SUBS_RATES_TIMEOUT`
/// seconds (1 to 300), 15 by default.
fn fetch_timeout() -> Result<std::time::Duration> {
    let Some(value) = crate::environment::text("SUBS_RATES_TIMEOUT")? else {
        return Ok(std::time::Duration::from_secs(15));
    };
    value
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|s| (1..=300).contains(s))
        .map(std::time::Duration::from_secs)
        .ok_or_else(|| {
            Error::invalid(format!(
                "invalid SUBS_RATES_TIMEOUT \"{value}\": give whole seconds, 1 to 300"
            ))
        })
}

/// Where the ECB documents are fetched from.
fn rates_url() -> Result<String> {
    match crate::environment::text("SUBS_RATES_URL")? {
        Some(url) => validate::service_url("SUBS_RATES_URL", &url).map_err(Error::invalid),
        None => Ok(crate::ecb::DEFAULT_BASE.to_string()),
    }
}

pub fn update(ctx: &mut Ctx, args: Update) -> Result<()> {
    let base_url = rates_url()?;
    let history_from = args
        .history
        .as_deref()
        .map(|d| super::parse_date("--history", d, ctx.today()))
        .transpose()?;
    let document = if history_from.is_some() {
        crate::ecb::HISTORY
    } else {
        crate::ecb::DAILY
    };
    // Fetched and read before anything is written: a failure leaves every
    // stored rate as it was.
    let mut days = crate::ecb::fetch_days(&base_url, document, fetch_timeout()?)
        .map_err(|why| Error::runtime(format!("{why}; your rates are unchanged")))?;
    let day = days
        .pop()
        .ok_or_else(|| Error::runtime("the ECB document holds no rates"))?;
    if let Some(from) = history_from {
        days.retain(|d| d.date >= from);
    }
    days.push(crate::ecb::Day {
        date: day.date,
        per_eur: day.per_eur.clone(),
        unknown: Vec::new(),
    });
    let history = history_from.map(|from| (from, days.as_slice()));
    let apply = |db: &crate::store::Db| {
        ops::rates::apply_ecb_day(db, &day, history, args.replace_manual, args.dry_run)
    };
    let report = if args.dry_run {
        ctx.store.simulate(apply)?
    } else {
        ctx.store.write(apply)?
    };
    ctx.out.show(&report)
}

/// `rates_auto_update`: before a command that converts, rates fetched
/// longer ago than the period are fetched again, within 3 seconds. A
/// failure is one warning line; the command goes on with the stored rates.
pub fn auto_refresh(ctx: &mut Ctx) -> Result<()> {
    let db = ctx.store.db();
    let period = match settings::get(db, "rates_auto_update")?.value.as_str() {
        "daily" => 1,
        "weekly" => 7,
        _ => return Ok(()),
    };
    let today = ctx.today();
    let base = settings::base_currency(db)?;
    if !rates::held_currencies(db)?.iter().any(|c| *c != base) {
        return Ok(());
    }
    let fresh = rates::ecb_checked_on(db)?.is_some_and(|day| (today - day).num_days() < period);
    if fresh {
        return Ok(());
    }
    let refreshed = rates_url()
        .map_err(|e| e.to_string())
        .and_then(|url| {
            crate::ecb::fetch_days(&url, crate::ecb::DAILY, std::time::Duration::from_secs(3))
        })
        .and_then(|mut days| {
            days.pop()
                .ok_or_else(|| "the ECB document holds no rates".to_string())
        })
        .and_then(|day| {
            ctx.store
                .write(|db| ops::rates::apply_ecb_day(db, &day, None, false, false))
                .map_err(|e| e.to_string())
        });
    match refreshed {
        Ok(report) => ctx.out.debug(&format!(
            "rates refreshed from the ECB ({}): {} changed",
            report.date,
            report.updated.len()
        )),
        Err(why) => ctx.out.warn(&format!(
            "the exchange rates were not refreshed ({why}); the stored ones are used"
        )),
    }
    Ok(())
}
