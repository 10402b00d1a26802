//! `subs config list|get|set|unset`.

use super::Ctx;
use crate::error::Result;
use crate::render::Done;
use crate::render::settings::{SettingList, SettingValue, source_label};
use crate::render::text::safe;
use crate::settings::{self, Resolved, Source};
use crate::store::config;

pub fn list(ctx: &mut Ctx) -> Result<()> {
    let db = ctx.store.db();
    let all: Vec<Resolved> = settings::SETTINGS
        .iter()
        .map(|s| settings::resolve(db, s))
        .collect::<Result<_>>()?;
    ctx.out.show(&SettingList(all))
}

pub fn get(ctx: &mut Ctx, key: &str) -> Result<()> {
    let resolved = settings::resolve(ctx.store.db(), settings::lookup(key)?)?;
    ctx.out.show(&SettingValue(resolved))
}

pub fn set(ctx: &mut Ctx, key: &str, value: &str) -> Result<()> {
    let setting = settings::lookup(key)?;
    let value = setting.normalise(value)?;
    ctx.store.write(|db| config::set(db, setting.key, &value))?;
    let resolved = settings::resolve(ctx.store.db(), setting)?;
    if resolved.source == Source::Environment {
        ctx.out.warn(&format!(
            "{} is set in the environment ({}), which overrides the stored value",
            setting.env.unwrap_or(setting.key),
            safe(&resolved.value)
        ));
    }
    let message = format!("{} = {}", setting.key, safe(&value));
    ctx.out.show(&Done::new(resolved, message))
}

pub fn unset(ctx: &mut Ctx, key: &str) -> Result<()> {
    let setting = settings::lookup(key)?;
    ctx.store.write(|db| config::unset(db, setting.key))?;
    let resolved = settings::resolve(ctx.store.db(), setting)?;
    let message = format!(
        "{} = {} ({})",
        setting.key,
        safe(&resolved.value),
        source_label(resolved.source)
    );
    ctx.out.show(&Done::new(resolved, message))
}
