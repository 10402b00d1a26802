//! `subs schedule install|uninstall|status`: run `alerts generate` every
//! hour without thinking about it — a systemd user timer (a run missed
//! while the machine slept happens at wake-up), a crontab line, or a
//! macOS LaunchAgent — and see whether it runs.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::Ctx;
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::schedule::{Installed, Status, Unit};
use crate::settings;
use crate::store::{notify, runs};

/// Which scheduler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheduler {
    Systemd,
    Cron,
    Launchd,
}

const UNIT: &str = "subs-alerts";
const PLIST: &str = "org.subs.alerts";

/// The command the scheduler runs: absolute paths, the database named.
fn job(ctx: &Ctx) -> Result<(PathBuf, PathBuf)> {
    let exe = std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .map_err(|e| Error::runtime(format!("cannot find this program's own path: {e}")))?;
    let db = ctx.store.path();
    let db = match db.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(dir) => dir
            .canonicalize()
            .map(|d| d.join(db.file_name().unwrap_or_default()))
            .unwrap_or_else(|_| db.to_path_buf()),
        None => std::env::current_dir()
            .map(|d| d.join(db))
            .unwrap_or_else(|_| db.to_path_buf()),
    };
    for path in [&exe, &db] {
        refuse_control_characters(path)?;
    }
    Ok((exe, db))
}

/// A newline in a path would start a new crontab line or unit directive:
/// such a path is refused, never written into a scheduler's file.
fn refuse_control_characters(path: &Path) -> Result<()> {
    let text = path.to_string_lossy();
    if text.chars().any(char::is_control) {
        return Err(Error::invalid(format!(
            "cannot schedule \"{}\": the path has a control character (a newline or tab) that a crontab or unit file cannot hold; move or rename it",
            text.escape_debug()
        )));
    }
    Ok(())
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

fn config_dir() -> Result<PathBuf> {
    directories::BaseDirs::new()
        .map(|d| d.config_dir().to_path_buf())
        .ok_or_else(|| Error::runtime("cannot find your home directory"))
}

fn systemd_dir() -> Result<PathBuf> {
    Ok(config_dir()?.join("systemd").join("user"))
}

fn launchd_file() -> Result<PathBuf> {
    directories::BaseDirs::new()
        .map(|d| {
            d.home_dir()
                .join("Library/LaunchAgents")
                .join(format!("{PLIST}.plist"))
        })
        .ok_or_else(|| Error::runtime("cannot find your home directory"))
}

/// Writes a scheduler's file with mode 0644 whatever the umask, replacing
/// what is there: a symlink at `path` is removed, never followed (the new
/// file is created exclusively, so nothing else is written through it).
fn write_unit(unit: &Unit) -> Result<()> {
    use std::io::Write;
    let path = Path::new(&unit.path);
    let failed =
        |e: std::io::Error| Error::runtime(format!("cannot write {}: {e}", path.display()));
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::runtime(format!("cannot create {}: {e}", dir.display())))?;
    }
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => {
            return Err(Error::runtime(format!(
                "cannot write {}: it is a directory",
                path.display()
            )));
        }
        Ok(_) => std::fs::remove_file(path).map_err(failed)?,
        Err(_) => {}
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o644);
    let mut file = options.open(path).map_err(failed)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(failed)?;
    }
    file.write_all(unit.content.as_bytes()).map_err(failed)
}

/// The environment variables the configured channels read their secrets
/// from, each once, in order.
fn channel_environment(ctx: &Ctx) -> Result<Vec<String>> {
    let channels = ctx.store.read(notify::list)?;
    let mut vars: Vec<String> = Vec::new();
    for var in channels.iter().filter_map(|c| c.secret_env()) {
        if !vars.iter().any(|v| v == var) {
            vars.push(var.to_string());
        }
    }
    Ok(vars)
}

/// Runs `program args` if it exists; `None` when it does not.
fn run(program: &str, args: &[&str]) -> Option<std::result::Result<(), String>> {
    let out = Command::new(program).args(args).output().ok()?;
    Some(if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    })
}

