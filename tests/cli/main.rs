//! The black-box tests: `subs` run as a user runs it, on a temporary
//! database with a fixed "today" and a clean environment. One test binary
//! with a module per area (building one binary instead of fourteen keeps
//! `cargo test` fast); `common` holds the test environment and its
//! `#[track_caller]` helpers, `snapshots/` the reviewed text output.

mod common;

mod accounting;
mod alerts;
mod budgets;
mod cards;
mod categories_config;
mod forecast;
mod generated;
mod insight_rules;
mod insights;
mod interactive;
mod json_everywhere;
mod money_flows;
mod notify;
mod plans;
mod rates;
mod reports;
mod schedule;
mod schemas;
mod shared;
mod snapshots;
mod store;
mod subscriptions;
mod sync;
mod sync_support;
mod transfer;
mod undo;
mod validation;
mod views;

/// Every file under `tests/cli/` is a module of this binary (jj's
/// `test_no_forgotten_test_files`): a file left out is never compiled, so
/// its tests would never run and nobody would notice. (A file directly in
/// `tests/` is a test binary of its own; cargo builds it anyway.)
#[test]
fn no_forgotten_test_files() {
    let cli = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    let mut forgotten = forgotten_in(
        &cli,
        include_str!("main.rs"),
        "main",
        &["common", "snapshots"],
    );
    forgotten.extend(forgotten_in(
        &cli.join("common"),
        include_str!("common/mod.rs"),
        "mod",
        &[],
    ));
    assert!(
        forgotten.is_empty(),
        "not part of the cli test binary (add a `mod` line): {forgotten:?}"
    );
}

/// The files in `dir` that `source` (the module file `root` of that
/// folder) does not declare with a `mod` line, and its folders other than
/// `folders`.
fn forgotten_in(dir: &std::path::Path, source: &str, root: &str, folders: &[&str]) -> Vec<String> {
    let declared = |module: &str| {
        source.lines().any(|line| {
            let line = line.trim();
            line.strip_prefix("pub ").unwrap_or(line) == format!("mod {module};")
        })
    };
    let mut forgotten = Vec::new();
    for entry in std::fs::read_dir(dir)
        .expect("list the test folder")
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        let left_out = if entry.path().is_dir() {
            !folders.contains(&name.as_str())
        } else {
            name.strip_suffix(".rs")
                .is_some_and(|module| module != root && !declared(module))
        };
        if left_out {
            forgotten.push(entry.path().display().to_string());
        }
    }
    forgotten
}
