//! Notification channels against local servers and programs the tests
//! start themselves: ntfy and webhook requests recorded by a mock HTTP
//! server, a command that saves its stdin.

use crate::common::mock::{MockServer, Reply};
use crate::common::{Run, Succeeds, TestEnv, has, has_each, have, items, needed, runs, words};
use serde_json::Value;

const TOKEN: &str = "tk_SECRET-ntfy-token-123";
const SECRET: &str = "whsec-SECRET-456";

/// Netflix renews tomorrow (a reminder), Gym is due and not auto-renewed
/// (a payment_due, urgent).
fn portfolio() -> TestEnv {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").start("2026-11-27").add();
    env.monthly("Gym", "40")
        .start("2026-11-28")
        .with("--auto-renew", "false")
        .add();
    env
}

fn generate(env: &TestEnv, today: &str, extra: &[&str]) -> std::process::Output {
    env.cmd()
        .env("SUBS_TODAY", today)
        .env("SUBS_NTFY_TOKEN", TOKEN)
        .env("SUBS_WEBHOOK_SECRET", SECRET)
        .args(["alerts", "generate"])
        .args(extra)
        .output()
        .unwrap()
}

/// Makes every pending retry due now (retries wait minutes of real time).
fn retry_now(env: &TestEnv) {
    env.sql("UPDATE delivery SET next_attempt = '2000-01-01T00:00:00Z' WHERE status = 'pending'");
}

