//! Every validation error: exit 2, one clear sentence naming the field and
//! the value, and the database left exactly as it was.

use crate::common::{Succeeds, TestEnv, has, words};

/// A database with one subscription, so "unchanged" means something.
fn seeded() -> TestEnv {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").start("2024-01-31").add();
    env
}

fn add_fails(env: &TestEnv, extra: &[&str]) -> String {
    let mut args = vec!["add", "New"];
    args.extend_from_slice(extra);
    env.fails_unchanged(&args, 2)
}

#[test]
fn custom_cycle_needs_every_days_in_range() {
    let env = seeded();
    let err = add_fails(&env, &["--amount", "5", "--cycle", "custom"]);
    assert!(err.contains("--every-days"), "{err}");
    for bad in ["0", "366", "-3"] {
        let err = add_fails(
            &env,
            &["--amount", "5", "--cycle", "custom", "--every-days", bad],
        );
        assert!(err.contains("--every-days") && err.contains(bad), "{err}");
    }
    let err = add_fails(
        &env,
        &["--amount", "5", "--cycle", "monthly", "--every-days", "30"],
    );
    assert!(err.contains("only applies to --cycle custom"), "{err}");
    env.refuses(
        &["edit", "netflix", "--every-days", "30"],
        2,
        "only applies",
    );
}

#[test]
fn dates_must_be_ordered() {
    let env = seeded();
    let err = add_fails(
        &env,
        &words("--amount 5 --cycle monthly --start 2025-05-01 --next 2025-04-30"),
    );
    assert!(
        err.contains("--next")
            && err.contains("2025-04-30")
            && err.contains("before the start date"),
        "{err}"
    );
    let err = add_fails(
        &env,
        &words("--amount 5 --cycle monthly --start 2025-05-01 --end 2025-01-01"),
    );
    assert!(err.contains("--end") && err.contains("2025-01-01"), "{err}");
    env.refuses(&["edit", "netflix", "--next", "2020-01-01"], 2, "--next");
    env.refuses(&["edit", "netflix", "--end", "2023-12-31"], 2, "--end");
    env.refuses(&["cancel", "netflix", "--at", "2023-01-01"], 2, "--at");
    env.refuses(&["edit", "netflix", "--start", "2027-06-01"], 2, "--start");
}

