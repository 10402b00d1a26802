//! This device's part in a replica set: where it syncs, who it is, when it
//! last synced and the conflicts it was told of. Kept in `tc_meta` under
//! `subs.<key>` (the replica's own storage: never in a backup, never sent),
//! read and written only through these typed functions.

use crate::error::Result;
use crate::store::{Db, sync as sql};
use crate::sync::projection::{Conflict, ConflictKind};

/// Every setting a device keeps, by its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Key {
    /// The remote's URL or path (set: this database syncs).
    Remote,
    /// This device's id in the set (a UUID).
    Device,
    /// This device's name, as other devices read it (the host name).
    DeviceName,
    /// When the last sync ended (RFC 3339).
    LastSync,
    /// The conflicts the last sync left (JSON), for `sync status`.
    Conflicts,
    /// The last edits a delete elsewhere overruled (JSON), kept beside them.
    LostEdits,
    /// Versions made and not seen on the remote yet (`unpushed.rs`).
    Unpushed,
}

impl Key {
    fn name(self) -> &'static str {
        match self {
            Key::Remote => "remote",
            Key::Device => "device",
            Key::DeviceName => "device_name",
            Key::LastSync => "last_sync",
            Key::Conflicts => "conflicts",
            Key::LostEdits => "lost_edits",
            Key::Unpushed => "unpushed",
        }
    }
}

pub(super) fn get(db: &Db, key: Key) -> Result<Option<String>> {
    sql::meta(db, key.name())
}

pub(super) fn set(db: &Db, key: Key, value: &str) -> Result<()> {
    sql::set_meta(db, key.name(), value)
}

pub(super) fn unset(db: &Db, key: Key) -> Result<()> {
    sql::unset_meta(db, key.name())
}

/// The remote this database syncs with (`None`: it does not sync).
pub fn remote(db: &Db) -> Result<Option<String>> {
    get(db, Key::Remote)
}

/// This device's id in the set (empty before it joined one).
pub fn id(db: &Db) -> Result<String> {
    Ok(get(db, Key::Device)?.unwrap_or_default())
}

/// This device's name as the others read it.
pub fn name(db: &Db) -> Result<String> {
    Ok(get(db, Key::DeviceName)?.unwrap_or_else(host_name))
}

/// When the last sync ended.
pub fn last_sync(db: &Db) -> Result<Option<String>> {
    get(db, Key::LastSync)
}

/// Notes a sync that ended now.
pub fn synced(db: &Db, now: chrono::DateTime<chrono::Utc>) -> Result<()> {
    set(
        db,
        Key::LastSync,
        &now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    )
}

/// Makes this database a device of the set at `remote`.
pub fn enrol(db: &Db, remote: &str, device: &str, name: &str) -> Result<()> {
    set(db, Key::Remote, remote)?;
    set(db, Key::Device, device)?;
    set(db, Key::DeviceName, name)
}

/// Forgets the replica and every setting of this device (`sync leave`,
/// and before a device starts the remote over).
pub fn forget(db: &Db) -> Result<()> {
    sql::forget_replica(db)
}

/// This machine's host name ("a device" when it has none).
pub fn host_name() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname writes at most
    // that many bytes.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    let name = if rc == 0 {
        let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
        String::from_utf8_lossy(&buf[..end]).into_owned()
    } else {
        String::new()
    };
    if name.is_empty() {
        "a device".into()
    } else {
        name
    }
}

fn conflicts(db: &Db, key: Key) -> Result<Vec<Conflict>> {
    Ok(get(db, key)?
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default())
}

/// The conflicts after a sync (those of the last one when this one
/// changed nothing), kept for `sync status`; and the ones this device had
/// not seen, to tell on stderr too (cron mails them).
pub fn remember_conflicts(
    db: &Db,
    now: Option<Vec<Conflict>>,
) -> Result<(Vec<Conflict>, Vec<Conflict>)> {
    let last = conflicts(db, Key::Conflicts)?;
    let Some(now) = now else {
        return Ok((last, Vec::new()));
    };
    let new: Vec<Conflict> = now.iter().filter(|c| !last.contains(c)).cloned().collect();
    // Lost edits happen once: keep the last ones beside the rest.
    let mut lost = conflicts(db, Key::LostEdits)?;
    lost.extend(
        new.iter()
            .filter(|c| c.kind == ConflictKind::EditLost)
            .cloned(),
    );
    let keep = lost.len().saturating_sub(20);
    set(db, Key::LostEdits, &serde_json::to_string(&lost[keep..])?)?;
    let lasting: Vec<&Conflict> = now
        .iter()
        .filter(|c| c.kind != ConflictKind::EditLost)
        .collect();
    set(db, Key::Conflicts, &serde_json::to_string(&lasting)?)?;
    Ok((now, new))
}

/// The edits of this device a delete elsewhere overruled, latest last.
pub fn recent_lost(db: &Db) -> Result<Vec<Conflict>> {
    conflicts(db, Key::LostEdits)
}

/// Forgets the conflicts told (`sync resolve` settled them).
pub fn resolved(db: &Db) -> Result<()> {
    set(db, Key::LostEdits, "[]")?;
    set(db, Key::Conflicts, "[]")
}
