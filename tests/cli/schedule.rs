//! `schedule install`: what each scheduler gets is exactly the job for this
//! database, whatever its path holds, and nothing is installed that was not
//! asked for.

use std::path::{Path, PathBuf};

use crate::common::{Succeeds, TestEnv, words};

/// A database in a folder whose name cron (`%`), systemd (`%`, `$`) and the
/// shell (`'`, `$`) would each read as syntax.
fn awkward_db(env: &TestEnv) -> PathBuf {
    let dir = env.home().join("it's 100% $HOME");
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("subs.db");
    let add = words("add Netflix --amount 15.99 --cycle monthly --start 2026-10-26");
    env.ok(&[&["--db", db.to_str().unwrap()][..], &add].concat());
    db.canonicalize().unwrap()
}

/// `subs` with a config folder of its own and no `crontab` or `systemctl`
/// to find.
fn schedule(env: &TestEnv, db: &Path, args: &[&str]) -> std::process::Output {
    env.cmd()
        .env("XDG_CONFIG_HOME", env.home().join("config"))
        .env("PATH", "/nonexistent")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

/// Without `--write`, `--cron` installs nothing: stdout is the line alone
/// (so `>> crontab.txt` works), stderr says to add it and names the
/// variables the channels read; the line, unescaped as cron does and run
/// by a shell, is the job for this very database.
#[test]
fn cron_prints_the_line_alone_escaped_for_cron_and_names_the_channels_variables() {
    let env = TestEnv::new();
    let db = awkward_db(&env);
    env.ok(&[
        "--db",
        db.to_str().unwrap(),
        "notify",
        "add",
        "hook",
        "webhook",
        "--url",
        "http://127.0.0.1:9/hook",
    ]);
    let out = schedule(&env, &db, &["schedule", "install", "--cron"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr,
        "Add this line to your crontab (`crontab -e`), or pass --write to add it:\n\
         Your notification channels read SUBS_WEBHOOK_SECRET: the scheduled job does not see your shell's environment, so set it there (a NAME=value line above it in the crontab).\n"
    );
    let exe = assert_cmd::cargo::cargo_bin("subs").canonicalize().unwrap();
    // Shell-quoted ('\'' for a quote), then `%` as `\%`.
    let quoted_db = db
        .display()
        .to_string()
        .replace('\'', "'\\''")
        .replace('%', "\\%");
    let want = format!(
        "0 * * * * '{}' --db '{quoted_db}' alerts generate\n",
        exe.display()
    );
    assert_eq!(stdout, want);
    assert!(
        !stdout.contains("100% "),
        "a bare % would end cron's command"
    );
    // What cron runs: `\%` becomes `%`, the rest goes to sh.
    let command = stdout.trim_end().strip_prefix("0 * * * * ").unwrap();
    std::process::Command::new("sh")
        .arg("-c")
        .arg(command.replace("\\%", "%"))
        .env_clear()
        .env("SUBS_TODAY", "2026-11-26")
        .env("HOME", env.home())
        .succeeds();
    let last = env.json(&["--db", db.to_str().unwrap(), "schedule", "status"]);
    assert!(
        last["last_run"].is_object(),
        "the job ran on this database: {last}"
    );
    // Nothing was written anywhere.
    assert!(!env.home().join("config").exists());
}

/// `--systemd --print` shows the units and writes and enables nothing;
/// in the unit, `%` is `%%` and `$` is `$$`, so systemd runs exactly this
/// database.
#[test]
fn systemd_print_shows_escaped_units_and_writes_nothing() {
    let env = TestEnv::new();
    let db = awkward_db(&env);
    let out = schedule(&env, &db, &["schedule", "install", "--systemd", "--print"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "Nothing written or enabled; these are the files install would write:\n"
    );
    let exe = assert_cmd::cargo::cargo_bin("subs").canonicalize().unwrap();
    let unit_dir = env.home().join("config/systemd/user");
    let escaped_db = db
        .display()
        .to_string()
        .replace('%', "%%")
        .replace('$', "$$");
    assert_eq!(
        stdout,
        format!(
            "# {dir}/subs-alerts.service\n[Unit]\nDescription=subs: raise reminders and deliver notifications\n\n[Service]\nType=oneshot\nExecStart={exe} --db \"{escaped_db}\" alerts generate\n\n\
             # {dir}/subs-alerts.timer\n[Unit]\nDescription=Run subs-alerts.service every hour\n\n[Timer]\nOnCalendar=hourly\nPersistent=true\nRandomizedDelaySec=60\n\n[Install]\nWantedBy=timers.target\n",
            dir = unit_dir.display(),
            exe = exe.display(),
        )
    );
    assert!(!env.home().join("config").exists(), "nothing written");
}

/// Units are written 0644 whatever the umask, and a symlink where a unit
/// goes is replaced, never written through.
#[cfg(unix)]
#[test]
fn units_are_written_0644_and_a_symlink_is_replaced_not_followed() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let unit_dir = env.home().join("config/systemd/user");
    std::fs::create_dir_all(&unit_dir).unwrap();
    let precious = env.home().join("precious.txt");
    std::fs::write(&precious, "keep me").unwrap();
    std::os::unix::fs::symlink(&precious, unit_dir.join("subs-alerts.service")).unwrap();
    let subs = assert_cmd::cargo::cargo_bin("subs");
    std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 077 && exec \"$0\" schedule install --systemd")
        .arg(&subs)
        .env_clear()
        .env("HOME", env.home())
        .env("XDG_CONFIG_HOME", env.home().join("config"))
        .env("SUBS_DB", &env.db)
        .env("SUBS_TODAY", "2026-11-26")
        .succeeds();
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "keep me");
    for name in ["subs-alerts.service", "subs-alerts.timer"] {
        let path = unit_dir.join(name);
        let meta = std::fs::symlink_metadata(&path).unwrap();
        assert!(meta.file_type().is_file(), "{name} is a plain file");
        assert_eq!(meta.permissions().mode() & 0o777, 0o644, "{name}");
    }
}

/// A newline in the database's path would inject a crontab line or a unit
/// directive: refused (exit 2), nothing written.
#[test]
fn a_path_with_a_control_character_is_refused() {
    let env = TestEnv::new();
    let dir = env.home().join("evil\n* * * * * rm -rf ~");
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("subs.db");
    for args in [
        vec!["schedule", "install", "--cron"],
        vec!["schedule", "install", "--systemd"],
    ] {
        let out = schedule(&env, &db, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(out.stdout, b"");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            stderr,
            format!(
                "error: cannot schedule \"{}\": the path has a control character (a newline or tab) that a crontab or unit file cannot hold; move or rename it\n",
                dir.canonicalize()
                    .unwrap()
                    .join("subs.db")
                    .display()
                    .to_string()
                    .escape_debug()
            ),
        );
    }
    assert!(!env.home().join("config").exists());
}
