//! A channel's settings, typed: one struct per kind, in the kind's file,
//! tagged by kind as serde reads and writes them. The stored form — the
//! `settings` JSON object of a `channel` row, in the database, in backups
//! and through sync — does not change: it is read into a [`ChannelConfig`]
//! at the edge and written back from one. `secret_env`, the variable a
//! secret is read from, is every kind's and stays outside the structs.

use serde::{Deserialize, Serialize};

use super::Channel;
use super::apprise::Apprise;
use super::command::Command;
use super::desktop::Desktop;
use super::email::Email;
use super::ntfy::Ntfy;
use super::webhook::Webhook;
use crate::domain::channel::{self, ChannelKind};

/// The settings object of a stored channel.
pub type Settings = serde_json::Map<String, serde_json::Value>;

/// A channel's settings, one arm per kind (`"kind"` names the arm).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ChannelConfig {
    Ntfy(Ntfy),
    Webhook(Webhook),
    Command(Command),
    Apprise(Apprise),
    Email(Email),
    Desktop(Desktop),
}

/// What `notify add` was given; each kind takes its own.
#[derive(Clone, Copy, Debug, Default)]
pub struct Flags<'a> {
    pub url: Option<&'a str>,
    pub to: Option<&'a str>,
    pub from: Option<&'a str>,
    pub smtp: Option<&'a str>,
    pub insecure_tls: bool,
    pub run: Option<&'a str>,
}

/// How a message names a setting: as the flag `notify add` took
/// (`--secret-env`), or as the key a backup holds (`secret_env`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spelling {
    Flag,
    Key,
}

impl Spelling {
    pub fn of(self, key: &str) -> String {
        match self {
            Spelling::Flag => format!("--{}", key.replace('_', "-")),
            Spelling::Key => key.to_string(),
        }
    }
}

/// One kind of channel: its settings' checks and its delivery.
pub trait Kind: Channel {
    /// From `notify add`'s flags: what the kind needs, named as flags
    /// when missing.
    fn from_flags(flags: &Flags) -> Result<Self, String>
    where
        Self: Sized;

    /// The checks its settings pass, by `notify add` and when a backup or
    /// another device brings the channel; a value may be normalised (a
    /// URL's trailing slash).
    fn check(&mut self, spelling: Spelling) -> Result<(), String>;

    /// Whether each run's alerts go as one message whatever `--digest`
    /// says (e-mail).
    fn always_digest(&self) -> bool {
        false
    }

    /// What in its settings is a capability (whoever knows it may post),
    /// named for a warning.
    fn capabilities(&self) -> Vec<String> {
        Vec::new()
    }
}

impl ChannelConfig {
    /// The kind's own behaviour, its delivery included.
    pub fn kind(&mut self) -> &mut dyn Kind {
        match self {
            ChannelConfig::Ntfy(c) => c,
            ChannelConfig::Webhook(c) => c,
            ChannelConfig::Command(c) => c,
            ChannelConfig::Apprise(c) => c,
            ChannelConfig::Email(c) => c,
            ChannelConfig::Desktop(c) => c,
        }
    }

    /// A `kind` channel from `notify add`'s flags, checked.
    pub fn from_flags(kind: ChannelKind, flags: &Flags) -> Result<ChannelConfig, String> {
        let mut config = match kind {
            ChannelKind::Ntfy => Ntfy::from_flags(flags).map(ChannelConfig::Ntfy),
            ChannelKind::Webhook => Webhook::from_flags(flags).map(ChannelConfig::Webhook),
            ChannelKind::Command => Command::from_flags(flags).map(ChannelConfig::Command),
            ChannelKind::Apprise => Apprise::from_flags(flags).map(ChannelConfig::Apprise),
            ChannelKind::Email => Email::from_flags(flags).map(ChannelConfig::Email),
            ChannelKind::Desktop => Desktop::from_flags(flags).map(ChannelConfig::Desktop),
        }?;
        config.kind().check(Spelling::Flag)?;
        Ok(config)
    }

    /// A stored channel's settings, as they are (checked when they were
    /// added or brought).
    pub fn stored(channel: &channel::Channel) -> Result<ChannelConfig, String> {
        ChannelConfig::read(channel.kind, &channel.settings)
            .map_err(|missing| format!("channel {} has no {missing}", channel.name))
    }

