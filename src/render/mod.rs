//! Every byte subs prints goes through here: text and tables for people,
//! one JSON document for scripts, colour only when asked for or on a
//! terminal, and database text made safe to show.

pub mod alerts;
pub mod analytics;
pub mod budget;
pub mod card;
pub mod chart;
pub mod dashboard;
pub mod detect;
pub mod forecast;
pub mod import;
pub mod insights;
pub mod json;
pub mod member;
pub mod notify;
pub mod payments;
pub mod reconcile;
pub mod renewal;
pub mod schedule;
pub mod settings;
pub mod subscription;
pub mod sync;
pub mod table;
pub mod text;
pub mod undo;
pub mod upcoming;
pub mod usage;

use std::io::{self, IsTerminal, Write};

use serde::Serialize;

use crate::error::{Error, Result};

/// When to colour output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What a command hands to [`Output::show`]: its JSON document (the
/// `Serialize` impl, the stable contract) and its text for people. Every
/// command result is a view, so `--json` versus text is decided once, here.
pub trait View: Serialize {
    /// The text for a terminal or a pipe; empty prints nothing.
    fn text(&self, out: &Output) -> String;

    /// What follows a table (totals, hints): on a terminal, printed under
    /// it; in a pipe or a file, on stderr, so stdout is exactly the table.
    fn footer(&self, _out: &Output) -> String {
        String::new()
    }

    /// For a list: the sentence that says it is empty (and how to add the
    /// first), when it is. A terminal shows it in place of the text and the
    /// footer; a pipe gets the text (the header alone) and the sentence on
    /// stderr, so stdout stays a table.
    fn empty(&self) -> Option<String> {
        None
    }

    /// Warnings for stderr in text mode (a JSON document carries its own).
    fn warnings(&self) -> &[String] {
        &[]
    }

    /// Advice for people on stderr in text mode (hidden by -q), so that
    /// stdout stays what a script redirects (`schedule install --cron >>`).
    fn notes(&self) -> Vec<String> {
        Vec::new()
    }
}

/// A confirmation: its JSON is the record that changed, its text one line
/// ("Added Netflix ...") that `-q` hides.
pub struct Done<T> {
    record: T,
    message: String,
    /// What `-q` prints instead of nothing (the new id of `add -q`).
    quiet: Option<String>,
}

impl<T: Serialize> Done<T> {
    pub fn new(record: T, message: String) -> Done<T> {
        Done {
            record,
            message,
            quiet: None,
        }
    }

    /// With `-q`, print `text` (an id a script can capture) instead of nothing.
    pub fn quietly(mut self, text: String) -> Done<T> {
        self.quiet = Some(text);
        self
    }
}

impl<T: Serialize> Serialize for Done<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.record.serialize(s)
    }
}

impl<T: Serialize> View for Done<T> {
    fn text(&self, out: &Output) -> String {
        if out.quiet {
            self.quiet.clone().unwrap_or_default()
        } else {
            self.message.clone()
        }
    }
}

/// How to print, decided once from the global options.
#[derive(Clone, Copy, Debug)]
pub struct Output {
    pub json: bool,
    pub color: bool,
    pub quiet: bool,
    pub verbose: bool,
    /// stdout is a terminal: tables are fitted to it, else tab-separated.
    pub tty: bool,
}

impl Output {
    /// Text as a pipe gets it: no colour, no JSON, tables tab-separated.
    pub fn pipe() -> Output {
        Output {
            json: false,
            color: false,
            quiet: false,
            verbose: false,
            tty: false,
        }
    }

