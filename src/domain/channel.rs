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
            | AlertType::CardExpiring => Severity::Warning,
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
    /// `url`, `run`, `secret_env`, `timeout` (as JSON).
    pub settings: serde_json::Map<String, serde_json::Value>,
    pub min_severity: Severity,
    /// Empty: every type.
    pub alert_types: Vec<AlertType>,
    pub digest: bool,
    pub created_at: String,
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

/// A URL with any user name or password replaced, for showing.
pub fn redacted(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if !parsed.username().is_empty() || parsed.password().is_some() => {
            let _ = parsed.set_username("***");
            let _ = parsed.set_password(None);
            parsed.to_string()
        }
        _ => url.to_string(),
    }
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
        };
        assert!(c.wants(AlertType::PaymentDue));
        assert!(!c.wants(AlertType::RenewalReminder));
        assert_eq!(c.secret_env(), Some("SUBS_NTFY_TOKEN"));
        assert_eq!(redacted("https://u:p@x.test/a"), "https://***@x.test/a");
        assert_eq!(redacted("https://x.test/a"), "https://x.test/a");
    }
}
