//! Settings: names kept from the original module. Each has a default, may
//! be stored with `subs config set`, and may be overridden by an environment
//! variable (the environment wins, as in the original's deployment).

use crate::store::Db;
use serde::Serialize;

use crate::domain::currency::Currency;
use crate::error::{Error, Result};
use crate::store;

/// One known setting.
pub struct Setting {
    /// The name used by `subs config`.
    pub key: &'static str,
    /// The environment variable that overrides it, if any.
    pub env: Option<&'static str>,
    pub default: &'static str,
    pub description: &'static str,
    /// Validates and normalises a value.
    check: fn(&str) -> Result<String, String>,
}

pub const SETTINGS: &[Setting] = &[
    Setting {
        key: "base_currency",
        env: None,
        default: "USD",
        description: "Currency new subscriptions use and totals convert to",
        check: |v| Currency::parse(v).map(|c| c.code().to_string()),
    },
    Setting {
        key: "max_subscriptions",
        env: Some("MAX_SUBSCRIPTIONS"),
        default: "100",
        description: "How many subscriptions the database may hold",
        check: |v| whole_number(v, 1, 1_000_000),
    },
    Setting {
        key: "alert_interval",
        env: Some("ALERT_INTERVAL"),
        default: "3600",
        description: "Seconds between `alerts generate` runs (the suggested cron period)",
        check: |v| whole_number(v, 60, 31_536_000),
    },
    Setting {
        key: "usage_cost_limit",
        env: Some("SUBS_USAGE_COST_LIMIT"),
        default: "10.00",
        description: "Cost per use (last 90 days, in each subscription's currency) above which a usage_limit alert is raised",
        check: |v| crate::domain::money::Money::parse(v).map(|m| m.to_string()),
    },
    Setting {
        key: "ai_enabled",
        env: Some("SUBSCRIPTION_AI_ENABLED"),
        default: "true",
        description: "Whether `insights` may ask an AI provider (false means the rule engine)",
        check: boolean,
    },
    Setting {
        key: "cache_timeout",
        env: Some("SUBSCRIPTION_CACHE_TIMEOUT"),
        default: "1800",
        description: "Seconds an insights answer is reused while the data is unchanged",
        check: |v| whole_number(v, 0, 31_536_000),
    },
    Setting {
        key: "ai_timeout",
        env: Some("SUBS_AI_TIMEOUT"),
        default: "30",
        description: "Seconds one insights request may take in all, retries included",
        check: |v| whole_number(v, 1, 600),
    },
    Setting {
        key: "spending_threshold",
        env: Some("SUBS_SPENDING_THRESHOLD"),
        default: "100.00",
        description: "Monthly spending (base currency) above which insights call it high",
        check: |v| crate::domain::money::Money::parse(v).map(|m| m.to_string()),
    },
    Setting {
        key: "ai_provider",
        env: Some("SUBS_AI_PROVIDER"),
        default: "gemini",
        description: "AI provider for insights: gemini, ollama or openai",
        check: |v| match v.trim().to_ascii_lowercase().as_str() {
            p @ ("gemini" | "ollama" | "openai") => Ok(p.to_string()),
            _ => Err("must be one of gemini, ollama, openai".into()),
        },
    },
    Setting {
        key: "ai_model",
        env: Some("SUBS_AI_MODEL"),
        default: "gemini-2.5-flash",
        description: "Model name passed to the AI provider",
        check: |v| crate::domain::validate::model_name("ai_model", v),
    },
    Setting {
        key: "ai_base_url",
        env: Some("SUBS_AI_BASE_URL"),
        default: "",
        description: "Base URL of the AI provider (empty: the provider's own)",
        check: |v| {
            if v.trim().is_empty() {
                Ok(String::new())
            } else {
                crate::domain::validate::service_url_form("ai_base_url", v)
            }
        },
    },
    Setting {
        key: crate::store::undo::DEPTH_KEY,
        env: None,
        default: "50",
        description: "How many commands `subs undo` can revert (0 keeps no journal)",
        check: |v| whole_number(v, 0, 10_000),
    },
    Setting {
        key: "notify_timeout",
        env: Some("SUBS_NOTIFY_TIMEOUT"),
        default: "10",
        description: "Seconds one notification delivery may take before it is retried later",
        check: |v| whole_number(v, 1, 300),
    },
    Setting {
        key: "totals",
        env: Some("SUBS_TOTALS"),
        default: "full",
        description: "What totals count of a shared plan: full (the whole price) or mine (my share); --mine/--full override",
        check: |v| match v.trim().to_ascii_lowercase().as_str() {
            t @ ("full" | "mine") => Ok(t.to_string()),
            _ => Err("must be full or mine".into()),
        },
    },
    Setting {
        key: "rates_auto_update",
        env: Some("SUBS_RATES_AUTO_UPDATE"),
        default: "off",
        description: "Refresh the ECB rates before commands that convert when older than this: daily, weekly or off",
        check: |v| match v.trim().to_ascii_lowercase().as_str() {
            p @ ("daily" | "weekly" | "off") => Ok(p.to_string()),
            _ => Err("must be one of daily, weekly, off".into()),
        },
    },
    Setting {
        key: "ledger_expenses_account",
        env: None,
        default: "expenses:subscriptions",
        description: "The account exports to hledger/ledger/beancount book subscriptions to (the category is added below it)",
        check: |v| crate::domain::accounts::account("ledger_expenses_account", v),
    },
    Setting {
        key: "ledger_payment_accounts",
        env: None,
        default: crate::domain::accounts::DEFAULT_PAYMENT_ACCOUNTS,
        description: "The account each payment method pays from, as method=account pairs",
        check: |v| {
            crate::domain::accounts::payment_accounts(v)
                .map(|m| crate::domain::accounts::show_payment_accounts(&m))
        },
    },
];

