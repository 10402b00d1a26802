//! Opening the database file safely: private permissions, a SQLite header
//! check, refusing files from a newer subs, then WAL and migrations.

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, FileControl, OpenFlags, OptionalExtension};

use crate::error::{Error, Result};

mod embedded {
    refinery::embed_migrations!("migrations");
}

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
const HISTORY_TABLE: &str = "refinery_schema_history";

/// The newest schema version this build knows (computed by build.rs from
/// the file names in migrations/; a unit test checks it against refinery).
pub const LATEST_SCHEMA_VERSION: i64 = parse_version(env!("SUBS_LATEST_SCHEMA_VERSION"));

const fn parse_version(s: &str) -> i64 {
    let bytes = s.as_bytes();
    let mut value = 0;
    let mut i = 0;
    while i < bytes.len() {
        value = value * 10 + (bytes[i] - b'0') as i64;
        i += 1;
    }
    value
}

/// SQLite's process-wide settings, made before its first connection
/// (afterwards SQLite refuses them, and they are left as they are): no
/// memory statistics, which subs never reads and which take a global mutex
/// around every one of SQLite's allocations (a twelfth of a reading
/// command's instructions). Call it while the process has one thread.
pub fn configure() {
    // SAFETY: SQLITE_CONFIG_MEMSTATUS takes one int; sqlite3_config only
    // sets a global before sqlite3_initialize and returns SQLITE_MISUSE
    // after it. The caller runs it before any other thread exists.
    unsafe {
        rusqlite::ffi::sqlite3_config(rusqlite::ffi::SQLITE_CONFIG_MEMSTATUS, 0);
    }
}

/// The profile `subs demo` fills (never the user's own database).
pub const DEMO_PROFILE: &str = "demo";

/// The per-user database: `subs.db` in the platform's data directory, or
/// `NAME.db` beside it for `--profile NAME`.
pub fn default_path(profile: Option<&str>) -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "subs").ok_or_else(|| {
        Error::runtime("cannot find your home directory to keep the database in; pass --db PATH or set SUBS_DB")
    })?;
    let file = format!("{}.db", profile.unwrap_or("subs"));
    Ok(dirs.data_dir().join(file))
}

/// An empty, migrated database in memory: what a read-only command sees
/// while the file does not exist yet (it is created by the first change).
pub(super) fn in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    embedded::migrations::runner()
        .set_grouped(true)
        .run(&mut conn)?;
    harden(&conn)?;
    Ok(conn)
}

/// SQLite's defensive mode: no statement of subs (nor anything read from
/// the file) can corrupt the database through its schema or pages.
fn harden(conn: &Connection) -> rusqlite::Result<()> {
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    Ok(())
}

/// Pages of a file up to this size are read from the file mapped into
/// memory rather than copied by one `pread` each into SQLite's page cache:
/// a cron run reads each page it needs once, from the operating system's
/// cache, where SQLite's own 2 MiB cache evicted and read the same pages
/// again (3,393 reads for a run over 1,000 subscriptions). A larger file
/// (tens of thousands of subscriptions with years of payments) is read as
/// before: mapped, every page a command touches would count in its
/// resident memory. Writes still go through the write-ahead log.
const MAP_LIMIT: i64 = 64 << 20;

fn map_pages(conn: &Connection, path: &Path) -> rusqlite::Result<()> {
    if is_mapped(path.metadata().ok().map(|m| m.len())) {
        conn.pragma_update(None, "mmap_size", MAP_LIMIT)?;
    }
    Ok(())
}

/// Whether a file of `len` bytes (unknown: not) is read through a map.
fn is_mapped(len: Option<u64>) -> bool {
    len.and_then(|len| i64::try_from(len).ok())
        .is_some_and(|len| len <= MAP_LIMIT)
}

