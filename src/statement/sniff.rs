//! Which format a statement is written in, from its content.

use super::Format;
use crate::error::{Error, Result};

pub(super) fn format(text: &str) -> Result<Format> {
    let _ = text;
    Err(Error::invalid(
        "the statement's format is not recognised; --format says which it is",
    ))
}
