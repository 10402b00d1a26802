//! `subs edit`: change any detail. A new amount is recorded in the price
//! history (an increase raises a price_increase alert); a new cycle or next
//! billing date re-anchors the schedule.

use chrono::NaiveDate;

use super::{
    Ctx, DetailInput, Details, apply_card, apply_plan, apply_shares, as_typed, check_dates,
    check_shares, muted, parse_date, parse_money, validate_details,
};
use crate::alerts::events;
use crate::domain::cycle::{Cycle, CycleKind};
use crate::domain::money::Money;
use crate::domain::subscription::{NAME_MAX, Status, Subscription};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::json::SubscriptionRecord;
use crate::render::text::safe;
use crate::store::{Db, categories, payments, subscriptions};

/// What `subs edit` was given.
pub struct Edit {
    pub subscription: String,
    pub name: Option<String>,
    pub amount: Option<String>,
    pub cycle: Option<CycleKind>,
    pub every_days: Option<i64>,
    pub every_months: Option<i64>,
    pub start: Option<String>,
    pub next: Option<String>,
    pub details: DetailInput,
    pub no_category: bool,
    pub no_end: bool,
}

/// The new values, checked before the transaction starts.
struct Changes {
    name: Option<String>,
    amount: Option<Money>,
    start: Option<NaiveDate>,
    next: Option<NaiveDate>,
    details: Details,
}

impl Changes {
    fn check(args: &Edit, today: NaiveDate) -> Result<Changes> {
        let nothing = args.name.is_none()
            && args.amount.is_none()
            && args.cycle.is_none()
            && args.every_days.is_none()
            && args.every_months.is_none()
            && args.start.is_none()
            && args.next.is_none()
            && !args.no_category
            && !args.no_end
            && args.details.is_empty();
        if nothing {
            return Err(Error::invalid(
                "nothing to change: pass at least one option, e.g. --amount 17.99 (see subs edit --help)",
            ));
        }
        let date = |flag: &str, value: &Option<String>| {
            value
                .as_deref()
                .map(|v| parse_date(flag, v, today))
                .transpose()
        };
        Ok(Changes {
            name: args
                .name
                .as_deref()
                .map(|n| validate::name("--name", n, NAME_MAX).map_err(Error::invalid))
                .transpose()?,
            amount: args
                .amount
                .as_deref()
                .map(|a| parse_money("--amount", a))
                .transpose()?,
            start: date("--start", &args.start)?,
            next: date("--next", &args.next)?,
            details: validate_details(&args.details, today)?,
        })
    }
}

pub fn run(ctx: &mut Ctx, args: Edit) -> Result<()> {
    let today = ctx.today();
    let changes = Changes::check(&args, today)?;
    let (updated, changed) = ctx.store.write(|db| {
        let id = subscriptions::resolve(db, &args.subscription)?;
        let old = subscriptions::get(db, &id)?;
        if args.no_end && matches!(old.status, Status::Cancelled | Status::Expired) {
            return Err(Error::invalid(format!(
                "{} is {}: removing its end date would not restart it; `subs resume {}` does (and clears the end date)",
                safe(&old.name),
                old.status,
                old.id
            )));
        }
        let mut sub = old.clone();
        apply_details(db, &mut sub, &args, changes)?;
        reschedule(&mut sub, &old, &args)?;
        check_shares(&sub)?;
        if sub == old {
            return Ok((old, false));
        }
        subscriptions::update(db, &sub)?;
        if sub.shares != old.shares {
            crate::store::members::set_shares(db, &sub.id, &sub.shares)?;
        }
        if sub.amount != old.amount || sub.cycle != old.cycle {
            events::price_changed(db, &old, &sub, today)?;
        }
        Ok((subscriptions::get(db, &id)?, true))
    })?;
    let message = if changed {
        format!("Updated {} ({})", safe(&updated.name), updated.id)
    } else {
        format!(
            "Nothing changed: {} ({}) already has those values",
            safe(&updated.name),
            updated.id
        )
    };
    let record = SubscriptionRecord {
        subscription: updated,
        today,
    };
    ctx.out.show(&Done::new(record, message))
}

/// Every change but the schedule's.
fn apply_details(db: &Db, sub: &mut Subscription, args: &Edit, changes: Changes) -> Result<()> {
    let Changes {
        name,
        amount,
        start,
        next,
        details,
    } = changes;
    let plan = details.plan;
    apply_card(db, sub, &details)?;
    apply_shares(db, sub, &details)?;
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
    sub.muted = muted(&sub.muted, &details.mute, &details.unmute);
    if let Some(leads) = &details.remind {
        sub.remind = leads.clone();
    }
    if let Some(v) = amount {
        sub.amount = v;
    }
    if let Some(v) = start {
        sub.start_date = v;
    }
    if let Some(n) = next {
        sub.next_billing_date = n;
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
        let category = categories::find_or_create(db, name)?;
        sub.category_id = Some(category.id);
        sub.category = Some(category.name);
    }
    let settled = plan.trial.is_some() && payments::last_settled_due(db, &sub.id)?.is_some();
    apply_plan(sub, plan, settled, args.details.trial_until.as_deref())
}

/// The cycle and the anchor: a new cycle or next billing date re-anchors
/// the schedule there; --every-days or --every-months changes the length of
/// a custom cycle (another cycle needs --cycle custom too).
fn reschedule(sub: &mut Subscription, old: &Subscription, args: &Edit) -> Result<()> {
    if args.cycle.is_some() || args.every_days.is_some() || args.every_months.is_some() {
        let kind = args.cycle.unwrap_or(sub.cycle.kind());
        sub.cycle =
            Cycle::from_parts(kind, args.every_days, args.every_months).map_err(Error::invalid)?;
    }
    let next_given = args.next.is_some();
    if next_given || sub.cycle != old.cycle {
        sub.anchor = sub.next_billing_date;
    }
    if !next_given && sub.next_billing_date < sub.start_date {
        return Err(Error::invalid(format!(
            "invalid --start {}: it is after the next billing date {}; pass --next too",
            as_typed(args.start.as_deref(), sub.start_date),
            sub.next_billing_date
        )));
    }
    let next = next_given.then_some((sub.next_billing_date, args.next.as_deref()));
    // The end date quotes what was typed only when it was typed now.
    let end_typed = if args.no_end {
        None
    } else {
        args.details.end.as_deref()
    };
    check_dates(sub.start_date, next, sub.end_date.map(|e| (e, end_typed)))
}
