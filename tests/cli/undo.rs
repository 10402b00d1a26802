//! `subs undo`: every writing command, undone, leaves the database exactly
//! as it was; undoing the undo redoes it.

use rusqlite::Connection;

use crate::common::{TestEnv, items, table_rows};

/// The schema and every row (rowid included) of every table but the undo
/// journal's own, the record of the last generator run (when reminders
/// last ran, for `schedule status`: what happened, not data to revert) and
/// the alerts told (what was sent stays sent),
/// and the AUTOINCREMENT counters: what `.dump` shows.
fn data_dump(env: &TestEnv) -> Vec<String> {
    let conn = Connection::open(&env.db).unwrap();
    let mut lines: Vec<String> = conn
        .prepare(
            "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master
             WHERE name NOT LIKE 'undo%' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'undo%'
                AND name NOT IN ('generator_run', 'alert_told')
             ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for table in tables {
        let order = if table == "sqlite_sequence" {
            "name"
        } else {
            "rowid"
        };
        let rowid = if table == "sqlite_sequence" {
            ""
        } else {
            "rowid, "
        };
        let select = format!("SELECT {rowid}* FROM \"{table}\" ORDER BY {order}");
        lines.extend(table_rows(&conn, &table, &select));
    }
    lines
}

/// A portfolio with something of everything: categories, rates, payments,
/// usage, alerts, a refund, a price change.
fn seeded() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["category", "add", "Video", "--hex", "#E50914"]);
    env.ok(&["rates", "set", "EUR", "1.10"]);
    env.monthly("Netflix", "15.99")
        .start("2024-01-28")
        .category("video")
        .add();
    env.monthly("Gym", "30")
        .start("2025-06-28")
        .currency("EUR")
        .add();
    env.yearly("Cloud", "99").start("2025-12-01").add();
    env.ok(&["pay", "netflix"]);
    env.ok(&["log-usage", "netflix", "--duration", "45m"]);
    env.ok(&["log-usage", "gym"]);
    env.ok(&["edit", "cloud", "--amount", "109"]);
    env.ok(&["member", "add", "Buddy"]);
    env.ok(&["alerts", "generate"]);
    env
}

/// The first record's `id` (alerts are listed newest first).
fn first_id(env: &TestEnv, args: &[&str], path: &[&str]) -> String {
    let mut v = env.json(args);
    for key in path {
        v = v[*key].clone();
    }
    v[0]["id"].to_string()
}

