//! `subs notify list|test|log`.

use serde::Serialize;

use super::table::{Fit, Grid};
use super::text::safe;
use super::{Output, View};
use crate::domain::channel::Logged;
use crate::domain::channel::{Channel, redacted};

/// Channels as JSON: settings as stored (no secret is ever stored), URLs
/// with credentials redacted.
pub struct ChannelList(pub Vec<Channel>);

#[derive(Serialize)]
struct ChannelJson<'a> {
    name: &'a str,
    kind: crate::domain::channel::ChannelKind,
    url: Option<String>,
    run: Option<&'a str>,
    secret_env: Option<&'a str>,
    /// Whether that variable is set now (its value is never shown).
    secret_set: bool,
    min_severity: crate::domain::channel::Severity,
    alert_types: Vec<&'static str>,
    digest: bool,
    created_at: &'a str,
    /// Whether this device delivers through it (a command or apprise
    /// channel from an import or another device waits for `notify enable`).
    enabled: bool,
}

impl<'a> From<&'a Channel> for ChannelJson<'a> {
    fn from(c: &'a Channel) -> Self {
        let secret_env = c.secret_env();
        ChannelJson {
            name: &c.name,
            kind: c.kind,
            url: c.setting("url").map(|u| match c.kind {
                crate::domain::channel::ChannelKind::Apprise => {
                    crate::domain::channel::apprise_shown(u)
                }
                _ => redacted(u),
            }),
            run: c.setting("run").or(c.setting("to")),
            secret_env,
            secret_set: secret_env.is_some_and(|v| std::env::var(v).is_ok_and(|s| !s.is_empty())),
            min_severity: c.min_severity,
            alert_types: c.alert_types.iter().map(|t| t.as_str()).collect(),
            digest: c.digest,
            created_at: &c.created_at,
            enabled: c.enabled(),
        }
    }
}

impl Serialize for ChannelList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(ChannelJson::from))
    }
}

impl View for ChannelList {
    fn empty(&self) -> Option<String> {
        self.0.is_empty().then(|| NO_CHANNELS.into())
    }

    fn text(&self, out: &Output) -> String {
        let mut grid = Grid::new(
            out,
            &[
                ("Name", Fit::Whole),
                ("Kind", Fit::Whole),
                ("Where", Fit::Shrink),
                ("From", Fit::Whole),
                ("Secret", Fit::Whole),
            ],
        );
        for c in &self.0 {
            let j = ChannelJson::from(c);
            let filter = match (j.alert_types.is_empty(), j.digest) {
                (true, false) => j.min_severity.as_str().to_string(),
                (true, true) => format!("{}, digest", j.min_severity.as_str()),
                (false, digest) => format!(
                    "{}{}",
                    j.alert_types.join(","),
                    if digest { ", digest" } else { "" }
                ),
            };
            let secret = match (j.secret_env, j.secret_set) {
                (Some(var), true) => format!("{var} (set)"),
                (Some(var), false) => format!("{var} (not set)"),
                (None, _) => "—".into(),
            };
            let mut target = safe(j.url.as_deref().or(j.run).unwrap_or("")).into_owned();
            if !j.enabled {
                target = format!(
                    "{target} ({})",
                    crate::domain::channel::disabled_here(&safe(&c.name))
                );
            }
            grid.row(vec![
                safe(&c.name).into_owned().into(),
                c.kind.as_str().into(),
                target.into(),
                filter.into(),
                secret.into(),
            ]);
        }
        grid.render()
    }
}

const NO_CHANNELS: &str = "No channels: new alerts go to stdout (cron mails them). Add one with: subs notify add phone ntfy --url https://ntfy.sh/TOPIC";

/// Each channel's test outcome.
pub struct TestResults(pub Vec<(String, Result<(), String>)>);

impl Serialize for TestResults {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct One<'a> {
            channel: &'a str,
            ok: bool,
            error: Option<&'a str>,
        }
        s.collect_seq(self.0.iter().map(|(name, r)| One {
            channel: name,
            ok: r.is_ok(),
            error: r.as_ref().err().map(String::as_str),
        }))
    }
}

impl View for TestResults {
    fn text(&self, _out: &Output) -> String {
        self.0
            .iter()
            .map(|(name, r)| match r {
                Ok(()) => format!("{}: sent", safe(name)),
                Err(e) => format!("{}: failed: {}", safe(name), safe(e)),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// `notify log`.
#[derive(Serialize)]
#[serde(transparent)]
pub struct DeliveryLog(pub Vec<Logged>);
impl View for DeliveryLog {
    fn empty(&self) -> Option<String> {
        self.0.is_empty().then(|| NO_DELIVERIES.into())
    }

    fn text(&self, out: &Output) -> String {
        let mut grid = Grid::new(
            out,
            &[
                ("ID", Fit::WholeRight),
                ("Channel", Fit::Whole),
                ("Alert", Fit::Shrink),
                ("Status", Fit::Whole),
                ("Tries", Fit::WholeRight),
                ("When / error", Fit::Shrink),
            ],
        );
        for d in &self.0 {
            let when = match (
                d.status.as_str(),
                &d.sent_at,
                &d.last_error,
                &d.next_attempt,
            ) {
                ("sent", Some(at), _, _) => at.clone(),
                (_, _, Some(e), Some(next)) => format!("{e} (again at {next})"),
                (_, _, Some(e), None) => e.clone(),
                _ => d.created_at.clone(),
            };
            grid.row(vec![
                d.id.to_string().into(),
                safe(&d.channel).into_owned().into(),
                safe(&d.alert_title).into_owned().into(),
                d.status.clone().into(),
                d.attempts.to_string().into(),
                safe(&when).into_owned().into(),
            ]);
        }
        grid.render()
    }
}

const NO_DELIVERIES: &str = "No deliveries yet.";
