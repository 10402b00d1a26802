//! `sync status`.

use serde::Serialize;

use super::text::{count, safe};
use super::{Output, View};
use crate::domain::conflict::{Changes, Conflict};

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

/// What `sync`, `sync init` and `sync join` did (its sentence is the
/// command's).
#[derive(Serialize)]
pub struct Synced<'a> {
    pub remote: &'a str,
    pub sent: usize,
    pub received: &'a Changes,
    pub conflicts: &'a [Conflict],
    pub reminders: bool,
    /// Alerts raised elsewhere that this device (the reminders device)
    /// tells: printed, and queued for the channels.
    pub alerts: usize,
}

/// "sent 2 changes; 1 added, 0 changed, 0 removed here".
pub fn summary(sent: usize, received: &Changes) -> String {
    let r = received;
    let arrived = if r.added + r.changed + r.removed == 0 {
        "nothing new arrived".to_string()
    } else {
        format!(
            "{} added, {} changed, {} removed here",
            r.added, r.changed, r.removed
        )
    };
    format!(
        "sent {}; {arrived}",
        count(sent as i64, "change", "changes")
    )
}

/// The sentence of a setup: "Joined REMOTE: sent …." and what follows.
pub fn enrolled(
    remote: &str,
    how: Setup,
    summary: &str,
    reminders: bool,
    adopted: Option<&(String, String)>,
) -> String {
    let remote = safe(remote);
    format!(
        "{} {remote}: {summary}.{}{}",
        match how {
            Setup::Join => "Joined",
            Setup::StartOver => "Started over",
            Setup::Init => "Started syncing with",
        },
        match (reminders, how) {
            (_, Setup::StartOver) => format!(
                " This device sends the reminders. On every other device run `subs sync leave`, then `subs sync join {remote}`."
            ),
            (true, _) => " This device sends the reminders.".into(),
            (false, _) => String::new(),
        },
        match adopted {
            Some((new, old)) =>
                format!(" The base currency here is now {new}, the set's (it was {old})."),
            None => String::new(),
        }
    )
}

/// How a device enters a set.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Setup {
    Init,
    Join,
    StartOver,
}

/// The sentence of a `sync`: "Synced with REMOTE: sent …." (and how many
/// conflicts the set holds).
pub fn synced(remote: &str, summary: &str, conflicts: usize) -> String {
    format!(
        "Synced with {}: {summary}.{}",
        safe(remote),
        match conflicts {
            0 => String::new(),
            n => format!(
                " {} (`subs sync status`).",
                count(n as i64, "conflict", "conflicts")
            ),
        }
    )
}
