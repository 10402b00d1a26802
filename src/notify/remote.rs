//! The channels that leave the machine or the process: ntfy, a webhook, a
//! command. Secrets come from the environment variable a channel names,
//! are sent only to the channel's own address (no redirects are followed),
//! and are scrubbed from every error.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::domain::alert::Alert;
use crate::domain::channel::{Channel, ChannelKind, Severity};

/// Why a delivery did not happen. A timeout is told apart because a
/// channel that timed out gets nothing more in this run (the rest of its
/// deliveries stay queued): a channel that never answers costs one
/// deadline per run, not one per alert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    Timeout(String),
    Other(String),
}

impl Failure {
    pub fn text(&self) -> &str {
        match self {
            Failure::Timeout(t) | Failure::Other(t) => t,
        }
    }

    pub fn is_timeout(&self) -> bool {
        matches!(self, Failure::Timeout(_))
    }

    fn map(self, f: impl FnOnce(String) -> String) -> Failure {
        match self {
            Failure::Timeout(t) => Failure::Timeout(f(t)),
            Failure::Other(t) => Failure::Other(f(t)),
        }
    }
}

impl From<String> for Failure {
    fn from(text: String) -> Failure {
        Failure::Other(text)
    }
}

impl From<&str> for Failure {
    fn from(text: &str) -> Failure {
        Failure::Other(text.to_string())
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text())
    }
}

/// The words of every timeout, so they read the same for every channel.
fn no_answer(limit: Duration) -> Failure {
    Failure::Timeout(format!("no answer within {}", seconds(limit)))
}

