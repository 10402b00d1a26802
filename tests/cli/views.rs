//! Every view pinned: each command that shows something, run on one fixed
//! portfolio as a user sees it on an 80- and a 120-column terminal and as
//! JSON, each a reviewed snapshot in `snapshots/` (`view_<name>_80`,
//! `view_<name>_120`, `view_<name>_json`). A command that writes runs each
//! time on a fresh copy of the portfolio, so its three snapshots show the
//! same change. A new top-level command fails `every_command_is_pinned`
//! until it is listed here.
//!
//! Update with `INSTA_UPDATE=always cargo test --test cli views::` and read
//! every changed snapshot before committing it.

use std::path::Path;

use crate::common::{TestEnv, words};

/// One of everything, on 2026-11-26: three currencies (EUR and GBP with a
/// rate, JPY without), categories with colours, two cards (one expiring
/// next month), two members and two shared plans (one paid by a member), a
/// trial, a contract with a notice period, payments and a partial refund,
/// usage, a price rise, a paused and a cancelled subscription, two budgets
/// (one overspent), a stored setting, two notification channels (one
/// failing) with their delivery log, and the undo journal all this left.
fn fixed_portfolio() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["config", "set", "base_currency", "USD"]);
    env.ok(&["rates", "set", "EUR", "1.08"]);
    env.ok(&["rates", "set", "GBP", "1.27"]);
    env.ok(&[
        "category", "add", "Video", "--hex", "#E50914", "--icon", "film",
    ]);
    env.ok(&["category", "add", "Music", "--hex", "#1DB954"]);
    env.ok(&["category", "add", "Fitness"]);
    env.ok(&["card", "add", "Visa 4242", "--expires", "2027-08"]);
    env.ok(&["card", "add", "Amex 1001", "--expires", "2026-12"]);
    env.ok(&["member", "add", "Alex"]);
    env.ok(&["member", "add", "Sam"]);
    env.monthly("Netflix", "15.99")
        .start("2026-01-31")
        .category("Video")
        .with("--card", "visa")
        .with("--reminder-days", "7")
        .add();
    env.monthly("Spotify", "16.99")
        .currency("EUR")
        .start("2025-12-03")
        .category("Music")
        .with("--shared-with", "me,alex,sam")
        .add();
    env.yearly("Cloud Backup", "99")
        .start("2025-12-01")
        .with("--auto-renew", "false")
        .with("--card", "amex")
        .add();
    env.monthly("Gym", "39")
        .start("2026-03-01")
        .category("Fitness")
        .with("--term", "12m")
        .with("--notice", "30d")
        .with("--payment-method", "bank_transfer")
        .add();
    env.monthly("Disney+", "13.99")
        .start("2026-11-20")
        .with("--trial-until", "2026-12-04")
        .category("Video")
        .add();
    env.sub("Language app")
        .amount("1200")
        .cycle("weekly")
        .currency("JPY")
        .start("2026-11-02")
        .add();
    env.sub("Newsletter")
        .amount("5")
        .cycle("custom")
        .with("--every-days", "45")
        .start("2026-09-01")
        .add();
    env.monthly("Family plan", "24")
        .start("2026-06-15")
        .with("--shared-with", "alex,me")
        .with("--paid-by", "alex")
        .add();
    env.monthly("Magazine", "4.50").start("2026-05-10").add();
    env.ok(&["edit", "netflix", "--amount", "17.99"]);
    env.ok(&words("log-usage netflix --date 2026-11-20 --duration 2h"));
    env.ok(&words("log-usage netflix --date 2026-11-24 --count 2"));
    env.ok(&["log-usage", "gym", "--date", "2026-11-02"]);
    env.ok(&words(
        "pay gym --due 2026-11-01 --date 2026-11-01 --transaction-id T-1",
    ));
    env.ok(&["pay", "netflix", "--force", "--date", "2026-10-31"]);
    env.ok(&["payments", "refund", "2", "--amount", "5"]);
    env.ok(&["pause", "magazine"]);
    env.ok(&["cancel", "newsletter"]);
    env.ok(&["budget", "set", "120"]);
    env.ok(&["budget", "set", "15", "--category", "Video"]);
    env.ok(&["notify", "add", "box", "command", "--run", "cat >/dev/null"]);
    env.ok(&[
        "notify",
        "add",
        "broken",
        "command",
        "--run",
        "exit 3",
        "--min-severity",
        "warning",
    ]);
    env.ok_with_stderr(
        &["alerts", "generate"],
        "warning: 2 notifications could not be delivered (broken: exit 3 exited with 3; \
         broken: exit 3 exited with 3); retried on the next run\n",
    );
    std::fs::write(
        env.home().join("more.csv"),
        "name,amount,billing_cycle,currency,start_date,category\n\
         HBO,9.99,monthly,USD,2026-01-05,Video\n\
         Free tier,0,monthly,USD,2026-01-05,\n",
    )
    .expect("write the CSV to import");
    write_statement(&env);
    std::fs::write(
        env.home().join("bank.ofx"),
        "OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD\n\
         <BANKTRANLIST>\n\
         <STMTTRN><DTPOSTED>20260901<TRNAMT>-39.00<FITID>B1<NAME>GYM\n\
         <STMTTRN><DTPOSTED>20260902<TRNAMT>-11.99<FITID>B2<NAME>DROPBOX\n\
         <STMTTRN><DTPOSTED>20260930<TRNAMT>-15.99<FITID>B3<NAME>NETFLIX.COM\n\
         <STMTTRN><DTPOSTED>20261001<TRNAMT>-39.00<FITID>B4<NAME>GYM\n\
         <STMTTRN><DTPOSTED>20261002<TRNAMT>-11.99<FITID>B5<NAME>DROPBOX\n\
         <STMTTRN><DTPOSTED>20261031<TRNAMT>-15.99<FITID>B6<NAME>NETFLIX.COM\n\
         <STMTTRN><DTPOSTED>20261101<TRNAMT>-39.00<FITID>T-1<NAME>GYM\n\
         <STMTTRN><DTPOSTED>20261102<TRNAMT>-11.99<FITID>B8<NAME>DROPBOX\n\
         <STMTTRN><DTPOSTED>20261120<TRNAMT>-42.10<FITID>B9<NAME>GROCERY\n\
         </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n",
    )
    .expect("write the statement to reconcile");
    env
}

