//! A command: `sh -c RUN` reading the alerts as the documented JSON
//! document on stdin, in its own process group under the deadline. It
//! runs on this device only once trusted here (`notify enable`).

use serde::{Deserialize, Serialize};

use super::program::run_program;
use super::remote::document;
use super::{Channel, Delivery, Failure, Flags, Kind, Spelling};
use crate::domain::alert::Alert;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Command {
    /// The shell command line.
    pub run: String,
}

impl Kind for Command {
    fn from_flags(flags: &Flags) -> Result<Command, String> {
        let run = flags.run.unwrap_or_default().trim();
        Ok(Command { run: run.into() })
    }

    fn check(&mut self, spelling: Spelling) -> Result<(), String> {
        self.run = self.run.trim().to_string();
        if self.run.is_empty() {
            return Err(format!(
                "a command channel needs {} PROGRAM",
                spelling.of("run")
            ));
        }
        Ok(())
    }
}

impl Channel for Command {
    fn send(&mut self, alerts: &[&Alert], delivery: &Delivery) -> Result<(), Failure> {
        let mut program = std::process::Command::new("sh");
        program.args(["-c", &self.run]);
        let input = document(alerts, delivery.test).to_string().into_bytes();
        run_program(program, Some(input), delivery.limit, &self.run, None)
    }
}
