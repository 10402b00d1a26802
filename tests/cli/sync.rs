//! Sync across devices: each device a database of its own, the remote a
//! bare git repository in a temporary folder (no network).

use std::process::Output;

use serde_json::Value;

use crate::common::{Run, Succeeds, TestEnv, has, has_each, items, words};
use crate::sync_support::{bare_remote, canonical, have_git};

const SECRET: &str = "correct horse battery staple";

/// One device: its own database and home, the shared secret, and git on
/// the PATH.
struct Device {
    env: TestEnv,
    secret: String,
    /// A database elsewhere than the test environment's.
    db: Option<std::path::PathBuf>,
}

impl Device {
    fn new() -> Device {
        Device {
            env: TestEnv::new(),
            secret: SECRET.into(),
            db: None,
        }
    }

    fn cmd(&self) -> std::process::Command {
        let mut cmd = self.env.std_cmd();
        cmd.env("SUBS_SYNC_SECRET", &self.secret)
            .env("XDG_CONFIG_HOME", self.env.home().join("config"))
            .env("PATH", std::env::var_os("PATH").unwrap_or_default());
        if let Some(db) = &self.db {
            cmd.env("SUBS_DB", db);
        }
        cmd
    }

    /// Runs; the whole outcome, for `Run`'s checks.
    fn run(&self, args: &[&str]) -> Run {
        Run::of(args, self.output(args))
    }

    fn output(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run subs")
    }

    /// Runs; asserts success with nothing on stderr; returns stdout.
    #[track_caller]
    fn ok(&self, args: &[&str]) -> String {
        self.ok_with_stderr(args, "")
    }

    /// Runs; asserts success with exactly `stderr` on stderr; returns
    /// stdout.
    #[track_caller]
    fn ok_with_stderr(&self, args: &[&str], stderr: &str) -> String {
        let out = self.output(args);
        let stdout = String::from_utf8(out.stdout.clone()).expect("utf-8");
        Run::of(args, out).status(0).stderr(stderr);
        stdout
    }

    #[track_caller]
    fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        serde_json::from_str(&self.ok(&all)).expect("JSON")
    }

    /// Runs, expects exit `code`, returns stderr.
    #[track_caller]
    fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.output(args);
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(code), "subs {args:?}: {err}");
        err
    }

    /// Adds a monthly subscription (from `start`, else today).
    #[track_caller]
    fn monthly(&self, name: &str, amount: &str, start: Option<&str>) {
        let mut args = vec!["add", name, "--amount", amount, "--cycle", "monthly"];
        if let Some(start) = start {
            args.extend(["--start", start]);
        }
        self.ok(&args);
    }

    /// The data, as every device holding it shows it.
    fn data(&self) -> String {
        canonical(&self.ok(&["export", "--format", "json"]))
    }

    fn sql_count(&self, sql: &str) -> i64 {
        self.env.sql_count(sql)
    }

    /// The conflicts `sync status` lists.
    #[track_caller]
    fn conflicts(&self) -> Value {
        self.json(&["sync", "status"])["conflicts"].clone()
    }

    /// SQLite finds the file sound and no reference dangling.
    #[track_caller]
    fn assert_intact(&self) {
        assert_eq!(
            self.sql_count(
                "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"
            ),
            0
        );
        assert_eq!(
            self.sql_count("SELECT count(*) FROM pragma_foreign_key_check"),
            0
        );
    }
}

