//! The channels that leave the machine or the process: ntfy, a webhook, a
//! command. Secrets come from the environment variable a channel names,
//! are sent only to the channel's own address (no redirects are followed),
//! and are scrubbed from every error.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::domain::alert::Alert;
use crate::domain::channel::{Channel, ChannelKind, Severity};

/// How long one delivery may take: the `notify_timeout` setting, set once
/// per run by whoever delivers (10 seconds until then).
static TIMEOUT_SECS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(10);

pub fn set_timeout(seconds: u64) {
    TIMEOUT_SECS.store(seconds.max(1), std::sync::atomic::Ordering::Relaxed);
}

fn timeout() -> Duration {
    Duration::from_secs(TIMEOUT_SECS.load(std::sync::atomic::Ordering::Relaxed))
}

/// The JSON document a webhook receives and a command reads on stdin.
pub fn document(alerts: &[&Alert], test: bool) -> serde_json::Value {
    let list: Vec<serde_json::Value> = alerts
        .iter()
        .map(|a| {
            serde_json::json!({
                "id": a.id,
                "uid": a.uid,
                "subscription_id": a.subscription_id,
                "subscription_name": a.subscription_name,
                "alert_type": a.alert_type,
                "severity": Severity::of(a.alert_type),
                "title": a.title,
                "message": a.message,
                "alert_date": a.alert_date,
                "created_at": a.created_at,
            })
        })
        .collect();
    serde_json::json!({"source": "subs", "test": test, "alerts": list})
}

/// A key that is the same on every retry of one delivery, so a receiver
/// can drop a repeat.
pub fn idempotency_key(channel: &Channel, alerts: &[&Alert]) -> String {
    let mut hash = Sha256::new();
    hash.update(channel.name.as_bytes());
    for a in alerts {
        hash.update(b"\n");
        hash.update(a.uid.as_bytes());
        hash.update(a.id.to_be_bytes());
    }
    format!("subs-{}", hex::encode(&hash.finalize()[..16]))
}

/// `sha256=<hex>` of `body` keyed with `secret`.
pub fn signature(secret: &str, body: &[u8]) -> String {
    // HMAC takes a key of any length: this cannot fail.
    <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .map(|mut mac| {
            mac.update(body);
            format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
        })
        .unwrap_or_default()
}

fn secret(channel: &Channel) -> Option<String> {
    let var = channel.secret_env()?;
    std::env::var(var).ok().filter(|v| !v.is_empty())
}

fn scrub(text: String, secret: Option<&str>) -> String {
    match secret {
        Some(s) if s.len() >= 4 => text.replace(s, "[redacted]"),
        _ => text,
    }
}

