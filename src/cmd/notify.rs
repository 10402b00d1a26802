//! `subs notify add|list|remove|test|log`: notification channels.

use super::Ctx;
use crate::domain::alert::{Alert, AlertType};
use crate::domain::channel::{Channel, ChannelKind, Severity, disabled_here, secret_env_allowed};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::notify::{ChannelConfig, Flags, remote};
use crate::render::Done;
use crate::render::notify::{ChannelList, DeliveryLog, TestResults};
use crate::store::notify;

pub struct Add {
    pub name: String,
    pub kind: ChannelKind,
    pub url: Option<String>,
    pub to: Option<String>,
    pub from: Option<String>,
    pub smtp: Option<String>,
    pub insecure_tls: bool,
    pub run: Option<String>,
    pub secret_env: Option<String>,
    pub min_severity: Option<Severity>,
    pub types: Vec<AlertType>,
    pub digest: bool,
}

#[derive(serde::Serialize)]
struct Added {
    added: String,
}

#[derive(serde::Serialize)]
struct Removed {
    removed: String,
}

pub fn add(ctx: &mut Ctx, args: Add) -> Result<()> {
    let name = validate::name("NAME", &args.name, 50).map_err(Error::invalid)?;
    let flags = Flags {
        url: args.url.as_deref(),
        to: args.to.as_deref(),
        from: args.from.as_deref(),
        smtp: args.smtp.as_deref(),
        insecure_tls: args.insecure_tls,
        run: args.run.as_deref(),
    };
    let mut config = ChannelConfig::from_flags(args.kind, &flags).map_err(Error::invalid)?;
    if let Some(var) = &args.secret_env {
        secret_env_allowed(var)
            .map_err(|why| Error::invalid(why.replacen("secret variable", "--secret-env", 1)))?;
    }
    let channel = Channel {
        id: 0,
        name: name.clone(),
        kind: args.kind,
        settings: config.settings(args.secret_env.as_deref()),
        min_severity: args.min_severity.unwrap_or(Severity::Info),
        alert_types: args.types,
        digest: args.digest,
        created_at: String::new(),
        trusted: true,
    };
    ctx.store.write(|db| notify::add(db, &channel))?;
    let found = config.kind().capabilities();
    if !found.is_empty() {
        ctx.out.warn(&format!(
            "the --url of {name} carries a capability ({}): anyone who sees the URL can post to it; `notify list` hides it, and a token from --secret-env keeps it out of the database",
            found.join(", ")
        ));
    }
    let message = format!(
        "Added channel {name} ({}): alerts raised from now on are delivered to it",
        args.kind
    );
    ctx.out.show(&Done::new(Added { added: name }, message))
}

pub fn list(ctx: &mut Ctx) -> Result<()> {
    let channels = ctx.store.read(notify::list)?;
    ctx.out.show(&ChannelList(channels))
}

pub fn remove(ctx: &mut Ctx, name: &str) -> Result<()> {
    ctx.store.write(|db| notify::remove(db, name))?;
    ctx.out.show(&Done::new(
        Removed {
            removed: name.to_string(),
        },
        format!("Removed channel {name}"),
    ))
}

/// Trusts a channel on this device: a `command` or `apprise` channel that
/// arrived by import or sync runs nothing until this.
pub fn enable(ctx: &mut Ctx, name: &str) -> Result<()> {
    let newly = ctx.store.write(|db| notify::trust(db, name))?;
    let message = if newly {
        format!(
            "Enabled channel {name} on this device: alerts raised from now on are delivered to it"
        )
    } else {
        format!("Channel {name} is enabled on this device already")
    };
    ctx.out.show(&Done::new(
        Enabled {
            enabled: name.to_string(),
        },
        message,
    ))
}

#[derive(serde::Serialize)]
struct Enabled {
    enabled: String,
}

/// A clearly marked test through one channel or all; each outcome shown.
pub fn test(ctx: &mut Ctx, name: Option<&str>) -> Result<()> {
    let limit = crate::notify::timeout(ctx.store.db())?;
    let channels = ctx.store.read(|db| match name {
        Some(n) => Ok(vec![notify::find(db, n)?]),
        None => notify::list(db),
    })?;
    if channels.is_empty() {
        return Err(Error::invalid(
            "no channel to test; add one with `subs notify add NAME ntfy --url URL`",
        ));
    }
    let alert = Alert {
        id: 0,
        subscription_id: None,
        subscription_name: None,
        email_notifications: true,
        alert_type: AlertType::RenewalReminder,
        title: "subs test notification".into(),
        message: "This is a test from `subs notify test`: this channel works.".into(),
        alert_date: ctx.today().to_string(),
        is_read: false,
        is_dismissed: false,
        created_at: ctx.clock.timestamp(),
        uid: format!("test-{}", ctx.clock.unix_millis()),
    };
    let results: Vec<(String, Result<(), String>)> = channels
        .iter()
        .map(|c| {
            let outcome = if c.enabled() {
                remote::send(c, &[&alert], true, limit).map_err(|f| f.to_string())
            } else {
                Err(disabled_here(&c.name))
            };
            (c.name.clone(), outcome)
        })
        .collect();
    let failed = results.iter().filter(|(_, r)| r.is_err()).count();
    ctx.out.show(&TestResults(results))?;
    if failed > 0 {
        return Err(Error::runtime(format!(
            "{} of {} channels failed the test",
            failed,
            channels.len()
        )));
    }
    Ok(())
}

pub fn log(ctx: &mut Ctx, failed_only: bool, limit: i64) -> Result<()> {
    if !(1..=10_000).contains(&limit) {
        return Err(Error::invalid(format!(
            "invalid --limit \"{limit}\": must be between 1 and 10000"
        )));
    }
    let rows = ctx.store.read(|db| notify::log(db, failed_only, limit))?;
    ctx.out.show(&DeliveryLog(rows))
}
