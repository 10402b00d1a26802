//! A small test environment: a private temp folder and database, a fixed
//! "today", and a clean process environment, so every run is reproducible.

#![allow(dead_code)]

pub mod mock;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rusqlite::Connection;
use serde_json::Value;
use tempfile::TempDir;

pub const TODAY: &str = "2026-11-26";

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
    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("subs.db");
        TestEnv {
            dir,
            db,
            today: TODAY.to_string(),
        }
    }

    pub fn home(&self) -> &Path {
        self.dir.path()
    }

    /// `subs` with only the variables a test means to set.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("subs").expect("subs binary");
        cmd.env_clear()
            .env("HOME", self.home())
            .env("XDG_DATA_HOME", self.home().join("data"))
            .env("SUBS_DB", &self.db)
            .env("SUBS_TODAY", &self.today)
            .env("NO_COLOR", "1");
        cmd
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run subs");
        assert!(
            out.status.success(),
            "subs {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs with --json and parses stdout as one JSON document.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let stdout = self.ok(&all);
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
    }

    /// Runs, asserts the exit code, and returns stderr.
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
    pub fn fails_unchanged(&self, args: &[&str], code: i32) -> String {
        let before = self.dump();
        let stderr = self.fails(args, code);
        assert_eq!(before, self.dump(), "subs {args:?} changed the database");
        stderr
    }

    /// Adds a subscription and returns its id.
    pub fn add(&self, args: &[&str]) -> String {
        let mut all = vec!["add"];
        all.extend_from_slice(args);
        let v = self.json(&all);
        v["subscription_id"].as_str().expect("id").to_string()
    }

    /// Every row of every table, as text, for before/after comparisons.
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
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
            let n = stmt.column_count();
            let mut q = stmt.query([]).unwrap();
            while let Some(row) = q.next().unwrap() {
                let cols: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                    .collect();
                rows.push(format!("{table}: {}", cols.join(" | ")));
            }
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

    pub fn sql_count(&self, sql: &str) -> i64 {
        let conn = Connection::open(&self.db).expect("open db");
        conn.query_row(sql, [], |r| r.get(0)).expect("count")
    }
}