/// Delivers `alerts` (one message, or with `digest`-style grouping done by
/// the caller) through `channel`.
pub fn send(channel: &Channel, alerts: &[&Alert], test: bool) -> Result<(), String> {
    let secret = secret(channel);
    let result = match channel.kind {
        ChannelKind::Ntfy => ntfy(channel, alerts, secret.as_deref()),
        ChannelKind::Webhook => webhook(channel, alerts, test, secret.as_deref()),
        ChannelKind::Command => command(channel, alerts, test),
        ChannelKind::Apprise => apprise(channel, alerts, secret.as_deref()),
        ChannelKind::Email => email(channel, alerts, test, secret.as_deref()),
        ChannelKind::Desktop => desktop(alerts),
    };
    result.map_err(|e| scrub(e, secret.as_deref()))
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout()))
        .http_status_as_error(false)
        .max_redirects(0)
        .user_agent(concat!("subs/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

fn answered(status: u16) -> Result<(), String> {
    match status {
        200..=299 => Ok(()),
        300..=399 => Err(format!(
            "HTTP {status}: a redirect, not followed (the secret is sent only to the configured address)"
        )),
        _ => Err(format!("HTTP {status}")),
    }
}

fn url(channel: &Channel) -> Result<&str, String> {
    channel
        .setting("url")
        .ok_or_else(|| format!("channel {} has no url", channel.name))
}

fn http_error(e: ureq::Error) -> String {
    match e {
        ureq::Error::Timeout(_) => format!("no answer within {}s", timeout().as_secs()),
        other => other.to_string(),
    }
}

fn ntfy(channel: &Channel, alerts: &[&Alert], token: Option<&str>) -> Result<(), String> {
    let top = alerts
        .iter()
        .map(|a| Severity::of(a.alert_type))
        .max()
        .unwrap_or(Severity::Info);
    let priority = match top {
        Severity::Urgent => "5",
        Severity::Warning => "4",
        Severity::Info => "3",
    };
    let title = match alerts {
        [one] => one.title.clone(),
        many => format!("subs: {} reminders", many.len()),
    };
    let body: Vec<String> = alerts.iter().map(|a| a.message.clone()).collect();
    let tags: Vec<&str> = alerts.iter().map(|a| a.alert_type.as_str()).collect();
    let mut call = agent()
        .post(url(channel)?)
        .header("Title", &title)
        .header("Priority", priority)
        .header("Tags", &tags.join(","));
    if let Some(t) = token {
        call = call.header("Authorization", &format!("Bearer {t}"));
    }
    let response = call.send(body.join("\n")).map_err(http_error)?;
    answered(response.status().as_u16())
}

fn webhook(
    channel: &Channel,
    alerts: &[&Alert],
    test: bool,
    secret: Option<&str>,
) -> Result<(), String> {
    let body = document(alerts, test).to_string();
    let mut call = agent()
        .post(url(channel)?)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", &idempotency_key(channel, alerts));
    if let Some(s) = secret {
        call = call.header("X-Subs-Signature", &signature(s, body.as_bytes()));
    }
    let response = call.send(body.as_str()).map_err(http_error)?;
    answered(response.status().as_u16())
}

fn command(channel: &Channel, alerts: &[&Alert], test: bool) -> Result<(), String> {
    let run = channel
        .setting("run")
        .ok_or_else(|| format!("channel {} has no program to run", channel.name))?;
    let mut child = Command::new("sh")
        .args(["-c", run])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run {run}: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(document(alerts, test).to_string().as_bytes());
    }
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => {
                return Err(match status.code() {
                    Some(code) => format!("{run} exited with {code}"),
                    None => format!("{run} was killed by a signal"),
                });
            }
            Ok(None) if started.elapsed() > timeout() => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("{run} took longer than {}s", timeout().as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(format!("{run}: {e}")),
        }
    }
}

/// A desktop notification: the freedesktop Notify call over the session
/// bus on Linux, the native API on macOS.
fn desktop(alerts: &[&Alert]) -> Result<(), String> {
    let summary = match alerts {
        [one] => one.title.clone(),
        many => format!("subs: {} reminders", many.len()),
    };
    let body: Vec<String> = alerts.iter().map(|a| a.message.clone()).collect();
    let top = alerts
        .iter()
        .map(|a| Severity::of(a.alert_type))
        .max()
        .unwrap_or(Severity::Info);
    let mut n = notify_rust::Notification::new();
    n.appname("subs").summary(&summary).body(&body.join("\n"));
    #[cfg(all(unix, not(target_os = "macos")))]
    n.urgency(match top {
        Severity::Urgent => notify_rust::Urgency::Critical,
        Severity::Warning => notify_rust::Urgency::Normal,
        Severity::Info => notify_rust::Urgency::Low,
    });
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    let _ = top;
    n.show()
        .map(|_| ())
        .map_err(|e| format!("no desktop notification service answered: {e}"))
}

