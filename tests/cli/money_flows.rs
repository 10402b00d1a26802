//! Payments, usage logs, renewal processing and the upcoming calendar.

use crate::common::{TestEnv, has, items, on, words};
use serde_json::Value;

/// Pays the next charge `times` times, ahead of time on purpose (`--due`),
/// and returns where the schedule moved each time.
fn next_dates_by_paying(env: &TestEnv, sub: &str, times: usize) -> Vec<String> {
    (0..times)
        .map(|_| {
            let due = env.json(&["show", sub])["next_billing_date"]
                .as_str()
                .unwrap()
                .to_string();
            env.json(&["pay", sub, "--due", &due])["next_billing_date"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

/// The due dates of `payments` (a JSON list), in its order.
fn dues(payments: &Value) -> Vec<&str> {
    items(payments)
        .map(|p| p["due_date"].as_str().unwrap())
        .collect()
}

/// `renew ARGS` on `env`'s database as on `day`: the database as then, and
/// what the renewal answered.
#[track_caller]
fn renew_on(env: &TestEnv, day: &str, args: &[&str]) -> (TestEnv, Value) {
    let later = on(env, day);
    let mut all = vec!["renew"];
    all.extend_from_slice(args);
    let renewal = later.json(&all);
    (later, renewal)
}

#[test]
fn paying_walks_a_jan_31_schedule_through_a_leap_february() {
    let env = TestEnv::at("2024-01-15");
    let v = env.json(&words(
        "add Netflix --amount 15.99 --cycle monthly --start 2024-01-31",
    ));
    assert_eq!(v["next_billing_date"], "2024-01-31");
    assert_eq!(
        next_dates_by_paying(&env, "netflix", 6),
        [
            "2024-02-29",
            "2024-03-31",
            "2024-04-30",
            "2024-05-31",
            "2024-06-30",
            "2024-07-31"
        ]
    );
    assert_eq!(
        dues(&env.json(&["payments", "netflix"])["payments"]),
        [
            "2024-06-30",
            "2024-05-31",
            "2024-04-30",
            "2024-03-31",
            "2024-02-29",
            "2024-01-31"
        ]
    );
}

#[test]
fn paying_walks_a_feb_29_yearly_anchor_over_five_years() {
    let env = TestEnv::at("2024-02-01");
    env.yearly("Domain", "12").start("2024-02-29").add();
    assert_eq!(
        next_dates_by_paying(&env, "domain", 5),
        [
            "2025-02-28",
            "2026-02-28",
            "2027-02-28",
            "2028-02-29",
            "2029-02-28"
        ]
    );
}

#[test]
fn paying_weekly_and_custom_cycles() {
    let env = TestEnv::at("2024-02-20");
    env.sub("Paper")
        .amount("3")
        .cycle("weekly")
        .start("2024-02-26")
        .add();
    assert_eq!(
        next_dates_by_paying(&env, "paper", 3),
        ["2024-03-04", "2024-03-11", "2024-03-18"]
    );
    env.sub("Gym")
        .amount("120")
        .cycle("custom")
        .with("--every-days", "90")
        .start("2024-03-01")
        .add();
    assert_eq!(
        next_dates_by_paying(&env, "gym", 2),
        ["2024-05-30", "2024-08-28"]
    );
}

#[test]
fn pay_defaults_and_json_shape() {
    let env = TestEnv::new();
    // Due in 4 days, inside a 7-day reminder window: payable without --due.
    env.monthly("Netflix", "15.99")
        .start("2024-01-31")
        .with("--reminder-days", "7")
        .add();
    let v = env.json(&["pay", "netflix"]);
    let p = &v["payment"];
    let keys: Vec<&str> = p.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "id",
            "subscription_id",
            "subscription_name",
            "amount",
            "currency",
            "payment_date",
            "due_date",
            "status",
            "transaction_id",
            "notes",
            "created_at"
        ]
    );
    assert_eq!(p["amount"].to_string(), "15.99");
    assert_eq!(p["currency"], "USD");
    assert_eq!(p["payment_date"], "2026-11-26");
    assert_eq!(p["due_date"], "2026-11-30");
    assert_eq!(p["status"], "paid");
    assert_eq!(v["next_billing_date"], "2026-12-31");

    let v = env.json(&[
        "pay",
        "netflix",
        "--due",
        "2026-12-31",
        "--amount",
        "118.50",
        "--date",
        "2024-03-02",
        "--transaction-id",
        "TX-991",
        "--notes",
        "late fee waived",
    ]);
    assert_eq!(v["payment"]["amount"].to_string(), "118.50");
    assert_eq!(v["payment"]["payment_date"], "2024-03-02");
    assert_eq!(v["payment"]["due_date"], "2026-12-31");
    assert_eq!(v["payment"]["transaction_id"], "TX-991");
    assert_eq!(v["payment"]["notes"], "late fee waived");
    assert_eq!(v["next_billing_date"], "2027-01-31");
}

#[test]
fn failed_and_refunded_payments_do_not_advance() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99")
        .start("2024-01-31")
        .with("--reminder-days", "7")
        .add();
    let v = env.json(&["pay", "netflix", "--status", "failed"]);
    assert_eq!(v["payment"]["status"], "failed");
    assert_eq!(v["next_billing_date"], "2026-11-30");
    // A failed attempt does not block paying the occurrence afterwards.
    assert_eq!(
        env.json(&["pay", "netflix"])["next_billing_date"],
        "2026-12-31"
    );
    let v = env.json(&words("pay netflix --status refunded --due 2026-11-30"));
    assert_eq!(v["payment"]["status"], "refunded");
    assert_eq!(v["payment"]["due_date"], "2026-11-30");
    // Refunded in full, the charge is due again: the schedule moves back.
    assert_eq!(v["next_billing_date"], "2026-11-30");
    let paid = env.json(&["payments", "--status", "paid"]);
    assert_eq!(paid["payments"].as_array().unwrap().len(), 1);
    // A refund nets out the payment (the total is the footer: stderr in a pipe).
    env.run(&["payments"])
        .status(0)
        .stderr_has("Paid: 0.00 USD");
    // ... and it can be paid again.
    let again = env.json(&["pay", "netflix"]);
    assert_eq!(again["payment"]["due_date"], "2026-11-30");
    assert_eq!(again["next_billing_date"], "2026-12-31");
}

#[test]
fn the_same_occurrence_cannot_be_paid_twice() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").start("2024-01-31").add();
    env.ok(&["pay", "netflix", "--due", "2026-10-31"]);
    env.refuses(
        &["pay", "netflix", "--due", "2026-10-31"],
        2,
        "already paid",
    );
    env.refuses(&["pay", "netflix", "--due", "2027-05-31"], 2, "not due yet");
}

