//! Free trials and contracts: the first charge after a trial, totals that
//! leave trials out, cancel-by dates, their alerts, and everything that
//! carries them (show, dashboard, upcoming, ICS, CSV, backups).

use serde_json::Value;

use crate::common::fixtures::gym_contract;
use crate::common::{TestEnv, has, items, words};

fn alerts_of(env: &TestEnv, kind: &str) -> Vec<Value> {
    items(&env.json(&["alerts", "list", "--all"]))
        .filter(|a| a["alert_type"] == kind)
        .cloned()
        .collect()
}

fn payments_of(env: &TestEnv, name: &str) -> Vec<Value> {
    env.json(&["payments", name])["payments"]
        .as_array()
        .unwrap()
        .to_vec()
}

/// A trial from 2027-01-03 until 2027-01-10: nothing charged and nothing in
/// the totals during it, one trial_ending alert three days before its end
/// (and no separate renewal reminder), the first charge on 2027-01-11 by
/// auto-renewal, then in the totals.
#[test]
fn a_trial_is_free_until_it_ends_then_bills_the_day_after() {
    let env = TestEnv::at("2027-01-03");
    env.monthly("Netflix", "10").add();
    let id = env
        .monthly("Disney+", "13.99")
        .with("--trial-until", "2027-01-10")
        .add();
    let s = env.json(&["show", &id]);
    assert_eq!(s["trial_until"], "2027-01-10");
    assert_eq!(s["in_trial"], true);
    assert_eq!(s["next_billing_date"], "2027-01-11");
    assert_eq!(s["start_date"], "2027-01-03");

    let d = env.json(&["dashboard"]);
    assert_eq!(d["monthly_cost"].to_string(), "10.00", "{d}");
    assert_eq!(d["trials"][0]["name"], "Disney+");
    assert_eq!(d["trials"][0]["first_charge"], "2027-01-11");
    assert_eq!(d["trials"][0]["amount"].to_string(), "13.99");
    let text = env.ok(&["dashboard"]);
    assert!(
        text.contains("Trials (not in the totals yet)")
            && text.contains("free until 2027-01-10, then 13.99 USD monthly from 2027-01-11"),
        "{text}"
    );
    // The list's total leaves it out too.
    env.run(&["list"])
        .status(0)
        .stderr_has("Monthly cost of active subscriptions: 10.00 USD\n");
    let up = env.json(&["upcoming", "--days", "10"]);
    assert_eq!(up["deadlines"][0]["kind"], "trial_ends");
    assert_eq!(up["deadlines"][0]["date"], "2027-01-10");
    assert_eq!(up["deadlines"][0]["then"], "2027-01-11");

    env.daily_runs("2027-01-03", "2027-01-12");
    let trial = alerts_of(&env, "trial_ending");
    assert_eq!(trial.len(), 1, "{trial:?}");
    assert_eq!(trial[0]["alert_date"], "2027-01-07", "reminder_days 3");
    assert_eq!(
        trial[0]["message"],
        "Disney+ trial ends 2027-01-10: cancel by then or pay $13.99 on 2027-01-11."
    );
    let reminders: Vec<Value> = alerts_of(&env, "renewal_reminder")
        .into_iter()
        .filter(|a| a["subscription_id"] == id.as_str())
        .collect();
    assert!(reminders.is_empty(), "trial_ending says it: {reminders:?}");

    let paid = payments_of(&env, &id);
    assert_eq!(paid.len(), 1, "{paid:?}");
    assert_eq!(paid[0]["due_date"], "2027-01-11");
    assert_eq!(paid[0]["amount"].to_string(), "13.99");
    let after = env.json_on("2027-01-12", &["dashboard"]);
    assert_eq!(after["monthly_cost"].to_string(), "23.99");
    assert_eq!(after["trials"], serde_json::json!([]));
    assert_eq!(env.json_on("2027-01-12", &["show", &id])["in_trial"], false);
}

#[test]
fn cancelling_during_a_trial_records_no_payment_ever() {
    let env = TestEnv::at("2027-01-03");
    let id = env
        .monthly("Disney+", "13.99")
        .with("--trial-until", "2027-01-10")
        .add();
    env.daily_runs("2027-01-03", "2027-01-08");
    env.cmd()
        .env("SUBS_TODAY", "2027-01-09")
        .args(["cancel", "disney"])
        .assert()
        .success();
    env.daily_runs("2027-01-09", "2027-02-20");
    assert!(payments_of(&env, &id).is_empty());
    assert_eq!(env.json(&["show", &id])["status"], "cancelled");
}

