//! Completions (`completions/`) and man pages (`man/`) are generated from
//! the clap definitions in `src/cli.rs` and committed. This test fails when
//! they are stale. Regenerate them with:
//!
//!     SUBS_REGENERATE=1 cargo test --test cli generated

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use clap_complete::Shell;

use crate::common::{Succeeds, has, has_each};

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
        clap_complete::generate_to(shell, &mut subs::cli::command(), "subs", completions).unwrap();
    }
    let mut command = subs::cli::command().disable_help_subcommand(true);
    command.build();
    man_pages(&command, man);
}

/// clap_mangen's pages, with the sections a man page reader looks for:
/// EXAMPLES (from the command's `--help` examples), EXIT STATUS,
/// ENVIRONMENT and FILES.
fn man_pages(command: &clap::Command, dir: &Path) {
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        man_pages(sub, dir);
    }
    let examples = command
        .get_after_long_help()
        .map(|help| help.to_string())
        .unwrap_or_default();
    let man = clap_mangen::Man::new(command.clone().after_long_help(None::<&str>));
    let mut page = Vec::new();
    man.render(&mut page).unwrap();
    let page = String::from_utf8(page).unwrap();
    let sections = extra_sections(&examples);
    let page = match page.find(".SH VERSION") {
        Some(at) => format!("{}{sections}{}", &page[..at], &page[at..]),
        None => format!("{page}{sections}"),
    };
    fs::write(dir.join(man.get_filename()), page).unwrap();
}

fn extra_sections(examples: &str) -> String {
    let mut roff = String::new();
    let lines: Vec<&str> = examples.lines().skip(1).collect();
    if !lines.is_empty() {
        roff.push_str(".SH EXAMPLES\n");
        for pair in lines.chunks(2) {
            roff.push_str(&format!(".TP\n\\fB{}\\fR\n", escape(pair[0].trim())));
            if let Some(what) = pair.get(1) {
                roff.push_str(&format!("{}\n", escape(what.trim())));
            }
        }
    }
    roff.push_str(".SH \"EXIT STATUS\"\n");
    for (code, meaning) in [
        (
            "0",
            "Success, also when stdout is closed early (subs list | head -1), and when the change was saved but printing about it failed (a note on stderr says so).",
        ),
        (
            "1",
            "Runtime failure: I/O, or a database file that is not subs', is corrupt, is from a newer subs or stays locked.",
        ),
        ("2", "Bad usage or invalid input; nothing was written."),
        (
            "3",
            "A subscription or category reference matched nothing, or more than one thing.",
        ),
    ] {
        roff.push_str(&format!(".TP\n\\fB{code}\\fR\n{}\n", escape(meaning)));
    }
    roff.push_str(".SH ENVIRONMENT\n");
    let mut vars = vec![
        ("SUBS_DB", "The database file, as --db."),
        ("SUBS_PROFILE", "The profile, as --profile."),
        ("SUBS_TODAY", "The date to treat as today, as --today."),
        (
            "SUBS_RATES_URL",
            "Where rates update fetches the ECB reference rates (a mirror; default the ECB).",
        ),
        (
            "SUBS_RATES_TIMEOUT",
            "Seconds rates update may take to fetch them (default 15).",
        ),
        (
            "SUBS_LOCK_TIMEOUT",
            "Seconds to wait, in all, for a lock another process holds on the database (default 10).",
        ),
        (
            "NO_COLOR",
            "When set and not empty, no colour unless --color always.",
        ),
        ("COLUMNS", "The width tables fit on a terminal."),
        (
            "GEMINI_API_KEY",
            "The key for AI insights from Google Gemini.",
        ),
        (
            "OPENAI_API_KEY",
            "The key for an OpenAI-compatible AI provider.",
        ),
    ];
    let settings: Vec<(String, String)> = subs::settings::SETTINGS
        .iter()
        .filter_map(|s| {
            s.env.map(|var| {
                (
                    var.to_string(),
                    format!(
                        "The setting {}: {}.",
                        s.key,
                        s.description.trim_end_matches('.')
                    ),
                )
            })
        })
        .collect();
    vars.extend(settings.iter().map(|(v, d)| (v.as_str(), d.as_str())));
    for (var, meaning) in vars {
        roff.push_str(&format!(".TP\n\\fB{var}\\fR\n{}\n", escape(meaning)));
    }
    roff.push_str(".SH FILES\n");
    for (file, meaning) in [
        (
            "$XDG_DATA_HOME/subs/subs.db",
            "The database (usually ~/.local/share/subs/subs.db on Linux; ~/Library/Application Support/subs/subs.db on macOS). Created, mode 0600, by the first command that changes something; commands that only read never create it.",
        ),
        (
            "$XDG_DATA_HOME/subs/NAME.db",
            "The database of --profile NAME.",
        ),
    ] {
        roff.push_str(&format!(
            ".TP\n\\fI{}\\fR\n{}\n",
            escape(file),
            escape(meaning)
        ));
    }
    roff
}

