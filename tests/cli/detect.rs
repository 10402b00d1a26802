//! `subs detect`: recurring charges found in a bank statement the test
//! writes (an OFX and a CSV, January to August 2026, with noise), shown,
//! as JSON, and tracked with `--add` in one undoable step.

use std::path::Path;

use serde_json::Value;

use crate::common::{Run, TestEnv, items};
use crate::schemas::{schema, valid};

/// Groceries and fuel: irregular days and amounts, never a series.
const NOISE: &[(u32, &str, &str)] = &[
    (3, "-47.12", "CORNER GROCERY"),
    (9, "-12.80", "CITY CAFE"),
    (17, "-63.05", "CORNER GROCERY"),
    (22, "-40.00", "FUEL STATION"),
    (26, "-8.45", "BAKERY"),
];

/// The statement's rows: (id, date YYYYMMDD, amount, name, memo).
fn rows() -> Vec<(String, String, String, String, String)> {
    let mut rows = Vec::new();
    for m in 1..=8u32 {
        let netflix = if m < 5 { "-15.99" } else { "-17.99" };
        rows.push((
            format!("N{m}"),
            format!("2026{m:02}05"),
            netflix.into(),
            "NETFLIX.COM".into(),
            "NETFLIX.COM 866-579-7172".into(),
        ));
        rows.push((
            format!("S{m}"),
            format!("2026{m:02}12"),
            "-10.99".into(),
            "SPOTIFY".into(),
            "SPOTIFY P1A2B3C4".into(),
        ));
        if m % 3 == 1 {
            rows.push((
                format!("G{m}"),
                format!("2026{m:02}20"),
                "-12.00".into(),
                "GITHUB".into(),
                "GITHUB INC".into(),
            ));
        }
        rows.push((
            format!("P{m}"),
            format!("2026{m:02}28"),
            "2500.00".into(),
            "ACME CORP".into(),
            "PAYROLL".into(),
        ));
        for (i, (day, amount, name)) in NOISE.iter().enumerate() {
            // Each month its own days and amounts.
            let mix = (m * 7919 + i as u32 * 104_729) % 9973;
            let day = (day + mix) % 28 + 1;
            let cents = mix % 100;
            let whole: u32 = amount
                .trim_start_matches('-')
                .split('.')
                .next()
                .and_then(|w| w.parse().ok())
                .unwrap_or(1);
            let amount = format!("-{}.{cents:02}", whole + mix % 40);
            rows.push((
                format!("X{m}{i}"),
                format!("2026{m:02}{day:02}"),
                amount,
                name.to_string(),
                name.to_string(),
            ));
        }
    }
    rows
}

/// An OFX 1.x (SGML) statement in USD.
fn ofx() -> String {
    let mut text = String::from(
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n\
         COMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n<OFX>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n\
         <TRNUID>1\n<STATUS>\n<CODE>0\n<SEVERITY>INFO\n</STATUS>\n<STMTRS>\n<CURDEF>USD\n\
         <BANKACCTFROM>\n<BANKID>121000248\n<ACCTID>1234567\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n\
         <BANKTRANLIST>\n<DTSTART>20260101\n<DTEND>20260831\n",
    );
    for (id, date, amount, name, memo) in rows() {
        let kind = if amount.starts_with('-') {
            "DEBIT"
        } else {
            "CREDIT"
        };
        text.push_str(&format!(
            "<STMTTRN>\n<TRNTYPE>{kind}\n<DTPOSTED>{date}\n<TRNAMT>{amount}\n<FITID>{id}\n<NAME>{name}\n<MEMO>{memo}\n</STMTTRN>\n"
        ));
    }
    text.push_str("</BANKTRANLIST>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n");
    text
}

/// The same rows as a CSV (ISO dates, no currency column unless `currency`).
fn csv(currency: Option<&str>) -> String {
    let mut text = String::from(if currency.is_some() {
        "Date,Payee,Description,Amount,Currency\n"
    } else {
        "Date,Payee,Description,Amount\n"
    });
    for (_, date, amount, name, memo) in rows() {
        let date = format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..]);
        match currency {
            Some(c) => text.push_str(&format!("{date},{name},{memo},{amount},{c}\n")),
            None => text.push_str(&format!("{date},{name},{memo},{amount}\n")),
        }
    }
    text
}

/// An environment with `statement.ofx` and `statement.csv` (EUR) in its home.
fn with_statements() -> TestEnv {
    let env = TestEnv::new();
    std::fs::write(env.home().join("statement.ofx"), ofx()).expect("write the OFX");
    std::fs::write(env.home().join("statement.csv"), csv(Some("EUR"))).expect("write the CSV");
    env
}

