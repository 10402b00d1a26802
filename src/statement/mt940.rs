//! SWIFT MT940.

use super::{ReadOptions, Statement};
use crate::error::{Error, Result};

pub(super) fn read(text: &str, options: &ReadOptions) -> Result<Statement> {
    let _ = (text, options);
    Err(Error::invalid("MT940 statements are not read yet"))
}