/// `--trial 7d` from Jan 3 bills Jan 10; a trial cannot start a
/// subscription that was already paid; bad lengths are refused.
#[test]
fn trial_lengths_and_their_mistakes() {
    let env = TestEnv::at("2027-01-03");
    env.monthly("Max", "9.99").with("--trial", "7d").add();
    let s = env.json(&["show", "max"]);
    assert_eq!(s["trial_until"], "2027-01-09");
    assert_eq!(s["next_billing_date"], "2027-01-10");
    env.monthly("Tidal", "11")
        .with("--trial", "1m")
        .start("2027-01-31")
        .add();
    assert_eq!(
        env.json(&["show", "tidal"])["next_billing_date"],
        "2027-02-28",
        "a month from Jan 31 is Feb 28"
    );
    env.monthly("Netflix", "10").add();
    env.ok(&["pay", "netflix"]);
    for bad in [
        &[
            "add", "A", "--amount", "5", "--cycle", "monthly", "--trial", "0d",
        ][..],
        &[
            "add", "A", "--amount", "5", "--cycle", "monthly", "--trial", "7x",
        ],
        &words("add A --amount 5 --cycle monthly --trial-until 2027-01-02"),
        &words("add A --amount 5 --cycle monthly --trial 1m --end 2027-01-20"),
        &["edit", "netflix", "--trial", "7d"],
    ] {
        let err = env.fails_unchanged(bad, 2);
        assert_eq!(err.trim().lines().count(), 1, "{bad:?}: {err}");
    }
    // Flags that contradict each other (clap's message, with usage).
    for clash in [
        &words("add A --amount 5 --cycle monthly --trial 7d --next 2027-02-01")[..],
        &words("add A --amount 5 --cycle monthly --trial 7d --trial-until 2027-01-05"),
    ] {
        let err = env.fails_unchanged(clash, 2);
        assert!(err.contains("cannot be used with"), "{clash:?}: {err}");
    }
    // Before any payment, edit can add a trial; the first charge moves.
    env.monthly("Hulu", "8").add();
    env.ok(&["edit", "hulu", "--trial", "2w"]);
    assert_eq!(
        env.json(&["show", "hulu"])["next_billing_date"],
        "2027-01-17"
    );
}

/// The worked example: 12 months with 30 days' notice from 2026-03-01. The
/// term ends 2027-02-28 (the day before 2027-03-01); the last day to give
/// notice is 2027-01-29 (term end − 30 days); once it passes, the next
/// deadline is the extended term's: it ends 2028-02-29, so 2028-01-30.
#[test]
fn a_contract_with_notice_has_a_cancel_by_date_that_rolls_forward() {
    let env = TestEnv::at("2026-11-26");
    let id = gym_contract(&env).add();
    let s = env.json(&["show", &id]);
    assert_eq!(s["term"], "12m");
    assert_eq!(s["notice"], "30d");
    assert_eq!(s["extends_by"], Value::Null);
    assert_eq!(s["term_ends"], "2027-02-28");
    assert_eq!(s["cancel_by"], "2027-01-29");
    let text = env.ok(&["show", &id]);
    assert!(
        text.contains("12m minimum term, 30d notice, then extends by the term")
            && text.contains("2027-01-29 (in 64 days) to end it on 2027-02-28"),
        "{text}"
    );
    assert_eq!(
        env.json(&["list"])[0]["cancel_by"],
        "2027-01-29",
        "list --json carries it"
    );
    // Not on the dashboard until it is 30 days away.
    assert_eq!(env.json(&["dashboard"])["cancel_by"], serde_json::json!([]));
    let d = env.json_on("2027-01-10", &["dashboard"]);
    assert_eq!(d["cancel_by"][0]["cancel_by"], "2027-01-29");
    assert_eq!(d["cancel_by"][0]["days_until"], 19);
    let up = env.json_on("2027-01-10", &["upcoming", "--days", "30"]);
    assert_eq!(up["deadlines"][0]["kind"], "cancel_by");
    assert_eq!(up["deadlines"][0]["then"], "2027-02-28");

    env.daily_runs("2027-01-20", "2027-01-31");
    let deadline = alerts_of(&env, "cancellation_deadline");
    assert_eq!(deadline.len(), 1, "{deadline:?}");
    assert_eq!(deadline[0]["alert_date"], "2027-01-26");
    assert_eq!(deadline[0]["title"], "Cancel Gym by 2027-01-29");

    let next = env.json_on("2027-01-30", &["show", &id]);
    assert_eq!(next["term_ends"], "2028-02-29");
    assert_eq!(next["cancel_by"], "2028-01-30");
}