#[test]
fn every_writing_command_is_undone_exactly_and_redone() {
    // Another person's backup, to merge in.
    let probe = TestEnv::new();
    probe.ok(&["category", "add", "Books"]);
    probe.monthly("Kindle", "9.99").category("books").add();
    probe.ok(&["pay", "kindle", "--force", "--date", "2026-11-01"]);
    let backup = probe.home().join("backup.json");
    probe.ok(&["export", "--output", backup.to_str().unwrap()]);
    let csv = probe.home().join("subs.csv");
    std::fs::write(
        &csv,
        "name,amount,currency,billing_cycle,start_date\nHBO,9.99,USD,monthly,2026-01-05\n",
    )
    .unwrap();
    let commands: Vec<Vec<&str>> = vec![
        vec!["add", "Spotify", "--amount", "11.99", "--cycle", "monthly"],
        vec![
            "edit",
            "netflix",
            "--amount",
            "17.99",
            "--notes",
            "price rise",
        ],
        vec![
            "add", "Max", "--amount", "9.99", "--cycle", "monthly", "--trial", "7d",
        ],
        vec!["edit", "gym", "--term", "12m", "--notice", "30d"],
        vec!["pause", "gym"],
        vec!["cancel", "cloud"],
        vec!["cancel", "netflix", "--at-period-end"],
        vec!["delete", "netflix", "--yes"],
        vec!["pay", "gym", "--force"],
        vec!["payments", "edit", "{payment}", "--amount", "15.00"],
        vec!["payments", "delete", "{payment}", "--yes"],
        vec!["log-usage", "cloud"],
        vec!["usage", "delete", "{usage}", "--yes"],
        vec!["renew", "--today", "2027-03-01"],
        vec!["alerts", "generate", "--today", "2026-12-26"],
        vec!["alerts", "read", "{alert}"],
        vec!["alerts", "dismiss", "--all"],
        vec!["category", "add", "Music"],
        vec!["budget", "set", "100", "--currency", "EUR"],
        vec!["card", "add", "Visa", "--expires", "2027-08"],
        vec!["member", "add", "Alex"],
        vec![
            "edit",
            "netflix",
            "--shared-with",
            "me,buddy",
            "--paid-by",
            "bud",
        ],
        vec!["member", "remove", "buddy"],
        vec!["budget", "set", "10", "--category", "video"],
        vec!["category", "edit", "video", "--name", "Films"],
        vec!["category", "delete", "video", "--yes"],
        vec!["config", "set", "base_currency", "EUR"],
        vec!["rates", "set", "GBP", "1.27"],
        vec!["rates", "remove", "EUR"],
        vec!["import", csv.to_str().unwrap()],
        vec!["import", backup.to_str().unwrap()],
    ];
    for args in commands {
        let env = seeded();
        let ids = [
            ("{payment}", first_id(&env, &["payments"], &["payments"])),
            ("{usage}", first_id(&env, &["usage"], &["logs"])),
            ("{alert}", first_id(&env, &["alerts", "list"], &[])),
        ];
        let args: Vec<String> = args
            .iter()
            .map(|a| {
                ids.iter()
                    .find(|(name, _)| name == a)
                    .map_or_else(|| a.to_string(), |(_, id)| id.clone())
            })
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let before = data_dump(&env);
        // Changing the base currency says what became of the rates.
        let stderr = match args.as_slice() {
            ["config", "set", "base_currency", "EUR"] => {
                "warning: the rates were against USD; they are now cross rates against EUR: \
                 1 USD = 0.9090909091 EUR\n"
            }
            _ => "",
        };
        env.ok_with_stderr(&args, stderr);
        let after = data_dump(&env);
        assert_ne!(
            before, after,
            "subs {args:?} changed nothing: a useless case"
        );
        let undone = env.json(&["undo", "--yes"]);
        assert_eq!(
            undone["undone"]["command"],
            format!("subs {}", args.join(" "))
                .as_str()
                .replace("price rise", "'price rise'"),
            "{undone}"
        );
        assert_eq!(
            before,
            data_dump(&env),
            "subs {args:?}; undo did not restore the database"
        );
        let redone = env.json(&["redo"]);
        assert_eq!(redone["redone"]["state"], "done", "{redone}");
        assert_eq!(
            after,
            data_dump(&env),
            "subs {args:?}; undo; redo did not redo it"
        );
        // And the step walks back again, as exactly.
        env.ok(&["undo", "--yes"]);
        assert_eq!(
            before,
            data_dump(&env),
            "subs {args:?}; undo; redo; undo did not restore the database"
        );
    }
}

#[test]
fn the_journal_is_listed_bounded_and_kept_out_of_exports() {
    let env = TestEnv::new();
    env.run(&["undo"]).status(0).stdout("Nothing to undo.\n");
    env.monthly("Netflix", "15.99").add();
    env.ok(&["pay", "netflix", "--force"]);
    env.ok(&["alerts", "generate"]);
    // Read-only commands, and a cron run that finds nothing, journal nothing.
    env.ok_with_stderr(
        &["list"],
        "Monthly cost of active subscriptions: 15.99 USD\n",
    );
    env.ok(&["dashboard"]);
    env.ok(&["alerts", "generate"]);
    let list = env.json(&["undo", "--list"]);
    let commands: Vec<&str> = items(&list)
        .map(|s| s["command"].as_str().unwrap())
        .collect();
    assert_eq!(
        commands,
        [
            "subs alerts generate",
            "subs pay netflix --force",
            "subs --json add Netflix --amount 15.99 --cycle monthly"
        ]
    );
    assert!(
        list[0]["at"].as_str().unwrap().starts_with("2026-11-26T"),
        "{list}"
    );
    assert_eq!(
        env.json(&["undo", "--list", "1"]).as_array().unwrap().len(),
        1
    );
    let text = env.ok(&["undo", "--list"]);
    assert!(text.contains("subs pay netflix --force"), "{text}");
    // Undo reverts the newest: the reminder goes, the payment stays.
    env.ok(&["undo", "--yes"]);
    assert!(env.json(&["alerts", "list"]).as_array().unwrap().is_empty());
    assert_eq!(items(&env.json(&["payments"])["payments"]).len(), 1);

    // Bounded by undo_depth.
    env.ok(&["config", "set", "undo_depth", "2"]);
    for name in ["A", "B", "C"] {
        env.monthly(name, "1").add();
    }
    let list = env.json(&["undo", "--list", "100"]);
    assert_eq!(list.as_array().unwrap().len(), 2, "{list}");
    assert_eq!(
        list[0]["command"],
        "subs --json add C --amount 1 --cycle monthly"
    );

    // Not in a backup.
    let backup = env.ok(&["export"]);
    assert!(
        !backup.contains("undo_step") && !backup.contains("subs --json add"),
        "{backup}"
    );

    // 0 keeps no journal at all.
    env.ok(&["config", "set", "undo_depth", "0"]);
    env.monthly("D", "1").add();
    assert_eq!(
        env.sql_count("SELECT count(*) FROM undo_step WHERE command LIKE 'subs --json add D%'"),
        0
    );
}

