//! `subs insights` against a mock server on 127.0.0.1 speaking each
//! provider's wire format: every failure ends in a valid answer or the rule
//! engine's, with the right reason — never an error exit.

use std::time::{Duration, Instant};

use crate::common::mock::{MockServer, Reply};
use crate::common::{TestEnv, words};
use serde_json::{Value, json};

const KEY: &str = "test-key-SECRET-1234567890";

fn analysis(savings: f64, names: &[&str]) -> Value {
    json!({
        "summary": "Two streaming services.",
        "insights": [{
            "type": "usage", "severity": "medium", "title": "Check Spotify",
            "description": "Spotify is barely used.", "action": "Cancel it.",
            "potential_savings": savings, "subscriptions": names
        }],
        "recommendations": [{"title": "Trim", "description": "Cancel Spotify", "impact": "9.99 a month", "priority": "medium"}],
        "cost_optimization": {"potential_monthly_savings": savings, "underutilized_services": names, "duplicate_services": []}
    })
}

fn gemini(text: &str) -> String {
    json!({"candidates": [{"content": {"role": "model", "parts": [{"text": text}]}, "finishReason": "STOP"}]}).to_string()
}

fn portfolio() -> TestEnv {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99")
        .with("--notes", "PRIVATE-NOTE")
        .with("--url", "https://private.example/acct")
        .add();
    env.add(&["Spotify", "--amount", "9.99", "--cycle", "monthly"]);
    env
}

/// Runs `insights --json` with the AI pointed at `server`; returns the
/// report, stderr and the exit status.
fn run(
    env: &TestEnv,
    server: &MockServer,
    vars: &[(&str, &str)],
    args: &[&str],
) -> (Value, String) {
    let mut cmd = env.cmd();
    cmd.env("GEMINI_API_KEY", KEY)
        .env("SUBS_AI_BASE_URL", &server.url)
        .env("SUBS_AI_TIMEOUT", "5");
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd
        .args(["--json", "insights"])
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(0),
        "insights {args:?} must not fail: {stderr}"
    );
    assert!(
        !stdout.contains(KEY) && !stderr.contains(KEY),
        "the key leaked into the output"
    );
    (
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}")),
        stderr,
    )
}

/// A server answering every try with `status` and `body`.
fn answering(status: u16, body: impl Into<String>) -> MockServer {
    MockServer::start(vec![Reply::json(status, body)])
}

/// A server answering every try as Gemini does, with `text` as the
/// model's answer.
fn gemini_answering(text: &str) -> MockServer {
    answering(200, gemini(text))
}

/// `insights ARGS` against `server`: the rules answer instead, saying each
/// of `reasons`; the report and how many tries the server saw.
#[track_caller]
fn falls_back(
    env: &TestEnv,
    server: MockServer,
    args: &[&str],
    reasons: &[&str],
) -> (Value, usize) {
    let (report, _) = run(env, &server, &[], args);
    for reason in reasons {
        assert_fallback(&report, reason);
    }
    (report, server.requests().len())
}

/// `insights` with the AI at `base_url` (one it may not be sent to): the
/// rules answer.
#[track_caller]
fn refused_at(env: &TestEnv, base_url: &str, reason: &str) {
    let unused = answering(500, "{}");
    let (report, _) = run(env, &unused, &[("SUBS_AI_BASE_URL", base_url)], &[]);
    assert_fallback(&report, reason);
    assert!(unused.requests().is_empty());
}

#[track_caller]
fn assert_fallback(report: &Value, reason: &str) {
    assert_eq!(report["engine"], "rules", "{report}");
    let got = report["fallback_reason"].as_str().unwrap_or_default();
    assert!(
        got.contains(reason),
        "fallback_reason {got:?} should mention {reason:?}: {report}"
    );
    assert!(
        report["summary"]
            .as_str()
            .unwrap()
            .contains("active subscriptions")
    );
}