/// Text as roff shows it literally.
fn escape(text: &str) -> String {
    let text = text.replace('\\', "\\e").replace('-', "\\-");
    match text.chars().next() {
        Some('.' | '\'') => format!("\\&{text}"),
        _ => text,
    }
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

/// Every `subs ...` line of the examples, in command-tree order.
fn examples(command: &clap::Command, into: &mut Vec<String>) {
    if let Some(help) = command.get_after_long_help() {
        let help = help.to_string();
        into.extend(
            help.lines()
                .map(str::trim)
                .filter(|l| l.starts_with("subs "))
                .map(String::from),
        );
    }
    for sub in command.get_subcommands() {
        examples(sub, into);
    }
}

/// Splits a shell line with single quotes, as the examples write it.
fn words(line: &str) -> Vec<String> {
    let (mut words, mut word, mut quoted, mut started) = (Vec::new(), String::new(), false, false);
    for c in line.chars() {
        match c {
            '\'' => (quoted, started) = (!quoted, true),
            ' ' if !quoted => {
                if started {
                    words.push(std::mem::take(&mut word));
                }
                started = false;
            }
            _ => (word.push(c), started = true).0,
        }
    }
    if started {
        words.push(word);
    }
    words
}

/// The commands (by their full name) whose `--help` has no example.
fn without_examples(command: &clap::Command, parent: &str, into: &mut Vec<String>) {
    let name = format!("{parent}{}", command.get_name());
    let has = command
        .get_after_long_help()
        .is_some_and(|h| h.to_string().lines().any(|l| l.trim().starts_with("subs ")));
    if !has {
        into.push(name.clone());
    }
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        without_examples(sub, &format!("{name} "), into);
    }
}

