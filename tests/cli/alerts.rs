//! `subs alerts`: the cron-safe generator and alert management.

use crate::common::{Succeeds, TestEnv, has, items, words};
use serde_json::Value;

/// A database, and the ability to run subs on it as of any day.
struct Timeline {
    env: TestEnv,
}

impl Timeline {
    fn new() -> Timeline {
        Timeline {
            env: TestEnv::at("2026-11-01"),
        }
    }

    fn on(&self, today: &str) -> TestEnv {
        crate::common::on(&self.env, today)
    }

    /// Runs `alerts generate --json` on `today`; returns the new alerts.
    fn generate(&self, today: &str) -> Vec<Value> {
        let v = self.on(today).json(&["alerts", "generate"]);
        v["alerts"].as_array().unwrap().clone()
    }

    fn count(&self, alert_type: &str) -> i64 {
        self.env.sql_count(&format!(
            "SELECT count(*) FROM alert WHERE alert_type = '{alert_type}'"
        ))
    }
}

fn titles(alerts: &[Value]) -> Vec<String> {
    alerts
        .iter()
        .map(|a| a["title"].as_str().unwrap().to_string())
        .collect()
}

/// (reminder_days, the day before the window opens, the first day of the window, its title)
const WINDOWS: [(&str, &str, &str, &str); 4] = [
    ("0", "2026-12-09", "2026-12-10", "today"),
    ("1", "2026-12-08", "2026-12-09", "tomorrow"),
    ("3", "2026-12-06", "2026-12-07", "in 3 days"),
    ("30", "2026-11-09", "2026-11-10", "in 30 days"),
];

#[test]
fn renewal_reminders_honour_each_subscriptions_window() {
    for (days, before, first, when) in WINDOWS {
        let t = Timeline::new();
        t.env
            .monthly("Netflix", "15.99")
            .start("2026-12-10")
            .with("--reminder-days", days)
            .add();
        assert!(
            t.generate(before).is_empty(),
            "reminder_days {days}: nothing on {before}"
        );
        let raised = t.generate(first);
        assert_eq!(
            titles(&raised),
            [format!("Netflix renews {when}")],
            "reminder_days {days} on {first}"
        );
        assert_eq!(raised[0]["alert_type"], "renewal_reminder");
        assert!(raised[0]["message"].as_str().unwrap().contains("$15.99"));
        assert!(
            raised[0]["message"]
                .as_str()
                .unwrap()
                .contains("2026-12-10")
        );
        // Later days in the same window raise nothing more for this occurrence.
        assert!(
            t.generate("2026-12-10").is_empty(),
            "reminder_days {days}: once per occurrence"
        );
        assert_eq!(t.count("renewal_reminder"), 1);
    }
}

#[test]
fn payment_due_within_the_window_and_when_overdue() {
    for (days, before, first, when) in WINDOWS {
        let t = Timeline::new();
        t.env
            .sub("Gym")
            .amount("40")
            .currency("EUR")
            .monthly()
            .start("2026-12-10")
            .with("--auto-renew", "false")
            .with("--reminder-days", days)
            .add();
        assert!(t.generate(before).is_empty(), "reminder_days {days}");
        let raised = t.generate(first);
        assert_eq!(
            titles(&raised),
            [format!("Gym payment due {when}")],
            "reminder_days {days}"
        );
        assert!(raised[0]["message"].as_str().unwrap().contains("€40.00"));
        // Not paid: once the date has passed it is overdue, said once, with the days.
        let raised = t.generate("2026-12-16");
        assert_eq!(
            titles(&raised),
            ["Gym payment is overdue by 6 days"],
            "reminder_days {days}"
        );
        assert!(
            raised[0]["message"]
                .as_str()
                .unwrap()
                .contains("overdue by 6 days")
        );
        assert!(t.generate("2026-12-17").is_empty());
        assert_eq!(t.count("payment_due"), 2);
    }
}

