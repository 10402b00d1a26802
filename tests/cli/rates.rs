//! `rates update`: the ECB's reference rates from a local server that
//! serves the ECB's document format (a fixture of published figures).

use std::path::Path;

use crate::common::mock::{MockServer, Reply};
use crate::common::{Succeeds, TestEnv, has, items};
use serde_json::Value;

fn daily() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ecb/eurofxref-daily.xml"),
    )
    .unwrap()
}

/// Runs `subs ARGS` with the ECB at `server`.
fn update(env: &TestEnv, server: &MockServer, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env("SUBS_RATES_URL", &server.url)
        .env("SUBS_RATES_TIMEOUT", "2")
        .args(args)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap()
}

/// `subs ARGS` as on `day`, fetching rates from `server` within the
/// default time bound.
fn on_day(env: &TestEnv, server: &MockServer, day: &str, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env("SUBS_RATES_URL", &server.url)
        .env("SUBS_TODAY", day)
        .args(args)
        .output()
        .unwrap()
}

fn portfolio() -> TestEnv {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").add();
    env.monthly("Spotify", "10.99").currency("EUR").add();
    env.monthly("Hotstar", "499").currency("INR").add();
    env.yearly("Nintendo", "2400").currency("JPY").add();
    env.monthly("Local gym", "5000").currency("XAF").add();
    env
}