#[test]
fn two_processes_paying_one_occurrence_record_it_once() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").start("2024-01-31").add();
    let codes = crate::common::codes(&env.at_once(&crate::common::times(
        4,
        &["pay", "netflix", "--due", "2026-11-30"],
    )));
    assert_eq!(codes.iter().filter(|&&c| c == 0).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|&&c| c == 2).count(), 3, "{codes:?}");
    assert_eq!(env.sql_count("SELECT count(*) FROM payment"), 1);
    assert_eq!(
        env.json(&["show", "netflix"])["next_billing_date"],
        "2026-12-31"
    );
}

#[test]
fn paying_an_inactive_subscription_needs_force() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "15.99", "--cycle", "monthly"]);
    env.ok(&["pause", "netflix"]);
    let err = env.fails_unchanged(&["pay", "netflix"], 2);
    assert!(err.contains("paused") && err.contains("--force"), "{err}");
    env.ok(&["pay", "netflix", "--force"]);
    env.ok(&["resume", "netflix"]);
    env.ok(&["cancel", "netflix"]);
    env.fails_unchanged(&["pay", "netflix"], 2);
}

#[test]
fn catch_up_renewal_records_each_missed_occurrence_once() {
    let first = TestEnv::at("2026-02-01");
    first.monthly("Netflix", "15.99").start("2026-01-31").add();
    first
        .monthly("Manual", "9")
        .start("2026-01-31")
        .with("--auto-renew", "false")
        .add();
    let (later, v) = renew_on(&first, "2026-06-30", &[]);
    assert_eq!(
        dues(&v["payments_recorded"]),
        [
            "2026-02-28",
            "2026-03-31",
            "2026-04-30",
            "2026-05-31",
            "2026-06-30"
        ],
        "today's occurrence included"
    );
    assert!(
        items(&v["payments_recorded"])
            .all(|p| p["status"] == "paid" && p["payment_date"] == p["due_date"])
    );
    assert_eq!(
        later.json(&["show", "netflix"])["next_billing_date"],
        "2026-07-31"
    );
    // Without auto-renewal it stays due and is reported overdue.
    assert_eq!(v["overdue"][0]["subscription_name"], "Manual");
    assert_eq!(v["overdue"][0]["next_billing_date"], "2026-02-28");
    assert_eq!(v["overdue"][0]["days_overdue"], 122);
    assert_eq!(later.json(&["show", "manual"])["is_overdue"], true);
    assert_eq!(later.sql_count("SELECT count(*) FROM payment WHERE subscription_id = (SELECT subscription_id FROM subscription WHERE name = 'Manual')"), 0);

    // A second run changes nothing.
    let before = later.dump();
    let v = later.json(&["renew"]);
    assert_eq!(v["payments_recorded"], Value::Array(vec![]));
    assert_eq!(before, later.dump());
    assert_eq!(later.sql_count("SELECT count(*) FROM payment"), 5);
}

