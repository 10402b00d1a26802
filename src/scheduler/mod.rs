//! The hourly job that runs `alerts generate`, in the system's own
//! scheduler: a systemd user timer (a run missed while the machine slept
//! happens at wake-up), a crontab line, or a macOS LaunchAgent. This module
//! writes and removes those files outside the database (`units.rs` holds
//! their text, `crontab.rs` the crontab's edits) and says what is
//! installed; `cmd/schedule.rs` reads the database and prints.

mod crontab;
mod units;

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::{Error, Result};
use crate::render::schedule::{Installed, Unit};

/// Which scheduler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheduler {
    Systemd,
    Cron,
    Launchd,
}

const UNIT: &str = "subs-alerts";
const PLIST: &str = "org.subs.alerts";

/// What the scheduler runs: this program and the database, as absolute
/// paths.
pub struct Job {
    exe: PathBuf,
    db: PathBuf,
}

impl Job {
    /// The job for the database at `db` (made absolute).
    pub fn for_database(db: &Path) -> Result<Job> {
        let exe = std::env::current_exe()
            .and_then(|p| p.canonicalize())
            .map_err(|e| Error::runtime(format!("cannot find this program's own path: {e}")))?;
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
        Ok(Job { exe, db })
    }
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
/// only says what it would install, writing and enabling nothing.
/// `environment`: the variables the configured channels read.
pub fn install(
    job: &Job,
    scheduler: Scheduler,
    write: bool,
    print: bool,
    environment: Vec<String>,
) -> Result<Installed> {
    match scheduler {
        Scheduler::Systemd => install_systemd(job, print, environment),
        Scheduler::Cron => {
            let (command, line) = units::cron(job);
            if write {
                crontab::add(&command, &line)?;
            }
            Ok(Installed {
                scheduler: "cron",
                files: Vec::new(),
                command: line,
                next_step: (!write)
                    .then(|| "add the line with `crontab -e` (or pass --write)".to_string()),
                written: write,
                units: Vec::new(),
                environment,
            })
        }
        Scheduler::Launchd => install_launchd(job, print, environment),
    }
}

/// The service and timer units, written and enabled (or only shown).
fn install_systemd(job: &Job, print: bool, environment: Vec<String>) -> Result<Installed> {
    let (command, units) = units::systemd(job, &systemd_dir()?);
    let enable =
        format!("systemctl --user daemon-reload && systemctl --user enable --now {UNIT}.timer");
    if print {
        return Ok(Installed {
            scheduler: "systemd",
            files: Vec::new(),
            command,
            next_step: Some(enable),
            written: false,
            units,
            environment,
        });
    }
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
    Ok(Installed {
        scheduler: "systemd",
        files: units.iter().map(|u| u.path.clone()).collect(),
        command,
        next_step: (!enabled).then_some(enable),
        written: true,
        units,
        environment,
    })
}

/// The LaunchAgent, written (or only shown).
fn install_launchd(job: &Job, print: bool, environment: Vec<String>) -> Result<Installed> {
    let file = launchd_file()?;
    let unit = units::launchd(job, &file);
    if !print {
        write_unit(&unit)?;
    }
    Ok(Installed {
        scheduler: "launchd",
        files: if print {
            Vec::new()
        } else {
            vec![unit.path.clone()]
        },
        command: format!(
            "{} --db {} alerts generate",
            job.exe.display(),
            job.db.display()
        ),
        next_step: Some(format!("launchctl load {}", file.display())),
        written: !print,
        units: vec![unit],
        environment,
    })
}

/// Removes what `install` put in place for the database at `db`: the
/// systemd units (the timer disabled first), the LaunchAgent, the crontab
/// line. Returns what was removed.
pub fn uninstall(db: &Path) -> Result<Vec<String>> {
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
    let job = Job::for_database(db)?;
    if crontab::remove(&units::cron_marker(&job.db)) {
        removed.push("the crontab line".into());
    }
    Ok(removed)
}

/// The scheduler files installed (the systemd timer, the LaunchAgent).
pub fn installed() -> Result<Vec<String>> {
    Ok([
        systemd_dir()?.join(format!("{UNIT}.timer")),
        launchd_file()?,
    ]
    .iter()
    .filter(|p| p.exists())
    .map(|p| p.display().to_string())
    .collect())
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