#[test]
fn month_end_and_leap_day_contracts() {
    let env = TestEnv::at("2026-02-10");
    env.monthly("Phone", "20")
        .start("2026-01-31")
        .with("--term", "1m")
        .with("--notice", "7d")
        .add();
    let s = env.json(&["show", "phone"]);
    // Jan 31 + 1 month is Feb 28: the term ends the day before.
    assert_eq!(s["term_ends"], "2026-02-27");
    assert_eq!(s["cancel_by"], "2026-02-20");
    let env = TestEnv::at("2024-12-01");
    env.yearly("Insurance", "300")
        .start("2024-02-29")
        .with("--term", "1y")
        .with("--notice", "1m")
        .with("--extends-by", "1m")
        .add();
    let s = env.json(&["show", "insurance"]);
    assert_eq!(s["term"], "12m");
    assert_eq!(s["extends_by"], "1m");
    assert_eq!(s["term_ends"], "2025-02-27");
    assert_eq!(s["cancel_by"], "2025-01-27");
    // After that deadline, monthly extensions: the next term ends a month on.
    let later = env.json_on("2025-01-28", &["show", "insurance"]);
    assert_eq!(later["term_ends"], "2025-03-28");
    assert_eq!(later["cancel_by"], "2025-02-28");
}

/// `cancel` under contract ends it with the term the notice reaches and
/// says until when it still bills.
#[test]
fn cancelling_a_contract_says_until_when_it_bills() {
    let env = TestEnv::at("2027-01-10");
    let id = gym_contract(&env).add();
    let out = env.ok(&["cancel", "gym"]);
    has(
        &out,
        "Gym is under contract: with notice given today it ends on 2027-02-28, and it still bills until then",
    );
    let s = env.json(&["show", &id]);
    assert_eq!(s["status"], "active");
    assert_eq!(s["end_date"], "2027-02-28");
    // No deadline alert for a contract already ending.
    env.daily_runs("2027-01-10", "2027-01-29");
    assert!(alerts_of(&env, "cancellation_deadline").is_empty());

    let late = TestEnv::at("2027-02-01");
    gym_contract(&late).add();
    let out = late.ok(&["cancel", "gym"]);
    assert!(
        out.contains("it ends on 2028-02-29")
            && out.contains("notice for the term ending 2027-02-28 was due by 2027-01-29"),
        "{out}"
    );
    // An explicit day is the user's word.
    let env = TestEnv::at("2027-01-10");
    env.monthly("Gym", "39")
        .start("2026-03-01")
        .with("--term", "12m")
        .add();
    env.ok(&["cancel", "gym", "--at", "2027-01-10"]);
    assert_eq!(env.json(&["show", "gym"])["status"], "cancelled");
}

#[test]
fn contract_mistakes_are_refused_and_change_nothing() {
    let env = TestEnv::at("2026-11-26");
    env.monthly("Gym", "39").add();
    for bad in [
        &[
            "add", "A", "--amount", "5", "--cycle", "monthly", "--notice", "30d",
        ][..],
        &[
            "add", "A", "--amount", "5", "--cycle", "monthly", "--term", "30d",
        ],
        &[
            "add", "A", "--amount", "5", "--cycle", "monthly", "--term", "11y",
        ],
        &[
            "add", "A", "--amount", "5", "--cycle", "monthly", "--term", "1y", "--notice", "1000d",
        ],
        &words("add A --amount 5 --cycle monthly --term 1y --extends-by 2w"),
        &["edit", "gym", "--extends-by", "1m"],
    ] {
        let err = env.fails_unchanged(bad, 2);
        assert_eq!(err.trim().lines().count(), 1, "{bad:?}: {err}");
    }
    env.ok(&["edit", "gym", "--term", "24m", "--notice", "1m"]);
    assert_eq!(env.json(&["show", "gym"])["term"], "24m");
    // Changing the term keeps the notice; "none" removes the contract.
    env.ok(&["edit", "gym", "--term", "12m"]);
    assert_eq!(env.json(&["show", "gym"])["notice"], "1m");
    env.fails_unchanged(&["edit", "gym", "--term", "none", "--notice", "7d"], 2);
    env.ok(&["edit", "gym", "--term", "none"]);
    let s = env.json(&["show", "gym"]);
    assert_eq!(s["term"], Value::Null);
    assert_eq!(s["notice"], Value::Null);
    assert_eq!(s["cancel_by"], Value::Null);
}

