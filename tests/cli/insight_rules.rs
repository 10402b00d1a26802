//! The rule engine (`insights --offline`) on hand-built portfolios: each
//! rule, its figures, and that savings never exceed spending.

use crate::common::{TestEnv, items, on, words};
use serde_json::Value;

fn insights(env: &TestEnv) -> Value {
    let r = env.json(&["insights", "--offline"]);
    assert_eq!(r["engine"], "rules");
    // Invariants of every answer.
    let spending: f64 = r["summary"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .nth(4)
        .unwrap()
        .parse()
        .unwrap();
    let total: f64 = r["cost_optimization"]["potential_monthly_savings"]
        .as_f64()
        .unwrap();
    assert!(
        total <= spending + 1e-9,
        "savings {total} above spending {spending}"
    );
    // The summary counts the findings, in the right number.
    let n = r["insights"].as_array().unwrap().len();
    let summary = r["summary"].as_str().unwrap();
    let counted = match n {
        0 => "Nothing stands out".to_string(),
        1 => "1 finding;".to_string(),
        n => format!("{n} findings;"),
    };
    assert!(summary.contains(&counted), "{n}: {summary}");
    for i in r["insights"].as_array().unwrap() {
        assert!(
            !i["subscriptions"].as_array().unwrap().is_empty(),
            "every insight names its subscriptions: {i}"
        );
        assert!(i["potential_savings"].as_f64().unwrap() <= spending + 1e-9);
    }
    r
}

#[test]
fn one_subscription_and_one_finding_read_in_the_singular() {
    let env = TestEnv::new();
    env.monthly("Spotify", "11.99").start("2026-08-01").add();
    env.ok(&words("log-usage spotify --count 3 --date 2026-08-01"));
    let r = insights(&env);
    let summary = r["summary"].as_str().unwrap();
    assert!(
        summary.starts_with("1 active subscription costs 11.99 USD a month"),
        "{summary}"
    );
    assert!(summary.contains(" 1 finding;"), "{summary}");
}

fn find<'a>(r: &'a Value, title_part: &str) -> Option<&'a Value> {
    items(&r["insights"]).find(|i| i["title"].as_str().unwrap().contains(title_part))
}

#[test]
fn high_spending_against_the_threshold() {
    let env = TestEnv::new();
    env.add(&["Insurance", "--amount", "80", "--cycle", "monthly"]);
    assert!(
        find(&insights(&env), "High monthly spending").is_none(),
        "80 is under the 100 default"
    );
    env.add(&["Gym", "--amount", "40", "--cycle", "monthly"]);
    let r = insights(&env);
    let i = find(&r, "High monthly spending").expect("120 > 100");
    assert_eq!(i["severity"], "medium");
    assert!(
        i["description"]
            .as_str()
            .unwrap()
            .contains("120.00 USD a month")
    );
    assert_eq!(i["subscriptions"], serde_json::json!(["Insurance", "Gym"]));
    env.ok(&["config", "set", "spending_threshold", "50"]);
    assert_eq!(
        find(&insights(&env), "High monthly spending").unwrap()["severity"],
        "high"
    );
}

#[test]
fn duplicates_by_provider_and_known_bundles() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "15.99", "--cycle", "monthly"]);
    env.monthly("Netflix Kids", "7.99")
        .with("--provider", "netflix")
        .add();
    env.add(&["YouTube Premium", "--amount", "13.99", "--cycle", "monthly"]);
    env.add(&["YouTube Music", "--amount", "10.99", "--cycle", "monthly"]);
    env.add(&["Amazon Prime", "--amount", "139", "--cycle", "yearly"]);
    env.add(&["Prime Video", "--amount", "8.99", "--cycle", "monthly"]);
    let r = insights(&env);
    let dup = find(&r, "Duplicate subscriptions").expect("same provider twice");
    assert_eq!(dup["type"], "duplicate");
    assert_eq!(
        dup["potential_savings"].to_string(),
        "7.99",
        "keep the dearer one, drop the other"
    );
    let yt = find(&r, "YouTube Premium already includes YouTube Music").expect("bundle");
    assert_eq!(yt["potential_savings"].to_string(), "10.99");
    let prime = find(&r, "Amazon Prime already includes Prime Video").expect("bundle");
    assert_eq!(prime["potential_savings"].to_string(), "8.99");
    let dups = r["cost_optimization"]["duplicate_services"]
        .as_array()
        .unwrap();
    assert!(dups.iter().any(|d| d == "YouTube Music") && dups.iter().any(|d| d == "Netflix Kids"));
}

#[test]
fn overlapping_services_of_one_kind() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "15.99", "--cycle", "monthly"]);
    env.add(&["Disney+", "--amount", "7.99", "--cycle", "monthly"]);
    env.add(&["Dropbox", "--amount", "11.99", "--cycle", "monthly"]);
    env.add(&["iCloud+", "--amount", "2.99", "--cycle", "monthly"]);
    env.add(&["Boxing Club", "--amount", "30", "--cycle", "monthly"]);
    let r = insights(&env);
    let video = find(&r, "video streaming").expect("two video services");
    assert_eq!(video["type"], "category");
    assert_eq!(
        video["potential_savings"].to_string(),
        "7.99",
        "at least the cheapest can go"
    );
    let cloud = find(&r, "cloud storage").expect("two cloud storage services");
    assert_eq!(
        cloud["subscriptions"],
        serde_json::json!(["Dropbox", "iCloud+"]),
        "Boxing Club is not Box"
    );
}