#[test]
fn every_command_and_subcommand_has_an_example_in_its_help_and_man_page() {
    let mut command = subs::cli::command().disable_help_subcommand(true);
    command.build();
    let mut missing = Vec::new();
    without_examples(&command, "", &mut missing);
    assert_eq!(missing, Vec::<String>::new(), "commands without an example");
    // The pages a reader opens first have them too.
    let man = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    for page in [
        "subs.1",
        "subs-delete.1",
        "subs-budget-set.1",
        "subs-sync-init.1",
    ] {
        let text = fs::read_to_string(man.join(page)).unwrap();
        assert!(text.contains(".SH EXAMPLES"), "no EXAMPLES in {page}");
    }
    // `--help` ends with them.
    let env = crate::common::TestEnv::new();
    // The help states the rules as they are: the default order of `list`,
    // and how a subscription reference resolves.
    let flat = |args: &[&str]| {
        env.ok(args)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let list = flat(&["list", "--help"]);
    assert!(
        list.contains(
            "Order of the rows; by default the next billing date, soonest first (ties by name)"
        ),
        "{list}"
    );
    let delete = flat(&["delete", "--help"]);
    has(
        &delete,
        "the full id; an id prefix with its SUB letters; the exact name in any letter case; an id prefix of 4 or more characters without SUB; a unique start of the name; a unique part of the name",
    );
    let help = env.ok(&["pause", "--help"]);
    assert!(
        help.trim_end()
            .ends_with("subs pause spotify\n      No charges and no reminders until you resume it"),
        "{help}"
    );
}

#[test]
fn every_example_in_help_and_man_pages_runs() {
    let env = crate::common::TestEnv::new();
    // The sync examples start from an empty bare repository, as the
    // example's text says; without git (allowed outside CI) they are left out.
    let git = crate::sync_support::have_git();
    if git {
        crate::sync_support::bare_remote(&env.home().join("subs-sync.git"));
    }
    // `rates update` asks a local ECB, never the network.
    let ecb = crate::common::mock::MockServer::start(vec![crate::common::mock::Reply::json(
        200,
        fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ecb/eurofxref-daily.xml"),
        )
        .unwrap(),
    )]);
    // `detect`'s examples read a bank statement in the home folder.
    let mut statement = String::from("Date,Payee,Amount\n");
    for m in 1..=6 {
        statement.push_str(&format!("2026-{m:02}-14,DROPBOX*PLUS,-11.99\n"));
    }
    fs::write(env.home().join("statement.csv"), statement).unwrap();
    // The statements the reconcile examples read.
    fs::write(
        env.home().join("statement.ofx"),
        "<OFX><STMTRS><CURDEF>USD<BANKTRANLIST>\n\
         <STMTTRN><DTPOSTED>20261030<TRNAMT>-15.99<FITID>E1<NAME>NETFLIX.COM\n\
         </BANKTRANLIST></STMTRS></OFX>\n",
    )
    .unwrap();
    fs::write(
        env.home().join("export.csv"),
        "Date,Description,Amount\n2026-10-30,NETFLIX.COM,-15.99\n",
    )
    .unwrap();
    let mut lines = Vec::new();
    examples(&subs::cli::command(), &mut lines);
    assert!(lines.len() >= 80, "{lines:?}");
    for line in &lines {
        let args = words(line);
        if !git && args.iter().any(|a| a == "sync") {
            continue;
        }
        env
            .cmd()
            .current_dir(env.home())
            // Two days before Netflix's charge on the 30th, so that "pay
            // the charge that is due" has one.
            .env("SUBS_TODAY", "2026-11-28")
            .env("SUBS_RATES_URL", &ecb.url)
            .env("SUBS_SYNC_SECRET", "correct horse battery staple")
            .args(&args[1..])
            .succeeds();
    }
    let man =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("man/subs-pay.1")).unwrap();
    has_each(
        &man,
        &[
            ".SH EXAMPLES",
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
            ".SH FILES",
            "subs pay netflix",
        ],
    );
}

/// What `subs` offers for the last word of `line`, through the bash
/// script `COMPLETE=bash subs` prints, run by a real bash.
fn bash_completes(env: &crate::common::TestEnv, line: &str) -> Option<Vec<String>> {
    let script = env.cmd().env("COMPLETE", "bash").output().unwrap();
    assert!(script.status.success());
    let script_path = env.home().join("subs.bash");
    fs::write(&script_path, &script.stdout).unwrap();
    let driver = format!(
        "source '{}'\nCOMP_WORDS=({line})\nCOMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))\n\
         [[ \"{line}\" == *' ' ]] && COMP_WORDS+=('') && COMP_CWORD=${{#COMP_WORDS[@]}}-1\n\
         COMP_TYPE=9\n_clap_complete_subs subs \"${{COMP_WORDS[COMP_CWORD]}}\" x\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script_path.display()
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&driver)
        .env_clear()
        .env("SUBS_DB", &env.db)
        .env("HOME", env.home())
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
    )
}

/// What the fish entry point offers (one `value<TAB>help` per line).
fn fish_completes(env: &crate::common::TestEnv, words: &[&str]) -> Vec<String> {
    let out = env
        .cmd()
        .env("COMPLETE", "fish")
        .arg("--")
        .args(words)
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .collect()
}