#[test]
fn cancellation_reminders_before_the_end_date() {
    for (days, before, first, when) in WINDOWS {
        let t = Timeline::new();
        t.env
            .yearly("Trial", "5")
            .start("2026-10-01")
            .with("--end", "2026-12-10")
            .with("--reminder-days", days)
            .add();
        assert!(t.generate(before).is_empty(), "reminder_days {days}");
        let raised = t.generate(first);
        assert_eq!(
            titles(&raised),
            [format!("Trial ends {when}")],
            "reminder_days {days}"
        );
        assert_eq!(raised[0]["alert_type"], "cancellation_reminder");
    }
}

#[test]
fn a_non_renewing_paid_period_ending_is_a_cancellation_reminder() {
    let t = Timeline::new();
    t.env
        .monthly("Course", "49")
        .start("2026-11-01")
        .with("--auto-renew", "false")
        .with("--reminder-days", "3")
        .add();
    t.on("2026-11-01")
        .ok(&["pay", "course", "--due", "2026-11-01"]);
    let raised = t.generate("2026-11-28");
    let kinds: Vec<&str> = raised
        .iter()
        .map(|a| a["alert_type"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"cancellation_reminder"), "{raised:?}");
    assert!(titles(&raised).contains(&"Course paid period ends in 3 days".to_string()));
}

/// usage_limit by the one cost-per-use rule (what was charged in the last
/// 90 days over the uses), raised at most once every 30 days per
/// subscription while its condition lasts — whichever reason it is.
#[test]
fn usage_limit_for_unused_and_expensive_subscriptions_at_most_every_30_days() {
    let t = Timeline::new();
    for name in ["Idle", "Busy", "Pricey", "NoLogs", "Recent"] {
        t.env.monthly(name, "30").start("2026-01-15").add();
    }
    let d = t.on("2026-11-01");
    // Usage known since July: the grace period has long passed.
    for name in ["idle", "recent", "busy", "pricey"] {
        d.ok(&["log-usage", name, "--date", "2026-07-01"]);
    }
    d.ok(&["log-usage", "idle", "--date", "2026-10-02"]); // 30 days before 11-01
    d.ok(&words("log-usage recent --date 2026-10-03 --count 50")); // 29 days: still in use
    // In 08-04..11-01: charges on 08-15, 09-15 and 10-15, 90.00 in all.
    d.ok(&["log-usage", "busy", "--date", "2026-10-20", "--count", "9"]); // 10.00 a use
    d.ok(&words("log-usage pricey --date 2026-10-20 --count 8")); // 11.25 a use
    let raised = t.generate("2026-11-01");
    let mut got = titles(&raised);
    got.sort();
    assert_eq!(
        got,
        ["Idle unused for 30 days", "Pricey costs $11.25 per use"]
    );
    // Recent has now gone 30+ days without use.
    assert_eq!(
        titles(&t.generate("2026-11-05")),
        ["Recent unused for 33 days"]
    );
    // The limit is a setting.
    t.on("2026-11-05")
        .ok(&["config", "set", "usage_cost_limit", "9.50"]);
    let raised = t.generate("2026-11-06");
    assert_eq!(titles(&raised), ["Busy costs $10.00 per use"]);
    // A new billing period (11-15) is no reason to say it again: daily runs
    // until the end of the month raise no usage_limit alert.
    for day in 7..=30 {
        let raised = t.generate(&format!("2026-11-{day:02}"));
        let usage: Vec<&Value> = raised
            .iter()
            .filter(|a| a["alert_type"] == "usage_limit")
            .collect();
        assert!(usage.is_empty(), "2026-11-{day:02}: {usage:?}");
    }
    // 30 days after their last alert, Idle and Pricey come back (Pricey,
    // unused since 10-20, now for the other reason: still one alert).
    let mut got = titles(&t.generate("2026-12-01"));
    got.sort();
    assert_eq!(
        got,
        ["Idle unused for 60 days", "Pricey unused for 42 days"]
    );
    assert_eq!(t.count("usage_limit"), 6);
}

