//! ISO 20022 camt.052, camt.053 and camt.054.

use super::{ReadOptions, Statement};
use crate::error::{Error, Result};

pub(super) fn read(text: &str, options: &ReadOptions) -> Result<Statement> {
    let _ = (text, options);
    Err(Error::invalid("camt statements are not read yet"))
}
