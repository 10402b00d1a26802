//! The talk with the remote: every git command sync runs, each bounded by
//! a time limit, with `--` before every URL and path.
//!
//! TaskChampion's git server works on this device's clone alone (its
//! `local_only` mode): subs fetches into the clone before, and pushes what
//! it committed after, so a remote that hangs is met outside the
//! database's write lock (the fetch) or bounded by the limit (the push),
//! and what TaskChampion reads is exactly the remote's branch — never a
//! version an earlier, killed sync committed here and never pushed.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::BRANCH;

/// How long one git command may take when `SUBS_SYNC_TIMEOUT` is unset.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Transports git may use for a remote of subs: a path, ssh, https.
const ALLOWED_PROTOCOLS: &str = "file:ssh:https";

/// Why a remote is not one subs talks to, or `Ok`: a path, `ssh://`,
/// `https://`, `file://` or the `user@host:path` form. Anything git would
/// read as an option (`-…`) or hand to a helper program (`ext::`, `fd::`)
/// is refused.
pub fn check_remote(url: &str) -> std::result::Result<(), String> {
    let refuse = |why: &str| Err(format!("the remote \"{url}\" {why}"));
    if url.is_empty() {
        return refuse("is empty");
    }
    if url.starts_with('-') {
        return refuse("starts with '-', which git would take for an option");
    }
    if url.chars().any(char::is_control) {
        return refuse("contains a control character");
    }
    if let Some((scheme, _)) = url.split_once("://") {
        return match scheme.to_ascii_lowercase().as_str() {
            "ssh" | "https" | "file" => Ok(()),
            _ => refuse(
                "uses a transport subs does not allow: use a path, ssh://, https:// or git@host:path",
            ),
        };
    }
    if url.contains("::") {
        return refuse("names a git remote helper: use a path, ssh://, https:// or git@host:path");
    }
    Ok(())
}

/// A git command failed; the sentence says why.
#[derive(Debug)]
pub enum GitError {
    /// It did not finish within the limit.
    Timeout(Duration),
    /// It failed: git's first line of why.
    Failed(String),
}

/// Runs git commands with one time limit each.
#[derive(Clone, Debug)]
pub struct Git {
    pub timeout: Duration,
}

