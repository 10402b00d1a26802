//! ntfy: a POST to its publish API (ntfy.sh or your own server), the
//! title, priority and tags as headers, the token from `SUBS_NTFY_TOKEN`
//! (or `--secret-env`) as a bearer token.

use serde::{Deserialize, Serialize};

use super::remote::{agent, answered, header_text, http_error, title, top, without_controls};
use super::{Channel, Delivery, Failure, Flags, Kind, Spelling};
use crate::domain::alert::Alert;
use crate::domain::channel::{Severity, capabilities};
use crate::domain::validate;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ntfy {
    /// The topic's URL.
    pub url: String,
}

impl Kind for Ntfy {
    fn from_flags(flags: &Flags) -> Result<Ntfy, String> {
        let url = flags.url.ok_or("a ntfy channel needs --url")?;
        Ok(Ntfy { url: url.into() })
    }

    fn check(&mut self, spelling: Spelling) -> Result<(), String> {
        // Checked by a URL parser: https, or plain http to this machine
        // only; never a user name or password in it.
        self.url = validate::service_url(&spelling.of("url"), &self.url)?;
        Ok(())
    }

    fn capabilities(&self) -> Vec<String> {
        capabilities(&self.url)
    }
}

impl Channel for Ntfy {
    fn send(&mut self, alerts: &[&Alert], delivery: &Delivery) -> Result<(), Failure> {
        let priority = match top(alerts) {
            Severity::Urgent => "5",
            Severity::Warning => "4",
            Severity::Info => "3",
        };
        let body: Vec<String> = alerts
            .iter()
            .map(|a| without_controls(&a.message, true))
            .collect();
        let tags: Vec<&str> = alerts.iter().map(|a| a.alert_type.as_str()).collect();
        let mut call = agent(delivery.limit)
            .post(&self.url)
            .header("Title", &header_text(&title(alerts)))
            .header("Priority", priority)
            .header("Tags", &tags.join(","));
        if let Some(t) = delivery.secret {
            call = call.header("Authorization", &format!("Bearer {t}"));
        }
        let response = call
            .send(body.join("\n"))
            .map_err(|e| http_error(e, delivery.limit))?;
        Ok(answered(response.status().as_u16())?)
    }
}