/// A charge paid early gets none of its remaining reminders — not even
/// "renews today" on its day — and the next charge's reminders wait for
/// their own window (`--remind 10,3,0`, paid on 07-23 for 07-30).
#[test]
fn a_charge_paid_early_gets_none_of_its_remaining_reminders() {
    let env = TestEnv::at("2027-07-01");
    let id = env
        .monthly("Netflix", "15.99")
        .start("2027-06-30")
        .with("--remind", "10,3,0")
        .add();
    let mut day = chrono::NaiveDate::from_ymd_opt(2027, 7, 15).unwrap();
    let end = chrono::NaiveDate::from_ymd_opt(2027, 8, 30).unwrap();
    while day <= end {
        if day.to_string() == "2027-07-23" {
            env.cmd()
                .env("SUBS_TODAY", "2027-07-23")
                .args(["pay", "netflix", "--due", "2027-07-30"])
                .assert()
                .success();
        }
        env.generate_on(&day.to_string());
        day = day.succ_opt().unwrap();
    }
    let all = env.json(&["alerts", "list", "--all"]);
    let mut reminders: Vec<(&str, &str)> = items(&all)
        .filter(|a| a["subscription_id"] == id.as_str() && a["alert_type"] == "renewal_reminder")
        .map(|a| {
            (
                a["alert_date"].as_str().unwrap(),
                a["title"].as_str().unwrap(),
            )
        })
        .collect();
    reminders.sort_unstable();
    assert_eq!(
        reminders,
        [
            ("2027-07-20", "Netflix renews in 10 days"),
            ("2027-08-20", "Netflix renews in 10 days"),
            ("2027-08-27", "Netflix renews in 3 days"),
            ("2027-08-30", "Netflix renews today"),
        ]
    );
}

#[test]
fn ten_runs_are_one_run() {
    let t = Timeline::new();
    t.env
        .monthly("Netflix", "15.99")
        .start("2026-01-05")
        .with("--reminder-days", "7")
        .add();
    t.env
        .monthly("Gym", "40")
        .start("2026-10-20")
        .with("--auto-renew", "false")
        .next("2026-11-02")
        .add();
    t.env
        .yearly("Trial", "5")
        .start("2026-10-01")
        .with("--end", "2026-11-08")
        .add();
    let first = t.generate("2026-11-03");
    assert!(!first.is_empty());
    // The record of the last run (for `schedule status`) is the only thing
    // a run that finds nothing changes.
    let data = |env: &TestEnv| -> Vec<String> {
        env.dump()
            .into_iter()
            .filter(|l| !l.starts_with("generator_run:"))
            .collect()
    };
    let after_one = data(&t.env);
    for _ in 0..9 {
        assert!(t.generate("2026-11-03").is_empty());
        let out = t.on("2026-11-03").ok(&["alerts", "generate"]);
        assert_eq!(out, "", "nothing new prints nothing");
    }
    assert_eq!(after_one, data(&t.env));
}

#[test]
fn concurrent_generators_raise_each_alert_once() {
    let t = Timeline::new();
    for i in 0..20 {
        t.env
            .sub(&format!("S{i}"))
            .amount("10")
            .cycle("weekly")
            .start("2026-10-01")
            .with("--reminder-days", "6")
            .add();
    }
    let mut printed = 0;
    let mut summaries = Vec::new();
    for out in t
        .on("2026-11-20")
        .at_once(&crate::common::times(4, &["alerts", "generate"]))
    {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        printed += stdout.lines().filter(|l| l.starts_with('[')).count();
        summaries.extend(
            stdout
                .lines()
                .filter(|l| l.starts_with("Recorded"))
                .map(str::to_string),
        );
    }
    assert_eq!(t.count("renewal_reminder"), 20);
    assert_eq!(
        printed, 20,
        "each new alert printed by exactly one of the runs"
    );
    assert_eq!(
        summaries,
        ["Recorded 60 renewal payments since 2026-11-05"],
        "the catch-up work is summed up once, by the run that did it"
    );
    // Weekly from 2026-10-01, added on 11-01: 11-05, 11-12 and 11-19 renewed once each.
    assert_eq!(t.env.sql_count("SELECT count(*) FROM payment"), 20 * 3);
}

