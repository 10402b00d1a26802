//! Adding and editing a subscription: its details, card, shared plan and
//! dates, and the rules they keep.

use chrono::NaiveDate;

use super::next_billing::{self, Start};
use super::plan::{self, Plan};
use crate::alerts::events;
use crate::domain::alert::AlertType;
use crate::domain::currency::Currency;
use crate::domain::cycle::{Cycle, CycleKind};
use crate::domain::id;
use crate::domain::money::Money;
use crate::domain::share::Part;
use crate::domain::subscription::{self, PaymentMethod, Share, Status, Subscription};
use crate::domain::validate::as_typed;
use crate::error::{Error, Result};
use crate::render::text::safe;
use crate::settings;
use crate::store::{Db, cards, categories, members, payments, subscriptions};

/// The optional details `add` and `edit` share, parsed. For text fields
/// `Some(None)` means "none" (so `edit --notes ""` clears the notes).
#[derive(Debug, Default)]
pub struct Details {
    pub description: Option<Option<String>>,
    pub provider: Option<String>,
    pub category: Option<String>,
    pub currency: Option<Currency>,
    pub payment_method: Option<PaymentMethod>,
    /// `Some(None)`: no card.
    pub card: Option<Option<String>>,
    /// Member names as typed (`Some(empty)`: not shared).
    pub shared_with: Option<Vec<String>>,
    /// (member name, part) as typed.
    pub shares: Option<Vec<(String, Part)>>,
    pub paid_by: Option<String>,
    pub auto_renewal: Option<bool>,
    pub reminder_days: Option<u16>,
    pub remind: Option<Vec<u16>>,
    pub email_notifications: Option<bool>,
    pub website_url: Option<Option<String>>,
    pub notes: Option<Option<String>>,
    /// `Some(None)`: matched by its name again.
    pub statement_match: Option<Option<String>>,
    pub end_date: Option<NaiveDate>,
    pub plan: Plan,
    pub mute: Vec<AlertType>,
    pub unmute: Vec<AlertType>,
}

/// What was typed for the date flags, which a refusal quotes (`None`: not
/// typed).
#[derive(Clone, Copy, Debug, Default)]
pub struct Typed<'a> {
    pub start: Option<&'a str>,
    pub next: Option<&'a str>,
    pub end: Option<&'a str>,
    pub trial_until: Option<&'a str>,
}

/// A new subscription's required values, parsed.
pub struct New {
    pub name: String,
    pub amount: Money,
    pub cycle: Cycle,
    pub start: NaiveDate,
    /// The next billing date, when given.
    pub next: Option<NaiveDate>,
    /// A category chosen at the prompt (`--category` wins).
    pub category: Option<String>,
}

/// The schedule `new` starts with, after checking its dates: neither the
/// next billing date nor the end comes before the start.
pub fn schedule(new: &New, details: &Details, typed: Typed, today: NaiveDate) -> Result<Start> {
    check_dates(
        new.start,
        new.next.map(|n| (n, typed.next)),
        details.end_date.map(|e| (e, typed.end)),
    )?;
    next_billing::start(new.start, new.cycle, new.next, today)
        .ok_or_else(|| Error::invalid("the start date is too far in the future"))
}

/// An active subscription exactly like `new` (same name, amount, currency
/// — `currency`, or the base currency — and cycle), most likely added by
/// mistake: its id.
pub fn duplicate(db: &Db, new: &New, currency: Option<Currency>) -> Result<Option<String>> {
    let currency = match currency {
        Some(c) => c,
        None => settings::base_currency(db)?,
    };
    subscriptions::same_active(db, &new.name, new.amount, currency, new.cycle)
}

/// Adds `new` with `details` on the schedule `start` (from `schedule`),
/// stamped `now`, within the MAX_SUBSCRIPTIONS limit.
pub fn create(
    db: &Db,
    new: New,
    details: &Details,
    start: Start,
    typed: Typed,
    now: &str,
) -> Result<Subscription> {
    let limit = settings::max_subscriptions(db)?;
    if subscriptions::count(db)? >= limit {
        return Err(Error::invalid(format!(
            "cannot add more than {limit} subscriptions (the MAX_SUBSCRIPTIONS setting); {}",
            settings::max_subscriptions_advice(db)?
        )));
    }
    let currency = match details.currency {
        Some(c) => c,
        None => settings::base_currency(db)?,
    };
    let category = details
        .category
        .clone()
        .or(new.category)
        .map(|c| categories::find_or_create(db, &c))
        .transpose()?;
    let mut sub = Subscription {
        provider: details.provider.clone().unwrap_or_else(|| new.name.clone()),
        description: details.description.clone().flatten(),
        category_id: category.as_ref().map(|c| c.id),
        category: category.map(|c| c.name),
        anchor: start.anchor,
        end_date: details.end_date,
        payment_method: details.payment_method.unwrap_or(PaymentMethod::Card),
        auto_renewal: details.auto_renewal.unwrap_or(true),
        reminder_days: details.reminder_days.unwrap_or(3),
        email_notifications: details.email_notifications.unwrap_or(true),
        website_url: details.website_url.clone().flatten(),
        notes: details.notes.clone().flatten(),
        statement_match: details.statement_match.clone().flatten(),
        created_at: now.to_string(),
        updated_at: now.to_string(),
        muted: muted(&[], &details.mute, &details.unmute),
        remind: details.remind.clone().unwrap_or_default(),
        ..Subscription::new(
            id::new_subscription_id(),
            new.name,
            new.amount,
            currency,
            new.cycle,
            new.start,
            start.next,
        )
    };
    plan::apply(&mut sub, details.plan, false, typed.trial_until)?;
    apply_card(db, &mut sub, details)?;
    apply_shares(db, &mut sub, details)?;
    check_shares(&sub)?;
    subscriptions::insert(db, &sub)?;
    if !sub.shares.is_empty() {
        members::set_shares(db, &sub.id, &sub.shares)?;
    }
    Ok(sub)
}