#[test]
fn dynamic_completion_offers_the_users_data() {
    let env = crate::common::TestEnv::new();
    env.ok(&["category", "add", "Video"]);
    env.monthly("Netflix", "15.99").category("video").add();
    env.monthly("Nebula", "5").add();
    env.monthly("Spotify", "9.99").add();
    env.ok(&["alerts", "generate", "--today", "2026-12-24"]);
    let alert = env.json(&["alerts", "list"])[0]["id"].to_string();

    assert_eq!(
        fish_completes(&env, &["subs", "show", "Ne"]),
        ["Nebula", "Netflix"]
    );
    assert_eq!(
        fish_completes(&env, &["subs", "list", "--category", ""]),
        ["Video"]
    );
    assert_eq!(
        fish_completes(&env, &["subs", "category", "delete", "V"]),
        ["Video"]
    );
    assert_eq!(
        fish_completes(&env, &["subs", "add", "X", "--currency", "EU"]),
        ["EUR"]
    );
    assert!(fish_completes(&env, &["subs", "alerts", "read", ""]).contains(&alert));
    // Every enum completes.
    assert_eq!(
        fish_completes(&env, &["subs", "add", "X", "--cycle", ""]),
        ["weekly", "monthly", "quarterly", "yearly", "custom"]
    );
    // No file names where a file makes no sense.
    fs::write(env.home().join("amount-file"), "").unwrap();
    assert!(fish_completes(&env, &["subs", "add", "X", "--amount", ""]).is_empty());
    // A missing database is not created by a Tab.
    let missing = env.home().join("none.db");
    let out = env
        .cmd()
        .env("SUBS_DB", &missing)
        .env("COMPLETE", "fish")
        .args(["--", "subs", "show", ""])
        .output()
        .unwrap();
    assert!(out.status.success());
    let offered = String::from_utf8_lossy(&out.stdout);
    assert!(offered.lines().all(|l| l.starts_with('-')), "{offered}");
    assert!(!missing.exists());

    // A real bash, through the script users source.
    if let Some(words) = bash_completes(&env, "subs pay Net") {
        assert_eq!(words, ["Netflix"]);
    } else {
        assert!(std::env::var_os("CI").is_none(), "bash is required in CI");
    }
}

