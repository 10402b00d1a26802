//! `subs config list|get|set|unset`.

use super::Ctx;
use crate::cli::ConfigCommand;
use crate::error::Result;
use crate::render::text::safe;
use crate::settings::{self, Resolved, Source};
use crate::store::config;

pub fn run(ctx: &mut Ctx, command: ConfigCommand) -> Result<()> {
    match command {
        ConfigCommand::List => list(ctx),
        ConfigCommand::Get(args) => {
            let resolved = settings::resolve(ctx.store.db(), settings::lookup(&args.key)?)?;
            ctx.out.json(&resolved)?;
            ctx.out.text(&safe(&resolved.value))
        }
        ConfigCommand::Set(args) => {
            let setting = settings::lookup(&args.key)?;
            let value = setting.normalise(&args.value)?;
            ctx.store.write(|tx| config::set(tx, setting.key, &value))?;
            let resolved = settings::resolve(ctx.store.db(), setting)?;
            if resolved.source == Source::Environment {
                ctx.out.warn(&format!(
                    "{} is set in the environment ({}), which overrides the stored value",
                    setting.env.unwrap_or(setting.key),
                    safe(&resolved.value)
                ));
            }
            ctx.out.json(&resolved)?;
            ctx.out.info(&format!("{} = {}", setting.key, safe(&value)))
        }
        ConfigCommand::Unset(args) => {
            let setting = settings::lookup(&args.key)?;
            ctx.store.write(|tx| config::unset(tx, setting.key))?;
            let resolved = settings::resolve(ctx.store.db(), setting)?;
            ctx.out.json(&resolved)?;
            ctx.out.info(&format!(
                "{} = {} ({})",
                setting.key,
                safe(&resolved.value),
                source_label(resolved.source)
            ))
        }
    }
}

fn source_label(source: Source) -> &'static str {
    match source {
        Source::Environment => "from the environment",
        Source::Database => "stored",
        Source::Default => "default",
    }
}

fn list(ctx: &mut Ctx) -> Result<()> {
    let all: Vec<Resolved> = settings::SETTINGS
        .iter()
        .map(|s| settings::resolve(ctx.store.db(), s))
        .collect::<Result<_>>()?;
    if ctx.out.json {
        return ctx.out.json(&all);
    }
    let mut table = ctx.out.table();
    table.set_header(["Setting", "Value", "Source", "Environment", "Description"]);
    for r in &all {
        table.add_row(vec![
            r.key.to_string(),
            safe(&r.value).into_owned(),
            source_label(r.source).to_string(),
            r.env.unwrap_or("").to_string(),
            r.description.to_string(),
        ]);
    }
    ctx.out.text(&table.to_string())
}
