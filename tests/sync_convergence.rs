//! Convergence: three devices each run 200 random commands (add, edit,
//! delete, pay, refund, log usage, alerts generate, category add, undo,
//! read) with random syncs between them; after two rounds of sync, every
//! device's backup holds the same data (local ids aside), for each of 12
//! seeds (`SUBS_SEEDS=n` runs seeds 1 to n, for a longer search). A
//! failing seed is printed, so `SUBS_SEED=n` replays it alone.
//!
//! Commands run in this process through the library (`subs::run`), as the
//! binary runs them, so the test spends its time in subs and git rather
//! than in starting 18,000 processes; syncs go through a bare git remote.

// Only the tool checks of the cli tests' `common` (sync_support needs them).
#[path = "cli/common/tool.rs"]
mod common;
#[path = "cli/sync_support.rs"]
mod sync_support;

use std::path::Path;

use clap::Parser;

/// Seeds run by default: a sync now fetches, checks and pushes with git
/// itself, so each costs more processes; 12 keep the suite within minutes.
const SEEDS: u64 = 12;
const DEVICES: usize = 3;
const COMMANDS: usize = 200;

/// A small, seedable generator (splitmix64): the same seed, the same run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

/// Runs one subs command on a database; whether it succeeded.
fn subs(db: &Path, today: &str, args: &[&str]) -> Result<(), String> {
    let db = db.to_string_lossy();
    let mut argv = vec!["subs", "-q", "--db", &db, "--today", today];
    argv.extend_from_slice(args);
    let cli = subs::cli::Cli::try_parse_from(&argv).map_err(|e| format!("{argv:?}: {e}"))?;
    subs::run(cli).map_err(|e| format!("{argv:?}: {e}"))
}

const NAMES: &[&str] = &["Netflix", "Spotify", "Gym", "Cloud", "News", "Games"];
const DAYS: &[&str] = &["2026-11-27", "2026-11-28", "2026-12-05", "2026-12-28"];

/// One random command (which may fail, as a person's may: a name two
/// devices both added is ambiguous, a charge may be paid already).
fn random_command(rng: &mut Rng) -> Vec<String> {
    let name = rng.pick(NAMES).to_lowercase();
    let amount = format!("{}.{:02}", 1 + rng.below(40), rng.below(100));
    let words: Vec<String> = match rng.below(13) {
        0 | 1 => {
            let mut add = vec![
                "add".into(),
                rng.pick(NAMES).into(),
                "--amount".into(),
                amount,
                "--start".into(),
                rng.pick(&["2026-11-27", "2026-10-28", "2026-06-05"]).into(),
            ];
            match rng.below(3) {
                0 => add.extend(["--cycle".into(), "monthly".into()]),
                1 => add.extend(["--cycle".into(), "yearly".into()]),
                _ => add.extend([
                    "--cycle".into(),
                    "custom".into(),
                    "--every-days".into(),
                    (7 + rng.below(60)).to_string(),
                ]),
            }
            if rng.below(2) == 0 {
                add.extend(["--category".into(), rng.pick(&["Video", "Music"]).into()]);
            }
            add
        }
        2 => vec!["edit".into(), name, "--amount".into(), amount],
        3 => match rng.below(3) {
            0 => vec![
                "edit".into(),
                name,
                "--cycle".into(),
                "custom".into(),
                "--every-days".into(),
                (7 + rng.below(60)).to_string(),
            ],
            1 => vec!["edit".into(), name, "--cycle".into(), "yearly".into()],
            _ => vec![
                "edit".into(),
                name,
                "--notes".into(),
                format!("note {}", rng.below(9)),
            ],
        },
        4 => vec!["delete".into(), name, "--yes".into()],
        5 | 6 => match rng.below(2) {
            0 => vec!["pay".into(), name],
            _ => vec!["pay".into(), name, "--due".into(), "2026-12-27".into()],
        },
        7 => vec![
            "pay".into(),
            name,
            "--status".into(),
            "refunded".into(),
            "--amount".into(),
            "1".into(),
            "--due".into(),
            "2026-11-27".into(),
        ],
        8 => vec![
            "log-usage".into(),
            name,
            "--count".into(),
            (1 + rng.below(3)).to_string(),
        ],
        9 => vec!["alerts".into(), "generate".into()],
        10 => vec![
            "category".into(),
            "add".into(),
            rng.pick(&["Video", "Music", "Work"]).into(),
        ],
        11 => vec!["undo".into()],
        _ => vec!["list".into()],
    };
    words
}