/// How a file on read-only media (or in a folder subs may not write) is
/// read: without the write-ahead log's shared-memory file, which cannot be
/// created there. `mode=ro` first; `immutable=1` when even that needs a
/// file it cannot make.
fn open_read_only(path: &Path) -> Result<Connection> {
    check_header(path)?;
    let shown = path.display();
    let uri = file_uri(path);
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let attempt = |suffix: &str| -> rusqlite::Result<(Connection, i64)> {
        let conn = Connection::open_with_flags(format!("{uri}?{suffix}"), flags)?;
        map_pages(&conn, path)?;
        let found = schema_version(&conn)?;
        Ok((conn, found))
    };
    let (conn, found) = attempt("mode=ro")
        .or_else(|_| attempt("immutable=1"))
        .map_err(|e| describe(path, e))?;
    if found == 0 && is_foreign(&conn).map_err(|e| describe(path, e))? {
        return Err(foreign(path));
    }
    if found != LATEST_SCHEMA_VERSION {
        return Err(Error::runtime(format!(
            "{shown} cannot be written, and it is from {} version of subs (schema version {found}, this subs reads {LATEST_SCHEMA_VERSION}); copy it to a folder you can write to and open the copy",
            if found > LATEST_SCHEMA_VERSION {
                "a newer"
            } else {
                "an older"
            }
        )));
    }
    conn.execute_batch("PRAGMA query_only = ON;")?;
    Ok(conn)
}

/// The first of the database, its `-wal`, its `-shm` and its folder that
/// exists and cannot be written (read-only media, permissions), if any.
pub(super) fn unwritable_part(path: &Path) -> Option<PathBuf> {
    let mut parts: Vec<PathBuf> = ["", "-wal", "-shm"]
        .iter()
        .map(|suffix| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            PathBuf::from(name)
        })
        .collect();
    parts.push(
        path.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf(),
    );
    parts
        .into_iter()
        .find(|part| part.exists() && !writable(part))
}

/// Whether the owner's write bit of a regular file is set (anything else:
/// true). A database file without it is read-only for subs, whoever runs it.
fn owner_may_write(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        !fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o200 == 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        true
    }
}

/// Whether this process may write `path` (permissions and read-only
/// mounts both count, for root too, and so does a file whose owner may
/// not write it).
fn writable(path: &Path) -> bool {
    if !owner_may_write(path) {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let Ok(name) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
            return true;
        };
        // SAFETY: `name` is a valid NUL-terminated string for the call.
        unsafe { libc::access(name.as_ptr(), libc::W_OK) == 0 }
    }
    #[cfg(not(unix))]
    {
        !path.metadata().is_ok_and(|m| m.permissions().readonly())
    }
}

/// A `file:` URI for SQLite, with every byte outside the plain set
/// percent-encoded (so `?`, `#` and `%` in a path stay part of it).
fn file_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for &b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

/// Whether an open failed because the file or its folder cannot be
/// written (read-only media, a folder of another user): such a file can
/// still be read.
fn is_unwritable(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ffi::ErrorCode::ReadOnly | rusqlite::ffi::ErrorCode::CannotOpen)
    )
}

/// A connection and whether it can only read.
pub(super) struct Opened {
    pub conn: Connection,
    pub read_only: bool,
    /// This open made the file (it did not exist).
    pub created: bool,
    /// Something the user should know (a file others can read).
    pub note: Option<String>,
}

pub(super) fn open(path: &Path, wait: Duration) -> Result<Opened> {
    let created = create_private(path)?;
    check_header(path)?;
    let note = if created { None } else { tighten(path) };
    if !created && !owner_may_write(path) {
        // Its owner made it read-only: read it, never write it (root, too,
        // whom the kernel would let write).
        return open_read_only(path).map(|conn| Opened {
            conn,
            read_only: true,
            created,
            note,
        });
    }
    // Processes that open a brand-new file at the same moment can see
    // SQLITE_BUSY while another one switches it to WAL or migrates it —
    // returned at once, not after the busy timeout. That is transient, so
    // the whole open is retried, within one deadline: a lock held for
    // longer (another program's EXCLUSIVE locking mode) ends the wait.
    let deadline = std::time::Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match open_once(path, left) {
            Ok(conn) => {
                // Later writes wait for the lock as long as opening could.
                conn.busy_timeout(wait).map_err(|e| describe(path, e))?;
                return Ok(Opened {
                    conn,
                    read_only: false,
                    created,
                    note,
                });
            }
            Err(Failure::Sqlite(e)) if is_busy(&e) => {
                if std::time::Instant::now() >= deadline {
                    return Err(Error::runtime(format!(
                        "{} is locked by another process (another subs, or a program holding it open with an exclusive lock); gave up after {}; try again later",
                        path.display(),
                        seconds(wait)
                    )));
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(Failure::Sqlite(e)) if is_unwritable(&e) && path.is_file() => {
                return open_read_only(path).map(|conn| Opened {
                    conn,
                    read_only: true,
                    created,
                    note,
                });
            }
            Err(Failure::Sqlite(e)) => return Err(describe(path, e)),
            Err(Failure::Subs(e)) => return Err(e),
        }
    }
}

enum Failure {
    Sqlite(rusqlite::Error),
    Subs(Error),
}

impl From<rusqlite::Error> for Failure {
    fn from(e: rusqlite::Error) -> Self {
        Failure::Sqlite(e)
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ffi::ErrorCode::DatabaseBusy | rusqlite::ffi::ErrorCode::DatabaseLocked)
    )
}

