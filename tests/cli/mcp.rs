//! `subs mcp`: the Model Context Protocol server, driven by the official
//! MCP Python SDK (`tests/mcp/client.py`) as an assistant drives it, on the
//! demo portfolio; what it answers is checked against the command line,
//! and what it writes through the CLI and `undo`.

use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use serde_json::{Value, json};

use crate::common::tool::{needed, runs};
use crate::common::{TestEnv, has_each, items};

/// The SDK, or the test is skipped (fails under CI=true: `.ci/run`
/// installs it).
fn have_sdk() -> bool {
    needed(
        runs("python3", &["-c", "import mcp, jsonschema"]),
        "the MCP Python SDK (pip install mcp)",
    )
}

/// A fresh environment on the demo portfolio (16 subscriptions, a year of
/// payments, usage, alerts, budgets, a shared plan); None (the test is
/// skipped) without the SDK.
fn demo() -> Option<TestEnv> {
    if !have_sdk() {
        return None;
    }
    let mut env = TestEnv::at("2026-11-28");
    env.ok(&["demo"]);
    env.db = env.home().join("data/subs/demo.db");
    Some(env)
}

/// `client.py MODE` against `env`'s database; what it wrote.
#[track_caller]
fn client(env: &TestEnv, mode: &str) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mcp/client.py");
    let out = env.home().join(format!("{mode}.json"));
    let done = env
        .isolated_on_path("python3")
        .arg(&script)
        .arg(mode)
        .arg(assert_cmd::cargo::cargo_bin("subs"))
        .arg(&out)
        .env("NO_COLOR", "1")
        .output()
        .expect("run python3");
    assert!(
        done.status.success(),
        "client.py {mode} failed:\n{}{}",
        String::from_utf8_lossy(&done.stdout),
        String::from_utf8_lossy(&done.stderr)
    );
    serde_json::from_str(&std::fs::read_to_string(&out).expect("the client's answers"))
        .expect("JSON")
}

