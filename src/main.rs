//! The `subs` binary: parse, run, and turn the outcome into an exit code —
//! decided here and nowhere else.

use std::process::ExitCode;

use clap::Parser;
use subs::cli::Cli;
use subs::error::Error;
use subs::render::json::{error_document, error_json};
use subs::render::stderr_line;
use subs::render::text::safe;

fn main() -> ExitCode {
    let json = std::env::args_os().any(|a| a == "--json");
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let code = err.exit_code();
            if json && code != 0 {
                let message = err
                    .render()
                    .to_string()
                    .lines()
                    .next()
                    .unwrap_or("invalid usage")
                    .trim_start_matches("error: ")
                    .to_string();
                stderr_line(&error_document(2, "invalid_input", &message));
            } else {
                // Help and version go to stdout; a closed pipe is not an error.
                let _ = err.print();
            }
            return exit(code);
        }
    };
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

fn exit(code: i32) -> ExitCode {
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
