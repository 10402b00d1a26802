//! `subs edit`: change any detail. A new amount is recorded in the price
//! history (an increase raises a price_increase alert); a new cycle or next
//! billing date re-anchors the schedule.

use super::{Ctx, DetailInput, check_dates, parse_date, parse_money, validate_details};
use crate::alerts::events;
use crate::domain::cycle::{Cycle, CycleKind};
use crate::domain::subscription::NAME_MAX;
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::json::SubscriptionRecord;
use crate::render::text::safe;
use crate::store::{categories, subscriptions};

/// What `subs edit` was given.
pub struct Edit {
    pub subscription: String,
    pub name: Option<String>,
    pub amount: Option<String>,
    pub cycle: Option<CycleKind>,
    pub every_days: Option<i64>,
    pub start: Option<String>,
    pub next: Option<String>,
    pub details: DetailInput,
    pub no_category: bool,
    pub no_end: bool,
}

pub fn run(ctx: &mut Ctx, args: Edit) -> Result<()> {
    let today = ctx.today;
    let d = &args.details;
    let nothing = args.name.is_none()
        && args.amount.is_none()
        && args.cycle.is_none()
        && args.every_days.is_none()
        && args.start.is_none()
        && args.next.is_none()
        && !args.no_category
        && !args.no_end
        && d.is_empty();
    if nothing {
        return Err(Error::invalid(
            "nothing to change: pass at least one option, e.g. --amount 17.99 (see subs edit --help)",
        ));
    }

    let details = validate_details(d)?;
    let name = args
        .name
        .as_deref()
        .map(|n| validate::name("--name", n, NAME_MAX).map_err(Error::invalid))
        .transpose()?;
    let amount = args
        .amount
        .as_deref()
        .map(|a| parse_money("--amount", a))
        .transpose()?;
    let start = args
        .start
        .as_deref()
        .map(|s| parse_date("--start", s))
        .transpose()?;
    let next = args
        .next
        .as_deref()
        .map(|n| parse_date("--next", n))
        .transpose()?;

    let updated = ctx.store.write(|tx| {
        let id = subscriptions::resolve(tx, &args.subscription)?;
        let mut sub = subscriptions::get(tx, &id)?;
        let old = sub.clone();

        if let Some(name) = name {
            sub.name = name;
        }
        if let Some(p) = details.provider {
            sub.provider = p;
        }
        if let Some(v) = details.description {
            sub.description = v;
        }
        if let Some(v) = details.website_url {
            sub.website_url = v;
        }
        if let Some(v) = details.notes {
            sub.notes = v;
        }
        if let Some(c) = details.currency {
            sub.currency = c;
        }
        if let Some(m) = details.payment_method {
            sub.payment_method = m;
        }
        if let Some(v) = details.auto_renewal {
            sub.auto_renewal = v;
        }
        if let Some(v) = details.reminder_days {
            sub.reminder_days = v;
        }
        if let Some(v) = details.email_notifications {
            sub.email_notifications = v;
        }
        if let Some(v) = amount {
            sub.amount = v;
        }
        if let Some(v) = start {
            sub.start_date = v;
        }
        if args.no_end {
            sub.end_date = None;
        } else if let Some(v) = details.end_date {
            sub.end_date = Some(v);
        }
        if args.no_category {
            sub.category_id = None;
            sub.category = None;
        } else if let Some(name) = &details.category {
            let category = categories::find_or_create(tx, name)?;
            sub.category_id = Some(category.id);
            sub.category = Some(category.name);
        }

        // The cycle: an explicit --every-days keeps a custom cycle custom.
        if args.cycle.is_some() || args.every_days.is_some() {
            let kind = args.cycle.unwrap_or(sub.cycle.kind());
            let days = args.every_days.or_else(|| {
                (args.cycle.is_none())
                    .then(|| sub.cycle.custom_days().map(i64::from))
                    .flatten()
            });
            sub.cycle = Cycle::new(kind, days).map_err(Error::invalid)?;
        }
        // Re-anchor at the (new) next billing date when the schedule changes.
        if let Some(n) = next {
            sub.next_billing_date = n;
            sub.anchor = n;
        } else if sub.cycle != old.cycle {
            sub.anchor = sub.next_billing_date;
        }
        if next.is_none() && sub.next_billing_date < sub.start_date {
            return Err(Error::invalid(format!(
                "invalid --start \"{}\": it is after the next billing date {}; pass --next too",
                sub.start_date, sub.next_billing_date
            )));
        }
        check_dates(sub.start_date, next, sub.end_date)?;

        subscriptions::update(tx, &sub)?;
        if sub.amount != old.amount {
            events::price_changed(tx, &old, &sub, today)?;
        }
        subscriptions::get(tx, &id)
    })?;

    let message = format!("Updated {} ({})", safe(&updated.name), updated.id);
    let record = SubscriptionRecord {
        subscription: updated,
        today,
    };
    ctx.out.show(&Done::new(record, message))
}