#[test]
fn a_missed_week_is_caught_up() {
    let t = Timeline::new();
    t.env
        .monthly("Netflix", "15.99")
        .start("2026-12-10")
        .with("--reminder-days", "3")
        .add();
    t.env
        .monthly("Gym", "40")
        .start("2026-12-09")
        .with("--auto-renew", "false")
        .with("--reminder-days", "1")
        .add();
    assert!(t.generate("2026-12-01").is_empty());
    // No run for a week: the next run raises what the missed days would have.
    let raised = t.generate("2026-12-08");
    let mut got = titles(&raised);
    got.sort();
    assert_eq!(
        got,
        ["Gym payment due tomorrow", "Netflix renews in 2 days"]
    );
}

#[test]
fn the_email_flag_controls_output_not_storage() {
    let t = Timeline::new();
    t.env.monthly("Loud", "1").start("2026-11-03").add();
    t.env
        .monthly("Quiet", "1")
        .start("2026-11-03")
        .with("--email-notifications", "false")
        .add();
    let out = t.on("2026-11-01").ok(&["alerts", "generate"]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("Loud renews in 2 days"), "{out}");
    assert_eq!(t.count("renewal_reminder"), 2);
    // -q prints nothing at all.
    t.env.monthly("Other", "1").start("2026-11-03").add();
    assert_eq!(t.on("2026-11-01").ok(&["-q", "alerts", "generate"]), "");
    assert_eq!(t.count("renewal_reminder"), 3);
}

#[test]
fn inactive_subscriptions_raise_no_reminders() {
    let t = Timeline::new();
    t.env.monthly("Paused", "1").start("2026-10-03").add();
    t.env.monthly("Gone", "1").start("2026-10-03").add();
    t.env.ok(&["pause", "paused"]);
    t.env.ok(&["cancel", "gone"]);
    // The run tells of the pause and the cancellation (raised by those
    // commands), and raises no reminder.
    let types: Vec<Value> = t
        .generate("2026-11-02")
        .iter()
        .map(|a| a["alert_type"].clone())
        .collect();
    assert_eq!(types, vec!["status_change", "status_change"]);
    assert!(t.generate("2026-11-02").is_empty());
    assert_eq!(t.count("renewal_reminder"), 0);
}

#[test]
fn messages_use_each_currencys_symbol() {
    let t = Timeline::new();
    for (name, amount, currency) in [
        ("A", "9.99", "USD"),
        ("B", "8.99", "EUR"),
        ("C", "499", "INR"),
        ("D", "1500", "JPY"),
    ] {
        t.env
            .sub(name)
            .amount(amount)
            .currency(currency)
            .monthly()
            .start("2026-11-03")
            .add();
    }
    let raised = t.generate("2026-11-01");
    let messages: Vec<&str> = raised
        .iter()
        .map(|a| a["message"].as_str().unwrap())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("(A") || m.contains("$9.99")),
        "{messages:?}"
    );
    assert!(messages.iter().any(|m| m.contains("$9.99")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("€8.99")), "{messages:?}");
    assert!(
        messages.iter().any(|m| m.contains("₹499.00")),
        "{messages:?}"
    );
    assert!(messages.iter().any(|m| m.contains("¥1500")), "{messages:?}");
    assert!(
        messages
            .iter()
            .all(|m| !m.contains('₹') || m.contains("₹499.00")),
        "no hard-coded rupee: {messages:?}"
    );
}

