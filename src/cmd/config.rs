//! `subs config list|get|set|unset`.

use super::Ctx;
use crate::domain;
use crate::domain::currency::Currency;
use crate::error::Result;
use crate::render::Done;
use crate::render::settings::{SettingList, SettingValue, source_label};
use crate::render::text::safe;
use crate::settings::{self, Resolved, Source};
use crate::store::{Db, config, rates};

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
    let rebased = ctx.store.write(|db| {
        let old_base = settings::base_currency(db)?;
        config::set(db, setting.key, &value)?;
        match setting.key {
            "base_currency" => rebase_rates(db, old_base),
            _ => Ok(None),
        }
    })?;
    if let Some(note) = rebased {
        ctx.out.warn(&note);
    }
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

/// After the base currency changed from `old`: the rates against `old`
/// become cross rates against the new base when it has a rate to pivot on;
/// otherwise a note says exactly how to get there.
fn rebase_rates(db: &Db, old: Currency) -> Result<Option<String>> {
    let new = settings::base_currency(db)?;
    let all = rates::list(db)?;
    if new == old || !all.iter().any(|r| r.base == old) {
        return Ok(None);
    }
    match domain::rates::rebase(&all, old, new) {
        Some(rebased) => {
            let kept: Vec<_> = all.iter().filter(|r| r.base != old).cloned().collect();
            let mut next = rebased.clone();
            next.extend(kept);
            rates::replace_all(db, &next)?;
            let shown: Vec<String> = rebased
                .iter()
                .map(|r| format!("1 {} = {} {}", r.currency, r.rate, r.base))
                .collect();
            Ok(Some(format!(
                "the rates were against {old}; they are now cross rates against {new}: {}",
                shown.join(", ")
            )))
        }
        None => Ok(Some(format!(
            "the rates are against {old} and {new} has none to convert them with: go back with `subs config set base_currency {old}`, set `subs rates set {new} RATE` (1 {new} in {old}), then set base_currency to {new} again — or set each rate against {new} with `subs rates set CODE RATE`"
        ))),
    }
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
