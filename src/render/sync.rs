//! `sync status`.

use serde::Serialize;

use super::text::{count, safe};
use super::{Output, View};
use crate::domain::conflict::Conflict;

/// `sync status`: where this device syncs and what waits.
#[derive(Serialize)]
pub struct SyncStatus {
    pub syncing: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_sync: Option<String>,
    /// Records changed here and not sent yet.
    pub pending: usize,
    /// Which device sends reminders: `this device`, another's name, or none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reminders: Option<String>,
    pub reminders_here: bool,
    pub conflicts: Vec<Conflict>,
}

impl View for SyncStatus {
    fn text(&self, _out: &Output) -> String {
        let Some(remote) = &self.remote else {
            return "This database does not sync: `subs sync init REMOTE` starts, `subs sync join REMOTE` joins.\n".into();
        };
        let mut text = format!("Remote      {}\n", safe(remote));
        text.push_str(&format!(
            "Last sync   {}\n",
            self.last_sync.as_deref().unwrap_or("never")
        ));
        text.push_str(&format!(
            "Not sent    {}\n",
            count(self.pending as i64, "change", "changes")
        ));
        text.push_str(&format!(
            "Reminders   {}\n",
            match (&self.reminders, self.reminders_here) {
                (_, true) => "this device".to_string(),
                (Some(name), false) => format!("{} (another device)", safe(name)),
                (None, false) => "no device (run `subs sync --reminders` on one)".to_string(),
            }
        ));
        if self.conflicts.is_empty() {
            text.push_str("Conflicts   none\n");
        } else {
            text.push_str(&format!(
                "Conflicts   {}\n",
                count(self.conflicts.len() as i64, "conflict", "conflicts")
            ));
            for c in &self.conflicts {
                text.push_str(&format!("  {}: {}\n", c.kind, safe(&c.message)));
            }
        }
        text
    }
}
