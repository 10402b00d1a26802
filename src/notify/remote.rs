//! What the channels that leave the process share: one delivery of a
//! stored channel (`send`: its typed settings, its secret), one deadline
//! for all of it (HTTP, a thread, a program in its own process group), the
//! JSON document, header-safe text (a program under a deadline is
//! `program.rs`). Secrets come
//! from the environment variable a channel names, are sent only to the
//! channel's own address (no redirects are followed), and are scrubbed
//! from every error.

use std::sync::mpsc;
use std::time::Duration;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use super::{ChannelConfig, Delivery, Failure};
use crate::domain::alert::Alert;
use crate::domain::channel::{Channel, Severity};

/// The words of every timeout, so they read the same for every channel.
pub(super) fn no_answer(limit: Duration) -> Failure {
    Failure::Timeout(format!("no answer within {}", seconds(limit)))
}

/// `3 s`, rounded up to whole seconds (a deadline cut short by a run's
/// budget can be a fraction).
pub(super) fn seconds(limit: Duration) -> String {
    let whole = limit.as_secs() + u64::from(limit.subsec_nanos() > 0);
    format!("{} s", whole.max(1))
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

/// The most pressing of `alerts`' severities.
pub(super) fn top(alerts: &[&Alert]) -> Severity {
    alerts
        .iter()
        .map(|a| Severity::of(a.alert_type))
        .max()
        .unwrap_or(Severity::Info)
}

/// A notification's title: the alert's, or how many there are.
pub(super) fn title(alerts: &[&Alert]) -> String {
    match alerts {
        [one] => without_controls(&one.title, false),
        many => format!("subs: {} reminders", many.len()),
    }
}

/// A key that is the same on every retry of one delivery, so a receiver
/// can drop a repeat.
pub fn idempotency_key(channel: &str, alerts: &[&Alert]) -> String {
    let mut hash = Sha256::new();
    hash.update(channel.as_bytes());
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

/// The value of the channel's secret variable, if the channel names an
/// allowed one (see [`crate::domain::channel::secret_env_allowed`]) and it
/// is set.
fn secret(channel: &Channel) -> Option<String> {
    let var = channel.secret_env()?;
    if crate::domain::channel::secret_env_allowed(var).is_err() {
        return None;
    }
    std::env::var(var).ok().filter(|v| !v.is_empty())
}

fn scrub(text: String, secret: Option<&str>) -> String {
    match secret {
        Some(s) if s.len() >= 4 => text.replace(s, "[redacted]"),
        _ => text,
    }
}

/// Delivers `alerts` (one message, or with `digest`-style grouping done by
/// the caller) through `channel`, within `limit`: one deadline for the
/// whole delivery (connect, write, read, the program's exit).
pub fn send(
    channel: &Channel,
    alerts: &[&Alert],
    test: bool,
    limit: Duration,
) -> Result<(), Failure> {
    if let Some(var) = channel.secret_env()
        && let Err(why) = crate::domain::channel::secret_env_allowed(var)
    {
        return Err(Failure::Other(why));
    }
    let secret = secret(channel);
    let delivery = Delivery {
        channel: &channel.name,
        test,
        limit,
        secret: secret.as_deref(),
        secret_env: channel.secret_env(),
    };
    let result = ChannelConfig::stored(channel)
        .map_err(Failure::Other)
        .and_then(|mut config| config.kind().send(alerts, &delivery));
    result.map_err(|e| e.map(|text| scrub(text, secret_for_scrub(channel).as_deref())))
}

/// The secret to scrub from errors: whatever the variable holds, allowed
/// or not, so an error never shows it.
fn secret_for_scrub(channel: &Channel) -> Option<String> {
    std::env::var(channel.secret_env()?)
        .ok()
        .filter(|v| !v.is_empty())
}

/// Runs `work` on its own thread and waits at most `limit` for it: for
/// libraries that block without a deadline of their own (a desktop
/// notification on a silent D-Bus, an SMTP server that never greets). A
/// thread that overstays is left behind; the run ends soon after.
pub(super) fn within<F>(limit: Duration, work: F) -> Result<(), Failure>
where
    F: FnOnce() -> Result<(), String> + Send + 'static,
{
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    match rx.recv_timeout(limit) {
        Ok(outcome) => outcome.map_err(Failure::Other),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(no_answer(limit)),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(Failure::Other("the delivery stopped unexpectedly".into()))
        }
    }
}

pub(super) fn agent(limit: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(limit))
        .http_status_as_error(false)
        .max_redirects(0)
        .user_agent(concat!("subs/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

pub(super) fn answered(status: u16) -> Result<(), String> {
    match status {
        200..=299 => Ok(()),
        300..=399 => Err(format!(
            "HTTP {status}: a redirect, not followed (the secret is sent only to the configured address)"
        )),
        _ => Err(format!("HTTP {status}")),
    }
}

pub(super) fn http_error(e: ureq::Error, limit: Duration) -> Failure {
    match e {
        ureq::Error::Timeout(_) => no_answer(limit),
        other => Failure::Other(other.to_string()),
    }
}

/// Text for an HTTP header or a notification: control characters (a
/// newline would end the header, an escape would reach a terminal) become
/// spaces, runs of them one space.
pub fn without_controls(text: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && !(keep_newlines && c == '\n') {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_string()
}

/// A header value: ASCII as it is; anything else as an RFC 2047 encoded
/// word (`=?UTF-8?B?…?=`), which ntfy decodes.
pub fn header_text(text: &str) -> String {
    if text.is_ascii() {
        text.to_string()
    } else {
        format!("=?UTF-8?B?{}?=", base64(text.as_bytes()))
    }
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_lose_controls_and_non_ascii_is_an_encoded_word() {
        assert_eq!(without_controls("a\u{1b}[31m\r\nb", false), "a [31m b");
        assert_eq!(without_controls("one\ntwo\u{7}", true), "one\ntwo");
        assert_eq!(header_text("Netflix"), "Netflix");
        // "Café" in UTF-8, base64.
        assert_eq!(header_text("Café"), "=?UTF-8?B?Q2Fmw6k=?=");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(base64(b"abc"), "YWJj");
        assert_eq!(base64(b""), "");
    }

    #[test]
    fn the_signature_is_hmac_sha256_in_hex() {
        // RFC 4231 test case 2.
        assert_eq!(
            signature("Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
