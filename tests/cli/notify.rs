//! Notification channels against local servers and programs the tests
//! start themselves: ntfy and webhook requests recorded by a mock HTTP
//! server, a command that saves its stdin.

use crate::common::TestEnv;
use crate::common::mock::{MockServer, Reply};
use serde_json::Value;

const TOKEN: &str = "tk_SECRET-ntfy-token-123";
const SECRET: &str = "whsec-SECRET-456";

/// Netflix renews tomorrow (a reminder), Gym is due and not auto-renewed
/// (a payment_due, urgent).
fn portfolio() -> TestEnv {
    let env = TestEnv::new();
    env.sub("Netflix")
        .amount("15.99")
        .monthly()
        .start("2026-11-27")
        .add();
    env.sub("Gym")
        .amount("40")
        .monthly()
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
    assert!(
        err.contains("1 notification could not be delivered") && err.contains("HTTP 500"),
        "{err}"
    );
    let failed = env.json(&["notify", "log"]);
    assert_eq!(failed[0]["status"], "pending", "{failed}");
    assert!(failed[0]["next_attempt"].is_string());
    // The next run (the retry is due) delivers it, once.
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
    let saved = env.home().join("alerts.jsonl");
    let run = format!("cat >> '{}'", saved.display());
    env.ok(&[
        "notify",
        "add",
        "script",
        "command",
        "--run",
        &run,
        "--min-severity",
        "urgent",
    ]);
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
    env.fails_unchanged(
        &[
            "notify",
            "add",
            "x",
            "ntfy",
            "--url",
            "http://example.com/t",
        ],
        2,
    );
    env.fails_unchanged(
        &[
            "notify",
            "add",
            "x",
            "ntfy",
            "--url",
            "https://u:p@ntfy.sh/t",
        ],
        2,
    );
    env.fails_unchanged(&["notify", "add", "script", "command", "--run", "true"], 2);
    env.ok(&["notify", "remove", "bad"]);
    env.fails_unchanged(&["notify", "remove", "bad"], 3);
}

/// A backup carries the channels — without secrets — and an import takes
/// them only with --with-config (they decide where alerts are sent).
#[test]
fn backups_carry_channels_without_secrets() {
    let env = portfolio();
    env.ok(&[
        "notify",
        "add",
        "phone",
        "ntfy",
        "--url",
        "https://ntfy.example/t",
        "--min-severity",
        "warning",
    ]);
    let backup = env.home().join("b.json");
    env.cmd()
        .env("SUBS_NTFY_TOKEN", TOKEN)
        .args(["export", "-o", backup.to_str().unwrap()])
        .assert()
        .success();
    let text = std::fs::read_to_string(&backup).unwrap();
    assert!(
        text.contains("\"channels\"") && text.contains("ntfy.example"),
        "{text}"
    );
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
    let have = std::process::Command::new("apprise")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "apprise is needed for this test (.ci/run installs it)"
        );
        eprintln!("skipped: apprise is not installed");
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
    other.ok(&[
        "notify",
        "add",
        "chat",
        "apprise",
        "--url",
        "tgram://{secret}/1",
    ]);
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

/// A real SMTP server on loopback (Python's aiosmtpd) receives one
/// message per run, with the right headers and a UTF-8 body.
#[test]
fn email_sends_one_message_per_run_to_a_real_smtp_server() {
    let have = std::process::Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "aiosmtpd is needed for this test (.ci/run installs it)"
        );
        eprintln!("skipped: aiosmtpd is not installed");
        return;
    }
    let env = TestEnv::new();
    env.sub("Netflix €")
        .amount("15.99")
        .monthly()
        .start("2026-11-27")
        .add();
    env.sub("Gym 🏋")
        .amount("40")
        .monthly()
        .start("2026-11-28")
        .with("--auto-renew", "false")
        .add();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mailbox = env.home().join("mailbox");
    let script = "import sys, time\nfrom aiosmtpd.controller import Controller\nclass H:\n    async def handle_DATA(self, server, session, envelope):\n        with open(sys.argv[1], 'ab') as f:\n            f.write(envelope.content + b'\\n=====\\n')\n        return '250 OK'\nc = Controller(H(), hostname='127.0.0.1', port=int(sys.argv[2]))\nc.start()\nprint('ready', flush=True)\ntime.sleep(60)\n";
    let mut server = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&mailbox)
        .arg(port.to_string())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::BufRead;
        let mut line = String::new();
        std::io::BufReader::new(server.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready");
    }
    let smtp = format!("smtp://127.0.0.1:{port}");
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
    let _ = server.kill();
    let _ = server.wait();
    assert!(
        out.status.success() && !err.contains("could not be delivered"),
        "{err}"
    );
    let raw = std::fs::read(&mailbox).unwrap();
    let text = String::from_utf8_lossy(&raw);
    let messages: Vec<&str> = text
        .split("\n=====\n")
        .filter(|m| !m.trim().is_empty())
        .collect();
    assert_eq!(messages.len(), 1, "one message per run: {text}");
    let m = messages[0];
    for header in [
        "From: subs@example.org",
        "To: me@example.org",
        "Subject: subs: 2 reminders",
        "Date: ",
        "Message-ID: ",
    ] {
        assert!(m.contains(header), "{header}: {m}");
    }
    assert!(m.contains("charset=utf-8"), "{m}");
    // The body is UTF-8, quoted-printable: € is =E2=82=AC.
    assert!(m.contains("Netflix =E2=82=AC renews tomorrow"), "{m}");
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
        &[
            "notify",
            "add",
            "x",
            "email",
            "--to",
            "me@example.org",
            "--smtp",
            "smtp://u:pw@mail.example.org",
        ],
        2,
    );
}

