//! Delivering a run's new alerts to the user. `alerts generate` raises
//! alerts in the database; each [`Channel`] then tells the user about the
//! new ones. Today there is one channel, stdout (cron mails what a job
//! prints); a new channel is a new file here implementing [`Channel`] and
//! one line where `cmd/alerts.rs` lists the channels.

pub mod outbox;
pub mod remote;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::alert::AlertType;

    /// A channel that remembers what it was handed.
    struct Recording(Vec<Vec<i64>>);

    impl Channel for Recording {
        fn name(&self) -> &str {
            "recording"
        }

        fn deliver(&mut self, alerts: &[&Alert]) -> Result<()> {
            self.0.push(alerts.iter().map(|a| a.id).collect());
            Ok(())
        }
    }

    fn alert(id: i64, notifications: bool) -> Alert {
        Alert {
            id,
            subscription_id: Some(format!("S{id}")),
            subscription_name: Some(format!("Service {id}")),
            email_notifications: notifications,
            alert_type: AlertType::RenewalReminder,
            title: "t".into(),
            message: "m".into(),
            alert_date: "2026-11-26".into(),
            is_read: false,
            is_dismissed: false,
            created_at: String::new(),
            uid: String::new(),
        }
    }

    #[test]
    fn channels_get_the_new_alerts_whose_notifications_are_on() {
        let (mut first, mut second) = (Recording(Vec::new()), Recording(Vec::new()));
        {
            let mut channels: Vec<Box<dyn Channel + '_>> =
                vec![Box::new(&mut first), Box::new(&mut second)];
            let alerts = [alert(1, true), alert(2, false), alert(3, true)];
            deliver(&mut channels, &alerts).unwrap();
            deliver(&mut channels, &[alert(4, false)]).unwrap();
            deliver(&mut channels, &[]).unwrap();
        }
        for channel in [first, second] {
            assert_eq!(
                channel.0,
                vec![vec![1, 3]],
                "alerts with notifications off, and runs with nothing new, are not delivered"
            );
        }
    }

    impl Channel for &mut Recording {
        fn name(&self) -> &str {
            "recording"
        }

        fn deliver(&mut self, alerts: &[&Alert]) -> Result<()> {
            (**self).deliver(alerts)
        }
    }
}