#[test]
fn concurrent_renewals_record_each_occurrence_once() {
    let first = TestEnv::at("2026-01-01");
    for i in 0..10 {
        first
            .sub(&format!("S{i}"))
            .amount("1")
            .cycle("weekly")
            .start("2026-01-01")
            .add();
    }
    let later = TestEnv {
        today: "2026-03-01".into(),
        ..first
    };
    for out in later.at_once(&crate::common::times(4, &["renew"])) {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let first = later;
    // 2026-01-01 (the start date is the first charge) .. 2026-02-26: 9
    // weekly occurrences each.
    assert_eq!(first.sql_count("SELECT count(*) FROM payment"), 90);
    assert_eq!(
        first.sql_count("SELECT count(DISTINCT subscription_id || due_date) FROM payment"),
        90
    );
}

#[test]
fn renewal_expires_ended_subscriptions_and_stops_charging_at_the_end() {
    let first = TestEnv::at("2026-01-10");
    first
        .monthly("Trial", "5")
        .start("2026-01-10")
        .with("--end", "2026-03-10")
        .add();
    let (later, v) = renew_on(&first, "2026-04-01", &[]);
    assert_eq!(
        dues(&v["payments_recorded"]),
        ["2026-01-10", "2026-02-10"],
        "the start date is charged; the occurrence on the end date is not"
    );
    assert_eq!(v["expired"][0]["subscription_name"], "Trial");
    assert_eq!(v["expired"][0]["end_date"], "2026-03-10");
    assert_eq!(later.json(&["show", "trial"])["status"], "expired");
    assert_eq!(later.sql_count("SELECT count(*) FROM alert WHERE alert_type = 'status_change' AND title = 'Trial expired'"), 1);
    // A cancel with a future date ends the same way.
    let env = TestEnv::new();
    env.monthly("Box", "5").start("2026-11-01").add();
    env.ok(&["cancel", "box", "--at", "2026-12-15"]);
    let (_, v) = renew_on(&env, "2026-12-20", &[]);
    assert_eq!(v["expired"][0]["subscription_name"], "Box");
}

#[test]
fn renew_dry_run_writes_nothing() {
    let first = TestEnv::at("2026-01-01");
    first.monthly("Netflix", "15.99").start("2026-01-01").add();
    first
        .monthly("Trial", "5")
        .start("2026-01-01")
        .with("--end", "2026-01-20")
        .add();
    let before = on(&first, "2026-03-05").dump();
    let (later, v) = renew_on(&first, "2026-03-05", &["--dry-run"]);
    assert_eq!(v["dry_run"], true);
    // Netflix on 01-01, 02-01 and 03-01; the trial on its start date.
    assert_eq!(v["payments_recorded"].as_array().unwrap().len(), 4);
    assert_eq!(v["payments_recorded"][0]["id"], Value::Null);
    assert_eq!(v["expired"][0]["subscription_name"], "Trial");
    assert_eq!(before, later.dump());
    let text = later.ok(&["renew", "--dry-run"]);
    has(
        &text,
        "Would record 15.99 USD paid for Netflix (due 2026-02-01)",
    );
    assert_eq!(before, later.dump());
}

#[test]
fn usage_logs_keep_tracking_current_and_summarise() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "15.99", "--cycle", "monthly"]);
    let v = env.json(&words(
        "log-usage netflix --count 3 --duration 2h15m --value 4.5 --notes binge",
    ));
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "id",
            "subscription_id",
            "subscription_name",
            "usage_date",
            "usage_count",
            "usage_duration",
            "usage_value",
            "notes",
            "created_at"
        ]
    );
    assert_eq!(v["usage_duration"], 8100);
    assert_eq!(v["usage_value"].to_string(), "4.50");
    assert_eq!(v["usage_date"], "2026-11-26");
    env.ok(&words("log-usage netflix --duration 90m --date 2026-11-20"));
    env.ok(&["log-usage", "netflix", "--date", "2026-09-01"]);

    let tracking: String = rusqlite::Connection::open(&env.db)
        .unwrap()
        .query_row("SELECT usage_tracking FROM subscription", [], |r| r.get(0))
        .unwrap();
    let tracking: Value = serde_json::from_str(&tracking).unwrap();
    assert_eq!(tracking["total_count"], 5);
    assert_eq!(tracking["total_duration_seconds"], 8100 + 5400);
    assert_eq!(tracking["last_used"], "2026-11-26");

    let v = env.json(&["usage", "netflix"]);
    assert_eq!(v["window"]["since"], "2026-10-28");
    assert_eq!(v["window"]["days"], 30);
    assert_eq!(
        v["logs"].as_array().unwrap().len(),
        2,
        "the September log is outside the window"
    );
    let s = &v["summary"][0];
    assert_eq!(s["total_count"], 4);
    assert_eq!(s["total_duration_seconds"], 13500);
    assert_eq!(s["total_duration"], "3h 45m");
    assert_eq!(s["days_since_last_use"], 0);
    // Cost per use counts from the start (today, after the 11-20 log):
    // today's 15.99 charge over today's 3 uses.
    assert_eq!(s["cost_since"], "2026-11-26");
    assert_eq!(s["cost_days"], 1);
    assert_eq!(s["window_cost"].to_string(), "15.99");
    assert_eq!(s["cost_per_use"].to_string(), "5.33");

    let v = env.json(&["usage", "--since", "2026-08-01", "--until", "2026-09-30"]);
    assert_eq!(v["summary"][0]["total_count"], 1);
    assert_eq!(v["summary"][0]["days_since_last_use"], 86);

    let show = env.json(&["show", "netflix"]);
    assert_eq!(show["usage_summary"]["total_count"], 4);
    assert!(show["recent_payments"].is_array());
    assert!(show["price_history"].is_array());
    // `usage` is one table: a row per subscription; with a name, its logs.
    let text = env.ok_with_stderr(
        &["usage"],
        "Usage from 2026-10-28 to 2026-11-26.\n`subs usage NAME` lists one subscription's logs.\n",
    );
    assert!(text.contains("\nNetflix\t4\t3h 45m\t"), "{text}");
    let logs = env.ok_with_stderr(
        &["usage", "netflix"],
        "Netflix: 4 uses, 3h 45m from 2026-10-28 to 2026-11-26; 15.99 USD charged, \
         5.33 USD per use in the 1 day since 2026-11-26\n",
    );
    assert!(logs.contains("\t2h 15m\t"), "{logs}");
}

