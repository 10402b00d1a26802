//! The text people read, pinned: each view on one fixed portfolio, as a
//! reviewed snapshot (`tests/cli/snapshots/`), so a layout change shows as a
//! diff in review. Update with `cargo insta review` (or
//! `INSTA_UPDATE=always cargo test`) and read the diff before accepting.

use crate::common::fixtures::gym_contract;
use crate::common::{TestEnv, has_each, words};

/// Three currencies (EUR converted, JPY without a rate), every cycle, a
/// category tree, usage, payments, a price rise, a paused and a cancelled
/// subscription, and alerts raised by a run of the generator.
pub fn portfolio() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["rates", "set", "EUR", "1.08"]);
    env.monthly("Netflix", "15.99")
        .start("2026-01-31")
        .category("Video")
        .with("--reminder-days", "7")
        .add();
    env.monthly("Spotify", "10.99")
        .currency("EUR")
        .start("2025-12-03")
        .category("Music")
        .add();
    env.yearly("Cloud Backup", "99")
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
    env.monthly("Magazine", "4.50").start("2026-05-10").add();
    env.ok(&["edit", "netflix", "--amount", "17.99"]);
    env.ok(&words("log-usage netflix --date 2026-11-20 --duration 2h"));
    env.ok(&words("log-usage netflix --date 2026-11-24 --count 2"));
    env.ok(&["log-usage", "gym", "--date", "2026-10-02"]);
    env.ok(&words(
        "pay gym --due 2026-10-01 --date 2026-10-01 --transaction-id T-1",
    ));
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
    let env = TestEnv::at("2027-01-05");
    env.monthly("Netflix", "15.99").start("2026-12-20").add();
    env.monthly("Disney+", "13.99")
        .start("2027-01-03")
        .with("--trial-until", "2027-01-10")
        .add();
    gym_contract(&env).add();
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

fn on_terminal(env: &TestEnv, args: &[&str], columns: u16) -> String {
    env.on_terminal(args, columns).1
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
        assert_eq!(
            rules, 1,
            "{args:?}: only the header is underlined:\n{screen}"
        );
        assert!(!screen.contains('│') && !screen.contains('═'), "{screen}");
    }
    let list = on_terminal(&env, &["list", "--status", "all"], 80);
    // Dates, amounts and cycles are never cut.
    has_each(
        &list,
        &["2026-11-30", "2027-01-01", "5217.86 JPY", "every 45 days"],
    );
    insta::with_settings!({prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!("list_on_an_80_column_terminal", list);
        insta::assert_snapshot!(
            "alerts_on_an_80_column_terminal",
            on_terminal(&env, &["alerts", "list"], 80)
        );
    });
}

/// The portfolio with a card, a member sharing a plan and two budgets, so
/// every view has rows to show.
fn full_portfolio() -> TestEnv {
    let env = portfolio();
    env.ok(&["card", "add", "Visa 4242", "--expires", "2027-08"]);
    env.ok(&["edit", "netflix", "--card", "visa"]);
    env.ok(&["member", "add", "Alex"]);
    env.ok(&["edit", "spotify", "--shared-with", "alex,me"]);
    env.ok(&["budget", "set", "100"]);
    env.ok(&["budget", "set", "15", "--category", "Video"]);
    env
}

/// Every view, by a name for its snapshots.
const VIEWS: [(&str, &[&str]); 22] = [
    ("dashboard", &["dashboard"]),
    ("analytics", &["analytics", "--months", "3"]),
    ("forecast", &["forecast", "--months", "3"]),
    ("list", &["list"]),
    ("list_all", &["list", "--status", "all"]),
    ("list_mine", &["list", "--mine"]),
    ("show", &["show", "netflix"]),
    ("upcoming", &["upcoming", "--days", "30"]),
    ("insights", &["insights", "--offline"]),
    ("alerts", &["alerts", "list"]),
    ("payments", &["payments"]),
    ("usage", &["usage"]),
    ("usage_one", &["usage", "netflix"]),
    ("categories", &["category", "list"]),
    ("config", &["config", "list"]),
    ("rates", &["rates", "list"]),
    ("cards", &["card", "list"]),
    ("members", &["member", "list"]),
    ("budgets", &["budget", "list"]),
    ("split", &["split", "--month", "2026-11"]),
    ("notify", &["notify", "list"]),
    ("undo_list", &["undo", "--list"]),
];

/// Every view at 80 and 120 columns on a pseudo-terminal: no line is wider
/// than the terminal, and each screen is a reviewed snapshot.
#[test]
fn every_view_fits_80_and_120_columns() {
    let env = full_portfolio();
    for width in [80u16, 120] {
        for (name, args) in VIEWS {
            let screen = on_terminal(&env, args, width);
            assert!(!screen.trim().is_empty(), "{args:?} printed nothing");
            for line in screen.lines() {
                let w = unicode_width::UnicodeWidthStr::width(line);
                assert!(
                    w <= usize::from(width),
                    "{args:?} at {width}: a line of {w} columns:\n{line}\n{screen}"
                );
            }
            insta::with_settings!({
                filters => vec![
                    (r"SUB[1-9A-HJ-NP-Za-km-z]{22}", "[id]"),
                    (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "[timestamp]"),
                ],
                prepend_module_to_snapshot => false,
                description => format!("subs {} at {width} columns", args.join(" ")),
            }, {
                insta::assert_snapshot!(format!("tty{width}_{name}"), screen);
            });
        }
    }
}