/// Keys that must never be stored.
const SECRETS: &[&str] = &["GEMINI_API_KEY", "OPENAI_API_KEY"];

fn whole_number(v: &str, min: i64, max: i64) -> Result<String, String> {
    match v.trim().parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n.to_string()),
        _ => Err(format!("must be a whole number from {min} to {max}")),
    }
}

fn boolean(v: &str) -> Result<String, String> {
    match v.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Ok("true".into()),
        "false" | "0" | "no" | "off" => Ok("false".into()),
        _ => Err("must be true or false".into()),
    }
}

/// Finds a setting by its key or its environment name, in any letter case
/// (`max_subscriptions` and `MAX_SUBSCRIPTIONS` are the same setting).
pub fn lookup(name: &str) -> Result<&'static Setting> {
    let wanted = name.trim();
    if SECRETS.iter().any(|s| s.eq_ignore_ascii_case(wanted)) {
        return Err(Error::invalid(format!(
            "{} is a secret and is never stored; set it in the environment instead",
            wanted.to_ascii_uppercase()
        )));
    }
    SETTINGS
        .iter()
        .find(|s| {
            s.key.eq_ignore_ascii_case(wanted)
                || s.env.is_some_and(|e| e.eq_ignore_ascii_case(wanted))
        })
        .ok_or_else(|| {
            let known: Vec<&str> = SETTINGS.iter().map(|s| s.key).collect();
            Error::invalid(format!(
                "unknown setting \"{}\"; known settings: {}",
                wanted.escape_debug(),
                known.join(", ")
            ))
        })
}

impl Setting {
    /// Validates a value for `config set`.
    pub fn normalise(&self, value: &str) -> Result<String> {
        (self.check)(value).map_err(|reason| {
            Error::invalid(format!(
                "invalid value \"{}\" for {}: {reason}",
                value.escape_debug(),
                self.key
            ))
        })
    }
}

/// Where a setting's value came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Environment,
    Database,
    Default,
}

/// A setting's effective value.
#[derive(Clone, Debug)]
pub struct Resolved {
    pub key: &'static str,
    pub value: String,
    pub source: Source,
    pub env: Option<&'static str>,
    pub description: &'static str,
    /// The default, which says the value's JSON type.
    default: &'static str,
}

