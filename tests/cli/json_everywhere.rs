//! Every command answers `--json` with exactly one JSON document on stdout.

use crate::common::TestEnv;

#[test]
fn every_command_prints_one_json_document() {
    let env = TestEnv::new();
    let id = env
        .sub("Netflix")
        .amount("15.99")
        .monthly()
        .start("2024-01-31")
        .add();
    let backup = env.home().join("b.json");
    let csv = env.home().join("s.csv");
    let ics = env.home().join("r.ics");
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
        vec!["dashboard"],
        vec!["analytics"],
        vec!["rates", "set", "EUR", "1.1"],
        vec!["rates", "list"],
        vec!["rates", "remove", "EUR"],
        vec!["insights", "--offline"],
        vec!["alerts", "generate"],
        vec!["alerts", "list", "--all"],
        vec!["alerts", "read", "--all"],
        vec!["alerts", "dismiss", "--all"],
        vec!["alerts", "cleanup"],
        vec!["category", "add", "Video"],
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
        vec!["demo"],
    ];
    for args in commands {
        let mut all = vec!["--json"];
        all.extend(&args);
        let out = env.cmd().args(&all).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let parsed: Result<serde_json::Value, _> = serde_json::from_slice(&out.stdout);
        assert!(
            parsed.is_ok(),
            "{args:?} printed no single JSON document: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    env.fails(&["--json", "export", "--format", "csv"], 2);
}