/// A remote and `n` devices: the first ran `sync init`, the others `join`.
fn replica_set(n: usize) -> Option<(tempfile::TempDir, String, Vec<Device>)> {
    if !have_git() {
        return None;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let remote = bare_remote(&dir.path().join("subs-sync.git"));
    let devices: Vec<Device> = (0..n).map(|_| Device::new()).collect();
    devices[0].ok(&["sync", "init", &remote]);
    for d in &devices[1..] {
        d.ok(&["sync", "join", &remote]);
    }
    Some((dir, remote, devices))
}

/// Every device syncs, twice round.
fn settle(devices: &[Device]) {
    for _ in 0..2 {
        for d in devices {
            // A sync may name conflicts on stderr (the tests read them
            // from `sync status`); nothing else.
            let run = d.run(&["sync"]).status(0);
            for line in run.stderr_text().lines() {
                assert!(line.starts_with("conflict: "), "{line}");
            }
        }
    }
}

/// Every device syncs, twice round, and all then hold the same data.
#[track_caller]
fn converge(devices: &[Device]) {
    settle(devices);
    assert_same(devices);
}

#[track_caller]
fn assert_same(devices: &[Device]) {
    let first = devices[0].data();
    for d in &devices[1..] {
        assert_eq!(d.data(), first, "devices differ after sync");
    }
}

/// A portfolio touching every replicated table.
fn everything(d: &Device) {
    d.ok(&["category", "add", "Video"]);
    d.ok(&["card", "add", "Visa", "--expires", "2027-03"]);
    d.ok(&["member", "add", "Alex"]);
    d.ok(&[
        "add",
        "Netflix",
        "--amount",
        "15.49",
        "--cycle",
        "monthly",
        "--start",
        "2026-01-05",
        "--category",
        "Video",
        "--card",
        "Visa",
        "--notes",
        "family plan",
    ]);
    d.ok(&["edit", "netflix", "--shared-with", "alex,me"]);
    d.ok(&words(
        "add Gym --amount 30 --cycle custom --every-days 28 --start 2026-11-01",
    ));
    d.ok(&["pay", "netflix", "--due", "2026-12-05"]);
    d.ok(&["log-usage", "netflix", "--duration", "90m"]);
    d.ok(&["edit", "gym", "--amount", "32"]);
    d.ok(&["budget", "set", "60"]);
    d.ok(&["rates", "set", "EUR", "1.1"]);
    d.ok(&["alerts", "generate"]);
}

#[test]
fn init_and_joins_give_every_device_the_same_data() {
    let Some((_dir, _remote, devices)) = replica_set(1) else {
        return;
    };
    let [a] = &devices[..] else { unreachable!() };
    everything(a);
    a.ok(&["sync"]);
    let b = Device::new();
    let c = Device::new();
    let remote = a.json(&["sync", "status"])["remote"]
        .as_str()
        .unwrap()
        .to_string();
    b.ok(&["sync", "join", &remote]);
    c.ok(&["sync", "join", &remote]);
    let devices = [devices.into_iter().next().unwrap(), b, c];
    assert_same(&devices);
    let data = devices[0].data();
    has_each(
        &data,
        &["Netflix", "Video", "Visa", "Alex", "family plan", "\"EUR\""],
    );
    // A change on the last device reaches the others.
    devices[2].ok(&["add", "Spotify", "--amount", "11.99", "--cycle", "monthly"]);
    converge(&devices);
    assert!(devices[0].data().contains("Spotify"));
    // Local ids stay local and keep working.
    assert!(devices[1].ok(&["show", "spotify"]).contains("11.99"));
}

#[test]
fn joining_before_init_and_init_twice_get_advice() {
    if !have_git() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let remote = bare_remote(&dir.path().join("r.git"));
    let a = Device::new();
    let err = a.fails(&["sync", "join", &remote], 2);
    assert!(err.contains("holds no subs data yet"), "{err}");
    assert!(err.contains("subs sync init"), "{err}");
    a.fails(&["sync"], 2);
    a.ok(&["sync", "init", &remote]);
    let b = Device::new();
    let err = b.fails(&["sync", "init", &remote], 2);
    assert!(err.contains("subs sync join"), "{err}");
    let err = a.fails(&["sync", "init", &remote], 2);
    assert!(err.contains("already syncs"), "{err}");
}

/// Two devices racing their first sync against an empty remote: one
/// starts the replica set, the other is told to join — and joining works.
#[test]
fn racing_first_syncs_get_advice_not_corruption() {
    if !have_git() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for round in 0..3 {
        let (a, b) = (Device::new(), Device::new());
        a.ok(&["add", "Netflix", "--amount", "9", "--cycle", "monthly"]);
        b.ok(&["add", "Spotify", "--amount", "11", "--cycle", "monthly"]);
        let round_remote = bare_remote(&dir.path().join(format!("race{round}.git")));
        let (mut pa, mut pb) = (
            a.cmd()
                .args(["sync", "init", &round_remote])
                .spawn()
                .unwrap(),
            b.cmd()
                .args(["sync", "init", &round_remote])
                .spawn()
                .unwrap(),
        );
        let (sa, sb) = (pa.wait().unwrap(), pb.wait().unwrap());
        assert!(
            sa.success() || sb.success(),
            "one of two racing inits starts the set"
        );
        for (d, ok) in [(&a, sa.success()), (&b, sb.success())] {
            if !ok {
                // Nothing changed here; joining works.
                assert!(!d.json(&["sync", "status"])["syncing"].as_bool().unwrap());
                d.ok(&["sync", "join", &round_remote]);
            }
        }
        settle(&[a, b]);
    }
}

#[test]
fn a_wrong_secret_is_refused_and_changes_nothing() {
    let Some((_dir, remote, devices)) = replica_set(1) else {
        return;
    };
    devices[0].ok(&["add", "Netflix", "--amount", "9", "--cycle", "monthly"]);
    devices[0].ok(&["sync"]);
    let mut b = Device::new();
    b.secret = "not the secret".into();
    b.ok(&["add", "Local", "--amount", "1", "--cycle", "monthly"]);
    let before = b.data();
    let err = b.fails(&["sync", "join", &remote], 1);
    assert!(err.contains("secret does not open"), "{err}");
    assert_eq!(b.data(), before);
    assert!(!b.json(&["sync", "status"])["syncing"].as_bool().unwrap());
    // Without any secret and no terminal: one sentence, exit 2.
    let err = b
        .cmd()
        .env_remove("SUBS_SYNC_SECRET")
        .args(["sync", "join", &remote])
        .exits(2);
    has(&err, "SUBS_SYNC_SECRET");
}

/// Two devices pay the same charge offline: one payment everywhere, and
/// both report the same duplicate — whichever syncs first.
#[test]
fn paying_one_charge_on_two_devices_keeps_one_payment() {
    for first in [0, 1] {
        let Some((_dir, _remote, devices)) = replica_set(2) else {
            return;
        };
        devices[0].monthly("Netflix", "9.99", Some("2026-01-05"));
        settle(&devices);
        devices[0].ok(&["pay", "netflix", "--due", "2026-12-05"]);
        devices[1].ok(&["pay", "netflix", "--due", "2026-12-05"]);
        devices[first].ok(&["sync"]);
        // The device that meets the conflict tells it on stderr, even
        // with -q (as cron runs it).
        let met = devices[1 - first].output(&["sync", "-q"]);
        assert!(met.status.success());
        assert!(met.stdout.is_empty());
        let err = String::from_utf8_lossy(&met.stderr);
        assert!(
            err.starts_with("conflict: Netflix: the charge due 2026-12-05"),
            "{err}"
        );
        converge(&devices);
        let reports: Vec<Value> = devices
            .iter()
            .map(|d| {
                assert_eq!(d.sql_count("SELECT count(*) FROM payment"), 1);
                d.conflicts()
            })
            .collect();
        assert_eq!(reports[0], reports[1], "the same report on both");
        let conflicts = reports[0].as_array().unwrap();
        assert_eq!(conflicts.len(), 1, "{conflicts:?}");
        assert_eq!(conflicts[0]["kind"], "double_settlement");
        assert!(
            conflicts[0]["message"]
                .as_str()
                .unwrap()
                .contains("Netflix: the charge due 2026-12-05 was paid on two devices")
        );
        // Accepting it deletes the left-out payment everywhere.
        let resolved = devices[first].json(&["sync", "resolve"]);
        assert_eq!(resolved["resolved"], 1);
        crate::schemas::valid(&crate::schemas::schema("sync_resolved"), &resolved, "$").unwrap();
        converge(&devices);
        for d in &devices {
            assert_eq!(d.conflicts(), Value::Array(vec![]));
            assert_eq!(d.sql_count("SELECT count(*) FROM payment"), 1);
            assert_eq!(
                d.sql_count(
                    "SELECT count(*) FROM tc_task WHERE data LIKE '%\"type\":\"payments\"%'"
                ),
                1,
                "the left-out payment is gone from the replica"
            );
        }
        assert!(
            devices[1 - first]
                .ok(&["sync", "resolve"])
                .contains("No conflicts")
        );
    }
}

/// Renewal processing and alerts on two devices offline converge to one
/// payment per charge and one alert per occurrence, with nothing to report.
#[test]
fn renewals_and_alerts_raised_on_two_devices_are_one() {
    let Some((_dir, _remote, devices)) = replica_set(2) else {
        return;
    };
    devices[0].monthly("Netflix", "9.99", Some("2026-10-28"));
    settle(&devices);
    for d in &devices {
        d.env.generate_on("2026-11-28");
    }
    let alerts = devices[0].sql_count("SELECT count(*) FROM alert");
    let payments = devices[0].sql_count("SELECT count(*) FROM payment");
    assert!(
        alerts >= 1 && payments == 1,
        "{alerts} alerts, {payments} payments"
    );
    converge(&devices);
    for d in &devices {
        assert_eq!(d.sql_count("SELECT count(*) FROM alert"), alerts);
        assert_eq!(d.sql_count("SELECT count(*) FROM payment"), 1);
        let status = d.json(&["sync", "status"]);
        assert_eq!(status["conflicts"], Value::Array(vec![]), "{status}");
    }
}

/// One device edits the cycle, another the custom days: one row, the
/// same everywhere, that subs' own checks accept.
#[test]
fn concurrent_cycle_edits_give_one_valid_row() {
    let Some((_dir, _remote, devices)) = replica_set(2) else {
        return;
    };
    devices[0].ok(&words("add Gym --amount 30 --cycle custom --every-days 28"));
    settle(&devices);
    devices[0].ok(&["edit", "gym", "--cycle", "yearly"]);
    devices[1].ok(&["edit", "gym", "--cycle", "custom", "--every-days", "30"]);
    converge(&devices);
    for d in &devices {
        let sub = &d.json(&["show", "gym"]);
        let cycle = sub["billing_cycle"].as_str().unwrap();
        let days = &sub["custom_cycle_days"];
        assert!(
            (cycle == "custom" && days == 30) || (cycle == "yearly" && days.is_null()),
            "{sub}"
        );
        d.assert_intact();
    }
}

/// One device deletes a subscription while another edits and pays it:
/// the delete wins everywhere, the orphaned payment is reported the same
/// on both, the lost edit on the device that made it, and no reference
/// dangles.
#[test]
fn a_delete_wins_over_an_edit_and_its_orphans_are_reported() {
    let Some((_dir, _remote, devices)) = replica_set(2) else {
        return;
    };
    devices[0].monthly("Gym", "30", Some("2026-01-10"));
    devices[0].ok(&["add", "Netflix", "--amount", "9", "--cycle", "monthly"]);
    settle(&devices);
    devices[0].ok(&["delete", "gym", "--yes"]);
    devices[1].ok(&["edit", "gym", "--amount", "35"]);
    devices[1].ok(&["pay", "gym", "--due", "2026-12-10"]);
    devices[0].ok(&["sync"]);
    let synced = devices[1].json(&["sync"]);
    let lost: Vec<&Value> = items(&synced["conflicts"])
        .filter(|c| c["kind"] == "edit_lost")
        .collect();
    assert!(!lost.is_empty(), "{synced}");
    converge(&devices);
    let mut orphans = Vec::new();
    for d in &devices {
        let list = d.ok_with_stderr(
            &["list", "--status", "all"],
            "Monthly cost of active subscriptions: 9.00 USD\n",
        );
        assert!(!list.contains("Gym"), "{list}");
        d.assert_intact();
        let conflicts = d.conflicts();
        let found: Vec<Value> = items(&conflicts)
            .filter(|c| c["kind"] == "orphan")
            .cloned()
            .collect();
        // The payment, and the price change and alert the edit and the
        // payment made.
        assert!(
            found.iter().any(|c| c["table"] == "payments"
                && c["message"]
                    == "a payment for a subscription deleted on another device was left out (the delete wins)"),
            "{conflicts}"
        );
        orphans.push(found);
    }
    assert_eq!(orphans[0], orphans[1], "reported identically");
    assert!(devices[1].conflicts().to_string().contains("edit_lost"));
    devices[1].ok(&["sync", "resolve"]);
    converge(&devices);
    for d in &devices {
        assert_eq!(d.conflicts(), Value::Array(vec![]));
        d.assert_intact();
    }
}

/// Nothing readable reaches the remote: no name, amount, note or secret.
#[test]
fn the_remote_holds_nothing_readable() {
    let Some((dir, remote, devices)) = replica_set(2) else {
        return;
    };
    devices[0].ok(&[
        "add",
        "Zyxwvut Streaming",
        "--amount",
        "1234.56",
        "--cycle",
        "monthly",
        "--notes",
        "Qwerty private note",
    ]);
    devices[0].ok(&["category", "add", "Plokmijn"]);
    settle(&devices);
    assert!(devices[1].data().contains("Zyxwvut Streaming"));
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(&remote)
        .args(["cat-file", "--batch-all-objects", "--batch"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.len() > 1000, "the remote holds the data");
    let text = String::from_utf8_lossy(&out.stdout);
    for secret in [
        "Zyxwvut", "1234.56", "123456", "Qwerty", "Plokmijn", SECRET, "Netflix",
    ] {
        assert!(!text.contains(secret), "{secret} is readable on the remote");
    }
    drop(dir);
}

/// Only the device marked for reminders tells anyone; `sync --reminders`
/// moves the duty, and `sync status` says where it is.
#[test]
fn only_the_reminders_device_sends_reminders() {
    let Some((_dir, _remote, devices)) = replica_set(2) else {
        return;
    };
    devices[0].monthly("Netflix", "9.99", Some("2026-01-29"));
    settle(&devices);
    let a = devices[0].env.generate_on("2026-11-27");
    let b = devices[1].env.generate_on("2026-11-27");
    assert!(a.contains("Netflix"), "{a}");
    assert!(!b.contains("Netflix"), "the other device stays quiet: {b}");
    assert_eq!(devices[0].json(&["sync", "status"])["reminders_here"], true);
    let status = devices[1].json(&["sync", "status"]);
    assert_eq!(status["reminders_here"], false);
    assert!(status["reminders"].is_string(), "{status}");
    devices[1].ok(&["sync", "--reminders"]);
    devices[0].ok(&["sync"]);
    assert_eq!(devices[1].json(&["sync", "status"])["reminders_here"], true);
    assert_eq!(
        devices[0].json(&["sync", "status"])["reminders_here"],
        false
    );
    devices[0].monthly("Hulu", "5", Some("2026-01-29"));
    settle(&devices);
    assert!(!devices[0].env.generate_on("2026-11-27").contains("Hulu"));
    assert!(devices[1].env.generate_on("2026-11-27").contains("Hulu"));
}

/// Undo before a sync stays local; after a sync it is a new change that
/// reaches the other devices.
#[test]
fn undo_before_sync_is_local_and_after_sync_is_a_new_change() {
    let Some((_dir, _remote, devices)) = replica_set(2) else {
        return;
    };
    devices[0].ok(&["add", "Mistake", "--amount", "1", "--cycle", "monthly"]);
    devices[0].ok(&["undo"]);
    devices[0].ok(&["add", "Keep", "--amount", "2", "--cycle", "monthly"]);
    settle(&devices);
    let seen = devices[1].ok_with_stderr(
        &["list"],
        "Monthly cost of active subscriptions: 2.00 USD\n",
    );
    assert!(seen.contains("Keep") && !seen.contains("Mistake"), "{seen}");
    devices[0].ok(&["edit", "keep", "--amount", "3"]);
    settle(&devices);
    assert!(devices[1].ok(&["show", "keep"]).contains("3.00"));
    // Undo after the sync: the inverse edit is a new change.
    devices[0].ok(&["undo"]);
    assert_eq!(
        devices[0].json(&["sync", "status"])["pending"]
            .as_u64()
            .map(|n| n > 0),
        Some(true)
    );
    settle(&devices);
    assert!(devices[1].ok(&["show", "keep"]).contains("2.00"));
    assert_same(&devices);
}

/// A replica written by a newer subs that needs more than this one reads
/// stops this one with a sentence, and changes nothing.
#[test]
fn a_replica_from_a_newer_subs_asks_for_an_update() {
    let Some((_dir, _remote, devices)) = replica_set(1) else {
        return;
    };
    devices[0].ok(&["add", "Netflix", "--amount", "9", "--cycle", "monthly"]);
    devices[0].env.sql(
        "UPDATE tc_task SET data = json_set(data, '$.format', '99') WHERE data LIKE '%\"format\"%'",
    );
    let before = devices[0].data();
    let err = devices[0].fails(&["sync"], 1);
    assert!(err.contains("update subs on this device"), "{err}");
    assert_eq!(devices[0].data(), before);
}

/// `sync` output for scripts: what was sent and received, exact counts.
#[test]
fn sync_reports_what_it_sent_and_received() {
    let Some((_dir, _remote, devices)) = replica_set(2) else {
        return;
    };
    devices[0].ok(&["add", "Netflix", "--amount", "9", "--cycle", "monthly"]);
    let sent = devices[0].json(&["sync"]);
    assert!(sent["sent"].as_u64().unwrap() > 0, "{sent}");
    let got = devices[1].json(&["sync"]);
    assert_eq!(got["received"]["added"], 1, "{got}");
    for (name, value) in [
        ("sync", &sent),
        ("sync", &got),
        ("sync_status", &devices[1].json(&["sync", "status"])),
        ("sync_status", &Device::new().json(&["sync", "status"])),
    ] {
        crate::schemas::valid(&crate::schemas::schema(name), value, name)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    assert_eq!(got["sent"], 0, "{got}");
    let again = devices[1].json(&["sync"]);
    assert_eq!(
        again["received"],
        serde_json::json!({"added": 0, "changed": 0, "removed": 0})
    );
    // From cron (no terminal) a sync with no news prints nothing; news
    // prints one line.
    assert_eq!(devices[1].ok(&["sync"]), "");
    devices[0].ok(&["add", "Hulu", "--amount", "5", "--cycle", "monthly"]);
    devices[0].ok(&["sync", "-q"]);
    let text = devices[1].ok(&["sync"]);
    assert!(
        text.contains("nothing to") || text.contains("1 added"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 1, "{text}");
}

/// 100 SIGKILLs during commands and syncs on two devices: every file
/// stays sound, every command that finished is there exactly once, none
/// is doubled, and the next syncs converge.
#[test]
fn kill_nine_during_commands_and_syncs_loses_and_doubles_nothing() {
    let Some((_dir, _remote, devices)) = replica_set(2) else {
        return;
    };
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut random = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let mut finished = Vec::new();
    let mut names = Vec::new();
    for i in 0..100 {
        let d = &devices[i % 2];
        let name = format!("Kill{i}");
        let args: Vec<String> = if random(3) == 0 {
            vec!["sync".into()]
        } else {
            names.push(name.clone());
            ["add", &name, "--amount", "1", "--cycle", "monthly"]
                .map(String::from)
                .to_vec()
        };
        let mut child = d
            .cmd()
            .args(&args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(random(120)));
        let _ = child.kill();
        let status = child.wait().unwrap();
        if status.success() && args[0] == "add" {
            finished.push(name);
        }
    }
    assert!(
        !finished.is_empty(),
        "some commands finished before their kill"
    );
    assert!(finished.len() < names.len(), "some commands were killed");
    for d in &devices {
        d.assert_intact();
    }
    converge(&devices);
    for d in &devices {
        for name in &names {
            let rows = d.sql_count(&format!(
                "SELECT count(*) FROM subscription WHERE name = '{name}'"
            ));
            let want = if finished.contains(name) {
                1..=1
            } else {
                0..=1
            };
            assert!(want.contains(&rows), "{name}: {rows} rows");
        }
    }
}

/// `--remember` keeps the secret in a file only the user can read, outside
/// the data; later syncs need neither the variable nor a prompt, and the
/// secret is nowhere in the database or a backup.
#[test]
fn remember_keeps_the_secret_in_a_private_file_and_nowhere_else() {
    if !have_git() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let remote = bare_remote(&dir.path().join("r.git"));
    let a = Device::new();
    a.ok(&["add", "Netflix", "--amount", "9", "--cycle", "monthly"]);
    a.ok(&["sync", "init", &remote, "--remember"]);
    let kept: Vec<_> = walk(&a.env.home().join("config"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "secret"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&kept[0]).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(std::fs::read_to_string(&kept[0]).unwrap(), SECRET);
    a.cmd()
        .env_remove("SUBS_SYNC_SECRET")
        .arg("sync")
        .succeeds();
    let mut everything = a.ok(&["export", "--format", "json"]);
    for file in walk(a.env.home()) {
        if file.extension().is_some_and(|e| e == "secret") {
            continue;
        }
        everything.push_str(&String::from_utf8_lossy(
            &std::fs::read(&file).unwrap_or_default(),
        ));
    }
    assert!(
        !everything.contains(SECRET),
        "the secret leaked beside the data"
    );
    // A file others can read is refused, not used.
    std::fs::set_permissions(&kept[0], std::fs::Permissions::from_mode(0o644)).unwrap();
    let err = a.cmd().env_remove("SUBS_SYNC_SECRET").arg("sync").exits(1);
    has(&err, "chmod 600");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// A device with data of its own that joins keeps it, and the others get
/// it; two categories of one name made apart become one.
#[test]
fn joining_with_data_of_ones_own_merges_it() {
    let Some((_dir, remote, devices)) = replica_set(1) else {
        return;
    };
    devices[0].ok(&words(
        "add Netflix --amount 9 --cycle monthly --category Video",
    ));
    devices[0].ok(&["sync"]);
    let b = Device::new();
    b.ok(&words(
        "add Spotify --amount 11 --cycle monthly --category video",
    ));
    b.ok_with_stderr(
        &["sync", "join", &remote],
        "conflict: two categories named \"video\" were made on different devices; \
         they are one now\n",
    );
    let devices = [devices.into_iter().next().unwrap(), b];
    converge(&devices);
    for d in &devices {
        let list = d.ok_with_stderr(
            &["list"],
            "Monthly cost of active subscriptions: 20.00 USD\n",
        );
        has(&list, "Netflix");
        has(&list, "Spotify");
        assert_eq!(d.sql_count("SELECT count(*) FROM category"), 1);
        assert_eq!(
            d.sql_count("SELECT count(DISTINCT category_id) FROM subscription"),
            1
        );
        let status = d.json(&["sync", "status"]);
        assert!(
            status["conflicts"].to_string().contains("merged"),
            "{status}"
        );
    }
}

/// The text people read: a sync that met a conflict, and the status.
#[test]
fn text_of_a_sync_and_its_status() {
    let Some((_dir, _remote, devices)) = replica_set(2) else {
        return;
    };
    devices[0].monthly("Netflix", "9.99", Some("2026-01-05"));
    settle(&devices);
    devices[0].ok(&["pay", "netflix", "--due", "2026-12-05"]);
    devices[1].ok(&["pay", "netflix", "--due", "2026-12-05"]);
    devices[0].ok(&["sync"]);
    let synced = devices[1].output(&["sync"]);
    let transcript = format!(
        "$ subs sync\n{}{}$ subs sync status\n{}$ subs sync status (the other device)\n{}",
        String::from_utf8_lossy(&synced.stdout),
        String::from_utf8_lossy(&synced.stderr),
        devices[1].ok(&["sync", "status"]),
        devices[0].ok(&["sync", "status"]),
    );
    insta::with_settings!({
        filters => vec![
            (r"/\S*subs-sync\.git", "[remote]"),
            (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "[timestamp]"),
            (r"Reminders   .* \(another device\)", "Reminders   [name] (another device)"),
        ],
        prepend_module_to_snapshot => false,
    }, {
        insta::assert_snapshot!("sync_status", transcript);
    });
}

/// Two devices edit one field offline: the later edit wins, whichever
/// device syncs first (a change carries the time it was made, not the
/// time a sync collected it).
#[test]
fn the_later_edit_wins_whichever_device_syncs_first() {
    let Some((_dir, _remote, devices)) = replica_set(2) else {
        return;
    };
    devices[0].ok(&["add", "Netflix", "--amount", "10", "--cycle", "monthly"]);
    settle(&devices);
    for (earlier, later, amount) in [(0, 1, "12.00"), (1, 0, "14.00")] {
        devices[earlier].ok(&["edit", "netflix", "--amount", "99"]);
        std::thread::sleep(std::time::Duration::from_millis(20));
        devices[later].ok(&["edit", "netflix", "--amount", amount]);
        // The device that edited later syncs first; the earlier edit
        // arrives after it and still loses.
        devices[later].ok(&["sync"]);
        devices[earlier].ok(&["sync"]);
        converge(&devices);
        for d in &devices {
            let shown = d.json(&["show", "netflix"]);
            assert_eq!(shown["amount"].to_string(), amount, "{shown}");
        }
    }
}

/// An unreachable remote: exit 1 with one sentence naming it, nothing
/// changed here, and the changes wait for the next sync.
#[test]
fn an_unreachable_remote_changes_nothing_and_changes_wait() {
    let Some((dir, remote, devices)) = replica_set(2) else {
        return;
    };
    devices[0].ok(&["add", "Netflix", "--amount", "9", "--cycle", "monthly"]);
    let away = dir.path().join("away.git");
    std::fs::rename(&remote, &away).unwrap();
    let before = devices[0].data();
    let err = devices[0].fails(&["sync"], 1);
    has(&err, "cannot reach");
    has(&err, "subs-sync.git");
    assert_eq!(err.lines().count(), 1, "{err}");
    // git's reason, not the advice that follows it.
    has(&err, "does not appear to be a git repository");
    assert_eq!(devices[0].data(), before);
    assert!(devices[0].json(&["sync", "status"])["pending"].as_u64() > Some(0));
    std::fs::rename(&away, &remote).unwrap();
    converge(&devices);
    let list = devices[1].ok_with_stderr(
        &["list"],
        "Monthly cost of active subscriptions: 9.00 USD\n",
    );
    assert!(list.contains("Netflix"), "{list}");
    assert_eq!(devices[0].json(&["sync", "status"])["pending"], 0);
}

/// At a terminal the secret is asked for (twice at `init`) and never shown;
/// Ctrl-C at the prompt ends the run with the terminal echoing again.
#[test]
fn the_secret_is_typed_unseen_and_ctrl_c_gives_the_echo_back() {
    if !have_git() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let remote = bare_remote(&dir.path().join("r.git"));
    let env = TestEnv::new();
    let subs = assert_cmd::cargo::cargo_bin("subs");
    let (_, screen) = env.typing(
        &format!("sync init '{remote}'"),
        &["Hidden Pass 1\r", "Hidden Pass 1\r"],
    );
    assert!(screen.contains("Sync secret:"), "{screen:?}");
    assert!(screen.contains("The same again:"), "{screen:?}");
    assert!(screen.contains("Started syncing"), "{screen:?}");
    assert!(
        !screen.contains("Hidden Pass"),
        "the secret was shown: {screen:?}"
    );
    let (_, screen) = env.typing_into(
        &format!(
            "bash -c \"'{}' sync; echo exit=\\$?; stty -a | grep -o -- '-*echo '\"",
            subs.display()
        ),
        &["\x03"],
    );
    assert!(screen.contains("exit=130"), "{screen:?}");
    assert!(
        screen.contains("echo ") && !screen.contains("-echo "),
        "the terminal echoes again: {screen:?}"
    );
}

/// An alert another device raised first still reaches the reminders
/// device's channels, once: `sync` prints it there and queues it, the next
/// `alerts generate` delivers it.
#[test]
fn alerts_raised_elsewhere_reach_the_reminders_devices_channels_once() {
    let Some((_dir, _remote, devices)) = replica_set(2) else {
        return;
    };
    let inbox = devices[0].env.home().join("inbox.jsonl");
    let run = format!("cat >> '{}'", inbox.display());
    devices[0].ok(&["notify", "add", "inbox", "command", "--run", &run]);
    devices[0].monthly("Netflix", "9.99", Some("2026-01-29"));
    settle(&devices);
    // A command channel that came by sync runs nothing on the other device
    // until enabled there; on its own device it is enabled.
    assert_eq!(devices[0].json(&["notify", "list"])[0]["enabled"], true);
    assert_eq!(devices[1].json(&["notify", "list"])[0]["enabled"], false);
    // The other device runs the generator first: it records, tells no one.
    assert!(!devices[1].env.generate_on("2026-11-27").contains("Netflix"));
    devices[1].ok(&["sync"]);
    let told = devices[0]
        .cmd()
        .env("SUBS_TODAY", "2026-11-27")
        .arg("sync")
        .output()
        .unwrap();
    let told = String::from_utf8_lossy(&told.stdout);
    assert!(
        told.contains("Netflix"),
        "printed on the reminders device: {told}"
    );
    devices[0].env.generate_on("2026-11-27");
    devices[0].env.generate_on("2026-11-27");
    let delivered = std::fs::read_to_string(&inbox).unwrap_or_default();
    assert_eq!(
        delivered
            .matches("\"subscription_name\":\"Netflix\"")
            .count(),
        1,
        "delivered once: {delivered}"
    );
    // The other device never delivers.
    assert_eq!(devices[1].sql_count("SELECT count(*) FROM delivery"), 0);
}

/// A sync that rewrites the tables keeps every row where the undo journal
/// finds it (by rowid, for subscriptions): undo after it reverts exactly
/// the last command and touches no other row.
#[test]
fn undo_after_a_sync_that_rewrote_the_tables_reverts_exactly_its_command() {
    let Some((_dir, _remote, devices)) = replica_set(2) else {
        return;
    };
    // Made first, so a rebuild puts it first.
    devices[1].monthly("Zeta", "3", None);
    devices[1].ok(&["sync"]);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    devices[0].monthly("Alpha", "1", None);
    devices[0].monthly("Beta", "2", None);
    devices[0].ok(&["edit", "beta", "--amount", "20"]);
    let synced = devices[0].json(&["sync"]);
    assert_eq!(synced["received"]["added"], 1, "{synced}");
    devices[0].ok(&["undo"]);
    for (name, amount) in [("alpha", "1.00"), ("beta", "2.00"), ("zeta", "3.00")] {
        let shown = devices[0].json(&["show", name]);
        assert_eq!(shown["amount"].to_string(), amount, "{shown}");
    }
    converge(&devices);
    assert_eq!(
        devices[1].json(&["show", "beta"])["amount"].to_string(),
        "2.00"
    );
}

/// The commit the bare remote's branch points at.
fn remote_ref(remote: &str) -> String {
    let out = std::process::Command::new("git")
        .args(["-C", remote, "rev-parse", "main"])
        .output()
        .expect("run git");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// A device with changes and nothing to pull, given a mistyped secret, is
/// refused before it pushes: the remote is untouched, and the right secret
/// still opens it on every device and for a new one.
#[test]
fn a_mistyped_secret_is_refused_before_anything_is_pushed() {
    let Some((_dir, remote, mut devices)) = replica_set(2) else {
        return;
    };
    devices[0].monthly("Netflix", "9", None);
    devices[0].ok(&["sync"]);
    devices[1].ok(&["sync"]);
    devices[1].monthly("Spotify", "11", None);
    let before = remote_ref(&remote);
    let data = devices[1].data();
    devices[1].secret = "correct horse battery stapel".into();
    devices[1].run(&["sync"]).status(1).stdout("").stderr(&format!(
        "error: the sync secret does not open the data on {remote}: use the secret the first device gave `subs sync init`; nothing was sent\n"
    ));
    assert_eq!(remote_ref(&remote), before, "nothing was pushed");
    assert_eq!(devices[1].data(), data);
    devices[1].secret = SECRET.into();
    settle(&devices);
    let newcomer = Device::new();
    newcomer.ok(&["sync", "join", &remote]);
    for d in devices.iter().chain([&newcomer]) {
        let list = d.ok_with_stderr(
            &["list"],
            "Monthly cost of active subscriptions: 20.00 USD\n",
        );
        assert!(list.contains("Spotify"), "{list}");
        assert_eq!(d.data(), newcomer.data());
    }
}

/// A remote a wrong secret reached is started over from one device
/// (after a confirmation, or --yes); the others are told to leave and
/// join, and doing so merges their data in.
#[test]
fn a_remote_is_started_over_and_the_others_leave_and_join() {
    let Some((_dir, remote, devices)) = replica_set(2) else {
        return;
    };
    devices[0].monthly("Netflix", "9", None);
    devices[1].monthly("Spotify", "11", None);
    let before = remote_ref(&remote);
    devices[1]
        .run(&["sync", "init", "--force-new-remote", &remote])
        .status(2)
        .stdout("")
        .stderr("error: refusing to start the remote over without confirmation: pass --yes (not on a terminal, so subs cannot ask)\n");
    assert_eq!(remote_ref(&remote), before);
    devices[1]
        .run(&["sync", "init", "--force-new-remote", "--yes", &remote])
        .status(0)
        .stderr("")
        .stdout(&format!(
            "Started over {remote}: sent 2 changes; nothing new arrived. This device sends the reminders. On every other device run `subs sync leave`, then `subs sync join {remote}`.\n"
        ));
    assert_ne!(remote_ref(&remote), before);
    devices[0].run(&["sync"]).status(1).stdout("").stderr(&format!(
        "error: {remote} was started over by another device: on this device run `subs sync leave`, then `subs sync join {remote}`\n"
    ));
    devices[0]
        .run(&["sync", "leave"])
        .status(0)
        .stderr("")
        .stdout(&format!(
            "This device no longer syncs with {remote}; its data stays here. `subs sync join {remote}` starts again.\n"
        ));
    devices[0]
        .run(&["sync", "leave"])
        .status(0)
        .stderr("")
        .stdout("This database does not sync: nothing to leave.\n");
    let list = devices[0].ok_with_stderr(
        &["list"],
        "Monthly cost of active subscriptions: 9.00 USD\n",
    );
    assert!(list.contains("Netflix"), "{list}");
    devices[0].ok(&["sync", "join", &remote]);
    converge(&devices);
    for d in &devices {
        let list = d.ok_with_stderr(
            &["list"],
            "Monthly cost of active subscriptions: 20.00 USD\n",
        );
        has(&list, "Netflix");
        has(&list, "Spotify");
    }
}

/// Remotes git would read as an option or hand to a program are refused
/// before git runs; nothing is created.
#[test]
fn remotes_that_are_options_or_helpers_are_refused() {
    if !have_git() {
        return;
    }
    let d = Device::new();
    let dir = tempfile::tempdir().unwrap();
    let witness = dir.path().join("ran");
    let upload = format!("--upload-pack=touch {}", witness.display());
    d.run(&["sync", "init", "--", &upload])
        .status(2)
        .stdout("")
        .stderr(&format!(
            "error: the remote \"{upload}\" starts with '-', which git would take for an option\n"
        ));
    let ext = format!("ext::sh -c touch% {}", witness.display());
    d.run(&["sync", "join", &ext]).status(2).stdout("").stderr(&format!(
        "error: the remote \"{ext}\" names a git remote helper: use a path, ssh://, https:// or git@host:path\n"
    ));
    d.run(&["sync", "init", "fd::7"]).status(2).stdout("").stderr(
        "error: the remote \"fd::7\" names a git remote helper: use a path, ssh://, https:// or git@host:path\n",
    );
    assert!(!witness.exists(), "git ran the command");
    assert!(!d.json(&["sync", "status"])["syncing"].as_bool().unwrap());
}

/// A database whose path has `[`, `*` and `?` receives and sends like any
/// other: paths are never read as patterns.
#[test]
fn a_database_path_with_pattern_characters_syncs() {
    let Some((_dir, remote, devices)) = replica_set(1) else {
        return;
    };
    let mut odd = Device::new();
    let folder = odd.env.home().join("da[ta]*?");
    std::fs::create_dir(&folder).unwrap();
    odd.db = Some(folder.join("subs[1]?.db"));
    devices[0].monthly("Netflix", "9", None);
    devices[0].ok(&["sync"]);
    odd.ok(&["sync", "join", &remote]);
    let list = odd.ok_with_stderr(
        &["list"],
        "Monthly cost of active subscriptions: 9.00 USD\n",
    );
    assert!(list.contains("Netflix"), "{list}");
    devices[0].monthly("Hulu", "8", None);
    devices[0].ok(&["sync"]);
    odd.monthly("Spotify", "11", None);
    odd.ok(&["sync"]);
    devices[0].ok(&["sync"]);
    for d in [&devices[0], &odd] {
        let list = d.ok_with_stderr(
            &["list"],
            "Monthly cost of active subscriptions: 28.00 USD\n",
        );
        has(&list, "Netflix");
        has(&list, "Hulu");
        has(&list, "Spotify");
    }
    assert_eq!(odd.data(), devices[0].data());
}

/// A remote that never answers: sync gives up after SUBS_SYNC_TIMEOUT with
/// a sentence naming it, and meanwhile the database takes writes.
#[test]
fn a_hanging_remote_times_out_and_never_blocks_writes() {
    let Some((dir, remote, devices)) = replica_set(1) else {
        return;
    };
    // A `git` first on the PATH that hangs talking to the remote while the
    // file `hang` exists.
    let real = std::env::var_os("PATH")
        .and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|p| p.join("git"))
                .find(|p| p.is_file())
        })
        .expect("git on the PATH");
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let hang = dir.path().join("hang");
    let script = format!(
        "#!/bin/sh\nif [ -e '{}' ]; then case \"$*\" in *ls-remote*|*fetch*|*push*) sleep 60;; esac; fi\nexec '{}' \"$@\"\n",
        hang.display(),
        real.display()
    );
    let wrapper = bin.join("git");
    std::fs::write(&wrapper, script).unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let path = std::env::join_paths(std::iter::once(bin.clone()).chain(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    )))
    .unwrap();
    let d = &devices[0];
    d.monthly("Netflix", "9", None);
    std::fs::write(&hang, "").unwrap();
    let started = std::time::Instant::now();
    let sync = d
        .cmd()
        .env("PATH", &path)
        .env("SUBS_SYNC_TIMEOUT", "3")
        .args(["sync"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    d.cmd()
        .env("SUBS_LOCK_TIMEOUT", "1")
        .args(["add", "Hulu", "--amount", "8", "--cycle", "monthly", "-q"])
        .succeeds();
    Run::of(&["sync"], sync.wait_with_output().unwrap())
        .status(1)
        .stdout("")
        .stderr(&format!(
            "error: {remote} did not answer within 3 s: git was stopped (SUBS_SYNC_TIMEOUT sets the limit in seconds)\n"
        ));
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
    let bad = d
        .cmd()
        .env("SUBS_SYNC_TIMEOUT", "soon")
        .args(["sync"])
        .output()
        .unwrap();
    Run::of(&["sync"], bad)
        .status(2)
        .stdout("")
        .stderr("error: invalid SUBS_SYNC_TIMEOUT \"soon\": give whole seconds, 1 to 3600\n");
    std::fs::remove_file(&hang).unwrap();
    d.ok(&["sync"]);
    assert_eq!(d.json(&["sync", "status"])["pending"], 0);
}

/// A file on the remote changed by hand: sync names it in one sentence,
/// changes nothing here, and works again once the remote is restored.
#[test]
fn a_tampered_remote_file_is_named() {
    let Some((dir, remote, devices)) = replica_set(1) else {
        return;
    };
    devices[0].monthly("Netflix", "9", None);
    devices[0].ok(&["sync"]);
    let good = remote_ref(&remote);
    let work = dir.path().join("work");
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(&work)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {out:?}");
    };
    let clone = std::process::Command::new("git")
        .arg("clone")
        .arg("-q")
        .arg("--")
        .arg(&remote)
        .arg(&work)
        .output()
        .unwrap();
    assert!(clone.status.success());
    std::fs::write(work.join("meta"), "not what subs wrote").unwrap();
    git(&words(
        "-c user.email=x@y -c user.name=x commit -qam tamper",
    ));
    git(&["push", "-q", "origin", "main"]);
    devices[0].monthly("Hulu", "8", None);
    let data = devices[0].data();
    devices[0].run(&["sync"]).status(1).stdout("").stderr(&format!(
        "error: the file \"meta\" on {remote} is not one subs wrote (damaged or changed by hand): restore the remote, or start it over with `subs sync init --force-new-remote`\n"
    ));
    assert_eq!(devices[0].data(), data);
    git(&[
        "push",
        "-q",
        "--force",
        "origin",
        &format!("{good}:refs/heads/main"),
    ]);
    devices[0].ok(&["sync"]);
    assert_eq!(devices[0].json(&["sync", "status"])["pending"], 0);
}

/// A device whose syncs are killed (SIGKILL) at random moments while two
/// others add and sync: after clean rounds every acknowledged add is on
/// every device exactly once, and the data is the same everywhere.
/// `bench/sync-kill.sh` runs the longer version.
#[test]
fn a_sync_killed_at_any_moment_misses_nothing_others_sent() {
    let Some((_dir, _remote, devices)) = replica_set(3) else {
        return;
    };
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut random = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let mut acknowledged = Vec::new();
    for round in 0..8 {
        for (i, d) in devices[1..].iter().enumerate() {
            let name = format!("From{i}x{round}");
            d.monthly(&name, "1", None);
            d.ok(&["sync"]);
            acknowledged.push(name);
        }
        let mut child = devices[0]
            .cmd()
            .args(["sync"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(random(400)));
        let _ = child.kill();
        let _ = child.wait();
    }
    converge(&devices);
    for d in &devices {
        for name in &acknowledged {
            assert_eq!(
                d.sql_count(&format!(
                    "SELECT count(*) FROM subscription WHERE name = '{name}'"
                )),
                1,
                "{name}"
            );
        }
    }
}

/// A device joining takes the set's base currency, which the rates that
/// arrive are against: its totals convert every currency, with no advice
/// to set a rate for the base itself.
#[test]
fn joining_adopts_the_sets_base_currency() {
    if !have_git() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let remote = bare_remote(&dir.path().join("r.git"));
    let (a, b) = (Device::new(), Device::new());
    a.ok(&["config", "set", "base_currency", "EUR"]);
    a.ok(&["rates", "set", "USD", "0.9"]);
    a.monthly("Netflix", "10", None);
    a.ok(&["sync", "init", &remote]);
    b.monthly("Hulu", "10", None);
    b.run(&["sync", "join", &remote]).status(0).stderr("").stdout(&format!(
        "Joined {remote}: sent 2 changes; 2 added, 0 changed, 0 removed here. The base currency here is now EUR, the set's (it was USD).\n"
    ));
    b.run(&["config", "get", "base_currency"])
        .status(0)
        .stderr("")
        .stdout("EUR\n");
    let dashboard = b.json(&["dashboard"]);
    assert_eq!(dashboard["warnings"], serde_json::json!([]), "{dashboard}");
    assert_eq!(
        dashboard["monthly_cost"].to_string(),
        "19.00",
        "{dashboard}"
    );
}

/// A rate for the base currency itself (set against another base) is
/// never met with advice to set it, which `rates set` refuses.
#[test]
fn a_rate_for_the_base_currency_is_not_advised_to_be_set() {
    let env = TestEnv::new();
    env.ok(&["add", "Netflix", "--amount", "10", "--cycle", "monthly"]);
    env.sql(
        "INSERT INTO rate (currency, base, rate, set_on, updated_at, source)
         VALUES ('USD', 'EUR', '1.1', '2026-01-01', '2026-01-01T00:00:00Z', 'manual')",
    );
    let dashboard = env.json(&["dashboard"]);
    assert_eq!(
        dashboard["warnings"],
        serde_json::json!([
            "the rate for USD was set against EUR, but USD is the base currency here and needs none; remove it with `subs rates remove USD`, or make EUR the base with `subs config set base_currency EUR`"
        ])
    );
}

/// An edit a delete on another device overruled is listed by `sync
/// status` on every device, not only on the one that made it; `sync
/// resolve` on one clears it everywhere.
#[test]
fn an_edit_lost_to_a_delete_is_listed_on_every_device() {
    let Some((_dir, _remote, devices)) = replica_set(2) else {
        return;
    };
    devices[0].monthly("Gym", "30", Some("2026-01-10"));
    settle(&devices);
    devices[0].ok(&["delete", "gym", "--yes"]);
    devices[1].ok(&["edit", "gym", "--amount", "35"]);
    devices[0].ok(&["sync"]);
    devices[1].ok_with_stderr(
        &["sync"],
        "conflict: an alert for a subscription deleted on another device was left out (the delete wins)\n\
         conflict: a price change for a subscription deleted on another device was left out (the delete wins)\n\
         conflict: your change to a subscription was not kept: it was deleted on another device (the delete wins)\n",
    );
    devices[0].ok_with_stderr(
        &["sync"],
        "conflict: an alert for a subscription deleted on another device was left out (the delete wins)\n\
         conflict: a price change for a subscription deleted on another device was left out (the delete wins)\n",
    );
    let listed = |d: &Device| -> Vec<Value> {
        items(&d.conflicts())
            .filter(|c| c["kind"] == "edit_lost")
            .cloned()
            .collect()
    };
    let here = listed(&devices[1]);
    assert_eq!(here.len(), 1, "{here:?}");
    assert_eq!(
        here[0]["message"],
        "your change to a subscription was not kept: it was deleted on another device (the delete wins)"
    );
    let there = listed(&devices[0]);
    assert_eq!(there.len(), 1, "{there:?}");
    assert_eq!(there[0]["table"], "subscriptions");
    assert_eq!(there[0]["record"], here[0]["record"]);
    let message = there[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("a change made on ")
            && message.ends_with(
                " to a subscription was not kept: it was deleted on another device (the delete wins)"
            ),
        "{message}"
    );
    devices[0].ok(&["sync", "resolve"]);
    settle(&devices);
    for d in &devices {
        assert_eq!(listed(d), Vec::<Value>::new());
    }
}

/// Installs a `pre-receive` hook in the bare remote at `remote` (a path).
fn pre_receive(remote: &str, script: &str) {
    let hook = std::path::Path::new(remote)
        .join("hooks")
        .join("pre-receive");
    std::fs::create_dir_all(hook.parent().unwrap()).unwrap();
    std::fs::write(&hook, format!("#!/bin/sh\n{script}\n")).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// How many subscriptions of that name the device holds.
fn named(d: &Device, name: &str) -> i64 {
    d.sql_count(&format!(
        "SELECT count(*) FROM subscription WHERE name = '{name}'"
    ))
}

/// The push happens after the sync's transaction: while the remote takes
/// its time over the push, `add` works at once; another device pushing in
/// the meantime makes the push fail, and the same run sends its changes
/// again on top of the other device's, each exactly once.
#[test]
fn a_slow_push_holds_no_lock_and_a_raced_one_is_sent_again() {
    let Some((dir, remote, devices)) = replica_set(2) else {
        return;
    };
    let (a, b) = (&devices[0], &devices[1]);
    let gate = dir.path();
    // The first push waits (at most 60 s) until the test releases it.
    pre_receive(
        &remote,
        &format!(
            "if mkdir '{0}/once' 2>/dev/null; then\n  touch '{0}/started'\n  i=0\n  while [ ! -e '{0}/release' ] && [ $i -lt 1200 ]; do sleep 0.05; i=$((i+1)); done\nfi\nexit 0",
            gate.display()
        ),
    );
    a.monthly("Netflix", "9", None);
    let sync = a
        .cmd()
        .env("SUBS_SYNC_TIMEOUT", "120")
        .args(["sync"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let waited = std::time::Instant::now();
    while !gate.join("started").exists() {
        assert!(
            waited.elapsed() < std::time::Duration::from_secs(60),
            "the push never reached the remote"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // The push is under way: the database is not locked.
    let add = a
        .cmd()
        .env("SUBS_LOCK_TIMEOUT", "1")
        .args(["add", "Hulu", "--amount", "8", "--cycle", "monthly", "-q"])
        .output()
        .unwrap();
    // `-q` prints the new subscription's id alone.
    let id = String::from_utf8_lossy(&add.stdout).into_owned();
    assert!(
        add.status.success()
            && add.stderr.is_empty()
            && id.starts_with("SUB")
            && id.lines().count() == 1,
        "add while the push waits: {id} {}",
        String::from_utf8_lossy(&add.stderr)
    );
    // Another device gets its push in first.
    b.monthly("Spotify", "11", None);
    b.ok(&["sync"]);
    std::fs::write(gate.join("release"), "").unwrap();
    // Sent again on top of the other device's push, in the same run.
    Run::of(&["sync"], sync.wait_with_output().unwrap())
        .status(0)
        .stdout(&format!(
            "Synced with {remote}: sent 2 changes; 1 added, 0 changed, 0 removed here.\n"
        ))
        .stderr("");
    converge(&devices);
    for d in &devices {
        for name in ["Netflix", "Hulu", "Spotify"] {
            assert_eq!(named(d, name), 1, "{name}");
        }
        assert_eq!(d.json(&["sync", "status"])["pending"], 0);
    }
}

/// A push the remote refuses fails the sync in one sentence, keeps the
/// changes here (`sync status` counts them), and the next sync sends them,
/// after another device moved the remote on, exactly once.
#[test]
fn a_refused_push_is_sent_by_the_next_sync_exactly_once() {
    let Some((dir, remote, devices)) = replica_set(2) else {
        return;
    };
    let (a, b) = (&devices[0], &devices[1]);
    pre_receive(
        &remote,
        &format!(
            "if mkdir '{}/once' 2>/dev/null; then echo 'not now' >&2; exit 1; fi\nexit 0",
            dir.path().display()
        ),
    );
    a.monthly("Netflix", "9", None);
    let err = a.fails(&["sync"], 1);
    assert!(
        err.starts_with(&format!(
            "error: sync with {remote} failed: the remote did not take this device's changes (they are kept here for the next sync): "
        )) && err.lines().count() == 1,
        "{err}"
    );
    assert_eq!(a.json(&["sync", "status"])["pending"], 1);
    assert_eq!(named(a, "Netflix"), 1);
    b.monthly("Spotify", "11", None);
    b.ok(&["sync"]);
    a.ok(&["sync"]);
    assert_eq!(a.json(&["sync", "status"])["pending"], 0);
    converge(&devices);
    for d in &devices {
        assert_eq!(named(d, "Netflix"), 1);
        assert_eq!(named(d, "Spotify"), 1);
    }
}
