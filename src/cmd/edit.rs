//! `subs edit`: change any detail. A new amount is recorded in the price
//! history (an increase raises a price_increase alert); a new cycle or next
//! billing date re-anchors the schedule.

use chrono::NaiveDate;

use super::{Ctx, DetailInput, Door, ScheduleInput, parse_money, validate_details};
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
    pub schedule: ScheduleInput,
    pub details: DetailInput,
    pub no_category: bool,
    pub no_end: bool,
}

/// The new values, checked before the transaction starts; a refusal names
/// a value as `door` spells it.
pub fn changes(args: &Edit, today: NaiveDate, door: Door) -> Result<Changes> {
    let nothing = args.name.is_none()
        && args.schedule.is_empty()
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
            .schedule
            .amount
            .as_deref()
            .map(|a| parse_money(&door.name("amount"), a))
            .transpose()?,
        cycle: CycleChange {
            kind: args.schedule.cycle,
            every_days: args.schedule.every_days,
            every_months: args.schedule.every_months,
        },
        start: door.date("start", args.schedule.start.as_deref(), today)?,
        next: door.date("next", args.schedule.next.as_deref(), today)?,
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
        start: args.schedule.start.as_deref(),
        next: args.schedule.next.as_deref(),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(amount: Option<&str>) -> Edit {
        Edit {
            subscription: "netflix".into(),
            name: None,
            schedule: ScheduleInput {
                amount: amount.map(String::from),
                ..ScheduleInput::default()
            },
            details: DetailInput::default(),
            no_category: false,
            no_end: false,
        }
    }

    /// The command line and an assistant get one check, each in its own
    /// words.
    #[test]
    fn an_edit_is_refused_in_the_words_of_the_door_it_came_through() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let refusal = |args: &Edit, door| changes(args, today, door).err().map(|e| e.to_string());
        let cli = refusal(&edit(None), Door::Cli).unwrap_or_default();
        assert!(cli.ends_with("(see subs edit --help)"), "{cli}");
        let mcp = refusal(&edit(None), Door::Mcp).unwrap_or_default();
        assert!(mcp.ends_with("e.g. amount"), "{mcp}");
        let cli = refusal(&edit(Some("lots")), Door::Cli).unwrap_or_default();
        assert!(cli.starts_with("invalid --amount"), "{cli}");
        let mcp = refusal(&edit(Some("lots")), Door::Mcp).unwrap_or_default();
        assert!(mcp.starts_with("invalid amount"), "{mcp}");
        assert!(refusal(&edit(Some("17.99")), Door::Mcp).is_none());
    }
}
