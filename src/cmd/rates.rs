//! `subs rates set|list|remove`.

use super::report::load_rates;
use super::{Ctx, parse_currency};
use crate::cli::RatesCommand;
use crate::domain::rates::parse_rate;
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::settings;
use crate::store::rates;

pub fn run(ctx: &mut Ctx, command: RatesCommand) -> Result<()> {
    let today = ctx.today;
    match command {
        RatesCommand::Set(args) => {
            let currency = parse_currency(&args.currency)?;
            let rate = parse_rate(&args.rate)
                .map_err(|r| Error::invalid(validate::invalid("RATE", &args.rate, &r)))?;
            let base = ctx.store.write(|tx| {
                let base = settings::base_currency(tx)?;
                if currency == base {
                    return Err(Error::invalid(format!(
                        "{currency} is the base currency; its rate is always 1"
                    )));
                }
                rates::set(tx, currency, base, rate, today)?;
                Ok(base)
            })?;
            ctx.out.json(&serde_json::json!({
                "currency": currency.code(), "rate": crate::render::json::Exact(rate),
                "base": base.code(), "set_on": today.to_string()
            }))?;
            ctx.out
                .info(&format!("1 {currency} = {rate} {base} (set {today})"))
        }
        RatesCommand::List => {
            let loaded = load_rates(ctx.store.db(), today)?;
            let all = rates::list(ctx.store.db())?;
            if ctx.out.json {
                return ctx.out.json(&loaded.used);
            }
            for w in &loaded.warnings {
                ctx.out.warn(w);
            }
            if all.is_empty() {
                return ctx
                    .out
                    .text("No rates yet. Set one with: subs rates set EUR 1.08");
            }
            let mut table = ctx.out.table();
            table.set_header(["Currency", "Rate", "Set on", ""]);
            for r in &all {
                let note = if r.base != loaded.conv.base {
                    format!("against {}: not used", r.base)
                } else if r.is_stale(today) {
                    "older than 30 days".into()
                } else {
                    String::new()
                };
                table.add_row(vec![
                    r.currency.to_string(),
                    format!("1 {} = {} {}", r.currency, r.rate, r.base),
                    r.set_on.to_string(),
                    note,
                ]);
            }
            ctx.out.text(&table.to_string())
        }
        RatesCommand::Remove(args) => {
            let currency = parse_currency(&args.currency)?;
            let removed = ctx.store.write(|tx| rates::remove(tx, currency))?;
            if !removed {
                return Err(Error::not_found(format!("no rate is set for {currency}")));
            }
            ctx.out
                .json(&serde_json::json!({ "removed": currency.code() }))?;
            ctx.out.info(&format!("Removed the {currency} rate"))
        }
    }
}