/// One message listing the alerts, over SMTP: `smtps://` is implicit TLS
/// (465), `smtp://` requires STARTTLS (587) — except to a relay on this
/// machine named by its loopback address, which may take plain SMTP. A
/// self-signed certificate is accepted only with the channel's
/// `insecure_tls` setting.
fn email(
    channel: &Channel,
    alerts: &[&Alert],
    test: bool,
    password: Option<&str>,
) -> Result<(), String> {
    use lettre::message::{Mailbox, header::ContentType};
    use lettre::transport::smtp::authentication::Credentials;
    use lettre::transport::smtp::client::{Tls, TlsParameters};
    use lettre::{Message, SmtpTransport, Transport};

    let smtp = channel
        .setting("smtp")
        .ok_or_else(|| format!("channel {} has no --smtp server", channel.name))?;
    let url = url::Url::parse(smtp).map_err(|e| format!("the SMTP URL is not a URL: {e}"))?;
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
    let to: Mailbox = channel
        .setting("to")
        .ok_or("no --to address")?
        .parse()
        .map_err(|e| format!("the --to address: {e}"))?;
    let from: Mailbox = channel
        .setting("from")
        .unwrap_or(channel.setting("to").unwrap_or_default())
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
    let message = Message::builder()
        .message_id(None)
        .from(from)
        .to(to)
        .subject(subject)
        .header(ContentType::TEXT_PLAIN)
        .body(body)
        .map_err(|e| format!("cannot build the message: {e}"))?;
    let insecure = channel.setting("insecure_tls") == Some("true");
    let tls = || {
        TlsParameters::builder(host.clone())
            .dangerous_accept_invalid_certs(insecure)
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
    let builder = builder.timeout(Some(timeout()));
    let builder = match (url.username(), password) {
        ("", _) => builder,
        (user, Some(pw)) => builder.credentials(Credentials::new(user.to_string(), pw.to_string())),
        (_, None) => {
            return Err(format!(
                "{} is not set (the SMTP password)",
                channel.secret_env().unwrap_or("SUBS_SMTP_PASSWORD")
            ));
        }
    };
    builder
        .build()
        .send(&message)
        .map(|_| ())
        .map_err(|e| format!("SMTP: {e}"))
}

/// Runs `apprise -t TITLE -b BODY URL`; a `{secret}` in the URL is
/// replaced by the secret's value, so the token need not be stored.
fn apprise(channel: &Channel, alerts: &[&Alert], secret: Option<&str>) -> Result<(), String> {
    let url = url(channel)?;
    let url = match (url.contains("{secret}"), secret) {
        (true, Some(s)) => url.replace("{secret}", s),
        (true, None) => {
            return Err(format!(
                "the URL of {} needs {} to be set",
                channel.name,
                channel.secret_env().unwrap_or("SUBS_APPRISE_SECRET")
            ));
        }
        (false, _) => url.to_string(),
    };
    let title = match alerts {
        [one] => one.title.clone(),
        many => format!("subs: {} reminders", many.len()),
    };
    let body: Vec<String> = alerts.iter().map(|a| a.message.clone()).collect();
    let top = alerts
        .iter()
        .map(|a| Severity::of(a.alert_type))
        .max()
        .unwrap_or(Severity::Info);
    let kind = match top {
        Severity::Urgent => "failure",
        Severity::Warning => "warning",
        Severity::Info => "info",
    };
    let mut child = match Command::new("apprise")
        .args(["-t", &title, "-b", &body.join("\n"), "-n", kind, &url])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err("the apprise program is not installed (pip install apprise)".to_string());
        }
        Err(e) => return Err(format!("cannot run apprise: {e}")),
    };
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => {
                let mut err = String::new();
                if let Some(mut e) = child.stderr.take() {
                    use std::io::Read;
                    let _ = e.read_to_string(&mut err);
                }
                let last = err.lines().last().unwrap_or("").trim().to_string();
                return Err(format!(
                    "apprise exited with {}{}",
                    status.code().unwrap_or(-1),
                    if last.is_empty() {
                        String::new()
                    } else {
                        format!(": {last}")
                    }
                ));
            }
            Ok(None) if started.elapsed() > timeout() => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("apprise took longer than {}s", timeout().as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(format!("apprise: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_hmac_sha256_in_hex() {
        // RFC 4231 test case 2.
        assert_eq!(
            signature("Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
