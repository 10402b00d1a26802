//! `subs add`: validate everything first, then write once.

use chrono::NaiveDate;

use super::{
    Ctx, DetailInput, Prompting, apply_card, apply_plan, apply_shares, cancelled, check_dates,
    check_shares, confirm, interactive, muted, parse_date, parse_money, prompt_error,
    validate_details,
};
use crate::domain::currency::Currency;
use crate::domain::cycle::{Cycle, CycleKind};
use crate::domain::money::Money;
use crate::domain::subscription::{
    CATEGORY_NAME_MAX, NAME_MAX, PaymentMethod, Status, Subscription,
};
use crate::domain::{id, schedule, validate};
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::json::SubscriptionRecord;
use crate::render::text::safe;
use crate::settings;
use crate::store::{categories, subscriptions};

/// What `subs add` was given.
pub struct Add {
    pub name: Option<String>,
    pub amount: Option<String>,
    pub cycle: Option<CycleKind>,
    pub every_days: Option<i64>,
    pub every_months: Option<i64>,
    pub start: Option<String>,
    pub next: Option<String>,
    pub details: DetailInput,
}

/// The required values, after prompting if a person is there.
struct Required {
    name: String,
    amount: Money,
    cycle: Cycle,
    start: NaiveDate,
    category: Option<String>,
}

fn required(args: &Add, today: NaiveDate) -> Result<Required> {
    let missing: Vec<&str> = [
        (args.name.is_none(), "NAME"),
        (args.amount.is_none(), "--amount"),
        (args.cycle.is_none(), "--cycle"),
    ]
    .into_iter()
    .filter_map(|(absent, flag)| absent.then_some(flag))
    .collect();

    if missing.is_empty() {
        let kind = args.cycle.unwrap_or(CycleKind::Monthly);
        return Ok(Required {
            name: checked_name(args.name.as_deref().unwrap_or_default())?,
            amount: parse_money("--amount", args.amount.as_deref().unwrap_or_default())?,
            cycle: Cycle::from_parts(kind, args.every_days, args.every_months)
                .map_err(Error::invalid)?,
            start: match &args.start {
                Some(s) => parse_date("--start", s, today)?,
                None => today,
            },
            category: None,
        });
    }
    if !interactive() {
        return Err(Error::invalid(format!(
            "missing {}: pass {} (stdin is not a terminal, so subs will not prompt)",
            missing.join(", "),
            if missing.len() == 1 { "it" } else { "them" }
        )));
    }
    prompt(args, today)
}

fn checked_name(name: &str) -> Result<String> {
    validate::name("NAME", name, NAME_MAX).map_err(Error::invalid)
}

/// Asks for whatever is missing, re-asking until each answer is valid.
fn prompt(args: &Add, today: NaiveDate) -> Result<Required> {
    use dialoguer::{Input, Select};

    let _prompting = Prompting::start();
    let name = match &args.name {
        Some(n) => checked_name(n)?,
        None => Input::<String>::new()
            .with_prompt("Name")
            .validate_with(|v: &String| checked_name(v).map(|_| ()).map_err(|e| e.to_string()))
            .interact_text()
            .map_err(prompt_error)
            .and_then(|v| checked_name(&v))?,
    };
    let amount = match &args.amount {
        Some(a) => parse_money("--amount", a)?,
        None => Input::<String>::new()
            .with_prompt("Amount per cycle")
            .validate_with(|v: &String| {
                parse_money("amount", v)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            })
            .interact_text()
            .map_err(prompt_error)
            .and_then(|v| parse_money("amount", &v))?,
    };
    let kind = match args.cycle {
        Some(k) => k,
        None => {
            let labels: Vec<&str> = CycleKind::ALL.iter().map(|k| k.as_str()).collect();
            let chosen = Select::new()
                .with_prompt("Billing cycle")
                .items(&labels)
                .default(1)
                .interact_opt()
                .map_err(prompt_error)?
                .ok_or_else(cancelled)?;
            CycleKind::ALL[chosen]
        }
    };
    let every_days = match (kind, args.every_days) {
        (CycleKind::Custom, None) if args.every_months.is_none() => Some(
            Input::<i64>::new()
                .with_prompt("Days per cycle (1-365)")
                .validate_with(|v: &i64| Cycle::new(CycleKind::Custom, Some(*v)).map(|_| ()))
                .interact_text()
                .map_err(prompt_error)?,
        ),
        (_, days) => days,
    };
    let cycle = Cycle::from_parts(kind, every_days, args.every_months).map_err(Error::invalid)?;
    let start = match &args.start {
        Some(s) => parse_date("--start", s, today)?,
        None => Input::<String>::new()
            .with_prompt("Start date")
            .default(today.to_string())
            .validate_with(|v: &String| {
                parse_date("start date", v, today)
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            })
            .interact_text()
            .map_err(prompt_error)
            .and_then(|v| parse_date("start date", &v, today))?,
    };
    let category = match &args.details.category {
        Some(_) => None,
        None => prompt_category()?,
    };
    Ok(Required {
        name,
        amount,
        cycle,
        start,
        category,
    })
}