#[test]
fn upcoming_lists_every_charge_with_totals_per_currency() {
    let env = TestEnv::new();
    env.sub("Weekly")
        .amount("5")
        .cycle("weekly")
        .start("2026-11-20")
        .add();
    env.monthly("Netflix", "15.99").start("2024-01-31").add();
    env.monthly("Gym", "40")
        .currency("EUR")
        .start("2026-10-20")
        .with("--auto-renew", "false")
        .next("2026-11-20")
        .add();
    env.yearly("Later", "100").start("2027-06-01").add();
    env.add(&["Paused", "--amount", "7", "--cycle", "monthly"]);
    env.ok(&["pause", "paused"]);
    let v = env.json(&["upcoming"]);
    let charges = v["charges"].as_array().unwrap();
    let got: Vec<(String, String, bool)> = charges
        .iter()
        .map(|c| {
            (
                c["date"].as_str().unwrap().into(),
                c["subscription_name"].as_str().unwrap().into(),
                c["is_overdue"].as_bool().unwrap(),
            )
        })
        .collect();
    let want: Vec<(String, String, bool)> = [
        ("2026-11-20", "Gym", true),
        ("2026-11-27", "Weekly", false),
        ("2026-11-30", "Netflix", false),
        ("2026-12-04", "Weekly", false),
        ("2026-12-11", "Weekly", false),
        ("2026-12-18", "Weekly", false),
        ("2026-12-20", "Gym", false),
        ("2026-12-25", "Weekly", false),
    ]
    .iter()
    .map(|(d, n, o)| (d.to_string(), n.to_string(), *o))
    .collect();
    assert_eq!(got, want);
    assert_eq!(v["totals"]["USD"].to_string(), "40.99");
    assert_eq!(v["totals"]["EUR"].to_string(), "80.00");
    let keys: Vec<&str> = charges[0]
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    assert_eq!(
        keys,
        [
            "date",
            "subscription_id",
            "subscription_name",
            "amount",
            "currency",
            "is_overdue"
        ]
    );

    let text = env.ok(&["upcoming", "--days", "7"]);
    assert!(text.starts_with("2026-11-20 (overdue by 6 days)"), "{text}");
    has(&text, "Total in the next 7 days: 40.00 EUR + 20.99 USD");
}

