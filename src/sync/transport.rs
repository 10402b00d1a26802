//! The remote, through git: the clone fetched outside the database's lock,
//! the checks on what it holds (a file subs did not write, a secret that
//! does not open it, a remote started over), TaskChampion's server over
//! the clone, and the push.

use std::path::{Path, PathBuf};

use serde_json::Value;
use taskchampion::ServerConfig;
use uuid::Uuid;

use super::failure::{Failure, SyncError};
use super::git;
use crate::error::{Error, Result};
use crate::render::text::safe;
use crate::store::{Db, sync as sql};

/// The branch of the remote repository subs uses.
pub const BRANCH: &str = "main";

/// Where a device syncs to.
pub struct Remote {
    /// A git URL or path (a local path is made absolute).
    pub url: String,
    /// This device's clone of it.
    pub clone: PathBuf,
    /// The encryption secret (never stored in the database).
    pub secret: Vec<u8>,
    /// The limit on each git command (`SUBS_SYNC_TIMEOUT`).
    pub timeout: std::time::Duration,
}

/// The clone, locked for this sync and holding exactly the remote's
/// branch as it was fetched (outside the database's write lock).
pub struct Fetched {
    /// The remote's commit fetched (`None`: the remote is empty).
    pub head: Option<String>,
    /// Starting the remote over: the commit the push replaces (it must
    /// still be the remote's when the push arrives).
    replaces: Option<String>,
    path: git::PlainPath,
    git: git::Git,
    _lock: git::CloneLock,
}

/// Locks the clone and makes it the remote's branch: the one step that
/// waits on the network before the database is locked. `start_over`
/// leaves the clone empty instead, and the push replaces the remote's
/// branch (`sync init --force-new-remote`).
pub fn fetch(remote: &Remote, start_over: bool) -> std::result::Result<Fetched, SyncError> {
    git::check_remote(&remote.url).map_err(|e| SyncError::Local(Error::invalid(e)))?;
    let lock = git::CloneLock::take(&remote.clone, remote.timeout)
        .map_err(|e| SyncError::Local(Error::runtime(e)))?;
    remove_stale_git_locks(&remote.clone);
    let git = git::Git {
        timeout: remote.timeout,
    };
    let head = git
        .remote_head(&remote.url)
        .map_err(|e| unreachable(&remote.url, e))?;
    let (head, replaces) = if start_over {
        (None, head)
    } else {
        (head, None)
    };
    git.mirror(&remote.clone, &remote.url, head.as_deref())
        .map_err(|e| unreachable(&remote.url, e))?;
    let path = git::PlainPath::new(&remote.clone)
        .map_err(|e| SyncError::Local(Error::runtime(e.to_string())))?;
    Ok(Fetched {
        head,
        replaces,
        path,
        git,
        _lock: lock,
    })
}

/// A git command that failed talking to the remote, as a sentence.
pub fn unreachable(url: &str, e: git::GitError) -> SyncError {
    SyncError::Sync(match e {
        git::GitError::Timeout(limit) => Failure::Unreachable(format!(
            "{url} did not answer within {} s: git was stopped (SUBS_SYNC_TIMEOUT sets the limit in seconds)",
            limit.as_secs()
        )),
        git::GitError::Failed(why) => Failure::Unreachable(format!("cannot reach {url}: {why}")),
    })
}

/// The folder a database's clone of the remote lives in (beside it).
pub fn clone_dir(database: &Path) -> PathBuf {
    let database = std::path::absolute(database).unwrap_or_else(|_| database.to_path_buf());
    let mut name = database.as_os_str().to_os_string();
    name.push("-sync");
    PathBuf::from(name)
}

/// The first file of the clone that is not as TaskChampion writes it
/// (`meta` and `snapshot` JSON of known fields, versions named
/// `v-PARENT-VERSION`), named: a tampered or foreign remote is refused in
/// one sentence before anything reads it.
pub(super) fn odd_file(clone: &Path) -> Option<String> {
    fn json_with(path: &Path, fields: &[&str]) -> bool {
        std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
            .is_some_and(|v| {
                fields
                    .iter()
                    .all(|f| v.get(*f).is_some_and(Value::is_string))
            })
    }
    let mut names: Vec<String> = std::fs::read_dir(clone)
        .ok()?
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    names.into_iter().find(|name| {
        let path = clone.join(name);
        match name.as_str() {
            "meta" => !json_with(&path, &["latest_version", "salt"]),
            "snapshot" => !json_with(&path, &["version_id", "payload"]),
            n if n.starts_with("v-") => {
                !path.is_file()
                    || n[2..].split_once('-').is_none_or(|(p, c)| {
                        Uuid::parse_str(p).is_err() || Uuid::parse_str(c).is_err()
                    })
            }
            _ => false,
        }
    })
}

/// Once the secret has opened the remote's data, the sealed file that
/// does not open is damaged: the first such, by name.
pub(super) async fn sealed_file_at_fault(
    server: &mut Box<dyn taskchampion::Server>,
    clone: &Path,
) -> String {
    if clone.join("snapshot").is_file() && server.get_snapshot().await.is_err() {
        return "snapshot".into();
    }
    for (parent, child) in versions(clone) {
        if server.get_child_version(parent).await.is_err() {
            return format!("v-{}-{}", parent.simple(), child.simple());
        }
    }
    "a version file".into()
}

/// Decrypts one thing the remote holds (its snapshot, else a version),
/// so a secret that does not open it is refused before anything is sent.
pub(super) async fn verify_secret(
    server: &mut Box<dyn taskchampion::Server>,
    clone: &Path,
) -> std::result::Result<(), taskchampion::Error> {
    if clone.join("snapshot").is_file() {
        server.get_snapshot().await?;
        return Ok(());
    }
    if let Some((parent, _)) = versions(clone).into_iter().next() {
        server.get_child_version(parent).await?;
    }
    Ok(())
}