impl Git {
    /// Runs `git ARGS` in `dir`; its stdout.
    pub fn run(&self, dir: &Path, args: &[&str]) -> std::result::Result<String, GitError> {
        let mut cmd = Command::new("git");
        cmd.arg("-C")
            .arg(dir)
            .args(args)
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("GIT_ALLOW_PROTOCOL", ALLOWED_PROTOCOLS)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        #[cfg(unix)]
        let group = {
            use std::io::IsTerminal;
            use std::os::unix::process::CommandExt;
            // Away from a terminal (cron, scripts) git and what it starts
            // (ssh) get a process group of their own, so a timeout ends
            // them all; at a terminal they stay in the foreground, where
            // ssh may ask for a passphrase or a host key.
            let own = !std::io::stderr().is_terminal();
            if own {
                cmd.process_group(0);
            }
            own
        };
        let mut child = cmd
            .spawn()
            .map_err(|e| GitError::Failed(format!("cannot run git: {e}")))?;
        let out = drain(child.stdout.take());
        let err = drain(child.stderr.take());
        let deadline = Instant::now() + self.timeout;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if Instant::now() >= deadline => {
                    #[cfg(unix)]
                    if group && let Ok(pid) = i32::try_from(child.id()) {
                        // SAFETY: kill(2) with a negative pid signals the
                        // group this child leads; no memory is involved.
                        unsafe {
                            libc::kill(-pid, libc::SIGKILL);
                        }
                    }
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(GitError::Timeout(self.timeout));
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                Err(e) => return Err(GitError::Failed(format!("cannot run git: {e}"))),
            }
        };
        // Whatever git started may still hold the pipes: read them by the
        // same deadline, never wait past it.
        let stdout = collect(out, deadline).ok_or(GitError::Timeout(self.timeout))?;
        if !status.success() {
            let text = collect(err, deadline).unwrap_or_default();
            // The first line says why (ssh's, or git's `fatal:`); what
            // follows is advice.
            let line = text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("git failed");
            let line = line.strip_prefix("fatal:").unwrap_or(line).trim();
            return Err(GitError::Failed(line.to_string()));
        }
        Ok(stdout)
    }

    /// The commit the remote's branch points at (`None`: no branch yet).
    pub fn remote_head(&self, url: &str) -> std::result::Result<Option<String>, GitError> {
        let out = self.run(Path::new("."), &["ls-remote", "--heads", "--", url, BRANCH])?;
        Ok(out.split_whitespace().next().map(String::from))
    }

    /// Makes `clone` hold exactly the remote's branch (`head`, fetched
    /// from `url`), or no commit at all when the remote has none: commits
    /// and files an interrupted sync left here are dropped.
    pub fn mirror(
        &self,
        clone: &Path,
        url: &str,
        head: Option<&str>,
    ) -> std::result::Result<(), GitError> {
        if !clone.join(".git").is_dir() || (head.is_none() && self.has_commit(clone)) {
            empty_dir(clone).map_err(|e| GitError::Failed(e.to_string()))?;
            self.run(clone, &["init", "-q"])?;
            self.run(
                clone,
                &["symbolic-ref", "HEAD", &format!("refs/heads/{BRANCH}")],
            )?;
            // Commits need a name; these are the clone's, not the user's.
            self.run(clone, &["config", "user.email", "subs@local"])?;
            self.run(clone, &["config", "user.name", "subs"])?;
        }
        if head.is_some() {
            self.run(clone, &["fetch", "-q", "--no-tags", "--", url, BRANCH])?;
            self.run(clone, &["checkout", "-q", "-B", BRANCH, "FETCH_HEAD"])?;
            self.run(clone, &["reset", "-q", "--hard", "FETCH_HEAD"])?;
        }
        self.run(clone, &["clean", "-q", "-f", "-d", "-x"])?;
        Ok(())
    }

    fn has_commit(&self, clone: &Path) -> bool {
        self.run(clone, &["rev-parse", "-q", "--verify", "HEAD"])
            .is_ok()
    }

    /// The clone's commit (`None`: none yet).
    pub fn local_head(&self, clone: &Path) -> std::result::Result<Option<String>, GitError> {
        if !self.has_commit(clone) {
            return Ok(None);
        }
        Ok(Some(
            self.run(clone, &["rev-parse", "HEAD"])?.trim().to_string(),
        ))
    }

    /// Pushes the clone's branch to the remote; with `replaces`, over the
    /// remote's branch as long as it is still that commit.
    pub fn push(
        &self,
        clone: &Path,
        url: &str,
        replaces: Option<&str>,
    ) -> std::result::Result<(), GitError> {
        let lease;
        let mut args = vec!["push", "-q"];
        if let Some(old) = replaces {
            lease = format!("--force-with-lease=refs/heads/{BRANCH}:{old}");
            args.push(&lease);
        }
        args.extend(["--", url, BRANCH]);
        self.run(clone, &args).map(|_| ())
    }
}

/// Removes everything inside `dir` (creating it when missing), keeping the
/// folder itself: its lock stays the one other runs wait for.
fn empty_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() && !path.is_symlink() {
            std::fs::remove_dir_all(&path)?;
        } else {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(())
}

type Pipe = std::sync::mpsc::Receiver<Vec<u8>>;

fn drain(pipe: Option<impl Read + Send + 'static>) -> Option<Pipe> {
    let mut pipe = pipe?;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    Some(rx)
}

