//! What `subs add` asks a person for when a required value is missing,
//! re-asking until each answer is valid.

use chrono::NaiveDate;

use super::{Add, checked_name};
use crate::cmd::{Prompting, ask, cancelled, parse_date, parse_money, prompt_error};
use crate::domain::cycle::{Cycle, CycleKind};
use crate::domain::subscription::CATEGORY_NAME_MAX;
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::ops::subscription::New;

/// Asks for whatever is missing, re-asking until each answer is valid.
pub(super) fn prompt(args: &Add, today: NaiveDate) -> Result<New> {
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