/// Asks for a category; an empty answer means none.
fn prompt_category() -> Result<Option<String>> {
    let answer: String = dialoguer::Input::new()
        .with_prompt("Category (empty for none)")
        .allow_empty(true)
        .interact_text()
        .map_err(prompt_error)?;
    if answer.trim().is_empty() {
        return Ok(None);
    }
    validate::name("category", &answer, CATEGORY_NAME_MAX)
        .map(Some)
        .map_err(Error::invalid)
}

pub fn run(ctx: &mut Ctx, args: Add) -> Result<()> {
    let today = ctx.today();
    let details = validate_details(&args.details, today)?;
    let req = required(&args, today)?;
    let next = args
        .next
        .as_deref()
        .map(|n| parse_date("--next", n, today))
        .transpose()?;
    check_dates(
        req.start,
        next.map(|n| (n, args.next.as_deref())),
        details.end_date.map(|e| (e, args.details.end.as_deref())),
    )?;
    let next_billing_date = match next {
        Some(n) => n,
        None => schedule::default_next_billing(req.start, req.cycle, today)
            .ok_or_else(|| Error::invalid("the start date is too far in the future"))?,
    };
    if !confirm_duplicate(ctx, &req, details.currency)? {
        return nothing_added(ctx);
    }
    let category_name = details.category.clone().or(req.category);
    let now = ctx.clock.timestamp();

    let saved = ctx.store.write(|tx| {
        let limit = settings::max_subscriptions(tx)?;
        if subscriptions::count(tx)? >= limit {
            return Err(Error::invalid(format!(
                "cannot add more than {limit} subscriptions (the MAX_SUBSCRIPTIONS setting); {}",
                settings::max_subscriptions_advice(tx)?
            )));
        }
        let currency = match details.currency {
            Some(c) => c,
            None => settings::base_currency(tx)?,
        };
        let category = category_name
            .as_deref()
            .map(|c| categories::find_or_create(tx, c))
            .transpose()?;
        let sub = Subscription {
            id: id::new_subscription_id(),
            provider: details.provider.clone().unwrap_or_else(|| req.name.clone()),
            name: req.name.clone(),
            description: details.description.clone().flatten(),
            category_id: category.as_ref().map(|c| c.id),
            category: category.map(|c| c.name),
            amount: req.amount,
            currency,
            cycle: req.cycle,
            anchor: next.unwrap_or(req.start),
            start_date: req.start,
            next_billing_date,
            end_date: details.end_date,
            status: Status::Active,
            payment_method: details.payment_method.unwrap_or(PaymentMethod::Card),
            auto_renewal: details.auto_renewal.unwrap_or(true),
            reminder_days: details.reminder_days.unwrap_or(3),
            email_notifications: details.email_notifications.unwrap_or(true),
            website_url: details.website_url.clone().flatten(),
            notes: details.notes.clone().flatten(),
            created_at: now.clone(),
            updated_at: now.clone(),
            muted: muted(&[], &details.mute, &details.unmute),
            remind: details.remind.clone().unwrap_or_default(),
            trial_until: None,
            contract: None,
            card_id: None,
            card: None,
            paid_by: None,
            shares: Vec::new(),
        };
        let mut sub = sub;
        apply_plan(
            &mut sub,
            details.plan,
            false,
            args.details.trial_until.as_deref(),
        )?;
        apply_card(tx, &mut sub, &details)?;
        apply_shares(tx, &mut sub, &details)?;
        check_shares(&sub)?;
        subscriptions::insert(tx, &sub)?;
        if !sub.shares.is_empty() {
            crate::store::members::set_shares(tx, &sub.id, &sub.shares)?;
        }
        Ok(sub)
    })?;

    let message = format!(
        "Added {} ({}): {} {} {}, next billing {}",
        safe(&saved.name),
        saved.id,
        saved.amount,
        saved.currency,
        saved.cycle.label(),
        saved.next_billing_date
    );
    let id = saved.id.clone();
    let record = SubscriptionRecord {
        subscription: saved,
        today,
    };
    ctx.out.show(&Done::new(record, message).quietly(id))
}

/// An exact duplicate of an active subscription (same name, amount,
/// currency and cycle) is most likely a mistake: a terminal asks, a script
/// gets a warning (the add goes ahead: adding twice on purpose is allowed).
fn confirm_duplicate(ctx: &Ctx, req: &Required, currency: Option<Currency>) -> Result<bool> {
    let db = ctx.store.db();
    let currency = match currency {
        Some(c) => c,
        None => settings::base_currency(db)?,
    };
    let Some(id) = subscriptions::same_active(db, &req.name, req.amount, currency, req.cycle)?
    else {
        return Ok(true);
    };
    let what = format!(
        "an active subscription {} ({id}) with the same amount, currency and cycle exists",
        safe(&req.name)
    );
    if interactive() {
        confirm(&format!("{what}. Add another?"))
    } else {
        ctx.out.warn(&format!("{what}; adding another"));
        Ok(true)
    }
}

fn nothing_added(ctx: &Ctx) -> Result<()> {
    #[derive(serde::Serialize)]
    struct NotAdded {
        added: Option<()>,
    }
    ctx.out.show(&Done::new(
        NotAdded { added: None },
        "Nothing added.".into(),
    ))
}
