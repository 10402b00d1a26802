//! Notification channels: where new alerts are delivered, and which ones.

use std::fmt;

use serde::Serialize;

use super::alert::AlertType;

/// How a channel delivers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    /// ntfy's publish API (ntfy.sh or your own server).
    Ntfy,
    /// A POST of the documented JSON document, signed when a secret is set.
    Webhook,
    /// A program that reads the alerts as JSON on stdin.
    Command,
    /// Any service Apprise knows, through the `apprise` program.
    Apprise,
    /// One e-mail per run over SMTP (STARTTLS or implicit TLS).
    Email,
    /// A desktop notification (freedesktop D-Bus on Linux).
    Desktop,
}

impl ChannelKind {
    pub const ALL: [ChannelKind; 6] = [
        ChannelKind::Ntfy,
        ChannelKind::Webhook,
        ChannelKind::Command,
        ChannelKind::Apprise,
        ChannelKind::Email,
        ChannelKind::Desktop,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChannelKind::Ntfy => "ntfy",
            ChannelKind::Webhook => "webhook",
            ChannelKind::Command => "command",
            ChannelKind::Apprise => "apprise",
            ChannelKind::Email => "email",
            ChannelKind::Desktop => "desktop",
        }
    }

    pub fn parse(s: &str) -> Option<ChannelKind> {
        ChannelKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The environment variable its secret is read from, unless the
    /// channel names another.
    pub fn default_secret_env(self) -> Option<&'static str> {
        match self {
            ChannelKind::Ntfy => Some("SUBS_NTFY_TOKEN"),
            ChannelKind::Webhook => Some("SUBS_WEBHOOK_SECRET"),
            ChannelKind::Apprise => Some("SUBS_APPRISE_SECRET"),
            ChannelKind::Email => Some("SUBS_SMTP_PASSWORD"),
            ChannelKind::Command | ChannelKind::Desktop => None,
        }
    }
}

impl fmt::Display for ChannelKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How pressing an alert is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Urgent,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Urgent => "urgent",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        [Severity::Info, Severity::Warning, Severity::Urgent]
            .into_iter()
            .find(|v| v.as_str() == s)
    }

    /// Each alert type's severity: money due or a deadline is urgent, a
    /// change worth a look is a warning, the rest is information.
    pub fn of(alert_type: AlertType) -> Severity {
        match alert_type {
            AlertType::PaymentDue | AlertType::TrialEnding | AlertType::CancellationDeadline => {
                Severity::Urgent
            }
            AlertType::CancellationReminder
            | AlertType::PriceIncrease
            | AlertType::OverBudget
            | AlertType::CardExpiring
            | AlertType::MissedCharge
            | AlertType::DuplicateCharge => Severity::Warning,
            AlertType::RenewalReminder | AlertType::UsageLimit | AlertType::StatusChange => {
                Severity::Info
            }
        }
    }
}

/// A channel as stored: its settings hold no secret, only the name of the
/// variable a secret is read from.
#[derive(Clone, Debug, PartialEq)]
pub struct Channel {
    pub id: i64,
    pub name: String,
    pub kind: ChannelKind,
    /// The settings object as stored: its kind's own (typed, and
    /// checked, by `notify::ChannelConfig`) and `secret_env`.
    pub settings: serde_json::Map<String, serde_json::Value>,
    pub min_severity: Severity,
    /// Empty: every type.
    pub alert_types: Vec<AlertType>,
    pub digest: bool,
    pub created_at: String,
    /// Whether this device may deliver through it: always for channels
    /// that run nothing; for `command` and `apprise` channels only once
    /// added or enabled on this device (not when they arrived by import
    /// or sync).
    pub trusted: bool,
}

impl Channel {
    pub fn setting(&self, key: &str) -> Option<&str> {
        self.settings.get(key).and_then(|v| v.as_str())
    }

    /// The variable its secret comes from, if it takes one.
    pub fn secret_env(&self) -> Option<&str> {
        self.setting("secret_env")
            .or(self.kind.default_secret_env())
    }

    /// Whether the channel runs a program on this machine.
    pub fn runs_programs(&self) -> bool {
        matches!(self.kind, ChannelKind::Command | ChannelKind::Apprise)
    }

    /// Whether this device delivers through it (see `trusted`).
    pub fn enabled(&self) -> bool {
        self.trusted || !self.runs_programs()
    }

