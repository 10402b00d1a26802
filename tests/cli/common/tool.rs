//! Tools a test needs from the machine (git, hledger, a mail server…):
//! without one the test is skipped, except under CI=true, where it fails
//! (.ci/run installs them). Shared by the cli tests and, through
//! `sync_support`, by the sync convergence test (whose `common` is this
//! file alone).

/// Whether `tool --version` runs here; see [`needed`].
#[track_caller]
pub fn have(tool: &str) -> bool {
    needed(runs(tool, &["--version"]), tool)
}

/// Whether `program ARGS` starts and succeeds here.
pub fn runs(program: &str, args: &[&str]) -> bool {
    std::process::Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// `found`, after saying a test is skipped without `what` (and failing
/// under CI=true, where every tool must be here).
#[track_caller]
pub fn needed(found: bool, what: &str) -> bool {
    if !found {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "{what} is needed for this test (.ci/run installs it)"
        );
        eprintln!("skipped: {what} is not here");
    }
    found
}