/// What a pipe carried, once its writers closed it; `None` when they did
/// not by the deadline.
fn collect(pipe: Option<Pipe>, deadline: Instant) -> Option<String> {
    let Some(rx) = pipe else {
        return Some(String::new());
    };
    let wait = deadline
        .saturating_duration_since(Instant::now())
        .max(Duration::from_secs(1));
    rx.recv_timeout(wait)
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// One sync of a database at a time uses its clone: an exclusive lock on
/// the clone's folder, released when this is dropped (or the process
/// dies).
pub struct CloneLock {
    _dir: std::fs::File,
}

impl CloneLock {
    /// Waits for the lock at most `timeout`.
    pub fn take(clone: &Path, timeout: Duration) -> std::result::Result<CloneLock, String> {
        std::fs::create_dir_all(clone)
            .map_err(|e| format!("cannot create {}: {e}", clone.display()))?;
        let dir = std::fs::File::open(clone)
            .map_err(|e| format!("cannot open {}: {e}", clone.display()))?;
        #[cfg(unix)]
        {
            use std::os::fd::AsRawFd;
            let deadline = Instant::now() + timeout;
            loop {
                // SAFETY: flock(2) on a descriptor this function owns.
                let rc = unsafe { libc::flock(dir.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
                if rc == 0 {
                    break;
                }
                if Instant::now() >= deadline {
                    return Err(format!(
                        "another `subs sync` of this database is running (waited {} s)",
                        timeout.as_secs()
                    ));
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        #[cfg(not(unix))]
        let _ = timeout;
        Ok(CloneLock { _dir: dir })
    }
}

/// The path TaskChampion is given for the clone. It builds glob patterns
/// from that path (`{path}/v-*`) and needs it as UTF-8: a path with `[`,
/// `]`, `*` or `?` (or not UTF-8) is reached through a link in a private
/// temporary folder whose name has none, so every path is a literal.
pub struct PlainPath {
    pub path: PathBuf,
    _dir: Option<tempfile::TempDir>,
}

impl PlainPath {
    pub fn new(clone: &Path) -> std::io::Result<PlainPath> {
        if is_plain(clone) {
            return Ok(PlainPath {
                path: clone.to_path_buf(),
                _dir: None,
            });
        }
        let dir = tempfile::Builder::new().prefix("subs-sync-").tempdir()?;
        let link = dir.path().join("clone");
        if !is_plain(&link) {
            return Err(std::io::Error::other(format!(
                "the folder for temporary files ({}) has a name git's patterns cannot use; set TMPDIR to another",
                dir.path().display()
            )));
        }
        #[cfg(unix)]
        std::os::unix::fs::symlink(clone, &link)?;
        Ok(PlainPath {
            path: link,
            _dir: Some(dir),
        })
    }
}

fn is_plain(path: &Path) -> bool {
    path.to_str()
        .is_some_and(|s| !s.contains(['[', ']', '*', '?', '{', '}']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remotes_are_paths_ssh_https_or_scp_forms() {
        for ok in [
            "/srv/subs.git",
            "relative/dir.git",
            "ssh://me@host/subs.git",
            "https://example.com/subs.git",
            "file:///srv/subs.git",
            "git@myserver:subs-sync.git",
        ] {
            assert!(check_remote(ok).is_ok(), "{ok}");
        }
        for bad in [
            "--upload-pack=touch /tmp/x",
            "-oProxyCommand=x",
            "ext::sh -c touch% /tmp/x",
            "fd::3",
            "http://example.com/subs.git",
            "git://example.com/subs.git",
            "",
            "a\nb",
        ] {
            assert!(check_remote(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_path_with_pattern_characters_is_reached_through_a_plain_one() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let odd = dir.path().join("a[1]*?.db-sync");
        std::fs::create_dir(&odd)?;
        std::fs::write(odd.join("v-x"), b"1")?;
        let plain = PlainPath::new(&odd)?;
        assert!(is_plain(&plain.path));
        assert_eq!(std::fs::read(plain.path.join("v-x"))?, b"1");
        Ok(())
    }
}