fn seconds(d: Duration) -> String {
    match d.as_secs() {
        1 => "1 second".to_string(),
        n => format!("{n} seconds"),
    }
}

fn open_once(path: &Path, wait: Duration) -> Result<Connection, Failure> {
    let shown = path.display();
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| {
        Failure::Subs(Error::runtime(format!(
            "cannot open the database {shown}: {e}"
        )))
    })?;
    conn.busy_timeout(wait)?;
    map_pages(&conn, path)?;

    // Decide before changing anything (even the journal mode): a file from
    // a newer subs is left exactly as it is.
    let found = schema_version(&conn)?;
    if found == 0 && is_foreign(&conn)? {
        return Err(Failure::Subs(foreign(path)));
    }
    let latest = LATEST_SCHEMA_VERSION;
    if found > latest {
        return Err(Failure::Subs(Error::runtime(format!(
            "the database {shown} was written by a newer version of subs (schema version {found}, this subs knows up to {latest}); upgrade subs to use it"
        ))));
    }

    conn.pragma_update(None, "journal_mode", "WAL")?;
    // Keep the write-ahead log file between runs: the last connection to
    // close checkpoints it and, with a journal size limit set, truncates it
    // to nothing instead of deleting it. Each short-lived command then skips
    // creating and removing it and its index (a quarter of a run's system
    // calls).
    conn.file_control(None::<&str>, FileControl::PersistWal(&mut 1))?;
    conn.execute_batch(
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 4194304; PRAGMA temp_store = MEMORY;",
    )?;

    if found < latest {
        migrate(&mut conn, path).map_err(Failure::Subs)?;
    }
    harden(&conn)?;
    Ok(conn)
}

fn foreign(path: &Path) -> Error {
    Error::runtime(format!(
        "{} is a database of another program (it has tables, none of them subs'); subs leaves it as it is — check --db or SUBS_DB",
        path.display()
    ))
}

/// subs marks its files with this application id ('SUBS').
const APPLICATION_ID: i64 = 0x5355_4253;

/// A file with tables but without subs' schema history or mark: another
/// program's database, not to be migrated into.
fn is_foreign(conn: &Connection) -> rusqlite::Result<bool> {
    let app: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if app == APPLICATION_ID {
        return Ok(false);
    }
    // subs' own history table alone is a file another subs process is
    // creating right now (refinery makes it before the first migration).
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> ?1)",
        [HISTORY_TABLE],
        |r| r.get(0),
    )
}

/// The highest migration applied to the file; 0 for a new file.
pub fn schema_version(conn: &Connection) -> rusqlite::Result<i64> {
    let has_history: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)",
        [HISTORY_TABLE],
        |row| row.get(0),
    )?;
    if !has_history {
        return Ok(0);
    }
    let version: Option<i64> = conn
        .query_row(
            &format!("SELECT max(version) FROM {HISTORY_TABLE}"),
            [],
            |row| row.get(0),
        )
        .optional()?
        .flatten();
    Ok(version.unwrap_or(0))
}

fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    // Several processes may open a new (or old) file at once; each tries to
    // migrate, and all but one fail with "busy" or "already exists". A
    // loser waits for the winner and succeeds once the file is current.
    let mut last_error = None;
    for attempt in 0..100 {
        if attempt > 0 {
            std::thread::sleep(Duration::from_millis(50));
        }
        if schema_version(conn).map_err(|e| describe(path, e))? >= LATEST_SCHEMA_VERSION {
            return Ok(());
        }
        match embedded::migrations::runner().set_grouped(true).run(conn) {
            Ok(_) => return Ok(()),
            // Another process migrating the same file at this moment.
            Err(err) if is_contention(&err) => last_error = Some(err),
            Err(err) => return Err(Error::from(err)),
        }
    }
    Err(last_error.map_or_else(
        || Error::runtime("could not migrate the database"),
        Error::from,
    ))
}