/// A bank statement for `detect`: Netflix (tracked) and Dropbox monthly,
/// a yearly domain seen once, and groceries.
fn write_statement(env: &TestEnv) {
    let mut csv = String::from("Date,Payee,Amount,Currency\n");
    for (m, last) in [(5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31)] {
        csv.push_str(&format!("2026-{m:02}-{last},NETFLIX.COM,-17.99,USD\n"));
        csv.push_str(&format!("2026-{m:02}-14,DROPBOX*PLUS,-11.99,USD\n"));
        csv.push_str(&format!(
            "2026-{m:02}-{:02},CORNER GROCERY,-{}.{m}5,USD\n",
            3 + m * 3 % 11,
            20 + m * 7
        ));
    }
    csv.push_str("2026-08-02,NAMECHEAP DOMAIN,-12.98,USD\n");
    std::fs::write(env.home().join("statement.csv"), csv).expect("write the statement");
}

/// A view: its snapshots' name, the command (`{csv}` stands for the CSV
/// file to import), and whether it writes (then each run gets a copy).
struct View {
    name: &'static str,
    args: &'static [&'static str],
    writes: bool,
}

const fn reads(name: &'static str, args: &'static [&'static str]) -> View {
    View {
        name,
        args,
        writes: false,
    }
}

const fn writes(name: &'static str, args: &'static [&'static str]) -> View {
    View {
        name,
        args,
        writes: true,
    }
}

/// Every view the binary has.
const VIEWS: &[View] = &[
    // Reports.
    reads("dashboard", &["dashboard"]),
    reads("dashboard_mine", &["dashboard", "--mine"]),
    reads("analytics", &["analytics", "--months", "3"]),
    reads("forecast", &["forecast", "--months", "3"]),
    reads("upcoming", &["upcoming", "--days", "30"]),
    reads("insights", &["insights", "--offline"]),
    reads("split", &["split", "--month", "2026-11"]),
    // Subscriptions.
    reads("list", &["list"]),
    reads("list_all", &["list", "--status", "all"]),
    reads("list_mine", &["list", "--mine"]),
    reads("show", &["show", "netflix"]),
    reads("show_shared", &["show", "spotify"]),
    reads("show_contract", &["show", "gym"]),
    reads("show_trial", &["show", "disney"]),
    reads("payments", &["payments"]),
    reads("payments_one", &["payments", "netflix"]),
    reads("usage", &["usage"]),
    reads("usage_one", &["usage", "netflix"]),
    // Lists of the rest.
    reads("alerts_list", &["alerts", "list"]),
    reads("alerts_list_all", &["alerts", "list", "--all"]),
    reads("categories", &["category", "list"]),
    reads("cards", &["card", "list"]),
    reads("members", &["member", "list"]),
    reads("budgets", &["budget", "list"]),
    reads("rates", &["rates", "list"]),
    reads("config", &["config", "list"]),
    reads("config_get", &["config", "get", "base_currency"]),
    reads("notify_list", &["notify", "list"]),
    reads("notify_log", &["notify", "log"]),
    reads("undo_list", &["undo", "--list"]),
    reads("schedule_status", &["schedule", "status"]),
    reads("sync_status", &["sync", "status"]),
    // Runs that report what they did.
    writes(
        "alerts_generate",
        &["alerts", "generate", "--today", "2026-12-01"],
    ),
    reads(
        "renew_dry_run",
        &["renew", "--dry-run", "--today", "2026-12-05"],
    ),
    writes("renew", &["renew", "--today", "2026-12-05"]),
    reads("import_dry_run", &["import", "{csv}", "--dry-run"]),
    writes("import", &["import", "{csv}"]),
    writes("demo", &["demo"]),
    reads("detect", &["detect", "{statement}"]),
    writes("detect_add", &["detect", "{statement}", "--add", "--yes"]),
    // Confirmations of changes.
    writes(
        "add",
        &["add", "HBO", "--amount", "9.99", "--cycle", "monthly"],
    ),
    writes("edit", &["edit", "netflix", "--amount", "19.99"]),
    writes("pause", &["pause", "netflix"]),
    writes("resume", &["resume", "magazine"]),
    writes("cancel", &["cancel", "gym"]),
    writes("delete", &["delete", "newsletter", "--yes"]),
    writes("pay", &["pay", "spotify", "--today", "2026-12-03"]),
    writes("refund", &["payments", "refund", "2"]),
    writes("log_usage", &["log-usage", "gym", "--duration", "45m"]),
    writes("undo", &["undo", "--yes"]),
    writes(
        "budget_set",
        &["budget", "set", "20", "--category", "Music"],
    ),
    writes("rates_set", &["rates", "set", "JPY", "0.0067"]),
    writes("config_set", &["config", "set", "totals", "mine"]),
    // A bank statement against the portfolio ({bank}: the OFX file).
    reads("reconcile", &["reconcile", "{bank}"]),
    writes("reconcile_apply", &["reconcile", "{bank}", "--apply"]),
];

/// Top-level commands that are not views, and why.
const NOT_VIEWS: &[(&str, &str)] = &[
    ("redo", "needs an undo first; its confirmation is undo's"),
    ("export", "writes a file format, pinned by transfer.rs"),
    ("help", "clap's"),
    ("mcp", "a protocol server on stdin/stdout, pinned by mcp.rs"),
];

/// A copy of `env`'s database in a fresh environment on the same day.
fn copy_of(env: &TestEnv) -> TestEnv {
    let copy = TestEnv::at(&env.today);
    for entry in std::fs::read_dir(env.home())
        .expect("list the home")
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("subs.db") {
            std::fs::copy(entry.path(), copy.home().join(&name)).expect("copy the database");
        }
    }
    copy
}

/// What differs between runs, masked: ids, the time of day, the temporary
/// folder. A timestamp's mask is as wide as the timestamp, to keep columns
/// aligned.
fn filters(homes: &[&Path]) -> Vec<(String, String)> {
    let mut filters: Vec<(String, String)> = homes
        .iter()
        .map(|home| {
            let escaped: String = home
                .display()
                .to_string()
                .chars()
                .flat_map(|c| match c.is_ascii_alphanumeric() || c == '/' {
                    true => vec![c],
                    false => vec!['\\', c],
                })
                .collect();
            (escaped, "[home]".to_string())
        })
        .collect();
    filters.extend([
        (r"SUB[1-9A-HJ-NP-Za-km-z]{22}".into(), "[id]".into()),
        (
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ".into(),
            "YYYY-MM-DDThh:mm:ssZ".into(),
        ),
        (
            r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}".into(),
            "[uuid]".into(),
        ),
    ]);
    filters
}