#[test]
fn ntfy_gets_title_priority_and_the_token_which_is_never_stored_or_shown() {
    let env = portfolio();
    let server = MockServer::start(vec![Reply::json(200, "{}")]);
    let url = format!("{}/my-subs", server.url);
    env.ok(&["notify", "add", "phone", "ntfy", "--url", &url]);
    let out = generate(&env, "2026-11-26", &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "one message per alert");
    let gym = requests
        .iter()
        .find(|r| r.header("Title").is_some_and(|t| t.contains("Gym")))
        .expect("the Gym reminder");
    assert_eq!(gym.path, "/my-subs");
    assert_eq!(gym.header("Priority"), Some("5"), "payment due is urgent");
    assert_eq!(
        gym.header("Authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert!(gym.body.contains("Gym"), "{}", gym.body);
    let netflix = requests
        .iter()
        .find(|r| r.header("Title").is_some_and(|t| t.contains("Netflix")))
        .unwrap();
    assert_eq!(netflix.header("Priority"), Some("3"));
    // Delivered once: another run sends nothing.
    generate(&env, "2026-11-26", &[]);
    assert_eq!(server.requests().len(), 2);
    // The token is in no file, listing, backup or log.
    let db = std::fs::read(&env.db).unwrap();
    assert!(!String::from_utf8_lossy(&db).contains(TOKEN));
    let listed = env
        .cmd()
        .env("SUBS_NTFY_TOKEN", TOKEN)
        .args(["--json", "notify", "list"])
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert!(
        !listed.contains(TOKEN) && listed.contains("\"secret_set\": true"),
        "{listed}"
    );
    assert!(!env.ok(&["export"]).contains(TOKEN));
    let log = env.json(&["notify", "log"]);
    assert_eq!(log.as_array().unwrap().len(), 2);
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .all(|d| d["status"] == "sent"),
        "{log}"
    );
}

#[test]
fn a_webhook_is_signed_keyed_and_retried_until_it_is_delivered_once() {
    use hmac::{Hmac, Mac};
    let env = portfolio();
    let server = MockServer::start(vec![Reply::json(500, "{}"), Reply::json(200, "{}")]);
    env.ok(&[
        "notify",
        "add",
        "hook",
        "webhook",
        "--url",
        &server.url,
        "--digest",
    ]);
    // The first attempt fails: the run completes (exit 0) and says so.
    let out = generate(&env, "2026-11-26", &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    has(&err, "1 notification could not be delivered");
    has(&err, "HTTP 500");
    let failed = env.json(&["notify", "log"]);
    assert_eq!(failed[0]["status"], "pending", "{failed}");
    assert!(failed[0]["next_attempt"].is_string());
    // The next run (once the retry is due: five minutes on the real
    // clock, here made due) delivers it, once.
    retry_now(&env);
    let out = generate(&env, "2026-11-27", &[]);
    assert!(out.status.success());
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let (first, second) = (&requests[0], &requests[1]);
    assert_eq!(
        first.header("Idempotency-Key"),
        second.header("Idempotency-Key"),
        "the same delivery"
    );
    let body = &second.body;
    let doc: Value = serde_json::from_str(body).unwrap();
    assert_eq!(doc["source"], "subs");
    assert_eq!(
        doc["alerts"].as_array().unwrap().len(),
        2,
        "a digest: {doc}"
    );
    let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(body.as_bytes());
    let want = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
    assert_eq!(second.header("X-Subs-Signature"), Some(want.as_str()));
    generate(&env, "2026-11-28", &[]);
    assert_eq!(server.requests().len(), 2, "never twice");
    // --strict turns a failed delivery into exit 1.
    let broken = MockServer::start(vec![Reply::json(503, "{}")]);
    let other = portfolio();
    other.ok(&["notify", "add", "hook", "webhook", "--url", &broken.url]);
    let out = generate(&other, "2026-11-26", &["--strict"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn redirects_are_not_followed_and_new_channels_do_not_get_the_past() {
    let env = portfolio();
    // Alerts raised before any channel exists stay where they are.
    generate(&env, "2026-11-26", &[]);
    let elsewhere = MockServer::start_on("127.0.0.2", vec![Reply::json(200, "{}")]);
    let server = MockServer::start(vec![Reply::redirect(format!("{}/x", elsewhere.url))]);
    env.ok(&["notify", "add", "hook", "webhook", "--url", &server.url]);
    generate(&env, "2026-11-26", &[]);
    assert!(server.requests().is_empty(), "the past is not delivered");
    // The next day's reminders go out; the redirect is not followed.
    let out = generate(&env, "2026-11-29", &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("redirect, not followed"), "{err}");
    assert!(elsewhere.requests().is_empty());
    assert!(!err.contains(SECRET));
}

#[test]
fn a_command_channel_reads_the_alerts_as_json_and_notify_test_marks_its_message() {
    let env = portfolio();
    let saved = env.alerts_file_channel(&["--min-severity", "urgent"]);
    let out = generate(&env, "2026-11-26", &[]);
    assert!(out.status.success());
    let text = std::fs::read_to_string(&saved).unwrap();
    let doc: Value = serde_json::from_str(text.trim()).unwrap();
    let alerts = doc["alerts"].as_array().unwrap();
    assert_eq!(alerts.len(), 1, "only the urgent one: {doc}");
    assert_eq!(alerts[0]["alert_type"], "payment_due");
    assert_eq!(alerts[0]["severity"], "urgent");
    assert_eq!(alerts[0]["subscription_name"], "Gym");
    std::fs::remove_file(&saved).unwrap();
    let tested = env.json(&["notify", "test"]);
    assert_eq!(tested[0]["ok"], true, "{tested}");
    let test_doc: Value =
        serde_json::from_str(std::fs::read_to_string(&saved).unwrap().trim()).unwrap();
    assert_eq!(test_doc["test"], true);
    // A failing program is reported, with its exit code.
    env.ok(&["notify", "add", "bad", "command", "--run", "exit 3"]);
    let err = env.fails(&["notify", "test", "bad"], 1);
    assert!(err.contains("1 of 1 channels failed"), "{err}");
    let shown = env.ok(&["notify", "test", "script"]);
    assert!(shown.contains("script: sent"), "{shown}");
    // Bad channels are refused, nothing stored.
    env.fails_unchanged(&["notify", "add", "x", "ntfy"], 2);
    env.fails_unchanged(&words("notify add x ntfy --url http://example.com/t"), 2);
    env.fails_unchanged(&words("notify add x ntfy --url https://u:p@ntfy.sh/t"), 2);
    env.fails_unchanged(&["notify", "add", "script", "command", "--run", "true"], 2);
    env.ok(&["notify", "remove", "bad"]);
    env.fails_unchanged(&["notify", "remove", "bad"], 3);
}

/// A backup carries the channels — without secrets — and an import takes
/// them only with --with-config (they decide where alerts are sent).
#[test]
fn backups_carry_channels_without_secrets() {
    let env = portfolio();
    env.ok(&words(
        "notify add phone ntfy --url https://ntfy.example/t --min-severity warning",
    ));
    let backup = env.home().join("b.json");
    env.cmd()
        .env("SUBS_NTFY_TOKEN", TOKEN)
        .args(["export", "-o", backup.to_str().unwrap()])
        .assert()
        .success();
    let text = std::fs::read_to_string(&backup).unwrap();
    has(&text, "\"channels\"");
    has(&text, "ntfy.example");
    assert!(!text.contains(TOKEN));
    let copy = TestEnv::new();
    let report = copy.json(&["import", backup.to_str().unwrap()]);
    assert!(
        report["warnings"].to_string().contains("--with-config"),
        "{report}"
    );
    assert_eq!(copy.json(&["notify", "list"]), serde_json::json!([]));
    let other = TestEnv::new();
    other.ok(&["import", backup.to_str().unwrap(), "--with-config"]);
    let listed = other.json(&["notify", "list"]);
    assert_eq!(listed[0]["name"], "phone");
    assert_eq!(listed[0]["min_severity"], "warning");
    // A backup that smuggles a secret into a channel is refused.
    let smuggled = text.replace("\"secret_env\"", "\"token\"").replace(
        "\"url\":\"https://ntfy.example/t\"",
        "\"url\":\"https://ntfy.example/t\",\"token\":\"abc\"",
    );
    let file = env.home().join("bad.json");
    std::fs::write(&file, smuggled).unwrap();
    let third = TestEnv::new();
    let err = third.fails(&["import", file.to_str().unwrap(), "--with-config"], 2);
    assert!(err.contains("not a channel setting"), "{err}");
}

/// Apprise: the real `apprise` program delivering to a local `json://`
/// receiver; a `{secret}` in the URL keeps the token out of the database.
#[test]
fn apprise_delivers_through_the_real_program() {
    if !have("apprise") {
        return;
    }
    let env = portfolio();
    let receiver = MockServer::start(vec![Reply::json(200, "{}")]);
    let url = format!("{}/{{secret}}", receiver.url.replace("http://", "json://"));
    env.ok(&[
        "notify",
        "add",
        "chat",
        "apprise",
        "--url",
        &url,
        "--min-severity",
        "urgent",
    ]);
    let out = env
        .cmd()
        .env("SUBS_APPRISE_SECRET", "hook-path-SECRET")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .args(["alerts", "generate"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !err.contains("could not be delivered"),
        "{err}"
    );
    let requests = receiver.requests();
    assert_eq!(requests.len(), 1, "only the urgent alert");
    assert_eq!(requests[0].path, "/hook-path-SECRET");
    let doc = requests[0].json();
    assert!(doc["title"].as_str().unwrap().contains("Gym"), "{doc}");
    assert_eq!(doc["type"], "failure", "urgent");
    let listed = env.json(&["notify", "list"]);
    assert_eq!(
        listed[0]["url"],
        format!(
            "json://{}/{{secret}}",
            receiver.url.trim_start_matches("http://")
        )
    );
    let db = std::fs::read(&env.db).unwrap();
    assert!(!String::from_utf8_lossy(&db).contains("hook-path-SECRET"));
    // Without the program: a clear error, never a crash.
    let other = portfolio();
    other.ok(&words("notify add chat apprise --url tgram://{secret}/1"));
    let out = other
        .cmd()
        .env("PATH", "/nonexistent")
        .env("SUBS_APPRISE_SECRET", "x")
        .args(["notify", "test"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr) + String::from_utf8_lossy(&out.stdout);
    assert!(err.contains("apprise program is not installed"), "{err}");
}

/// A real SMTP server on loopback (Python's aiosmtpd), ready: it appends
/// each message it receives to a mailbox file, followed by a `=====` line.
struct Smtp {
    port: u16,
    mailbox: std::path::PathBuf,
    server: std::process::Child,
}

impl Smtp {
    /// With `tls` (certificate, key) it requires STARTTLS; the handshakes
    /// it refuses are logged on its stderr, expected noise, dropped.
    fn start(env: &TestEnv, tls: Option<(&std::path::Path, &std::path::Path)>) -> Smtp {
        use std::io::BufRead;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mailbox = env.home().join("mailbox");
        let script = "import sys, ssl, time\nfrom aiosmtpd.controller import Controller\nclass H:\n    async def handle_DATA(self, server, session, envelope):\n        with open(sys.argv[1], 'ab') as f:\n            f.write(envelope.content + b'\\n=====\\n')\n        return '250 OK'\ntls = {}\nif len(sys.argv) > 3:\n    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\n    ctx.load_cert_chain(sys.argv[3], sys.argv[4])\n    tls = dict(tls_context=ctx, require_starttls=True)\nc = Controller(H(), hostname='127.0.0.1', port=int(sys.argv[2]), **tls)\nc.start()\nprint('ready', flush=True)\ntime.sleep(60)\n";
        let mut cmd = std::process::Command::new("python3");
        cmd.args(["-c", script])
            .arg(&mailbox)
            .arg(port.to_string())
            .stdout(std::process::Stdio::piped());
        if let Some((cert, key)) = tls {
            cmd.arg(cert).arg(key).stderr(std::process::Stdio::null());
        }
        let mut server = cmd.spawn().unwrap();
        let mut line = String::new();
        std::io::BufReader::new(server.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready");
        Smtp {
            port,
            mailbox,
            server,
        }
    }

    /// Stops it; what it received.
    fn stop(mut self) -> String {
        let _ = self.server.kill();
        let _ = self.server.wait();
        String::from_utf8_lossy(&std::fs::read(&self.mailbox).unwrap_or_default()).into_owned()
    }
}

/// A real SMTP server on loopback (Python's aiosmtpd) receives one
/// message per run, with the right headers and a UTF-8 body.
#[test]
fn email_sends_one_message_per_run_to_a_real_smtp_server() {
    if !needed(runs("python3", &["-c", "import aiosmtpd"]), "aiosmtpd") {
        return;
    }
    let env = TestEnv::new();
    env.monthly("Netflix €", "15.99").start("2026-11-27").add();
    env.monthly("Gym 🏋", "40")
        .start("2026-11-28")
        .with("--auto-renew", "false")
        .add();
    let server = Smtp::start(&env, None);
    let smtp = format!("smtp://127.0.0.1:{}", server.port);
    env.ok(&[
        "notify",
        "add",
        "mail",
        "email",
        "--to",
        "me@example.org",
        "--from",
        "subs@example.org",
        "--smtp",
        &smtp,
    ]);
    let out = env.cmd().args(["alerts", "generate"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let text = server.stop();
    assert!(
        out.status.success() && !err.contains("could not be delivered"),
        "{err}"
    );
    let messages: Vec<&str> = text
        .split("\n=====\n")
        .filter(|m| !m.trim().is_empty())
        .collect();
    assert_eq!(messages.len(), 1, "one message per run: {text}");
    let m = messages[0];
    has_each(
        m,
        &[
            "From: subs@example.org",
            "To: me@example.org",
            "Subject: subs: 2 reminders",
            "Date: ",
            "Message-ID: ",
            "charset=utf-8",
            // The body is UTF-8, quoted-printable: € is =E2=82=AC.
            "Netflix =E2=82=AC renews tomorrow",
        ],
    );
    // Bad settings are refused.
    env.fails_unchanged(
        &["notify", "add", "x", "email", "--to", "me@example.org"],
        2,
    );
    env.fails_unchanged(
        &[
            "notify",
            "add",
            "x",
            "email",
            "--to",
            "not an address",
            "--smtp",
            &smtp,
        ],
        2,
    );
    env.fails_unchanged(
        &words("notify add x email --to me@example.org --smtp smtp://u:pw@mail.example.org"),
        2,
    );
}

/// Desktop: on a private session bus (`dbus-run-session`), `dbus-monitor`
/// sees the freedesktop `Notify` call with the alert's summary and body.
#[test]
fn a_desktop_notification_is_a_notify_call_on_the_session_bus() {
    let tools = ["dbus-run-session", "dbus-monitor"];
    if !needed(
        tools.iter().all(|tool| runs("which", &[tool])),
        "dbus-run-session and dbus-monitor",
    ) {
        return;
    }
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").start("2026-11-27").add();
    env.ok(&["notify", "add", "desk", "desktop"]);
    let monitor = env.home().join("monitor.txt");
    let subs = assert_cmd::cargo::cargo_bin("subs");
    let script = format!(
        "dbus-monitor --session \"interface='org.freedesktop.Notifications'\" > '{m}' 2>/dev/null &\n\
         sleep 0.5\n'{b}' alerts generate -q\nsleep 0.5\nkill $! 2>/dev/null\nexit 0",
        m = monitor.display(),
        b = subs.display()
    );
    std::process::Command::new("dbus-run-session")
        .args(["--", "sh", "-c", &script])
        .env("SUBS_DB", &env.db)
        .env("SUBS_TODAY", &env.today)
        .succeeds();
    let seen = std::fs::read_to_string(&monitor).unwrap();
    assert!(seen.contains("member=Notify"), "{seen}");
    assert!(seen.contains("string \"subs\""), "{seen}");
    has(&seen, "string \"Netflix renews tomorrow\"");
    assert!(seen.contains("renews tomorrow, on 2026-11-27."), "{seen}");
}

/// A server that does not answer: the delivery stays pending after the
/// time bound (`notify_timeout`), is retried on a later run and delivered
/// once; `-v` output never shows the token.
#[test]
fn a_hanging_server_leaves_the_delivery_pending_until_it_answers() {
    let env = portfolio();
    env.ok(&["config", "set", "notify_timeout", "1"]);
    let server = MockServer::start(vec![Reply::hang(), Reply::hang(), Reply::json(200, "{}")]);
    let url = format!("{}/t", server.url);
    env.ok(&["notify", "add", "phone", "ntfy", "--url", &url, "--digest"]);
    let started = std::time::Instant::now();
    let out = generate(&env, "2026-11-26", &["-v"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("no answer within 1 s"), "{err}");
    assert!(!err.contains(TOKEN), "-v shows no secret: {err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert_eq!(env.json(&["notify", "log"])[0]["status"], "pending");
    // The retry comes due; the server still hangs once more.
    retry_now(&env);
    generate(&env, "2026-11-27", &[]);
    assert_eq!(env.json(&["notify", "log"])[0]["attempts"], 2);
    // Then it answers: delivered, exactly once.
    retry_now(&env);
    generate(&env, "2026-11-28", &[]);
    generate(&env, "2026-11-29", &[]);
    let log = env.json(&["notify", "log"]);
    let rows = log.as_array().unwrap();
    assert!(rows.iter().all(|d| d["status"] == "sent"), "{log}");
    // The first two alerts: two timeouts, then one digest that carried both.
    let first: Vec<&Value> = rows
        .iter()
        .filter(|d| d["alert_id"].as_i64() <= Some(2))
        .collect();
    assert!(first.iter().all(|d| d["attempts"] == 3), "{log}");
    // 2 timeouts + 1 digest + 1 for the alert raised on the 29th: nothing twice.
    assert_eq!(server.requests().len(), 4, "{log}");
}

/// STARTTLS to a server with a self-signed certificate: refused unless the
/// channel says `--insecure-tls`.
#[test]
fn starttls_with_a_self_signed_certificate_needs_insecure_tls() {
    let found = runs("python3", &["-c", "import aiosmtpd"]) && runs("openssl", &["version"]);
    if !needed(found, "aiosmtpd and openssl") {
        return;
    }
    let env = TestEnv::new();
    env.monthly("Gym", "40")
        .start("2026-11-28")
        .with("--auto-renew", "false")
        .add();
    let (key, cert) = (env.home().join("key.pem"), env.home().join("cert.pem"));
    std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost",
            "-addext",
            "basicConstraints=critical,CA:FALSE",
            "-keyout",
        ])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .succeeds();
    let server = Smtp::start(&env, Some((&cert, &key)));
    let smtp = format!("smtp://localhost:{}", server.port);
    env.ok(&[
        "notify",
        "add",
        "strict",
        "email",
        "--to",
        "me@example.org",
        "--smtp",
        &smtp,
    ]);
    env.ok(&[
        "notify",
        "add",
        "home",
        "email",
        "--to",
        "me@example.org",
        "--smtp",
        &smtp,
        "--insecure-tls",
    ]);
    let tested = env
        .cmd()
        .args(["--json", "notify", "test"])
        .output()
        .unwrap();
    let delivered = server.stop();
    let results: Value = serde_json::from_slice(&tested.stdout).unwrap();
    let outcome = |name: &str| {
        items(&results)
            .find(|r| r["channel"] == name)
            .cloned()
            .unwrap()
    };
    assert_eq!(outcome("home")["ok"], true, "{results}");
    assert_eq!(outcome("strict")["ok"], false, "{results}");
    assert_eq!(delivered.matches("\n=====\n").count(), 1, "{delivered}");
    assert!(delivered.contains("subs notify test"), "{delivered}");
}

/// A local HTTP server that takes `delay` to answer each request, and
/// records the `alerts[].id` of every webhook document it received.
struct SlowServer {
    url: String,
    received: std::sync::Arc<std::sync::Mutex<Vec<i64>>>,
}

impl SlowServer {
    fn start(delay: std::time::Duration) -> SlowServer {
        use std::io::{BufRead, BufReader, Read, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let received = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let seen = std::sync::Arc::clone(&received);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let seen = std::sync::Arc::clone(&seen);
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(stream.try_clone().unwrap());
                    let mut length = 0;
                    loop {
                        let mut line = String::new();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                            break;
                        }
                        if let Some((k, v)) = line.trim_end().split_once(':')
                            && k.eq_ignore_ascii_case("content-length")
                        {
                            length = v.trim().parse().unwrap_or(0);
                        }
                    }
                    let mut body = vec![0u8; length];
                    if reader.read_exact(&mut body).is_err() {
                        return;
                    }
                    let doc: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
                    for a in doc["alerts"].as_array().into_iter().flatten() {
                        seen.lock().unwrap().push(a["id"].as_i64().unwrap_or(-1));
                    }
                    std::thread::sleep(delay);
                    let _ = stream.write_all(
                        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
                    );
                });
            }
        });
        SlowServer { url, received }
    }

    fn received(&self) -> Vec<i64> {
        let mut ids = self.received.lock().unwrap().clone();
        ids.sort_unstable();
        ids
    }
}

/// Four alerts due on the 26th: two reminders, two payments due.
fn four_alerts() -> TestEnv {
    let env = portfolio();
    env.monthly("Spotify", "9.99").start("2026-11-27").add();
    env.monthly("Cloud", "5")
        .start("2026-11-28")
        .with("--auto-renew", "false")
        .add();
    env
}

/// Two `alerts generate` at once, with a channel that takes a second per
/// message: each run claims the deliveries it sends (a lease in the
/// database), so every alert reaches the receiver exactly once.
#[test]
fn overlapping_generators_with_a_slow_channel_deliver_each_alert_once() {
    let env = four_alerts();
    let server = SlowServer::start(std::time::Duration::from_millis(1000));
    env.ok(&["notify", "add", "hook", "webhook", "--url", &server.url]);
    let outs = env.at_once(&crate::common::times(2, &["alerts", "generate"]));
    for out in &outs {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let ids: Vec<i64> = items(&env.json(&["alerts", "list"]))
        .map(|a| a["id"].as_i64().unwrap())
        .rev()
        .collect();
    assert_eq!(ids.len(), 4);
    assert_eq!(server.received(), ids, "each alert exactly once");
    let log = env.json(&["notify", "log"]);
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .all(|d| d["status"] == "sent" && d["attempts"] == 1),
        "{log}"
    );
    assert_eq!(env.sql_count("SELECT count(*) FROM delivery_lease"), 0);
}

/// A channel that never answers costs one deadline per run, not one per
/// alert: after its first timeout the rest wait, unattempted, for the
/// next run.
#[test]
fn a_channel_that_never_answers_costs_one_deadline_per_run() {
    let env = four_alerts();
    env.ok(&["config", "set", "notify_timeout", "1"]);
    let server = MockServer::start(vec![Reply::hang()]);
    env.ok(&["notify", "add", "hook", "webhook", "--url", &server.url]);
    let started = std::time::Instant::now();
    let printed = env
        .run(&["alerts", "generate"])
        .status(0)
        .stderr(
            "warning: 1 notification could not be delivered (hook: no answer within 1 s); \
             retried on the next run; 3 notifications wait for the next run \
             (a channel used up this run's time)\n",
        )
        .into_stdout();
    assert_eq!(printed.lines().count(), 4, "{printed}");
    assert!(started.elapsed() < std::time::Duration::from_secs(4));
    assert_eq!(server.requests().len(), 1);
    let mut attempts: Vec<i64> = items(&env.json(&["notify", "log"]))
        .map(|d| d["attempts"].as_i64().unwrap())
        .collect();
    attempts.sort_unstable();
    assert_eq!(attempts, vec![0, 0, 0, 1]);
    assert_eq!(
        env.sql_count("SELECT count(*) FROM delivery WHERE status = 'pending'"),
        4
    );
}

/// A command that outlives the deadline is killed with its whole process
/// group (the `sleep 30` it started too), and the failure names the last
/// line it wrote on stderr.
#[test]
fn a_command_that_times_out_is_killed_with_its_children_and_its_last_words_shown() {
    let env = portfolio();
    env.ok(&["config", "set", "notify_timeout", "1"]);
    let pidfile = env.home().join("child.pid");
    let run = format!(
        "sleep 30 & echo $! > '{}'; echo 'starting' >&2; echo 'waiting for the relay' >&2; wait",
        pidfile.display()
    );
    env.ok(&[
        "notify", "add", "slow", "command", "--run", &run, "--digest",
    ]);
    let started = std::time::Instant::now();
    let mut cmd = env.std_cmd();
    cmd.env("PATH", std::env::var_os("PATH").unwrap_or_default());
    let out = cmd.args(["alerts", "generate"]).output().unwrap();
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "warning: 1 notification could not be delivered (slow: {run} did not finish within 1 s: \
             stopped, with every process it started (its last words: waiting for the relay)); \
             retried on the next run\n"
        )
    );
    let pid = std::fs::read_to_string(&pidfile).unwrap();
    let proc = std::path::PathBuf::from(format!("/proc/{}", pid.trim()));
    let gone = (0..50).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        !proc.exists()
    });
    assert!(gone, "the sleep its command started survived (pid {pid})");
}

/// A program that never reads its stdin, handed a document larger than a
/// pipe holds (64 KiB), is bounded by the same deadline.
#[test]
fn a_command_that_never_reads_a_large_document_is_bounded() {
    let env = portfolio();
    env.ok(&["config", "set", "notify_timeout", "1"]);
    env.ok(&[
        "notify", "add", "deaf", "command", "--run", "sleep 30", "--digest",
    ]);
    // 300 queued alerts of 500 characters each: about 200 KiB of JSON.
    env.sql(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
         INSERT INTO alert (subscription_id, alert_type, title, message, alert_date, occurrence, created_at, uid)
         SELECT NULL, 'over_budget', 'Over budget ' || i, printf('%.500c', 'x'), '2026-11-20',
                'bulk:' || i, '2026-11-20T00:00:00Z', 'bulk-' || i FROM n;
         INSERT INTO delivery (alert_id, channel_id, created_at)
         SELECT id, (SELECT id FROM channel), '2026-11-20T00:00:00Z' FROM alert WHERE occurrence LIKE 'bulk:%';",
    );
    let mut child = env
        .std_cmd()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .args(["alerts", "generate"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let finished = (0..200).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        child.try_wait().unwrap().is_some()
    });
    if !finished {
        let _ = child.kill();
    }
    assert!(
        finished,
        "alerts generate hung writing to a program that never reads"
    );
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && err.contains("sleep 30 did not finish within 1 s"),
        "{err}"
    );
}