/// A new cycle as given: its kind and a custom cycle's length.
#[derive(Clone, Copy, Debug, Default)]
pub struct CycleChange {
    pub kind: Option<CycleKind>,
    pub every_days: Option<i64>,
    pub every_months: Option<i64>,
}

impl CycleChange {
    fn given(&self) -> bool {
        self.kind.is_some() || self.every_days.is_some() || self.every_months.is_some()
    }
}

/// What `edit` changes, parsed.
pub struct Changes {
    pub name: Option<String>,
    pub amount: Option<Money>,
    pub cycle: CycleChange,
    pub start: Option<NaiveDate>,
    pub next: Option<NaiveDate>,
    pub details: Details,
    pub no_category: bool,
    pub no_end: bool,
}

/// Edits the subscription `id`: the subscription after, and whether
/// anything changed. A new amount or cycle is recorded in the price history
/// (an increase raises a price_increase alert).
pub fn edit(
    db: &Db,
    id: &str,
    changes: Changes,
    typed: Typed,
    today: NaiveDate,
) -> Result<(Subscription, bool)> {
    let old = subscriptions::get(db, id)?;
    if changes.no_end && matches!(old.status, Status::Cancelled | Status::Expired) {
        return Err(Error::invalid(format!(
            "{} is {}: removing its end date would not restart it; `subs resume {}` does (and clears the end date)",
            safe(&old.name),
            old.status,
            old.id
        )));
    }
    let mut sub = old.clone();
    let (cycle, no_end, next_given) = (changes.cycle, changes.no_end, changes.next.is_some());
    apply_changes(db, &mut sub, changes, typed)?;
    edited_schedule(&mut sub, &old, cycle, next_given, no_end, typed)?;
    check_shares(&sub)?;
    if sub == old {
        return Ok((old, false));
    }
    subscriptions::update(db, &sub)?;
    if sub.shares != old.shares {
        members::set_shares(db, &sub.id, &sub.shares)?;
    }
    if sub.amount != old.amount || sub.cycle != old.cycle {
        events::price_changed(db, &old, &sub, today)?;
    }
    Ok((subscriptions::get(db, id)?, true))
}

