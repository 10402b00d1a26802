//! Running a channel's program (a command channel's, `apprise`) under one
//! deadline, in its own process group killed whole on the deadline, and
//! the private temporary file that hands it what must not be on its
//! command line.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::Failure;
use super::remote::{seconds, without_controls};

/// The last line of what a program wrote on stderr (at most the last
/// 64 KiB are kept), terminal-safe, for the failure text.
fn last_line(stderr: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(stderr);
    text.lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .map(|l| without_controls(l, false))
}

/// Runs a program in its own process group with one deadline for all of
/// it: writing `input` to its stdin (on a thread, so a program that never
/// reads cannot stall the run), its exit, and reading its stderr. On the
/// deadline the whole group is killed (a `sleep 30` it started goes too).
/// A failure names the last line of its stderr.
pub(super) fn run_program(
    mut program: Command,
    input: Option<Vec<u8>>,
    limit: Duration,
    what: &str,
    missing: Option<&str>,
) -> Result<(), Failure> {
    use std::os::unix::process::CommandExt;
    let started = Instant::now();
    program
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = match program.spawn() {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && missing.is_some() => {
            return Err(Failure::Other(missing.unwrap_or_default().to_string()));
        }
        Err(e) => return Err(Failure::Other(format!("cannot run {what}: {e}"))),
    };
    // The group's id is the child's pid (process_group(0)).
    let group = i32::try_from(child.id()).unwrap_or(0);
    if let (Some(mut stdin), Some(input)) = (child.stdin.take(), input) {
        std::thread::spawn(move || {
            // A program that exits without reading all of it is fine.
            let _ = stdin.write_all(&input);
        });
    }
    let (stderr, done_rx) = keep_tail(child.stderr.take());
    let last = |stderr: &std::sync::Mutex<Vec<u8>>| {
        stderr
            .lock()
            .ok()
            .and_then(|s| last_line(&s))
            .map(|l| format!(" (its last words: {l})"))
            .unwrap_or_default()
    };
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                // Its stderr closes with it (unless a child it left behind
                // holds it): wait for the rest, within the deadline.
                let left = limit.saturating_sub(started.elapsed());
                let _ = done_rx.recv_timeout(left.min(Duration::from_millis(500)));
                if status.success() {
                    return Ok(());
                }
                return Err(Failure::Other(match status.code() {
                    Some(code) => format!("{what} exited with {code}{}", last(&stderr)),
                    None => format!("{what} was killed by a signal{}", last(&stderr)),
                }));
            }
            Ok(None) if started.elapsed() >= limit => {
                kill_group(group);
                let _ = child.kill();
                let _ = child.wait();
                let _ = done_rx.recv_timeout(Duration::from_millis(200));
                return Err(Failure::Timeout(format!(
                    "{what} did not finish within {}: stopped, with every process it started{}",
                    seconds(limit),
                    last(&stderr)
                )));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => {
                kill_group(group);
                return Err(Failure::Other(format!("{what}: {e}")));
            }
        }
    }
}

/// The last 64 KiB a program writes to `pipe`, kept by a thread; the
/// receiver hears when the pipe closed.
fn keep_tail(
    pipe: Option<std::process::ChildStderr>,
) -> (
    std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    mpsc::Receiver<()>,
) {
    let (done_tx, done_rx) = mpsc::channel();
    let stderr = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    if let Some(mut pipe) = pipe {
        let kept = std::sync::Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut kept) = kept.lock() {
                    kept.extend_from_slice(&buf[..n]);
                    let excess = kept.len().saturating_sub(64 * 1024);
                    kept.drain(..excess);
                }
            }
            let _ = done_tx.send(());
        });
    }
    (stderr, done_rx)
}

/// SIGKILL to a whole process group.
fn kill_group(group: i32) {
    if group > 0 {
        // SAFETY: killpg has no memory effects; a group that is gone
        // already makes it return ESRCH, which is fine.
        unsafe {
            libc::killpg(group, libc::SIGKILL);
        }
    }
}

/// A file only its owner can read (0600, created new, in the temporary
/// folder), removed when dropped and by Ctrl-C.
pub(super) struct PrivateFile {
    pub(super) path: std::path::PathBuf,
    _guard: crate::interrupt::TempFile,
}

impl PrivateFile {
    pub(super) fn write(what: &str, content: &str) -> std::io::Result<PrivateFile> {
        use std::os::unix::fs::OpenOptionsExt;
        let path =
            std::env::temp_dir().join(format!("subs-{what}-{}.txt", uuid::Uuid::new_v4().simple()));
        let guard = crate::interrupt::TempFile::register(&path);
        let file = PrivateFile {
            path,
            _guard: guard,
        };
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&file.path)?;
        f.write_all(content.as_bytes())?;
        f.sync_all()?;
        Ok(file)
    }
}

impl Drop for PrivateFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
