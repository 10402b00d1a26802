//! `subs add`: validate everything first, then write once (what a person
//! is asked for when a required value is missing: `prompt.rs`).

use chrono::NaiveDate;

mod prompt;

use super::{
    Ctx, DetailInput, Door, ScheduleInput, confirm, interactive, nothing_added, parse_money,
    validate_details,
};
use crate::domain::currency::Currency;
use crate::domain::cycle::{Cycle, CycleKind};
use crate::domain::subscription::{NAME_MAX, Subscription};
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
    prompt::prompt(args, today)
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
        "{}, next billing {}",
        crate::render::subscription::added(saved),
        saved.next_billing_date
    )
}

fn checked_name(name: &str) -> Result<String> {
    validate::name("NAME", name, NAME_MAX).map_err(Error::invalid)
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
