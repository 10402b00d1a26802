//! Delivering alerts to the user. `alerts generate` raises alerts in the
//! database; [`run`] then tells the user about the new ones: stdout (cron
//! mails what a job prints) at once, every configured channel through the
//! outbox. Each kind of channel is one file here: its settings as a typed
//! struct (one arm of [`ChannelConfig`]), the checks they pass (by
//! `notify add` and by a restored backup), and its delivery, a
//! [`Channel`].

mod apprise;
mod command;
mod config;
mod desktop;
mod email;
mod ntfy;
pub mod outbox;
mod program;
pub mod remote;
mod stdout;
mod webhook;

use std::time::Duration;

pub use self::config::{ChannelConfig, Flags, Kind, Spelling, check_stored};
pub use self::stdout::Stdout;
use crate::clock::Clock;
use crate::domain::alert::Alert;
use crate::error::{Error, Result};
use crate::render::Output;
use crate::store::undo::{Change, OnDemand};
use crate::store::{Db, Store};

/// A destination for alerts: stdout, or a channel of one kind.
pub trait Channel {
    /// Tells the user about `alerts` (never none) in one message.
    fn send(&mut self, alerts: &[&Alert], delivery: &Delivery) -> Result<(), Failure>;
}

/// What one delivery knows besides the alerts.
#[derive(Clone, Copy, Debug, Default)]
pub struct Delivery<'a> {
    /// The channel's name (a webhook's idempotency key is keyed by it).
    pub channel: &'a str,
    /// A `notify test` message, marked as one.
    pub test: bool,
    /// One deadline for the whole delivery.
    pub limit: Duration,
    /// The channel's secret, when its variable is set.
    pub secret: Option<&'a str>,
    /// The variable the secret comes from (named when it is not set).
    pub secret_env: Option<&'a str>,
}

/// Why a delivery did not happen. A timeout is told apart because a
/// channel that timed out gets nothing more in this run (the rest of its
/// deliveries stay queued): a channel that never answers costs one
/// deadline per run, not one per alert.
#[derive(Debug)]
pub enum Failure {
    Timeout(String),
    Other(String),
    /// Printing to stdout failed (the run rolls back).
    Output(Error),
}

impl Failure {
    pub fn is_timeout(&self) -> bool {
        matches!(self, Failure::Timeout(_))
    }

    fn map(self, f: impl FnOnce(String) -> String) -> Failure {
        match self {
            Failure::Timeout(t) => Failure::Timeout(f(t)),
            Failure::Other(t) => Failure::Other(f(t)),
            printing @ Failure::Output(_) => printing,
        }
    }
}

impl From<String> for Failure {
    fn from(text: String) -> Failure {
        Failure::Other(text)
    }
}

impl From<&str> for Failure {
    fn from(text: &str) -> Failure {
        Failure::Other(text.to_string())
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Timeout(t) | Failure::Other(t) => f.write_str(t),
            Failure::Output(e) => e.fmt(f),
        }
    }
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
        channel
            .send(&wanted, &Delivery::default())
            .map_err(|failure| match failure {
                Failure::Output(e) => e,
                other => Error::runtime(other.to_string()),
            })?;
    }
    Ok(())
}

/// How an alerts run goes.
pub struct Run<'a> {
    pub out: &'a Output,
    pub clock: Clock,
    /// One delivery's deadline (the `notify_timeout` setting, read once
    /// by the caller: [`timeout`]).
    pub timeout: Duration,
    /// Whether this device sends reminders (of devices that sync, one
    /// does; the others record the same alerts and tell no one).
    pub sends: bool,
    /// Print what would be new, change nothing, deliver nothing.
    pub dry_run: bool,
}

