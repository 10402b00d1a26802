//! `subs rates set|list|remove`.

use super::{Ctx, parse_currency};
use crate::domain::rates::{RateSource, parse_rate};
use crate::domain::validate;
use crate::error::{Error, Result};
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