/// Installs the hourly job; with `print` (and for cron without `write`)
/// only shows what it would install, writing and enabling nothing.
pub fn install(ctx: &mut Ctx, scheduler: Scheduler, write: bool, print: bool) -> Result<()> {
    let (exe, db) = job(ctx)?;
    let environment = channel_environment(ctx)?;
    let installed = match scheduler {
        Scheduler::Systemd => {
            let dir = systemd_dir()?;
            let command = format!(
                "{} --db {} alerts generate",
                systemd_word(&exe),
                systemd_word(&db)
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
            let enable = format!(
                "systemctl --user daemon-reload && systemctl --user enable --now {UNIT}.timer"
            );
            if print {
                Installed {
                    scheduler: "systemd",
                    files: Vec::new(),
                    command,
                    next_step: Some(enable),
                    written: false,
                    units,
                    environment,
                }
            } else {
                for unit in &units {
                    write_unit(unit)?;
                }
                let enabled = run("systemctl", &["--user", "daemon-reload"])
                    .and_then(|r| r.ok())
                    .and_then(|()| {
                        run(
                            "systemctl",
                            &["--user", "enable", "--now", &format!("{UNIT}.timer")],
                        )
                    })
                    .is_some_and(|r| r.is_ok());
                Installed {
                    scheduler: "systemd",
                    files: units.iter().map(|u| u.path.clone()).collect(),
                    command,
                    next_step: (!enabled).then_some(enable),
                    written: true,
                    units,
                    environment,
                }
            }
        }
        Scheduler::Cron => {
            let command = format!(
                "{} --db {} alerts generate",
                cron_word(&exe),
                cron_word(&db)
            );
            let line = format!("0 * * * * {command}");
            if write {
                add_to_crontab(&command, &line)?;
            }
            Installed {
                scheduler: "cron",
                files: Vec::new(),
                command: line,
                next_step: (!write)
                    .then(|| "add the line with `crontab -e` (or pass --write)".to_string()),
                written: write,
                units: Vec::new(),
                environment,
            }
        }
        Scheduler::Launchd => {
            let file = launchd_file()?;
            let escape = |p: &Path| {
                p.display()
                    .to_string()
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;")
            };
            let unit = Unit {
                path: file.display().to_string(),
                content: format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n  <key>Label</key><string>{PLIST}</string>\n  <key>ProgramArguments</key>\n  <array><string>{}</string><string>--db</string><string>{}</string><string>alerts</string><string>generate</string></array>\n  <key>StartInterval</key><integer>3600</integer>\n  <key>RunAtLoad</key><true/>\n</dict>\n</plist>\n",
                    escape(&exe),
                    escape(&db)
                ),
            };
            if !print {
                write_unit(&unit)?;
            }
            Installed {
                scheduler: "launchd",
                files: if print {
                    Vec::new()
                } else {
                    vec![unit.path.clone()]
                },
                command: format!("{} --db {} alerts generate", exe.display(), db.display()),
                next_step: Some(format!("launchctl load {}", file.display())),
                written: !print,
                units: vec![unit],
                environment,
            }
        }
    };
    ctx.out.show(&installed)
}

/// Adds `line` (running `command`) to the user's crontab unless it is there.
fn add_to_crontab(command: &str, line: &str) -> Result<()> {
    let current = Command::new("crontab").arg("-l").output().ok();
    let mut table = current
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    if table.contains(command) {
        return Ok(());
    }
    if !table.is_empty() && !table.ends_with('\n') {
        table.push('\n');
    }
    table.push_str(&format!("# subs: reminders every hour\n{line}\n"));
    let mut child = Command::new("crontab")
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| Error::runtime(format!("cannot run crontab: {e}")))?;
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        stdin.write_all(table.as_bytes())?;
    }
    let status = child.wait()?;
    if !status.success() {
        return Err(Error::runtime("crontab refused the new table"));
    }
    Ok(())
}