/// At 80 columns `list` keeps every name of 12 characters or less whole,
/// never cuts a cycle, a date or an amount, and drops "(in N days)" first.
#[test]
fn a_narrow_list_drops_the_relative_day_before_cutting_a_name() {
    let env = portfolio();
    env.sub("Newspaper digital edition")
        .amount("12.50")
        .cycle("custom")
        .with("--every-days", "45")
        .start("2026-11-01")
        .category("News and magazines")
        .add();
    let screen = on_terminal(&env, &["list", "--status", "all"], 80);
    // None of these is cut.
    has_each(
        &screen,
        &[
            "Language app",
            "Cloud Backup",
            "every 45 days",
            "quarterly",
            "2026-11-30",
            "5217.86 JPY",
            "cancelled",
        ],
    );
    assert!(!screen.contains("(in "), "the suffix goes first:\n{screen}");
    // The category column went (even 2 columns of it did not fit), and
    // the name took the room: cut, but never below 12 columns.
    assert!(
        screen.contains("\nNewspaper dig…    12.50 USD"),
        "a long name keeps at least 12 columns:\n{screen}"
    );
    // At 140 columns everything fits, suffix included.
    let wide = on_terminal(&env, &["list", "--status", "all"], 140);
    has_each(
        &wide,
        &[
            "Newspaper digital edition",
            "News and magazines",
            "2026-11-30 (in 4 days)",
        ],
    );
    // `config list` never cuts a value.
    env.ok(&["config", "set", "base_currency", "USD"]);
    let config = on_terminal(&env, &["config", "list"], 80);
    assert!(config.contains("USD"), "{config}");
    assert!(
        config
            .lines()
            .all(|l| !l.split_whitespace().nth(1).is_some_and(|v| v.contains('…'))),
        "{config}"
    );
    // The longest default value goes on over lines, broken after commas.
    has_each(
        &config,
        &[
            "card=liabilities:card,",
            "bank_transfer=assets:bank,",
            "paypal=assets:paypal,",
            "other=assets:other",
        ],
    );
}

/// Reports wrap at word boundaries on a narrow terminal: every line fits
/// and no number or date is split across lines.
#[test]
fn reports_wrap_between_words_never_inside_a_number() {
    let env = full_portfolio();
    for args in [
        &["dashboard"][..],
        &["forecast", "--months", "3"],
        &["split", "--month", "2026-11"],
        &["insights", "--offline"],
        &["show", "netflix"],
    ] {
        let wide = on_terminal(&env, args, 200);
        let narrow = on_terminal(&env, args, 40);
        // A table's rows (under its rule, up to a blank line) keep their
        // whole columns; everything else fits.
        let lines: Vec<&str> = narrow.lines().collect();
        let mut in_table = false;
        for (i, line) in lines.iter().enumerate() {
            in_table = (in_table && !line.is_empty()) || line.starts_with('─');
            let header = lines.get(i + 1).is_some_and(|l| l.starts_with('─'));
            let w = unicode_width::UnicodeWidthStr::width(*line);
            assert!(
                in_table || header || w <= 40,
                "{args:?}: {line:?} is {w} columns:\n{narrow}"
            );
        }
        // Every number and date of the wide screen's prose is whole in the
        // narrow one.
        let prose = |s: &str| -> String {
            let lines: Vec<&str> = s.lines().collect();
            let mut in_table = false;
            let mut kept = Vec::new();
            for (i, line) in lines.iter().enumerate() {
                in_table = (in_table && !line.is_empty()) || line.starts_with('─');
                if !in_table && !lines.get(i + 1).is_some_and(|l| l.starts_with('─')) {
                    kept.push(*line);
                }
            }
            kept.join("\n")
        };
        let tokens = |s: &str| -> std::collections::BTreeSet<String> {
            prose(s)
                .split_whitespace()
                .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
                .map(|t| {
                    t.trim_matches(|c: char| !c.is_ascii_alphanumeric())
                        .to_string()
                })
                // A timestamp carries the real time of day, which moves on
                // between the two runs.
                .filter(|t| !(t.len() == 20 && t.ends_with('Z') && t.contains('T')))
                .collect()
        };
        let (w, n) = (tokens(&wide), tokens(&narrow));
        let split: Vec<_> = w.difference(&n).collect();
        assert!(split.is_empty(), "{args:?}: split {split:?}:\n{narrow}");
    }
}

/// Every table command, for the pipe test.
const PIPED_TABLES: [&[&str]; 16] = [
    &["list"],
    &["list", "--status", "all"],
    &["list", "--mine"],
    &["payments"],
    &["usage"],
    &["usage", "netflix"],
    &["alerts", "list"],
    &["category", "list"],
    &["config", "list"],
    &["rates", "list"],
    &["card", "list"],
    &["member", "list"],
    &["budget", "list"],
    &["split", "--month", "2026-11"],
    &["undo", "--list"],
    &["notify", "list"],
];

