//! Every command answers `--json` with exactly one JSON document on stdout.

use crate::common::{Succeeds, TestEnv};

#[test]
fn every_command_prints_one_json_document() {
    let env = TestEnv::new();
    let id = env.monthly("Netflix", "15.99").start("2024-01-31").add();
    let backup = env.home().join("b.json");
    let csv = env.home().join("s.csv");
    let ics = env.home().join("r.ics");
    let statement = env.home().join("statement.csv");
    let mut rows = String::from("Date,Payee,Amount,Currency\n");
    for m in 1..=6 {
        rows.push_str(&format!("2026-{m:02}-14,DROPBOX*PLUS,-11.99,USD\n"));
    }
    std::fs::write(&statement, rows).unwrap();
    let statement = statement.to_str().unwrap();
    let commands: Vec<Vec<&str>> = vec![
        vec!["add", "Gym", "--amount", "40", "--cycle", "weekly"],
        vec!["list"],
        vec!["show", &id],
        vec!["edit", "netflix", "--notes", "n"],
        vec!["pause", "gym"],
        vec!["resume", "gym"],
        vec!["pay", "netflix", "--due", "2026-11-30"],
        vec!["payments"],
        vec!["log-usage", "netflix"],
        vec!["usage"],
        vec!["renew"],
        vec!["renew", "--dry-run"],
        vec!["upcoming"],
        vec!["forecast"],
        vec!["dashboard"],
        vec!["analytics"],
        vec!["rates", "set", "EUR", "1.1"],
        vec!["rates", "update", "--replace-manual", "--dry-run"],
        vec!["rates", "list"],
        vec!["rates", "remove", "EUR"],
        vec!["insights", "--offline"],
        vec![
            "notify",
            "add",
            "log",
            "command",
            "--run",
            "cat > /dev/null",
        ],
        vec!["notify", "list"],
        vec!["notify", "enable", "log"],
        vec!["alerts", "generate"],
        vec!["notify", "log"],
        vec!["notify", "test"],
        vec!["notify", "remove", "log"],
        vec!["alerts", "list", "--all"],
        vec!["alerts", "read", "--all"],
        vec!["alerts", "dismiss", "--all"],
        vec!["alerts", "cleanup"],
        vec!["category", "add", "Video"],
        vec!["member", "add", "Alex"],
        vec!["member", "list"],
        vec!["split"],
        vec!["member", "remove", "alex"],
        vec!["card", "add", "Visa 4242", "--expires", "2027-08"],
        vec!["card", "list"],
        vec!["card", "remove", "visa 4242", "--yes"],
        vec!["budget", "set", "100"],
        vec!["budget", "set", "20", "--category", "video"],
        vec!["budget", "list"],
        vec!["budget", "remove", "--category", "video"],
        vec!["category", "list"],
        vec!["category", "edit", "video", "--icon", "tv"],
        vec!["category", "delete", "video", "--yes"],
        vec!["config", "list"],
        vec!["config", "get", "base_currency"],
        vec!["config", "set", "alert_interval", "600"],
        vec!["config", "unset", "alert_interval"],
        vec!["export"],
        vec!["export", "-o", backup.to_str().unwrap()],
        vec!["export", "--format", "csv", "-o", csv.to_str().unwrap()],
        vec!["export", "--format", "ics", "-o", ics.to_str().unwrap()],
        vec!["import", backup.to_str().unwrap(), "--dry-run"],
        vec!["cancel", "gym"],
        vec!["delete", "gym", "--yes"],
        vec!["detect", statement],
        vec!["detect", statement, "--add", "--yes"],
        vec!["reconcile", statement],
        vec!["reconcile", statement, "--apply"],
        vec!["demo"],
        vec!["undo", "--list"],
        vec!["undo"],
        vec!["redo"],
    ];
    let docs = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json.md"),
    )
    .unwrap();
    let mut undocumented = std::collections::BTreeSet::new();
    let ecb = crate::common::mock::MockServer::start(vec![crate::common::mock::Reply::json(
        200,
        std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/ecb/eurofxref-daily.xml"),
        )
        .unwrap(),
    )]);
    for args in commands {
        let mut all = vec!["--json"];
        all.extend(&args);
        let out = env
            .cmd()
            .env("SUBS_RATES_URL", &ecb.url)
            .args(&all)
            .succeeds();
        let parsed: Result<serde_json::Value, _> = serde_json::from_slice(&out.stdout);
        assert!(
            parsed.is_ok(),
            "{args:?} printed no single JSON document: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        // The backup is documented with the backup format, not here.
        if args[0] != "export" {
            for key in keys(&parsed.unwrap()) {
                if !docs.contains(&format!("\"{key}\"")) && !docs.contains(&format!("`{key}`")) {
                    undocumented.insert(format!("{key} ({})", args.join(" ")));
                }
            }
        }
    }
    assert!(
        undocumented.is_empty(),
        "fields missing from docs/json.md: {undocumented:?}"
    );
    env.fails(&["--json", "export", "--format", "csv"], 2);
}

/// Every field name in a document, except the keys of maps keyed by data
/// (currency codes, category names, alert types, payment methods).
fn keys(value: &serde_json::Value) -> Vec<String> {
    const MAPS: &[&str] = &[
        "totals",
        "by_currency",
        "categories",
        "payment_methods",
        "alert_effectiveness",
        "inserted",
        "unchanged",
        "conflicts",
    ];
    let mut out = Vec::new();
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                out.push(key.clone());
                if MAPS.contains(&key.as_str()) {
                    if let serde_json::Value::Object(inner) = child {
                        inner.values().for_each(|v| out.extend(keys(v)));
                    }
                } else {
                    out.extend(keys(child));
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| out.extend(keys(v))),
        _ => {}
    }
    out
}
