//! A small test environment: a private temp folder and database, a fixed
//! "today", and a clean process environment, so every run is reproducible.

pub mod fixtures;
pub mod mock;
pub mod tool;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rusqlite::Connection;
use serde_json::Value;
use tempfile::TempDir;

pub use tool::{have, needed, runs};

pub const TODAY: &str = "2026-11-26";

/// A subscription to add, built field by field:
/// `env.sub("Netflix").amount("15.99").monthly().start("2026-01-31").add()`.
pub struct Sub<'e> {
    env: &'e TestEnv,
    args: Vec<String>,
}

impl Sub<'_> {
    fn flag(mut self, flag: &str, value: &str) -> Self {
        self.args.push(flag.to_string());
        self.args.push(value.to_string());
        self
    }

    pub fn amount(self, amount: &str) -> Self {
        self.flag("--amount", amount)
    }

    pub fn cycle(self, cycle: &str) -> Self {
        self.flag("--cycle", cycle)
    }

    pub fn monthly(self) -> Self {
        self.cycle("monthly")
    }

    pub fn yearly(self) -> Self {
        self.cycle("yearly")
    }

    pub fn start(self, day: &str) -> Self {
        self.flag("--start", day)
    }

    pub fn next(self, day: &str) -> Self {
        self.flag("--next", day)
    }

    pub fn currency(self, code: &str) -> Self {
        self.flag("--currency", code)
    }

    pub fn category(self, name: &str) -> Self {
        self.flag("--category", name)
    }

    /// Any other option, e.g. `.with("--reminder-days", "7")`.
    pub fn with(self, flag: &str, value: &str) -> Self {
        self.flag(flag, value)
    }

    /// Options a caller passes on as they are, e.g. `&["--notes", "x"]`.
    pub fn options(mut self, options: &[&str]) -> Self {
        self.args.extend(options.iter().map(|o| o.to_string()));
        self
    }

    /// Adds it (asserting success) and returns its id.
    #[track_caller]
    pub fn add(self) -> String {
        let args: Vec<&str> = self.args.iter().map(String::as_str).collect();
        self.env.add(&args)
    }
}