/// What `shell`, run interactively on a pseudo-terminal with the script
/// `COMPLETE=<shell> subs` prints, has on its command line after `line`
/// and a Tab — read by a key binding (Ctrl-T, not a prefix key like
/// Ctrl-X) that writes the line to a
/// file. `None` when the shell (or util-linux `script`) is not installed.
fn after_tab(env: &crate::common::TestEnv, shell: &str, line: &str) -> Option<String> {
    use std::io::Write;
    use std::time::{Duration, Instant};
    let found = std::process::Command::new(shell)
        .args(["-c", "exit 0"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        return None;
    }
    let dir = env.home().join(format!("tab-{shell}"));
    fs::create_dir_all(&dir).unwrap();
    let script = env.cmd().env("COMPLETE", shell).output().unwrap();
    assert!(script.status.success());
    let completion = dir.join(format!("subs.{shell}"));
    fs::write(&completion, &script.stdout).unwrap();
    let (ready, out) = (dir.join("ready"), dir.join("line"));
    let (rc, command) = match shell {
        "bash" => (
            dir.join("bashrc"),
            format!(
                "bash --noprofile --rcfile '{}' -i",
                dir.join("bashrc").display()
            ),
        ),
        "zsh" => (dir.join(".zshrc"), "zsh -i".to_string()),
        _ => (dir.join("fish/config.fish"), "fish -i".to_string()),
    };
    let text = match shell {
        "bash" => format!(
            "source '{c}'\ndump() {{ printf '%s\\n' \"$READLINE_LINE\" > '{o}'; }}\nbind -x '\"\\C-t\": dump'\nPROMPT_COMMAND=\"touch '{r}'\"\n",
            c = completion.display(),
            o = out.display(),
            r = ready.display()
        ),
        "zsh" => format!(
            "autoload -Uz compinit && compinit -u\nsource '{c}'\ndump() {{ print -r -- \"$BUFFER\" > '{o}'; }}\nzle -N dump\nbindkey '^T' dump\nprecmd() {{ touch '{r}'; }}\n",
            c = completion.display(),
            o = out.display(),
            r = ready.display()
        ),
        _ => format!(
            "source '{c}'\nfunction dump; commandline > '{o}'; end\nbind \\ct dump\nfunction ready --on-event fish_prompt; touch '{r}'; end\n",
            c = completion.display(),
            o = out.display(),
            r = ready.display()
        ),
    };
    fs::create_dir_all(rc.parent().unwrap()).unwrap();
    fs::write(&rc, text).unwrap();
    let spawned = std::process::Command::new("script")
        .args(["-qfec", &command, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", &dir)
        .env("ZDOTDIR", &dir)
        .env("XDG_CONFIG_HOME", &dir)
        .env("TERM", "xterm")
        .env("SUBS_DB", &env.db)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    let Ok(mut child) = spawned else {
        return None; // no util-linux `script`
    };
    let mut keys = child.stdin.take().unwrap();
    let wait_for = |path: &Path, keys: &mut std::process::ChildStdin, again: &[u8]| {
        let start = Instant::now();
        while !path.exists() && start.elapsed() < Duration::from_secs(60) {
            let _ = keys.write_all(again);
            let _ = keys.flush();
            std::thread::sleep(Duration::from_millis(300));
        }
    };
    // The prompt is up: clear the line (Ctrl-U), type, Tab, then Ctrl-T
    // until the line is written (keys are read in order, so Ctrl-T comes
    // after the Tab's answer). A shell may drop what was typed while its
    // line editor started: then the line is not there, and it goes again.
    wait_for(&ready, &mut keys, b"");
    let mut got = String::new();
    for _ in 0..5 {
        let _ = fs::remove_file(&out);
        keys.write_all(format!("\x15{line}\t").as_bytes()).unwrap();
        wait_for(&out, &mut keys, b"\x14");
        got = fs::read_to_string(&out)
            .unwrap_or_default()
            .trim_end_matches('\n')
            .to_string();
        if got.starts_with(
            line.split(' ')
                .take(2)
                .collect::<Vec<_>>()
                .join(" ")
                .as_str(),
        ) {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    Some(got)
}

/// A name with a space (or a quote) comes back as one word in every shell:
/// quoted for bash (which inserts a candidate as it is), escaped by zsh and
/// fish themselves. Driven through each real shell's line editor.
#[test]
fn tab_inserts_a_multi_word_name_as_one_word_in_bash_zsh_and_fish() {
    let env = crate::common::TestEnv::new();
    env.monthly("Car insurance", "40").add();
    env.monthly("Bob's gym", "30").add();
    env.monthly("Netflix", "15.99").add();
    for (shell, car, bob) in [
        (
            "bash",
            "subs show 'Car insurance' ",
            "subs show 'Bob'\\''s gym' ",
        ),
        (
            "zsh",
            "subs show Car\\ insurance ",
            "subs show Bob\\'s\\ gym ",
        ),
        (
            "fish",
            "subs show Car\\ insurance ",
            "subs show Bob\\'s\\ gym ",
        ),
    ] {
        let Some(line) = after_tab(&env, shell, "subs show Car") else {
            crate::common::needed(false, shell);
            continue;
        };
        assert_eq!(line, car, "{shell}");
        assert_eq!(
            after_tab(&env, shell, "subs show Bo").as_deref(),
            Some(bob),
            "{shell}"
        );
        // A name without anything special stays as it is.
        assert_eq!(
            after_tab(&env, shell, "subs show Netf").as_deref(),
            Some("subs show Netflix "),
            "{shell}"
        );
    }
}

/// The committed static scripts offer no file names after `--currency`,
/// `--category` or a subscription (nothing on disk is either).
#[test]
fn static_completions_offer_no_files_for_currency_category_or_a_subscription() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let fish = fs::read_to_string(root.join("subs.fish")).unwrap();
    for line in fish
        .lines()
        .filter(|l| l.contains("-l currency ") || l.contains("-l category "))
    {
        assert!(line.contains(" -f"), "fish offers files: {line}");
    }
    let zsh = fs::read_to_string(root.join("_subs")).unwrap();
    for line in zsh
        .lines()
        .filter(|l| l.contains("'--currency=") || l.contains("'--category="))
    {
        assert!(
            !line.contains("_default") && !line.contains("_files"),
            "zsh offers files: {line}"
        );
    }
    let bash = fs::read_to_string(root.join("subs.bash")).unwrap();
    let lines: Vec<&str> = bash.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if t == "--currency)" || t == "--category)" {
            let body = lines[i + 1..].iter().take_while(|l| l.trim() != ";;");
            for l in body {
                assert!(
                    !l.contains("compgen -f"),
                    "bash offers files after {t}: {l}"
                );
            }
        }
    }
}

/// The README installs what was tested: every `cargo install` it shows
/// (the first line of the page too) builds with the committed Cargo.lock.
#[test]
fn the_readme_installs_with_the_lockfile() {
    let readme =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let installs: Vec<&str> = readme
        .lines()
        .filter(|l| l.trim_start().starts_with("cargo install"))
        .collect();
    assert!(installs.len() >= 2, "{installs:?}");
    for line in installs {
        assert!(line.contains("cargo install --locked --path ."), "{line}");
    }
}
