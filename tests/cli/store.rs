//! The database file: where it lives, its permissions, and what happens
//! with files subs did not write or cannot read.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::{Succeeds, TestEnv, has, words};
use rusqlite::Connection;

#[test]
fn default_database_is_private_and_created_by_the_first_change() {
    let env = TestEnv::new();
    let folder = env.home().join("data").join("subs");
    let file = folder.join("subs.db");
    // Reading creates nothing: no file, no folder.
    for args in [&["list"][..], &["dashboard"], &["--json", "config", "list"]] {
        let out = env.cmd().env_remove("SUBS_DB").args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(!env.home().join("data").exists(), "nothing was created");
    env.cmd()
        .env_remove("SUBS_DB")
        .args(["add", "X", "--amount", "1", "--cycle", "monthly"])
        .succeeds();
    assert!(file.exists(), "expected {}", file.display());
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        std::fs::metadata(&folder).unwrap().permissions().mode() & 0o777,
        0o700
    );
}

#[test]
fn reading_a_missing_file_shows_an_empty_portfolio_and_says_why_with_v() {
    let env = TestEnv::new();
    let list = env.json(&["list"]);
    assert_eq!(list.as_array().map(Vec::len), Some(0), "{list}");
    let dashboard = env.json(&["dashboard"]);
    assert_eq!(dashboard["active_subscriptions"], 0, "{dashboard}");
    env.ok(&["export", "--format", "csv"]);
    env.ok(&["alerts", "generate", "--dry-run"]);
    assert!(!env.db.exists(), "reading commands create no file");
    let out = env.cmd().args(["-v", "list"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("does not exist yet"), "{err}");
    // A typo in --db leaves no folders behind either.
    let typo = env.home().join("no/such/folder/subs.db");
    env.cmd()
        .args(["--db", typo.to_str().unwrap(), "list"])
        .assert()
        .success();
    assert!(!env.home().join("no").exists());
}

/// Runs `script` (after `setup`, which makes mounts) as root of a private
/// user and mount namespace, where a read-only bind mount stops even root
/// (file permissions would not). `None` when this machine has no such
/// namespaces — then the test is skipped, except under CI=true, where it
/// fails.
fn in_mount_namespace(
    env: &TestEnv,
    db: &Path,
    setup: &str,
    script: &str,
) -> Option<(String, String)> {
    let cmd = env.cmd();
    let out = std::process::Command::new("unshare")
        .args(["-rm", "sh", "-c", &format!("{setup} || exit 97\n{script}")])
        .envs(cmd.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .env("SUBS_DB", db)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .output();
    let skip = match &out {
        Err(_) => true,
        Ok(o) => o.status.code() == Some(97),
    };
    if !crate::common::needed(!skip, "unshare with a mount namespace") {
        return None;
    }
    let out = out.ok()?;
    Some((
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

fn read_only_bind(path: &Path) -> String {
    format!(
        "mount --bind '{p}' '{p}' && mount -o remount,bind,ro '{p}' '{p}'",
        p = path.display()
    )
}

/// Read-only media: a backup copied onto it (the file alone, without
/// -wal/-shm) is read, reports and dry runs work, and a change is refused
/// naming what cannot be written.
#[test]
fn a_database_on_read_only_media_can_be_read_but_not_changed() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").add();
    let media = env.home().join("media");
    std::fs::create_dir(&media).unwrap();
    Connection::open(&env.db)
        .unwrap()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let copy = media.join("subs.db");
    std::fs::copy(&env.db, &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    let b = assert_cmd::cargo::cargo_bin("subs");
    let b = b.display();
    let script = format!(
        "'{b}' --json list; echo \"list=$?\" >&2
         '{b}' --json insights --offline >/dev/null; echo \"insights=$?\" >&2
         echo DRY-RUN; '{b}' alerts generate --dry-run; echo \"dry=$?\" >&2
         '{b}' add X --amount 1 --cycle monthly; echo \"add=$?\" >&2"
    );
    let Some((stdout, stderr)) = in_mount_namespace(&env, &copy, &read_only_bind(&media), &script)
    else {
        return;
    };
    assert!(stderr.contains("list=0"), "{stderr}");
    assert!(stdout.contains("Netflix"), "{stdout}");
    assert!(stderr.contains("insights=0"), "{stderr}");
    assert!(stderr.contains("dry=0"), "{stderr}");
    assert!(
        stdout.contains("Netflix"),
        "the dry run says what it would raise: {stdout}"
    );
    assert!(stderr.contains("add=1"), "{stderr}");
    assert!(
        stderr.contains(&format!("cannot change {}", copy.display()))
            && stderr.contains("nothing was changed"),
        "{stderr}"
    );
    assert_eq!(before, std::fs::read(&copy).unwrap());
}

/// A stale -shm that cannot be written (left by another user, say) is
/// named, not the database.
#[test]
fn an_unwritable_shm_file_is_named() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").add();
    let shm = env.home().join("subs.db-shm");
    assert!(shm.exists());
    let b = assert_cmd::cargo::cargo_bin("subs");
    let script = format!(
        "'{}' add X --amount 1 --cycle monthly; echo \"add=$?\" >&2",
        b.display()
    );
    let Some((_, stderr)) = in_mount_namespace(&env, &env.db, &read_only_bind(&shm), &script)
    else {
        return;
    };
    assert!(stderr.contains("add=1"), "{stderr}");
    has(&stderr, &format!("{} cannot be written", shm.display()));
    assert_eq!(env.sql_count("SELECT count(*) FROM subscription"), 1);
}

#[test]
fn profiles_are_separate_files_beside_the_default() {
    let env = TestEnv::new();
    let run = |args: &[&str]| {
        let out = env.cmd().env_remove("SUBS_DB").args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    run(&words(
        "--profile work add Slack --amount 8.75 --cycle monthly",
    ));
    assert!(env.home().join("data/subs/work.db").exists());
    assert!(run(&["--profile", "work", "--json", "list"]).contains("Slack"));
    assert!(!run(&["--json", "list"]).contains("Slack"));
    let out = env
        .cmd()
        .env_remove("SUBS_DB")
        .env("SUBS_PROFILE", "work")
        .args(["--json", "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Slack"));
}

#[test]
fn explicit_db_file_is_created_private() {
    let env = TestEnv::new();
    let path = env.home().join("nested/deeper/my.db");
    env.cmd()
        .env_remove("SUBS_DB")
        .args(["--db", path.to_str().unwrap()])
        .args(["add", "X", "--amount", "1", "--cycle", "monthly"])
        .assert()
        .success();
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        std::fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o700
    );
}

#[test]
fn schema_has_the_original_tables_checks_and_indexes() {
    let env = TestEnv::new();
    env.create_db();
    let conn = Connection::open(&env.db).unwrap();
    let names = |kind: &str| -> Vec<String> {
        conn.prepare("SELECT name FROM sqlite_master WHERE type = ?1 ORDER BY name")
            .unwrap()
            .query_map([kind], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let tables = names("table");
    for t in [
        "subscription",
        "category",
        "payment",
        "usage",
        "alert",
        "config",
        "price_history",
    ] {
        assert!(
            tables.contains(&t.to_string()),
            "missing table {t}: {tables:?}"
        );
    }
    let indexes = names("index");
    for i in [
        "idx_subscription_user_status",
        "idx_subscription_next_billing",
        "idx_subscription_category",
        "idx_subscription_user_status_date",
        "idx_subscription_category_status",
        "idx_subscription_active",
        "idx_payment_subscription_date",
        "idx_usage_subscription_date",
        "idx_alert_subscription_unread",
        "idx_alert_user_unread",
    ] {
        assert!(
            indexes.contains(&i.to_string()),
            "missing index {i}: {indexes:?}"
        );
    }
    let partial: String = conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'idx_subscription_active'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(partial.contains("WHERE status = 'active'"), "{partial}");
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");

    // CHECK constraints hold even against hand-written SQL.
    conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    let bad_cycle = conn.execute(
        "INSERT INTO subscription (subscription_id, name, provider, amount, currency, billing_cycle, start_date, billing_anchor, next_billing_date, created_at, updated_at)
         VALUES ('SUB2222222222222222222222', 'x', 'x', 100, 'USD', 'daily', '2024-01-01', '2024-01-01', '2024-01-01', '', '')",
        [],
    );
    assert!(bad_cycle.is_err());
    let status_change = conn.execute(
        "INSERT INTO alert (subscription_id, alert_type, title, message, alert_date, occurrence, created_at)
         VALUES ('SUB2222222222222222222222', 'bogus', 't', 'm', '2024-01-01', 'x', '')",
        [],
    );
    assert!(status_change.is_err());
    let sql: String = conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'alert'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(sql.contains("'status_change'"));
}

#[test]
fn category_names_are_unique_in_any_case() {
    let env = TestEnv::new();
    env.ok(&["category", "add", "Éducation"]);
    env.refuses(&["category", "add", "éDUCATION"], 2, "already exists");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    let env = TestEnv::new();
    std::fs::write(&env.db, b"this is my shopping list, not a database\n").unwrap();
    let err = env.fails(&["list"], 1);
    assert!(err.contains("is not a subs database"), "{err}");
    assert_eq!(
        std::fs::read(&env.db).unwrap(),
        b"this is my shopping list, not a database\n"
    );
    assert!(!err.contains("panicked"));
}

#[test]
fn a_corrupt_sqlite_file_is_an_error_not_a_panic() {
    let env = TestEnv::new();
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend(std::iter::repeat_n(0xAB, 4096));
    std::fs::write(&env.db, &bytes).unwrap();
    let err = env.fails(&["list"], 1);
    assert!(err.starts_with("error: "), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_database_from_a_newer_subs_is_refused_and_left_alone() {
    let env = TestEnv::new();
    env.add(&["Netflix", "--amount", "15.99", "--cycle", "monthly"]);
    {
        let conn = Connection::open(&env.db).unwrap();
        conn.execute(
            "INSERT INTO refinery_schema_history (version, name, applied_on, checksum) VALUES (999, 'future', '2030-01-01', '0')",
            [],
        )
        .unwrap();
        conn.execute_batch("PRAGMA journal_mode = DELETE").unwrap();
    }
    let before = std::fs::read(&env.db).unwrap();
    let err = env.fails(&["list"], 1);
    has(&err, "newer version of subs");
    has(&err, "999");
    assert_eq!(before, std::fs::read(&env.db).unwrap(), "file was modified");
    assert!(!env.db.with_extension("db-wal").exists());
}

#[test]
fn a_directory_as_database_is_a_clear_error() {
    let env = TestEnv::new();
    std::fs::create_dir(&env.db).unwrap();
    let err = env.fails(&["list"], 1);
    assert!(err.contains("is a directory"), "{err}");
}

#[test]
fn broken_pipe_exits_quietly() {
    let env = TestEnv::new();
    for i in 0..30 {
        env.sub(&format!("Service {i}")).amount("1").monthly().add();
    }
    let subs = assert_cmd::cargo::cargo_bin("subs");
    let script = format!(
        "'{}' list | head -1 >/dev/null; echo \"${{PIPESTATUS[0]}}\"",
        subs.display()
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .env("SUBS_DB", &env.db)
        .env("SUBS_TODAY", &env.today)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
}

#[test]
fn concurrent_adds_respect_the_limit() {
    let env = TestEnv::new();
    env.ok(&["config", "set", "max_subscriptions", "5"]);
    let runs: Vec<Vec<String>> = (0..8)
        .map(|i| {
            [
                "add",
                &format!("S{i}"),
                "--amount",
                "1",
                "--cycle",
                "monthly",
            ]
            .map(String::from)
            .to_vec()
        })
        .collect();
    let codes = crate::common::codes(&env.at_once(&runs));
    assert_eq!(codes.iter().filter(|&&c| c == 0).count(), 5, "{codes:?}");
    assert_eq!(codes.iter().filter(|&&c| c == 2).count(), 3, "{codes:?}");
    assert_eq!(env.sql_count("SELECT count(*) FROM subscription"), 5);
}

#[test]
fn processes_opening_a_new_file_at_once_all_succeed() {
    let env = TestEnv::new();
    let first_change = ["--json", "config", "set", "base_currency", "EUR"];
    for out in env.at_once(&crate::common::times(6, &first_change)) {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Every migration ran once (numbers may skip: each engineer's branch
    // takes its own).
    assert_eq!(
        env.sql_count("SELECT max(version) FROM refinery_schema_history"),
        subs::store::LATEST_SCHEMA_VERSION
    );
    let files = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".sql"))
        .count();
    assert_eq!(
        env.sql_count("SELECT count(*) FROM refinery_schema_history"),
        files as i64
    );
}

#[test]
fn a_closed_stderr_does_not_turn_errors_into_panics() {
    let env = TestEnv::new();
    env.ok_with_stderr(
        &["list"],
        "No subscriptions yet. Add one with: subs add Netflix --amount 15.99 --cycle monthly\n",
    );
    let subs = assert_cmd::cargo::cargo_bin("subs");
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("'{}' show nothing 2>&-; echo $?", subs.display()))
        .env("SUBS_DB", &env.db)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "3");
}

#[test]
fn verbose_says_which_database_and_day() {
    let env = TestEnv::new();
    let out = env.cmd().args(["-v", "list"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    has(&stderr, &format!("database {}", env.db.display()));
    has(&stderr, "today is 2026-11-26 (Thursday)");
    // Without -v, no detail (in a pipe the empty list's hint is on stderr).
    env.run(&["list"]).status(0).stderr(
        "No subscriptions yet. Add one with: subs add Netflix --amount 15.99 --cycle monthly\n",
    );
}

#[test]
fn every_timestamp_follows_the_one_clock() {
    // A backfill on another day: every record it writes, and every answer
    // it gives, is stamped on that day.
    let env = TestEnv::at("2031-02-03");
    let sub = env.json(&["add", "Netflix", "--amount", "9.99", "--cycle", "monthly"]);
    let paid = env.json(&["pay", "netflix"]);
    let insights = env.json(&["insights", "--offline"]);
    for (answer, stamp) in [
        (&sub, &sub["created_at"]),
        (&paid, &paid["payment"]["created_at"]),
        (&insights, &insights["generated_at"]),
    ] {
        let stamp = stamp.as_str().unwrap_or_default();
        assert!(stamp.starts_with("2031-02-03T"), "{answer}");
    }
}

#[test]
fn another_programs_sqlite_file_is_refused_and_left_byte_identical() {
    let env = TestEnv::new();
    {
        let conn = Connection::open(&env.db).unwrap();
        conn.execute_batch("CREATE TABLE notes (x); INSERT INTO notes VALUES ('mine');")
            .unwrap();
    }
    let before = std::fs::read(&env.db).unwrap();
    for args in [
        &["list"][..],
        &["add", "X", "--amount", "1", "--cycle", "monthly"],
    ] {
        let err = env.fails(args, 1);
        assert!(err.contains("a database of another program"), "{err}");
    }
    assert_eq!(before, std::fs::read(&env.db).unwrap());
    assert!(!env.db.with_extension("db-wal").exists());
    // subs' own files carry its mark.
    let own = TestEnv::new();
    own.monthly("X", "1").add();
    let app: i64 = Connection::open(&own.db)
        .unwrap()
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(app, 0x5355_4253);
}

#[test]
fn a_failed_import_into_a_new_file_leaves_no_file() {
    let env = TestEnv::new();
    let bad = env.home().join("bad.json");
    std::fs::write(
        &bad,
        "{\"format_version\": 2, \"subscriptions\": [{\"oops\": 1}]}",
    )
    .unwrap();
    env.fails(&["import", bad.to_str().unwrap()], 2);
    assert!(!env.db.exists(), "no database file was left behind");
}

#[test]
fn a_fifo_as_the_database_is_refused_without_waiting() {
    let env = TestEnv::new();
    let fifo = env.home().join("pipe.db");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let err = env
        .cmd()
        .args(["--db", fifo.to_str().unwrap(), "list"])
        .timeout(std::time::Duration::from_secs(10))
        .exits(1);
    assert!(err.contains("is not a regular file"), "{err}");
}

#[test]
fn an_exclusive_lock_ends_the_wait_at_one_deadline_and_is_named() {
    let env = TestEnv::new();
    env.monthly("Netflix", "1").add();
    let holder = Connection::open(&env.db).unwrap();
    holder
        .execute_batch(
            "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM subscription;",
        )
        .unwrap();
    let started = std::time::Instant::now();
    let out = env
        .cmd()
        .env("SUBS_LOCK_TIMEOUT", "1")
        .args(["list"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    let took = started.elapsed();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("is locked by another process"), "{err}");
    assert!(err.contains("gave up after 1 second"), "{err}");
    assert!(!err.contains("another subs process held"), "{err}");
    assert!(took < std::time::Duration::from_secs(20), "waited {took:?}");
    drop(holder);
    env.ok_with_stderr(
        &["list"],
        "Monthly cost of active subscriptions: 1.00 USD\n",
    );
    let bad = env
        .cmd()
        .env("SUBS_LOCK_TIMEOUT", "soon")
        .args(["list"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("invalid SUBS_LOCK_TIMEOUT"));
}

/// Under `ulimit -f`, a write past the limit is an error like any other
/// (SIGXFSZ is ignored): one sentence, exit 1, nothing stored, no
/// temporary file left.
#[test]
fn a_file_size_limit_is_an_error_not_a_silent_death() {
    let env = TestEnv::new();
    env.ok(&["config", "set", "max_subscriptions", "100000"]);
    env.monthly("Netflix", "1").add();
    let mut csv = String::from("name,amount,billing_cycle\n");
    for i in 0..3000 {
        csv.push_str(&format!(
            "A service with a long name and number {i},{}.99,monthly\n",
            i % 90 + 1
        ));
    }
    let file = env.home().join("many.csv");
    std::fs::write(&file, csv).unwrap();
    let out_dir = env.home().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let subs = assert_cmd::cargo::cargo_bin("subs");
    let limited = |limit_kb: u32, args: &str| {
        let out = std::process::Command::new("bash")
            .args([
                "-c",
                &format!("ulimit -f {limit_kb}; exec '{}' {args}", subs.display()),
            ])
            .env("SUBS_DB", &env.db)
            .env("SUBS_TODAY", &env.today)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, err) = limited(400, &format!("import '{}'", file.display()));
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("could not be written"), "{err}");
    assert_eq!(env.sql_count("SELECT count(*) FROM subscription"), 1);
    // A backup much larger than the database: control characters take one
    // byte in the file and six (\u0001) in JSON.
    let mut wide = String::from("name,amount,billing_cycle,notes\n");
    for i in 0..24 {
        wide.push_str(&format!(
            "Wide {i},1.00,monthly,{}\n",
            "\u{1}".repeat(10_000)
        ));
    }
    std::fs::write(&file, wide).unwrap();
    env.ok(&["import", file.to_str().unwrap()]);
    let size = std::fs::metadata(&env.db).unwrap().len();
    assert!(size < 700 * 1024, "the database is small: {size}");
    let (code, err) = limited(
        800,
        &format!("export -o '{}'", out_dir.join("b.json").display()),
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("File too large"), "{err}");
    let left = TestEnv::files_in(&out_dir);
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// When the write committed and only printing failed, the exit code says
/// what happened to the data: 0, with a note. `alerts generate` prints
/// before it commits: if that fails, nothing is recorded and the next run
/// prints the alerts again.
#[test]
fn the_exit_code_after_a_committed_write_follows_the_write() {
    let env = TestEnv::new();
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    let err = env
        .std_cmd()
        .args(["add", "Netflix", "--amount", "15.99", "--cycle", "monthly"])
        .stdout(full())
        .exits(0);
    has(
        &err,
        "the change was saved, but its output could not be written",
    );
    assert_eq!(env.sql_count("SELECT count(*) FROM subscription"), 1);
    // Nothing written, output failed: exit 1.
    let out = env
        .std_cmd()
        .args(["list"])
        .stdout(full())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = env
        .std_cmd()
        .args(["--json", "list"])
        .stdout(full())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    // The generator prints before it commits.
    let before = env.dump();
    let err = env
        .std_cmd()
        .args(["alerts", "generate"])
        .stdout(full())
        .exits(1);
    assert!(err.contains("next run prints"), "{err}");
    assert_eq!(before, env.dump(), "nothing was recorded");
    let printed = env.ok(&["alerts", "generate"]);
    assert!(printed.contains("Netflix"), "{printed}");
}

/// A database file others may read is made private when it is yours; when
/// it is not, subs says so.
#[test]
fn loose_file_modes_are_tightened_or_reported() {
    let env = TestEnv::new();
    env.monthly("Netflix", "1").add();
    let wal = env.home().join("subs.db-wal");
    let set = |p: &Path, mode: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    set(&env.db, 0o644);
    set(&wal, 0o666);
    env.ok_with_stderr(
        &["list"],
        "Monthly cost of active subscriptions: 1.00 USD\n",
    );
    assert_eq!(mode(&env.db), 0o600);
    assert_eq!(mode(&wal), 0o600);
    // Someone else's file: reported, not changed (only root can hand a
    // file to another user, so only root runs this part).
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if root {
        set(&env.db, 0o644);
        let chowned = std::process::Command::new("chown")
            .args(["65534", env.db.to_str().unwrap()])
            .status()
            .unwrap();
        assert!(chowned.success());
        let out = env.cmd().args(["list"]).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        has(&err, "can be read by other users");
        has(&err, "chmod 600");
        assert_eq!(mode(&env.db), 0o644);
    }
}

/// A row another tool damaged (text in an amount, a currency that is not a
/// code) is named — table, id, column — and the other rows still list.
#[test]
fn a_damaged_row_is_named_and_the_rest_still_list() {
    let env = TestEnv::new();
    let a = env.monthly("Alpha", "1").add();
    let b = env.monthly("Beta", "2").add();
    env.monthly("Gamma", "3").add();
    let conn = Connection::open(&env.db).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA ignore_check_constraints = 1;
         UPDATE subscription SET amount = 'abc' WHERE subscription_id = '{a}';
         UPDATE subscription SET currency = 'XQZ' WHERE subscription_id = '{b}';"
    ))
    .unwrap();
    drop(conn);
    let out = env.cmd().args(["--json", "list"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(listed[0]["name"], "Gamma");
    assert!(
        err.contains(&format!(
            "subscription {a} (Alpha) cannot be read: column amount"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "subscription {b} (Beta) cannot be read: column currency"
        )),
        "{err}"
    );
}

/// A migration that fails says so in one sentence, never with its SQL,
/// and leaves the file as it was.
#[test]
fn a_failed_upgrade_is_one_sentence_and_changes_nothing() {
    let env = TestEnv::new();
    env.monthly("Netflix", "1").add();
    // Pretend the migrations from V21 on (V21 adds columns) have not run,
    // though their columns exist: running V21 again fails.
    Connection::open(&env.db)
        .unwrap()
        .execute_batch(
            "DELETE FROM refinery_schema_history WHERE version >= 21;
             PRAGMA wal_checkpoint(TRUNCATE);",
        )
        .unwrap();
    let before = env.dump();
    let out = env.cmd().args(["list"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("could not upgrade the database"), "{err}");
    assert!(!err.to_uppercase().contains("ALTER TABLE"), "{err}");
    assert_eq!(before, env.dump());
}

/// An empty SUBS_DB (or SUBS_PROFILE) counts as unset: the default file.
#[test]
fn empty_environment_variables_count_as_unset() {
    let env = TestEnv::new();
    env.cmd()
        .env("SUBS_DB", "")
        .env("SUBS_PROFILE", "")
        .args(["add", "Netflix", "--amount", "1", "--cycle", "monthly"])
        .succeeds();
    assert!(env.home().join("data/subs/subs.db").exists());
}

/// A database file its owner made read-only (0444) stays read-only: the
/// mode fix only takes group and other bits away, writes are refused with
/// one sentence and change nothing, reads and dry runs work; once the mode
/// is back, the next write works. (Tests run as root, whom the kernel lets
/// write anything: subs reads the mode bits itself.)
#[test]
fn a_read_only_file_is_never_made_writable_and_writes_are_refused() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").start("2026-10-27").add();
    let set = |mode: u32| {
        std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    let mode = || std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
    set(0o444);
    let before = env.dump();
    env.run(&["add", "Hulu", "--amount", "7", "--cycle", "monthly"])
        .status(1)
        .stdout("")
        .stderr(&format!(
            "error: cannot change {}: the database file is read-only; nothing was changed\n",
            env.db.display()
        ));
    assert_eq!(mode(), 0o400, "only group and other bits are taken away");
    assert_eq!(before, env.dump());
    // Reading works, and so does a dry run of the cron job.
    let list = env.json(&["list"]);
    assert_eq!(list[0]["name"], "Netflix", "{list}");
    env.run(&["alerts", "generate", "--dry-run"])
        .status(0)
        .stdout(
            "would raise: [renewal_reminder] Netflix renews tomorrow: Your Netflix subscription ($15.99) renews tomorrow, on 2026-11-27.\n",
        )
        .stderr("");
    assert_eq!(before, env.dump());
    assert_eq!(mode(), 0o400);
    // The user gives the write bit back: the next change works.
    set(0o600);
    env.run(&["add", "Hulu", "--amount", "7", "--cycle", "monthly", "-q"])
        .status(0)
        .stderr("");
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 2);
    assert_eq!(mode(), 0o600);
}

/// `-o /dev/stdout` into a pipe writes into the pipe (no "Wrote" line
/// after the data), and `-o -` is stdout.
#[test]
fn export_to_dev_stdout_in_a_pipe_and_to_dash_writes_stdout() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").add();
    let plain = env.ok(&["export", "--format", "csv"]);
    assert!(plain.starts_with("subscription_id,name,"), "{plain}");
    // assert_cmd reads stdout through a pipe.
    env.run(&["export", "--format", "csv", "-o", "/dev/stdout"])
        .status(0)
        .stdout(&plain)
        .stderr("");
    env.run(&["export", "--format", "csv", "-o", "-"])
        .status(0)
        .stdout(&plain)
        .stderr("");
    assert!(!env.home().join("-").exists(), "a file named - was written");
    // A regular file still gets its line.
    let file = env.home().join("out.csv");
    env.run(&["export", "--format", "csv", "-o", file.to_str().unwrap()])
        .status(0)
        .stdout(&format!("Wrote {}\n", file.display()))
        .stderr("");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), plain);
}

/// A path with an escape sequence is shown escaped in `-v` lines and in
/// "Wrote PATH", never emitted to the terminal.
#[test]
fn paths_in_verbose_and_wrote_lines_are_terminal_safe() {
    let env = TestEnv::new();
    let db = env.home().join("x\u{1b}[31m.db");
    let out = env.home().join("o\u{1b}]0;pwned\u{7}.csv");
    let run = env
        .cmd()
        .env("SUBS_DB", &db)
        .args([
            "-v",
            "export",
            "--format",
            "csv",
            "-o",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8(run.stdout).unwrap();
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(
        !stdout.contains('\u{1b}') && !stderr.contains('\u{1b}'),
        "{stdout:?} {stderr:?}"
    );
    let home = env.home().display().to_string();
    assert_eq!(
        stdout,
        format!("Wrote {home}/o\\u{{1b}}]0;pwned\\u{{7}}.csv\n")
    );
    assert!(
        stderr.starts_with(&format!("subs: database {home}/x\\u{{1b}}[31m.db\n")),
        "{stderr:?}"
    );
}

/// A reading command leaves the database and its write-ahead log exactly
/// as they were (its connection is not closed, so nothing may depend on
/// a close); a writing command's close still empties the log into the
/// file.
#[test]
fn a_read_changes_no_file_and_a_write_leaves_an_empty_log() {
    let env = TestEnv::new();
    env.monthly("Netflix", "1").add();
    let wal = env.home().join("subs.db-wal");
    let bytes = |p: &Path| std::fs::read(p).unwrap();
    assert_eq!(
        bytes(&wal).len(),
        0,
        "the write's close checkpointed the log"
    );
    let (db_before, wal_before) = (bytes(&env.db), bytes(&wal));
    env.ok(&["--json", "list"]);
    env.ok(&["--json", "dashboard"]);
    assert!(db_before == bytes(&env.db), "a read changed the database");
    assert!(wal_before == bytes(&wal), "a read wrote to the log");
    env.monthly("Spotify", "2").add();
    assert_eq!(
        bytes(&wal).len(),
        0,
        "the write's close checkpointed the log"
    );
    let listed = env.json_on(&env.today, &["list"]);
    assert_eq!(crate::common::items(&listed).count(), 2);
}
