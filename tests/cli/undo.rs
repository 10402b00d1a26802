//! `subs undo`: every writing command, undone, leaves the database exactly
//! as it was; undoing the undo redoes it.

use rusqlite::Connection;

use crate::common::TestEnv;

/// The schema and every row (rowid included) of every table but the undo
/// journal's own and the record of the last generator run (when reminders
/// last ran, for `schedule status`: what happened, not data to revert),
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
                AND name <> 'generator_run'
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
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {rowid}* FROM \"{table}\" ORDER BY {order}"
            ))
            .unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                .collect();
            lines.push(format!("{table}: {}", cells.join(" | ")));
        }
    }
    lines
}

/// A portfolio with something of everything: categories, rates, payments,
/// usage, alerts, a refund, a price change.
fn seeded() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["category", "add", "Video", "--hex", "#E50914"]);
    env.ok(&["rates", "set", "EUR", "1.10"]);
    env.sub("Netflix")
        .amount("15.99")
        .monthly()
        .start("2024-01-28")
        .category("video")
        .add();
    env.sub("Gym")
        .amount("30")
        .monthly()
        .start("2025-06-28")
        .currency("EUR")
        .add();
    env.sub("Cloud")
        .amount("99")
        .yearly()
        .start("2025-12-01")
        .add();
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
    probe
        .sub("Kindle")
        .amount("9.99")
        .monthly()
        .category("books")
        .add();
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
        env.ok(&args);
        let after = data_dump(&env);
        assert_ne!(
            before, after,
            "subs {args:?} changed nothing: a useless case"
        );
        let undone = env.json(&["undo"]);
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
        let redone = env.json(&["undo"]);
        assert_eq!(redone["undone"]["kind"], "undo", "{redone}");
        assert_eq!(
            after,
            data_dump(&env),
            "subs {args:?}; undo; undo did not redo it"
        );
    }
}

#[test]
fn the_journal_is_listed_bounded_and_kept_out_of_exports() {
    let env = TestEnv::new();
    env.run(&["undo"]).status(0).stdout("Nothing to undo.\n");
    env.sub("Netflix").amount("15.99").monthly().add();
    env.ok(&["pay", "netflix", "--force"]);
    env.ok(&["alerts", "generate"]);
    // Read-only commands, and a cron run that finds nothing, journal nothing.
    env.ok(&["list"]);
    env.ok(&["dashboard"]);
    env.ok(&["alerts", "generate"]);
    let list = env.json(&["undo", "--list"]);
    let commands: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
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
    env.ok(&["undo"]);
    assert!(env.json(&["alerts", "list"]).as_array().unwrap().is_empty());
    assert_eq!(
        env.json(&["payments"])["payments"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // Bounded by undo_depth.
    env.ok(&["config", "set", "undo_depth", "2"]);
    for name in ["A", "B", "C"] {
        env.sub(name).amount("1").monthly().add();
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
    env.sub("D").amount("1").monthly().add();
    assert_eq!(env.sql_count("SELECT count(*) FROM undo_log WHERE step IN (SELECT id FROM undo_step WHERE command LIKE 'subs add D%')"), 0);
}

#[test]
fn undo_names_what_it_reverted_and_redoes() {
    let env = TestEnv::new();
    env.sub("Netflix").amount("15.99").monthly().add();
    env.run(&["undo"]).status(0).stdout_has(
        "Undone: subs --json add Netflix --amount 15.99 --cycle monthly (1 change, 2026-11-26T",
    );
    assert!(env.json(&["list"]).as_array().unwrap().is_empty());
    env.run(&["undo"])
        .status(0)
        .stdout_has("Redone: subs --json add Netflix --amount 15.99 --cycle monthly");
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
    // Journalled as one statement per table, not one per row.
    assert!(
        env.sql_count("SELECT count(*) FROM undo_log WHERE kind = 'row'") <= 9,
        "the restore was journalled row by row"
    );
    let rows = env.sql_count(
        "SELECT sum(rows) FROM undo_log WHERE kind = 'row'
            AND step = (SELECT max(id) FROM undo_step)",
    );
    let listed = env.json(&["undo", "--list"]);
    assert_eq!(listed[0]["changes"], rows, "{listed}");
    assert!(rows >= 10, "{rows}");
    env.ok(&["undo"]);
    assert_eq!(before, data_dump(&env));
    env.ok(&["undo"]);
    assert_eq!(after, data_dump(&env));
}