/// One run's whole outcome, checked together: exit status, stdout and
/// stderr (`env.run(&["list"]).status(0).stdout_has("Netflix").stderr("")`).
pub struct Run {
    args: Vec<String>,
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    /// The outcome of a run made elsewhere (a command with more set up).
    pub fn of(args: &[&str], out: std::process::Output) -> Run {
        Run {
            args: args.iter().map(|a| a.to_string()).collect(),
            status: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    fn context(&self) -> String {
        format!(
            "subs {:?} exited {:?}\nstdout:\n{}\nstderr:\n{}",
            self.args, self.status, self.stdout, self.stderr
        )
    }

    #[track_caller]
    pub fn status(self, code: i32) -> Self {
        assert_eq!(self.status, Some(code), "{}", self.context());
        self
    }

    #[track_caller]
    pub fn stdout(self, want: &str) -> Self {
        assert_eq!(self.stdout, want, "{}", self.context());
        self
    }

    #[track_caller]
    pub fn stdout_has(self, part: &str) -> Self {
        let found = self.stdout.contains(part);
        self.holds(found, "stdout", part)
    }

    #[track_caller]
    pub fn stderr(self, want: &str) -> Self {
        assert_eq!(self.stderr, want, "{}", self.context());
        self
    }

    #[track_caller]
    pub fn stderr_has(self, part: &str) -> Self {
        let found = self.stderr.contains(part);
        self.holds(found, "stderr", part)
    }

    #[track_caller]
    fn holds(self, found: bool, stream: &str, part: &str) -> Self {
        assert!(found, "no {part:?} in {stream}: {}", self.context());
        self
    }

    /// The outcome as one text, for a snapshot: status, stdout, stderr.
    pub fn transcript(&self) -> String {
        let mut text = format!("status: {:?}\n--- stdout\n{}", self.status, self.stdout);
        if !self.stderr.is_empty() {
            text.push_str(&format!("--- stderr\n{}", self.stderr));
        }
        text
    }

    pub fn stderr_text(&self) -> &str {
        &self.stderr
    }

    pub fn into_stdout(self) -> String {
        self.stdout
    }
}

/// The items of a JSON array, e.g. `items(&v["alerts"]).filter(..)`;
/// fails, showing the value, when it is not an array.
#[track_caller]
pub fn items(value: &Value) -> std::slice::Iter<'_, Value> {
    match value.as_array() {
        Some(array) => array.iter(),
        None => panic!("not a JSON array: {value}"),
    }
}

/// A command that must succeed: `Command::new("git").args(..).succeeds()`
/// is its output, or a failure showing the command and its stderr.
/// `exits(code)` is the same for a command that must fail with `code`:
/// its stderr.
pub trait Succeeds {
    fn succeeds(&mut self) -> std::process::Output;
    fn exits(&mut self, code: i32) -> String;
}

/// The same for both kinds of command: each has its own `output()`.
macro_rules! succeeds_for {
    ($($command:ty),*) => {$(
        impl Succeeds for $command {
            #[track_caller]
            fn succeeds(&mut self) -> std::process::Output {
                succeeded(&format!("{self:?}"), self.output())
            }

            #[track_caller]
            fn exits(&mut self, code: i32) -> String {
                exited(&format!("{self:?}"), self.output(), code)
            }
        }
    )*};
}

succeeds_for!(std::process::Command, Command);

#[track_caller]
fn succeeded(command: &str, out: std::io::Result<std::process::Output>) -> std::process::Output {
    let out = out.unwrap_or_else(|e| panic!("{command} did not start: {e}"));
    assert!(
        out.status.success(),
        "{command}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A command line as its words, as typed:
/// `env.json(&words("add Netflix --amount 15.99 --cycle monthly"))`.
pub fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// Asserts that `text` contains `part`, showing the whole text if not.
#[track_caller]
pub fn has(text: &str, part: &str) {
    assert!(text.contains(part), "no {part:?} in:\n{text}");
}

/// Asserts that `text` contains each of `parts`, showing the whole text
/// at the first one missing.
#[track_caller]
pub fn has_each(text: &str, parts: &[&str]) {
    for part in parts {
        has(text, part);
    }
}

/// The rows `select` reads from `table`, one line each:
/// `table: cell | cell | …`, every cell as SQLite holds it.
#[track_caller]
pub fn table_rows(conn: &Connection, table: &str, select: &str) -> Vec<String> {
    let mut stmt = conn.prepare(select).unwrap();
    let n = stmt.column_count();
    let mut rows = stmt.query([]).unwrap();
    let mut lines = Vec::new();
    while let Some(row) = rows.next().unwrap() {
        let cells: Vec<String> = (0..n)
            .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
            .collect();
        lines.push(format!("{table}: {}", cells.join(" | ")));
    }
    lines
}

/// `subs ARGS` run by `cmd`: asserts success with exactly `stderr` on
/// stderr; returns stdout.
#[track_caller]
fn succeeded_saying(cmd: &mut Command, args: &[&str], stderr: &str) -> String {
    let out = cmd.args(args).output().expect("run subs");
    let stdout = String::from_utf8(out.stdout.clone()).expect("utf-8 stdout");
    Run::of(args, out).status(0).stderr(stderr);
    stdout
}

#[track_caller]
fn exited(command: &str, out: std::io::Result<std::process::Output>, code: i32) -> String {
    let out = out.unwrap_or_else(|e| panic!("{command} did not start: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(code), "{command}: {stderr}");
    stderr
}

/// The database of `env` as on `today` (another device's clock, or later
/// on), with a home of its own.
pub fn on(env: &TestEnv, today: &str) -> TestEnv {
    TestEnv {
        dir: tempfile::tempdir().expect("temp dir"),
        db: env.db.clone(),
        today: today.into(),
    }
}

/// The same argument list `n` times.
pub fn times(n: usize, args: &[&str]) -> Vec<Vec<String>> {
    (0..n)
        .map(|_| args.iter().map(|a| a.to_string()).collect())
        .collect()
}

/// Exit codes, for asserting how many runs won and lost.
pub fn codes(outputs: &[std::process::Output]) -> Vec<i32> {
    outputs
        .iter()
        .map(|o| o.status.code().unwrap_or(-1))
        .collect()
}

pub struct TestEnv {
    pub dir: TempDir,
    pub db: PathBuf,
    pub today: String,
}

impl TestEnv {
    /// `alerts generate` once a day from `from` to `to` (both included),
    /// as cron would run it.
    pub fn daily_runs(&self, from: &str, to: &str) {
        let mut day = chrono::NaiveDate::parse_from_str(from, "%Y-%m-%d").unwrap();
        let end = chrono::NaiveDate::parse_from_str(to, "%Y-%m-%d").unwrap();
        while day <= end {
            self.cmd()
                .env("SUBS_TODAY", day.to_string())
                .args(["alerts", "generate", "-q"])
                .assert()
                .success();
            day = day.succ_opt().unwrap();
        }
    }

    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("subs.db");
        TestEnv {
            dir,
            db,
            today: TODAY.to_string(),
        }
    }

    /// A fresh environment whose "today" is `day`.
    pub fn at(day: &str) -> TestEnv {
        TestEnv {
            today: day.into(),
            ..TestEnv::new()
        }
    }

    /// `alerts generate` as on `day`; asserts success with nothing on
    /// stderr, returns stdout.
    #[track_caller]
    pub fn generate_on(&self, day: &str) -> String {
        self.ok_on(day, &["alerts", "generate"])
    }

    /// `--json ARGS` as on `day`, parsed; asserts success with nothing on
    /// stderr.
    #[track_caller]
    pub fn json_on(&self, day: &str, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let stdout = self.ok_on(day, &all);
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
    }

    /// `ok` as on `day` (`SUBS_TODAY`, so the command line is as typed).
    #[track_caller]
    fn ok_on(&self, day: &str, args: &[&str]) -> String {
        succeeded_saying(self.cmd().env("SUBS_TODAY", day), args, "")
    }

    pub fn home(&self) -> &Path {
        self.dir.path()
    }

    /// `subs` with only the variables a test means to set.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// `cmd`, as a plain process command (for stdio redirections).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = self.isolated(assert_cmd::cargo::cargo_bin("subs"));
        cmd.env("NO_COLOR", "1");
        cmd
    }

    /// `program` with no variable but this environment's home, data
    /// folder, database and today.
    pub fn isolated(&self, program: impl AsRef<std::ffi::OsStr>) -> std::process::Command {
        let mut cmd = std::process::Command::new(program);
        cmd.env_clear()
            .env("HOME", self.home())
            .env("XDG_DATA_HOME", self.home().join("data"))
            .env("SUBS_DB", &self.db)
            .env("SUBS_TODAY", &self.today);
        cmd
    }

    /// [`TestEnv::isolated`], finding what it runs (a shell, `script`,
    /// python) on this PATH.
    pub fn isolated_on_path(&self, program: &str) -> std::process::Command {
        let mut cmd = self.isolated(program);
        cmd.env("PATH", std::env::var_os("PATH").unwrap_or_default());
        cmd
    }

    /// `subs ARGS` on a pseudo-terminal `columns` wide (util-linux
    /// `script`), without colour: its exit code and the screen (stdout and
    /// stderr as the user sees them), `\r\n` made `\n`. Stdin is empty: a
    /// prompt gets no answer, and a run that waits for one is ended after
    /// 60 seconds.
    pub fn on_terminal(&self, args: &[&str], columns: u16) -> (Option<i32>, String) {
        let subs = assert_cmd::cargo::cargo_bin("subs");
        let command = std::iter::once(format!("'{}'", subs.display()))
            .chain(args.iter().map(|a| format!("'{a}'")))
            .collect::<Vec<_>>()
            .join(" ");
        let out = self
            .isolated_on_path("timeout")
            .args(["60", "script", "-qfec", &command, "/dev/null"])
            .env("TERM", "xterm")
            .env("NO_COLOR", "1")
            .env("COLUMNS", columns.to_string())
            .stdin(std::process::Stdio::null())
            .output()
            .expect("util-linux `script` provides the pseudo-terminal");
        let screen = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
        (out.status.code(), screen)
    }

    /// `subs ARGS` (shell words after the binary) on a pseudo-terminal,
    /// typing `keys`: see [`TestEnv::typing_into`].
    pub fn typing(&self, args: &str, keys: &[&str]) -> (Option<i32>, String) {
        let subs = assert_cmd::cargo::cargo_bin("subs");
        self.typing_into(&format!("'{}' {args}", subs.display()), keys)
    }

    /// A shell command line on a pseudo-terminal (util-linux `script`), in
    /// this environment's home with only its variables, typing each key
    /// after a pause once the first prompt is drawn: the exit code and the
    /// screen as typed into (colour and escapes kept).
    pub fn typing_into(&self, command_line: &str, keys: &[&str]) -> (Option<i32>, String) {
        use std::io::Write;
        use std::time::Duration;
        let mut child = self
            .isolated_on_path("script")
            .args(["-qfec", command_line, "/dev/null"])
            .current_dir(self.home())
            .env("TERM", "xterm")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("util-linux `script` provides the pseudo-terminal");
        let mut stdin = child.stdin.take().expect("stdin");
        let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        let typist = std::thread::spawn(move || {
            // Time for the process to start and draw its first prompt.
            std::thread::sleep(Duration::from_millis(800));
            for key in keys {
                std::thread::sleep(Duration::from_millis(400));
                let _ = stdin.write_all(key.as_bytes());
                let _ = stdin.flush();
            }
            // Stdin stays open while the last answer is acted on.
            std::thread::sleep(Duration::from_millis(1500));
        });
        let out = child.wait_with_output().expect("run script");
        typist.join().expect("the typist");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    }

    /// The names of the files in `dir` (none left behind, say).
    pub fn files_in(dir: &Path) -> Vec<std::ffi::OsString> {
        std::fs::read_dir(dir)
            .expect("read the folder")
            .flatten()
            .map(|e| e.file_name())
            .collect()
    }

    /// A subscription to add; see [`Sub`].
    pub fn sub(&self, name: &str) -> Sub<'_> {
        Sub {
            env: self,
            args: vec![name.to_string()],
        }
    }

    /// A monthly subscription to add: `env.monthly("Netflix", "15.99")`
    /// is `env.sub("Netflix").amount("15.99").monthly()`.
    pub fn monthly(&self, name: &str, amount: &str) -> Sub<'_> {
        self.sub(name).amount(amount).monthly()
    }

    /// A yearly subscription to add, as [`TestEnv::monthly`].
    pub fn yearly(&self, name: &str, amount: &str) -> Sub<'_> {
        self.sub(name).amount(amount).yearly()
    }

