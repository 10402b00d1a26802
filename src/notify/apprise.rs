//! Apprise: any service Apprise knows, through the `apprise` program
//! (`apprise -t TITLE -b BODY -n TYPE --config FILE`). The URL (with a
//! `{secret}` in it replaced by the secret's value, so the token need not
//! be stored) is written to a 0600 file that is removed after the call:
//! never on apprise's command line, which any local user can read with
//! `ps`. The secret's variable is not passed on to apprise either. It runs
//! on this device only once trusted here (`notify enable`).

use serde::{Deserialize, Serialize};

use super::program::{PrivateFile, run_program};
use super::remote::{title, top, without_controls};
use super::{Channel, Delivery, Failure, Flags, Kind, Spelling};
use crate::domain::alert::Alert;
use crate::domain::channel::Severity;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Apprise {
    /// An Apprise URL (`tgram://{secret}/CHAT`); it may carry a token, so
    /// it is shown only by its scheme.
    pub url: String,
}

impl Kind for Apprise {
    fn from_flags(flags: &Flags) -> Result<Apprise, String> {
        let url = flags.url.unwrap_or_default().trim();
        Ok(Apprise { url: url.into() })
    }

    fn check(&mut self, spelling: Spelling) -> Result<(), String> {
        self.url = self.url.trim().to_string();
        if !self.url.contains("://") || self.url.contains(char::is_whitespace) {
            return Err(format!(
                "an apprise channel needs {} with an Apprise URL, e.g. 'tgram://{{secret}}/CHAT' (the token from {})",
                spelling.of("url"),
                spelling.of("secret_env")
            ));
        }
        Ok(())
    }
}

impl Channel for Apprise {
    fn send(&mut self, alerts: &[&Alert], delivery: &Delivery) -> Result<(), Failure> {
        let url = match (self.url.contains("{secret}"), delivery.secret) {
            (true, Some(s)) => self.url.replace("{secret}", s),
            (true, None) => {
                return Err(Failure::Other(format!(
                    "the URL of {} needs {} to be set",
                    delivery.channel,
                    delivery.secret_env.unwrap_or("SUBS_APPRISE_SECRET")
                )));
            }
            (false, _) => self.url.clone(),
        };
        let body: Vec<String> = alerts
            .iter()
            .map(|a| without_controls(&a.message, true))
            .collect();
        let kind = match top(alerts) {
            Severity::Urgent => "failure",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let config = PrivateFile::write("apprise", &format!("{url}\n"))
            .map_err(|e| format!("cannot write apprise's configuration: {e}"))?;
        let mut program = std::process::Command::new("apprise");
        let title = title(alerts);
        program
            .args(["-t", &title, "-b", &body.join("\n"), "-n", kind, "--config"])
            .arg(&config.path);
        if let Some(var) = delivery.secret_env {
            program.env_remove(var);
        }
        run_program(
            program,
            None,
            delivery.limit,
            "apprise",
            Some("the apprise program is not installed (pip install apprise)"),
        )
    }
}