/// `value` as Python's `json` reads it: every number a float (15.10 and
/// 15.1 alike). The wire keeps the exact digits (see the plain JSON-RPC
/// test below); the SDK's client does not.
fn numbers_as_floats(value: &Value) -> Value {
    match value {
        Value::Number(n) => n.as_f64().map_or(Value::Null, |f| {
            if f.fract() == 0.0 && f.abs() < 1e15 && !n.to_string().contains('.') {
                json!(f as i64)
            } else {
                json!(f)
            }
        }),
        Value::Array(a) => Value::Array(a.iter().map(numbers_as_floats).collect()),
        Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, v)| (k.clone(), numbers_as_floats(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[test]
fn every_read_tool_answers_what_its_command_prints_and_its_schema_describes() {
    let Some(env) = demo() else {
        return;
    };
    let before = env.dump();
    let got = numbers_as_floats(&client(&env, "reads"));
    // The same views as the commands: structured content is `--json`'s
    // document (an array wrapped in one field).
    let same = [
        ("dashboard", vec!["dashboard"]),
        ("upcoming", vec!["upcoming", "--days", "30"]),
        ("forecast", vec!["forecast", "--months", "6"]),
        ("analytics", vec!["analytics", "--months", "3"]),
        ("show_subscription", vec!["show", "netflix"]),
        ("payments", vec!["payments", "netflix"]),
        ("usage", vec!["usage"]),
        ("split", vec!["split"]),
    ];
    let cli = |args: &[&str]| numbers_as_floats(&env.json(args));
    for (tool, args) in same {
        assert_eq!(got[tool]["structured"], cli(&args), "{tool}");
    }
    let list = cli(&["list", "--status", "all", "--sort", "name"]);
    assert_eq!(
        got["list_subscriptions"]["structured"],
        json!({ "subscriptions": list })
    );
    assert_eq!(
        got["alerts"]["structured"],
        json!({ "alerts": cli(&["alerts", "list", "--all"]) })
    );
    assert_eq!(
        got["budgets"]["structured"],
        json!({ "budgets": cli(&["budget", "list"]) })
    );
    assert_eq!(got["insights"]["structured"]["engine"], "rules");
    // The text is what a pipe gets: the table, tab-separated.
    let text = got["upcoming"]["text"].as_str().unwrap();
    assert_eq!(text.lines().next(), env.ok(&["upcoming"]).lines().next());
    assert_eq!(got["resource_dashboard"], cli(&["dashboard"]));
    assert_eq!(got["resource_netflix"], cli(&["show", "netflix"]));
    let prompt = got["prompt"].as_str().unwrap();
    has_each(
        prompt,
        &["upcoming", "usage", "budgets", "Do not change anything"],
    );
    // Without --allow-writes a write tool is an error that says why.
    for (tool, error) in got["refused"].as_object().unwrap() {
        assert_eq!(error["kind"], "invalid_input", "{tool}");
        assert_eq!(error["code"], 2);
        let message = error["message"].as_str().unwrap();
        assert!(message.contains("subs mcp --allow-writes"), "{message}");
    }
    assert_eq!(got["refused"].as_object().unwrap().len(), 8);
    assert_eq!(env.dump(), before, "reads change nothing");
}

#[test]
fn each_write_is_one_undo_step_named_after_the_tool_and_its_arguments() {
    let Some(env) = demo() else {
        return;
    };
    let before = env.json(&["list", "--status", "all"]);
    let steps = client(&env, "writes");
    let id = steps[0]["structured"]["subscription_id"]
        .as_str()
        .unwrap()
        .to_string();
    // What the CLI sees: added, paid, re-priced, ending with its period.
    let gym = env.json(&["show", &id]);
    assert_eq!(gym["name"], "Climbing Gym");
    assert_eq!(gym["category"], "Health");
    assert_eq!(gym["amount"].to_string(), "42.00");
    assert_eq!(gym["end_date"], "2026-12-27");
    assert_eq!(gym["notes"], "bouldering");
    let paid = env.json(&["payments", &id]);
    assert_eq!(items(&paid["payments"]).count(), 1);
    assert_eq!(paid["payments"][0]["amount"].to_string(), "39.50");
    assert_eq!(
        steps[1]["structured"]["payment"]["amount"].as_f64(),
        Some(39.5)
    );
    // Four steps, newest first, each as the tool was called, over the demo's.
    let journal = env.json(&["undo", "--list"]);
    let lines: Vec<&str> = items(&journal)
        .map(|s| s["command"].as_str().unwrap())
        .collect();
    assert_eq!(
        lines,
        [
            r#"mcp: cancel {"subscription":"Climbing","at_period_end":true}"#,
            r#"mcp: edit_subscription {"subscription":"climbing gym","amount":"42.00"}"#,
            r#"mcp: pay {"subscription":"climbing","amount":"39.50"}"#,
            r#"mcp: add_subscription {"name":"Climbing Gym","amount":39.5,"cycle":"monthly","category":"Health","notes":"bouldering"}"#,
            "subs demo",
        ]
    );
    // Each undone in turn, and the portfolio is as before.
    env.ok(&["undo", "--yes"]);
    assert!(env.json(&["show", &id])["end_date"].is_null());
    env.ok(&["undo", "--yes"]);
    assert_eq!(env.json(&["show", &id])["amount"].to_string(), "39.50");
    env.ok(&["undo", "--yes"]);
    assert_eq!(items(&env.json(&["payments", &id])["payments"]).count(), 0);
    env.ok(&["undo", "--yes"]);
    env.fails(&["show", &id], 3);
    assert_eq!(env.json(&["list", "--status", "all"]), before);
}

/// Cancelling a contract answers with the command's own sentence, the
/// notice deadline it missed included.
#[test]
fn cancel_answers_as_the_command_does_missed_notice_included() {
    let Some(mut env) = demo() else {
        return;
    };
    env.ok(&[
        "add",
        "Phone Plan",
        "--amount",
        "20",
        "--cycle",
        "monthly",
        "--start",
        "2025-12-15",
        "--term",
        "12m",
        "--notice",
        "30d",
    ]);
    let mcp_db = env.db.clone();
    env.db = env.home().join("copy.db");
    std::fs::copy(&mcp_db, &env.db).expect("copy the database");
    let cli = env.ok(&["cancel", "Phone Plan"]);
    env.db = mcp_db;
    let got = client(&env, "cancel_contract");
    let text = got["text"].as_str().unwrap_or_default();
    let sentence = cli.trim_end();
    assert!(
        sentence.contains("(notice for the term ending 2026-12-14 was due by 2026-11-14)"),
        "{sentence}"
    );
    assert_eq!(
        text.split_once("\nTo take this back").map(|(a, _)| a),
        Some(sentence),
        "{text}"
    );
}

#[test]
fn hostile_requests_leave_the_server_responsive_and_the_database_unchanged() {
    let Some(env) = demo() else {
        return;
    };
    let before = env.dump();
    let got = client(&env, "hostile");
    assert_eq!(env.dump(), before, "nothing changed");
    let errors = got["errors"].as_array().unwrap();
    let kind = |i: usize| errors[i]["kind"].as_str().unwrap();
    assert_eq!(kind(0), "not_found", "an unknown tool");
    for error in &errors[1..] {
        let kind = error["kind"].as_str().unwrap();
        assert!(["invalid_input", "not_found"].contains(&kind), "{error}");
    }
    let message = |i: usize| errors[i]["message"].as_str().unwrap();
    assert_eq!(
        message(3),
        "unknown argument \"colour\" for list_subscriptions; it takes status, category, sort, mine"
    );
    // A name with control characters is quoted escaped, never raw.
    assert!(message(11).starts_with("no subscription matches \"\\u{1b}]0;pwned"));
    assert!(!message(11).contains('\u{1b}'));
    // The commands' flags are named as the tool's arguments.
    let of = |tool: &str| {
        errors
            .iter()
            .find(|e| e["tool"] == tool)
            .map(|e| e["message"].as_str().unwrap())
            .unwrap()
    };
    assert_eq!(
        of("payments"),
        "invalid since \"2026-13-45\": no such day in the calendar"
    );
    // References resolve as on the command line, did-you-mean included.
    assert_eq!(
        errors.last().unwrap()["message"],
        "no subscription matches \"netflx\"; did you mean \"Netflix\"? (`subs list --status all` shows every name and id)"
    );
    // Garbage on the wire is skipped or refused; the server goes on.
    let raw = &got["raw"];
    assert_eq!(raw["status"], 0);
    for id in ["2", "3", "4", "5"] {
        assert!(raw["replies"][id]["error"].is_object(), "{id}: {raw}");
    }
    assert_eq!(raw["replies"]["5"]["error"]["data"]["kind"], "not_found");
}

/// The server holds no transaction between calls: `subs add` and cron's
/// `alerts generate` run while it serves, and its next call sees them.
#[test]
fn commands_and_cron_run_beside_the_server_and_it_sees_what_they_commit() {
    let Some(env) = demo() else {
        return;
    };
    let got = client(&env, "concurrent");
    assert_eq!(got["after"], 17);
    assert_eq!(got["before"], 16);
    assert_eq!(
        got["alerts"].as_u64(),
        Some(env.json(&["alerts", "list"]).as_array().unwrap().len() as u64)
    );
    assert_eq!(
        env.json(&["show", "terminal sub"])["amount"].to_string(),
        "5.00"
    );
}

/// Without a client (stdin closed at once) there is nothing to serve:
/// exit 0, nothing printed, no database made.
#[test]
fn with_stdin_closed_the_server_exits_quietly() {
    let env = TestEnv::new();
    env.cmd()
        .args(["mcp", "--allow-writes"])
        .write_stdin("")
        .assert()
        .success()
        .stdout("")
        .stderr("");
    assert!(!env.db.exists());
}

/// The handshake and the tool list in plain JSON-RPC, without the SDK:
/// stdout carries protocol messages only, and a read-only server lists no
/// write tool.
#[test]
fn the_handshake_and_tool_list_are_plain_json_rpc_on_stdout() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "15.90", "--cycle", "monthly"]);
    let mut child = env
        .std_cmd()
        .arg("mcp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let requests = [
        json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-06-18", "capabilities": {},
            "clientInfo": {"name": "test", "version": "0"}}}),
        json!({"jsonrpc": "2.0", "method": "notifications/initialized"}),
        json!({"jsonrpc": "2.0", "id": 2, "method": "tools/list"}),
        json!({"jsonrpc": "2.0", "id": 3, "method": "tools/call",
               "params": {"name": "list_subscriptions", "arguments": {}}}),
    ];
    let mut stdin = child.stdin.take().unwrap();
    for request in &requests {
        writeln!(stdin, "{request}").unwrap();
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    let stdout = String::from_utf8(out.stdout).unwrap();
    // Money keeps its exact digits on the wire.
    assert!(stdout.contains(r#""amount":15.90,"#), "{stdout}");
    let replies: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("every stdout line is a JSON-RPC message"))
        .collect();
    let reply = |id: i64| replies.iter().find(|r| r["id"] == id).unwrap();
    assert_eq!(reply(1)["result"]["serverInfo"]["name"], "subs");
    let tools: Vec<&str> = items(&reply(2)["result"]["tools"])
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(tools.len(), 12, "{tools:?}");
    assert!(!tools.contains(&"pay") && tools.contains(&"list_subscriptions"));
    for tool in items(&reply(2)["result"]["tools"]) {
        assert_eq!(tool["annotations"]["readOnlyHint"], true, "{tool}");
    }
    let listed = &reply(3)["result"];
    assert_eq!(
        listed["structuredContent"],
        json!({ "subscriptions": env.json(&["list"]) })
    );
    assert_eq!(listed["isError"], false);
    let text = listed["content"][0]["text"].as_str().unwrap();
    assert!(text.starts_with("Name\tAmount\tCycle"), "{text}");
}

/// The README's configuration is valid JSON naming this command, and the
/// server it starts runs.
#[test]
fn the_readmes_configuration_starts_this_server() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme
        .split("## Use subs from an assistant")
        .nth(1)
        .expect("the README's assistant section");
    let block = section
        .split("```json\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("its configuration");
    let config: Value = serde_json::from_str(block).expect("valid JSON");
    let server = &config["mcpServers"]["subs"];
    assert_eq!(server, &json!({"command": "subs", "args": ["mcp"]}));
    let args: Vec<&str> = items(&server["args"])
        .map(|a| a.as_str().unwrap())
        .collect();
    let env = TestEnv::new();
    env.cmd().args(&args).write_stdin("").assert().success();
}