/// In JSON a value has its type: `true`/`false` for a setting whose default
/// is a boolean, a number for one whose default is a number, else a string.
impl Serialize for Resolved {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("Resolved", 5)?;
        out.serialize_field("key", self.key)?;
        let is_bool = matches!(self.default, "true" | "false");
        let number = (!self.default.is_empty()
            && self
                .default
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.'))
        .then(|| self.value.parse::<rust_decimal::Decimal>().ok())
        .flatten();
        if is_bool {
            out.serialize_field("value", &(self.value == "true"))?;
        } else if let Some(number) = number {
            out.serialize_field(
                "value",
                &serde_json::Number::from_string_unchecked(number.to_string()),
            )?;
        } else {
            out.serialize_field("value", &self.value)?;
        }
        out.serialize_field("source", &self.source)?;
        out.serialize_field("env", &self.env)?;
        out.serialize_field("description", self.description)?;
        out.end()
    }
}

/// The effective value: environment, then database, then default. A bad
/// environment value is an error naming the variable, not silently ignored.
pub fn resolve(conn: &Db, setting: &'static Setting) -> Result<Resolved> {
    let resolved = |value, source| Resolved {
        key: setting.key,
        value,
        source,
        env: setting.env,
        description: setting.description,
        default: setting.default,
    };
    if let Some(var) = setting.env
        && let Some(raw) = std::env::var_os(var).filter(|v| !v.is_empty())
    {
        let raw = raw.to_string_lossy();
        let value = (setting.check)(&raw).map_err(|reason| {
            Error::invalid(format!(
                "invalid environment variable {var}=\"{}\": {reason}",
                raw.escape_debug()
            ))
        })?;
        return Ok(resolved(value, Source::Environment));
    }
    if let Some(stored) = store::config::get(conn, setting.key)? {
        let value = (setting.check)(&stored).map_err(|reason| {
            Error::runtime(format!(
                "the stored setting {} = \"{}\" is invalid ({reason}); fix it with `subs config set {}`",
                setting.key,
                stored.escape_debug(),
                setting.key
            ))
        })?;
        return Ok(resolved(value, Source::Database));
    }
    Ok(resolved(setting.default.to_string(), Source::Default))
}

fn value_of(conn: &Db, key: &str) -> Result<Resolved> {
    resolve(conn, lookup(key)?)
}

pub fn base_currency(conn: &Db) -> Result<Currency> {
    let v = value_of(conn, "base_currency")?;
    Currency::parse(&v.value).map_err(Error::runtime)
}

pub fn max_subscriptions(conn: &Db) -> Result<i64> {
    let v = value_of(conn, "max_subscriptions")?;
    v.value
        .parse()
        .map_err(|_| Error::runtime("max_subscriptions is not a number"))
}

/// How to raise the subscription limit, from where its value comes: the
/// environment variable wins over `config set`, so that is what to change
/// when it is set.
pub fn max_subscriptions_advice(conn: &Db) -> Result<String> {
    let v = value_of(conn, "max_subscriptions")?;
    Ok(match v.source {
        Source::Environment => "the environment variable MAX_SUBSCRIPTIONS sets it (it wins over `subs config set`); raise or unset it".into(),
        Source::Database | Source::Default => {
            "raise it with `subs config set max_subscriptions N`".into()
        }
    })
}

/// Whether totals count only my share of shared plans: `--mine`/`--full`
/// (`Some`) or the `totals` setting.
pub fn totals_mine(conn: &Db, flag: Option<bool>) -> Result<bool> {
    match flag {
        Some(mine) => Ok(mine),
        None => Ok(get(conn, "totals")?.value == "mine"),
    }
}

pub fn usage_cost_limit(conn: &Db) -> Result<rust_decimal::Decimal> {
    let v = value_of(conn, "usage_cost_limit")?;
    v.value
        .parse()
        .map_err(|_| Error::runtime("usage_cost_limit is not a number"))
}

/// A setting's effective value by key (for callers that parse it).
pub fn get(conn: &Db, key: &str) -> Result<Resolved> {
    value_of(conn, key)
}

/// A stored or environment value parsed as an exact decimal.
pub fn decimal(conn: &Db, key: &str) -> Result<rust_decimal::Decimal> {
    let v = value_of(conn, key)?;
    v.value
        .parse()
        .map_err(|_| Error::runtime(format!("{key} is not a number")))
}