#[test]
fn malformed_dates_name_the_flag() {
    let env = seeded();
    for (flag, bad) in [
        ("--start", "2024-02-30"),
        ("--start", "31/01/2024"),
        ("--next", "someday"),
        ("--next", "+3q"),
        ("--end", "2024-13-01"),
        ("--start", "0024-01-01"),
    ] {
        let err = add_fails(&env, &["--amount", "5", "--cycle", "monthly", flag, bad]);
        assert!(err.contains(flag) && err.contains(bad), "{err}");
    }
    env.refuses(&["--today", "2026-13-01", "list"], 2, "--today");
    let out = env
        .cmd()
        .env("SUBS_TODAY", "yesterday")
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn amounts_are_checked_with_hints() {
    let env = seeded();
    let err = add_fails(&env, &["--amount", "12,5", "--cycle", "monthly"]);
    has(&err, "invalid --amount \"12,5\"");
    has(&err, "use a dot");
    let err = add_fails(&env, &["--amount", "1.999", "--cycle", "monthly"]);
    assert!(err.contains("1.999") && err.contains("2 decimal"), "{err}");
    for bad in ["0", "-5", "0.00", "100000000", "abc", "1e3"] {
        let err = add_fails(&env, &["--amount", bad, "--cycle", "monthly"]);
        assert!(
            err.contains("--amount") && err.contains(bad),
            "{bad}: {err}"
        );
    }
    env.refuses(&["edit", "netflix", "--amount", "-1"], 2, "greater than 0");
}

#[test]
fn enums_list_the_allowed_values() {
    let env = seeded();
    let err = add_fails(&env, &["--amount", "5", "--cycle", "fortnightly"]);
    has(&err, "weekly");
    has(&err, "monthly");
    has(&err, "custom");
    let err = add_fails(
        &env,
        &words("--amount 5 --cycle monthly --payment-method cash"),
    );
    has(&err, "card");
    has(&err, "bank_transfer");
    has(&err, "paypal");
    let err = env.fails_unchanged(&["list", "--status", "gone"], 2);
    has(&err, "active");
    has(&err, "paused");
    has(&err, "cancelled");
}

#[test]
fn currency_must_be_iso_4217() {
    let env = seeded();
    let err = add_fails(
        &env,
        &["--amount", "5", "--cycle", "monthly", "--currency", "ABC"],
    );
    has(&err, "--currency");
    has(&err, "ABC");
    has(&err, "ISO 4217");
    env.refuses(&["config", "set", "base_currency", "XYZ"], 2, "XYZ");
}

#[test]
fn colour_url_reminder_days_and_names() {
    let env = seeded();
    let err = env.fails_unchanged(&["category", "add", "Music", "--hex", "#12345"], 2);
    assert!(err.contains("#RRGGBB") && err.contains("#12345"), "{err}");
    env.refuses(
        &["category", "add", "Music", "--color", "red"],
        2,
        "--color",
    );
    let err = add_fails(&env, &words("--amount 5 --cycle monthly --url ftp://x.org"));
    has(&err, "--url");
    has(&err, "ftp://x.org");
    for bad in ["-1", "366"] {
        let err = add_fails(
            &env,
            &[
                "--amount",
                "5",
                "--cycle",
                "monthly",
                "--reminder-days",
                bad,
            ],
        );
        has(&err, "--reminder-days");
        has(&err, bad);
    }
    env.refuses(
        &["add", "   ", "--amount", "5", "--cycle", "monthly"],
        2,
        "NAME must not be empty",
    );
    let long = "n".repeat(201);
    env.refuses(
        &["add", &long, "--amount", "5", "--cycle", "monthly"],
        2,
        "at most 200 characters",
    );
    // 200 characters (not bytes) is fine.
    env.add(&[&"é".repeat(200), "--amount", "5", "--cycle", "monthly"]);
}

#[test]
fn add_refuses_to_prompt_without_a_terminal() {
    let env = seeded();
    let err = env.fails_unchanged(&["add"], 2);
    has(&err, "missing NAME, --amount, --cycle");
    has(&err, "not a terminal");
    env.refuses(
        &["add", "Hulu", "--cycle", "monthly"],
        2,
        "missing --amount",
    );
}

#[test]
fn edit_without_changes_is_an_error() {
    let env = seeded();
    env.refuses(&["edit", "netflix"], 2, "nothing to change");
}

#[test]
fn unknown_settings_and_secrets_are_refused() {
    let env = seeded();
    let err = env.fails_unchanged(&["config", "set", "colour", "blue"], 2);
    has(&err, "unknown setting");
    has(&err, "base_currency");
    env.refuses(
        &["config", "set", "GEMINI_API_KEY", "secret"],
        2,
        "never stored",
    );
    env.refuses(
        &["config", "set", "max_subscriptions", "0"],
        2,
        "max_subscriptions",
    );
}

#[test]
fn json_errors_are_documents_on_stderr() {
    let env = seeded();
    let err = env.fails_unchanged(
        &[
            "--json", "add", "X", "--amount", "12,5", "--cycle", "monthly",
        ],
        2,
    );
    let v: serde_json::Value = serde_json::from_str(err.trim()).expect("JSON error document");
    assert_eq!(v["error"]["code"], 2);
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("use a dot")
    );
    let err = env.fails_unchanged(&["--json", "show", "nothing"], 3);
    let v: serde_json::Value = serde_json::from_str(err.trim()).unwrap();
    assert_eq!(v["error"]["code"], 3);
    assert_eq!(v["error"]["kind"], "not_found");
    // Errors found by the argument parser are documents too.
    let err = env.fails_unchanged(&["--json", "list", "--status", "gone"], 2);
    let v: serde_json::Value = serde_json::from_str(err.trim()).unwrap();
    assert_eq!(v["error"]["code"], 2);
}