/// `3 s`, rounded up to whole seconds (a deadline cut short by a run's
/// budget can be a fraction).
fn seconds(limit: Duration) -> String {
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
    let result = match channel.kind {
        ChannelKind::Ntfy => ntfy(channel, alerts, secret.as_deref(), limit),
        ChannelKind::Webhook => webhook(channel, alerts, test, secret.as_deref(), limit),
        ChannelKind::Command => command(channel, alerts, test, limit),
        ChannelKind::Apprise => apprise(channel, alerts, secret.as_deref(), limit),
        ChannelKind::Email => email(channel, alerts, test, secret, limit),
        ChannelKind::Desktop => desktop(alerts, limit),
    };
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
fn within<F>(limit: Duration, work: F) -> Result<(), Failure>
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

fn agent(limit: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(limit))
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

fn http_error(e: ureq::Error, limit: Duration) -> Failure {
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

fn ntfy(
    channel: &Channel,
    alerts: &[&Alert],
    token: Option<&str>,
    limit: Duration,
) -> Result<(), Failure> {
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
        [one] => without_controls(&one.title, false),
        many => format!("subs: {} reminders", many.len()),
    };
    let body: Vec<String> = alerts
        .iter()
        .map(|a| without_controls(&a.message, true))
        .collect();
    let tags: Vec<&str> = alerts.iter().map(|a| a.alert_type.as_str()).collect();
    let mut call = agent(limit)
        .post(url(channel)?)
        .header("Title", &header_text(&title))
        .header("Priority", priority)
        .header("Tags", &tags.join(","));
    if let Some(t) = token {
        call = call.header("Authorization", &format!("Bearer {t}"));
    }
    let response = call
        .send(body.join("\n"))
        .map_err(|e| http_error(e, limit))?;
    Ok(answered(response.status().as_u16())?)
}

fn webhook(
    channel: &Channel,
    alerts: &[&Alert],
    test: bool,
    secret: Option<&str>,
    limit: Duration,
) -> Result<(), Failure> {
    let body = document(alerts, test).to_string();
    let mut call = agent(limit)
        .post(url(channel)?)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", &idempotency_key(channel, alerts));
    if let Some(s) = secret {
        call = call.header("X-Subs-Signature", &signature(s, body.as_bytes()));
    }
    let response = call.send(body.as_str()).map_err(|e| http_error(e, limit))?;
    Ok(answered(response.status().as_u16())?)
}

fn command(
    channel: &Channel,
    alerts: &[&Alert],
    test: bool,
    limit: Duration,
) -> Result<(), Failure> {
    let run = channel
        .setting("run")
        .ok_or_else(|| format!("channel {} has no program to run", channel.name))?;
    let mut program = Command::new("sh");
    program.args(["-c", run]);
    let input = document(alerts, test).to_string().into_bytes();
    run_program(program, Some(input), limit, run, None)
}

/// The last line of what a program wrote on stderr (at most the last
/// 64 KiB are kept), terminal-safe, for the failure text.
fn last_line(stderr: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(stderr);
    text.lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .map(|l| without_controls(l, false))
}

/// Runs a program in its own process group with one deadline for all of
/// it: writing `input` to its stdin (on a thread, so a program that never
/// reads cannot stall the run), its exit, and reading its stderr. On the
/// deadline the whole group is killed (a `sleep 30` it started goes too).
/// A failure names the last line of its stderr.
fn run_program(
    mut program: Command,
    input: Option<Vec<u8>>,
    limit: Duration,
    what: &str,
    missing: Option<&str>,
) -> Result<(), Failure> {
    use std::os::unix::process::CommandExt;
    let started = Instant::now();
    program
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = match program.spawn() {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && missing.is_some() => {
            return Err(Failure::Other(missing.unwrap_or_default().to_string()));
        }
        Err(e) => return Err(Failure::Other(format!("cannot run {what}: {e}"))),
    };
    // The group's id is the child's pid (process_group(0)).
    let group = i32::try_from(child.id()).unwrap_or(0);
    if let (Some(mut stdin), Some(input)) = (child.stdin.take(), input) {
        std::thread::spawn(move || {
            // A program that exits without reading all of it is fine.
            let _ = stdin.write_all(&input);
        });
    }
    let (done_tx, done_rx) = mpsc::channel();
    let stderr = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    if let Some(mut pipe) = child.stderr.take() {
        let kept = std::sync::Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut kept) = kept.lock() {
                    kept.extend_from_slice(&buf[..n]);
                    let excess = kept.len().saturating_sub(64 * 1024);
                    kept.drain(..excess);
                }
            }
            let _ = done_tx.send(());
        });
    }
    let last = |stderr: &std::sync::Mutex<Vec<u8>>| {
        stderr
            .lock()
            .ok()
            .and_then(|s| last_line(&s))
            .map(|l| format!(" (its last words: {l})"))
            .unwrap_or_default()
    };
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                // Its stderr closes with it (unless a child it left behind
                // holds it): wait for the rest, within the deadline.
                let left = limit.saturating_sub(started.elapsed());
                let _ = done_rx.recv_timeout(left.min(Duration::from_millis(500)));
                if status.success() {
                    return Ok(());
                }
                return Err(Failure::Other(match status.code() {
                    Some(code) => format!("{what} exited with {code}{}", last(&stderr)),
                    None => format!("{what} was killed by a signal{}", last(&stderr)),
                }));
            }
            Ok(None) if started.elapsed() >= limit => {
                kill_group(group);
                let _ = child.kill();
                let _ = child.wait();
                let _ = done_rx.recv_timeout(Duration::from_millis(200));
                return Err(Failure::Timeout(format!(
                    "{what} did not finish within {}: stopped, with every process it started{}",
                    seconds(limit),
                    last(&stderr)
                )));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => {
                kill_group(group);
                return Err(Failure::Other(format!("{what}: {e}")));
            }
        }
    }
}

/// SIGKILL to a whole process group.
fn kill_group(group: i32) {
    if group > 0 {
        // SAFETY: killpg has no memory effects; a group that is gone
        // already makes it return ESRCH, which is fine.
        unsafe {
            libc::killpg(group, libc::SIGKILL);
        }
    }
}

