//! Budgets: overall and per category, in any currency; the dashboard's
//! used/budget line; over_budget once per budget and month, through the
//! notification channels too; insights measure spending against it.

use serde_json::Value;

use crate::common::{TestEnv, items};

fn over_budget(env: &TestEnv) -> Vec<Value> {
    items(&env.json(&["alerts", "list", "--all"]))
        .filter(|a| a["alert_type"] == "over_budget")
        .cloned()
        .collect()
}

/// Budget 100 with three subscriptions at 40: over_budget once that month,
/// not again on the next run, again the next month while still over; a
/// category's budget is its own.
#[test]
fn over_budget_fires_once_per_budget_and_month() {
    let env = TestEnv::at("2027-01-05");
    env.ok(&["category", "add", "Fitness"]);
    env.monthly("Gym", "40").category("Fitness").add();
    env.monthly("Netflix", "40").add();
    env.ok(&["budget", "set", "100"]);
    env.ok(&["budget", "set", "50", "--category", "fitness"]);
    assert!(
        !env.generate_on("2027-01-05").contains("over_budget"),
        "80 of 100 is not over"
    );
    env.monthly("Cloud", "40").add();
    let first = env.generate_on("2027-01-06");
    assert!(
        first.contains(
            "[over_budget] Over budget: Your subscriptions cost $120.00 a month, $20.00 over the budget of $100.00."
        ),
        "{first}"
    );
    assert!(!first.contains("Fitness"), "40 of 50 is not over: {first}");
    assert!(!env.generate_on("2027-01-07").contains("over_budget"));
    assert_eq!(over_budget(&env).len(), 1);
    // The category goes over on its own.
    env.ok(&["edit", "gym", "--amount", "55"]);
    let fitness = env.generate_on("2027-01-08");
    assert!(
        fitness.contains("Over the Fitness budget")
            && fitness.contains("Your Fitness subscriptions cost $55.00 a month, $5.00 over"),
        "{fitness}"
    );
    assert_eq!(over_budget(&env).len(), 2);
    // A new month, still over: once more each.
    env.generate_on("2027-02-01");
    env.generate_on("2027-02-02");
    let all = over_budget(&env);
    assert_eq!(all.len(), 4, "{all:?}");
    assert!(all.iter().all(|a| a["subscription_id"].is_null()));
    // Under again: nothing new.
    env.ok(&["budget", "set", "500"]);
    env.ok(&["budget", "remove", "--category", "fitness"]);
    env.generate_on("2027-03-01");
    assert_eq!(over_budget(&env).len(), 4);
}

/// A budget in another currency than the base: the monthly cost is
/// converted into it; the dashboard shows used / budget and this month's
/// charges.
#[test]
fn budgets_in_their_own_currency_on_the_dashboard() {
    let env = TestEnv::at("2027-01-05");
    env.ok(&["rates", "set", "EUR", "1.10"]);
    env.monthly("Netflix", "60").start("2027-01-05").add();
    env.monthly("Spotify", "11")
        .currency("EUR")
        .start("2026-12-10")
        .add();
    env.ok(&["pay", "netflix"]);
    let set = env.json(&["budget", "set", "100", "--currency", "EUR"]);
    // 60 USD = 54.5454… EUR, plus 11 EUR: 65.55 EUR, 66 %.
    assert_eq!(set["used"].to_string(), "65.55", "{set}");
    assert_eq!(set["percent"].to_string(), "66");
    assert_eq!(set["over"], false);
    assert_eq!(set["charged_this_month"].to_string(), "54.55");
    let d = env.json(&["dashboard"]);
    assert_eq!(d["budgets"][0]["amount"].to_string(), "100.00");
    assert_eq!(d["budgets"][0]["currency"], "EUR");
    let text = env.ok(&["dashboard"]);
    assert!(
        text.contains("Budgets (monthly)")
            && text.contains("65.55 / 100.00 EUR  66%  (charged 54.55 this month)"),
        "{text}"
    );
    // A trial does not count against it.
    env.monthly("Disney+", "50").with("--trial", "1m").add();
    assert_eq!(
        env.json(&["budget", "list"])[0]["used"].to_string(),
        "65.55"
    );
    // Without a rate for the budget's currency, no figure (and no alert).
    env.ok(&["rates", "remove", "EUR"]);
    let list = env.json(&["budget", "list"]);
    assert_eq!(list[0]["used"], Value::Null);
    assert!(env.ok(&["budget", "list"]).contains("no exchange rate"));
}

#[test]
fn budget_mistakes_are_refused_and_change_nothing() {
    let env = TestEnv::at("2027-01-05");
    env.ok(&["budget", "set", "100"]);
    for (args, code) in [
        (&["budget", "set", "-5"][..], 2),
        (&["budget", "set", "abc"], 2),
        (&["budget", "set", "0"], 2),
        (&["budget", "set", "10", "--currency", "EURO"], 2),
        (&["budget", "set", "10", "--category", "nowhere"], 3),
        (&["budget", "remove", "--category", "nowhere"], 3),
    ] {
        let err = env.fails_unchanged(args, code);
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
    }
    env.ok(&["budget", "remove"]);
    env.fails_unchanged(&["budget", "remove"], 3);
    env.run(&["budget", "list"])
        .status(0)
        .stdout("Budget\tMonthly cost\tAmount\tUsed\tCharged\n")
        .stderr("No budgets. Set one with: subs budget set 150\n");
}

/// over_budget reaches the channels like every alert (with no
/// subscription); backups carry budgets (undo: in undo.rs); insights judge
/// spending against the overall budget.
#[test]
fn budgets_travel_notify_and_guide_insights() {
    let env = TestEnv::at("2027-01-05");
    env.monthly("Netflix", "60").add();
    env.monthly("Gym", "70").add();
    let saved = env.alerts_file_channel(&["--types", "over_budget"]);
    env.ok(&["budget", "set", "100"]);
    env.generate_on("2027-01-05");
    let doc: Value = serde_json::from_str(std::fs::read_to_string(&saved).unwrap().trim()).unwrap();
    let alerts = doc["alerts"].as_array().unwrap();
    assert_eq!(alerts.len(), 1, "{doc}");
    assert_eq!(alerts[0]["alert_type"], "over_budget");
    assert_eq!(alerts[0]["severity"], "warning");
    assert!(alerts[0]["subscription_id"].is_null());

    let insights = env.json(&["insights", "--offline"]);
    let high = items(&insights["insights"])
        .find(|i| i["title"] == "High monthly spending")
        .cloned()
        .unwrap_or_else(|| panic!("{insights}"));
    assert!(
        high["description"]
            .as_str()
            .unwrap()
            .contains("above your budget of 100.00 USD"),
        "{high}"
    );

    let backup = env.ok(&["export"]);
    assert!(backup.contains("\"budgets\": ["), "{backup}");
    let path = env.home().join("backup.json");
    std::fs::write(&path, &backup).unwrap();
    let copy = TestEnv::at("2027-01-05");
    copy.ok_with_stderr(
        &["import", path.to_str().unwrap()],
        "warning: channels[0]: channel script (command) was not taken: it decides where \
         subs sends alerts; pass --with-config to take it\n",
    );
    assert_eq!(
        copy.json(&["budget", "list"]),
        env.json(&["budget", "list"])
    );
}
