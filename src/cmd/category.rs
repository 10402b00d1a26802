//! `subs category add|list|edit|delete`.

use comfy_table::{Cell, Color};

use super::{Ctx, confirmed};
use crate::cli::{CategoryAddArgs, CategoryCommand, CategoryDeleteArgs, CategoryEditArgs};
use crate::domain::category::{DEFAULT_COLOR, DEFAULT_ICON};
use crate::domain::subscription::{CATEGORY_NAME_MAX, ICON_MAX};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::render::json::CategoryJson;
use crate::render::text::safe;
use crate::store::categories;

pub fn run(ctx: &mut Ctx, command: CategoryCommand) -> Result<()> {
    match command {
        CategoryCommand::Add(args) => add(ctx, &args),
        CategoryCommand::List => list(ctx),
        CategoryCommand::Edit(args) => edit(ctx, &args),
        CategoryCommand::Delete(args) => delete(ctx, &args),
    }
}

fn name(value: &str) -> Result<String> {
    validate::name("category name", value, CATEGORY_NAME_MAX).map_err(Error::invalid)
}

fn icon(value: &str) -> Result<String> {
    validate::name("--icon", value, ICON_MAX).map_err(Error::invalid)
}

fn category_color(ctx: &Ctx) -> Result<Option<String>> {
    ctx.category_color
        .as_deref()
        .map(validate::color)
        .transpose()
        .map_err(Error::invalid)
}

fn add(ctx: &mut Ctx, args: &CategoryAddArgs) -> Result<()> {
    let name = name(&args.name)?;
    let color = category_color(ctx)?;
    let icon = args.icon.as_deref().map(icon).transpose()?;
    let category = ctx.store.write(|tx| {
        categories::insert(
            tx,
            &name,
            color.as_deref().unwrap_or(DEFAULT_COLOR),
            icon.as_deref().unwrap_or(DEFAULT_ICON),
        )
    })?;
    ctx.out.json(&CategoryJson::from(&category))?;
    ctx.out
        .info(&format!("Added category {}", safe(&category.name)))
}

fn list(ctx: &mut Ctx) -> Result<()> {
    let all = categories::list(ctx.store.db())?;
    if ctx.out.json {
        return ctx
            .out
            .json(&all.iter().map(CategoryJson::from).collect::<Vec<_>>());
    }
    if all.is_empty() {
        return ctx.out.text(
            "No categories yet. Add one with: subs category add Entertainment --color '#E50914'",
        );
    }
    let mut table = ctx.out.table();
    table.set_header(["Name", "Color", "Icon", "Subscriptions"]);
    for c in &all {
        table.add_row(vec![
            Cell::new(safe(&c.name)),
            Cell::new(format!("■ {}", c.color)).fg(swatch_color(&c.color)),
            Cell::new(safe(&c.icon)),
            Cell::new(c.subscription_count),
        ]);
    }
    ctx.out.text(&table.to_string())
}

/// The category's own colour, shown on a terminal that takes colour.
fn swatch_color(hex: &str) -> Color {
    let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
    Color::Rgb {
        r: channel(1),
        g: channel(3),
        b: channel(5),
    }
}

fn edit(ctx: &mut Ctx, args: &CategoryEditArgs) -> Result<()> {
    if args.new_name.is_none() && ctx.category_color.is_none() && args.icon.is_none() {
        return Err(Error::invalid(
            "nothing to change: pass --name, --color or --icon",
        ));
    }
    let new_name = args.new_name.as_deref().map(name).transpose()?;
    let color = category_color(ctx)?;
    let icon = args.icon.as_deref().map(icon).transpose()?;
    let updated = ctx.store.write(|tx| {
        let current = categories::get(tx, &args.name)?;
        let name = new_name.unwrap_or(current.name);
        categories::update(
            tx,
            current.id,
            &name,
            color.as_deref().unwrap_or(&current.color),
            icon.as_deref().unwrap_or(&current.icon),
        )?;
        categories::get(tx, &name)
    })?;
    ctx.out.json(&CategoryJson::from(&updated))?;
    ctx.out
        .info(&format!("Updated category {}", safe(&updated.name)))
}

fn delete(ctx: &mut Ctx, args: &CategoryDeleteArgs) -> Result<()> {
    let category = categories::get(ctx.store.db(), &args.name)?;
    confirmed(
        args.yes,
        &format!(
            "Delete category {}? Its {} subscription(s) stay, uncategorised.",
            safe(&category.name),
            category.subscription_count
        ),
    )?;
    ctx.store.write(|tx| categories::delete(tx, category.id))?;
    ctx.out.json(&serde_json::json!({
        "deleted": { "id": category.id, "name": category.name, "uncategorised_subscriptions": category.subscription_count }
    }))?;
    ctx.out.info(&format!(
        "Deleted category {}; {} subscription(s) are now uncategorised",
        safe(&category.name),
        category.subscription_count
    ))
}
