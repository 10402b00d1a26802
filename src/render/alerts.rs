//! Alerts: the table of `subs alerts list`, the lines a notification
//! carries, and the small results of `read`, `dismiss` and `cleanup`.

use serde::Serialize;

use super::json::AlertJson;
use super::table::{Fit, Grid};
use super::text::safe;
use super::{Output, View};
use crate::domain::alert::Alert;

/// One line per alert: `[type] title: message` (`would raise:` first in a
/// dry run).
pub fn notification_lines(alerts: &[&Alert], dry_run: bool) -> String {
    let prefix = if dry_run { "would raise: " } else { "" };
    alerts
        .iter()
        .map(|a| {
            format!(
                "{prefix}[{}] {}: {}",
                a.alert_type,
                safe(&a.title),
                safe(&a.message)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `subs alerts list`.
pub struct AlertList {
    pub alerts: Vec<Alert>,
    /// Read and dismissed alerts were asked for too.
    pub all: bool,
}

impl Serialize for AlertList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.alerts.iter().map(AlertJson::from))
    }
}

impl View for AlertList {
    fn empty(&self) -> Option<String> {
        self.alerts.is_empty().then(|| self.empty_message().into())
    }

    fn text(&self, out: &Output) -> String {
        let mut grid = Grid::new(
            out,
            &[
                ("ID", Fit::WholeRight),
                ("Date", Fit::Whole),
                ("Type", Fit::Whole),
                ("Alert", Fit::Shrink),
                ("State", Fit::Whole),
            ],
        );
        for a in &self.alerts {
            let state = match (a.is_read, a.is_dismissed) {
                (_, true) => "dismissed",
                (true, false) => "read",
                (false, false) => "new",
            };
            grid.row(vec![
                a.id.to_string().into(),
                a.alert_date.clone().into(),
                a.alert_type.to_string().into(),
                format!("{}\n{}", safe(&a.title), safe(&a.message)).into(),
                state.into(),
            ]);
        }
        grid.render()
    }
}

impl AlertList {
    fn empty_message(&self) -> &'static str {
        if self.all {
            "No alerts."
        } else {
            "No unread alerts."
        }
    }
}

/// `alerts read|dismiss`: how many changed.
#[derive(Serialize)]
pub struct Updated {
    pub updated: usize,
}

/// `alerts cleanup`: how many were removed, raised before which day.
#[derive(Serialize)]
pub struct Removed {
    pub removed: usize,
    pub before: String,
}