/// In a pipe every table is a header line and tab-separated rows, each with
/// the header's number of tabs: totals, hints and who-owes-whom go to
/// stderr; no bars, swatches or boxes.
#[test]
fn piped_tables_are_a_header_and_tab_separated_rows() {
    let env = full_portfolio();
    env.ok(&["notify", "add", "box", "command", "--run", "cat >/dev/null"]);
    for args in PIPED_TABLES {
        let out = env.run(args).status(0).into_stdout();
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.len() >= 2, "{args:?}: a header and rows:\n{out}");
        let tabs = lines[0].matches('\t').count();
        assert!(
            tabs >= 1,
            "{args:?}: a tab-separated header: {:?}",
            lines[0]
        );
        for line in &lines {
            assert_eq!(
                line.matches('\t').count(),
                tabs,
                "{args:?}: {line:?} is not a row of the table:\n{out}"
            );
        }
        assert!(
            !out.contains(['─', '│', '═', '■', '█', '▏', '▍', '▌', '▉']),
            "{args:?} drew into a pipe:\n{out}"
        );
    }
    let list = env.run(&["list"]).status(0).into_stdout();
    let netflix = list.lines().find(|l| l.starts_with("Netflix\t")).unwrap();
    assert_eq!(netflix.split('\t').count(), 7, "{netflix}");
    // `subs list | cut -f1` prints the names alone.
    let names: Vec<&str> = list
        .lines()
        .map(|l| l.split('\t').next().unwrap_or(""))
        .collect();
    assert_eq!(
        names,
        [
            "Name",
            "Language app",
            "Netflix",
            "Cloud Backup",
            "Spotify",
            "Gym"
        ]
    );
    // The footer is on stderr, whole.
    env.run(&["list"]).status(0).stderr(
        "Monthly cost of active subscriptions: 10.99 EUR + 5217.86 JPY + 36.24 USD\n\
         (currencies are not added together)\n\
         2 paused, cancelled or expired not shown; --status all lists them\n",
    );
}

/// An empty table in a pipe is its header line alone (so `cut`, `sort` and
/// a script's header check still work); the "nothing here" sentence goes to
/// stderr. Every table command, on a fresh database.
#[test]
fn an_empty_piped_table_is_its_header_alone() {
    let env = TestEnv::new();
    let cases: [(&[&str], &str, &str); 13] = [
        (
            &["list"],
            "Name\tAmount\tCycle\tMonthly\tNext billing\tStatus\tCategory",
            "No subscriptions yet. Add one with: subs add Netflix --amount 15.99 --cycle monthly",
        ),
        (
            &["notify", "list"],
            "Name\tKind\tWhere\tFrom\tSecret",
            "No channels: new alerts go to stdout (cron mails them). Add one with: subs notify add phone ntfy --url https://ntfy.sh/TOPIC",
        ),
        (
            &["notify", "log"],
            "ID\tChannel\tAlert\tStatus\tTries\tWhen / error",
            "No deliveries yet.",
        ),
        (
            &["rates", "list"],
            "Currency\tRate\tSet on\tAge\tSource\tNote",
            "No rates yet. Set one with: subs rates set EUR 1.08",
        ),
        (
            &["undo", "--list"],
            "When\tCommand\tChanges\tState",
            "Nothing to undo.",
        ),
        (
            &["alerts", "list"],
            "ID\tDate\tType\tAlert\tState",
            "No unread alerts.",
        ),
        (
            &["alerts", "list", "--all"],
            "ID\tDate\tType\tAlert\tState",
            "No alerts.",
        ),
        (
            &["category", "list"],
            "Name\tColor\tIcon\tSubscriptions",
            "No categories yet. Add one with: subs category add Entertainment --hex '#E50914'",
        ),
        (
            &["card", "list"],
            "Card\tKind\tExpires\tState\tSubscriptions",
            "No cards. Add one with: subs card add \"Visa 4242\" --expires 2027-08",
        ),
        (
            &["budget", "list"],
            "Budget\tMonthly cost\tAmount\tUsed\tCharged",
            "No budgets. Set one with: subs budget set 150",
        ),
        (
            &["payments"],
            "ID\tDate\tSubscription\tAmount\tDue\tStatus\tTransaction",
            "No payments match.",
        ),
        (
            &["usage"],
            "Subscription\tUses\tTime\tLast used\tCharged\tCost per use\tSince",
            "No usage logged between 2026-10-28 and 2026-11-26.",
        ),
        // "me" is always a member: a header and one row.
        (&["member", "list"], "Member\tSubscriptions\nme\t", ""),
    ];
    for (args, stdout, stderr) in cases {
        let stderr = if stderr.is_empty() {
            String::new()
        } else {
            format!("{stderr}\n")
        };
        env.run(args)
            .status(0)
            .stdout(&format!("{stdout}\n"))
            .stderr(&stderr);
    }
}
