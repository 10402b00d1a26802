//! `subs add`: validate everything first, then write once.

use chrono::NaiveDate;

use super::{
    Ctx, DetailInput, Door, Prompting, ScheduleInput, ask, cancelled, confirm, interactive,
    nothing_added, parse_date, parse_money, prompt_error, validate_details,
};
use crate::domain::currency::Currency;
use crate::domain::cycle::{Cycle, CycleKind};
use crate::domain::subscription::{CATEGORY_NAME_MAX, NAME_MAX, Subscription};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::ops::next_billing::Start;
use crate::ops::subscription::{self, Details, New, Typed};
use crate::render::Done;
use crate::render::json::SubscriptionRecord;
use crate::render::text::safe;

/// What `subs add` was given.
pub struct Add {
    pub name: Option<String>,
    pub schedule: ScheduleInput,
    pub details: DetailInput,
}

/// The required values, after prompting if a person is there.
fn required(args: &Add, today: NaiveDate) -> Result<New> {
    let missing: Vec<&str> = [
        (args.name.is_none(), "NAME"),
        (args.schedule.amount.is_none(), "--amount"),
        (args.schedule.cycle.is_none(), "--cycle"),
    ]
    .into_iter()
    .filter_map(|(absent, flag)| absent.then_some(flag))
    .collect();

    if missing.is_empty() {
        return given(args, today, Door::Cli);
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

/// The required values as given (none missing: a door that cannot
/// prompt refuses first); a refusal names a value as `door` spells it.
pub fn given(args: &Add, today: NaiveDate, door: Door) -> Result<New> {
    let name = args.name.as_deref().unwrap_or_default();
    let kind = args.schedule.cycle.unwrap_or(CycleKind::Monthly);
    Ok(New {
        name: match door {
            Door::Cli => checked_name(name)?,
            Door::Mcp => validate::name("name", name, NAME_MAX).map_err(Error::invalid)?,
        },
        amount: parse_money(
            &door.name("amount"),
            args.schedule.amount.as_deref().unwrap_or_default(),
        )?,
        cycle: Cycle::from_parts(kind, args.schedule.every_days, args.schedule.every_months)
            .map_err(Error::invalid)?,
        start: door
            .date("start", args.schedule.start.as_deref(), today)?
            .unwrap_or(today),
        next: None,
        category: None,
    })
}

/// The dates as typed, for refusals that quote them.
pub fn typed(args: &Add) -> Typed<'_> {
    Typed {
        start: args.schedule.start.as_deref(),
        next: args.schedule.next.as_deref(),
        end: args.details.end.as_deref(),
        trial_until: args.details.trial_until.as_deref(),
    }
}

/// The next billing date as typed, and the schedule the new subscription
/// starts on.
pub fn schedule(
    args: &Add,
    new: &mut New,
    details: &Details,
    today: NaiveDate,
    door: Door,
) -> Result<Start> {
    new.next = door.date("next", args.schedule.next.as_deref(), today)?;
    subscription::schedule(new, details, typed(args), today)
}

/// What an addition says it did.
pub fn message(saved: &Subscription) -> String {
    format!(
        "Added {} ({}): {} {} {}, next billing {}",
        safe(&saved.name),
        saved.id,
        saved.amount,
        saved.currency,
        saved.cycle.label(),
        saved.next_billing_date
    )
}

fn checked_name(name: &str) -> Result<String> {
    validate::name("NAME", name, NAME_MAX).map_err(Error::invalid)
}

/// Asks for whatever is missing, re-asking until each answer is valid.
fn prompt(args: &Add, today: NaiveDate) -> Result<New> {
    let _prompting = Prompting::start();
    let name = match &args.name {
        Some(n) => checked_name(n)?,
        None => ask("Name", None, checked_name)?,
    };
    let amount = match &args.schedule.amount {
        Some(a) => parse_money("--amount", a)?,
        None => ask("Amount per cycle", None, |v| parse_money("amount", v))?,
    };
    let kind = match args.schedule.cycle {
        Some(k) => k,
        None => {
            let labels: Vec<&str> = CycleKind::ALL.iter().map(|k| k.as_str()).collect();
            let chosen = dialoguer::Select::new()
                .with_prompt("Billing cycle")
                .items(&labels)
                .default(1)
                .interact_opt()
                .map_err(prompt_error)?
                .ok_or_else(cancelled)?;
            CycleKind::ALL[chosen]
        }
    };
    let every_days = match (kind, args.schedule.every_days) {
        (CycleKind::Custom, None) if args.schedule.every_months.is_none() => Some(
            dialoguer::Input::<i64>::new()
                .with_prompt("Days per cycle (1-365)")
                .validate_with(|v: &i64| Cycle::new(CycleKind::Custom, Some(*v)).map(|_| ()))
                .interact_text()
                .map_err(prompt_error)?,
        ),
        (_, days) => days,
    };
    let cycle =
        Cycle::from_parts(kind, every_days, args.schedule.every_months).map_err(Error::invalid)?;
    let start = match &args.schedule.start {
        Some(s) => parse_date("--start", s, today)?,
        None => ask("Start date", Some(today.to_string()), |v| {
            parse_date("start date", v, today)
        })?,
    };
    let category = match &args.details.category {
        Some(_) => None,
        None => prompt_category()?,
    };
    Ok(New {
        name,
        amount,
        cycle,
        start,
        next: None,
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
    let mut new = required(&args, today)?;
    let start = schedule(&args, &mut new, &details, today, Door::Cli)?;
    if !confirm_duplicate(ctx, &new, details.currency)? {
        return nothing_added(ctx);
    }
    let now = ctx.clock.timestamp();
    let saved = ctx
        .store
        .write(|tx| subscription::create(tx, new, &details, start, typed(&args), &now))?;
    let message = message(&saved);
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
fn confirm_duplicate(ctx: &Ctx, new: &New, currency: Option<Currency>) -> Result<bool> {
    let Some(id) = subscription::duplicate(ctx.store.db(), new, currency)? else {
        return Ok(true);
    };
    let what = format!(
        "an active subscription {} ({id}) with the same amount, currency and cycle exists",
        safe(&new.name)
    );
    if interactive() {
        confirm(&format!("{what}. Add another?"))
    } else {
        ctx.out.warn(&format!("{what}; adding another"));
        Ok(true)
    }
}