    /// Whether an alert of this type goes to this channel.
    pub fn wants(&self, alert_type: AlertType) -> bool {
        Severity::of(alert_type) >= self.min_severity
            && (self.alert_types.is_empty() || self.alert_types.contains(&alert_type))
    }
}

/// An Apprise URL for showing: its scheme, the rest hidden unless it only
/// names the `{secret}` placeholder (Apprise URLs carry their tokens).
pub fn apprise_shown(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) if rest.contains("{secret}") => format!("{scheme}://{rest}"),
        Some((scheme, _)) => format!("{scheme}://***"),
        None => "***".into(),
    }
}

/// A URL with any user name or password, and any capability in it (see
/// [`capabilities`]), replaced, for showing.
pub fn redacted(url: &str) -> String {
    let Ok(mut parsed) = url::Url::parse(url) else {
        return url.to_string();
    };
    if !parsed.username().is_empty() || parsed.password().is_some() {
        let _ = parsed.set_username("***");
        let _ = parsed.set_password(None);
    }
    if capabilities(url).is_empty() {
        return parsed.to_string();
    }
    let pairs: Vec<(String, String)> = parsed
        .query_pairs()
        .map(|(k, v)| {
            let v = if SECRET_PARAMETERS.contains(&k.to_ascii_lowercase().as_str()) {
                "***".to_string()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    if !pairs.is_empty() {
        // `***` written as it is, not percent-encoded, so it reads as hidden.
        let query: Vec<String> = pairs
            .iter()
            .map(|(k, v)| match v.as_str() {
                "***" => format!("{k}=***"),
                _ => url::form_urlencoded::Serializer::new(String::new())
                    .append_pair(k, v)
                    .finish(),
            })
            .collect();
        parsed.set_query(Some(&query.join("&")));
    }
    let segments: Option<Vec<String>> = parsed.path_segments().map(|s| {
        s.map(|seg| {
            if looks_like_token(seg) {
                "***".to_string()
            } else {
                seg.to_string()
            }
        })
        .collect()
    });
    if let Some(segments) = segments {
        parsed.set_path(&segments.join("/"));
    }
    parsed.to_string()
}

/// Query parameters whose value is a credential.
const SECRET_PARAMETERS: &[&str] = &[
    "auth",
    "token",
    "access_token",
    "key",
    "apikey",
    "api_key",
    "secret",
    "sig",
    "signature",
    "password",
];

/// A path segment that reads as a random token (a Slack or Discord
/// webhook's last part): 20 or more letters, digits, `-` and `_`, with
/// both letters and digits.
fn looks_like_token(segment: &str) -> bool {
    segment.len() >= 20
        && segment
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && segment.chars().any(|c| c.is_ascii_digit())
        && segment.chars().any(|c| c.is_ascii_alphabetic())
}

/// What in a URL is a capability (whoever knows it may post): query
/// parameters such as `auth=` and `token=`, and long random path tokens.
/// Each is named for a warning, never its value.
pub fn capabilities(url: &str) -> Vec<String> {
    let Ok(parsed) = url::Url::parse(url) else {
        return Vec::new();
    };
    let mut found: Vec<String> = parsed
        .query_pairs()
        .filter(|(k, _)| SECRET_PARAMETERS.contains(&k.to_ascii_lowercase().as_str()))
        .map(|(k, _)| format!("the ?{k}= parameter"))
        .collect();
    if parsed
        .path_segments()
        .is_some_and(|mut s| s.any(looks_like_token))
    {
        found.push("a token in the path".to_string());
    }
    found
}

/// Why a channel that runs programs does nothing on this device.
pub fn disabled_here(name: &str) -> String {
    format!("disabled on this device: run subs notify enable {name}")
}

/// subs' own secrets, which no channel may send anywhere.
const OWN_SECRETS: &[&str] = &["SUBS_SYNC_SECRET"];

/// Whether a channel may read its secret from `var`: only a variable
/// meant for it, `SUBS_<NAME>_TOKEN`, `_SECRET` or `_PASSWORD`, and never
/// one of subs' own keys (a channel arriving by import or sync must not
/// be able to send `SUBS_SYNC_SECRET` or `GEMINI_API_KEY` away).
pub fn secret_env_allowed(var: &str) -> Result<(), String> {
    let middle = var.strip_prefix("SUBS_").and_then(|rest| {
        ["_TOKEN", "_SECRET", "_PASSWORD"]
            .iter()
            .find_map(|suffix| rest.strip_suffix(suffix))
    });
    let shaped = middle.is_some_and(|m| {
        !m.is_empty()
            && m.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    });
    if !shaped {
        return Err(format!(
            "invalid secret variable \"{}\": use a name of the form SUBS_<NAME>_TOKEN, SUBS_<NAME>_SECRET or SUBS_<NAME>_PASSWORD, e.g. SUBS_NTFY_TOKEN",
            var.escape_debug()
        ));
    }
    if OWN_SECRETS.contains(&var) {
        return Err(format!(
            "invalid secret variable \"{var}\": it holds subs' own key, which a channel must never send; use a variable of its own, e.g. SUBS_NTFY_TOKEN"
        ));
    }
    Ok(())
}

/// The last run, as recorded.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LastRun {
    pub last_run_at: String,
    pub outcome: String,
    pub new_alerts: i64,
    pub failed_deliveries: i64,
    #[serde(skip)]
    pub warned_on: Option<String>,
}

/// One delivery, for `notify log`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Logged {
    pub id: i64,
    pub channel: String,
    pub alert_id: i64,
    pub alert_title: String,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub next_attempt: Option<String>,
    pub sent_at: Option<String>,
    pub created_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_order_and_filter() {
        assert!(Severity::Urgent > Severity::Warning && Severity::Warning > Severity::Info);
        assert_eq!(Severity::of(AlertType::PaymentDue), Severity::Urgent);
        // Deadlines are urgent: after them, money is committed.
        assert_eq!(Severity::of(AlertType::TrialEnding), Severity::Urgent);
        assert_eq!(
            Severity::of(AlertType::CancellationDeadline),
            Severity::Urgent
        );
        let c = Channel {
            id: 1,
            name: "phone".into(),
            kind: ChannelKind::Ntfy,
            settings: Default::default(),
            min_severity: Severity::Warning,
            alert_types: Vec::new(),
            digest: false,
            created_at: String::new(),
            trusted: false,
        };
        assert!(c.wants(AlertType::PaymentDue));
        assert!(!c.wants(AlertType::RenewalReminder));
        assert_eq!(c.secret_env(), Some("SUBS_NTFY_TOKEN"));
        assert_eq!(redacted("https://u:p@x.test/a"), "https://***@x.test/a");
        assert_eq!(redacted("https://x.test/a"), "https://x.test/a");
    }

    #[test]
    fn capability_urls_are_named_and_hidden() {
        let ntfy = "https://ntfy.example/alerts?auth=QmVhcmVyIHRrX3NlY3JldA";
        assert_eq!(capabilities(ntfy), vec!["the ?auth= parameter"]);
        assert_eq!(redacted(ntfy), "https://ntfy.example/alerts?auth=***");
        let slack = "https://hooks.example/services/T0001/B0002/a1B2c3D4e5F6g7H8i9J0k1L2";
        assert_eq!(capabilities(slack), vec!["a token in the path"]);
        assert_eq!(
            redacted(slack),
            "https://hooks.example/services/T0001/B0002/***"
        );
        assert!(capabilities("https://ntfy.sh/my-subscriptions-topic").is_empty());
        assert!(capabilities("http://127.0.0.1:8080/t?x=1").is_empty());
    }

    #[test]
    fn secret_variables_are_subs_tokens_secrets_or_passwords_of_their_own() {
        for ok in [
            "SUBS_NTFY_TOKEN",
            "SUBS_WEBHOOK_SECRET",
            "SUBS_SMTP_PASSWORD",
            "SUBS_MY_2_TOKEN",
        ] {
            assert_eq!(secret_env_allowed(ok), Ok(()), "{ok}");
        }
        for bad in [
            "GEMINI_API_KEY",
            "SUBS_SYNC_SECRET",
            "HOME",
            "SUBS_TOKEN",
            "SUBS__TOKEN",
            "subs_ntfy_token",
            "SUBS_NTFY_TOKEN_X",
            "AWS_SECRET",
        ] {
            assert!(secret_env_allowed(bad).is_err(), "{bad}");
        }
    }
}
