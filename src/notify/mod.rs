//! Delivering a run's new alerts to the user. `alerts generate` raises
//! alerts in the database; each [`Channel`] then tells the user about the
//! new ones. Today there is one channel, stdout (cron mails what a job
//! prints); a new channel is a new file here implementing [`Channel`] and
//! one line where `cmd/alerts.rs` lists the channels.

mod stdout;

pub use self::stdout::Stdout;
use crate::domain::alert::Alert;
use crate::error::Result;

/// A destination for new alerts.
pub trait Channel {
    /// A short name for logs and errors.
    fn name(&self) -> &str;

    /// Tells the user about `alerts`: the new alerts of subscriptions whose
    /// notifications are on, oldest first. Not called when there are none.
    fn deliver(&mut self, alerts: &[&Alert]) -> Result<()>;
}

/// Hands the run's new alerts to every channel. Alerts of subscriptions
/// with notifications off are stored (and listed by `alerts list`) but
/// not delivered.
pub fn deliver(channels: &mut [Box<dyn Channel + '_>], new_alerts: &[Alert]) -> Result<()> {
    let wanted: Vec<&Alert> = new_alerts
        .iter()
        .filter(|a| a.email_notifications)
        .collect();
    if wanted.is_empty() {
        return Ok(());
    }
    for channel in channels.iter_mut() {
        channel.deliver(&wanted)?;
    }
    Ok(())
}
