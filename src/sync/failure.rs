//! Why a sync failed, as TaskChampion and git put it.

use crate::error::Error;

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