#[test]
fn underused_services_and_their_renewals() {
    let first = TestEnv::at("2026-09-01");
    first.monthly("Gym", "40").start("2026-09-01").add();
    first.monthly("Audible", "30").start("2026-09-15").add();
    first.monthly("Kindle", "10").start("2026-09-15").add();
    first.ok(&["log-usage", "gym"]);
    let env = on(&first, "2026-11-26");
    env.ok(&["renew"]);
    for (name, date, count) in [
        ("audible", "2026-09-15", "1"),
        ("audible", "2026-11-20", "1"),
        ("kindle", "2026-09-15", "10"),
        ("kindle", "2026-11-26", "10"),
    ] {
        env.ok(&["log-usage", name, "--date", date, "--count", count]);
    }
    let r = insights(&env);
    // Unused for 86 days and renewing on 12-01: one finding, both reasons.
    let gym = find(&r, "Gym is underused").expect("no use in 86 days");
    let field = |k: &str| gym[k].as_str().unwrap_or_default();
    assert_eq!(
        [
            field("type"),
            field("severity"),
            field("title"),
            field("description"),
            field("action")
        ],
        [
            "usage",
            "high",
            "Gym is underused; renews in 5 days",
            "Gym was last used 86 days ago (2026-09-01), yet costs 40.00 USD a month. \
             Gym renews on 2026-12-01 for 40.00 USD, and you hardly use it.",
            "Pause or cancel Gym if you do not miss it.",
        ]
    );
    assert_eq!(gym["potential_savings"].to_string(), "40.00");
    assert_eq!(gym["subscriptions"], serde_json::json!(["Gym"]));
    // From its start on 09-15 it was charged 3 × 30 (renewal recorded
    // them) and used twice: 45.00 a use, above 10.00.
    let audible = find(&r, "Audible is underused").expect("expensive per use");
    assert_eq!(
        audible["description"],
        "Audible was used 2 times in the 73 days since 2026-09-15: 45.00 USD per use, \
         above your limit of 10.00 USD."
    );
    assert!(
        find(&r, "Kindle is underused").is_none(),
        "4.50 per use is fine"
    );
    let about_gym: Vec<&Value> = items(&r["insights"])
        .filter(|i| i["subscriptions"] == serde_json::json!(["Gym"]))
        .collect();
    assert_eq!(
        about_gym.len(),
        1,
        "one finding per subscription: {about_gym:?}"
    );
    assert_eq!(
        r["cost_optimization"]["underutilized_services"],
        serde_json::json!(["Audible", "Gym"])
    );
}

