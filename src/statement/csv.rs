//! CSV as banks write it.

use super::{ReadOptions, Statement};
use crate::error::{Error, Result};

pub(super) fn read(text: &str, options: &ReadOptions) -> Result<Statement> {
    let _ = (text, options);
    Err(Error::invalid("CSV statements are not read yet"))
}
