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
        "--due",
        "2026-10-01",
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

/// A trial and a contract: the dashboard's Trials and Cancel-by sections,
/// `show`'s contract lines and `upcoming`'s deadlines.
#[test]
fn trials_and_contracts_in_the_text_views() {
    let env = TestEnv {
        today: "2027-01-05".into(),
        ..TestEnv::new()
    };
    env.sub("Netflix")
        .amount("15.99")
        .monthly()
        .start("2026-12-20")
        .add();
    env.sub("Disney+")
        .amount("13.99")
        .monthly()
        .start("2027-01-03")
        .with("--trial-until", "2027-01-10")
        .add();
    env.sub("Gym")
        .amount("39")
        .monthly()
        .start("2026-03-01")
        .with("--term", "12m")
        .with("--notice", "30d")
        .add();
    snapshot!(env, "plans_dashboard", ["dashboard"]);
    snapshot!(env, "plans_show_contract", ["show", "gym"]);
    snapshot!(env, "plans_show_trial", ["show", "disney"]);
    snapshot!(env, "plans_upcoming", ["upcoming", "--days", "30"]);
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

/// `subs ARGS` on a pseudo-terminal `columns` wide (util-linux `script`),
/// without colour; the screen with `\r\n` made `\n`.
fn on_terminal(env: &TestEnv, args: &[&str], columns: u16) -> String {
    let subs = assert_cmd::cargo::cargo_bin("subs");
    let command = std::iter::once(format!("'{}'", subs.display()))
        .chain(args.iter().map(|a| format!("'{a}'")))
        .collect::<Vec<_>>()
        .join(" ");
    let out = std::process::Command::new("script")
        .args(["-qfec", &command, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.home())
        .env("SUBS_DB", &env.db)
        .env("SUBS_TODAY", &env.today)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("COLUMNS", columns.to_string())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("util-linux `script` provides the pseudo-terminal");
    String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n")
}

const TABLES: [&[&str]; 8] = [
    &["list"],
    &["list", "--status", "all"],
    &["payments"],
    &["usage"],
    &["alerts", "list"],
    &["category", "list"],
    &["config", "list"],
    &["rates", "list"],
];

#[test]
fn tables_fit_an_80_column_terminal_with_one_rule_under_the_header() {
    let env = portfolio();
    for args in TABLES {
        let screen = on_terminal(&env, args, 80);
        assert!(!screen.trim().is_empty(), "{args:?} printed nothing");
        for line in screen.lines() {
            assert!(
                line.chars().count() <= 80,
                "{args:?}: a line of {} columns:\n{line}\n{screen}",
                line.chars().count()
            );
        }
        let rules = screen.lines().filter(|l| l.starts_with('─')).count();
        let tables = if args == ["usage"] { 2 } else { 1 };
        assert_eq!(
            rules, tables,
            "{args:?}: only the header is underlined:\n{screen}"
        );
        assert!(!screen.contains('│') && !screen.contains('═'), "{screen}");
    }
    let list = on_terminal(&env, &["list", "--status", "all"], 80);
    assert!(
        list.contains('…'),
        "long text is cut with an ellipsis:\n{list}"
    );
    for date in [
        "2026-11-30 (in 4 days)",
        "2027-01-01 (in 36 days)",
        "5217.86 JPY",
    ] {
        assert!(list.contains(date), "{date} is never split:\n{list}");
    }
    insta::with_settings!({prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!("list_on_an_80_column_terminal", list);
        insta::assert_snapshot!(
            "alerts_on_an_80_column_terminal",
            on_terminal(&env, &["alerts", "list"], 80)
        );
    });
}

#[test]
fn piped_tables_are_tab_separated_without_box_drawing() {
    let env = portfolio();
    for args in TABLES {
        let out = env.run(args).status(0).into_stdout();
        assert!(
            !out.contains(['─', '│', '═']),
            "{args:?} drew boxes into a pipe:\n{out}"
        );
        let header = out.lines().next().unwrap_or_default();
        assert!(
            header.contains('\t'),
            "{args:?}: a tab-separated header: {header:?}"
        );
    }
    let list = env.run(&["list"]).status(0).into_stdout();
    let netflix = list.lines().find(|l| l.starts_with("Netflix\t")).unwrap();
    assert_eq!(netflix.split('\t').count(), 7, "{netflix}");
}
