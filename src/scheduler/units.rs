//! What each scheduler is given to run `alerts generate` every hour: the
//! systemd units, the crontab line, the LaunchAgent, with the paths in them
//! escaped for each one's own syntax.

use std::path::Path;

use super::{Job, PLIST, UNIT};
use crate::render::schedule::Unit;

/// The systemd service and timer in `dir`, and the service's command line.
pub fn systemd(job: &Job, dir: &Path) -> (String, Vec<Unit>) {
    let command = format!(
        "{} --db {} alerts generate",
        systemd_word(&job.exe),
        systemd_word(&job.db)
    );
    let units = vec![
        Unit {
            path: dir.join(format!("{UNIT}.service")).display().to_string(),
            content: format!(
                "[Unit]\nDescription=subs: raise reminders and deliver notifications\n\n[Service]\nType=oneshot\nExecStart={command}\n"
            ),
        },
        Unit {
            path: dir.join(format!("{UNIT}.timer")).display().to_string(),
            content: format!(
                "[Unit]\nDescription=Run {UNIT}.service every hour\n\n[Timer]\nOnCalendar=hourly\nPersistent=true\nRandomizedDelaySec=60\n\n[Install]\nWantedBy=timers.target\n"
            ),
        },
    ];
    (command, units)
}

/// The crontab command, and its line (on the hour).
pub fn cron(job: &Job) -> (String, String) {
    let command = format!(
        "{} --db {} alerts generate",
        cron_word(&job.exe),
        cron_word(&job.db)
    );
    let line = format!("0 * * * * {command}");
    (command, line)
}

/// What identifies the crontab line of the database `db`.
pub fn cron_marker(db: &Path) -> String {
    format!("--db {} alerts generate", cron_word(db))
}

/// The LaunchAgent at `file`.
pub fn launchd(job: &Job, file: &Path) -> Unit {
    let escape = |p: &Path| {
        p.display()
            .to_string()
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    Unit {
        path: file.display().to_string(),
        content: format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n  <key>Label</key><string>{PLIST}</string>\n  <key>ProgramArguments</key>\n  <array><string>{}</string><string>--db</string><string>{}</string><string>alerts</string><string>generate</string></array>\n  <key>StartInterval</key><integer>3600</integer>\n  <key>RunAtLoad</key><true/>\n</dict>\n</plist>\n",
            escape(&job.exe),
            escape(&job.db)
        ),
    }
}

/// A word for a systemd command line: quoted when it needs it, with `%`
/// (a specifier) written `%%` and `$` (a variable) written `$$`, which
/// systemd expands even inside quotes.
fn systemd_word(path: &Path) -> String {
    let text = path.display().to_string();
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+@:".contains(c))
    {
        text
    } else {
        format!(
            "\"{}\"",
            text.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('%', "%%")
                .replace('$', "$$")
        )
    }
}

/// A word for a crontab command line: shell-quoted, and `%` written `\%`
/// (cron turns a bare `%` into a newline, even inside quotes).
fn cron_word(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "'\\''")).replace('%', "\\%")
}