/// `subs ARGS` run in the environment's home, so files are named as typed.
fn at_home(env: &TestEnv, args: &[&str]) -> Run {
    let out = env
        .cmd()
        .current_dir(env.home())
        .args(args)
        .output()
        .expect("run subs");
    Run::of(args, out)
}

fn json_at_home(env: &TestEnv, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let stdout = at_home(env, &all).status(0).stderr("").into_stdout();
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

#[track_caller]
fn matches_schema(name: &str, value: &Value) {
    if let Err(why) = valid(&schema(name), value, "$") {
        panic!("does not match schemas/{name}.schema.json: {why}\n{value:#}");
    }
}

fn candidate<'a>(doc: &'a Value, name: &str) -> &'a Value {
    items(&doc["candidates"])
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no candidate {name}: {doc:#}"))
}

#[test]
fn the_series_of_an_ofx_statement_are_shown_most_certain_first() {
    let env = with_statements();
    let run = at_home(&env, &["detect", "statement.ofx"]).status(0);
    insta::assert_snapshot!("detect_ofx_text", run.transcript());
}

#[test]
fn detect_json_carries_each_series_with_its_evidence() {
    let env = with_statements();
    let doc = json_at_home(&env, &["detect", "statement.ofx"]);
    matches_schema("detect", &doc);
    let s = &doc["statement"];
    assert_eq!(s["format"], "ofx");
    assert_eq!(s["rows"], rows().len());
    assert_eq!(s["from"], "2026-01-05");
    assert_eq!(s["until"], "2026-08-28");
    assert_eq!(s["currencies"], serde_json::json!(["USD"]));
    let names: Vec<&str> = items(&doc["candidates"])
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert!(
        !names.iter().any(|n| n.to_lowercase().contains("grocery")),
        "{names:?}"
    );
    let n = candidate(&doc, "Netflix");
    assert_eq!(n["cycle"], "monthly");
    assert_eq!(n["every_days"], Value::Null);
    assert_eq!(n["every_months"], Value::Null);
    assert_eq!(n["amount"].to_string(), "17.99");
    assert_eq!(n["currency"], "USD");
    assert_eq!(n["first_date"], "2026-01-05");
    assert_eq!(n["last_date"], "2026-08-05");
    assert_eq!(n["next_date"], "2026-09-05");
    assert_eq!(n["count"], 8);
    assert_eq!(n["status"], "active");
    assert_eq!(n["subscription_id"], Value::Null);
    let confidence = n["confidence"].as_f64().unwrap_or(-1.0);
    assert!((0.6..=1.0).contains(&confidence), "{n:#}");
    assert_eq!((confidence * 100.0).round() / 100.0, confidence);
    let events: Vec<&Value> = items(&n["events"]).collect();
    assert_eq!(events.len(), 1, "{n:#}");
    assert_eq!(events[0]["kind"], "price_change");
    assert_eq!(events[0]["date"], "2026-05-05");
    assert_eq!(events[0]["old_amount"].to_string(), "15.99");
    assert_eq!(events[0]["new_amount"].to_string(), "17.99");
    let first = &n["transactions"][0];
    assert_eq!(first["id"], "N1");
    assert_eq!(first["date"], "20260105");
    assert_eq!(first["amount"].to_string(), "15.99");
    assert_eq!(items(&n["transactions"]).count(), 8);
    let spotify = candidate(&doc, "Spotify");
    assert_eq!(spotify["amount"].to_string(), "10.99");
    assert_eq!(spotify["events"], serde_json::json!([]));
}

#[test]
fn a_csv_statement_reads_the_same_series() {
    let env = with_statements();
    let doc = json_at_home(&env, &["detect", "statement.csv"]);
    matches_schema("detect", &doc);
    assert_eq!(doc["statement"]["format"], "csv");
    assert_eq!(doc["statement"]["currencies"], serde_json::json!(["EUR"]));
    let n = candidate(&doc, "Netflix");
    assert_eq!(n["currency"], "EUR");
    assert_eq!(n["transactions"][0]["id"], Value::Null);
    assert_eq!(n["transactions"][0]["date"], "2026-01-05");
    assert_eq!(candidate(&doc, "Spotify")["cycle"], "monthly");
    // Both files together: one statement of mixed formats.
    let both = json_at_home(&env, &["detect", "statement.ofx", "statement.csv"]);
    assert_eq!(both["statement"]["format"], "mixed");
}