#[test]
fn list_read_dismiss_and_cleanup_with_exact_counts() {
    let t = Timeline::new();
    for i in 0..4 {
        t.env
            .sub(&format!("S{i}"))
            .amount("1")
            .monthly()
            .start("2026-11-03")
            .add();
    }
    assert_eq!(t.generate("2026-11-01").len(), 4);
    let d = t.on("2026-11-01");
    let list = d.json(&["alerts", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 4);
    let keys: Vec<&str> = list[0]
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    assert_eq!(
        keys,
        [
            "id",
            "subscription_id",
            "subscription_name",
            "alert_type",
            "title",
            "message",
            "alert_date",
            "is_read",
            "is_dismissed",
            "created_at"
        ]
    );
    let ids: Vec<i64> = items(&list).map(|a| a["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, [4, 3, 2, 1], "newest first");

    assert_eq!(d.json(&["alerts", "read", "1"])["updated"], 1);
    assert_eq!(d.json(&["alerts", "read", "1"])["updated"], 0);
    assert_eq!(d.json(&["alerts", "list"]).as_array().unwrap().len(), 3);
    assert_eq!(d.json(&["alerts", "dismiss", "2"])["updated"], 1);
    assert_eq!(d.json(&["alerts", "list"]).as_array().unwrap().len(), 2);
    assert_eq!(items(&d.json(&["alerts", "list", "--all"])).len(), 4);
    assert_eq!(
        items(&d.json(&["alerts", "list", "--all", "--subscription", "s3"])).len(),
        1
    );
    assert_eq!(
        d.json(&["alerts", "list", "--type", "payment_due"]),
        serde_json::json!([])
    );
    d.fails_unchanged(&["alerts", "read", "999"], 3);
    d.fails_unchanged(&["alerts", "read"], 2);
    d.fails_unchanged(&["alerts", "dismiss", "1", "--all"], 2);
    assert_eq!(
        d.json(&["alerts", "read", "--all"])["updated"],
        3,
        "2, 3 and 4 were unread"
    );
    assert_eq!(d.json(&["alerts", "dismiss", "--all"])["updated"], 3);

    // Cleanup removes dismissed alerts older than the age, by the day they were raised.
    let later = t.on("2026-11-30");
    assert_eq!(
        later.json(&["alerts", "cleanup"])["removed"],
        0,
        "30 days have not passed"
    );
    let later = t.on("2026-12-02");
    assert_eq!(later.json(&["alerts", "cleanup"])["removed"], 4);
    assert_eq!(t.env.sql_count("SELECT count(*) FROM alert"), 0);
    later.fails_unchanged(&["alerts", "cleanup", "--older-than", "soon"], 2);
}

#[test]
fn dry_run_writes_nothing_but_reports() {
    let t = Timeline::new();
    t.env.monthly("Netflix", "15.99").start("2026-10-05").add();
    let d = t.on("2026-12-03");
    let before = d.dump();
    let v = d.json(&["alerts", "generate", "--dry-run"]);
    assert_eq!(v["dry_run"], true);
    assert_eq!(
        v["renewals"]["payments_recorded"].as_array().unwrap().len(),
        1
    );
    assert_eq!(
        titles(v["alerts"].as_array().unwrap()),
        ["Netflix renews in 2 days"]
    );
    let text = d.ok(&["alerts", "generate", "--dry-run"]);
    has(
        &text,
        "would raise: [renewal_reminder] Netflix renews in 2 days",
    );
    assert_eq!(before, d.dump());
}

#[test]
fn read_and_dismiss_take_several_ids_or_filters() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").add();
    env.monthly("Spotify", "10.99").add();
    env.ok(&["edit", "netflix", "--amount", "17.99"]); // 1: price_increase
    env.ok(&["pause", "netflix"]); // 2: status_change
    env.ok(&["pause", "spotify"]); // 3: status_change
    env.ok(&["edit", "spotify", "--amount", "11.99"]); // 4: price_increase
    // An unknown id among known ones changes nothing.
    env.fails_unchanged(&["alerts", "read", "1", "99"], 3);
    let v = env.json(&["alerts", "read", "1", "2"]);
    assert_eq!(v["updated"], 2);
    let v = env.json(&["alerts", "dismiss", "--type", "price_increase"]);
    assert_eq!(v["updated"], 2, "alerts 1 and 4");
    let v = env.json(&["alerts", "read", "--subscription", "spotify"]);
    assert_eq!(v["updated"], 2, "alerts 3 and 4 were unread");
    let unread: Vec<i64> = items(&env.json(&["alerts", "list"]))
        .map(|a| a["id"].as_i64().unwrap())
        .collect();
    assert!(unread.is_empty(), "{unread:?}");
    env.fails(&["alerts", "read", "1", "--all"], 2);
    env.fails(&["alerts", "read"], 2);
}

#[test]
fn a_price_change_is_judged_by_what_it_costs_a_year() {
    let env = TestEnv::new();
    env.monthly("Spotify", "8.99").add();
    // 107.88 a year becomes 99.00: a plan change that saves; no alert.
    env.ok(&["edit", "spotify", "--amount", "99", "--cycle", "yearly"]);
    assert_eq!(
        env.sql_count("SELECT count(*) FROM alert WHERE alert_type = 'price_increase'"),
        0
    );
    let v = env.json(&["show", "spotify"]);
    let change = &v["price_history"][0];
    assert_eq!(change["old_cycle"], "monthly");
    assert_eq!(change["new_cycle"], "yearly");
    assert!(
        env.ok(&["show", "spotify"])
            .contains("8.99 monthly → 99.00 yearly")
    );
    // 99.00 a year becomes 9.99 a month (119.88 a year): that costs more.
    env.ok(&["edit", "spotify", "--amount", "9.99", "--cycle", "monthly"]);
    let alerts = env.json(&["alerts", "list", "--type", "price_increase"]);
    let message = alerts[0]["message"].as_str().unwrap();
    has(
        message,
        "$99.00 yearly to $9.99 monthly, $20.88 more a year",
    );
}

#[test]
fn usage_alerts_wait_until_usage_has_been_known_for_a_while() {
    let env = TestEnv::at("2026-11-01");
    // Logged for the first time 12 days ago: a few uses, dear per use over
    // 90 days, but usage is only known for 12 days — too soon to judge.
    env.monthly("New", "30").start("2026-01-15").add();
    env.ok(&["log-usage", "new", "--date", "2026-10-20", "--count", "2"]);
    // Never logged: never "unused".
    env.monthly("Silent", "30").start("2026-01-15").add();
    let v = env.json(&["alerts", "generate"]);
    let usage: Vec<&Value> = items(&v["alerts"])
        .filter(|a| a["alert_type"] == "usage_limit")
        .collect();
    assert!(usage.is_empty(), "{usage:?}");
    // A month and a half later, with no use since: now it is unused.
    let later = crate::common::on(&env, "2026-12-16");
    let v = later.json(&["alerts", "generate"]);
    let titles: Vec<&str> = items(&v["alerts"])
        .filter(|a| a["alert_type"] == "usage_limit")
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["New unused for 57 days"]);
}

#[test]
fn muted_alert_types_are_not_raised() {
    let env = TestEnv::new();
    env.monthly("Gym", "30")
        .start("2026-11-28")
        .with("--mute", "renewal_reminder,usage_limit")
        .add();
    env.monthly("Netflix", "15.99").start("2026-11-28").add();
    let v = env.json(&["alerts", "generate"]);
    let names: Vec<&str> = items(&v["alerts"])
        .map(|a| a["subscription_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Netflix"], "{v}");
    let gym = env.json(&["show", "gym"]);
    assert_eq!(
        gym["muted_alerts"],
        serde_json::json!(["renewal_reminder", "usage_limit"])
    );
    assert!(
        env.ok(&["show", "gym"])
            .contains("renewal_reminder, usage_limit")
    );
    // Unmuted, the reminder comes.
    let v = env.json(&["edit", "gym", "--unmute", "renewal_reminder"]);
    assert_eq!(v["muted_alerts"], serde_json::json!(["usage_limit"]));
    let v = env.json(&["alerts", "generate"]);
    assert_eq!(v["alerts"][0]["subscription_name"], "Gym", "{v}");
    // A backup keeps the muted types.
    let backup = env.ok(&["export"]);
    has(&backup, "\"muted_alerts\":\"usage_limit\"");
}

#[test]
fn cleanup_does_not_change_alert_effectiveness() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").add();
    env.ok(&["pause", "netflix"]);
    env.ok(&["resume", "netflix"]);
    env.ok(&["alerts", "read", "1"]);
    env.ok(&["alerts", "dismiss", "--all"]);
    let before = env.json(&["analytics"])["alert_effectiveness"].clone();
    assert_eq!(before["status_change"]["total"], 2, "{before}");
    assert_eq!(before["status_change"]["read"], 1, "{before}");
    let later = crate::common::on(&env, "2027-03-01");
    let removed = later.json(&["alerts", "cleanup"]);
    assert_eq!(removed["removed"], 2);
    assert_eq!(later.json(&["analytics"])["alert_effectiveness"], before);
    // A backup carries the counts too.
    assert!(later.ok(&["export"]).contains("\"alert_tally\": ["));
}

