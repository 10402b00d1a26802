//! OFX 1.x (SGML) and 2.x (XML), QFX too.

use super::{ReadOptions, Statement};
use crate::error::{Error, Result};

pub(super) fn read(text: &str, options: &ReadOptions) -> Result<Statement> {
    let _ = (text, options);
    Err(Error::invalid("OFX statements are not read yet"))
}
