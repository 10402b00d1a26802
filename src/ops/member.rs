//! Members of shared plans.

use crate::error::{Error, Result};
use crate::render::text::safe;
use crate::store::{Db, members};

/// Removes the member `name`, and returns its name as stored. "me" is
/// always a member, and a member who shares or pays a plan stays until
/// those plans change.
pub fn remove(db: &Db, name: &str) -> Result<String> {
    let member = members::get(db, name)?
        .ok_or_else(|| Error::invalid("\"me\" is always a member and cannot be removed"))?;
    let used = members::list(db)?
        .into_iter()
        .find(|l| l.member.id == member.id)
        .map(|l| l.subscriptions)
        .unwrap_or_default();
    if !used.is_empty() {
        return Err(Error::invalid(format!(
            "{} shares or pays {}; change those first (`subs edit NAME --shared-with ...` or `--paid-by me`)",
            safe(&member.name),
            used.join(", ")
        )));
    }
    members::remove(db, member.id)?;
    Ok(member.name)
}