/// The README's tour: add Spotify, log 3 uses. `usage`, `insights` and the
/// alert generator agree on one cost per use — the day's one charge over
/// the day's uses — and nothing calls it underused on its first day.
#[test]
fn the_readme_tour_has_one_cost_per_use_and_no_finding_on_day_one() {
    let env = TestEnv::new();
    env.add(&words(
        "Spotify --amount 11.99 --cycle monthly --category Music",
    ));
    env.ok(&["log-usage", "spotify", "--count", "3"]);
    let usage = env.json(&["usage"]);
    let s = &usage["summary"][0];
    assert_eq!(
        (
            s["window_cost"].to_string(),
            s["cost_per_use"].to_string(),
            s["cost_since"].as_str(),
            s["cost_days"].as_i64()
        ),
        ("11.99".into(), "4.00".into(), Some("2026-11-26"), Some(1))
    );
    env.run(&["usage"])
        .status(0)
        .stdout_has("\t11.99 USD\t4.00 USD\t2026-11-26\n")
        .stderr("Usage from 2026-10-28 to 2026-11-26.\n`subs usage NAME` lists one subscription's logs.\n");
    let r = insights(&env);
    assert_eq!(r["insights"], serde_json::json!([]), "{r}");
    assert_eq!(
        r["cost_optimization"]["underutilized_services"],
        serde_json::json!([])
    );
    // What the AI would be told: the same figure, and that it is too soon.
    let body = env.json(&["insights", "--dry-run"]);
    let prompt = body.to_string();
    assert!(
        prompt.contains(r#"\"cost_per_use\": 4.00"#)
            && prompt.contains(r#"\"too_new_to_judge\": true"#),
        "{prompt}"
    );
    let v = env.json(&["alerts", "generate"]);
    let usage_alerts: Vec<&Value> = items(&v["alerts"])
        .filter(|a| a["alert_type"] == "usage_limit")
        .collect();
    assert!(usage_alerts.is_empty(), "{usage_alerts:?}");
}

/// Later, the same number everywhere: `usage` over the last 90 days, the
/// insight and the alert all count from the start (10-14), leave the paused
/// days out with the charge that fell in them, and take what was paid for
/// a charge over its scheduled amount.
#[test]
fn usage_insights_and_the_alert_share_one_rule() {
    let start = TestEnv::at("2026-10-14");
    start.monthly("Spotify", "11.99").start("2026-10-14").add();
    start.ok(&["log-usage", "spotify"]);
    // The first charge was a discounted 5.99.
    start.ok(&["pay", "spotify", "--amount", "5.99"]);
    on(&start, "2026-11-10").ok(&["pause", "spotify"]);
    on(&start, "2026-11-20").ok(&["resume", "spotify"]);
    let env = on(&start, "2026-12-20");
    env.ok(&["log-usage", "spotify", "--date", "2026-12-01"]);
    // 10-14..12-20 is 68 days, 10 of them paused (11-10..11-19); charged
    // 5.99 (10-14, paid) + 11.99 (12-14, scheduled): 17.98 over 2 uses.
    let usage = env.json(&["usage", "--since", "2026-09-22"]);
    let s = &usage["summary"][0];
    assert_eq!(
        (
            s["window_cost"].to_string(),
            s["cost_per_use"].to_string(),
            s["cost_since"].as_str(),
            s["cost_days"].as_i64()
        ),
        ("17.98".into(), "8.99".into(), Some("2026-10-14"), Some(58))
    );
    env.ok(&["config", "set", "usage_cost_limit", "8"]);
    let r = insights(&env);
    let i = find(&r, "Spotify is underused").expect("8.99 per use is above 8.00");
    assert_eq!(
        i["description"],
        "Spotify was used 2 times in the 58 days since 2026-10-14: 8.99 USD per use, \
         above your limit of 8.00 USD."
    );
    let v = env.json(&["alerts", "generate"]);
    let usage_alerts: Vec<(&str, &str)> = items(&v["alerts"])
        .filter(|a| a["alert_type"] == "usage_limit")
        .map(|a| (a["title"].as_str().unwrap(), a["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        usage_alerts,
        [(
            "Spotify costs $8.99 per use",
            "You used Spotify 2 times in the 58 days since 2026-10-14: $8.99 per use, \
             above your limit of $8.00."
        )]
    );
}

#[test]
fn monthly_plans_held_over_a_year_are_an_estimate() {
    let env = TestEnv::new();
    env.monthly("Old", "12").start("2025-06-01").add();
    env.monthly("New", "12").start("2026-06-01").add();
    let r = insights(&env);
    let i = find(&r, "Monthly plans held for over a year").unwrap();
    assert_eq!(i["subscriptions"], serde_json::json!(["Old"]));
    assert_eq!(
        i["potential_savings"].to_string(),
        "2.00",
        "two months of twelve"
    );
    assert!(i["description"].as_str().unwrap().contains("estimate"));
}

#[test]
fn long_pauses_and_recent_price_increases() {
    let first = TestEnv::at("2026-08-01");
    first.add(&["Paused", "--amount", "9", "--cycle", "monthly"]);
    first.ok(&["pause", "paused"]);
    first.add(&["Netflix", "--amount", "15.49", "--cycle", "monthly"]);
    let env = on(&first, "2026-11-26");
    env.ok(&["edit", "netflix", "--amount", "17.99"]);
    let r = insights(&env);
    assert!(find(&r, "Paused paused for 117 days").is_some(), "{r}");
    let price = find(&r, "Netflix raised its price").unwrap();
    assert!(
        price["description"]
            .as_str()
            .unwrap()
            .contains("15.49 to 17.99")
    );
    let soon = on(&first, "2026-08-20");
    assert!(
        find(&insights(&soon), "paused for").is_none(),
        "19 days is not long"
    );
}

#[test]
fn a_quiet_portfolio_has_nothing_to_say_and_text_reads_well() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "15.99", "--cycle", "monthly"]);
    let r = insights(&env);
    assert_eq!(r["insights"], serde_json::json!([]));
    assert!(
        r["summary"]
            .as_str()
            .unwrap()
            .contains("Nothing stands out")
    );
    let text = env.ok(&["insights", "--offline"]);
    assert!(text.contains("Answered by the rule engine"), "{text}");
}

#[test]
fn a_saving_named_by_two_insights_counts_once_in_recommendations() {
    // Netflix is underused and renews within a week: two insights, one saving.
    let env = crate::snapshots::portfolio();
    let v = env.json(&["insights", "--offline"]);
    let total: f64 = v["cost_optimization"]["potential_monthly_savings"]
        .as_f64()
        .unwrap();
    for rec in v["recommendations"].as_array().unwrap() {
        let impact = rec["impact"].as_str().unwrap();
        if let Some(rest) = impact.strip_prefix("Up to ") {
            let amount: f64 = rest.split_whitespace().next().unwrap().parse().unwrap();
            assert!(
                amount <= total,
                "{impact} claims more than the {total} that can be saved in all"
            );
        }
    }
    assert!(
        v["summary"]
            .as_str()
            .unwrap()
            .contains("(577.31 USD a year)"),
        "the yearly figure agrees with the dashboard's: {}",
        v["summary"]
    );
    assert_eq!(
        env.json(&["dashboard"])["yearly_cost"].to_string(),
        "577.31"
    );
}
