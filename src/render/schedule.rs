//! `subs schedule status`.

use serde::Serialize;

use super::{Output, View};
use crate::domain::channel::LastRun;

/// A file `schedule install` writes (or, with `--print`, would write).
#[derive(Serialize)]
pub struct Unit {
    pub path: String,
    pub content: String,
}

/// What `schedule install` did, or with `--print` (and `--cron` without
/// `--write`) would do.
#[derive(Serialize)]
pub struct Installed {
    pub scheduler: &'static str,
    /// The files written (none when printing).
    pub files: Vec<String>,
    pub command: String,
    /// What is left for you to run, if anything.
    pub next_step: Option<String>,
    /// Whether anything was written or installed.
    pub written: bool,
    /// The files' contents: the systemd units or the LaunchAgent.
    pub units: Vec<Unit>,
    /// Environment variables the configured channels read, which a job run
    /// by the scheduler does not inherit from your shell.
    pub environment: Vec<String>,
}

impl Installed {
    fn environment_note(&self) -> Option<String> {
        (!self.environment.is_empty()).then(|| {
            let how = if self.scheduler == "cron" {
                "a NAME=value line above it in the crontab"
            } else if self.scheduler == "systemd" {
                "Environment= in `systemctl --user edit subs-alerts.service`"
            } else {
                "EnvironmentVariables in the LaunchAgent"
            };
            format!(
                "Your notification channels read {}: the scheduled job does not see your shell's environment, so set {} there ({how}).",
                self.environment.join(", "),
                if self.environment.len() == 1 { "it" } else { "them" }
            )
        })
    }
}

impl View for Installed {
    fn text(&self, _out: &Output) -> String {
        if !self.written {
            if self.scheduler == "cron" {
                // Alone, so that `subs schedule install --cron >> file` works.
                return self.command.clone();
            }
            return self
                .units
                .iter()
                .map(|u| format!("# {}\n{}", u.path, u.content))
                .collect::<Vec<_>>()
                .join("\n");
        }
        let mut text = format!(
            "Installed an hourly `alerts generate` ({}): {}",
            self.scheduler, self.command
        );
        for f in &self.files {
            text.push_str(&format!("\n  wrote {f}"));
        }
        if let Some(step) = &self.next_step {
            text.push_str(&format!("\nTo finish: {step}"));
        }
        text
    }

    fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if !self.written {
            notes.push(if self.scheduler == "cron" {
                "Add this line to your crontab (`crontab -e`), or pass --write to add it:"
                    .to_string()
            } else {
                "Nothing written or enabled; these are the files install would write:".to_string()
            });
        }
        notes.extend(self.environment_note());
        notes
    }
}

#[derive(Serialize)]
pub struct Status {
    pub last_run: Option<LastRun>,
    /// Scheduler files found (a systemd timer, a LaunchAgent).
    pub installed: Vec<String>,
    pub channels: usize,
    pub failed_deliveries: usize,
    /// No run for more than twice `alert_interval`.
    pub late: bool,
}

impl View for Status {
    fn text(&self, _out: &Output) -> String {
        let mut lines = Vec::new();
        match &self.last_run {
            Some(r) => lines.push(format!(
                "Last run: {} ({}; {} new alerts, {} failed deliveries)",
                r.last_run_at, r.outcome, r.new_alerts, r.failed_deliveries
            )),
            None => lines.push("Last run: never".into()),
        }
        if self.installed.is_empty() {
            lines.push("Schedule: none installed here (cron may still run it); `subs schedule install` sets one up".into());
        } else {
            lines.push(format!("Schedule: {}", self.installed.join(", ")));
        }
        lines.push(format!(
            "Channels: {}; deliveries failed for good: {}",
            self.channels, self.failed_deliveries
        ));
        if self.late {
            lines.push("Reminders look stopped: no run for more than twice alert_interval.".into());
        }
        lines.join("\n")
    }
}
