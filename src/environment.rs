//! What subs reads from its environment beside its settings: text
//! variables (empty is unset; not UTF-8 is an error naming the variable)
//! and which database a run uses.

use std::path::PathBuf;

use crate::domain;
use crate::error::{Error, Result};
use crate::store;

/// A set, non-empty environment variable that must be text.
pub fn text(name: &str) -> Result<Option<String>> {
    match std::env::var(name) {
        Ok(value) if value.is_empty() => Ok(None),
        Ok(value) => Ok(Some(value)),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => {
            Err(Error::invalid(format!("{name} is not valid UTF-8 text")))
        }
    }
}

/// The database a command uses: `--db`, else `SUBS_DB`, else `NAME.db`
/// of `--profile`/`SUBS_PROFILE` beside the default, else the default.
/// Shell completion reads the same file (with no flags).
pub fn database_path(db: Option<PathBuf>, profile: Option<String>) -> Result<PathBuf> {
    let db = db.or_else(|| {
        std::env::var_os("SUBS_DB")
            .filter(|v| !v.is_empty())
            .map(Into::into)
    });
    if let Some(path) = db {
        return Ok(path);
    }
    let profile = match profile {
        Some(profile) => Some(("--profile", profile)),
        None => text("SUBS_PROFILE")?.map(|p| ("SUBS_PROFILE", p)),
    };
    let profile = profile
        .map(|(label, value)| domain::validate::profile(label, &value))
        .transpose()
        .map_err(Error::invalid)?;
    store::default_path(profile.as_deref())
}
