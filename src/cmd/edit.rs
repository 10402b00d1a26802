//! `subs edit`: change any detail. A new amount is recorded in the price
//! history (an increase raises a price_increase alert); a new cycle or next
//! billing date re-anchors the schedule.

use chrono::NaiveDate;

use super::{Ctx, DetailInput, Door, parse_money, validate_details};
use crate::domain::cycle::CycleKind;
use crate::domain::subscription::{NAME_MAX, Subscription};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::ops::subscription::{self, Changes, CycleChange, Typed};
use crate::render::Done;
use crate::render::json::SubscriptionRecord;
use crate::render::text::safe;
use crate::store::{Db, subscriptions};

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

/// The new values, checked before the transaction starts; a refusal names
/// a value as `door` spells it.
pub fn changes(args: &Edit, today: NaiveDate, door: Door) -> Result<Changes> {
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
        return Err(Error::invalid(match door {
            Door::Cli => {
                "nothing to change: pass at least one option, e.g. --amount 17.99 (see subs edit --help)"
            }
            Door::Mcp => "nothing to change: give at least one field to change, e.g. amount",
        }));
    }
    Ok(Changes {
        name: args
            .name
            .as_deref()
            .map(|n| validate::name(&door.name("name"), n, NAME_MAX).map_err(Error::invalid))
            .transpose()?,
        amount: args
            .amount
            .as_deref()
            .map(|a| parse_money(&door.name("amount"), a))
            .transpose()?,
        cycle: CycleChange {
            kind: args.cycle,
            every_days: args.every_days,
            every_months: args.every_months,
        },
        start: door.date("start", args.start.as_deref(), today)?,
        next: door.date("next", args.next.as_deref(), today)?,
        details: validate_details(&args.details, today)?,
        no_category: args.no_category,
        no_end: args.no_end,
    })
}

/// The subscription `args` names, changed; whether anything changed.
pub fn save(
    db: &Db,
    args: &Edit,
    changes: Changes,
    today: NaiveDate,
) -> Result<(Subscription, bool)> {
    let typed = Typed {
        start: args.start.as_deref(),
        next: args.next.as_deref(),
        end: args.details.end.as_deref(),
        trial_until: args.details.trial_until.as_deref(),
    };
    let id = subscriptions::resolve(db, &args.subscription)?;
    subscription::edit(db, &id, changes, typed, today)
}

/// What an edit says it did.
pub fn message(updated: &Subscription, changed: bool) -> String {
    if changed {
        format!("Updated {} ({})", safe(&updated.name), updated.id)
    } else {
        format!(
            "Nothing changed: {} ({}) already has those values",
            safe(&updated.name),
            updated.id
        )
    }
}

pub fn run(ctx: &mut Ctx, args: Edit) -> Result<()> {
    let today = ctx.today();
    let changes = changes(&args, today, Door::Cli)?;
    let (updated, changed) = ctx.store.write(|db| save(db, &args, changes, today))?;
    let message = message(&updated, changed);
    let record = SubscriptionRecord {
        subscription: updated,
        today,
    };
    ctx.out.show(&Done::new(record, message))
}