    /// The settings object stored for it, `secret_env` last: the same
    /// keys, in the same order, as ever.
    pub fn settings(&self, secret_env: Option<&str>) -> Settings {
        let mut settings: Settings = match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(map)) => {
                map.into_iter().filter(|(key, _)| key != "kind").collect()
            }
            _ => Settings::new(),
        };
        if let Some(var) = secret_env {
            settings.insert(SECRET_ENV.into(), var.into());
        }
        settings
    }

    /// The kind's struct from a settings object; the error names a missing
    /// setting. Keys the kind does not know are passed over.
    fn read(kind: ChannelKind, settings: &Settings) -> Result<ChannelConfig, String> {
        let mut tagged: Settings = settings
            .iter()
            .filter(|(key, _)| *key != SECRET_ENV)
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        tagged.insert("kind".into(), kind.as_str().into());
        serde_json::from_value(serde_json::Value::Object(tagged)).map_err(|e| {
            let text = e.to_string();
            text.strip_prefix("missing field `")
                .and_then(|rest| rest.split('`').next())
                .map(str::to_string)
                .unwrap_or(text)
        })
    }
}

/// The setting every kind may have: the variable its secret is read from.
const SECRET_ENV: &str = "secret_env";

/// The checks a channel's stored settings pass when a backup or another
/// device brings it: each a text setting the kind knows — never a secret
/// itself, only the name of the variable one is read from — and the
/// kind's own checks, as `notify add` makes them.
pub fn check_stored(kind: ChannelKind, text: &str) -> Result<(), String> {
    let settings: Settings =
        serde_json::from_str(text).map_err(|_| "is not an object".to_string())?;
    let unknown = |key: &str| format!("\"{key}\" is not a channel setting (url, run, secret_env)");
    if let Some((key, _)) = settings.iter().find(|(_, value)| !value.is_string()) {
        return Err(unknown(key));
    }
    let secret_env = settings.get(SECRET_ENV).and_then(|v| v.as_str());
    let mut config = ChannelConfig::read(kind, &settings)
        .map_err(|missing| format!("a {kind} channel needs {missing}"))?;
    let known = config.settings(secret_env);
    if let Some(key) = settings.keys().find(|key| !known.contains_key(*key)) {
        return Err(unknown(key));
    }
    if let Some(var) = secret_env {
        channel::secret_env_allowed(var)?;
    }
    config.kind().check(Spelling::Key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(text: &str) -> Settings {
        serde_json::from_str(text).unwrap_or_default()
    }

    #[test]
    fn the_stored_form_reads_and_writes_back_the_same() -> Result<(), String> {
        for (kind, text) in [
            (
                ChannelKind::Ntfy,
                r#"{"url":"https://ntfy.sh/t","secret_env":"SUBS_NTFY_TOKEN"}"#,
            ),
            (ChannelKind::Webhook, r#"{"url":"https://x.test/h"}"#),
            (ChannelKind::Command, r#"{"run":"cat"}"#),
            (ChannelKind::Apprise, r#"{"url":"tgram://{secret}/1"}"#),
            (
                ChannelKind::Email,
                r#"{"to":"a@x.test","smtp":"smtp://me@x.test:587","from":"b@x.test","insecure_tls":"true"}"#,
            ),
            (
                ChannelKind::Email,
                r#"{"to":"a@x.test","smtp":"smtps://x.test"}"#,
            ),
            (ChannelKind::Desktop, r#"{}"#),
        ] {
            let stored = settings(text);
            let config = ChannelConfig::read(kind, &stored)?;
            let secret_env = stored.get(SECRET_ENV).and_then(|v| v.as_str());
            assert_eq!(
                serde_json::Value::Object(config.settings(secret_env)).to_string(),
                text
            );
            check_stored(kind, text)?;
        }
        Ok(())
    }

    #[test]
    fn a_backup_is_checked_as_notify_add_checks() {
        let refused = |kind, text: &str| check_stored(kind, text).err().unwrap_or_default();
        assert_eq!(
            refused(
                ChannelKind::Ntfy,
                r#"{"url":"https://x.test","token":"abc"}"#
            ),
            "\"token\" is not a channel setting (url, run, secret_env)"
        );
        assert_eq!(
            refused(ChannelKind::Ntfy, r#"{"run":"cat"}"#),
            "a ntfy channel needs url"
        );
        assert!(refused(ChannelKind::Webhook, r#"{"url":"http://x.test"}"#).contains("http"));
        assert!(
            refused(
                ChannelKind::Email,
                r#"{"to":"nobody","smtp":"smtp://x.test"}"#
            )
            .contains("not an e-mail address")
        );
        assert!(refused(ChannelKind::Command, r#"{"run":" "}"#).contains("needs run"));
        assert!(
            refused(ChannelKind::Desktop, r#"{"secret_env":"GEMINI_API_KEY"}"#)
                .contains("GEMINI_API_KEY")
        );
        assert_eq!(refused(ChannelKind::Desktop, "[]"), "is not an object");
    }
}