/// Every change but the schedule's.
fn apply_changes(db: &Db, sub: &mut Subscription, changes: Changes, typed: Typed) -> Result<()> {
    let Changes {
        name,
        amount,
        start,
        next,
        details,
        no_category,
        no_end,
        ..
    } = changes;
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
    if let Some(v) = details.statement_match {
        sub.statement_match = v;
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
    if let Some(leads) = details.remind {
        sub.remind = leads;
    }
    if let Some(v) = amount {
        sub.amount = v;
    }
    if let Some(v) = start {
        sub.start_date = v;
    }
    if let Some(n) = next {
        next_billing::given(sub, n);
    }
    if no_end {
        sub.end_date = None;
    } else if let Some(v) = details.end_date {
        sub.end_date = Some(v);
    }
    if no_category {
        sub.category_id = None;
        sub.category = None;
    } else if let Some(name) = &details.category {
        let category = categories::find_or_create(db, name)?;
        sub.category_id = Some(category.id);
        sub.category = Some(category.name);
    }
    let plan = details.plan;
    let settled = plan.trial.is_some() && payments::last_settled_due(db, &sub.id)?.is_some();
    plan::apply(sub, plan, settled, typed.trial_until)
}

/// The cycle and the anchor after an edit: a new cycle or next billing date
/// re-anchors the schedule there; --every-days or --every-months changes
/// the length of a custom cycle (another cycle needs --cycle custom too).
fn edited_schedule(
    sub: &mut Subscription,
    old: &Subscription,
    cycle: CycleChange,
    next_given: bool,
    no_end: bool,
    typed: Typed,
) -> Result<()> {
    if cycle.given() {
        let kind = cycle.kind.unwrap_or(sub.cycle.kind());
        sub.cycle = Cycle::from_parts(kind, cycle.every_days, cycle.every_months)
            .map_err(Error::invalid)?;
    }
    if next_given || sub.cycle != old.cycle {
        next_billing::reanchor(sub);
    }
    if !next_given && subscription::check_next(sub.start_date, sub.next_billing_date).is_err() {
        return Err(Error::invalid(format!(
            "invalid --start {}: it is after the next billing date {}; pass --next too",
            as_typed(typed.start, sub.start_date),
            sub.next_billing_date
        )));
    }
    let next = next_given.then_some((sub.next_billing_date, typed.next));
    // The end date quotes what was typed only when it was typed now.
    let end_typed = if no_end { None } else { typed.end };
    check_dates(sub.start_date, next, sub.end_date.map(|e| (e, end_typed)))
}

/// Next billing and end dates may not come before the start date. Each
/// comes with what was typed for it (`None`: not typed), which a refusal
/// quotes.
pub fn check_dates(
    start: NaiveDate,
    next: Option<(NaiveDate, Option<&str>)>,
    end: Option<(NaiveDate, Option<&str>)>,
) -> Result<()> {
    if let Some((next, typed)) = next {
        subscription::check_next(start, next).map_err(|_| {
            Error::invalid(format!(
                "invalid --next {}: the next billing date cannot be before the start date {start}",
                as_typed(typed, next)
            ))
        })?;
    }
    if let Some((end, typed)) = end {
        subscription::check_end(start, Some(end)).map_err(|_| {
            Error::invalid(format!(
                "invalid --end {}: the end date cannot be before the start date {start}",
                as_typed(typed, end)
            ))
        })?;
    }
    Ok(())
}

/// The muted alert types after muting `mute` and unmuting `unmute`, in the
/// order of `AlertType::ALL`.
pub fn muted(current: &[AlertType], mute: &[AlertType], unmute: &[AlertType]) -> Vec<AlertType> {
    AlertType::ALL
        .into_iter()
        .filter(|t| (current.contains(t) || mute.contains(t)) && !unmute.contains(t))
        .collect()
}

/// Charges `sub` to the card `details` names (its kind becomes the payment
/// method), or to none; an explicit payment method clears the card.
pub fn apply_card(db: &Db, sub: &mut Subscription, details: &Details) -> Result<()> {
    match &details.card {
        Some(Some(name)) => {
            let card = cards::get(db, name)?;
            sub.card_id = Some(card.id);
            sub.card = Some(card.name);
            sub.payment_method = card.kind;
        }
        Some(None) => {
            sub.card_id = None;
            sub.card = None;
        }
        None if details.payment_method.is_some() => {
            sub.card_id = None;
            sub.card = None;
        }
        None => {}
    }
    Ok(())
}

/// Sets who shares `sub` and who pays it, from `details`; the parts must
/// add up for its amount (`check_shares`, again whenever the amount
/// changes). Whether the shares were given.
pub fn apply_shares(db: &Db, sub: &mut Subscription, details: &Details) -> Result<bool> {
    let mut changed = false;
    if let Some(payer) = &details.paid_by {
        sub.paid_by = members::get(db, payer)?;
    }
    if let Some(names) = &details.shared_with {
        let mut shares: Vec<Share> = Vec::new();
        for name in names {
            let member = members::get(db, name)?;
            if shares.iter().any(|s| s.member == member) {
                return Err(Error::invalid(format!(
                    "invalid --shared-with: {} is listed twice",
                    safe(name)
                )));
            }
            shares.push(Share {
                member,
                part: Part::Equal,
            });
        }
        sub.shares = shares;
        changed = true;
    }
    if let Some(parts) = &details.shares {
        if sub.shares.is_empty() {
            return Err(Error::invalid(
                "--shares needs a shared plan: name its members with --shared-with",
            ));
        }
        for (name, part) in parts {
            let member = members::get(db, name)?;
            let share = sub
                .shares
                .iter_mut()
                .find(|s| s.member == member)
                .ok_or_else(|| {
                    Error::invalid(format!(
                        "invalid --shares: {} is not in this plan (--shared-with lists its members)",
                        safe(name)
                    ))
                })?;
            share.part = *part;
        }
        changed = true;
    }
    Ok(changed)
}

/// A shared plan's parts must add up for its amount.
pub fn check_shares(sub: &Subscription) -> Result<()> {
    if sub.shares.is_empty() {
        return Ok(());
    }
    let parts: Vec<Part> = sub.shares.iter().map(|s| s.part).collect();
    crate::domain::share::split_cents(&parts, sub.amount.cents())
        .map(|_| ())
        .map_err(|e| Error::invalid(format!("invalid --shares for {}: {e}", sub.amount)))
}