/// Backups, CSV and the calendar carry trials and contracts (undo of plan
/// changes is in undo.rs).
#[test]
fn trials_and_contracts_travel_in_backups_csv_and_ics() {
    let env = TestEnv::at("2027-01-03");
    env.monthly("Disney+", "13.99")
        .with("--trial-until", "2027-01-10")
        .add();
    gym_contract(&env).with("--extends-by", "1m").add();
    let backup = env.ok(&["export"]);
    has(&backup, "\"trial_until\":\"2027-01-10\"");
    assert!(backup.contains("\"notice\":\"30d\""), "{backup}");
    let (copy, _) = env.round_trip("2027-01-03");
    assert_eq!(copy.json(&["show", "gym"]), env.json(&["show", "gym"]));

    let csv = env.ok(&["export", "--format", "csv"]);
    let header = csv.lines().next().unwrap();
    for column in [
        "trial_until",
        "in_trial",
        "term",
        "notice",
        "extends_by",
        "cancel_by",
    ] {
        assert!(header.split(',').any(|h| h == column), "{column}: {header}");
    }
    let csv_path = env.home().join("subs.csv");
    std::fs::write(&csv_path, &csv).unwrap();
    let from_csv = TestEnv::at("2027-01-03");
    from_csv.ok(&["import", csv_path.to_str().unwrap()]);
    let gym = from_csv.json(&["show", "gym"]);
    assert_eq!(gym["cancel_by"], "2027-01-29");
    assert_eq!(gym["extends_by"], "1m");
    assert_eq!(from_csv.json(&["show", "disney"])["in_trial"], true);

    let ics = env.ok(&["export", "--format", "ics"]);
    let events: Vec<&str> = ics.split("BEGIN:VEVENT").skip(1).collect();
    let trial = events
        .iter()
        .find(|e| e.contains("SUMMARY:Disney+ trial ends"))
        .expect("a trial event");
    assert!(trial.contains("DTSTART;VALUE=DATE:20270110"), "{trial}");
    assert!(trial.contains("BEGIN:VALARM") && trial.contains("TRIGGER:-P3D"));
    let deadline = events
        .iter()
        .find(|e| e.contains("SUMMARY:Last day to cancel Gym"))
        .expect("a cancel-by event");
    has(deadline, "DTSTART;VALUE=DATE:20270129");
    assert!(deadline.contains("BEGIN:VALARM"));
}

/// Insights point at a trial ending within a week that is hardly used.
#[test]
fn insights_name_an_underused_trial_ending_this_week() {
    let env = TestEnv::at("2027-01-06");
    env.monthly("Disney+", "13.99")
        .start("2027-01-01")
        .with("--trial-until", "2027-01-10")
        .add();
    env.monthly("Max", "9.99")
        .start("2027-01-01")
        .with("--trial-until", "2027-01-10")
        .add();
    env.ok(&["log-usage", "max", "--date", "2027-01-05"]);
    let out = env.json(&["insights", "--offline"]);
    let insights = out["insights"].as_array().unwrap();
    let trial: Vec<&Value> = insights
        .iter()
        .filter(|i| i["title"].as_str().unwrap().contains("trial ends"))
        .collect();
    assert_eq!(trial.len(), 1, "{insights:?}");
    assert_eq!(trial[0]["title"], "Disney+ trial ends in 4 days");
    assert!(
        trial[0]["description"]
            .as_str()
            .unwrap()
            .contains("you have not logged any use"),
        "{}",
        trial[0]
    );
}
