//! `subs member add|list|remove` and `subs split`.

use chrono::{Datelike, NaiveDate};

use super::{Ctx, parse_date};
use crate::domain::subscription::CATEGORY_NAME_MAX;
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::member::{MemberJson, MemberList};
use crate::render::text::safe;
use crate::store::members;
use crate::{ops, report};

pub fn add(ctx: &mut Ctx, name: &str) -> Result<()> {
    let name = validate::name("member name", name, CATEGORY_NAME_MAX).map_err(Error::invalid)?;
    let member = ctx.store.write(|db| members::add(db, &name))?;
    ctx.out.show(&Done::new(
        MemberJson {
            name: member.name.clone(),
            subscriptions: Vec::new(),
        },
        format!("Added member {}", safe(&member.name)),
    ))
}

pub fn list(ctx: &mut Ctx) -> Result<()> {
    let all = members::list(ctx.store.db())?;
    let mut out = vec![MemberJson {
        name: "me".into(),
        subscriptions: members::mine(ctx.store.db())?,
    }];
    out.extend(all.into_iter().map(|l| MemberJson {
        name: l.member.name,
        subscriptions: l.subscriptions,
    }));
    ctx.out.show(&MemberList(out))
}

pub fn remove(ctx: &mut Ctx, name: &str) -> Result<()> {
    let removed = ctx.store.write(|db| ops::member::remove(db, name))?;
    #[derive(serde::Serialize)]
    struct Removed {
        removed: String,
    }
    let message = format!("Removed member {}", safe(&removed));
    ctx.out.show(&Done::new(Removed { removed }, message))
}

/// `YYYY-MM` → its first and last day.
pub fn month_bounds(text: Option<&str>, today: NaiveDate) -> Result<(NaiveDate, NaiveDate)> {
    let first = match text {
        None => today.with_day(1).unwrap_or(today),
        Some(m) => parse_date("--month", &format!("{}-01", m.trim()), today)
            .ok()
            .filter(|_| m.trim().len() == 7)
            .ok_or_else(|| {
                Error::invalid(format!(
                    "invalid --month \"{m}\": expected YYYY-MM, e.g. 2027-01"
                ))
            })?,
    };
    let last = first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first);
    Ok((first, last))
}

pub fn split(ctx: &mut Ctx, month: Option<&str>) -> Result<()> {
    let today = ctx.today();
    let (first, last) = month_bounds(month, today)?;
    let view = ctx.store.read(|db| report::split::build(db, first, last))?;
    ctx.out.show(&view)
}
