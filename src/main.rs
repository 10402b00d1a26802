//! The `subs` binary: parse, run, and turn the outcome into an exit code —
//! decided here and nowhere else.

use std::process::ExitCode;

use clap::CommandFactory;
use subs::cli::Cli;
use subs::error::Error;
use subs::render::json::{error_document, error_json};
use subs::render::stderr_line;
use subs::render::text::safe;

fn main() -> ExitCode {
    ignore_file_size_signal();
    keep_freed_memory();
    // `COMPLETE=bash subs` and friends: the shell asks what a Tab offers.
    subs::cli::completing_for(std::env::var("COMPLETE").ok());
    clap_complete::CompleteEnv::with_factory(subs::cli::command).complete();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let parsed = Cli::parse_line(&args);
    let cli = match parsed {
        Ok(cli) => cli,
        Err(mut err) => {
            hint_cycle(&mut err);
            return usage_error(&err);
        }
    };
    let json = cli.global.json;
    match subs::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::BrokenPipe) => ExitCode::SUCCESS,
        Err(err) => {
            if json {
                stderr_line(&error_json(&err));
            } else {
                // Messages quote input; never let it drive the terminal.
                stderr_line(&format!("error: {}", safe(&err.to_string())));
            }
            exit(err.exit_code())
        }
    }
}

/// `--cycle biweekly` and friends name a schedule subs spells differently:
/// say how, as clap's own tip line.
fn hint_cycle(err: &mut clap::Error) {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if err.kind() != ErrorKind::InvalidValue {
        return;
    }
    let is_cycle = matches!(
        err.get(ContextKind::InvalidArg),
        Some(ContextValue::String(arg)) if arg.starts_with("--cycle")
    );
    let Some(ContextValue::String(value)) = err.get(ContextKind::InvalidValue) else {
        return;
    };
    let instead = match value.to_ascii_lowercase().replace(['-', ' '], "").as_str() {
        "biweekly" | "fortnightly" | "everytwoweeks" => "--every-days 14",
        "daily" => "--every-days 1",
        "bimonthly" | "everytwomonths" => "--every-months 2",
        "semiannual" | "semiannually" | "halfyearly" | "biannual" | "biannually" => {
            "--every-months 6"
        }
        _ => return,
    };
    if is_cycle {
        let allowed = match err.get(ContextKind::ValidValue) {
            Some(ContextValue::Strings(values)) => values.join(", "),
            _ => String::new(),
        };
        // Replace clap's "a similar value exists: 'weekly'", which would mislead.
        let message = format!(
            "invalid value '{value}' for '--cycle <CYCLE>'\n  \
             [possible values: {allowed}]\n\n  \
             tip: use '--cycle custom {instead}' for '{value}'"
        );
        *err = Cli::command().error(ErrorKind::InvalidValue, message);
    }
}

/// Under `ulimit -f`, a write past the limit raises SIGXFSZ, whose default
/// action kills the process without a word (and leaves temporary files).
/// Ignored, the write fails with EFBIG instead: an error like any other —
/// one sentence, exit 1, the transaction rolled back, temporary files
/// removed.
fn ignore_file_size_signal() {
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to SIG_IGN before any other
    // thread exists; no handler code runs.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

/// glibc gives the top of the heap back to the system as soon as 128 KiB
/// of it are free, and SQLite frees its statement journals after every
/// statement: a cron run that stores hundreds of alerts had its heap shrunk
/// and grown again statement after statement, each time touching new pages
/// (4,000 page faults where 1,800 do). Free memory is kept up to 64 MiB;
/// a process of subs is short, or (`subs mcp`) reuses it.
fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt takes a parameter and an int, before any allocation
    // that matters and before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 << 20);
    }
}

/// Bad usage (exit 2), or help and version (exit 0, on stdout).
fn usage_error(err: &clap::Error) -> ExitCode {
    let code = err.exit_code();
    if code != 0 && wants_json() {
        // The first line, and clap's tip when it has one ("a similar
        // subcommand exists: 'list'").
        let rendered = err.render().to_string();
        let mut lines = rendered.lines();
        let mut message = lines
            .next()
            .unwrap_or("invalid usage")
            .trim_start_matches("error: ")
            .to_string();
        // "the following required arguments were not provided:" names
        // them on the lines below.
        if message.ends_with(':') {
            let named: Vec<&str> = lines
                .clone()
                .take_while(|l| l.starts_with("  "))
                .map(str::trim)
                .collect();
            message.push(' ');
            message.push_str(&named.join(", "));
        }
        if let Some(tip) = lines.map(str::trim).find(|l| l.starts_with("tip:")) {
            message.push_str("; ");
            message.push_str(tip);
        }
        stderr_line(&error_document(2, "invalid_input", &message));
    } else {
        // A closed pipe is not an error.
        let _ = err.print();
    }
    exit(code)
}

/// Whether the command line asked for JSON: `--json` anywhere before a
/// `--` (also where clap stopped reading, after an unknown subcommand or a
/// missing value), or wherever clap itself, reading leniently with the same
/// definitions, finds it.
fn wants_json() -> bool {
    let typed = std::env::args_os()
        .skip(1)
        .take_while(|a| a != "--")
        .any(|a| a == "--json");
    typed
        || Cli::command()
            .ignore_errors(true)
            .try_get_matches_from(std::env::args_os())
            .is_ok_and(|m| m.get_flag("json"))
}

fn exit(code: i32) -> ExitCode {
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
