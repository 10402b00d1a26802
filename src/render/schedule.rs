//! `subs schedule status`.

use serde::Serialize;

use super::{Output, View};
use crate::domain::channel::LastRun;

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
