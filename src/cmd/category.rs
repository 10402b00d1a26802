//! `subs category add|list|edit|delete`.

use super::{Ctx, confirmed, nothing_deleted};
use crate::domain::category::{DEFAULT_COLOR, DEFAULT_ICON};
use crate::domain::subscription::{CATEGORY_NAME_MAX, ICON_MAX};
use crate::domain::{reference, validate};
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::json::CategoryJson;
use crate::render::settings::{CategoryDeleted, CategoryList, DeletedCategory};
use crate::render::text::{count, safe};
use crate::store::categories;

fn name(value: &str) -> Result<String> {
    validate::name("category name", value, CATEGORY_NAME_MAX).map_err(Error::invalid)
}

fn icon(value: &str) -> Result<String> {
    validate::name("--icon", value, ICON_MAX).map_err(Error::invalid)
}

/// A colour given as `--hex '#RRGGBB'`, validated.
fn hex(value: Option<&str>) -> Result<Option<String>> {
    value
        .map(validate::color)
        .transpose()
        .map_err(Error::invalid)
}

pub fn add(
    ctx: &mut Ctx,
    name_arg: &str,
    hex_arg: Option<&str>,
    icon_arg: Option<&str>,
) -> Result<()> {
    let name = name(name_arg)?;
    let color = hex(hex_arg)?;
    let icon = icon_arg.map(icon).transpose()?;
    let category = ctx.store.write(|db| {
        categories::insert(
            db,
            &name,
            color.as_deref().unwrap_or(DEFAULT_COLOR),
            icon.as_deref().unwrap_or(DEFAULT_ICON),
        )
    })?;
    let message = format!("Added category {}", safe(&category.name));
    ctx.out
        .show(&Done::new(CategoryJson::from(&category), message))
}

pub fn list(ctx: &mut Ctx) -> Result<()> {
    let all = categories::list(ctx.store.db())?;
    ctx.out.show(&CategoryList(all))
}

/// What `category edit` changes.
pub struct Change<'a> {
    pub name: Option<&'a str>,
    pub hex: Option<&'a str>,
    pub icon: Option<&'a str>,
}

/// Renames or restyles the category named `current`.
pub fn edit(ctx: &mut Ctx, current: &str, change: Change<'_>) -> Result<()> {
    if change.name.is_none() && change.hex.is_none() && change.icon.is_none() {
        return Err(Error::invalid(
            "nothing to change: pass --name, --hex or --icon",
        ));
    }
    let new_name = change.name.map(name).transpose()?;
    let color = hex(change.hex)?;
    let icon = change.icon.map(icon).transpose()?;
    let updated = ctx.store.write(|db| {
        let existing = categories::get(db, current)?;
        let name = new_name.unwrap_or(existing.name);
        categories::update(
            db,
            existing.id,
            &name,
            color.as_deref().unwrap_or(&existing.color),
            icon.as_deref().unwrap_or(&existing.icon),
        )?;
        categories::get(db, &name)
    })?;
    let message = format!("Updated category {}", safe(&updated.name));
    ctx.out
        .show(&Done::new(CategoryJson::from(&updated), message))
}

pub fn delete(ctx: &mut Ctx, name: &str, yes: bool) -> Result<()> {
    let category = categories::get(ctx.store.db(), name)?;
    if yes && reference::too_short_to_destroy(name, &category.id.to_string(), &category.name) {
        return Err(super::too_short(name, &category.name));
    }
    if !confirmed(
        yes,
        &format!(
            "Delete category {}? Its {} stay, uncategorised.",
            safe(&category.name),
            count(category.subscription_count, "subscription", "subscriptions")
        ),
    )? {
        return nothing_deleted(ctx);
    }
    ctx.store.write(|db| categories::delete(db, category.id))?;
    let message = format!(
        "Deleted category {}; {} now uncategorised",
        safe(&category.name),
        match category.subscription_count {
            1 => "1 subscription is".to_string(),
            n => format!("{n} subscriptions are"),
        }
    );
    let deleted = CategoryDeleted {
        deleted: DeletedCategory {
            id: category.id,
            name: category.name,
            uncategorised_subscriptions: category.subscription_count,
        },
    };
    ctx.out.show(&Done::new(deleted, message))
}
