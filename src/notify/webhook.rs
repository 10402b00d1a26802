//! A webhook: a POST of the documented JSON document (`remote::document`)
//! with an idempotency key, signed (`X-Subs-Signature`, HMAC-SHA256) when
//! `SUBS_WEBHOOK_SECRET` (or `--secret-env`) is set.

use serde::{Deserialize, Serialize};

use super::remote::{agent, answered, document, http_error, idempotency_key, signature};
use super::{Channel, Delivery, Failure, Flags, Kind, Spelling};
use crate::domain::alert::Alert;
use crate::domain::channel::capabilities;
use crate::domain::validate;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Webhook {
    pub url: String,
}

impl Kind for Webhook {
    fn from_flags(flags: &Flags) -> Result<Webhook, String> {
        let url = flags.url.ok_or("a webhook channel needs --url")?;
        Ok(Webhook { url: url.into() })
    }

    fn check(&mut self, spelling: Spelling) -> Result<(), String> {
        // https, or plain http to this machine only; no credentials in it.
        self.url = validate::service_url(&spelling.of("url"), &self.url)?;
        Ok(())
    }

    fn capabilities(&self) -> Vec<String> {
        capabilities(&self.url)
    }
}

impl Channel for Webhook {
    fn send(&mut self, alerts: &[&Alert], delivery: &Delivery) -> Result<(), Failure> {
        let body = document(alerts, delivery.test).to_string();
        let mut call = agent(delivery.limit)
            .post(&self.url)
            .header("Content-Type", "application/json")
            .header(
                "Idempotency-Key",
                &idempotency_key(delivery.channel, alerts),
            );
        if let Some(s) = delivery.secret {
            call = call.header("X-Subs-Signature", &signature(s, body.as_bytes()));
        }
        let response = call
            .send(body.as_str())
            .map_err(|e| http_error(e, delivery.limit))?;
        Ok(answered(response.status().as_u16())?)
    }
}