/// Whether a migration failed because another process was migrating the
/// same file (worth waiting for), not because of the file itself.
fn is_contention(err: &refinery::Error) -> bool {
    let text = err.to_string().to_ascii_lowercase();
    ["locked", "busy", "already exists", "unique constraint"]
        .iter()
        .any(|w| text.contains(w))
}

/// Creates the file (0600) and any missing folders (0700) before SQLite
/// does, so the data is private from the first byte. True when it made
/// the file.
fn create_private(path: &Path) -> Result<bool> {
    if let Ok(meta) = fs::metadata(path) {
        if meta.is_dir() {
            return Err(Error::runtime(format!(
                "the database path {} is a directory, not a file",
                path.display()
            )));
        }
        if !meta.is_file() {
            // Reading a FIFO would wait forever for a writer.
            return Err(Error::runtime(format!(
                "the database path {} is not a regular file (a pipe, device or socket); check --db or SUBS_DB",
                path.display()
            )));
        }
        return Ok(false);
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && !parent.exists()
    {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(parent).map_err(|e| {
            Error::runtime(format!(
                "cannot create the folder {}: {e}",
                parent.display()
            ))
        })?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(Error::runtime(format!(
            "cannot create the database {}: {e}",
            path.display()
        ))),
    }
}

/// A database file (and its `-wal`/`-shm`) that others may read is made
/// private (0600) when this user owns it; otherwise the returned note says
/// so, for the command to show.
pub(super) fn tighten(path: &Path) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        let mut loose = Vec::new();
        for suffix in ["", "-wal", "-shm"] {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            let file = PathBuf::from(name);
            let Ok(meta) = fs::metadata(&file) else {
                continue;
            };
            if !meta.is_file() || meta.mode() & 0o077 == 0 {
                continue;
            }
            // Group and other bits only: a file its owner made read-only
            // (0444) stays read-only (0400).
            let tightened = meta.uid() == me
                && fs::set_permissions(&file, fs::Permissions::from_mode(meta.mode() & 0o700))
                    .is_ok();
            if !tightened {
                loose.push(file.display().to_string());
            }
        }
        (!loose.is_empty()).then(|| {
            format!(
                "{} can be read by other users of this machine, and subs cannot change that (it is not your file); chmod 600 it",
                loose.join(", ")
            )
        })
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// An empty file is a new database; anything else must start with the
/// SQLite header, so a wrong `--db` gets a clear message and stays untouched.
fn check_header(path: &Path) -> Result<()> {
    let mut file = fs::File::open(path)
        .map_err(|e| Error::runtime(format!("cannot read the database {}: {e}", path.display())))?;
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => {
                return Err(Error::runtime(format!(
                    "cannot read the database {}: {e}",
                    path.display()
                )));
            }
        }
    }
    if read == 0 || &header == SQLITE_HEADER {
        Ok(())
    } else {
        Err(not_a_database(path))
    }
}

fn not_a_database(path: &Path) -> Error {
    Error::runtime(format!(
        "{} is not a subs database (it is not a SQLite file); check --db or SUBS_DB",
        path.display()
    ))
}

fn describe(path: &Path, err: rusqlite::Error) -> Error {
    match err.sqlite_error_code() {
        Some(rusqlite::ffi::ErrorCode::NotADatabase) => not_a_database(path),
        _ => Error::from(err),
    }
}

#[cfg(test)]
mod tests {
    type TestResult = Result<(), Box<dyn std::error::Error>>;

    use super::*;

    #[test]
    fn latest_version_matches_the_embedded_migrations() -> TestResult {
        let embedded = embedded::migrations::runner()
            .get_migrations()
            .iter()
            .map(|m| i64::from(m.version()))
            .max()
            .unwrap_or(0);
        assert_eq!(LATEST_SCHEMA_VERSION, embedded);
        Ok(())
    }