/// The versions in the clone: (parent, version) from `v-PARENT-VERSION`.
pub(super) fn versions(clone: &Path) -> Vec<(Uuid, Uuid)> {
    let mut out: Vec<(Uuid, Uuid)> = std::fs::read_dir(clone)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let (parent, child) = name.strip_prefix("v-")?.split_once('-')?;
            Some((Uuid::parse_str(parent).ok()?, Uuid::parse_str(child).ok()?))
        })
        .collect();
    out.sort();
    out
}

/// Refuses a remote that no longer holds the version this replica last
/// had from it: another device started it over (`sync init
/// --force-new-remote`), and merging would be guessing.
pub(super) fn started_over(db: &Db, clone: &Path) -> std::result::Result<(), SyncError> {
    let Some(base) = sql::base_version(db)?.and_then(|b| Uuid::parse_str(&b).ok()) else {
        return Ok(());
    };
    if base.is_nil() {
        return Ok(());
    }
    if versions(clone).iter().any(|(_, v)| *v == base) {
        return Ok(());
    }
    let snapshot: Option<Uuid> = std::fs::read(clone.join("snapshot"))
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .and_then(|v| {
            v.get("version_id")?
                .as_str()
                .and_then(|s| Uuid::parse_str(s).ok())
        });
    if snapshot == Some(base) {
        return Ok(());
    }
    Err(SyncError::Sync(Failure::StartedOver))
}

/// TaskChampion's server over the fetched clone, never the network.
pub(super) fn server_config(remote: &Remote, fetched: &Fetched) -> ServerConfig {
    ServerConfig::Git {
        local_path: fetched.path.path.clone(),
        branch: BRANCH.into(),
        remote: Some(remote.url.clone()),
        // The clone is the remote's branch as fetched; subs pushes.
        local_only: true,
        encryption_secret: remote.secret.clone(),
        git_path: None,
    }
}

/// Pushes what TaskChampion committed to the clone, before the database
/// commits: a push that fails leaves nothing marked as sent here, and the
/// next fetch drops the clone's commits.
/// Pushes what the exchange committed to the clone — after the
/// transaction that committed it, outside the database's write lock (a
/// setup pushes inside its own, so a failed setup leaves nothing). What a
/// failed push leaves is settled by the next sync (`unpushed.rs`).
pub fn push(remote: &Remote, fetched: &Fetched) -> std::result::Result<(), SyncError> {
    let local = fetched
        .git
        .local_head(&remote.clone)
        .map_err(|e| unreachable(&remote.url, e))?;
    if local.is_some()
        && local != fetched.head
        && let Err(e) = fetched
            .git
            .push(&remote.clone, &remote.url, fetched.replaces.as_deref())
    {
        let now_head = fetched.git.remote_head(&remote.url);
        let expected = fetched.replaces.as_ref().or(fetched.head.as_ref());
        return Err(match now_head {
            Ok(head) if head.as_ref() != expected => SyncError::Sync(Failure::Raced),
            _ => match e {
                git::GitError::Failed(why) => SyncError::Sync(Failure::Other(format!(
                    "the remote did not take this device's changes (they are kept here for the next sync): {why}"
                ))),
                timeout => unreachable(&remote.url, timeout),
            },
        });
    }
    Ok(())
}

/// A git process killed mid-write leaves its lock behind, and every later
/// git command in the clone fails. Sync holds its lock on the clone, so
/// no other subs is using it: the locks are stale.
fn remove_stale_git_locks(clone: &Path) {
    for lock in [
        "index.lock",
        "HEAD.lock",
        "refs/heads/main.lock",
        "shallow.lock",
    ] {
        let _ = std::fs::remove_file(clone.join(".git").join(lock));
    }
}

/// Sync runs git: refuse early, in one sentence, where there is none.
pub fn git_available() -> Result<()> {
    match std::process::Command::new("git").arg("--version").output() {
        Ok(o) if o.status.success() => Ok(()),
        _ => Err(Error::runtime(
            "sync needs git, and git is not installed (or not on PATH)",
        )),
    }
}

/// A remote that is a folder here is named by its absolute path (git runs
/// in the clone's folder, where a relative path would mean something else).
pub fn normalise(remote: &str) -> String {
    let path = Path::new(remote);
    if path.exists()
        && let Ok(absolute) = path.canonicalize()
    {
        return absolute.to_string_lossy().into_owned();
    }
    remote.to_string()
}

/// Whether the remote holds a replica set already.
pub fn remote_has_data(
    remote: &str,
    timeout: std::time::Duration,
) -> std::result::Result<bool, SyncError> {
    let git = git::Git { timeout };
    match git.remote_head(remote) {
        Ok(head) => Ok(head.is_some()),
        Err(e) => Err(unreachable(remote, e)),
    }
}

/// `SUBS_SYNC_TIMEOUT`: the limit on each git command, whole seconds, 1 to
/// 3600 (60 when unset).
pub fn timeout() -> Result<std::time::Duration> {
    let Some(value) = std::env::var_os("SUBS_SYNC_TIMEOUT").filter(|v| !v.is_empty()) else {
        return Ok(git::DEFAULT_TIMEOUT);
    };
    let text = value.to_string_lossy();
    text.trim()
        .parse::<u64>()
        .ok()
        .filter(|s| (1..=3600).contains(s))
        .map(std::time::Duration::from_secs)
        .ok_or_else(|| {
            Error::invalid(format!(
                "invalid SUBS_SYNC_TIMEOUT \"{}\": give whole seconds, 1 to 3600",
                safe(&text)
            ))
        })
}
