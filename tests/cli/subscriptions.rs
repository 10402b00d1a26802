//! Black-box tests of add, list, show, edit and the lifecycle commands.

use crate::common::{Succeeds, TestEnv, has, has_each, items, words};
use serde_json::Value;

const FIELDS: [&str; 25] = [
    "subscription_id",
    "name",
    "description",
    "provider",
    "category",
    "amount",
    "currency",
    "billing_cycle",
    "custom_cycle_days",
    "start_date",
    "next_billing_date",
    "end_date",
    "status",
    "payment_method",
    "auto_renewal",
    "reminder_days",
    "email_notifications",
    "website_url",
    "notes",
    "monthly_cost",
    "yearly_cost",
    "days_until_renewal",
    "is_overdue",
    "created_at",
    "updated_at",
];

fn assert_shape(v: &Value) {
    let obj = v.as_object().expect("object");
    for f in FIELDS {
        assert!(obj.contains_key(f), "missing field {f} in {v}");
    }
}

#[test]
fn add_netflix_as_in_the_issue() {
    let env = TestEnv::new();
    let v = env.json(&[
        "add",
        "Netflix",
        "--amount",
        "15.99",
        "--cycle",
        "monthly",
        "--start",
        "2024-01-31",
        "--category",
        "Entertainment",
    ]);
    assert_shape(&v);
    assert_eq!(v["name"], "Netflix");
    assert_eq!(v["provider"], "Netflix");
    assert_eq!(v["category"], "Entertainment");
    assert_eq!(v["currency"], "USD");
    assert_eq!(v["payment_method"], "card");
    assert_eq!(v["billing_cycle"], "monthly");
    assert_eq!(v["custom_cycle_days"], Value::Null);
    // Jan 31 anchor: the first charge on or after 2026-11-26 is Nov 30.
    assert_eq!(v["next_billing_date"], "2026-11-30");
    assert_eq!(v["days_until_renewal"], 4);
    assert_eq!(v["is_overdue"], false);
    assert_eq!(v["status"], "active");
    assert_eq!(v["auto_renewal"], true);
    assert_eq!(v["reminder_days"], 3);
    let id = v["subscription_id"].as_str().unwrap();
    assert_eq!(id.len(), 25);
    assert!(id.starts_with("SUB"));
}

#[test]
fn money_is_printed_as_exact_json_numbers() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "15.99", "--cycle", "monthly"]);
    env.add(&["Cloud", "--amount", "119.88", "--cycle", "yearly"]);
    let raw = env.ok(&["--json", "list", "--sort", "name"]);
    assert!(raw.contains("\"amount\": 15.99,"), "{raw}");
    assert!(
        raw.contains("\"monthly_cost\": 9.99,"),
        "119.88 a year is 9.99 a month: {raw}"
    );
    assert!(raw.contains("\"yearly_cost\": 191.88,"), "{raw}");
    assert!(
        !raw.contains("\"15.99\""),
        "money must not be a string: {raw}"
    );
    assert!(!raw.contains("0000000"), "no float noise: {raw}");
}

#[test]
fn custom_cycle_in_another_currency() {
    let env = TestEnv::new();
    let v = env.json(&[
        "add",
        "Gym",
        "--amount",
        "120",
        "--cycle",
        "custom",
        "--every-days",
        "90",
        "--currency",
        "EUR",
        "--payment-method",
        "bank_transfer",
    ]);
    assert_eq!(v["amount"].to_string(), "120.00");
    assert_eq!(v["currency"], "EUR");
    assert_eq!(v["billing_cycle"], "custom");
    assert_eq!(v["custom_cycle_days"], 90);
    assert_eq!(v["payment_method"], "bank_transfer");
    assert_eq!(v["monthly_cost"].to_string(), "40.58");
    assert_eq!(v["yearly_cost"].to_string(), "487.00");
    // The start date is the first charge: starting today, it is due today.
    assert_eq!(v["next_billing_date"], "2026-11-26");
}

