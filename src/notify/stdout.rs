//! The stdout channel: one line per new alert, and nothing at all when
//! nothing is new, so cron's mail is exactly the news. Silent with `-q`,
//! and with `--json` (stdout then carries the run's JSON document).

use super::{Channel, Delivery, Failure};
use crate::domain::alert::Alert;
use crate::render::Output;
use crate::render::alerts::notification_lines;

pub struct Stdout<'a> {
    out: &'a Output,
    dry_run: bool,
}

impl<'a> Stdout<'a> {
    pub fn new(out: &'a Output, dry_run: bool) -> Stdout<'a> {
        Stdout { out, dry_run }
    }
}

impl Channel for Stdout<'_> {
    fn send(&mut self, alerts: &[&Alert], _: &Delivery) -> Result<(), Failure> {
        if self.out.quiet || self.out.json {
            return Ok(());
        }
        self.out
            .text(&notification_lines(alerts, self.dry_run))
            .map_err(Failure::Output)
    }
}