/// One seed: returns a description of the first difference, if any.
fn run_seed(seed: u64, root: &Path) -> Result<i64, String> {
    let dir = root.join(format!("seed{seed}"));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let remote = sync_support::bare_remote(&dir.join("remote.git"));
    let dbs: Vec<_> = (0..DEVICES).map(|i| dir.join(format!("d{i}.db"))).collect();
    let mut rng = Rng(seed);
    let today = DAYS[0];
    subs(&dbs[0], today, &["sync", "init", &remote])?;
    for db in &dbs[1..] {
        subs(db, today, &["sync", "join", &remote])?;
    }
    for _ in 0..COMMANDS * DEVICES {
        let device = rng.below(DEVICES);
        let day = rng.pick(DAYS);
        if rng.below(100) == 0 {
            subs(&dbs[device], day, &["sync"]).map_err(|e| format!("seed {seed}: {e}"))?;
            continue;
        }
        let words = random_command(&mut rng);
        let args: Vec<&str> = words.iter().map(String::as_str).collect();
        let _ = subs(&dbs[device], day, &args);
    }
    for _ in 0..2 {
        for db in &dbs {
            subs(db, today, &["sync"]).map_err(|e| format!("seed {seed}: {e}"))?;
        }
    }
    let mut exports = Vec::new();
    for (i, db) in dbs.iter().enumerate() {
        let out = dir.join(format!("d{i}.json"));
        let out_text = out.to_string_lossy().into_owned();
        subs(
            db,
            today,
            &["export", "--format", "json", "-o", &out_text, "--force"],
        )?;
        let text = std::fs::read_to_string(&out).map_err(|e| e.to_string())?;
        exports.push(sync_support::canonical(&text));
    }
    for (i, export) in exports.iter().enumerate().skip(1) {
        if export != &exports[0] {
            let diff: Vec<String> = exports[0]
                .lines()
                .zip(export.lines())
                .filter(|(a, b)| a != b)
                .take(3)
                .map(|(a, b)| format!("device 0: {a}\ndevice {i}: {b}"))
                .collect();
            return Err(format!(
                "seed {seed}: device {i} differs from device 0 after two rounds of sync\n{}",
                diff.join("\n")
            ));
        }
    }
    if !exports[0].contains("\"subscription_id\"") {
        return Err(format!("seed {seed}: the run made no subscription at all"));
    }
    // Payments the projection left out (paid on two devices).
    let conn = rusqlite::Connection::open(&dbs[0]).map_err(|e| e.to_string())?;
    let doubled: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM tc_task WHERE data LIKE '%\"type\":\"payments\"%')
                  - (SELECT count(*) FROM payment)",
            [],
            |r| r.get(0),
        )
        .map_err(|e| e.to_string())?;
    Ok(doubled)
}

#[test]
fn three_devices_converge_after_random_commands_and_syncs() {
    if !sync_support::have_git() {
        return;
    }
    // SAFETY: this is the only test of this binary, and no other thread
    // has started when the variable is set.
    unsafe { std::env::set_var("SUBS_SYNC_SECRET", "convergence") };
    let root = tempfile::tempdir().expect("temp dir");
    let seeds: Vec<u64> = match std::env::var("SUBS_SEED") {
        Ok(one) => vec![one.parse().expect("SUBS_SEED is a number")],
        Err(_) => {
            let n = match std::env::var("SUBS_SEEDS") {
                Ok(n) => n.parse().expect("SUBS_SEEDS is a number"),
                Err(_) => SEEDS,
            };
            (1..=n).collect()
        }
    };
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(2, 4)
        + 1;
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    let doubled = std::sync::atomic::AtomicI64::new(0);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let Some(&seed) = seeds.get(i) else { break };
                    match run_seed(seed, root.path()) {
                        Ok(n) => {
                            doubled.fetch_add(n, std::sync::atomic::Ordering::SeqCst);
                        }
                        Err(e) => failures.lock().unwrap().push(e),
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    if seeds.len() > 1 {
        assert!(
            doubled.into_inner() > 0,
            "the runs met no charge paid on two devices: the commands do not exercise the merge"
        );
    }
}
