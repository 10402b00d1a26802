//! Why a sync failed, as TaskChampion and git put it.

use crate::error::Error;
use crate::render::text::safe;

/// TaskChampion's error with every cause, one line.
pub fn describe(e: &taskchampion::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Why a sync failed, as TaskChampion put it.
#[derive(Debug)]
pub enum Failure {
    /// The records on the remote cannot be decrypted with this secret.
    Secret,
    /// The remote cannot be reached (the sentence says why).
    Unreachable(String),
    /// Another device pushed between this sync's fetch and its push.
    Raced,
    /// The remote holds a replica set this device's replica is not part
    /// of (it was started over by another device).
    StartedOver,
    /// A file on the remote is not what TaskChampion writes (the sentence
    /// names it).
    Odd(String),
    /// Anything else (git, the network, the replica).
    Other(String),
}

pub(super) fn failure(e: &taskchampion::Error) -> Failure {
    let text = describe(e);
    if text.contains("unseal") || text.contains("decrypt") {
        Failure::Secret
    } else {
        Failure::Other(text)
    }
}

/// Why `run` failed.
#[derive(Debug)]
pub enum SyncError {
    /// Exchanging with the remote failed.
    Sync(Failure),
    /// Reading or writing here failed.
    Local(Error),
}

impl From<Error> for SyncError {
    fn from(e: Error) -> Self {
        SyncError::Local(e)
    }
}

impl SyncError {
    /// The one sentence a failed sync with `remote` ends with; `setup`
    /// tells `init` (`Some(false)`) and `join` (`Some(true)`) from a sync.
    pub fn sentence(self, remote: &str, setup: Option<bool>) -> Error {
        match self {
            SyncError::Local(e) => e,
            SyncError::Sync(Failure::Secret) => Error::runtime(format!(
                "the sync secret does not open the data on {}: use the secret the first device gave `subs sync init`; nothing was sent",
                safe(remote)
            )),
            SyncError::Sync(Failure::Raced) => match setup {
                Some(false) => Error::runtime(format!(
                    "another device started syncing with {} at the same moment; on this device run `subs sync join {}`",
                    safe(remote),
                    safe(remote)
                )),
                _ => Error::runtime(format!(
                    "{} kept changing during the sync (other devices were syncing): run `subs sync` again",
                    safe(remote)
                )),
            },
            SyncError::Sync(Failure::StartedOver) => Error::runtime(format!(
                "{} was started over by another device: on this device run `subs sync leave`, then `subs sync join {}`",
                safe(remote),
                safe(remote)
            )),
            SyncError::Sync(Failure::Odd(file)) => Error::runtime(format!(
                "the file \"{}\" on {} is not one subs wrote (damaged or changed by hand): restore the remote, or start it over with `subs sync init --force-new-remote`",
                safe(&file),
                safe(remote)
            )),
            SyncError::Sync(Failure::Unreachable(why)) => Error::runtime(safe(&why)),
            SyncError::Sync(Failure::Other(text)) => Error::runtime(format!(
                "sync with {} failed: {}",
                safe(remote),
                safe(&text)
            )),
        }
    }
}