#[test]
fn undo_names_what_it_reverted_and_redoes() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").add();
    env.run(&["undo"]).status(0).stdout_has(
        "Undone: subs --json add Netflix --amount 15.99 --cycle monthly (1 change, 2026-11-26T",
    );
    assert!(env.json(&["list"]).as_array().unwrap().is_empty());
    env.run(&["redo"])
        .status(0)
        .stdout("Redone: subs --json add Netflix --amount 15.99 --cycle monthly (1 change).\n")
        .stderr("");
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 1);
}

#[test]
fn a_restore_into_an_empty_database_is_undone_in_bulk_and_redone() {
    let source = seeded();
    let backup = source.home().join("backup.json");
    source.ok(&["export", "--output", backup.to_str().unwrap()]);
    let env = TestEnv::new();
    env.create_db();
    let before = data_dump(&env);
    env.ok(&["import", backup.to_str().unwrap()]);
    let after = data_dump(&env);
    // Journalled as one entry per table, not one per row.
    assert!(
        env.sql_count("SELECT count(*) FROM undo_log WHERE op = 'empty'") <= 9
            && env.sql_count(
                "SELECT count(*) FROM undo_log WHERE op IN ('insert', 'update', 'delete')"
            ) == 0,
        "the restore was journalled row by row"
    );
    let rows = env.sql_count(
        "SELECT sum(rows) FROM undo_log WHERE op = 'empty'
            AND step = (SELECT max(id) FROM undo_step)",
    );
    let listed = env.json(&["undo", "--list"]);
    assert_eq!(listed[0]["changes"], rows, "{listed}");
    assert!(rows >= 10, "{rows}");
    env.ok(&["undo"]);
    assert_eq!(before, data_dump(&env));
    env.ok(&["redo"]);
    assert_eq!(after, data_dump(&env));
}