#[test]
fn bad_profile_names_are_refused() {
    let env = TestEnv::new();
    let err = env
        .cmd()
        .env_remove("SUBS_DB")
        .args(["--profile", "../x", "list"])
        .exits(2);
    has(&err, "--profile");
    // From the environment, the message names the variable.
    let err = env
        .cmd()
        .env_remove("SUBS_DB")
        .env("SUBS_PROFILE", "a b")
        .args(["list"])
        .exits(2);
    assert!(err.contains("invalid SUBS_PROFILE \"a b\""), "{err}");
    assert!(!env.home().join("data").exists(), "nothing was created");
}

#[test]
fn error_messages_never_carry_raw_escape_sequences() {
    let env = seeded();
    let err = env.fails_unchanged(&["show", "evil\u{1b}[2J"], 3);
    assert!(!err.contains('\u{1b}'), "{err:?}");
    let err = env.fails_unchanged(
        &["add", "X", "--amount", "1\u{1b}[31m", "--cycle", "monthly"],
        2,
    );
    assert!(!err.contains('\u{1b}'), "{err:?}");
}

/// Paths are data too: "Wrote PATH" and -v never carry raw escapes.
#[test]
fn printed_paths_are_terminal_safe() {
    let env = TestEnv::new();
    env.monthly("Netflix", "1").add();
    let evil = env.home().join("evil\u{1b}[2J.json");
    let out = env
        .cmd()
        .args(["export", "-o", evil.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("Wrote "), "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "{stdout:?}");
    assert!(evil.exists());
    let db = env.home().join("db\u{1b}]0;title\u{7}.db");
    let out = env
        .cmd()
        .args(["-v", "--db", db.to_str().unwrap(), "list"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("subs: database"), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
}

/// One log holds at most a million uses, so no sum of logs can overflow;
/// a backup is held to the same bound.
#[test]
fn usage_counts_are_bounded_per_log() {
    let env = TestEnv::new();
    env.monthly("Netflix", "1").add();
    env.ok(&["log-usage", "netflix", "--count", "1000000"]);
    env.refuses(
        &["log-usage", "netflix", "--count", "1000001"],
        2,
        "at most 1000000 uses per log",
    );
    let err = env.fails_unchanged(
        &["log-usage", "netflix", "--count", "9223372036854775807"],
        2,
    );
    assert!(err.contains("--count"), "{err}");
    let mut backup: serde_json::Value = serde_json::from_str(&env.ok(&["export"])).unwrap();
    backup["usage"][0]["usage_count"] = serde_json::json!(9_000_000_000_000_000_000u64);
    let file = env.home().join("b.json");
    std::fs::write(&file, backup.to_string()).unwrap();
    let copy = TestEnv::new();
    let err = copy.fails(&["import", file.to_str().unwrap()], 2);
    assert!(err.contains("usage_count"), "{err}");
    env.ok_with_stderr(
        &["usage"],
        "Usage from 2026-10-28 to 2026-11-26.\n`subs usage NAME` lists one subscription's logs.\n",
    );
}

/// `subs delete e --yes` deleted "example.dev domain": with `--yes` (no
/// prompt to show what matched), a reference of one or two characters that
/// is not a whole name or id is refused — exit 2, invalid input: it did
/// match, but is too short to trust with data that cannot come back.
#[test]
fn a_one_or_two_character_reference_deletes_nothing_with_yes() {
    let env = TestEnv::new();
    env.yearly("example.dev domain", "12").add();
    env.monthly("TV", "5").add();
    for typed in ["e", "ex", " E "] {
        let before = env.dump();
        env.run(&["delete", typed, "--yes"])
            .status(2)
            .stdout("")
            .stderr(&format!(
                "error: refusing to delete with --yes by a reference of one or two characters (\"{}\" matched \"example.dev domain\"): type more of the name, or the id\n",
                typed.trim()
            ));
        assert_eq!(before, env.dump(), "{typed:?} changed the database");
    }
    // A whole name, however short, and three characters are enough.
    let tv = env.json(&["delete", "tv", "--yes"]);
    assert_eq!(tv["deleted"]["name"], "TV", "{tv}");
    let example = env.json(&["delete", "exa", "--yes"]);
    assert_eq!(
        example["deleted"]["name"], "example.dev domain",
        "{example}"
    );
    // Categories too.
    env.ok(&["category", "add", "Video"]);
    let before = env.dump();
    env.run(&["category", "delete", "v", "--yes"])
        .status(2)
        .stdout("")
        .stderr("error: refusing to delete with --yes by a reference of one or two characters (\"v\" matched \"Video\"): type more of the name, or the id\n");
    assert_eq!(before, env.dump());
    env.run(&["category", "delete", "vid", "--yes"])
        .status(0)
        .stderr("")
        .stdout("Deleted category Video; 0 subscriptions are now uncategorised\n");
}

/// `upcoming --days N` covers today and the N−1 days after it, as its help
/// says; one day is "1 day".
#[test]
fn upcoming_days_n_covers_today_and_the_n_minus_one_days_after_it() {
    let env = TestEnv::new(); // today is 2026-11-26
    env.monthly("Gym", "30").start("2026-11-26").add();
    env.monthly("Cloud", "2").start("2026-10-03").add(); // next: 2026-12-03
    env.run(&["upcoming", "--days", "1"])
        .status(0)
        .stderr("")
        .stdout(&format!(
            "2026-11-26 (today)\n  {:<32} {:>12} USD\nTotal in the next 1 day: 30.00 USD\n",
            "Gym", "30.00"
        ));
    let week = env.json(&["upcoming", "--days", "7"]);
    assert_eq!(
        (&week["from"], &week["until"]),
        (&"2026-11-26".into(), &"2026-12-02".into())
    );
    assert_eq!(week["charges"].as_array().map(Vec::len), Some(1), "{week}");
    let eight = env.json(&["upcoming", "--days", "8"]);
    assert_eq!(eight["until"], "2026-12-03");
    assert_eq!(eight["charges"][1]["subscription_name"], "Cloud", "{eight}");
}

/// `--cycle Monthly` is read as `monthly`, as CSV imports already are.
#[test]
fn cycle_names_are_read_in_any_letter_case() {
    let env = TestEnv::new();
    env.run(&["add", "Gym", "--amount", "30", "--cycle", "Monthly", "-q"])
        .status(0)
        .stderr("");
    env.ok(&["edit", "gym", "--cycle", "YEARLY"]);
    assert_eq!(env.json(&["show", "gym"])["billing_cycle"], "yearly");
}

/// Errors quote what was typed (`tomorrow`, not the day it means) and name
/// every form the flag accepts.
#[test]
fn date_errors_quote_what_was_typed_and_name_every_accepted_form() {
    let env = seeded(); // today is 2026-11-26
    env.refuses_exactly(&["log-usage", "netflix", "--date", "tomorrow"], 2, "error: invalid --date \"tomorrow\" (2026-11-27): usage cannot be logged for a future day (today is 2026-11-26)\n");
    env.refuses_exactly(&["pay", "netflix", "--date", "+2d"], 2, "error: invalid --date \"+2d\" (2026-11-28): a paid payment cannot be in the future (today is 2026-11-26); use --status pending for a scheduled one\n");
    env.refuses_exactly(&["payments", "--since", "2026-12", "--until", "2026-11"], 2, "error: invalid --since \"2026-12\" (2026-12-01): it is after --until \"2026-11\" (2026-11-30)\n");
    for bad in ["Dec 2026", "2026/12"] {
        let err = env.fails_unchanged(&["payments", "--since", bad], 2);
        assert_eq!(
            err,
            format!(
                "error: invalid --since \"{bad}\": use YYYY-MM-DD, a month as YYYY-MM, or today, tomorrow, yesterday, eom, +7d, -2w, +1m, +1y\n"
            )
        );
    }
}

/// A usage error is JSON on stderr whenever `--json` is on the line, also
/// where clap stopped reading before it.
#[test]
fn usage_errors_are_json_wherever_json_appears() {
    let env = TestEnv::new();
    for (args, message) in [
        (vec!["nosuch", "--json"], "unrecognized subcommand 'nosuch'"),
        (
            vec!["list", "--sort", "bogus", "--json"],
            "invalid value 'bogus' for '--sort <KEY>'",
        ),
        (
            vec!["pay", "--json"],
            "the following required arguments were not provided: <SUBSCRIPTION>",
        ),
    ] {
        let run = env.run(&args).status(2).stdout("");
        let err: serde_json::Value = serde_json::from_str(run.stderr_text()).unwrap_or_else(|e| {
            panic!(
                "{args:?}: stderr is not one JSON document ({e}): {}",
                run.stderr_text()
            )
        });
        assert_eq!(err["error"]["code"], 2, "{err}");
        assert_eq!(err["error"]["kind"], "invalid_input", "{err}");
        let text = err["error"]["message"].as_str().unwrap_or_default();
        assert!(text.starts_with(message), "{args:?}: {text}");
    }
    // After `--`, `--json` is a value, not the flag: text as usual.
    env.run(&["nosuch", "--", "--json"])
        .status(2)
        .stdout("")
        .stderr_has("error: unrecognized subcommand 'nosuch'");
}

/// When MAX_SUBSCRIPTIONS comes from the environment, `config set` would
/// not help: the advice names the variable.
#[test]
fn the_subscription_limit_names_where_it_comes_from() {
    let env = seeded();
    let from_env = env
        .cmd()
        .env("MAX_SUBSCRIPTIONS", "1")
        .args(["add", "Gym", "--amount", "30", "--cycle", "monthly"])
        .output()
        .unwrap();
    assert_eq!(from_env.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&from_env.stderr),
        "error: cannot add more than 1 subscriptions (the MAX_SUBSCRIPTIONS setting); the environment variable MAX_SUBSCRIPTIONS sets it (it wins over `subs config set`); raise or unset it\n"
    );
    env.ok(&["config", "set", "max_subscriptions", "1"]);
    env.refuses_exactly(&["add", "Gym", "--amount", "30", "--cycle", "monthly"], 2, "error: cannot add more than 1 subscriptions (the MAX_SUBSCRIPTIONS setting); raise it with `subs config set max_subscriptions N`\n");
}

/// A date checked against another day (the start date, the window's end)
/// is quoted as typed, with the day it means, as every other date error.
#[test]
fn date_range_errors_quote_what_was_typed() {
    let env = seeded(); // Netflix from 2024-01-31; today is 2026-11-26
    let new = ["add", "New", "--amount", "5", "--cycle", "monthly"];
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            [&new[..], &["--start", "today", "--next", "-1w"]].concat(),
            "error: invalid --next \"-1w\" (2026-11-19): the next billing date cannot be before the start date 2026-11-26\n",
        ),
        (
            [&new[..], &["--start", "today", "--end", "yesterday"]].concat(),
            "error: invalid --end \"yesterday\" (2026-11-25): the end date cannot be before the start date 2026-11-26\n",
        ),
        (
            [
                &new[..],
                &["--start", "today", "--trial-until", "yesterday"],
            ]
            .concat(),
            "error: invalid --trial-until \"yesterday\" (2026-11-25): a trial cannot end before the start date 2026-11-26\n",
        ),
        (
            vec!["edit", "netflix", "--next", "-3y"],
            "error: invalid --next \"-3y\" (2023-11-26): the next billing date cannot be before the start date 2024-01-31\n",
        ),
        (
            vec!["edit", "netflix", "--end", "2023-12-31"],
            "error: invalid --end \"2023-12-31\": the end date cannot be before the start date 2024-01-31\n",
        ),
        (
            vec!["edit", "netflix", "--trial-until", "-3y"],
            "error: invalid --trial-until \"-3y\" (2023-11-26): a trial cannot end before the start date 2024-01-31\n",
        ),
        (
            vec!["edit", "netflix", "--start", "+1m"],
            "error: invalid --start \"+1m\" (2026-12-26): it is after the next billing date 2026-11-30; pass --next too\n",
        ),
        (
            vec!["cancel", "netflix", "--at", "-3y"],
            "error: invalid --at \"-3y\" (2023-11-26): a subscription cannot end before its start date 2024-01-31\n",
        ),
        (
            vec!["usage", "--since", "tomorrow"],
            "error: invalid --since \"tomorrow\" (2026-11-27): it is after the window's end, today (2026-11-26); pass --until for a later end\n",
        ),
    ];
    for (args, message) in cases {
        let before = env.dump();
        env.run(&args).status(2).stdout("").stderr(message);
        assert_eq!(before, env.dump(), "subs {args:?} changed the database");
    }
    // A malformed day, on any date flag, names every accepted form.
    for args in [
        vec!["cancel", "netflix", "--at", "2026/12/01"],
        vec!["edit", "netflix", "--start", "12-01"],
        vec![
            "add",
            "New",
            "--amount",
            "5",
            "--cycle",
            "monthly",
            "--trial-until",
            "1/2/2026",
        ],
    ] {
        let (flag, value) = (args[args.len() - 2], args[args.len() - 1]);
        let err = env.fails_unchanged(&args, 2);
        assert_eq!(
            err,
            format!(
                "error: invalid {flag} \"{value}\": use YYYY-MM-DD, or today, tomorrow, yesterday, eom, +7d, -2w, +1m, +1y\n"
            )
        );
    }
    // resume --next, on a paused subscription.
    env.ok(&["pause", "netflix"]);
    env.refuses_exactly(&["resume", "netflix", "--next", "-3y"], 2, "error: invalid --next \"-3y\" (2023-11-26): the next billing date cannot be before the start date 2024-01-31\n");
}

/// Cancelling today a subscription that starts later names the start date
/// and the way out, not an `--at` that was never typed.
#[test]
fn cancelling_before_the_start_without_at_says_so() {
    let env = seeded();
    env.monthly("Gym", "30").start("2026-12-10").add();
    env.refuses_exactly(&["cancel", "gym"], 2, "error: Gym starts on 2026-12-10: it cannot end before then (today is 2026-11-26); pass --at with that day or a later one\n");
}

/// The import's limit names the environment variable when that is where
/// the limit comes from, as `add` does, and imports nothing.
#[test]
fn the_import_limit_names_where_it_comes_from() {
    let env = seeded();
    let file = env.home().join("two.csv");
    std::fs::write(
        &file,
        "name,amount,billing_cycle\nGym,30.00,monthly\nPress,9.00,monthly\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let before = env.dump();
    let args = ["import", path];
    let out = env
        .cmd()
        .env("MAX_SUBSCRIPTIONS", "2")
        .args(args)
        .output()
        .unwrap();
    crate::common::Run::of(&args, out).status(2).stdout("").stderr(
        "error: line 3: the import would exceed 2 subscriptions (the MAX_SUBSCRIPTIONS setting), so nothing was imported; the environment variable MAX_SUBSCRIPTIONS sets it (it wins over `subs config set`); raise or unset it\n",
    );
    assert_eq!(before, env.dump(), "the import changed the database");
    env.ok(&["config", "set", "max_subscriptions", "2"]);
    let before = env.dump();
    env.run(&args).status(2).stdout("").stderr(
        "error: line 3: the import would exceed 2 subscriptions (the MAX_SUBSCRIPTIONS setting), so nothing was imported; raise it with `subs config set max_subscriptions N`\n",
    );
    assert_eq!(before, env.dump(), "the import changed the database");
}