/// Apprise's URL (with the secret in it) reaches apprise in a 0600 file
/// that is gone after the call: never on its command line (readable by
/// anyone with `ps`), nor the secret in its environment.
#[test]
fn the_apprise_secret_is_never_on_its_command_line() {
    let env = portfolio();
    let bin = env.home().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let seen = env.home().join("seen");
    std::fs::create_dir(&seen).unwrap();
    let fake = bin.join("apprise");
    std::fs::write(
        &fake,
        format!(
            "#!/bin/sh\nPATH=/usr/bin:/bin\nD='{}'\nprintf '%s\\n' \"$@\" > \"$D/argv\"\nenv > \"$D/env\"\n\
             while [ $# -gt 0 ]; do\n  if [ \"$1\" = --config ]; then stat -c %a \"$2\" > \"$D/mode\"; cat \"$2\" > \"$D/config\"; echo \"$2\" > \"$D/path\"; fi\n  shift\ndone\n",
            seen.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    env.ok(&words(
        "notify add chat apprise --url tgram://{secret}/12345 --min-severity urgent",
    ));
    let secret = "bot-SECRET-789:AAE";
    env.cmd()
        .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
        .env("SUBS_APPRISE_SECRET", secret)
        .args(["alerts", "generate"])
        .assert()
        .success()
        .stderr("");
    let argv = std::fs::read_to_string(seen.join("argv")).unwrap();
    let environment = std::fs::read_to_string(seen.join("env")).unwrap();
    assert!(!argv.contains(secret) && !argv.contains("tgram"), "{argv}");
    assert!(!environment.contains(secret), "{environment}");
    assert!(argv.contains("--config"), "{argv}");
    assert_eq!(
        std::fs::read_to_string(seen.join("config")).unwrap(),
        format!("tgram://{secret}/12345\n")
    );
    assert_eq!(std::fs::read_to_string(seen.join("mode")).unwrap(), "600\n");
    let path = std::fs::read_to_string(seen.join("path")).unwrap();
    assert!(
        !std::path::Path::new(path.trim()).exists(),
        "the file is removed after the call"
    );
}

/// A channel's secret variable is one of its own (SUBS_*_TOKEN, _SECRET,
/// _PASSWORD), never subs' keys; refused at add and at import.
#[test]
fn a_channel_cannot_name_subs_own_keys_as_its_secret() {
    let env = portfolio();
    let err = env.fails_unchanged(
        &words("notify add x webhook --url https://example.org/h --secret-env GEMINI_API_KEY"),
        2,
    );
    assert_eq!(
        err,
        "error: invalid --secret-env \"GEMINI_API_KEY\": use a name of the form SUBS_<NAME>_TOKEN, \
         SUBS_<NAME>_SECRET or SUBS_<NAME>_PASSWORD, e.g. SUBS_NTFY_TOKEN\n"
    );
    let err = env.fails_unchanged(
        &words("notify add x webhook --url https://example.org/h --secret-env SUBS_SYNC_SECRET"),
        2,
    );
    assert!(err.contains("subs' own key"), "{err}");
    env.ok(&words(
        "notify add x webhook --url https://example.org/h --secret-env SUBS_HOOK_SECRET",
    ));
    // A backup naming GEMINI_API_KEY is refused whole.
    let backup = env.home().join("b.json");
    env.ok(&["export", "-o", backup.to_str().unwrap()]);
    let text = std::fs::read_to_string(&backup).unwrap();
    assert!(text.contains("SUBS_HOOK_SECRET"), "{text}");
    std::fs::write(&backup, text.replace("SUBS_HOOK_SECRET", "GEMINI_API_KEY")).unwrap();
    let other = TestEnv::new();
    let err = other.fails(&["import", backup.to_str().unwrap(), "--with-config"], 2);
    assert!(err.contains("GEMINI_API_KEY"), "{err}");
    assert_eq!(other.dump(), Vec::<String>::new());
}

/// A command channel that arrives by import runs nothing on this device
/// until `notify enable`; `notify list` says so.
#[test]
fn an_imported_command_channel_runs_nothing_until_enabled_here() {
    let env = portfolio();
    let saved = env.home().join("ran.jsonl");
    let run = format!("cat >> '{}'", saved.display());
    env.ok(&["notify", "add", "script", "command", "--run", &run]);
    let backup = env.home().join("b.json");
    env.ok(&["export", "-o", backup.to_str().unwrap()]);
    let other = portfolio();
    other.ok(&["import", backup.to_str().unwrap(), "--with-config"]);
    let listed = other.json(&["notify", "list"]);
    assert_eq!(listed[0]["enabled"], false, "{listed}");
    other
        .run(&["notify", "list"])
        .status(0)
        .stdout_has(&format!(
            "{run} (disabled on this device: run subs notify enable script)"
        ));
    other.generate_on("2026-11-26");
    assert!(!saved.exists(), "the imported channel ran its program");
    other
        .run(&["notify", "test", "script"])
        .status(1)
        .stderr_has("1 of 1 channels failed");
    assert!(!saved.exists());
    other
        .run(&["notify", "enable", "script"])
        .status(0)
        .stdout(
            "Enabled channel script on this device: alerts raised from now on are delivered to it\n",
        )
        .stderr("");
    assert_eq!(other.json(&["notify", "list"])[0]["enabled"], true);
    // Later alerts go through it.
    other.generate_on("2026-11-29");
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.contains("\"alerts\""), "{text}");
    other
        .run(&["notify", "enable", "nope"])
        .status(3)
        .stdout("")
        .stderr("error: no channel named \"nope\"; `subs notify list` shows them\n");
}

/// Alerts raised by commands (price_increase from edit, status_change
/// from pause) are printed by the next `alerts generate` and delivered,
/// once, to the channels that ask for them.
#[test]
fn alerts_raised_by_commands_reach_the_channels_once() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").start("2026-12-15").add();
    env.monthly("Gym", "40").start("2026-12-20").add();
    let saved = env.home().join("prices.jsonl");
    let run = format!("cat >> '{0}'; echo >> '{0}'", saved.display());
    env.ok(&[
        "notify",
        "add",
        "prices",
        "command",
        "--run",
        &run,
        "--types",
        "price_increase,status_change",
    ]);
    env.ok(&["edit", "Netflix", "--amount", "17.99"]);
    env.ok(&["pause", "Gym"]);
    let printed = env.generate_on("2026-11-26");
    assert_eq!(printed.lines().count(), 2, "{printed}");
    has(&printed, "Netflix");
    has(&printed, "Gym");
    let docs: Vec<Value> = std::fs::read_to_string(&saved)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let types: Vec<&str> = docs
        .iter()
        .map(|d| d["alerts"][0]["alert_type"].as_str().unwrap())
        .collect();
    assert_eq!(types, vec!["price_increase", "status_change"]);
    // Once: the next run prints and sends nothing.
    assert_eq!(env.generate_on("2026-11-26"), "");
    assert_eq!(std::fs::read_to_string(&saved).unwrap().lines().count(), 2);
}