    pub fn new(json: bool, color: ColorChoice, quiet: bool, verbose: bool) -> Output {
        let tty = io::stdout().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
                    && tty
            }
        };
        Output {
            json,
            color,
            quiet,
            verbose,
            tty,
        }
    }

    /// Prints a command's result: its JSON document with `--json`, else its
    /// warnings on stderr and its text on stdout.
    pub fn show(&self, view: &impl View) -> Result<()> {
        if self.json {
            return self.json(view);
        }
        for w in view.warnings() {
            self.warn(w);
        }
        if !self.quiet {
            for note in view.notes() {
                stderr_line(&note);
            }
        }
        let empty = view.empty();
        let text = match &empty {
            Some(sentence) if self.tty => sentence.clone(),
            _ => view.text(self),
        };
        if !text.is_empty() {
            self.stdout(&text)?;
        }
        let footer = match empty {
            Some(_) if self.tty => String::new(),
            Some(sentence) => sentence,
            None => view.footer(self),
        };
        if footer.is_empty() {
            Ok(())
        } else if self.tty {
            self.stdout(&footer)
        } else {
            stderr_line(&footer);
            Ok(())
        }
    }

    /// Writes `text` to stdout; on a terminal of a known width, its long
    /// lines wrap at word boundaries (tables are already fitted to it).
    fn stdout(&self, text: &str) -> Result<()> {
        match self.tty.then(table::terminal_width).flatten() {
            Some(width) => write_stdout(&text::wrap(text, width)),
            None => write_stdout(text),
        }
    }

    /// The command's text result (tables, details). Not shown with --json.
    pub fn text(&self, text: &str) -> Result<()> {
        if self.json {
            return Ok(());
        }
        self.stdout(text)
    }

    /// A confirmation such as "Added Netflix"; hidden by -q and --json.
    pub fn info(&self, text: &str) -> Result<()> {
        if self.json || self.quiet {
            return Ok(());
        }
        self.stdout(text)
    }

    /// The command's JSON result; only with --json.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        if !self.json {
            return Ok(());
        }
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        serde_json::to_writer_pretty(&mut out, value).map_err(|e| {
            if e.is_io() {
                Error::output(e.into())
            } else {
                Error::from(e)
            }
        })?;
        out.write_all(b"\n").map_err(Error::output)?;
        out.flush().map_err(Error::output)?;
        Ok(())
    }

    /// A note on stderr, such as a warning; hidden by -q.
    pub fn warn(&self, text: &str) {
        if !self.quiet {
            // Warnings quote data (names from files, rates); keep them terminal-safe.
            stderr_line(&format!("warning: {}", text::safe(text)));
        }
    }

    /// Detail for -v, on stderr.
    pub fn debug(&self, text: &str) {
        if self.verbose {
            // Details quote paths and values: keep them terminal-safe.
            stderr_line(&format!("subs: {}", text::safe(text)));
        }
    }

    /// Wraps text in an ANSI style when colour is on.
    pub fn paint(&self, text: &str, style: Style) -> String {
        use owo_colors::OwoColorize;
        if !self.color {
            return text.to_string();
        }
        match style {
            Style::Bold => text.bold().to_string(),
            Style::Dim => text.dimmed().to_string(),
            Style::Good => text.green().to_string(),
            Style::Warn => text.yellow().to_string(),
            Style::Bad => text.red().to_string(),
            Style::Rgb(r, g, b) => text.truecolor(r, g, b).to_string(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Bold,
    Dim,
    Good,
    Warn,
    Bad,
    /// A colour of the user's own (a category's).
    Rgb(u8, u8, u8),
}

/// Writes a line to stderr; a closed stderr is not worth a panic. On a
/// terminal of a known width, long lines wrap at word boundaries.
pub fn stderr_line(text: &str) {
    let err = io::stderr();
    let wrapped = match err.is_terminal().then(table::terminal_width).flatten() {
        Some(width) => text::wrap(text, width),
        None => text.to_string(),
    };
    let _ = writeln!(err.lock(), "{wrapped}");
}

/// Text on stderr without a line end (a prompt), flushed.
pub fn stderr_text(text: &str) {
    let mut err = io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

fn write_stdout(text: &str) -> Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    out.write_all(text.as_bytes()).map_err(Error::output)?;
    if !text.ends_with('\n') {
        out.write_all(b"\n").map_err(Error::output)?;
    }
    out.flush().map_err(Error::output)?;
    Ok(())
}