#[test]
fn bad_money_flow_input_is_refused_and_changes_nothing() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "15.99", "--cycle", "monthly"]);
    env.fails_unchanged(&["pay", "hulu"], 3);
    env.fails_unchanged(&["log-usage", "hulu"], 3);
    env.fails_unchanged(&["payments", "hulu"], 3);
    env.fails_unchanged(&["usage", "hulu"], 3);
    for amount in ["0", "-3", "1.001", "12,5"] {
        let err = env.fails_unchanged(&["pay", "netflix", "--amount", amount], 2);
        assert!(err.contains("--amount") && err.contains(amount), "{err}");
    }
    for bad in ["1x", "-5m", "99999h", "5"] {
        let err = env.fails_unchanged(&["log-usage", "netflix", "--duration", bad], 2);
        assert!(err.contains("--duration") && err.contains(bad), "{err}");
    }
    env.refuses(
        &["log-usage", "netflix", "--date", "2026-11-27"],
        2,
        "future",
    );
    env.refuses(&["log-usage", "netflix", "--count", "-1"], 2, "--count");
    env.refuses(&["log-usage", "netflix", "--value", "-2"], 2, "--value");
    let err = env.fails_unchanged(&["pay", "netflix", "--status", "bounced"], 2);
    assert!(err.contains("paid") && err.contains("refunded"), "{err}");
    env.fails_unchanged(&["payments", "--status", "bounced"], 2);
    env.refuses(&["pay", "netflix", "--date", "2026-12-01"], 2, "future");
    let err = env.fails_unchanged(
        &["payments", "--since", "2026-02-01", "--until", "2026-01-01"],
        2,
    );
    assert!(err.contains("--since"), "{err}");
    env.fails_unchanged(&["upcoming", "--days", "0"], 2);
}

#[test]
fn paying_twice_is_refused_and_names_what_is_paid() {
    let env = TestEnv::new();
    // Starts today: due today, so the first `pay` settles today's charge.
    let v = env.json(&words("add Gym --amount 40 --cycle monthly --currency EUR"));
    assert_eq!(
        v["next_billing_date"], "2026-11-26",
        "the start date is the first charge"
    );
    let first = env.json(&["pay", "gym"]);
    assert_eq!(first["payment"]["due_date"], "2026-11-26");
    assert_eq!(first["next_billing_date"], "2026-12-26");
    // Run again from shell history: refused, nothing written.
    let err = env.fails_unchanged(&["pay", "gym"], 2);
    assert!(
        err.contains("already paid for the charge of 2026-11-26")
            && err.contains("2026-12-26")
            && err.contains("--due 2026-12-26"),
        "{err}"
    );
    // Paying ahead on purpose names the date.
    let ahead = env.json(&["pay", "gym", "--due", "2026-12-26"]);
    assert_eq!(ahead["next_billing_date"], "2027-01-26");
}

#[test]
fn after_auto_renewal_recorded_the_charge_pay_is_refused() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").add();
    let renewed = env.json(&["renew"]);
    assert_eq!(renewed["payments_recorded"][0]["due_date"], "2026-11-26");
    env.refuses(&["pay", "netflix"], 2, "already paid");
    assert_eq!(env.sql_count("SELECT count(*) FROM payment"), 1);
}

#[test]
fn a_charge_inside_the_reminder_window_is_payable_without_due() {
    let env = TestEnv::new();
    env.monthly("Soon", "9").start("2026-11-29").add();
    // Three days ahead, a three-day reminder window: a normal early payment.
    assert_eq!(
        env.json(&["pay", "soon"])["payment"]["due_date"],
        "2026-11-29"
    );
    env.monthly("Later", "9").start("2026-12-20").add();
    let err = env.fails_unchanged(&["pay", "later"], 2);
    has(&err, "not due until 2026-12-20");
    has(&err, "--due 2026-12-20");
}