/// ntfy: control characters leave titles and bodies; a non-ASCII title is
/// an RFC 2047 encoded word (a raw one makes the alert undeliverable).
#[test]
fn ntfy_titles_are_clean_ascii_headers() {
    let env = TestEnv::new();
    env.monthly("Café Crème", "5").start("2026-11-27").add();
    env.monthly("Plain", "5").start("2026-11-27").add();
    env.sql("UPDATE subscription SET name = 'Plain' || char(27) || '[31m' || char(10) || 'Evil' WHERE name = 'Plain'");
    let server = MockServer::start(vec![Reply::json(200, "{}")]);
    env.ok(&["notify", "add", "phone", "ntfy", "--url", &server.url]);
    env.run(&["alerts", "generate"]).status(0).stderr("");
    let titles: Vec<String> = server
        .requests()
        .iter()
        .map(|r| r.header("Title").unwrap_or("").to_string())
        .collect();
    assert_eq!(titles.len(), 2);
    let encoded = titles.iter().find(|t| t.starts_with("=?UTF-8?B?")).unwrap();
    let alerts = env.json(&["alerts", "list"]);
    let cafe = items(&alerts)
        .find(|a| a["subscription_name"] == "Café Crème")
        .unwrap()["title"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(encoded, &format!("=?UTF-8?B?{}?=", base64(cafe.as_bytes())));
    let plain = titles.iter().find(|t| t.contains("Plain")).unwrap();
    assert!(plain.contains("Plain [31m Evil"), "{plain}");
    for r in server.requests() {
        assert!(!r.body.contains('\u{1b}'), "{}", r.body);
    }
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                A[((n >> (18 - 6 * i)) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}

/// A retry is scheduled by the real clock, whatever day --today names.
#[test]
fn retry_times_come_from_the_real_clock() {
    let env = TestEnv::at("2030-06-01");
    env.monthly("Netflix", "15.99").start("2030-06-02").add();
    let server = MockServer::start(vec![Reply::json(500, "{}")]);
    env.ok(&["notify", "add", "hook", "webhook", "--url", &server.url]);
    env.run(&["alerts", "generate", "-q"]).status(0);
    let log = env.json(&["notify", "log"]);
    let next =
        chrono::DateTime::parse_from_rfc3339(log[0]["next_attempt"].as_str().unwrap()).unwrap();
    let wait = next.timestamp() - chrono::Utc::now().timestamp();
    assert!((200..=310).contains(&wait), "retry in {wait} s: {log}");
}

/// An SMTP server that accepts the connection and never greets: the
/// delivery fails after the deadline, saying so.
#[test]
fn an_smtp_server_that_never_greets_is_no_answer_within_the_deadline() {
    let env = portfolio();
    env.ok(&["config", "set", "notify_timeout", "3"]);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let held: Vec<_> = listener.incoming().take(4).collect();
        std::thread::sleep(std::time::Duration::from_secs(60));
        drop(held);
    });
    env.ok(&[
        "notify",
        "add",
        "mail",
        "email",
        "--to",
        "me@example.org",
        "--smtp",
        &format!("smtp://127.0.0.1:{port}"),
    ]);
    let started = std::time::Instant::now();
    env.run(&["notify", "test", "mail"])
        .status(1)
        .stdout("mail: failed: no answer within 3 s\n")
        .stderr("error: 1 of 1 channels failed the test\n");
    assert!(started.elapsed() < std::time::Duration::from_secs(8));
}

/// Capability URLs (a token in the query or the path) are hidden in
/// `notify list` and warned about when added; a URL refused for carrying
/// a password does not echo it.
#[test]
fn capability_urls_are_hidden_and_passwords_never_echoed() {
    let env = TestEnv::new();
    let url = "https://hooks.example.org/services/T0001/B0002/a1B2c3D4e5F6g7H8i9J0k1L2";
    env.run(&["notify", "add", "slack", "webhook", "--url", url])
        .status(0)
        .stdout("Added channel slack (webhook): alerts raised from now on are delivered to it\n")
        .stderr(
            "warning: the --url of slack carries a capability (a token in the path): anyone who \
             sees the URL can post to it; `notify list` hides it, and a token from --secret-env \
             keeps it out of the database\n",
        );
    env.run(&words(
        "notify add phone ntfy --url https://ntfy.example.org/subs?auth=dG9rZW4tc2VjcmV0",
    ))
    .status(0)
    .stderr_has("the ?auth= parameter");
    let listed = env.json(&["notify", "list"]);
    assert_eq!(listed[0]["url"], "https://ntfy.example.org/subs?auth=***");
    assert_eq!(
        listed[1]["url"],
        "https://hooks.example.org/services/T0001/B0002/***"
    );
    let text = env.ok(&["notify", "list"]);
    assert!(
        !text.contains("a1B2c3D4e5F6g7H8i9J0k1L2") && !text.contains("dG9rZW4tc2VjcmV0"),
        "{text}"
    );
    let err = env.fails_unchanged(
        &words("notify add x webhook --url https://me:hunter2-pass@example.org/h"),
        2,
    );
    assert!(!err.contains("hunter2"), "{err}");
    let err = env.fails_unchanged(
        &words("notify add m email --to a@example.org --smtp ftp://me:hunter2-pass@x"),
        2,
    );
    assert!(!err.contains("hunter2"), "{err}");
}

/// A session bus that accepts the connection and never answers: the
/// desktop delivery gives up at the deadline (`notify_timeout`), the run
/// still exits 0 and says so in one line, and the delivery waits for a
/// later run.
#[test]
fn a_silent_session_bus_costs_one_deadline_and_the_delivery_waits() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").start("2026-11-27").add();
    env.ok(&["notify", "add", "desk", "desktop"]);
    env.ok(&["config", "set", "notify_timeout", "1"]);
    let socket = env.home().join("bus");
    let listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    // Holds every connection open, reading nothing and writing nothing.
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    let started = std::time::Instant::now();
    let out = env
        .cmd()
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            format!("unix:path={}", socket.display()),
        )
        .args(["alerts", "generate"])
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    Run::of(&["alerts", "generate"], out)
        .status(0)
        .stdout("[renewal_reminder] Netflix renews tomorrow: Your Netflix subscription ($15.99) renews tomorrow, on 2026-11-27.\n")
        .stderr("warning: 1 notification could not be delivered (desk: no answer within 1 s); retried on the next run\n");
    assert!(elapsed < std::time::Duration::from_secs(15), "{elapsed:?}");
    assert_eq!(env.json(&["notify", "log"])[0]["status"], "pending");
}
