//! The text people read, pinned: each view on one fixed portfolio, as a
//! reviewed snapshot (`tests/cli/snapshots/`), so a layout change shows as a
//! diff in review. Update with `cargo insta review` (or
//! `INSTA_UPDATE=always cargo test`) and read the diff before accepting.

use crate::common::TestEnv;

/// Three currencies (EUR converted, JPY without a rate), every cycle, a
/// category tree, usage, payments, a price rise, a paused and a cancelled
/// subscription, and alerts raised by a run of the generator.
pub fn portfolio() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["rates", "set", "EUR", "1.08"]);
    env.sub("Netflix")
        .amount("15.99")
        .monthly()
        .start("2026-01-31")
        .category("Video")
        .with("--reminder-days", "7")
        .add();
    env.sub("Spotify")
        .amount("10.99")
        .monthly()
        .currency("EUR")
        .start("2025-12-03")
        .category("Music")
        .add();
    env.sub("Cloud Backup")
        .amount("99")
        .yearly()
        .start("2025-12-01")
        .category("Storage")
        .with("--auto-renew", "false")
        .add();
    env.sub("Gym")
        .amount("30")
        .cycle("quarterly")
        .start("2026-10-01")
        .with("--payment-method", "bank_transfer")
        .add();
    env.sub("Language app")
        .amount("1200")
        .cycle("weekly")
        .currency("JPY")
        .start("2026-11-02")
        .add();
    env.sub("Newsletter")
        .amount("5")
        .cycle("custom")
        .with("--every-days", "45")
        .start("2026-09-01")
        .add();
    env.sub("Magazine")
        .amount("4.50")
        .monthly()
        .start("2026-05-10")
        .add();
    env.ok(&["edit", "netflix", "--amount", "17.99"]);
    env.ok(&[
        "log-usage",
        "netflix",
        "--date",
        "2026-11-20",
        "--duration",
        "2h",
    ]);
    env.ok(&[
        "log-usage",
        "netflix",
        "--date",
        "2026-11-24",
        "--count",
        "2",
    ]);
    env.ok(&["log-usage", "gym", "--date", "2026-10-02"]);
    env.ok(&[
        "pay",
        "gym",
        "--date",
        "2026-10-01",
        "--transaction-id",
        "T-1",
    ]);
    env.ok(&["pause", "magazine"]);
    env.ok(&["cancel", "newsletter"]);
    env.ok(&["alerts", "generate"]);
    env
}

/// Runs a command and snapshots its whole outcome; ids and times of day,
/// which differ on every run, are masked.
macro_rules! snapshot {
    ($env:expr, $name:literal, $args:expr) => {
        let transcript = $env.run(&$args).status(0).transcript();
        insta::with_settings!({
            filters => vec![
                (r"SUB[1-9A-HJ-NP-Za-km-z]{22}", "[id]"),
                (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "[timestamp]"),
            ],
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!($name, transcript);
        });
    };
}

#[test]
fn text_views_of_one_portfolio() {
    let env = portfolio();
    snapshot!(env, "dashboard", ["dashboard"]);
    snapshot!(env, "analytics", ["analytics", "--months", "3"]);
    snapshot!(env, "list", ["list"]);
    snapshot!(
        env,
        "list_all_by_monthly_cost",
        ["list", "--status", "all", "--sort", "monthly"]
    );
    snapshot!(env, "show", ["show", "netflix"]);
    snapshot!(env, "upcoming", ["upcoming", "--days", "30"]);
    snapshot!(env, "insights_rules", ["insights", "--offline"]);
    snapshot!(env, "alerts_list", ["alerts", "list"]);
    snapshot!(env, "payments", ["payments"]);
    snapshot!(env, "usage", ["usage"]);
}

#[test]
fn an_empty_database_says_how_to_start() {
    let env = TestEnv::new();
    snapshot!(env, "empty_dashboard", ["dashboard"]);
    snapshot!(env, "empty_list", ["list"]);
}

#[test]
fn a_bad_value_is_one_sentence_and_exit_2() {
    let env = TestEnv::new();
    env.run(&["add", "X", "--amount", "12,5", "--cycle", "monthly"])
        .status(2)
        .stdout("")
        .stderr_has("invalid --amount \"12,5\"");
}