    /// Pages are read through a memory map, by a connection that may write
    /// and by one that only reads (a file its owner made read-only); a file
    /// over the limit is read without one.
    #[cfg(unix)]
    #[test]
    fn connections_read_pages_through_a_memory_map_up_to_the_limit() -> TestResult {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("subs.db");
        let mapped = |c: &Connection| c.query_row("PRAGMA mmap_size", [], |r| r.get::<_, i64>(0));
        let opened = open(&path, Duration::from_secs(10))?;
        assert!(!opened.read_only);
        assert_eq!(mapped(&opened.conn)?, MAP_LIMIT);
        drop(opened);
        // Bytes past the pages SQLite counts in the header are not read:
        // a sparse tail makes the file large without making it another.
        let file = std::fs::OpenOptions::new().write(true).open(&path)?;
        let limit = u64::try_from(MAP_LIMIT)?;
        file.set_len(limit + 4096)?;
        drop(file);
        let opened = open(&path, Duration::from_secs(10))?;
        assert_eq!(mapped(&opened.conn)?, 0);
        drop(opened);
        let file = std::fs::OpenOptions::new().write(true).open(&path)?;
        file.set_len(limit)?;
        drop(file);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400))?;
        let opened = open(&path, Duration::from_secs(10))?;
        assert!(opened.read_only);
        assert_eq!(mapped(&opened.conn)?, MAP_LIMIT);
        assert!(!is_mapped(None));
        Ok(())
    }

    #[test]
    fn global_ids_fill_existing_rows_each_with_its_own() -> TestResult {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("old.db");
        let mut conn = Connection::open(&path)?;
        embedded::migrations::runner()
            .set_target(refinery::Target::Version(3))
            .run(&mut conn)?;
        conn.execute_batch(
            "INSERT INTO category (name, name_key, color, icon, created_at)
                 VALUES ('A', 'a', '#000000', 'x', ''), ('B', 'b', '#000000', 'x', '');",
        )?;
        drop(conn);
        let conn = open(&path, Duration::from_secs(10))?.conn;
        let uids: Vec<String> = conn
            .prepare("SELECT uid FROM category ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        assert_eq!(uids.len(), 2);
        assert_ne!(uids[0], uids[1], "each row has its own id");
        for uid in &uids {
            let parsed = uuid::Uuid::parse_str(uid)?;
            assert_eq!(parsed.get_version_num(), 4, "{uid}");
        }
        Ok(())
    }

    /// V18 copies the alert table to widen its CHECK: alerts, their
    /// deliveries (which a dropped table would cascade away) and the id
    /// sequence come through.
    #[test]
    fn the_alert_table_copy_keeps_alerts_deliveries_and_ids() -> TestResult {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("v17.db");
        let mut conn = Connection::open(&path)?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        embedded::migrations::runner()
            .set_target(refinery::Target::Version(17))
            .run(&mut conn)?;
        conn.execute_batch(
            "INSERT INTO subscription (subscription_id, name, provider, amount, currency, billing_cycle,
                 start_date, billing_anchor, next_billing_date, created_at, updated_at)
                 VALUES ('SUB0000000000000000000001', 'A', 'A', 100, 'USD', 'monthly',
                         '2026-01-01', '2026-01-01', '2026-02-01', '', '');
             INSERT INTO alert (subscription_id, alert_type, title, message, alert_date, occurrence, created_at, uid)
                 VALUES ('SUB0000000000000000000001', 'renewal_reminder', 't', 'm', '2026-01-29', 'x', '', 'u1'),
                        ('SUB0000000000000000000001', 'payment_due', 't', 'm', '2026-01-29', 'y', '', 'u2'),
                        ('SUB0000000000000000000001', 'status_change', 't', 'm', '2026-01-29', 'z', '', 'u3');
             DELETE FROM alert WHERE uid = 'u3';
             INSERT INTO channel (name, kind, settings, created_at, uid)
                 VALUES ('c', 'command', '{}', '', 'c1');
             INSERT INTO delivery (alert_id, channel_id, created_at) VALUES (1, 1, ''), (2, 1, '');",
        )
        ?;
        drop(conn);
        let conn = open(&path, Duration::from_secs(10))?.conn;
        let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
        assert_eq!(count("SELECT count(*) FROM alert")?, 2);
        assert_eq!(count("SELECT count(*) FROM delivery")?, 2);
        assert_eq!(
            count("SELECT seq FROM sqlite_sequence WHERE name = 'alert'")?,
            3,
            "a deleted alert's id is not handed out again"
        );
        assert_eq!(count("SELECT count(*) FROM pragma_foreign_key_check")?, 0);
        conn.execute_batch(
            "INSERT INTO alert (subscription_id, alert_type, title, message, alert_date, occurrence, created_at, uid)
                 VALUES ('SUB0000000000000000000001', 'trial_ending', 't', 'm', '2026-01-29', 'w', '', 'u4');",
        )
        ?;
        assert_eq!(count("SELECT max(id) FROM alert")?, 4);
        Ok(())
    }
}
