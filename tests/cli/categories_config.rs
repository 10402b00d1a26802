//! `subs category` and `subs config`.

use crate::common::{TestEnv, has, items, words};
use serde_json::Value;

#[test]
fn category_add_list_edit_delete() {
    let env = TestEnv::new();
    let v = env.json(&words("category add Entertainment --hex #e50914 --icon tv"));
    assert_eq!(v["name"], "Entertainment");
    assert_eq!(v["color"], "#E50914");
    assert_eq!(v["icon"], "tv");
    assert_eq!(v["subscription_count"], 0);

    env.monthly("Netflix", "15.99")
        .category("entertainment")
        .add();
    let list = env.json(&["category", "list"]);
    assert_eq!(
        list.as_array().unwrap().len(),
        1,
        "matched case-insensitively, not created twice"
    );
    assert_eq!(list[0]["subscription_count"], 1);

    let v = env.json(&words(
        "category edit ENTERTAINMENT --name Streaming --hex #000000",
    ));
    assert_eq!(v["name"], "Streaming");
    assert_eq!(v["color"], "#000000");
    assert_eq!(v["icon"], "tv");
    assert_eq!(env.json(&["show", "netflix"])["category"], "Streaming");

    let text = env.ok(&["category", "list"]);
    has(&text, "Streaming");
    has(&text, "#000000");

    env.fails_unchanged(&["category", "delete", "streaming"], 2);
    let v = env.json(&["category", "delete", "streaming", "--yes"]);
    assert_eq!(v["deleted"]["uncategorised_subscriptions"], 1);
    assert_eq!(env.json(&["show", "netflix"])["category"], Value::Null);
    assert_eq!(env.json(&["category", "list"]), serde_json::json!([]));
}

#[test]
fn a_new_category_is_created_with_defaults_by_add() {
    let env = TestEnv::new();
    env.monthly("Dropbox", "11.99").category("Cloud").add();
    let list = env.json(&["category", "list"]);
    assert_eq!(list[0]["name"], "Cloud");
    assert_eq!(list[0]["color"], "#3B82F6");
    assert_eq!(list[0]["icon"], "circle");
}

#[test]
fn category_errors() {
    let env = TestEnv::new();
    env.ok(&["category", "add", "Music"]);
    env.fails_unchanged(&["category", "edit", "Nope", "--icon", "x"], 3);
    env.fails_unchanged(&["category", "delete", "Nope", "--yes"], 3);
    env.fails_unchanged(&["category", "edit", "music"], 2);
    env.ok(&["category", "add", "Video"]);
    env.refuses(
        &["category", "edit", "video", "--name", "MUSIC"],
        2,
        "already exists",
    );
    // A category colour is `--hex`; the global `--color` only takes auto/always/never.
    let err = env.fails_unchanged(&["list", "--color", "#FFFFFF"], 2);
    assert!(err.contains("--hex"), "{err}");
    assert!(err.contains("--color"), "{err}");
}

#[test]
fn config_list_get_set_unset() {
    let env = TestEnv::new();
    let all = env.json(&["config", "list"]);
    let keys: Vec<&str> = items(&all).map(|v| v["key"].as_str().unwrap()).collect();
    for k in [
        "base_currency",
        "max_subscriptions",
        "alert_interval",
        "ai_enabled",
        "cache_timeout",
    ] {
        assert!(keys.contains(&k), "{keys:?}");
    }
    let v = env.json(&["config", "get", "base_currency"]);
    assert_eq!(v["value"], "USD");
    assert_eq!(v["source"], "default");
    assert_eq!(
        env.ok(&["config", "get", "max_subscriptions"]).trim(),
        "100"
    );

    env.ok(&["config", "set", "base_currency", "eur"]);
    let v = env.json(&["config", "get", "BASE_CURRENCY"]);
    assert_eq!(v["value"], "EUR");
    assert_eq!(v["source"], "database");

    let out = env
        .cmd()
        .env("SUBSCRIPTION_CACHE_TIMEOUT", "60")
        .args(["--json", "config", "get", "cache_timeout"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Values are typed: numbers as numbers, booleans as booleans.
    assert_eq!(v["value"], 60);
    assert_eq!(v["source"], "environment");
    let v = env.json(&["config", "get", "ai_enabled"]);
    assert_eq!(v["value"], true);
    let v = env.json(&["config", "set", "usage_cost_limit", "12.5"]);
    assert_eq!(v["value"].to_string(), "12.50");
    assert_eq!(
        env.ok(&["config", "get", "usage_cost_limit"]).trim(),
        "12.50"
    );

    env.ok(&["config", "unset", "base_currency"]);
    assert_eq!(
        env.json(&["config", "get", "base_currency"])["source"],
        "default"
    );
}