#[test]
fn cross_rates_into_the_base_currency_for_every_currency_held() {
    let env = portfolio();
    let server = MockServer::start(vec![Reply::json(200, daily())]);
    let out = update(&env, &server, &["--json", "rates", "update"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["date"], "2024-12-31");
    assert_eq!(report["base"], "USD");
    let set: Vec<String> = items(&report["updated"])
        .map(|c| format!("{} {}", c["currency"].as_str().unwrap(), c["rate"]))
        .collect();
    // 1 EUR = 1.0389 USD; INR and JPY through the euro, exactly, rounded once.
    assert_eq!(
        set,
        ["EUR 1.0389", "INR 0.0116817622", "JPY 0.0063712744"],
        "{report}"
    );
    assert_eq!(report["not_published"], serde_json::json!(["XAF"]));
    assert!(server.requests()[0].path.ends_with("/eurofxref-daily.xml"));
    let rates = env.json(&["rates", "list"]);
    let eur = items(&rates).find(|r| r["currency"] == "EUR").unwrap();
    assert_eq!(eur["source"], "ecb");
    assert_eq!(eur["set_on"], "2024-12-31");
    // The converted total uses them; XAF stays unconverted.
    let dashboard = env.json(&["dashboard"]);
    assert_eq!(dashboard["unconverted"], serde_json::json!(["XAF"]));
    // Run again: nothing changes.
    let again = update(&env, &server, &["--json", "rates", "update"]);
    let again: Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(again["updated"], serde_json::json!([]), "{again}");
    // The text says it, and the list shows where each rate came from.
    // (The fixed rates are from 2024-12-31, long before "today".)
    let stale: String = ["EUR", "INR", "JPY"]
        .map(|code| {
            format!(
                "warning: the {code} rate was set on 2024-12-31 — more than 30 days ago; \
                 refresh it with `subs rates update` (or `subs rates set {code} RATE`)\n"
            )
        })
        .concat();
    let listed = env.ok_with_stderr(&["rates", "list"], &stale);
    assert!(listed.contains("ecb"), "{listed}");
}

#[test]
fn manual_rates_are_kept_unless_asked_and_a_dry_run_writes_nothing() {
    let env = portfolio();
    env.ok(&["rates", "set", "EUR", "1.10"]);
    let server = MockServer::start(vec![Reply::json(200, daily())]);
    let before = env.dump();
    let out = update(&env, &server, &["rates", "update", "--dry-run"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    has(&text, "Would set 1 INR = 0.0116817622 USD");
    assert!(text.contains("Kept your own rate for EUR"), "{text}");
    assert_eq!(before, env.dump(), "a dry run writes nothing");
    update(&env, &server, &["rates", "update"]);
    let eur = |env: &TestEnv| {
        items(&env.json(&["rates", "list"]))
            .find(|r| r["currency"] == "EUR")
            .cloned()
            .unwrap()
    };
    assert_eq!(eur(&env)["rate"].to_string(), "1.1");
    assert_eq!(eur(&env)["source"], "manual");
    let out = update(
        &env,
        &server,
        &["--json", "rates", "update", "--replace-manual"],
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["updated"][0]["previous"].to_string(),
        "1.1",
        "{report}"
    );
    assert_eq!(eur(&env)["rate"].to_string(), "1.0389");
    assert_eq!(eur(&env)["source"], "ecb");
    // And it is one command to undo.
    env.ok(&["undo"]);
    assert_eq!(eur(&env)["source"], "manual");
}

#[test]
fn a_failed_fetch_or_a_bad_document_leaves_the_rates_alone() {
    let env = portfolio();
    env.ok(&["rates", "set", "EUR", "1.10"]);
    let before = env.dump();
    for (reply, says) in [
        (Reply::json(404, "not here"), "HTTP 404"),
        (
            Reply::json(200, "<gesmes:Envelope><Cube>"),
            "could not be read",
        ),
        (
            Reply::json(
                200,
                "<Envelope><Cube><Cube time='2024-12-31'><Cube currency='USD' rate='x'/></Cube></Cube></Envelope>",
            ),
            "USD",
        ),
        (
            Reply::json(
                200,
                "<Envelope><Cube><Cube time='2024-12-30'><Cube currency='USD' rate='1.04'/></Cube>\
                 <Cube time='2024-12-31'><Cube currency='USD' rate='1.03'/></Cube></Cube></Envelope>",
            ),
            "holds 2 days, not one",
        ),
        (
            Reply::json(
                200,
                "<Envelope><Cube><Cube time='2024-12-31'><Cube currency='usd' rate='1.04'/></Cube></Cube></Envelope>",
            ),
            "not a currency code",
        ),
        (Reply::hang(), "within 2s"),
    ] {
        let server = MockServer::start(vec![reply]);
        let out = update(&env, &server, &["rates", "update"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{says}: {err}");
        has(&err, says);
        has(&err, "your rates are unchanged");
        assert_eq!(before, env.dump());
    }
    // Plain http to another host is refused before anything is sent.
    let out = env
        .cmd()
        .env("SUBS_RATES_URL", "http://example.com/stats")
        .args(["rates", "update"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // A base currency the ECB does not publish: said, nothing changed.
    let other = TestEnv::new();
    other.ok(&["config", "set", "base_currency", "XAF"]);
    other.monthly("Netflix", "15.99").currency("USD").add();
    let server = MockServer::start(vec![Reply::json(200, daily())]);
    let out = update(&other, &server, &["rates", "update"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("does not publish XAF"), "{err}");
}

fn history_doc() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ecb/eurofxref-hist.xml"),
    )
    .unwrap()
}

/// `--history FROM` keeps the daily rates from FROM on; analytics then
/// converts each past payment at the rate of its date (the last published
/// day on or before it) and says so.
#[test]
fn past_payments_convert_at_the_rate_of_their_date() {
    let env = TestEnv::at("2025-01-02");
    env.monthly("Spotify", "100")
        .currency("EUR")
        .start("2024-06-28")
        .add();
    // Paid on a Saturday (28th: the 27th's rate), on the 30th and on
    // New Year's Day (the 31st's rate).
    for (due, day) in [
        ("2024-10-28", "2024-12-28"),
        ("2024-11-28", "2024-12-30"),
        ("2024-12-28", "2025-01-01"),
    ] {
        env.ok(&["pay", "spotify", "--due", due, "--date", day]);
    }
    let server = MockServer::start(vec![Reply::json(200, history_doc())]);
    let out = update(
        &env,
        &server,
        &["--json", "rates", "update", "--history", "2024-12-01"],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(server.requests()[0].path.ends_with("/eurofxref-hist.xml"));
    assert_eq!(
        report["history"]["days"], 3,
        "days from 2024-12-01: {report}"
    );
    assert_eq!(report["history"]["new_quotes"], 9, "{report}");
    assert_eq!(report["date"], "2024-12-31");
    let a = env.json(&["analytics", "--months", "2"]);
    assert_eq!(a["paid_converted_at"], "payment_date", "{a}");
    let month = |m: &str| {
        items(&a["cost_trends"])
            .find(|t| t["month"] == m)
            .cloned()
            .unwrap()
    };
    // December: 100 EUR at 1.0427 (the 27th's) + 100 EUR at 1.0444 = 208.71 USD.
    assert_eq!(month("2024-12")["paid"].to_string(), "208.71", "{a}");
    // January: at the 31st's rate, 103.89 USD.
    assert_eq!(month("2025-01")["paid"].to_string(), "103.89", "{a}");
    let text = env.ok(&["analytics", "--months", "2"]);
    has(&text, "at the ECB rate of each payment's date");
    // Undo takes the history back out too.
    env.ok(&["undo"]);
    assert_eq!(
        env.json(&["analytics"])["paid_converted_at"],
        "current_rate"
    );
}

/// `rates_auto_update`: a command that converts refreshes stale rates
/// first, once per period; a failure is one warning, never a failed
/// command; off (the default) asks nobody.
#[test]
fn stale_rates_refresh_themselves_before_commands_that_convert() {
    let env = portfolio();
    let server = MockServer::start(vec![Reply::json(200, daily())]);
    let run = |args: &[&str]| update(&env, &server, args);
    run(&["dashboard"]);
    assert!(server.requests().is_empty(), "off by default");
    env.ok(&["config", "set", "rates_auto_update", "daily"]);
    let out = run(&["--json", "dashboard"]);
    assert!(out.status.success());
    assert_eq!(server.requests().len(), 1);
    let dashboard: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        dashboard["unconverted"],
        serde_json::json!(["XAF"]),
        "{dashboard}"
    );
    // Fetched today: the next commands ask nobody.
    run(&["list"]);
    run(&["forecast"]);
    assert_eq!(server.requests().len(), 1);
    // A day later, the next command fetches again.
    let tomorrow = on_day(&env, &server, "2026-11-27", &["upcoming"]);
    assert!(tomorrow.status.success());
    assert_eq!(server.requests().len(), 2);
    // A server that does not answer: one warning, the command succeeds
    // within the 3-second bound.
    let silent = MockServer::start(vec![Reply::hang()]);
    let started = std::time::Instant::now();
    let out = on_day(&env, &silent, "2026-12-05", &["dashboard"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert_eq!(
        err.lines()
            .filter(|l| l.contains("were not refreshed"))
            .count(),
        1,
        "{err}"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    let bad = env.fails_unchanged(&["config", "set", "rates_auto_update", "hourly"], 2);
    assert!(bad.contains("daily, weekly, off"), "{bad}");
}

/// A rate outside 0.000001 … 1000000 is refused naming the currency, by
/// `rates set`, by a backup and by `rates update`; nothing changes.
#[test]
fn absurd_rates_are_refused_naming_the_currency() {
    let env = portfolio();
    env.ok(&["rates", "set", "EUR", "1.10"]);
    for rate in ["1000000000", "1000000.5", "0.0000001"] {
        env.run(&["rates", "set", "EUR", rate])
            .status(2)
            .stdout("")
            .stderr(&format!(
                "error: invalid rate for EUR \"{rate}\": outside the sane range for a rate (0.000001 to 1000000)\n"
            ));
    }
    let before = env.dump();
    // An ECB document whose figures would give 1 INR = 1e7 USD.
    let hostile = daily().replace("rate='88.9335'", "rate='0.0000010'");
    assert_ne!(hostile, daily(), "the fixture quotes INR at 88.9335");
    let server = MockServer::start(vec![Reply::json(200, hostile)]);
    let out = update(&env, &server, &["rates", "update"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("1 INR = ")
            && err.contains("outside the sane range")
            && err.contains("your rates are unchanged"),
        "{err}"
    );
    assert_eq!(before, env.dump());
    // A backup carrying one.
    let backup = env.home().join("b.json");
    env.ok(&["export", "-o", backup.to_str().unwrap()]);
    let text = std::fs::read_to_string(&backup)
        .unwrap()
        .replace("\"rate\":1.1,", "\"rate\":10000000,");
    assert!(text.contains("10000000"), "the backup holds the EUR rate");
    std::fs::write(&backup, text).unwrap();
    let other = TestEnv::new();
    other.create_db();
    let err = other.fails_unchanged(&["import", backup.to_str().unwrap()], 2);
    has(&err, "field rate");
    has(&err, "outside the sane range");
}

/// A hostile rate that got into the database anyway (a raw edit) makes no
/// command panic: it is not used, every converting command says why in
/// one warning, and cron's run goes on.
#[test]
fn a_hostile_rate_in_the_database_is_set_aside_never_a_panic() {
    let env = portfolio();
    env.ok(&["rates", "set", "EUR", "1.10"]);
    env.ok(&["budget", "set", "100"]);
    env.sql("UPDATE rate SET rate = '79228162514264337593543950335' WHERE currency = 'EUR'");
    let warning = "warning: 1 EUR = 79228162514264337593543950335 USD is outside the sane range for a rate (0.000001 to 1000000 USD), so it is not used; refresh rates with `subs rates update` or set it again with `subs rates set EUR RATE`";
    for args in [
        vec!["dashboard"],
        vec!["analytics"],
        vec!["forecast"],
        vec!["rates", "list"],
    ] {
        let run = env.run(&args).status(0).stderr_has(warning);
        drop(run);
    }
    for args in [
        vec!["list", "--sort", "monthly"],
        vec!["upcoming"],
        vec!["budget", "list"],
        vec!["insights", "--offline"],
        vec!["alerts", "generate"],
    ] {
        let run = env.run(&args).status(0);
        assert!(
            !run.transcript().contains("panicked"),
            "{}",
            run.transcript()
        );
    }
    // EUR is unconverted in the totals, never added 1:1.
    let d = env.json(&["dashboard"]);
    assert!(
        d["unconverted"]
            .as_array()
            .is_some_and(|c| c.iter().any(|c| c == "EUR")),
        "{d}"
    );
}

/// A 100,000-deep or huge document is refused before it is parsed; the
/// rates stay, and with auto-update on, converting commands still run.
#[test]
fn a_deep_or_huge_ecb_document_is_refused_and_the_rates_stay() {
    let env = portfolio();
    env.ok(&["rates", "set", "EUR", "1.10"]);
    let before = env.dump();
    let deep = format!("{}{}", "<a>".repeat(100_000), "</a>".repeat(100_000));
    let huge = format!("{}<!--{}-->", daily(), "x".repeat(33 << 20));
    for (doc, says) in [
        (deep.clone(), "nest deeper than 8 levels"),
        (huge, "larger than"),
    ] {
        let server = MockServer::start(vec![Reply::json(200, doc)]);
        // 32 MiB through a busy machine may take longer than 2 s.
        let err = env
            .cmd()
            .env("SUBS_RATES_URL", &server.url)
            .env("SUBS_RATES_TIMEOUT", "120")
            .args(["rates", "update"])
            .timeout(std::time::Duration::from_secs(180))
            .exits(1);
        assert!(err.contains("your rates are unchanged"), "{err}");
        // Past 32 MiB the download itself stops ("reading … failed").
        assert!(
            err.contains(says) || err.contains("reading"),
            "{says}: {err}"
        );
        assert_eq!(before, env.dump());
    }
    env.ok(&["config", "set", "rates_auto_update", "daily"]);
    let server = MockServer::start(vec![Reply::json(200, deep)]);
    let out = update(&env, &server, &["list"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    has(&err, "the exchange rates were not refreshed");
    has(&err, "nest deeper");
}

/// The stale-rate warning points to `subs rates update`; a leftover rate
/// for the base currency itself is never "set it with rates set".
#[test]
fn rate_warnings_point_to_rates_update_and_never_to_the_base_currency() {
    let env = TestEnv::at("2026-10-01");
    env.monthly("Spotify", "10").currency("EUR").add();
    env.ok(&["rates", "set", "EUR", "1.10"]);
    let out = env
        .cmd()
        .env("SUBS_TODAY", "2026-11-26")
        .args(["dashboard"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "warning: the EUR rate was set on 2026-10-01 — more than 30 days ago; refresh it with `subs rates update` (or `subs rates set EUR RATE`)\n"
    );
    // A rate for USD (the base here) against EUR, as a device whose base
    // is EUR would have it.
    env.sql(
        "INSERT INTO rate (currency, base, rate, set_on, updated_at, source) \
         VALUES ('USD', 'EUR', '0.92', '2026-10-01', '2026-10-01T00:00:00Z', 'manual')",
    );
    let run = env
        .run(&["dashboard"])
        .status(0)
        .stderr_has("the rate for USD was set against EUR, but USD is the base currency here and needs none; remove it with `subs rates remove USD`");
    assert!(
        !run.transcript().contains("subs rates set USD"),
        "{}",
        run.transcript()
    );
}
