//! Seeded bank statements with known truth, and a scorer for `subs detect`.
//!
//!   cargo run --example statements -- gen --seed S --months M [--rows N]
//!       [--locale us|uk|de|nl|fr|es|pt] [--business|--personal] --format F --out DIR
//!   cargo run --example statements -- score [--json] [--candidates FILE] DIR...
//!   cargo run --example statements -- detect FILE
//!   cargo run --example statements -- formats
//!
//! `gen` writes DIR/statement.<ext> and DIR/truth.json. `score` reads each
//! DIR's statement with `subs::statement::read`, runs `subs::detect::detect`
//! (or takes the candidates from FILE, e.g. the Python baseline's), and
//! prints precision, recall, F1 by series and cadence accuracy, overall and
//! per format. `detect` reads and detects one file and prints the candidates
//! as JSON (what `score --candidates` reads).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod generator;
mod score;

use generator::{Config, Locale, Truth, writers};
use score::{Found, Score};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("gen") => gen_command(&args[1..]),
        Some("score") => score_command(&args[1..]),
        Some("detect") => detect_command(&args[1..]),
        Some("formats") => {
            println!("{}", writers::FORMATS.join("\n"));
            Ok(())
        }
        _ => Err(
            "usage: statements gen|score|detect|formats ... (see bench/statements/main.rs)".into(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("statements: {e}");
            ExitCode::FAILURE
        }
    }
}

fn number<T: std::str::FromStr>(flag: &str, value: Option<&String>) -> Result<T, String> {
    value
        .ok_or(format!("{flag} needs a value"))?
        .parse()
        .map_err(|_| format!("{flag} needs a number"))
}

fn gen_command(args: &[String]) -> Result<(), String> {
    let mut config = Config::new(1, 24);
    let mut format = None;
    let mut out = None;
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        match flag.as_str() {
            "--seed" => config.seed = number(flag, it.next())?,
            "--months" => config.months = number(flag, it.next())?,
            "--rows" => config.rows = Some(number(flag, it.next())?),
            "--locale" => {
                let value = it.next().ok_or("--locale needs a value")?;
                config.locale =
                    Some(Locale::parse(value).ok_or(format!("unknown locale {value}"))?);
            }
            "--business" => config.business = Some(true),
            "--personal" => config.business = Some(false),
            "--format" => format = it.next().cloned(),
            "--out" => out = it.next().map(PathBuf::from),
            other => return Err(format!("unknown option {other}")),
        }
    }
    let format = format.ok_or("--format is required (see `statements formats`)")?;
    let out = out.ok_or("--out DIR is required")?;
    if !(1..=600).contains(&config.months) {
        return Err("--months must be 1 to 600".into());
    }
    let generated = generator::generate(&config);
    let bytes = writers::write(&format, &generated.account, &generated.rows).ok_or(format!(
        "unknown format {format} (see `statements formats`)"
    ))?;
    let mut truth = generated.truth;
    truth.format = format.clone();
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let file = out.join(format!("statement.{}", writers::extension(&format)));
    std::fs::write(&file, bytes).map_err(|e| format!("{}: {e}", file.display()))?;
    let json = serde_json::to_string_pretty(&truth.to_json()).map_err(|e| e.to_string())?;
    std::fs::write(out.join("truth.json"), json).map_err(|e| e.to_string())?;
    eprintln!(
        "{}: {} rows, {} series",
        file.display(),
        truth.rows,
        truth.series.len()
    );
    Ok(())
}

/// DIR's `statement.*` file.
fn statement_file(dir: &Path) -> Result<PathBuf, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.file_stem().is_some_and(|s| s == "statement"))
        .ok_or(format!("{}: no statement.* file", dir.display()))
}

fn read_truth(dir: &Path) -> Result<Truth, String> {
    let path = dir.join("truth.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Truth::from_json(&value).map_err(|e| format!("{}: {e}", path.display()))
}

/// Reads a statement and runs detection with default options.
fn detect_file(path: &Path) -> Result<Vec<Found>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let statement = subs::statement::read(&bytes, &subs::statement::ReadOptions::default())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let candidates = subs::detect::detect(
        &statement.transactions,
        &[],
        &subs::detect::Options::default(),
    );
    Ok(score::from_candidates(&statement.transactions, &candidates))
}

fn detect_command(args: &[String]) -> Result<(), String> {
    let [file] = args else {
        return Err("usage: statements detect FILE".into());
    };
    let found = detect_file(Path::new(file))?;
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = writeln!(std::io::stdout().lock(), "{}", score::to_json(&found));
    Ok(())
}

fn score_command(args: &[String]) -> Result<(), String> {
    let mut json = false;
    let mut candidates = None;
    let mut dirs = Vec::new();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--candidates" => {
                candidates = Some(PathBuf::from(it.next().ok_or("--candidates needs a file")?))
            }
            _ => dirs.push(PathBuf::from(arg)),
        }
    }
    if dirs.is_empty() || (candidates.is_some() && dirs.len() != 1) {
        return Err("usage: statements score [--json] DIR... | score --candidates FILE DIR".into());
    }
    let mut overall = Score::default();
    let mut per_format: BTreeMap<String, Score> = BTreeMap::new();
    for dir in &dirs {
        let truth = read_truth(dir)?;
        let found = match &candidates {
            Some(file) => {
                let text = std::fs::read_to_string(file)
                    .map_err(|e| format!("{}: {e}", file.display()))?;
                let value =
                    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
                score::from_json(&value).map_err(|e| format!("{}: {e}", file.display()))?
            }
            None => detect_file(&statement_file(dir)?)?,
        };
        let s = score::score(&truth, &found);
        overall.add(&s);
        per_format.entry(truth.format.clone()).or_default().add(&s);
    }
    if json {
        let formats: serde_json::Map<String, serde_json::Value> = per_format
            .iter()
            .map(|(f, s)| (f.clone(), s.to_json()))
            .collect();
        println!(
            "{}",
            serde_json::json!({ "overall": overall.to_json(), "formats": formats })
        );
    } else {
        for (format, s) in &per_format {
            println!("{format:<12} {}", s.line());
        }
        println!("{:<12} {}", "overall", overall.line());
        for note in overall.notes.iter().take(40) {
            eprintln!("  {note}");
        }
    }
    Ok(())
}