/// The `at` of the journal's step running `command`.
fn at_of(env: &TestEnv, command: &str) -> String {
    let list = env.json(&["undo", "--list", "100"]);
    list.as_array()
        .unwrap()
        .iter()
        .find(|s| s["command"] == command)
        .unwrap_or_else(|| panic!("{command} not in {list}"))["at"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Repeated undo walks back older and older commands, redo walks forward
/// in order, and a new change after undos forgets what could be redone.
#[test]
fn undo_walks_back_redo_walks_forward_and_a_new_change_ends_redo() {
    let env = TestEnv::new();
    env.create_db();
    let empty = data_dump(&env);
    env.ok(&["add", "A", "--amount", "1", "--cycle", "monthly"]);
    let one = data_dump(&env);
    env.ok(&["add", "B", "--amount", "2", "--cycle", "monthly"]);
    let two = data_dump(&env);
    env.ok(&["edit", "a", "--amount", "5"]);
    let three = data_dump(&env);
    let edit_at = at_of(&env, "subs edit a --amount 5");
    let b_at = at_of(&env, "subs add B --amount 2 --cycle monthly");

    env.run(&["undo"])
        .status(0)
        .stdout(&format!(
            "Undone: subs edit a --amount 5 (4 changes, {edit_at}); `subs redo` brings it back.\n"
        ))
        .stderr("");
    assert_eq!(data_dump(&env), two);
    env.run(&["undo"])
        .status(0)
        .stdout(&format!(
            "Undone: subs add B --amount 2 --cycle monthly (1 change, {b_at}); `subs redo` brings it back.\n"
        ))
        .stderr("");
    assert_eq!(data_dump(&env), one);
    env.ok(&["undo"]);
    assert_eq!(data_dump(&env), empty);
    // Nothing older to undo (the change that made the file was undone by
    // create_db, and the first add forgot it).
    env.run(&["undo"])
        .status(0)
        .stdout("Nothing to undo.\n")
        .stderr("");

    // The list marks where undo and redo stand.
    let list = env.json(&["undo", "--list"]);
    let marks: Vec<(String, String, String)> = items(&list)
        .map(|s| {
            (
                s["command"].as_str().unwrap().to_string(),
                s["state"].as_str().unwrap().to_string(),
                s["next"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let row = |c: &str, s: &str, n: &str| (c.to_string(), s.to_string(), n.to_string());
    assert_eq!(
        marks,
        [
            row("subs edit a --amount 5", "undone", ""),
            row("subs add B --amount 2 --cycle monthly", "undone", ""),
            row("subs add A --amount 1 --cycle monthly", "undone", "redo"),
        ]
    );

    env.run(&["redo"])
        .status(0)
        .stdout("Redone: subs add A --amount 1 --cycle monthly (1 change).\n")
        .stderr("");
    assert_eq!(data_dump(&env), one);
    env.ok(&["redo"]);
    assert_eq!(data_dump(&env), two);
    let text = env.ok(&["undo", "--list"]);
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines[0], ["When", "Command", "Changes", "State"], "{text}");
    let states: Vec<(&str, &str)> = lines[1..].iter().map(|l| (l[1], l[3])).collect();
    assert_eq!(
        states,
        [
            ("subs edit a --amount 5", "undone <- redo"),
            ("subs add B --amount 2 --cycle monthly", "done <- undo"),
            ("subs add A --amount 1 --cycle monthly", "done"),
        ],
        "{text}"
    );
    env.ok(&["redo"]);
    assert_eq!(data_dump(&env), three);
    // A new change after an undo: the undone edit can no longer be redone.
    env.ok(&["undo"]);
    env.ok(&["add", "C", "--amount", "3", "--cycle", "monthly"]);
    env.run(&["redo"])
        .status(0)
        .stdout("Nothing to redo.\n")
        .stderr("");
    assert_eq!(env.json(&["redo"]), serde_json::json!({ "redone": null }));
    let commands: Vec<String> = items(&env.json(&["undo", "--list"]))
        .map(|s| {
            format!(
                "{} {}",
                s["state"].as_str().unwrap(),
                s["command"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        commands,
        [
            "done subs add C --amount 3 --cycle monthly",
            "done subs add B --amount 2 --cycle monthly",
            "done subs add A --amount 1 --cycle monthly",
        ]
    );
}

/// Undo names a cron run and, without a terminal, asks for --yes; an
/// alerts run undone and run again stores its alerts again but sends
/// nothing a second time.
#[test]
fn a_background_run_is_undone_only_with_yes_and_its_alerts_are_not_sent_twice() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").start("2026-10-27").add();
    let saved = env.home().join("alerts.jsonl");
    let run = format!("cat >> '{}'", saved.display());
    env.ok(&["notify", "add", "script", "command", "--run", &run]);
    let first = env.ok(&["alerts", "generate"]);
    assert!(first.contains("Netflix renews tomorrow"), "{first}");
    let sent = std::fs::read_to_string(&saved).unwrap();
    let reminders = |text: &str| text.matches("\"renewal_reminder\"").count();
    assert_eq!(reminders(&sent), 1, "{sent}");
    let alerts = env.json(&["alerts", "list"]);
    assert_eq!(alerts.as_array().unwrap().len(), 1, "{alerts}");

    let at = at_of(&env, "subs alerts generate");
    let changes = env.json(&["undo", "--list", "1"])[0]["changes"].clone();
    let before = env.dump();
    env.run(&["undo"])
        .status(2)
        .stdout("")
        .stderr(&format!(
            "error: the last change is a background run: subs alerts generate at {at} ({changes} changes); pass --yes to undo it (not on a terminal, so subs cannot ask)\n"
        ));
    assert_eq!(before, env.dump(), "a refused undo changed the database");

    env.run(&["undo", "--yes"])
        .status(0)
        .stdout(&format!(
            "Undone: subs alerts generate ({changes} changes, {at}, a background run); `subs redo` brings it back.\n"
        ))
        .stderr("");
    assert!(env.json(&["alerts", "list"]).as_array().unwrap().is_empty());
    assert_eq!(env.sql_count("SELECT count(*) FROM delivery"), 0);

    // The next run raises the same alert again (it is still true), tells
    // no one, and queues nothing.
    env.run(&["alerts", "generate"])
        .status(0)
        .stdout("")
        .stderr("");
    let again = env.json(&["alerts", "list"]);
    assert_eq!(again.as_array().unwrap().len(), 1, "{again}");
    assert_eq!(again[0]["title"], alerts[0]["title"]);
    assert_eq!(std::fs::read_to_string(&saved).unwrap(), sent);
    assert_eq!(env.sql_count("SELECT count(*) FROM delivery"), 0);
    // A new occurrence is told as ever.
    let next = env.generate_on("2026-12-26");
    assert!(next.contains("Netflix renews"), "{next}");
    assert_eq!(reminders(&std::fs::read_to_string(&saved).unwrap()), 2);
}

/// The journal stores values, not SQL: text with a NUL comes back whole,
/// and a tampered journal runs nothing of its own.
#[test]
fn undo_binds_values_and_refuses_a_tampered_journal() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").add();
    env.sql("UPDATE subscription SET notes = 'a' || char(0) || 'b'");
    env.ok(&["edit", "netflix", "--notes", "plain"]);
    env.ok(&["undo"]);
    assert_eq!(
        env.sql_count(
            "SELECT count(*) FROM subscription
             WHERE CAST(notes AS BLOB) = CAST('a' || char(0) || 'b' AS BLOB)"
        ),
        1,
        "the NUL did not survive undo"
    );
    env.ok(&["redo"]);

    // A column name that is SQL.
    env.sql(
        "UPDATE undo_value SET col = 'notes\" = 1; DROP TABLE payment; --'
         WHERE col = 'notes' AND log IN (SELECT id FROM undo_log WHERE op = 'update')",
    );
    env.run(&["undo"])
        .status(1)
        .stdout("")
        .stderr(
            "error: the undo journal is damaged (subscription has no column \"notes\\\" = 1; DROP TABLE payment; --\"); nothing was changed\n",
        );
    // A table that is not journalled.
    env.sql("UPDATE undo_log SET tbl = 'sqlite_master' WHERE op = 'update'");
    env.fails_unchanged(&["undo"], 1);
    assert_eq!(
        env.sql_count("SELECT count(*) FROM sqlite_master WHERE name = 'payment'"),
        1
    );
}

/// `subs undo` on a pseudo-terminal, answering `answer`.
fn undo_on_terminal(env: &TestEnv, answer: &str) -> String {
    let (code, screen) = env.typing("undo", &[answer]);
    assert_eq!(code, Some(0), "{screen}");
    screen
}

/// On a terminal, undo names the background run and asks: "n" changes
/// nothing, "y" undoes it.
#[test]
fn on_a_terminal_undo_asks_before_reverting_a_background_run() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").start("2026-10-27").add();
    env.ok(&["alerts", "generate"]);
    let before = env.dump();
    let screen = undo_on_terminal(&env, "n");
    assert!(
        screen.contains("the last change is a background run: subs alerts generate at ")
            && screen.contains("Undo it?")
            && screen.contains("Nothing undone."),
        "{screen}"
    );
    assert_eq!(before, env.dump());
    let screen = undo_on_terminal(&env, "y");
    assert!(screen.contains("Undone: subs alerts generate"), "{screen}");
    assert!(env.json(&["alerts", "list"]).as_array().unwrap().is_empty());
}

/// A cron run that renews, expires a subscription and raises alerts (the
/// alerts journalled in one statement, the rest by the triggers it armed)
/// is one step: undo gives back exactly the data before it, redo exactly
/// the data after it. (The run's own records stay: when it ran, what it
/// told, and the journal itself.)
#[test]
fn a_cron_run_is_undone_and_redone_exactly() {
    let env = TestEnv::new();
    env.monthly("Gym", "30")
        .start("2026-09-20")
        .next("2026-11-20")
        .add();
    env.monthly("Netflix", "15.99").start("2026-10-27").add();
    env.monthly("Spotify", "9.99").start("2026-10-28").add();
    env.ok(&["edit", "spotify", "--end", "2026-11-25"]);
    let data = |env: &TestEnv| -> Vec<String> {
        let own = ["undo_", "generator_run:", "alert_told:"];
        (env.dump().into_iter())
            .filter(|row| !own.iter().any(|t| row.starts_with(t)))
            .collect()
    };
    let before = data(&env);
    let out = env.ok(&["alerts", "generate"]);
    assert!(out.contains("Recorded 1 renewal payment"), "{out}");
    let after = data(&env);
    let count = |sql: &str| env.sql_count(sql);
    assert_eq!(
        count("SELECT count(*) FROM subscription WHERE status = 'expired'"),
        1
    );
    assert!(count("SELECT count(*) FROM alert") >= 2, "{out}");
    env.ok(&["undo", "--yes"]);
    assert_eq!(data(&env), before, "undone");
    env.ok(&["redo"]);
    assert_eq!(data(&env), after, "redone");
}