#[test]
fn currency_defaults_to_the_base_currency_setting() {
    let env = TestEnv::new();
    env.ok(&["config", "set", "base_currency", "inr"]);
    let v = env.json(&["add", "Hotstar", "--amount", "299", "--cycle", "monthly"]);
    assert_eq!(v["currency"], "INR");
}

#[test]
fn explicit_next_date_anchors_the_schedule() {
    let env = TestEnv::new();
    let v = env.json(&words(
        "add Spotify --amount 9.99 --cycle monthly --start 2026-01-10 --next 2026-12-31",
    ));
    assert_eq!(v["next_billing_date"], "2026-12-31");
    // Pausing and resuming later follows the new anchor: Jan 31 -> Feb 28.
    env.ok(&["pause", "spotify"]);
    let env2 = TestEnv {
        today: "2027-02-01".into(),
        ..env
    };
    let v = env2.json(&["resume", "spotify"]);
    assert_eq!(v["next_billing_date"], "2027-02-28");
}

#[test]
fn list_filters_sorts_and_shows_a_table() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99")
        .category("Entertainment")
        .add();
    env.yearly("Disney", "100").category("entertainment").add();
    env.monthly("Dropbox", "11.99").category("Storage").add();
    env.add(&["Old", "--amount", "50", "--cycle", "weekly"]);
    env.ok(&["cancel", "old"]);

    let active = env.json(&["list"]);
    assert_eq!(active.as_array().unwrap().len(), 3);

    let all = env.json(&words(
        "list --status all --category ENTERTAINMENT --sort monthly",
    ));
    let names: Vec<&str> = items(&all).map(|v| v["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Netflix", "Disney"], "monthly cost, largest first");

    let cancelled = env.json(&["list", "--status", "cancelled"]);
    assert_eq!(cancelled[0]["name"], "Old");

    // In a pipe, the footer goes to stderr.
    let text = env.ok_with_stderr(
        &["list"],
        "Monthly cost of active subscriptions: 36.31 USD\n\
         1 paused, cancelled or expired not shown; --status all lists them\n",
    );
    has_each(
        &text,
        &[
            "Name",
            "Amount",
            "Cycle",
            "Monthly",
            "Next billing",
            "Status",
            "Category",
            "15.99 USD",
        ],
    );
}

#[test]
fn list_on_an_empty_database_says_how_to_start() {
    let env = TestEnv::new();
    env.run(&["list"])
        .status(0)
        .stdout("Name\tAmount\tCycle\tMonthly\tNext billing\tStatus\tCategory\n")
        .stderr(
            "No subscriptions yet. Add one with: subs add Netflix --amount 15.99 --cycle monthly\n",
        );
    assert_eq!(env.json(&["list"]), serde_json::json!([]));
}

#[test]
fn references_by_id_prefix_and_name() {
    let env = TestEnv::new();
    let id = env.add(&["Netflix", "--amount", "15.99", "--cycle", "monthly"]);
    assert_eq!(env.json(&["show", &id])["name"], "Netflix");
    assert_eq!(
        env.json(&["show", "NETFLIX"])["subscription_id"],
        id.as_str()
    );
    assert_eq!(
        env.json(&["show", &id[..12]])["subscription_id"],
        id.as_str()
    );
    assert_eq!(
        env.json(&["show", &format!("sub{}", &id[3..10])])["subscription_id"],
        id.as_str()
    );
}

#[test]
fn ambiguous_and_unknown_references_exit_3() {
    let env = TestEnv::new();
    let a = env.add(&["Netflix", "--amount", "15.99", "--cycle", "monthly"]);
    let b = env.add(&["netflix", "--amount", "9.99", "--cycle", "monthly"]);
    let err = env.fails_unchanged(&["show", "Netflix"], 3);
    has(&err, "ambiguous");
    has(&err, &a);
    has(&err, &b);
    let err = env.fails_unchanged(&["pause", "SUB"], 3);
    assert!(
        err.contains("no subscription matches") || err.contains("ambiguous"),
        "{err}"
    );
    env.refuses(&["show", "Hulu"], 3, "no subscription matches \"Hulu\"");
    env.fails_unchanged(&["edit", "Hulu", "--amount", "1"], 3);
    env.fails_unchanged(&["delete", "Hulu", "--yes"], 3);
}