/// `--remind 30,7,1`: a month of daily runs raises exactly one reminder per
/// lead time, and none for a charge paid before its reminders came due.
#[test]
fn several_reminders_fire_once_each_and_not_for_a_charge_paid_early() {
    let env = TestEnv::at("2026-12-20");
    let insurance = env
        .yearly("Insurance", "300")
        .start("2026-01-31")
        .with("--remind", "1,30,7")
        .add();
    let gym = env
        .monthly("Gym", "40")
        .start("2026-12-20")
        .next("2027-01-20")
        .with("--auto-renew", "false")
        .with("--remind", "7,1")
        .add();
    let show = env.json(&["show", &insurance]);
    assert_eq!(
        show["remind"],
        serde_json::json!([30, 7, 1]),
        "largest first"
    );
    // Paid early, before any of its reminders.
    env.ok(&["pay", "gym", "--due", "2027-01-20"]);
    env.daily_runs("2026-12-20", "2027-01-31");
    let all = env.json(&["alerts", "list", "--all"]);
    let reminders: Vec<&Value> = items(&all)
        .filter(|a| {
            a["subscription_id"] == insurance.as_str() && a["alert_type"] == "renewal_reminder"
        })
        .collect();
    let days: Vec<&str> = reminders
        .iter()
        .map(|a| a["alert_date"].as_str().unwrap())
        .collect();
    assert_eq!(days.len(), 3, "one per lead time: {days:?}");
    let mut sorted = days.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, ["2027-01-01", "2027-01-24", "2027-01-30"]);
    let gym_due: Vec<&Value> = items(&all)
        .filter(|a| a["subscription_id"] == gym.as_str() && a["alert_type"] == "payment_due")
        .filter(|a| a["message"].as_str().unwrap().contains("2027-01-20"))
        .collect();
    assert!(gym_due.is_empty(), "paid early: {gym_due:?}");
    env.fails_unchanged(&["edit", "insurance", "--remind", "400"], 2);
    env.ok(&["edit", "insurance", "--remind", ""]);
    assert_eq!(
        env.json(&["show", "insurance"])["remind"],
        serde_json::json!([])
    );
}

