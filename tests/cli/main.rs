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
mod detect;
mod forecast;
mod generated;
mod insight_rules;
mod insights;
mod interactive;
mod json_everywhere;
mod mcp;
mod money_flows;
mod notify;
mod plans;
mod rates;
mod reconcile;
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

/// No function in `src/` is longer than 80 lines (test modules aside): a
/// reader can hold each one. Counted from the line of `fn` to the line of
/// its closing brace at the same indentation.
#[test]
fn no_function_in_src_is_over_80_lines() {
    const LIMIT: usize = 80;
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut long = Vec::new();
    let mut dirs = vec![src];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read a source file");
                for (name, line, length) in long_functions(&text, LIMIT) {
                    long.push(format!("{}:{line} {name} ({length} lines)", path.display()));
                }
            }
        }
    }
    long.sort();
    assert!(
        long.is_empty(),
        "functions over {LIMIT} lines:\n{}",
        long.join("\n")
    );
}

/// A command file reads like a story: parse, call `ops` or `report`,
/// render. One over 200 lines holds rules that belong in `ops/` (or a
/// part of its own, as `add/prompt.rs`); `mod.rs` files, which hold what
/// their commands share, aside.
#[test]
fn no_command_file_is_over_200_lines() {
    const LIMIT: usize = 200;
    let cmd = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cmd");
    let mut long = Vec::new();
    let mut dirs = vec![cmd];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src/cmd").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && path.file_name().is_some_and(|n| n != "mod.rs")
            {
                let lines = std::fs::read_to_string(&path)
                    .expect("read a command file")
                    .lines()
                    .count();
                if lines > LIMIT {
                    long.push(format!("{} ({lines} lines)", path.display()));
                }
            }
        }
    }
    long.sort();
    assert!(
        long.is_empty(),
        "command files over {LIMIT} lines:\n{}",
        long.join("\n")
    );
}

/// The functions of `text` (before its test module) longer than `limit`
/// lines: name, first line, length.
fn long_functions(text: &str, limit: usize) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.starts_with("#[cfg(test)]") {
            break;
        }
        let indent = line.len() - line.trim_start().len();
        let words: Vec<&str> = line.split_whitespace().collect();
        let at = words.iter().position(|w| *w == "fn");
        let is_fn = at.is_some_and(|at| {
            words[..at]
                .iter()
                .all(|w| w.starts_with("pub") || ["const", "async", "unsafe", "extern"].contains(w))
        });
        if let (true, Some(at)) = (is_fn, at) {
            let name = words
                .get(at + 1)
                .map_or("", |w| w.split(['(', '<']).next().unwrap_or(""));
            let mut open = i;
            while open < lines.len()
                && !lines[open].trim_end().ends_with('{')
                && !lines[open].trim_end().ends_with(';')
            {
                open += 1;
            }
            if open < lines.len() && lines[open].trim_end().ends_with('{') {
                let close = (open + 1..lines.len()).find(|&k| {
                    let l = lines[k];
                    l.trim_end() == "}" && l.len() - l.trim_start().len() == indent
                });
                if let Some(close) = close {
                    let length = close - i + 1;
                    if length > limit {
                        out.push((name.to_string(), i + 1, length));
                    }
                }
            }
        }
        i += 1;
    }
    out
}

#[test]
fn long_functions_are_found_and_short_ones_are_not() {
    let short = "fn a() {\n    1\n}\n";
    assert!(long_functions(short, 3).is_empty());
    assert_eq!(long_functions(short, 2), vec![("a".to_string(), 1, 3)]);
    let long =
        "pub(crate) fn b(\n    x: u8,\n) -> u8 {\n    x\n}\n#[cfg(test)]\nfn c() {\n\n\n\n}\n";
    assert_eq!(long_functions(long, 4), vec![("b".to_string(), 1, 5)]);
}