#[test]
fn show_prints_details_and_price_history() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99")
        .with("--url", "https://netflix.com")
        .add();
    env.ok(&["edit", "netflix", "--amount", "17.99"]);
    let v = env.json(&["show", "netflix"]);
    assert_shape(&v);
    assert_eq!(v["price_history"][0]["old_amount"].to_string(), "15.99");
    assert_eq!(v["price_history"][0]["new_amount"].to_string(), "17.99");
    assert_eq!(v["price_history"][0]["date"], "2026-11-26");
    let text = env.ok(&["show", "netflix"]);
    assert!(text.contains("17.99 USD monthly"), "{text}");
    assert!(text.contains("https://netflix.com"), "{text}");
    assert!(text.contains("15.99 → 17.99"), "{text}");
}

#[test]
fn edit_changes_fields_and_records_price_increase() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "15.99", "--cycle", "monthly"]);
    let v = env.json(&[
        "edit",
        "netflix",
        "--amount",
        "17.99",
        "--reminder-days",
        "5",
        "--notes",
        "family plan",
    ]);
    assert_eq!(v["amount"].to_string(), "17.99");
    assert_eq!(v["reminder_days"], 5);
    assert_eq!(v["notes"], "family plan");
    assert_eq!(
        env.sql_count("SELECT count(*) FROM alert WHERE alert_type = 'price_increase' AND message LIKE '%$15.99%$17.99%$24.00 more a year%'"),
        1
    );
    // A decrease is history but not an alert.
    env.ok(&["edit", "netflix", "--amount", "12.99"]);
    assert_eq!(env.sql_count("SELECT count(*) FROM price_history"), 2);
    assert_eq!(
        env.sql_count("SELECT count(*) FROM alert WHERE alert_type = 'price_increase'"),
        1
    );
    // Empty text clears an optional field.
    let v = env.json(&["edit", "netflix", "--notes", ""]);
    assert_eq!(v["notes"], Value::Null);
}

#[test]
fn edit_cycle_reanchors_at_the_next_billing_date() {
    let env = TestEnv::new();
    env.monthly("Box", "10").start("2024-01-31").add();
    // Next is 2026-11-30; switching to weekly counts weeks from there.
    let v = env.json(&["edit", "box", "--cycle", "weekly"]);
    assert_eq!(v["next_billing_date"], "2026-11-30");
    assert_eq!(v["billing_cycle"], "weekly");
    let v = env.json(&["edit", "box", "--cycle", "custom", "--every-days", "10"]);
    assert_eq!(v["custom_cycle_days"], 10);
    let v = env.json(&["edit", "box", "--every-days", "12"]);
    assert_eq!(v["custom_cycle_days"], 12);
    let v = env.json(&["edit", "box", "--cycle", "yearly"]);
    assert_eq!(v["custom_cycle_days"], Value::Null);
    let v = env.json(&["edit", "box", "--next", "2027-01-15"]);
    assert_eq!(v["next_billing_date"], "2027-01-15");
}