/// The alerts run: `raise` raises alerts in one transaction (rolled back
/// for a dry run) and returns the new ones, which are queued for every
/// channel that wants them and printed to stdout in that transaction —
/// raised and queued, or neither; and an alert is never stored as raised
/// while nobody saw it: if printing fails, everything rolls back and the
/// next run prints it again. After the commit the outbox is delivered:
/// this run's alerts and earlier failures whose retry time has come.
///
/// `record` notes the run (with how many deliveries failed): in the same
/// transaction when nothing is due for the channels — so a cron run with
/// nothing new commits once — else after the outbox.
pub fn run<T>(
    store: &mut Store,
    how: &Run,
    raise: impl FnOnce(&Db, &mut OnDemand<'_>) -> Result<(Vec<Alert>, T)>,
    record: impl Fn(&Db, &T, usize) -> Result<()>,
) -> Result<(T, outbox::Summary)> {
    let tell = |db: &Db, journal: &mut OnDemand<'_>| -> Result<T> {
        let (new_alerts, raised) = raise(db, journal)?;
        if how.sends && !new_alerts.is_empty() {
            journal.arm(db, &[("delivery", Change::Insert)])?;
            let queued: Vec<_> = new_alerts
                .iter()
                .map(|a| (a.id, a.alert_type, a.email_notifications))
                .collect();
            crate::store::notify::enqueue(db, &queued)?;
            let mut channels: Vec<Box<dyn Channel + '_>> =
                vec![Box::new(Stdout::new(how.out, how.dry_run))];
            deliver(&mut channels, &new_alerts)?;
        }
        Ok(raised)
    };
    let unprinted = |e| match e {
        Error::Output(why) => Error::runtime(format!(
            "{why}; nothing was recorded, and the next run prints these alerts again"
        )),
        Error::BrokenPipe => Error::runtime(
            "the output was closed before the new alerts were printed; nothing was recorded, and the next run prints them again",
        ),
        other => other,
    };
    if how.dry_run {
        let raised = store
            .simulate(|db| tell(db, &mut OnDemand::ready()))
            .map_err(unprinted)?;
        return Ok((raised, outbox::Summary::default()));
    }
    // The journal is armed by the first change the run makes: a run that
    // finds nothing new writes only its record, which is no undo step.
    let (raised, due) = store
        .write_on_demand(|db, journal| {
            let raised = tell(db, journal)?;
            // This run's alerts are queued, so due: nothing due means
            // nothing for the channels.
            let due = how.sends && outbox::anything_due(db, how.clock)?;
            if !due {
                journal.unjournalled(db, |db| record(db, &raised, 0))?;
            }
            Ok((raised, due))
        })
        .map_err(unprinted)?;
    if !due {
        return Ok((raised, outbox::Summary::default()));
    }
    let summary = outbox::deliver(store, how.clock, how.timeout)?;
    store.write(|db| record(db, &raised, summary.failed.len()))?;
    Ok((raised, summary))
}

/// The `notify_timeout` setting: one delivery's deadline.
pub fn timeout(db: &Db) -> Result<Duration> {
    let seconds = crate::settings::get(db, "notify_timeout")?
        .value
        .parse()
        .unwrap_or(10);
    Ok(Duration::from_secs(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::alert::AlertType;

    /// A channel that remembers what it was handed.
    struct Recording(Vec<Vec<i64>>);

    impl Channel for Recording {
        fn send(&mut self, alerts: &[&Alert], _: &Delivery) -> Result<(), Failure> {
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
    fn channels_get_the_new_alerts_whose_notifications_are_on() -> Result<()> {
        let (mut first, mut second) = (Recording(Vec::new()), Recording(Vec::new()));
        {
            let mut channels: Vec<Box<dyn Channel + '_>> =
                vec![Box::new(&mut first), Box::new(&mut second)];
            let alerts = [alert(1, true), alert(2, false), alert(3, true)];
            deliver(&mut channels, &alerts)?;
            deliver(&mut channels, &[alert(4, false)])?;
            deliver(&mut channels, &[])?;
        }
        for channel in [first, second] {
            assert_eq!(
                channel.0,
                vec![vec![1, 3]],
                "alerts with notifications off, and runs with nothing new, are not delivered"
            );
        }
        Ok(())
    }

    impl Channel for &mut Recording {
        fn send(&mut self, alerts: &[&Alert], delivery: &Delivery) -> Result<(), Failure> {
            (**self).send(alerts, delivery)
        }
    }
}