    /// Adds a `script` channel ("command") that appends each batch of
    /// alerts it is sent, as JSON, to a file; returns the file. `options`
    /// as `notify add` takes them, e.g. `&["--types", "over_budget"]`.
    #[track_caller]
    pub fn alerts_file_channel(&self, options: &[&str]) -> PathBuf {
        let saved = self.home().join("alerts.jsonl");
        let run = format!("cat >> '{}'", saved.display());
        let mut args = vec!["notify", "add", "script", "command", "--run", &run];
        args.extend_from_slice(options);
        self.ok(&args);
        saved
    }

    /// Exports a backup to a file, imports it into a fresh database as on
    /// `day`, and asserts that the copy exports the very same bytes;
    /// returns the copy and the file.
    #[track_caller]
    pub fn round_trip(&self, day: &str) -> (TestEnv, PathBuf) {
        let backup = self.ok(&["export"]);
        let path = self.home().join("backup.json");
        std::fs::write(&path, &backup).expect("write the backup");
        let copy = TestEnv::at(day);
        copy.ok(&["import", path.to_str().expect("a UTF-8 temp path")]);
        assert_eq!(copy.ok(&["export"]), backup, "byte-identical round trip");
        (copy, path)
    }

    /// Runs `subs` and captures everything; assert on it with [`Run`].
    pub fn run(&self, args: &[&str]) -> Run {
        Run::of(args, self.cmd().args(args).output().expect("run subs"))
    }

