//! The cron side of subs: renewal processing, the alert rules, the event
//! alerts raised by changes, the generator that runs them, and the seam
//! through which a run's new alerts reach the user. Everything that writes
//! runs inside one transaction the caller owns.

pub mod events;
pub mod generate;
pub mod renewal;
pub mod rules;