#[test]
fn pause_resume_cancel_follow_the_lifecycle() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").start("2024-01-31").add();
    let v = env.json(&["pause", "netflix"]);
    assert_eq!(v["status"], "paused");
    assert_eq!(v["is_overdue"], false);
    assert_eq!(
        env.sql_count("SELECT count(*) FROM alert WHERE alert_type = 'status_change'"),
        1
    );
    env.fails_unchanged(&["pause", "netflix"], 2);

    // Resumed two months later: the first scheduled date on or after that
    // day (Jan 31 anchor), not one cycle added to the stale date.
    let later = TestEnv::at("2027-02-10");
    let later = TestEnv {
        dir: env.dir,
        db: env.db.clone(),
        ..later
    };
    let v = later.json(&["resume", "netflix"]);
    assert_eq!(v["status"], "active");
    assert_eq!(v["next_billing_date"], "2027-02-28");
    assert_eq!(
        later.sql_count("SELECT count(*) FROM alert WHERE alert_type = 'status_change'"),
        2
    );
    later.fails_unchanged(&["resume", "netflix"], 2);

    later.ok(&["pause", "netflix"]);
    let v = later.json(&["resume", "netflix", "--next", "2027-03-05"]);
    assert_eq!(v["next_billing_date"], "2027-03-05");

    let v = later.json(&["cancel", "netflix", "--at", "2027-03-31"]);
    assert_eq!(
        v["status"], "active",
        "a future cancel keeps it running until then"
    );
    assert_eq!(v["end_date"], "2027-03-31");
    let v = later.json(&["cancel", "netflix"]);
    assert_eq!(v["status"], "cancelled");
    assert_eq!(v["end_date"], "2027-02-10");
    later.fails_unchanged(&["cancel", "netflix"], 2);
    later.fails_unchanged(&["pause", "netflix"], 2);
}

#[test]
fn delete_requires_confirmation_and_cascades() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "15.99", "--cycle", "monthly"]);
    env.ok(&["edit", "netflix", "--amount", "16.99"]);
    env.ok(&["pause", "netflix"]);
    env.refuses(&["delete", "netflix"], 2, "--yes");
    let v = env.json(&["delete", "netflix", "--yes"]);
    assert_eq!(v["deleted"]["name"], "Netflix");
    for table in ["subscription", "alert", "price_history"] {
        assert_eq!(
            env.sql_count(&format!("SELECT count(*) FROM {table}")),
            0,
            "{table}"
        );
    }
}

#[test]
fn text_round_trips_verbatim_and_is_escaped_on_a_terminal_view() {
    let env = TestEnv::new();
    let name = "O'Brien \"<script>\" ; DROP TABLE subscription;-- 🎬 Ünïcödé";
    let id = env
        .monthly(name, "1")
        .with("--notes", "line1\nline2 \u{1b}[31m")
        .add();
    let v = env.json(&["show", &id]);
    assert_eq!(v["name"], name);
    assert_eq!(v["notes"], "line1\nline2 \u{1b}[31m");
    let text = env.ok(&["show", &id]);
    assert!(
        !text.contains('\u{1b}'),
        "raw escape reached the terminal: {text:?}"
    );
    assert!(text.contains("\\u{1b}[31m"), "{text}");
    let table = env.ok_with_stderr(
        &["list"],
        "Monthly cost of active subscriptions: 1.00 USD\n",
    );
    assert!(table.contains("DROP TABLE subscription"), "{table}");
}

#[test]
fn max_subscriptions_is_enforced_with_a_named_setting() {
    let env = TestEnv::new();
    env.ok(&["config", "set", "MAX_SUBSCRIPTIONS", "2"]);
    env.add(&["A", "--amount", "1", "--cycle", "monthly"]);
    env.add(&["B", "--amount", "1", "--cycle", "monthly"]);
    env.refuses(
        &["add", "C", "--amount", "1", "--cycle", "monthly"],
        2,
        "MAX_SUBSCRIPTIONS",
    );
    // The environment wins over the stored value.
    let out = env
        .cmd()
        .env("MAX_SUBSCRIPTIONS", "3")
        .args(["add", "C", "--amount", "1", "--cycle", "monthly"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = env
        .cmd()
        .env("MAX_SUBSCRIPTIONS", "lots")
        .args(["add", "D", "--amount", "1", "--cycle", "monthly"])
        .exits(2);
    has(&err, "MAX_SUBSCRIPTIONS");
}

#[test]
fn quiet_hides_confirmations_but_not_data() {
    let env = TestEnv::new();
    // `add -q` prints only the new id, for scripts to capture.
    let id = env.ok(&["-q", "add", "A", "--amount", "1", "--cycle", "monthly"]);
    assert_eq!(
        id.trim(),
        env.json(&["show", "A"])["subscription_id"],
        "{id}"
    );
    assert!(
        env.ok_with_stderr(
            &["-q", "list"],
            "Monthly cost of active subscriptions: 1.00 USD\n"
        )
        .contains("A")
    );
    assert_eq!(env.ok(&["-q", "pause", "A"]), "");
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "15.99", "--cycle", "monthly"]);
    let plain = env
        .cmd()
        .env_remove("NO_COLOR")
        .args(["list"])
        .output()
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&plain.stdout).contains('\u{1b}'),
        "not a terminal: no colour"
    );
    let forced = env.ok_with_stderr(
        &["--color", "always", "list"],
        "Monthly cost of active subscriptions: 15.99 USD\n",
    );
    assert!(
        forced.contains('\u{1b}'),
        "--color always colours even in a pipe"
    );
    let never = env.ok(&["--color", "never", "show", "netflix"]);
    assert!(!never.contains('\u{1b}'));
}