#[test]
fn a_valid_gemini_answer_is_used() {
    let env = portfolio();
    let server = gemini_answering(&analysis(9.99, &["Spotify"]).to_string());
    let (r, _) = run(&env, &server, &[], &[]);
    assert_eq!(r["engine"], "gemini");
    assert_eq!(r["model"], "gemini-2.5-flash");
    assert_eq!(r["cached"], false);
    assert!(r.get("fallback_reason").is_none());
    assert_eq!(r["insights"][0]["title"], "Check Spotify");
    assert_eq!(
        r["cost_optimization"]["potential_monthly_savings"].to_string(),
        "9.99"
    );
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(
        reqs[0].path,
        "/v1beta/models/gemini-2.5-flash:generateContent"
    );
    assert_eq!(reqs[0].header("x-goog-api-key"), Some(KEY));
    let body = reqs[0].json();
    assert_eq!(
        body["generationConfig"]["responseMimeType"],
        "application/json"
    );
    assert!(body["generationConfig"]["responseJsonSchema"]["properties"]["insights"].is_object());
    let prompt = body["contents"][0]["parts"][0]["text"].as_str().unwrap();
    assert!(
        prompt.contains("Netflix") && prompt.contains("15.99"),
        "per-subscription data is sent"
    );
    assert!(
        prompt.contains("FINDINGS OF A RULE-BASED CHECK"),
        "rule findings go along as hints"
    );
    assert!(
        !prompt.contains("PRIVATE-NOTE") && !prompt.contains("private.example"),
        "no notes or URLs by default"
    );
}

#[test]
fn insights_leave_the_subscriptions_as_they_were() {
    // A command that reads leaves every subscription row as it was: the
    // answer is cached in its own table, not written into the rows.
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").add();
    env.monthly("Spotify", "10.99").add();
    let rows = |env: &TestEnv| -> Vec<String> {
        env.dump()
            .into_iter()
            .filter(|r| r.starts_with("subscription:"))
            .collect()
    };
    let before = rows(&env);
    env.ok(&["insights", "--offline"]);
    assert_eq!(before, rows(&env));
}

#[test]
fn answers_in_code_fences_are_accepted() {
    let env = portfolio();
    let fenced = format!("```json\n{}\n```", analysis(5.0, &["Spotify"]));
    let (r, _) = run(&env, &gemini_answering(&fenced), &[], &[]);
    assert_eq!(r["engine"], "gemini");
}

#[test]
fn malformed_json_falls_back() {
    let env = portfolio();
    let server = gemini_answering("{\"summary\": \"oops\", \"insights\": [}");
    falls_back(&env, server, &[], &["not valid JSON"]);
}

#[test]
fn inconsistent_answers_fall_back() {
    let env = portfolio();
    let mut bad_enum = analysis(1.0, &["Spotify"]);
    bad_enum["insights"][0]["severity"] = json!("critical");
    for (answer, reason) in [
        (analysis(500.0, &["Spotify"]), "25.98"),
        (analysis(1.0, &["Hulu"]), "unknown service \"Hulu\""),
        (bad_enum, "not valid JSON for the schema"),
    ] {
        let server = gemini_answering(&answer.to_string());
        falls_back(&env, server, &["--refresh"], &[reason]);
    }
}