#[test]
fn payments_can_be_corrected_and_removing_one_reopens_its_charge() {
    let env = TestEnv::new();
    env.monthly("Gym", "40").start("2026-09-26").add();
    // Sep, Oct and Nov charges paid; the next is Dec 26.
    for due in ["2026-09-26", "2026-10-26"] {
        env.ok(&["pay", "gym", "--due", due, "--date", due]);
    }
    let v = env.json(&["pay", "gym"]);
    assert_eq!(v["next_billing_date"], "2026-12-26");
    let ids: Vec<i64> = items(&env.json(&["payments"])["payments"])
        .map(|p| p["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [3, 2, 1], "every payment shows its id");
    assert!(
        env.ok_with_stderr(&["payments"], "Paid: 120.00 USD\n")
            .starts_with("ID\t"),
        "and so does the text"
    );

    // A correction of the amount and notes keeps the schedule.
    let v = env.json(&[
        "payments", "edit", "2", "--amount", "35", "--notes", "discount",
    ]);
    assert_eq!(v["payment"]["amount"].to_string(), "35.00");
    assert_eq!(v["payment"]["notes"], "discount");
    assert_eq!(v["next_billing_date"], "2026-12-26");

    // Deleting the payment of the October charge re-opens it.
    env.fails_unchanged(&["payments", "delete", "2"], 2); // no --yes, no terminal
    let v = env.json(&["payments", "delete", "2", "--yes"]);
    assert_eq!(v["deleted"], 2);
    assert_eq!(v["next_billing_date"], "2026-10-26");
    assert_eq!(env.json(&["show", "gym"])["is_overdue"], true);
    // Paying it again walks past the charges still paid.
    let v = env.json(&["pay", "gym"]);
    assert_eq!(v["payment"]["due_date"], "2026-10-26");
    assert_eq!(v["next_billing_date"], "2026-12-26");

    // Marking a payment failed re-opens its charge too; paid again settles it.
    let v = env.json(&["payments", "edit", "3", "--status", "failed"]);
    assert_eq!(v["next_billing_date"], "2026-11-26");
    let v = env.json(&["payments", "edit", "3", "--status", "paid"]);
    assert_eq!(v["next_billing_date"], "2026-12-26");
    env.fails_unchanged(&["payments", "edit", "99", "--amount", "1"], 3);
    env.fails_unchanged(&["payments", "edit", "3"], 2);
}

#[test]
fn usage_logs_can_be_deleted() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").add();
    env.ok(&["log-usage", "netflix", "--count", "3"]);
    let log = env.json(&["log-usage", "netflix", "--count", "2"]);
    let id = log["id"].as_i64().unwrap().to_string();
    let v = env.json(&["usage", "delete", &id, "--yes"]);
    assert_eq!(v["deleted"].to_string(), id);
    let usage = env.json(&["usage", "netflix"]);
    assert_eq!(usage["summary"][0]["total_count"], 3, "{usage}");
    env.fails_unchanged(&["usage", "delete", &id, "--yes"], 3);
}

/// Netflix, 15.99 USD a month on the 30th (the last day in shorter months),
/// paid for the charge due 2026-11-30: payment 1.
fn netflix_paid() -> TestEnv {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99")
        .start("2024-01-31")
        .with("--reminder-days", "7")
        .add();
    env.run(&["pay", "netflix"])
        .status(0)
        .stdout("Recorded 15.99 USD paid for Netflix (due 2026-11-30); next billing 2026-12-31\n")
        .stderr("");
    env
}

/// A payment as (id, status, amount, due date).
type Row = (i64, String, String, String);

/// (id, status, amount, due date) of every payment, newest first, and the
/// `totals` and `refunded` of `payments --json`.
fn payments_of(env: &TestEnv) -> (Vec<Row>, String, String) {
    let v = env.json(&["payments"]);
    let rows = items(&v["payments"])
        .map(|p| {
            (
                p["id"].as_i64().unwrap(),
                p["status"].as_str().unwrap().to_string(),
                p["amount"].to_string(),
                p["due_date"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (rows, v["totals"].to_string(), v["refunded"].to_string())
}

fn row(id: i64, status: &str, amount: &str, due: &str) -> Row {
    (id, status.into(), amount.into(), due.into())
}

#[test]
fn a_full_refund_keeps_the_payment_nets_to_zero_and_one_pay_settles_the_charge_again() {
    let env = netflix_paid();
    // `payments edit --status refunded` is `payments refund` of the whole.
    env.run(&["payments", "edit", "1", "--status", "refunded"])
        .status(0)
        .stdout("Recorded refund 2: 15.99 USD back for Netflix (the charge due 2026-11-30); next billing 2026-11-30\n")
        .stderr("");
    let (rows, totals, refunded) = payments_of(&env);
    assert_eq!(
        rows,
        [
            row(2, "refunded", "15.99", "2026-11-30"),
            row(1, "paid", "15.99", "2026-11-30")
        ]
    );
    assert_eq!(totals, r#"{"USD":0.00}"#);
    assert_eq!(refunded, r#"{"USD":15.99}"#);
    // Never negative (the footer goes to stderr in a pipe).
    env.run(&["payments"]).status(0).stderr("Paid: 0.00 USD\n");
    // Exactly one `pay` settles the re-opened charge.
    env.run(&["pay", "netflix"])
        .status(0)
        .stdout("Recorded 15.99 USD paid for Netflix (due 2026-11-30); next billing 2026-12-31\n")
        .stderr("");
    let (_, totals, _) = payments_of(&env);
    assert_eq!(totals, r#"{"USD":15.99}"#);
    // A refund is not refunded again.
    env.refuses_exactly(&["payments", "edit", "2", "--status", "refunded"], 2, "error: payment 2 is itself a refund; `subs payments refund` takes the id of the payment it returns\n");
    env.refuses_exactly(
        &["payments", "refund", "1"],
        2,
        "error: payment 1 (15.99 USD for Netflix, due 2026-11-30) is already refunded in full\n",
    );
}

#[test]
fn a_partial_refund_leaves_the_charge_settled_and_more_than_paid_is_refused() {
    let env = netflix_paid();
    env.run(&["payments", "refund", "1", "--amount", "5", "--date", "2026-11-26"])
        .status(0)
        .stdout("Recorded refund 2: 5.00 USD back for Netflix (the charge due 2026-11-30); next billing 2026-12-31\n")
        .stderr("");
    env.refuses_exactly(&["payments", "refund", "1", "--amount", "11"], 2, "error: --amount 11.00 USD is more than the 10.99 USD of payment 1 (15.99 USD for Netflix, due 2026-11-30) left to refund\n");
    env.refuses_exactly(&["payments", "refund", "1", "--date", "2026-11-20"], 2, "error: invalid --date \"2026-11-20\": a refund cannot come before the payment it returns (2026-11-26)\n");
    let (_, totals, refunded) = payments_of(&env);
    assert_eq!(totals, r#"{"USD":10.99}"#);
    assert_eq!(refunded, r#"{"USD":5.00}"#);
    // The rest, by default: now the charge is open again.
    env.run(&["payments", "refund", "1"])
        .status(0)
        .stdout("Recorded refund 3: 10.99 USD back for Netflix (the charge due 2026-11-30); next billing 2026-11-30\n")
        .stderr("");
    let (_, totals, _) = payments_of(&env);
    assert_eq!(totals, r#"{"USD":0.00}"#);
    // A payment with refunds cannot vanish from under them.
    env.refuses_exactly(&["payments", "delete", "1", "--yes"], 2, "error: the charge of Netflix due 2026-11-30 would have 15.99 refunded but 0.00 paid; delete its refunds first (`subs payments Netflix` lists them)\n");
}

#[test]
fn pay_status_refunded_refunds_the_latest_paid_charge_and_never_an_unpaid_one() {
    let env = netflix_paid();
    env.ok(&["pay", "netflix", "--due", "2026-12-31"]);
    // Without --due: the latest charge paid (not the next unpaid one).
    env.run(&["pay", "netflix", "--status", "refunded", "--amount", "4"])
        .status(0)
        .stdout("Recorded refund 3: 4.00 USD back for Netflix (the charge due 2026-12-31); next billing 2027-01-31\n")
        .stderr("");
    env.refuses_exactly(&words("pay netflix --status refunded --due 2027-01-31"), 2, "error: the charge of Netflix due 2027-01-31 was never paid, so there is nothing to refund\n");
    env.monthly("Hulu", "7.99").add();
    env.refuses_exactly(
        &["pay", "hulu", "--status", "refunded"],
        2,
        "error: Hulu has no paid charge to refund; `subs payments Hulu` lists its payments\n",
    );
    let err = env.fails_unchanged(&["payments", "refund", "9"], 3);
    assert!(err.starts_with("error: no payment with id 9"), "{err}");
}

#[test]
fn pay_due_a_day_the_plan_does_not_charge_is_refused_naming_the_nearest_charge() {
    let env = TestEnv::at("2027-04-20");
    env.monthly("Netflix", "15.99").start("2027-01-15").add();
    env.refuses_exactly(&["pay", "netflix", "--due", "2027-04-16"], 2, "error: invalid --due \"2027-04-16\": Netflix is not charged on 2027-04-16; its nearest charge is due 2027-04-15 (to record the day the bank posted it, pass --due 2027-04-15 --date 2027-04-16)\n");
    // Nearer to the next charge, that one is named.
    let err = env.fails_unchanged(&["pay", "netflix", "--due", "2027-03-31"], 2);
    has(
        &err,
        "its nearest charge is due 2027-04-15 (to record the day the bank posted it, pass --due 2027-04-15 --date 2027-03-31)",
    );
    env.run(&words("pay netflix --due 2027-04-15 --date 2027-04-16"))
        .status(0)
        .stdout_has("Recorded 15.99 USD paid for Netflix (due 2027-04-15)")
        .stderr("");
    let v = env.json(&["payments"]);
    assert_eq!(v["payments"].as_array().unwrap().len(), 1);
    assert_eq!(v["payments"][0]["payment_date"], "2027-04-16");
}

#[test]
fn analytics_growth_counts_each_new_plan_at_its_monthly_cost() {
    let env = TestEnv::new();
    env.sub("Insurance")
        .amount("210")
        .cycle("custom")
        .with("--every-months", "6")
        .currency("USD")
        .add();
    env.monthly("Netflix", "15.99").add();
    env.yearly("Domain", "12").add();
    let a = env.json(&["analytics"]);
    let last = a["growth"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["month"], "2026-11");
    assert_eq!(last["new_subscriptions"], 3);
    // 35 (210 over six months) + 15.99 + 1 (12 over twelve months).
    assert_eq!(last["total_value"].to_string(), "51.99");
    assert_eq!(last["by_currency"].to_string(), r#"{"USD":51.99}"#);
}

#[test]
fn a_database_whose_payment_was_turned_into_its_refund_migrates_to_payment_and_refund() {
    let env = netflix_paid();
    // What `payments edit 1 --status refunded` did before: the payment
    // itself became the refund. Replay the migration over that (its
    // schema too); later migrations are already applied, so the runner
    // would not go back to it.
    env.sql(
        "DROP INDEX idx_subscription_created_by_cycle;
         CREATE INDEX idx_subscription_created ON subscription(created_at, currency, amount);
         UPDATE payment SET status = 'refunded';
         UPDATE subscription SET next_billing_date = '2026-11-30';",
    );
    env.sql(include_str!(
        "../../migrations/V24__refunds_beside_payments.sql"
    ));
    let (rows, totals, refunded) = payments_of(&env);
    assert_eq!(
        rows,
        [
            row(2, "refunded", "15.99", "2026-11-30"),
            row(1, "paid", "15.99", "2026-11-30")
        ]
    );
    assert_eq!(totals, r#"{"USD":0.00}"#);
    assert_eq!(refunded, r#"{"USD":15.99}"#);
    // Every device derives the same global id for the refund.
    assert_eq!(
        env.sql_count(
            "SELECT count(*) FROM payment r JOIN payment p ON p.id = 1
             WHERE r.id = 2 AND r.uid = substr(p.uid, 1, 14) || '8' || substr(p.uid, 16)"
        ),
        1
    );
    // One `pay` settles the charge.
    env.run(&["pay", "netflix"])
        .status(0)
        .stdout("Recorded 15.99 USD paid for Netflix (due 2026-11-30); next billing 2026-12-31\n")
        .stderr("");
}

/// Two copies of one database that each paid the same charge: merging one's
/// backup into the other keeps one payment for that charge and says so in
/// one sentence naming the subscription and the date; a payment for another
/// charge, and a refund, still come in.
#[test]
fn importing_a_diverged_copy_keeps_one_payment_per_charge() {
    let a = TestEnv::new();
    a.monthly("Netflix", "9").start("2026-01-28").add();
    let base = a.home().join("base.json");
    a.ok(&["export", "-o", base.to_str().unwrap()]);
    let b = TestEnv::new();
    b.ok(&["import", base.to_str().unwrap()]);
    a.ok(&["pay", "netflix"]);
    b.ok(&["pay", "netflix", "--date", "2026-11-25"]);
    b.ok(&words("pay netflix --due 2026-10-28 --date 2026-10-28"));
    let from_b = b.home().join("b.json");
    b.ok(&["export", "-o", from_b.to_str().unwrap()]);
    let report = a.json(&["import", from_b.to_str().unwrap()]);
    assert_eq!(report["inserted"]["payments"], 1, "{report}");
    // The subscription rows differ too when the two `pay`s fell in
    // different seconds (their `updated_at`): the payments' conflict is
    // the one this test is about.
    let payments: Vec<&serde_json::Value> = report["conflicts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["section"] == "payments")
        .collect();
    assert_eq!(
        payments
            .iter()
            .map(|c| c["reason"].as_str().unwrap_or(""))
            .collect::<Vec<_>>(),
        [
            "Netflix already has its payment for the charge due 2026-11-28 here (recorded on both copies); the one here is kept"
        ],
        "{report}"
    );
    let (rows, totals, _) = payments_of(&a);
    assert_eq!(
        rows,
        [
            row(1, "paid", "9.00", "2026-11-28"),
            row(2, "paid", "9.00", "2026-10-28")
        ]
    );
    assert_eq!(totals, r#"{"USD":18.00}"#);
    // Merging again changes nothing more.
    let again = a.json(&["import", from_b.to_str().unwrap()]);
    assert_eq!(
        again["inserted"]["payments"].as_i64().unwrap_or(0),
        0,
        "{again}"
    );
    assert_eq!(a.sql_count("SELECT count(*) FROM payment"), 2);
}