#[test]
fn references_resolve_like_people_type_them() {
    let env = TestEnv::new();
    env.monthly("YouTube Premium", "13.99").add();
    env.monthly("Netflix", "15.99").add();
    env.monthly("Netflix Kids", "7.99").add();
    let name = |r: &str| env.json(&["show", r])["name"].as_str().unwrap().to_string();
    assert_eq!(
        name("netflix"),
        "Netflix",
        "an exact name beats a longer one"
    );
    assert_eq!(name("you"), "YouTube Premium", "a unique prefix");
    assert_eq!(name("premium"), "YouTube Premium", "a unique part");
    assert_eq!(name("kids"), "Netflix Kids");
    // Several: each is listed with its id, status and amount; exit 3.
    let err = env.fails_unchanged(&["pause", "net"], 3);
    assert!(
        err.contains("is ambiguous")
            && err.contains("Netflix (SUB")
            && err.contains("active, 15.99 USD")
            && err.contains("Netflix Kids (SUB"),
        "{err}"
    );
    // None: the closest names are suggested.
    env.refuses(&["show", "Netflx"], 3, "did you mean \"Netflix\"");
    let err = env.fails_unchanged(&["show", "Hulu"], 3);
    assert!(
        !err.contains("did you mean"),
        "nothing is close to Hulu: {err}"
    );
}

#[test]
fn category_names_resolve_and_suggest_too() {
    let env = TestEnv::new();
    env.ok(&["category", "add", "Entertainment"]);
    env.ok(&["category", "add", "Education"]);
    env.ok(&["category", "edit", "entert", "--icon", "tv"]);
    let list = env.json(&["category", "list"]);
    assert_eq!(list[1]["icon"], "tv", "{list}");
    env.refuses(&["category", "delete", "e", "--yes"], 3, "is ambiguous");
    env.refuses(
        &["category", "delete", "Educaton", "--yes"],
        3,
        "did you mean \"Education\"",
    );
}

#[test]
fn date_flags_take_days_relative_to_today_and_months() {
    let env = TestEnv::new();
    let v = env.json(&[
        "add", "Later", "--amount", "5", "--cycle", "monthly", "--start", "+7d",
    ]);
    assert_eq!(v["start_date"], "2026-12-03");
    let v = env.json(&[
        "add", "Earlier", "--amount", "5", "--cycle", "monthly", "--start", "-1m",
    ]);
    assert_eq!(v["start_date"], "2026-10-26");
    assert_eq!(v["next_billing_date"], "2026-11-26");
    env.ok(&["pay", "earlier", "--date", "yesterday"]);
    let paid = env.json(&["payments", "--since", "2026-11", "--until", "2026-11"]);
    assert_eq!(paid["payments"][0]["payment_date"], "2026-11-25");
    assert_eq!(
        items(&env.json(&["payments", "--since", "2026-12"])["payments"]).len(),
        0
    );
    let v = env.json(&["cancel", "earlier", "--at", "eom"]);
    assert_eq!(v["end_date"], "2026-11-30");
    let err = env.fails_unchanged(
        &[
            "add", "X", "--amount", "5", "--cycle", "monthly", "--start", "soon",
        ],
        2,
    );
    has(&err, "today, tomorrow, yesterday, eom, +7d");
}