#[test]
fn rate_limits_are_retried_after_the_advertised_delay() {
    let env = portfolio();
    let limited = json!({"error": {"code": 429, "message": "Resource exhausted", "status": "RESOURCE_EXHAUSTED",
        "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "0.3s"}]}});
    let server = MockServer::start(vec![
        Reply::json(429, limited.to_string()),
        Reply::json(200, gemini(&analysis(9.99, &["Spotify"]).to_string())),
    ]);
    let start = Instant::now();
    let (r, _) = run(&env, &server, &[], &[]);
    assert_eq!(r["engine"], "gemini");
    assert_eq!(server.requests().len(), 2);
    assert!(
        start.elapsed() >= Duration::from_millis(300),
        "waited for retryDelay"
    );
}

#[test]
fn server_errors_three_times_fall_back() {
    let env = portfolio();
    let server = answering(500, r#"{"error":{"code":500,"message":"internal"}}"#);
    let (_, tries) = falls_back(&env, server, &[], &["HTTP 500", "3 attempts"]);
    assert_eq!(tries, 3);
}

#[test]
fn a_bad_key_is_not_retried_and_never_echoed() {
    let env = portfolio();
    let body = json!({"error": {"code": 400, "message": format!("API key not valid: {KEY}"), "status": "INVALID_ARGUMENT"}});
    let server = answering(400, body.to_string());
    let (_, tries) = falls_back(&env, server, &[], &["HTTP 400", "[redacted]"]);
    assert_eq!(tries, 1);
}

/// An answer cut short, in each provider's wire format, or a prompt the
/// provider blocked: the rules answer, saying why.
#[test]
fn truncated_and_blocked_answers_fall_back() {
    let env = portfolio();
    for (provider, answer, reason) in [
        (
            "gemini",
            json!({"candidates": [{"content": {"parts": [{"text": "{\"summary\": \"cut"}]}, "finishReason": "MAX_TOKENS"}]}),
            "MAX_TOKENS",
        ),
        (
            "gemini",
            json!({"promptFeedback": {"blockReason": "SAFETY"}}),
            "blocked the prompt: SAFETY",
        ),
        (
            "ollama",
            json!({"message": {"content": "{\"summary\""}, "done": true, "done_reason": "length"}),
            "done_reason length",
        ),
        (
            "openai",
            json!({"choices": [{"message": {"content": "{}"}, "finish_reason": "length"}]}),
            "finish_reason length",
        ),
    ] {
        let server = answering(200, answer.to_string());
        let args = ["--provider", provider, "--refresh"];
        falls_back(&env, server, &args, &[reason]);
    }
}

#[test]
fn a_server_that_never_answers_is_bounded_in_time() {
    let env = portfolio();
    let server = MockServer::start(vec![Reply::hang()]);
    let start = Instant::now();
    let (r, _) = run(&env, &server, &[("SUBS_AI_TIMEOUT", "2")], &[]);
    let took = start.elapsed();
    assert_fallback(&r, "no answer within the 2s time bound");
    assert!(took < Duration::from_secs(8), "took {took:?}");
}

#[test]
fn ollama_wire_format() {
    let env = portfolio();
    let reply = json!({"model": "llama3.1", "message": {"role": "assistant", "content": analysis(2.0, &["Netflix"]).to_string()}, "done": true, "done_reason": "stop"});
    let server = answering(200, reply.to_string());
    let (r, _) = run(&env, &server, &[], &["--provider", "ollama"]);
    assert_eq!(r["engine"], "ollama");
    assert_eq!(r["model"], "llama3.1");
    let req = &server.requests()[0];
    assert_eq!(req.path, "/api/chat");
    let body = req.json();
    assert_eq!(body["stream"], false);
    assert!(body["format"]["properties"]["cost_optimization"].is_object());
    assert!(
        req.header("x-goog-api-key").is_none(),
        "the Gemini key goes only to Gemini"
    );
}

#[test]
fn openai_compatible_wire_format() {
    let env = portfolio();
    let reply = json!({"choices": [{"index": 0, "message": {"role": "assistant", "content": analysis(3.0, &["Netflix"]).to_string()}, "finish_reason": "stop"}]});
    let server = answering(200, reply.to_string());
    let (r, _) = run(
        &env,
        &server,
        &[("OPENAI_API_KEY", "sk-local")],
        &["--provider", "openai"],
    );
    assert_eq!(r["engine"], "openai");
    let req = &server.requests()[0];
    assert_eq!(req.path, "/v1/chat/completions");
    assert_eq!(req.header("authorization"), Some("Bearer sk-local"));
    assert_eq!(req.json()["response_format"]["type"], "json_schema");
}

#[test]
fn the_cache_is_served_until_the_data_changes_or_it_expires() {
    let env = portfolio();
    let server = gemini_answering(&analysis(9.99, &["Spotify"]).to_string());
    let (first, _) = run(&env, &server, &[], &[]);
    assert_eq!(first["cached"], false);
    let (second, _) = run(&env, &server, &[], &[]);
    assert_eq!(second["cached"], true);
    assert_eq!(second["engine"], "gemini");
    assert_eq!(server.requests().len(), 1, "served from the cache");
    run(&env, &server, &[], &["--refresh"]);
    assert_eq!(server.requests().len(), 2, "--refresh asks again");
    // Any change to the data invalidates it.
    env.ok(&["log-usage", "spotify"]);
    let (after, _) = run(&env, &server, &[], &[]);
    assert_eq!(after["cached"], false);
    assert_eq!(server.requests().len(), 3);
    env.ok(&["pay", "netflix"]);
    run(&env, &server, &[], &[]);
    assert_eq!(server.requests().len(), 4);
    // And it expires.
    std::thread::sleep(Duration::from_millis(2100));
    let (expired, _) = run(&env, &server, &[("SUBSCRIPTION_CACHE_TIMEOUT", "1")], &[]);
    assert_eq!(expired["cached"], false);
    assert_eq!(server.requests().len(), 5);
}

#[test]
fn the_key_is_never_stored_and_notes_only_go_when_asked() {
    let env = portfolio();
    let server = gemini_answering(&analysis(1.0, &["Spotify"]).to_string());
    run(&env, &server, &[], &[]);
    run(&env, &server, &[], &["--include-notes", "--refresh"]);
    let prompt = server.requests()[1].json()["contents"][0]["parts"][0]["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(prompt.contains("PRIVATE-NOTE") && prompt.contains("private.example"));
    let mut bytes = std::fs::read(&env.db).unwrap();
    bytes.extend(std::fs::read(env.db.with_extension("db-wal")).unwrap_or_default());
    let needle = KEY.as_bytes();
    assert!(
        !bytes.windows(needle.len()).any(|w| w == needle),
        "the key is in the database file"
    );
    let dump = env.dump().join("\n");
    assert!(!dump.contains(KEY));
}

#[test]
fn dry_run_prints_the_exact_body_and_sends_nothing() {
    let env = portfolio();
    let server = answering(500, "{}");
    let (body, _) = run(&env, &server, &[], &["--dry-run"]);
    assert!(server.requests().is_empty());
    assert!(
        body["contents"][0]["parts"][0]["text"]
            .as_str()
            .unwrap()
            .contains("Spotify")
    );
    assert!(body["generationConfig"].is_object());
    let text = env
        .cmd()
        .env("GEMINI_API_KEY", KEY)
        .args(["insights", "--dry-run"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(stdout.contains("POST https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent"));
    assert!(!stdout.contains(KEY));
}

#[test]
fn without_a_key_or_with_ai_off_the_rules_answer() {
    let env = portfolio();
    let out = env.json(&["insights"]);
    assert_eq!(out["engine"], "rules");
    assert_eq!(out["fallback_reason"], "GEMINI_API_KEY is not set");
    let server = answering(500, "{}");
    let (r, _) = run(&env, &server, &[("SUBSCRIPTION_AI_ENABLED", "false")], &[]);
    assert_fallback(&r, "disabled");
    let (r, _) = run(&env, &server, &[], &["--offline"]);
    assert_eq!(r["engine"], "rules");
    assert!(r.get("fallback_reason").is_none());
    assert!(server.requests().is_empty());
    // Plain http to anything but this machine is refused.
    refused_at(&env, "http://example.com", "refusing plain http");
}

#[test]
fn a_redirect_is_not_followed_and_the_key_stays_on_its_host() {
    let env = portfolio();
    // Another host (127.0.0.2) that would answer like Gemini.
    let elsewhere = MockServer::start_on(
        "127.0.0.2",
        vec![Reply::json(200, gemini(r#"{"summary": "from elsewhere"}"#))],
    );
    let server = MockServer::start(vec![Reply::redirect(format!(
        "{}/v1beta/models/x:generateContent",
        elsewhere.url
    ))]);
    let (_, tries) = falls_back(&env, server, &["--refresh"], &["HTTP 302", "redirect"]);
    assert_eq!(tries, 1, "asked once, not retried");
    assert!(
        elsewhere.requests().is_empty(),
        "the key was carried to another host: {:?}",
        elsewhere.requests()
    );
}

/// URLs are parsed: a user name cannot pose as a loopback host.
#[test]
fn a_url_whose_host_hides_behind_a_user_name_is_refused() {
    let env = portfolio();
    let err = env.fails_unchanged(
        &words("config set ai_base_url http://127.0.0.1:x@example.com"),
        2,
    );
    assert!(err.contains("user name or password"), "{err}");
    env.refuses(
        &["config", "set", "ai_model", "gemini?key=1"],
        2,
        "ai_model",
    );
    env.ok(&["config", "set", "ai_base_url", "http://127.0.0.2:9/v1"]);
    // Plain http to a non-loopback host is refused when asking: the rules answer.
    refused_at(
        &env,
        "http://example.com",
        "refusing plain http to example.com",
    );
}

/// The key is removed from what the provider sends back before anything is
/// cut short, shown or cached: no part of it survives.
#[test]
fn no_part_of_the_key_survives_in_messages_answers_or_the_cache() {
    let env = portfolio();
    let piece = &KEY[..8];
    // An error message that echoes the key right where it would be cut.
    let echo = format!(
        r#"{{"error": {{"code": 400, "message": "{}{KEY} is not valid"}}}}"#,
        "x".repeat(190)
    );
    let (r, stderr) = run(&env, &answering(400, echo), &[], &["--refresh"]);
    let text = format!("{r}{stderr}");
    assert!(!text.contains(piece), "{text}");
    assert!(text.contains("[redacted]"), "{text}");
    // An answer that echoes it.
    let answer = format!(
        r#"{{"summary": "Your key {KEY} works.", "insights": [], "recommendations": [], "cost_optimization": {{"potential_monthly_savings": 0, "underutilized_services": [], "duplicate_services": []}}}}"#
    );
    let (r, stderr) = run(&env, &gemini_answering(&answer), &[], &["--refresh"]);
    assert_eq!(r["engine"], "gemini", "{r}");
    assert!(r["summary"].as_str().unwrap().contains("[redacted]"), "{r}");
    assert!(!format!("{r}{stderr}").contains(piece), "{r}");
    let cached = rusqlite::Connection::open(&env.db)
        .unwrap()
        .query_row(
            "SELECT group_concat(report) FROM insight_cache",
            [],
            |row| row.get::<_, Option<String>>(0),
        )
        .unwrap()
        .unwrap_or_default();
    assert!(!cached.contains(piece), "{cached}");
}

/// Free text that talks about a service the user does not have is not
/// trusted; words around a fenced answer are.
#[test]
fn free_text_about_services_you_do_not_have_is_rejected() {
    let env = portfolio();
    let mut made_up = analysis(2.0, &["Spotify"]);
    made_up["summary"] = json!("Drop Spotify and keep Hulu for your shows.");
    let server = gemini_answering(&made_up.to_string());
    let reason = "mentions Hulu, which is not one of your subscriptions";
    falls_back(&env, server, &["--refresh"], &[reason]);
    let mut fine = analysis(2.0, &["Spotify"]);
    fine["recommendations"][0]["description"] = json!("Keep Netflix, cancel Spotify.");
    let chatty =
        format!("Here is the analysis you asked for:\n```json\n{fine}\n```\nHope it helps!");
    let (r, _) = run(&env, &gemini_answering(&chatty), &[], &["--refresh"]);
    assert_eq!(r["engine"], "gemini", "{r}");
}

/// Every way `insights --json` can answer — the rules offline, the rules
/// after a provider failed (with `fallback_reason`), a provider's answer,
/// and that answer again from the cache — validates against the schema.
#[test]
fn every_mode_of_insights_json_fits_its_schema() {
    let schema = crate::schemas::schema("insights");
    let fits = |mode: &str, r: &Value| {
        if let Err(why) = crate::schemas::valid(&schema, r, "$") {
            panic!("{mode}: {why}\n{r}");
        }
    };
    let env = portfolio();
    fits("offline", &env.json(&["insights", "--offline"]));

    let failing = answering(500, r#"{"error":{"code":500,"message":"internal"}}"#);
    let (r, _) = falls_back(&env, failing, &["--refresh"], &["HTTP 500"]);
    fits("fallback", &r);

    let working = gemini_answering(&analysis(9.99, &["Spotify"]).to_string());
    let (r, _) = run(&env, &working, &[], &["--refresh"]);
    assert_eq!(r["engine"], "gemini", "{r}");
    fits("provider", &r);
    let (r, _) = run(&env, &working, &[], &[]);
    assert_eq!(r["cached"], true, "{r}");
    fits("cached", &r);
}
