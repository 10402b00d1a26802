//! `subs rates set|list|remove`.

use super::{Ctx, parse_currency};
use crate::domain::rates::{RateSource, parse_rate};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::json::Exact;
use crate::render::settings::{RateChange, RateList, RateRemoved, RateSet, RatesUpdated};
use crate::report::Envelope;
use crate::settings;
use crate::store::rates;

/// 1 `currency` = `rate` in the base currency, as of today.
pub fn set(ctx: &mut Ctx, currency: &str, rate: &str) -> Result<()> {
    let today = ctx.today();
    let currency = parse_currency(currency)?;
    let value =
        parse_rate(rate).map_err(|r| Error::invalid(validate::invalid("RATE", rate, &r)))?;
    let base = ctx.store.write(|db| {
        let base = settings::base_currency(db)?;
        if currency == base {
            return Err(Error::invalid(format!(
                "{currency} is the base currency; its rate is always 1"
            )));
        }
        rates::set(db, currency, base, value, today, RateSource::Manual)?;
        Ok(base)
    })?;
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
    let Some(value) = crate::env_text("SUBS_RATES_TIMEOUT")? else {
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

pub fn update(ctx: &mut Ctx, args: Update) -> Result<()> {
    let base_url = match crate::env_text("SUBS_RATES_URL")? {
        Some(url) => validate::service_url("SUBS_RATES_URL", &url).map_err(Error::invalid)?,
        None => crate::ecb::DEFAULT_BASE.to_string(),
    };
    // Fetched and read before anything is written: a failure leaves every
    // stored rate as it was.
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
    let xml = crate::ecb::fetch(&base_url, document, fetch_timeout()?).map_err(|why| {
        Error::runtime(format!(
            "could not fetch the ECB rates: {why}; your rates are unchanged"
        ))
    })?;
    let mut days = crate::ecb::parse(&xml).map_err(|why| {
        Error::runtime(format!(
            "the ECB rates could not be read ({why}); your rates are unchanged"
        ))
    })?;
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
    let apply = |db: &crate::store::Db| -> Result<RatesUpdated> {
        let base = settings::base_currency(db)?;
        let held = rates::held_currencies(db)?;
        let current = rates::list(db)?;
        let cross = crate::domain::rates::cross_rates(&day.per_eur, base, &held).ok_or_else(|| {
            Error::runtime(format!(
                "the ECB does not publish {base}, the base currency, so no rate into it can be derived; set rates by hand with `subs rates set CODE RATE`"
            ))
        })?;
        let history = match history_from {
            Some(from) => {
                let mut kept = 0;
                for d in &days {
                    kept += rates::keep_day(db, d.date, &d.per_eur)?;
                }
                Some(crate::render::settings::HistoryKept {
                    from: from.to_string(),
                    days: days.len(),
                    new_quotes: kept,
                })
            }
            None => None,
        };
        let mut report = RatesUpdated {
            history,
            dry_run: args.dry_run,
            date: day.date.to_string(),
            base: base.code().to_string(),
            updated: Vec::new(),
            kept_manual: Vec::new(),
            not_published: cross
                .not_quoted
                .iter()
                .map(|c| c.code().to_string())
                .collect(),
        };
        for (currency, rate) in cross.rates {
            let before = current
                .iter()
                .find(|r| r.currency == currency && r.base == base);
            if before.is_some_and(|r| r.source == RateSource::Manual) && !args.replace_manual {
                report.kept_manual.push(currency.code().to_string());
                continue;
            }
            if before.is_some_and(|r| {
                r.source == RateSource::Ecb && r.rate == rate && r.set_on == day.date
            }) {
                continue;
            }
            rates::set(db, currency, base, rate, day.date, RateSource::Ecb)?;
            report.updated.push(RateChange {
                currency: currency.code().to_string(),
                rate: Exact(rate),
                previous: before.map(|r| Exact(r.rate)),
                previous_source: before.map(|r| r.source),
            });
        }
        Ok(report)
    };
    let report = if args.dry_run {
        ctx.store.simulate(apply)?
    } else {
        ctx.store.write(apply)?
    };
    ctx.out.show(&report)
}