#[test]
fn add_yes_tracks_every_series_with_its_payments_in_one_undoable_step() {
    let env = with_statements();
    let found = json_at_home(&env, &["detect", "statement.ofx"]);
    let wanted = items(&found["candidates"]).count();
    let added = json_at_home(&env, &["detect", "statement.ofx", "--add", "--yes"]);
    matches_schema("detect_added", &added);
    assert_eq!(items(&added["added"]).count(), wanted);
    let netflix = items(&added["added"])
        .find(|a| a["subscription"]["name"] == "Netflix")
        .expect("Netflix added");
    assert_eq!(netflix["payments"], 8);
    assert_eq!(netflix["price_changes"], 1);
    let sub = &netflix["subscription"];
    assert_eq!(sub["amount"].to_string(), "17.99");
    assert_eq!(sub["currency"], "USD");
    assert_eq!(sub["billing_cycle"], "monthly");
    assert_eq!(sub["start_date"], "2026-01-05");
    assert_eq!(sub["next_billing_date"], "2026-09-05");
    assert_eq!(sub["category"], "Streaming");
    assert_eq!(sub["match"], candidate(&found, "Netflix")["match"]);
    let payments = env.json(&["payments", "netflix"]);
    let paid: Vec<(String, String, String, String)> = items(&payments["payments"])
        .map(|p| {
            (
                p["transaction_id"].as_str().unwrap_or("").to_string(),
                p["payment_date"].as_str().unwrap_or("").to_string(),
                p["due_date"].as_str().unwrap_or("").to_string(),
                format!("{} {}", p["amount"], p["status"]),
            )
        })
        .collect();
    assert_eq!(paid.len(), 8, "{payments:#}");
    assert!(paid.contains(&(
        "N1".into(),
        "2026-01-05".into(),
        "2026-01-05".into(),
        "15.99 \"paid\"".into()
    )));
    assert!(paid.contains(&(
        "N8".into(),
        "2026-08-05".into(),
        "2026-08-05".into(),
        "17.99 \"paid\"".into()
    )));
    let show = env.json(&["show", "netflix"]);
    assert_eq!(show["price_history"][0]["date"], "2026-05-05");
    assert_eq!(show["price_history"][0]["old_amount"].to_string(), "15.99");
    // Again, on the same statement: everything found is tracked already.
    let before = env.dump();
    let again = json_at_home(&env, &["detect", "statement.ofx", "--add", "--yes"]);
    assert_eq!(again, serde_json::json!({"added": []}));
    at_home(&env, &["detect", "statement.ofx", "--add", "--yes"])
        .status(0)
        .stdout("Nothing added.\n")
        .stderr("");
    assert_eq!(before, env.dump());
    let tracked = json_at_home(&env, &["detect", "statement.ofx"]);
    assert!(
        items(&tracked["candidates"]).all(|c| c["subscription_id"].is_string()),
        "{tracked:#}"
    );
    // One undo takes the whole add back.
    env.ok(&["undo", "--yes"]);
    assert_eq!(
        env.json(&["list", "--status", "all"]),
        serde_json::json!([])
    );
    assert_eq!(env.json(&["payments"])["payments"], serde_json::json!([]));
}

#[test]
fn add_by_name_tracks_only_those_named() {
    let env = with_statements();
    let added = json_at_home(&env, &["detect", "statement.ofx", "--add", "NETFLIX"]);
    let names: Vec<&Value> = items(&added["added"])
        .map(|a| &a["subscription"]["name"])
        .collect();
    assert_eq!(names, vec!["Netflix"]);
    let list = env.json(&["list"]);
    assert_eq!(items(&list).count(), 1);
    // A name not found (or already tracked) is exit 3 with the closest names.
    let before = env.dump();
    at_home(&env, &["detect", "statement.ofx", "--add", "spotfy"])
        .status(3)
        .stdout("")
        .stderr(
            "error: no series found and not tracked yet is named \"spotfy\"; did you mean \"Spotify\"? (`subs detect FILE` lists them)\n",
        );
    at_home(&env, &["detect", "statement.ofx", "--add", "netflix"]).status(3);
    assert_eq!(before, env.dump());
}

#[test]
fn add_without_a_terminal_names_or_yes_changes_nothing() {
    let env = with_statements();
    at_home(&env, &["detect", "statement.ofx", "--add"])
        .status(2)
        .stdout("")
        .stderr(
            "error: not on a terminal, so subs cannot ask which series to track: --yes adds them all, or name them (--add NAME...)\n",
        );
    assert!(!env.db.exists());
}