/// Desktop: on a private session bus (`dbus-run-session`), `dbus-monitor`
/// sees the freedesktop `Notify` call with the alert's summary and body.
#[test]
fn a_desktop_notification_is_a_notify_call_on_the_session_bus() {
    let have = ["dbus-run-session", "dbus-monitor"].iter().all(|tool| {
        std::process::Command::new("which")
            .arg(tool)
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if !have {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "dbus-run-session and dbus-monitor are needed for this test (.ci/run installs dbus)"
        );
        eprintln!("skipped: no D-Bus tools");
        return;
    }
    let env = TestEnv::new();
    env.sub("Netflix")
        .amount("15.99")
        .monthly()
        .start("2026-11-27")
        .add();
    env.ok(&["notify", "add", "desk", "desktop"]);
    let monitor = env.home().join("monitor.txt");
    let subs = assert_cmd::cargo::cargo_bin("subs");
    let script = format!(
        "dbus-monitor --session \"interface='org.freedesktop.Notifications'\" > '{m}' 2>/dev/null &\n\
         sleep 0.5\n'{b}' alerts generate -q\nsleep 0.5\nkill $! 2>/dev/null\nexit 0",
        m = monitor.display(),
        b = subs.display()
    );
    let out = std::process::Command::new("dbus-run-session")
        .args(["--", "sh", "-c", &script])
        .env("SUBS_DB", &env.db)
        .env("SUBS_TODAY", &env.today)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let seen = std::fs::read_to_string(&monitor).unwrap();
    assert!(seen.contains("member=Notify"), "{seen}");
    assert!(seen.contains("string \"subs\""), "{seen}");
    assert!(
        seen.contains("string \"Netflix renews tomorrow\""),
        "{seen}"
    );
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
    assert!(err.contains("no answer within 1s"), "{err}");
    assert!(!err.contains(TOKEN), "-v shows no secret: {err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert_eq!(env.json(&["notify", "log"])[0]["status"], "pending");
    // The retry is due the next day; the server still hangs once more.
    generate(&env, "2026-11-27", &[]);
    assert_eq!(env.json(&["notify", "log"])[0]["attempts"], 2);
    // Then it answers: delivered, exactly once.
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
    let have = std::process::Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .output()
        .is_ok_and(|o| o.status.success())
        && std::process::Command::new("openssl")
            .arg("version")
            .output()
            .is_ok_and(|o| o.status.success());
    if !have {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "aiosmtpd and openssl are needed for this test"
        );
        eprintln!("skipped: aiosmtpd or openssl missing");
        return;
    }
    let env = TestEnv::new();
    env.sub("Gym")
        .amount("40")
        .monthly()
        .start("2026-11-28")
        .with("--auto-renew", "false")
        .add();
    let (key, cert) = (env.home().join("key.pem"), env.home().join("cert.pem"));
    let made = std::process::Command::new("openssl")
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
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mailbox = env.home().join("mailbox");
    let script = "import sys, ssl, time\nfrom aiosmtpd.controller import Controller\nclass H:\n    async def handle_DATA(self, server, session, envelope):\n        with open(sys.argv[1], 'ab') as f:\n            f.write(envelope.content + b'\\n=====\\n')\n        return '250 OK'\nctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\nctx.load_cert_chain(sys.argv[3], sys.argv[4])\nc = Controller(H(), hostname='127.0.0.1', port=int(sys.argv[2]), tls_context=ctx, require_starttls=True)\nc.start()\nprint('ready', flush=True)\ntime.sleep(60)\n";
    let mut server = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&mailbox)
        .arg(port.to_string())
        .arg(&cert)
        .arg(&key)
        .stdout(std::process::Stdio::piped())
        // The refused handshake is logged by the server: expected noise.
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    {
        use std::io::BufRead;
        let mut line = String::new();
        std::io::BufReader::new(server.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready");
    }
    let smtp = format!("smtp://localhost:{port}");
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
    let _ = server.kill();
    let _ = server.wait();
    let results: Value = serde_json::from_slice(&tested.stdout).unwrap();
    let outcome = |name: &str| {
        results
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["channel"] == name)
            .cloned()
            .unwrap()
    };
    assert_eq!(outcome("home")["ok"], true, "{results}");
    assert_eq!(outcome("strict")["ok"], false, "{results}");
    let delivered = std::fs::read_to_string(&mailbox).unwrap_or_default();
    assert_eq!(delivered.matches("\n=====\n").count(), 1, "{delivered}");
    assert!(delivered.contains("subs notify test"), "{delivered}");
}