/// A desktop notification: the freedesktop Notify call over the session
/// bus on Linux, the native API on macOS; bounded by `limit` (a silent
/// D-Bus never answers).
fn desktop(alerts: &[&Alert], limit: Duration) -> Result<(), Failure> {
    let summary = match alerts {
        [one] => one.title.clone(),
        many => format!("subs: {} reminders", many.len()),
    };
    let body: Vec<String> = alerts.iter().map(|a| a.message.clone()).collect();
    let body = body.join("\n");
    let top = alerts
        .iter()
        .map(|a| Severity::of(a.alert_type))
        .max()
        .unwrap_or(Severity::Info);
    within(limit, move || {
        let mut n = notify_rust::Notification::new();
        n.appname("subs").summary(&summary).body(&body);
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
    })
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
    password: Option<String>,
    limit: Duration,
) -> Result<(), Failure> {
    // lettre's own timeout covers each read and write; a server that
    // never greets is bounded by the one deadline around the whole call.
    let channel = channel.clone();
    let alerts: Vec<Alert> = alerts.iter().map(|a| (*a).clone()).collect();
    within(limit, move || {
        let alerts: Vec<&Alert> = alerts.iter().collect();
        email_now(&channel, &alerts, test, password.as_deref(), limit)
    })
}

fn email_now(
    channel: &Channel,
    alerts: &[&Alert],
    test: bool,
    password: Option<&str>,
    limit: Duration,
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
    let builder = builder.timeout(Some(limit));
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

/// Runs `apprise -t TITLE -b BODY -n TYPE --config FILE`. The URL (with a
/// `{secret}` in it replaced by the secret's value, so the token need not
/// be stored) is written to a 0600 file that is removed after the call:
/// never on apprise's command line, which any local user can read with
/// `ps`. The secret's variable is not passed on to apprise either.
fn apprise(
    channel: &Channel,
    alerts: &[&Alert],
    secret: Option<&str>,
    limit: Duration,
) -> Result<(), Failure> {
    let url = url(channel)?;
    let url = match (url.contains("{secret}"), secret) {
        (true, Some(s)) => url.replace("{secret}", s),
        (true, None) => {
            return Err(Failure::Other(format!(
                "the URL of {} needs {} to be set",
                channel.name,
                channel.secret_env().unwrap_or("SUBS_APPRISE_SECRET")
            )));
        }
        (false, _) => url.to_string(),
    };
    let title = match alerts {
        [one] => without_controls(&one.title, false),
        many => format!("subs: {} reminders", many.len()),
    };
    let body: Vec<String> = alerts
        .iter()
        .map(|a| without_controls(&a.message, true))
        .collect();
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
    let config = PrivateFile::write("apprise", &format!("{url}\n"))
        .map_err(|e| format!("cannot write apprise's configuration: {e}"))?;
    let mut program = Command::new("apprise");
    program
        .args(["-t", &title, "-b", &body.join("\n"), "-n", kind, "--config"])
        .arg(&config.path);
    if let Some(var) = channel.secret_env() {
        program.env_remove(var);
    }
    run_program(
        program,
        None,
        limit,
        "apprise",
        Some("the apprise program is not installed (pip install apprise)"),
    )
}

/// A file only its owner can read (0600, created new, in the temporary
/// folder), removed when dropped and by Ctrl-C.
struct PrivateFile {
    path: std::path::PathBuf,
    _guard: crate::interrupt::TempFile,
}

impl PrivateFile {
    fn write(what: &str, content: &str) -> std::io::Result<PrivateFile> {
        use std::os::unix::fs::OpenOptionsExt;
        let path =
            std::env::temp_dir().join(format!("subs-{what}-{}.txt", uuid::Uuid::new_v4().simple()));
        let guard = crate::interrupt::TempFile::register(&path);
        let file = PrivateFile {
            path,
            _guard: guard,
        };
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&file.path)?;
        f.write_all(content.as_bytes())?;
        f.sync_all()?;
        Ok(file)
    }
}

impl Drop for PrivateFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
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
