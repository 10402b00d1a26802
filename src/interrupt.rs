//! Ctrl-C and SIGTERM: one handler for the whole run, installed the first
//! time something needs it (a prompt, a temporary file), so a short
//! command pays nothing for it.
//!
//! A prompt holds the terminal in raw mode, and a list hides the cursor;
//! Ctrl-C there makes the terminal library raise SIGINT. The handler shows
//! the cursor again and lets the prompt return "cancelled" (exit 2). Any
//! other time it shows the cursor, removes the temporary files of writes in
//! progress, and exits 130 as the default action would; an open database
//! transaction is rolled back by SQLite.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Once};

static IN_PROMPT: AtomicBool = AtomicBool::new(false);
static PROMPT_CANCELLED: AtomicBool = AtomicBool::new(false);
static TEMP_FILES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
/// The terminal's settings from before a secret was typed with echo off.
static SAVED_TERMINAL: Mutex<Option<libc::termios>> = Mutex::new(None);

fn install() {
    static HANDLER: Once = Once::new();
    HANDLER.call_once(|| {
        let _ = ctrlc::set_handler(on_signal);
    });
}

/// Shows the cursor again, when there is a terminal to show it on.
fn show_cursor() {
    let term = console::Term::stderr();
    if term.is_term() {
        let _ = term.show_cursor();
    }
}

fn on_signal() {
    restore_echo();
    show_cursor();
    if IN_PROMPT.load(Ordering::SeqCst) || PROMPT_CANCELLED.load(Ordering::SeqCst) {
        return;
    }
    if let Ok(files) = TEMP_FILES.lock() {
        for file in files.iter() {
            let _ = std::fs::remove_file(file);
        }
    }
    std::process::exit(130);
}

/// Held while a prompt waits for an answer.
pub struct Prompting;

impl Prompting {
    pub fn start() -> Prompting {
        install();
        IN_PROMPT.store(true, Ordering::SeqCst);
        Prompting
    }
}

impl Drop for Prompting {
    fn drop(&mut self) {
        IN_PROMPT.store(false, Ordering::SeqCst);
    }
}

/// A prompt was left with Ctrl-C or Esc: the run is ending on its own, and
/// the cursor is shown again.
pub fn prompt_cancelled() {
    PROMPT_CANCELLED.store(true, Ordering::SeqCst);
    show_cursor();
}

/// Echo turned off on the terminal of stdin while a secret is typed; on
/// again when dropped, or when Ctrl-C ends the run (which then exits 130).
pub struct EchoOff;

impl EchoOff {
    /// `None` when stdin is not a terminal (or its settings cannot change).
    pub fn start() -> Option<EchoOff> {
        install();
        // SAFETY: termios is plain data; tcgetattr fills it or fails.
        let mut saved: libc::termios = unsafe { std::mem::zeroed() };
        // SAFETY: fd 0 and a valid pointer to a termios.
        if unsafe { libc::tcgetattr(0, &mut saved) } != 0 {
            return None;
        }
        let mut quiet = saved;
        quiet.c_lflag &= !libc::ECHO;
        if let Ok(mut slot) = SAVED_TERMINAL.lock() {
            *slot = Some(saved);
        }
        // SAFETY: fd 0 and a valid termios copied from its own settings.
        if unsafe { libc::tcsetattr(0, libc::TCSANOW, &quiet) } != 0 {
            restore_echo();
            return None;
        }
        Some(EchoOff)
    }

    /// One line typed with echo off (a secret), without its line end.
    pub fn read_line() -> std::io::Result<String> {
        let echo_off = EchoOff::start();
        let mut line = String::new();
        let read = std::io::stdin().read_line(&mut line);
        drop(echo_off);
        read?;
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        restore_echo();
    }
}

/// Puts back the terminal settings a secret prompt changed, if any.
fn restore_echo() {
    if let Ok(mut slot) = SAVED_TERMINAL.lock()
        && let Some(saved) = slot.take()
    {
        // SAFETY: fd 0 and the settings read from it before.
        unsafe { libc::tcsetattr(0, libc::TCSANOW, &saved) };
    }
}

/// A temporary file that a signal removes; dropping the guard forgets it
/// (the writer has renamed or removed it by then).
pub struct TempFile(PathBuf);

impl TempFile {
    pub fn register(path: &Path) -> TempFile {
        install();
        if let Ok(mut files) = TEMP_FILES.lock() {
            files.push(path.to_path_buf());
        }
        TempFile(path.to_path_buf())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Ok(mut files) = TEMP_FILES.lock() {
            files.retain(|f| f != &self.0);
        }
    }
}
