//! E-mail: one message per run listing the alerts, over SMTP. `smtps://`
//! is implicit TLS (465), `smtp://` requires STARTTLS (587) — except to a
//! relay on this machine named by its loopback address, which may take
//! plain SMTP. A self-signed certificate is accepted only with
//! `insecure_tls`. The password comes from `SUBS_SMTP_PASSWORD` (or
//! `--secret-env`), never from the URL.

use lettre::message::Mailbox;
use serde::{Deserialize, Serialize};

use super::remote::within;
use super::{Channel, Delivery, Failure, Flags, Kind, Spelling};
use crate::domain::alert::Alert;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Email {
    pub to: String,
    /// `smtp://USER@HOST:PORT` or `smtps://…`, without a password.
    pub smtp: String,
    /// The sender; the recipient when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Accept a self-signed certificate (stored as the text `"true"`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not", with = "text")]
    pub insecure_tls: bool,
}

/// A yes stored as the text `"true"`, as ever.
mod text {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(yes: &bool, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(if *yes { "true" } else { "false" })
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
        Ok(String::deserialize(d)? == "true")
    }
}

impl Kind for Email {
    fn from_flags(flags: &Flags) -> Result<Email, String> {
        let to = flags.to.ok_or("an email channel needs --to ADDRESS")?;
        let smtp = flags.smtp.ok_or(
            "an email channel needs --smtp smtp://USER@HOST:587 (or smtps:// for TLS on 465)",
        )?;
        Ok(Email {
            to: to.into(),
            smtp: smtp.into(),
            from: flags.from.map(str::to_string),
            insecure_tls: flags.insecure_tls,
        })
    }

    fn check(&mut self, spelling: Spelling) -> Result<(), String> {
        let flag = spelling.of("smtp");
        let parsed = url::Url::parse(&self.smtp)
            .ok()
            .filter(|u| ["smtp", "smtps"].contains(&u.scheme()) && u.host_str().is_some())
            .ok_or_else(|| {
                // Never echo what may hold a password.
                let shown = if self.smtp.contains('@') {
                    "(not shown: it may hold a password)".to_string()
                } else {
                    format!("\"{}\"", self.smtp.escape_debug())
                };
                format!(
                    "invalid {flag} {shown}: use smtp://USER@HOST:587 (STARTTLS) or smtps://USER@HOST:465"
                )
            })?;
        if parsed.password().is_some() {
            return Err(format!(
                "{flag} must not hold a password: it is read from SUBS_SMTP_PASSWORD (or {})",
                spelling.of("secret_env")
            ));
        }
        for (key, address) in [("to", Some(&self.to)), ("from", self.from.as_ref())] {
            if let Some(a) = address
                && a.parse::<Mailbox>().is_err()
            {
                return Err(format!(
                    "invalid {} \"{a}\": not an e-mail address",
                    spelling.of(key)
                ));
            }
        }
        Ok(())
    }

    /// E-mail is one message per run by nature.
    fn always_digest(&self) -> bool {
        true
    }
}

impl Channel for Email {
    fn send(&mut self, alerts: &[&Alert], delivery: &Delivery) -> Result<(), Failure> {
        // lettre's own timeout covers each read and write; a server that
        // never greets is bounded by the one deadline around the whole call.
        let email = self.clone();
        let alerts: Vec<Alert> = alerts.iter().map(|a| (*a).clone()).collect();
        let (test, limit) = (delivery.test, delivery.limit);
        let password = delivery.secret.map(str::to_string);
        let secret_env = delivery
            .secret_env
            .unwrap_or("SUBS_SMTP_PASSWORD")
            .to_string();
        within(limit, move || {
            let alerts: Vec<&Alert> = alerts.iter().collect();
            let message = email.message(&alerts, test)?;
            email.send_now(&message, password.as_deref(), &secret_env, limit)
        })
    }
}

impl Email {
    fn message(&self, alerts: &[&Alert], test: bool) -> Result<lettre::Message, String> {
        use lettre::message::header::ContentType;
        let to: Mailbox = self
            .to
            .parse()
            .map_err(|e| format!("the --to address: {e}"))?;
        let from: Mailbox = self
            .from
            .as_deref()
            .unwrap_or(&self.to)
            .parse()
            .map_err(|e| format!("the --from address: {e}"))?;
        let subject = match alerts {
            [one] => format!("subs: {}", one.title),
            many => format!("subs: {} reminders", many.len()),
        };
        let mut body = String::new();
        if test {
            body.push_str("This is a test from `subs notify test`: this channel works.\n\n");
        }
        for a in alerts {
            body.push_str(&format!("{}\n{}\n\n", a.title, a.message));
        }
        lettre::Message::builder()
            .message_id(None)
            .from(from)
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| format!("cannot build the message: {e}"))
    }

    fn send_now(
        &self,
        message: &lettre::Message,
        password: Option<&str>,
        secret_env: &str,
        limit: std::time::Duration,
    ) -> Result<(), String> {
        use lettre::transport::smtp::authentication::Credentials;
        use lettre::transport::smtp::client::{Tls, TlsParameters};
        use lettre::{SmtpTransport, Transport};

        let url =
            url::Url::parse(&self.smtp).map_err(|e| format!("the SMTP URL is not a URL: {e}"))?;
        let host = url
            .host_str()
            .ok_or("the SMTP URL has no host")?
            .to_string();
        // A relay on this machine, named by its loopback address (127.0.0.1,
        // ::1), may take plain SMTP. (smtp:// is not a scheme the URL parser
        // knows, so its host is text.) A name, even localhost, gets TLS.
        let loopback = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
        let tls = || {
            TlsParameters::builder(host.clone())
                .dangerous_accept_invalid_certs(self.insecure_tls)
                .build()
                .map_err(|e| format!("TLS: {e}"))
        };
        let builder = match url.scheme() {
            "smtps" => SmtpTransport::builder_dangerous(&host)
                .port(url.port().unwrap_or(465))
                .tls(Tls::Wrapper(tls()?)),
            "smtp" if loopback => {
                SmtpTransport::builder_dangerous(&host).port(url.port().unwrap_or(25))
            }
            "smtp" => SmtpTransport::builder_dangerous(&host)
                .port(url.port().unwrap_or(587))
                .tls(Tls::Required(tls()?)),
            other => return Err(format!("\"{other}\" is not smtp or smtps")),
        };
        let builder = builder.timeout(Some(limit));
        let builder = match (url.username(), password) {
            ("", _) => builder,
            (user, Some(pw)) => {
                builder.credentials(Credentials::new(user.to_string(), pw.to_string()))
            }
            (_, None) => return Err(format!("{secret_env} is not set (the SMTP password)")),
        };
        builder
            .build()
            .send(message)
            .map(|_| ())
            .map_err(|e| format!("SMTP: {e}"))
    }
}
