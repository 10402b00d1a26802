//! `subs budget set|list|remove`.

use super::{Ctx, parse_currency, parse_money};
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::budget::{BudgetJson, BudgetList};
use crate::render::text::safe;
use crate::report;
use crate::settings;
use crate::store::{budgets, categories};

/// The category a budget is for (it must exist), or `None` for all.
fn scope(db: &crate::store::Db, category: Option<&str>) -> Result<Option<(i64, String)>> {
    category
        .map(|name| categories::get(db, name).map(|c| (c.id, c.name)))
        .transpose()
}

pub fn set(
    ctx: &mut Ctx,
    amount: &str,
    currency: Option<&str>,
    category: Option<&str>,
) -> Result<()> {
    let amount = parse_money("AMOUNT", amount)?;
    let currency = currency.map(parse_currency).transpose()?;
    let today = ctx.today();
    let (replaced, scope_name, budget) = ctx.store.write(|db| {
        let scope = scope(db, category)?;
        let currency = match currency {
            Some(c) => c,
            None => settings::base_currency(db)?,
        };
        let replaced = budgets::set(db, scope.as_ref().map(|s| s.0), amount, currency)?;
        let budget = report::budgets::usage(db, today, settings::totals_mine(db, None)?)?
            .into_iter()
            .find(|(b, _)| b.category_id == scope.as_ref().map(|s| s.0))
            .map(|(b, u)| BudgetJson::new(&b, &u))
            .ok_or_else(|| Error::runtime("the budget was not stored"))?;
        Ok((replaced, scope.map(|s| s.1), budget))
    })?;
    let what = match &scope_name {
        Some(name) => format!("the {} budget", safe(name)),
        None => "the overall budget".into(),
    };
    let message = format!(
        "{} {what}: {} {} a month{}",
        if replaced { "Changed" } else { "Set" },
        budget.amount.0,
        budget.currency,
        budget
            .used
            .as_ref()
            .map(|u| format!(" (now {} used)", u.0))
            .unwrap_or_default()
    );
    ctx.out.show(&Done::new(budget, message))
}

pub fn list(ctx: &mut Ctx) -> Result<()> {
    let today = ctx.today();
    let all = ctx
        .store
        .read(|db| report::budgets::usage(db, today, settings::totals_mine(db, None)?))?;
    ctx.out.show(&BudgetList(
        all.iter().map(|(b, u)| BudgetJson::new(b, u)).collect(),
    ))
}

pub fn remove(ctx: &mut Ctx, category: Option<&str>) -> Result<()> {
    #[derive(serde::Serialize)]
    struct Removed {
        removed: String,
    }
    let (removed, name) = ctx.store.write(|db| {
        let scope = scope(db, category)?;
        let removed = budgets::remove(db, scope.as_ref().map(|s| s.0))?;
        Ok((removed, scope.map(|s| s.1)))
    })?;
    let label = name.clone().unwrap_or_else(|| "overall".into());
    if !removed {
        return Err(Error::not_found(format!(
            "there is no {} budget; `subs budget list` shows them",
            safe(&label)
        )));
    }
    ctx.out.show(&Done::new(
        Removed {
            removed: label.clone(),
        },
        format!("Removed the {} budget", safe(&label)),
    ))
}