#[test]
fn only_active_subscriptions_show_a_next_billing_date() {
    let env = TestEnv::new();
    env.monthly("Gym", "30").start("2026-11-10").add();
    let paused = env.json(&["pause", "gym"]);
    assert_eq!(paused["next_billing_date"], serde_json::Value::Null);
    assert_eq!(paused["days_until_renewal"], serde_json::Value::Null);
    let text = env.ok(&["show", "gym"]);
    assert!(text.contains("— (paused)"), "{text}");
    let list = env.ok(&["list", "--status", "all"]);
    let row = list.lines().find(|l| l.starts_with("Gym\t")).unwrap();
    assert!(row.contains("\t—\t"), "{row}");
    // The schedule is kept: resuming continues it.
    let resumed = env.json(&["resume", "gym"]);
    assert_eq!(resumed["next_billing_date"], "2026-12-10");
    assert_eq!(resumed["days_until_renewal"], 14);
}

#[test]
fn resume_restarts_cancelled_and_expired_subscriptions() {
    let env = TestEnv::new();
    env.monthly("Gym", "30").start("2026-10-10").add();
    env.ok(&["cancel", "gym"]);
    let v = env.json(&["resume", "gym"]);
    assert_eq!(v["status"], "active");
    assert_eq!(v["end_date"], serde_json::Value::Null);
    assert_eq!(
        v["next_billing_date"], "2026-12-10",
        "the schedule continues from today"
    );
    assert_eq!(
        env.sql_count("SELECT count(*) FROM alert WHERE title = 'Gym resumed'"),
        1
    );
    env.refuses(&["resume", "gym"], 2, "only paused, cancelled or expired");
}

#[test]
fn cancel_at_period_end_and_a_retroactive_cancel_warns_about_later_payments() {
    let env = TestEnv::new();
    env.monthly("Box", "5").start("2026-11-10").add();
    let v = env.json(&["cancel", "box", "--at-period-end"]);
    assert_eq!(
        v["end_date"], "2026-12-09",
        "the day before the next charge"
    );
    assert_eq!(v["status"], "active", "it runs until then");

    env.monthly("Paper", "3").start("2026-09-01").add();
    env.ok(&["pay", "paper", "--due", "2026-09-01"]);
    env.ok(&["pay", "paper", "--due", "2026-10-01"]);
    let out = env
        .run(&["cancel", "paper", "--at", "2026-09-15"])
        .status(0);
    let warned = out.stderr_has("1 payment for charges after its last day 2026-09-15");
    warned.stderr_has("3.00 USD due 2026-10-01");
}

#[test]
fn an_edit_that_changes_nothing_says_so() {
    let env = TestEnv::new();
    env.monthly("Gym", "30").add();
    let before = env.dump();
    let out = env.ok(&["edit", "gym", "--amount", "30"]);
    assert!(out.contains("Nothing changed"), "{out}");
    assert_eq!(before, env.dump());
    env.ok(&["cancel", "gym"]);
    env.refuses(&["edit", "gym", "--no-end"], 2, "subs resume");
}