/// `schedule install` writes what each scheduler needs, with absolute
/// paths and this database; `uninstall` removes it; `status` tells.
#[test]
fn schedule_install_writes_units_a_crontab_line_and_a_launch_agent() {
    let env = TestEnv::new();
    env.monthly("Netflix", "1").add();
    let config = env.home().join("config");
    let run = |args: &[&str]| {
        let out = env
            .cmd()
            .env("XDG_CONFIG_HOME", &config)
            .env("PATH", "/nonexistent")
            .args(args)
            .succeeds();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let shown = run(&["schedule", "install", "--systemd"]);
    let unit = config.join("systemd/user/subs-alerts.service");
    let timer = config.join("systemd/user/subs-alerts.timer");
    let service = std::fs::read_to_string(&unit).unwrap();
    let db = env.db.canonicalize().unwrap();
    assert!(service.contains("ExecStart=/"), "absolute: {service}");
    has(&service, &format!("--db {} alerts generate", db.display()));
    let timer_text = std::fs::read_to_string(&timer).unwrap();
    assert!(timer_text.contains("OnCalendar=hourly") && timer_text.contains("Persistent=true"));
    has(&shown, "systemctl --user enable --now subs-alerts.timer");
    // systemd accepts them, where systemd-analyze is installed.
    let runtime = env.home().join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    if let Ok(out) = std::process::Command::new("systemd-analyze")
        .args(["verify", "--user"])
        .arg(&unit)
        .arg(&timer)
        .env("XDG_CONFIG_HOME", &config)
        .env("XDG_RUNTIME_DIR", &runtime)
        .output()
    {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // cron: one line, five time fields, absolute paths.
    let cron = env.json(&["schedule", "install", "--cron"]);
    let line = cron["command"].as_str().unwrap();
    let fields: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(&fields[..5], ["0", "*", "*", "*", "*"], "{line}");
    assert!(fields[5].starts_with("'/"), "{line}");
    assert!(line.ends_with("alerts generate"), "{line}");
    // launchd.
    run(&["schedule", "install", "--launchd"]);
    let plist = env
        .home()
        .join("Library/LaunchAgents/org.subs.alerts.plist");
    let text = std::fs::read_to_string(&plist).unwrap();
    has(&text, "<key>StartInterval</key><integer>3600</integer>");
    let status = run(&["--json", "schedule", "status"]);
    let status: Value = serde_json::from_str(&status).unwrap();
    assert_eq!(status["installed"].as_array().unwrap().len(), 2, "{status}");
    run(&["schedule", "uninstall"]);
    assert!(!unit.exists() && !timer.exists() && !plist.exists());
    env.fails_unchanged(&["schedule", "install", "--systemd", "--cron"], 2);
}

/// A run arms the undo journal at its first change, whatever that change
/// is: renewals alone, or telling a command's alert alone, are each one
/// step that undo reverts; a run with nothing new is none.
#[test]
fn each_kind_of_change_a_run_makes_is_an_undo_step() {
    let env = TestEnv::new();
    env.monthly("Gym", "30")
        .start("2026-09-20")
        .next("2026-11-20")
        .with("--mute", "renewal_reminder")
        .add();
    let steps = |env: &TestEnv| {
        env.sql_count(
            "SELECT count(*) FROM undo_step WHERE command = 'subs alerts generate' AND state = 'done'",
        )
    };
    let payments = || env.sql_count("SELECT count(*) FROM payment");
    // Renewals alone: the charge of 2026-11-20 is recorded.
    has(
        &env.ok(&["alerts", "generate"]),
        "Recorded 1 renewal payment",
    );
    assert_eq!((payments(), steps(&env)), (1, 1));
    env.ok(&["alerts", "generate"]);
    assert_eq!(steps(&env), 1, "nothing new, no step");
    env.ok(&["undo", "--yes"]);
    assert_eq!((payments(), steps(&env)), (0, 0), "undone");
    env.ok(&["alerts", "generate"]);
    assert_eq!(payments(), 1, "renewed again");

    // A command's alert alone: telling it is the run's only change.
    env.ok(&["edit", "gym", "--amount", "35"]);
    let queued = || env.sql_count("SELECT count(*) FROM alert_unannounced");
    assert_eq!(queued(), 1);
    has(&env.ok(&["alerts", "generate"]), "Gym");
    assert_eq!((queued(), steps(&env)), (0, 2));
    env.ok(&["undo", "--yes"]);
    assert_eq!((queued(), steps(&env)), (1, 1), "queued again");
}