#[test]
fn a_statement_that_cannot_be_read_is_refused_with_one_sentence() {
    let env = with_statements();
    env.monthly("Gym", "30").add();
    let home = env.home();
    std::fs::write(home.join("junk.txt"), "hello\nthis is no statement\n").expect("write junk");
    let stderr = env.fails_unchanged(&["detect", home.join("junk.txt").to_str().unwrap_or("")], 2);
    assert!(
        stderr.starts_with("error: ") && stderr.lines().count() == 1,
        "{stderr}"
    );
    assert!(stderr.contains("junk.txt"), "{stderr}");
    // A CSV without a currency: shown without one, never tracked in a guessed one.
    std::fs::write(home.join("nocur.csv"), csv(None)).expect("write the CSV");
    let doc = json_at_home(&env, &["detect", "nocur.csv"]);
    assert_eq!(doc["statement"]["currencies"], serde_json::json!([]));
    assert_eq!(candidate(&doc, "Netflix")["currency"], Value::Null);
    let stderr = env.fails_unchanged(
        &[
            "detect",
            home.join("nocur.csv").to_str().unwrap_or(""),
            "--add",
            "--yes",
        ],
        2,
    );
    assert!(stderr.contains("--currency"), "{stderr}");
    let doc = json_at_home(&env, &["detect", "nocur.csv", "--currency", "EUR"]);
    assert_eq!(doc["statement"]["currencies"], serde_json::json!(["EUR"]));
    // Over the size limit: refused before it is read.
    let big = std::fs::File::create(home.join("big.ofx")).expect("create");
    big.set_len(257 * 1024 * 1024).expect("a sparse file");
    let stderr = env.fails_unchanged(&["detect", home.join("big.ofx").to_str().unwrap_or("")], 2);
    assert!(stderr.contains("256 MiB"), "{stderr}");
    for bad in ["1.5", "-0.1", "NaN"] {
        let flag = format!("--min-confidence={bad}");
        let stderr = env.fails_unchanged(
            &[
                "detect",
                home.join("statement.ofx").to_str().unwrap_or(""),
                &flag,
            ],
            2,
        );
        assert!(stderr.contains("--min-confidence"), "{bad}: {stderr}");
    }
}

#[test]
fn all_shows_the_uncertain_ones_too_and_since_leaves_out_earlier_debits() {
    let env = with_statements();
    let some = json_at_home(&env, &["detect", "statement.ofx", "--min-confidence", "1"]);
    let all = json_at_home(
        &env,
        &["detect", "statement.ofx", "--min-confidence", "1", "--all"],
    );
    assert!(items(&all["candidates"]).count() > items(&some["candidates"]).count());
    let since = json_at_home(&env, &["detect", "statement.ofx", "--since", "2026-05-01"]);
    assert_eq!(candidate(&since, "Netflix")["first_date"], "2026-05-05");
}

/// Every public sample statement reads, and its JSON keeps the schema.
#[test]
fn every_shared_sample_is_detected_as_valid_json() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/statements");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "{} does not exist: the samples are not checked here",
            dir.display()
        );
        return;
    };
    let env = TestEnv::new();
    let mut checked = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.is_file() || path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let file = path.to_str().unwrap_or("");
        let run = env
            .run(&["--json", "detect", file, "--currency", "EUR"])
            .status(0);
        let doc: Value = serde_json::from_str(&run.into_stdout()).expect("one JSON document");
        matches_schema("detect", &doc);
        checked += 1;
    }
    assert!(checked >= 5, "{checked} samples in {}", dir.display());
}