#[test]
fn small_things_people_expect() {
    let env = TestEnv::new();
    // `add -q` prints the new id, for `id=$(subs add ... -q)`.
    let id = env.ok(&["add", "Gym", "--amount", "30", "--cycle", "monthly", "-q"]);
    assert!(
        id.trim().starts_with("SUB") && id.trim().len() == 25,
        "{id:?}"
    );
    // `alert` is `alerts`.
    env.ok_with_stderr(&["alert", "list"], "No unread alerts.\n");
    // Words in the singular when there is one.
    env.ok(&["log-usage", "gym"]);
    let text = env.ok(&["show", "gym"]);
    has(&text, "1 use,");
    has(&text, "3 days before");
    // An amount with a currency symbol gets a hint.
    env.refuses(
        &["add", "X", "--amount", "$12", "--cycle", "monthly"],
        2,
        "--amount 12 --currency USD",
    );
    // An option set from the environment is not shown as required.
    let err = env.fails(&["pay"], 2);
    assert!(err.contains("Usage: subs pay <SUBSCRIPTION>"), "{err}");
    let bad_today = env
        .cmd()
        .env("SUBS_TODAY", "2026-13-01")
        .arg("list")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&bad_today.stderr);
    assert_eq!(bad_today.status.code(), Some(2), "{err}");
    assert!(err.contains("invalid SUBS_TODAY"), "{err}");
    // Schedules subs spells differently say how to write them.
    let err = env.fails_unchanged(&["add", "X", "--amount", "9", "--cycle", "biweekly"], 2);
    assert!(
        err.contains("--cycle custom --every-days 14") && !err.contains("'weekly'"),
        "{err}"
    );
    env.refuses(
        &["edit", "gym", "--cycle", "daily"],
        2,
        "--cycle custom --every-days 1'",
    );
    env.refuses(
        &["add", "X", "--amount", "9", "--cycle", "bimonthly"],
        2,
        "--cycle custom --every-months 2'",
    );
    env.refuses(
        &["add", "X", "--amount", "9", "--cycle", "semi-annual"],
        2,
        "--cycle custom --every-months 6'",
    );
    // A JSON usage error keeps clap's tip.
    let err = env.fails(&["--json", "lsit"], 2);
    let v: serde_json::Value = serde_json::from_str(err.trim()).unwrap();
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("tip: some similar subcommands exist"),
        "{v}"
    );
}

#[test]
fn adding_an_exact_duplicate_warns() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").add();
    env.run(&["add", "netflix", "--amount", "15.99", "--cycle", "monthly"])
        .status(0)
        .stderr_has("an active subscription netflix (SUB")
        .stderr_has("with the same amount, currency and cycle exists; adding another");
    // A different amount is a different subscription: no warning.
    env.run(&["add", "Netflix", "--amount", "9.99", "--cycle", "monthly"])
        .status(0)
        .stderr("");
}

/// `--match`: a subscription's statement descriptors, trimmed and kept as
/// typed, shown by `show`, in JSON, in a backup; "none" clears them; a
/// malformed one is refused with one sentence and changes nothing.
#[test]
fn match_names_what_a_subscription_is_called_on_statements() {
    let env = TestEnv::new();
    env.monthly("Claude", "20")
        .with("--match", " CLAUDE.AI | Anthropic ")
        .add();
    assert_eq!(
        env.json(&["show", "claude"])["match"],
        "CLAUDE.AI|Anthropic"
    );
    let shown = env.ok(&["show", "claude"]);
    assert_eq!(
        shown
            .lines()
            .filter(|l| l.starts_with("On statements:"))
            .collect::<Vec<_>>(),
        ["On statements:      CLAUDE.AI | Anthropic"]
    );
    let backup: serde_json::Value = serde_json::from_str(&env.ok(&["export"])).unwrap();
    assert_eq!(
        backup["subscriptions"][0]["statement_match"],
        "CLAUDE.AI|Anthropic"
    );
    for (bad, why) in [
        (
            "CLAUDE||X",
            "invalid --match \"CLAUDE||X\": an alternative is empty; separate descriptors with one |, e.g. 'CLAUDE.AI|ANTHROPIC'\n",
        ),
        (
            "AI",
            "invalid --match \"AI\": \"AI\" is too short to tell one merchant from another; give at least 3 characters\n",
        ),
    ] {
        assert_eq!(
            env.fails_unchanged(&["edit", "claude", "--match", bad], 2),
            format!("error: {why}")
        );
    }
    env.ok(&["-q", "edit", "claude", "--match", "none"]);
    assert_eq!(
        env.json(&["show", "claude"])["match"],
        serde_json::Value::Null
    );
}