#[derive(serde::Serialize)]
struct Uninstalled {
    removed: Vec<String>,
}

pub fn uninstall(ctx: &mut Ctx) -> Result<()> {
    let mut removed = Vec::new();
    let dir = systemd_dir()?;
    let timer = format!("{UNIT}.timer");
    // Only a timer this install wrote is disabled.
    if dir.join(&timer).exists() {
        let _ = run("systemctl", &["--user", "disable", "--now", &timer]);
    }
    for name in [format!("{UNIT}.timer"), format!("{UNIT}.service")] {
        let path = dir.join(name);
        if std::fs::remove_file(&path).is_ok() {
            removed.push(path.display().to_string());
        }
    }
    if let Ok(file) = launchd_file()
        && std::fs::remove_file(&file).is_ok()
    {
        removed.push(file.display().to_string());
    }
    let (_, db) = job(ctx)?;
    let ours = format!("--db {} alerts generate", cron_word(&db));
    if let Some(o) = Command::new("crontab")
        .arg("-l")
        .output()
        .ok()
        .filter(|o| o.status.success())
    {
        // Only the line for this database (what `install --cron --write`
        // added), nothing else of the table.
        let table = String::from_utf8_lossy(&o.stdout).into_owned();
        let lines: Vec<&str> = table.lines().collect();
        let kept: Vec<&str> = lines
            .iter()
            .enumerate()
            .filter(|(i, l)| {
                let next_is_ours = lines.get(i + 1).is_some_and(|n| n.contains(&ours));
                let our_comment = **l == "# subs: reminders every hour" && next_is_ours;
                !(l.contains(&ours) || our_comment)
            })
            .map(|(_, l)| *l)
            .collect();
        if kept.len() != table.lines().count() {
            if let Ok(mut child) = Command::new("crontab")
                .arg("-")
                .stdin(std::process::Stdio::piped())
                .spawn()
            {
                if let Some(mut stdin) = child.stdin.take() {
                    use std::io::Write;
                    let _ = stdin.write_all(format!("{}\n", kept.join("\n")).as_bytes());
                }
                let _ = child.wait();
            }
            removed.push("the crontab line".into());
        }
    }
    let text = if removed.is_empty() {
        "Nothing to remove: no schedule was installed.".to_string()
    } else {
        format!("Removed {}", removed.join(", "))
    };
    ctx.out.show(&Done::new(Uninstalled { removed }, text))
}

pub fn status(ctx: &mut Ctx) -> Result<()> {
    let (last, channels, failed, interval) = ctx.store.read(|db| {
        let interval: i64 = settings::get(db, "alert_interval")?
            .value
            .parse()
            .unwrap_or(3600);
        Ok((
            runs::last(db)?.filter(|r| !r.last_run_at.is_empty()),
            notify::list(db)?.len(),
            notify::log(db, true, 1000)?.len(),
            interval,
        ))
    })?;
    let installed: Vec<String> = [
        systemd_dir()?.join(format!("{UNIT}.timer")),
        launchd_file()?,
    ]
    .iter()
    .filter(|p| p.exists())
    .map(|p| p.display().to_string())
    .collect();
    let late = heartbeat_late(
        last.as_ref().map(|r| r.last_run_at.as_str()),
        interval,
        ctx.clock.unix(),
    );
    ctx.out.show(&Status {
        last_run: last,
        installed,
        channels,
        failed_deliveries: failed,
        late,
    })
}

/// Whether reminders look stopped: no run for more than twice the interval.
pub fn heartbeat_late(last_run_at: Option<&str>, interval: i64, now: i64) -> bool {
    let Some(last) = last_run_at.filter(|s| !s.is_empty()) else {
        return true;
    };
    chrono::DateTime::parse_from_rfc3339(last)
        .map(|t| now - t.timestamp() > 2 * interval)
        .unwrap_or(true)
}