    /// Runs and asserts success with nothing on stderr; returns stdout.
    /// A command that means to say something on stderr (a piped table's
    /// footer, a warning) is run with [`TestEnv::ok_with_stderr`], or with
    /// `run(..).status(0).stderr_has(..)` for part of it.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        self.ok_with_stderr(args, "")
    }

    /// Runs and asserts success with exactly `stderr` on stderr; returns
    /// stdout.
    #[track_caller]
    pub fn ok_with_stderr(&self, args: &[&str], stderr: &str) -> String {
        succeeded_saying(&mut self.cmd(), args, stderr)
    }

    /// Runs with --json and parses stdout as one JSON document.
    #[track_caller]
    pub fn json(&self, args: &[&str]) -> Value {
        self.json_on(&self.today, args)
    }

    /// Runs, asserts the exit code, and returns stderr.
    #[track_caller]
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.cmd().args(args).output().expect("run subs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(code),
            "subs {args:?}: expected exit {code}\nstdout: {}\nstderr: {stderr}",
            String::from_utf8_lossy(&out.stdout)
        );
        stderr
    }

    /// Asserts that a failing command exits with `code` and leaves every
    /// table exactly as it was; returns stderr.
    #[track_caller]
    pub fn fails_unchanged(&self, args: &[&str], code: i32) -> String {
        let before = self.dump();
        let stderr = self.fails(args, code);
        assert_eq!(before, self.dump(), "subs {args:?} changed the database");
        stderr
    }

    /// Asserts that a command is refused: exit `code`, nothing on stdout,
    /// `part` on stderr, and every table exactly as it was; returns stderr.
    #[track_caller]
    pub fn refuses(&self, args: &[&str], code: i32, part: &str) -> String {
        self.refused(args, code, |run| run.stderr_has(part))
    }

    /// [`TestEnv::refuses`], saying exactly `stderr`.
    #[track_caller]
    pub fn refuses_exactly(&self, args: &[&str], code: i32, stderr: &str) {
        self.refused(args, code, |run| run.stderr(stderr));
    }

    #[track_caller]
    fn refused(&self, args: &[&str], code: i32, stderr: impl FnOnce(Run) -> Run) -> String {
        let before = self.dump();
        let run = stderr(self.run(args).status(code).stdout(""));
        assert_eq!(before, self.dump(), "subs {args:?} changed the database");
        run.stderr_text().to_string()
    }

    /// Adds a subscription and returns its id.
    #[track_caller]
    pub fn add(&self, args: &[&str]) -> String {
        let mut all = vec!["add"];
        all.extend_from_slice(args);
        let v = self.json(&all);
        v["subscription_id"].as_str().expect("id").to_string()
    }

    /// Every row of every table, as text, for before/after comparisons.
    #[track_caller]
    pub fn dump(&self) -> Vec<String> {
        if !self.db.exists() {
            return Vec::new();
        }
        let conn = Connection::open(&self.db).expect("open db");
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let mut rows = Vec::new();
        for table in tables {
            rows.extend(table_rows(
                &conn,
                &table,
                &format!("SELECT * FROM \"{table}\""),
            ));
        }
        rows
    }

    /// Starts one `subs` process per argument list, all at the same moment
    /// on this database, and waits for every one.
    pub fn at_once(&self, runs: &[Vec<String>]) -> Vec<std::process::Output> {
        let children: Vec<_> = runs
            .iter()
            .map(|args| {
                std::process::Command::new(assert_cmd::cargo::cargo_bin("subs"))
                    .env("SUBS_DB", &self.db)
                    .env("SUBS_TODAY", &self.today)
                    .args(args)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("start subs")
            })
            .collect();
        children
            .into_iter()
            .map(|c| c.wait_with_output().expect("wait for subs"))
            .collect()
    }

    #[track_caller]
    /// Creates the empty database as a first change does (reading commands
    /// leave a missing file missing): a change, then its undo.
    pub fn create_db(&self) {
        self.ok(&["config", "set", "base_currency", "USD"]);
        self.ok(&["undo"]);
    }

    /// Runs SQL on the database directly (to make a state no command makes).
    pub fn sql(&self, sql: &str) {
        let conn = Connection::open(&self.db).expect("open db");
        conn.execute_batch(sql).expect("sql");
    }

    pub fn sql_count(&self, sql: &str) -> i64 {
        let conn = Connection::open(&self.db).expect("open db");
        conn.query_row(sql, [], |r| r.get(0)).expect("count")
    }
}
