//! Completions (`completions/`) and man pages (`man/`) are generated from
//! the clap definitions in `src/cli.rs` and committed. This test fails when
//! they are stale. Regenerate them with:
//!
//!     SUBS_REGENERATE=1 cargo test --test cli generated

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;
use subs::cli::Cli;

fn generate(completions: &Path, man: &Path) {
    fs::create_dir_all(completions).unwrap();
    fs::create_dir_all(man).unwrap();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::Elvish,
        Shell::PowerShell,
    ] {
        clap_complete::generate_to(shell, &mut Cli::command(), "subs", completions).unwrap();
    }
    clap_mangen::generate_to(Cli::command(), man).unwrap();
}

fn read_dir(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let Ok(entries) = fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .map(|e| e.unwrap())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn completions_and_man_pages_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (completions, man) = (root.join("completions"), root.join("man"));
    if std::env::var_os("SUBS_REGENERATE").is_some() {
        let _ = fs::remove_dir_all(&completions);
        let _ = fs::remove_dir_all(&man);
        generate(&completions, &man);
        return;
    }
    let fresh = tempfile::tempdir().unwrap();
    generate(&fresh.path().join("completions"), &fresh.path().join("man"));
    for (committed, generated) in [
        (&completions, fresh.path().join("completions")),
        (&man, fresh.path().join("man")),
    ] {
        let want = read_dir(&generated);
        let have = read_dir(committed);
        let want_names: Vec<_> = want.keys().collect();
        let have_names: Vec<_> = have.keys().collect();
        assert_eq!(
            want_names,
            have_names,
            "{} is stale: run `SUBS_REGENERATE=1 cargo test --test cli generated`",
            committed.display()
        );
        for (name, bytes) in &want {
            assert!(
                have.get(name) == Some(bytes),
                "{}/{name} is stale: run `SUBS_REGENERATE=1 cargo test --test cli generated`",
                committed.display()
            );
        }
    }
    assert!(read_dir(&completions).contains_key("_subs.ps1"));
    assert!(read_dir(&man).contains_key("subs-category-add.1"));
}

#[test]
fn bash_completion_script_loads_in_bash() {
    if std::env::var_os("SUBS_REGENERATE").is_some() {
        return; // the other test is rewriting the scripts right now
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/subs.bash");
    let Ok(out) = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("source '{}' && complete -p subs", script.display()))
        .output()
    else {
        return; // no bash on this machine: nothing to load the script into
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("subs"));
}