#[test]
fn a_missed_month_is_passed_over_and_a_series_that_stopped_is_added_cancelled() {
    let env = TestEnv::new();
    let mut csv = String::from("Date,Payee,Amount,Currency\n");
    for m in 1..=8 {
        if m <= 4 {
            csv.push_str(&format!("2026-{m:02}-10,YOGA STUDIO,-29.00,EUR\n"));
        }
        if m != 3 {
            csv.push_str(&format!("2026-{m:02}-03,VODAFONE MOBILE,-19.99,EUR\n"));
        }
        csv.push_str(&format!("2026-{m:02}-28,ACME,2500.00,EUR\n"));
    }
    std::fs::write(env.home().join("gaps.csv"), csv).expect("write the CSV");
    let found = json_at_home(&env, &["detect", "gaps.csv"]);
    let phone = candidate(&found, "Vodafone");
    assert_eq!(phone["events"][0]["kind"], "miss");
    assert_eq!(phone["events"][0]["date"], "2026-03-03");
    assert_eq!(candidate(&found, "Yoga")["status"], "ended");
    at_home(&env, &["detect", "gaps.csv", "--add", "--yes"])
        .status(0)
        .stderr("");
    let list = env.json(&["list", "--status", "all"]);
    let row = |name: &str| {
        items(&list).find(|s| s["name"] == name).map(|s| {
            (
                s["status"].clone(),
                s["next_billing_date"].clone(),
                s["category"].clone(),
            )
        })
    };
    assert_eq!(
        row("Vodafone"),
        Some(("active".into(), "2026-09-03".into(), "Phone".into()))
    );
    assert_eq!(
        row("Yoga"),
        Some(("cancelled".into(), Value::Null, "Fitness".into()))
    );
    let paid = env.json(&["payments", "vodafone"]);
    let dues: Vec<&str> = items(&paid["payments"])
        .filter_map(|p| p["due_date"].as_str())
        .collect();
    assert_eq!(
        dues,
        [
            "2026-08-03",
            "2026-07-03",
            "2026-06-03",
            "2026-05-03",
            "2026-04-03",
            "2026-02-03",
            "2026-01-03"
        ]
    );
}

#[test]
fn rows_that_cannot_be_read_are_named_ten_at_most_and_the_rest_still_read() {
    let env = TestEnv::new();
    let mut csv = String::from("Date,Payee,Amount,Currency\n");
    for m in 1..=8 {
        csv.push_str(&format!("2026-{m:02}-03,VODAFONE MOBILE,-19.99,EUR\n"));
    }
    for day in 1..=12 {
        csv.push_str(&format!("2026-05-{day:02},BROKEN,abc,EUR\n"));
    }
    std::fs::write(env.home().join("bad.csv"), csv).expect("write the CSV");
    let run = at_home(&env, &["detect", "bad.csv"]).status(0);
    let stderr = run.stderr_text().to_string();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 12, "{stderr}");
    for (i, line) in lines.iter().take(10).enumerate() {
        assert!(
            line.starts_with(&format!("warning: bad.csv:{}: ", i + 10)),
            "{stderr}"
        );
    }
    assert_eq!(lines[10], "warning: and 2 more rows could not be read");
    assert_eq!(
        lines[11],
        "Read 8 rows (8 debits) from bad.csv, 2026-01-03 to 2026-08-03; 1 series looks recurring (0 already tracked)."
    );
    let stdout = run.into_stdout();
    assert!(stdout.starts_with("Name\tCycle\tAmount\tCharges\tConfidence\tStatus\tNext\tTracked\nVodafone\tmonthly\t19.99 EUR\t8\t"), "{stdout}");
}

#[test]
fn on_a_terminal_add_asks_which_with_every_series_preselected() {
    let env = with_statements();
    // Space takes the first (the most certain: Spotify) out; Enter adds the rest.
    let (code, screen) = env.typing("detect statement.ofx --add", &[" ", "\r"]);
    assert_eq!(code, Some(0), "{screen}");
    assert!(screen.contains("Track which?"), "{screen}");
    let list = env.json(&["list"]);
    let mut names: Vec<&str> = items(&list).filter_map(|s| s["name"].as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["Github", "Netflix"]);
    // Esc leaves the picker: nothing is added.
    let before = env.dump();
    let (code, screen) = env.typing("detect statement.ofx --add", &["\x1b"]);
    assert_eq!(code, Some(2), "{screen}");
    assert_eq!(before, env.dump());
}

#[test]
fn nothing_recurring_is_one_sentence_and_exit_0() {
    let env = TestEnv::new();
    std::fs::write(
        env.home().join("quiet.csv"),
        "Date,Payee,Amount,Currency\n2026-03-02,CORNER GROCERY,-42.17,EUR\n\
         2026-03-27,ACME GMBH,2500.00,EUR\n2026-04-09,CITY CAFE,-8.40,EUR\n",
    )
    .expect("write the CSV");
    at_home(&env, &["detect", "quiet.csv"])
        .status(0)
        .stdout("Read 3 rows (2 debits) from quiet.csv, 2026-03-02 to 2026-04-09; no series look recurring.\n")
        .stderr("");
    let doc = json_at_home(&env, &["detect", "quiet.csv"]);
    assert_eq!(doc["candidates"], serde_json::json!([]));
    matches_schema("detect", &doc);
}