/// The screen as the user is left with it: a carriage return goes back to
/// the start of the line, `ESC [2K` clears it (a progress bar drawn and
/// cleared leaves nothing), other escape sequences do nothing.
fn as_seen(raw: &str) -> String {
    let mut lines = Vec::new();
    for raw_line in raw.split('\n') {
        let mut line: Vec<char> = Vec::new();
        let mut at = 0;
        let mut chars = raw_line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => at = 0,
                '\u{1b}' if chars.peek() == Some(&'[') => {
                    chars.next();
                    let mut sequence = String::new();
                    for c in chars.by_ref() {
                        sequence.push(c);
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                    if sequence == "2K" {
                        line.clear();
                    }
                }
                c => {
                    match line.get_mut(at) {
                        Some(slot) => *slot = c,
                        None => line.push(c),
                    }
                    at += 1;
                }
            }
        }
        lines.push(line.into_iter().collect::<String>());
    }
    lines.join("\n")
}

#[track_caller]
fn pin(name: String, description: String, text: String, homes: &[&Path]) {
    let filters = filters(homes);
    insta::with_settings!({
        filters => filters
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect::<Vec<_>>(),
        prepend_module_to_snapshot => false,
        description => description,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, text);
    });
}

#[test]
fn every_view_as_text_at_80_and_120_columns_and_as_json() {
    let env = fixed_portfolio();
    let csv = env.home().join("more.csv");
    let statement = env.home().join("statement.csv");
    let bank = env.home().join("bank.ofx");
    for view in VIEWS {
        let args: Vec<&str> = view
            .args
            .iter()
            .map(|a| match *a {
                "{csv}" => csv.to_str().expect("a UTF-8 temp path"),
                "{statement}" => statement.to_str().expect("a UTF-8 temp path"),
                "{bank}" => bank.to_str().expect("a UTF-8 temp path"),
                a => a,
            })
            .collect();
        let shown = view.args.join(" ");
        for width in [80u16, 120] {
            let copy = view.writes.then(|| copy_of(&env));
            let on = copy.as_ref().unwrap_or(&env);
            let (status, screen) = on.on_terminal(&args, width);
            let screen = as_seen(&screen);
            assert_eq!(status, Some(0), "subs {shown} at {width}:\n{screen}");
            for line in screen.lines() {
                let w = unicode_width::UnicodeWidthStr::width(line);
                assert!(
                    w <= usize::from(width),
                    "subs {shown} at {width}: a line of {w} columns:\n{line}\n{screen}"
                );
            }
            pin(
                format!("view_{}_{width}", view.name),
                format!("subs {shown} on a terminal {width} columns wide"),
                screen,
                &[env.home(), on.home()],
            );
        }
        let copy = view.writes.then(|| copy_of(&env));
        let on = copy.as_ref().unwrap_or(&env);
        let mut json = vec!["--json"];
        json.extend(&args);
        let run = on.run(&json).status(0);
        let text = run.transcript();
        let stdout = run.into_stdout();
        if let Err(e) = serde_json::from_str::<serde_json::Value>(&stdout) {
            panic!("subs --json {shown}: not one JSON document ({e}):\n{stdout}");
        }
        pin(
            format!("view_{}_json", view.name),
            format!("subs --json {shown}"),
            text,
            &[env.home(), on.home()],
        );
    }
}

/// Every command `subs --help` lists is a view above or named as not one,
/// so a new view without snapshots fails here.
#[test]
fn every_command_is_pinned() {
    let help = TestEnv::new().ok(&["--help"]);
    let commands: Vec<&str> = help
        .lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(commands.len() > 30, "{help}");
    let missing: Vec<&&str> = commands
        .iter()
        .filter(|c| {
            !VIEWS.iter().any(|v| v.args[0] == **c) && !NOT_VIEWS.iter().any(|(n, _)| n == *c)
        })
        .collect();
    assert!(
        missing.is_empty(),
        "commands without a view in tests/cli/views.rs: {missing:?}"
    );
}
