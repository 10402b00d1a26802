//! Exchange rates into the base currency: one set by hand, and a day of the
//! ECB's reference rates applied to the currencies held.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::currency::Currency;
use crate::domain::rates::{RateSource, cross_rates, insane, is_sane};
use crate::ecb::Day;
use crate::error::{Error, Result};
use crate::render::json::Exact;
use crate::render::settings::{HistoryKept, RateChange, RatesUpdated};
use crate::settings;
use crate::store::{Db, rates};

/// Sets 1 `currency` = `rate` in the base currency, as of `today` (a manual
/// rate, which an ECB update keeps). Returns the base currency.
pub fn set_manual(
    db: &Db,
    currency: Currency,
    rate: Decimal,
    today: NaiveDate,
) -> Result<Currency> {
    let base = settings::base_currency(db)?;
    if currency == base {
        return Err(Error::invalid(format!(
            "{currency} is the base currency; its rate is always 1"
        )));
    }
    rates::set(db, currency, base, rate, today, RateSource::Manual)?;
    Ok(base)
}

/// Sets the rates of the ECB's `day` into the base currency for every
/// currency held (and keeps `history`'s days, from the first day asked
/// for): manual rates stay unless `replace_manual`; a day whose figures
/// give a rate outside the sane range is refused whole. Returns what
/// changed, as `rates update` reports it.
pub fn apply_ecb_day(
    db: &Db,
    day: &Day,
    history: Option<(NaiveDate, &[Day])>,
    replace_manual: bool,
    dry_run: bool,
) -> Result<RatesUpdated> {
    let base = settings::base_currency(db)?;
    let held = rates::held_currencies(db)?;
    let current = rates::list(db)?;
    let cross = cross_rates(&day.per_eur, base, &held).ok_or_else(|| {
        Error::runtime(format!(
            "the ECB does not publish {base}, the base currency, so no rate into it can be derived; set rates by hand with `subs rates set CODE RATE`"
        ))
    })?;
    let history = match history {
        Some((from, days)) => {
            let mut kept = 0;
            for d in days {
                kept += rates::keep_day(db, d.date, &d.per_eur)?;
            }
            Some(HistoryKept {
                from: from.to_string(),
                days: days.len(),
                new_quotes: kept,
            })
        }
        None => None,
    };
    let mut report = RatesUpdated {
        history,
        dry_run,
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
    // A document whose figures give a rate outside the sane range is
    // refused whole: the rates stay as they were.
    if let Some((currency, rate)) = cross.rates.iter().find(|(_, r)| !is_sane(*r)) {
        return Err(Error::runtime(format!(
            "the ECB rates of {} were refused: {}; your rates are unchanged",
            day.date,
            insane(*currency, *rate, base)
        )));
    }
    for (currency, rate) in cross.rates {
        let before = current
            .iter()
            .find(|r| r.currency == currency && r.base == base);
        if before.is_some_and(|r| r.source == RateSource::Manual) && !replace_manual {
            report.kept_manual.push(currency.code().to_string());
            continue;
        }
        if before
            .is_some_and(|r| r.source == RateSource::Ecb && r.rate == rate && r.set_on == day.date)
        {
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
    rates::mark_ecb_checked(db)?;
    Ok(report)
}
