//! The user's crontab, read with `crontab -l` and replaced with
//! `crontab -`: only the line (and its comment) subs added is ever added
//! or taken out.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::error::{Error, Result};

const COMMENT: &str = "# subs: reminders every hour";

/// The current table; empty when there is none (or no `crontab`).
fn current() -> Option<String> {
    Command::new("crontab")
        .arg("-l")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
}

/// Adds `line` (running `command`) to the user's crontab unless it is there.
pub fn add(command: &str, line: &str) -> Result<()> {
    let mut table = current().unwrap_or_default();
    if table.contains(command) {
        return Ok(());
    }
    if !table.is_empty() && !table.ends_with('\n') {
        table.push('\n');
    }
    table.push_str(&format!("{COMMENT}\n{line}\n"));
    let mut child = Command::new("crontab")
        .arg("-")
        .stdin(Stdio::piped())
        .spawn()
        .map_err(|e| Error::runtime(format!("cannot run crontab: {e}")))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(table.as_bytes())?;
    }
    let status = child.wait()?;
    if !status.success() {
        return Err(Error::runtime("crontab refused the new table"));
    }
    Ok(())
}

/// Takes out the lines holding `ours` (what `install --cron --write` added
/// for one database) and their comment, nothing else of the table.
/// Whether any was there.
pub fn remove(ours: &str) -> bool {
    let Some(table) = current() else {
        return false;
    };
    let lines: Vec<&str> = table.lines().collect();
    let kept: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|(i, l)| {
            let next_is_ours = lines.get(i + 1).is_some_and(|n| n.contains(ours));
            let our_comment = **l == COMMENT && next_is_ours;
            !(l.contains(ours) || our_comment)
        })
        .map(|(_, l)| *l)
        .collect();
    if kept.len() == lines.len() {
        return false;
    }
    if let Ok(mut child) = Command::new("crontab")
        .arg("-")
        .stdin(Stdio::piped())
        .spawn()
    {
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(format!("{}\n", kept.join("\n")).as_bytes());
        }
        let _ = child.wait();
    }
    true
}
