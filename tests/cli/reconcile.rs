//! `subs reconcile`: a bank statement (written here, as OFX) laid over a
//! portfolio of five subscriptions, one event of each kind; `--apply`
//! records payments once, takes on a price two charges agree on, raises
//! missed_charge and duplicate_charge once, and `undo` reverts it whole.

use serde_json::Value;

use crate::common::{TestEnv, items};
use crate::schemas::{schema, valid};

/// 2026-12-07, and a statement from 2026-08-02 to 2026-11-30:
/// - Netflix 15.99 on the 5th: paid every month (October's a day late, still on time);
/// - Gym 30 on the 10th, charged as FITGYM: paid in August, late in September
///   (the 15th), missed in October, charged twice in November;
/// - Spotify 10.99 on the 20th: 11.99 in October (a new price) and November
///   (paid at it: two charges agree, so --apply takes it on);
/// - iCloud 2.99 on the 25th from October, charged as APPLE.COM/BILL (a possible rename);
/// - Magazine 5 on the 28th: paid to October; November's is too early to tell;
/// - DROPBOX 11.99 on the 2nd, which nobody declared; groceries and a salary.
fn portfolio() -> TestEnv {
    let env = TestEnv::at("2026-12-07");
    env.monthly("Netflix", "15.99").start("2026-01-05").add();
    env.monthly("Gym", "30")
        .start("2026-01-10")
        .with("--match", "FITGYM")
        .add();
    env.monthly("Spotify", "10.99").start("2026-01-20").add();
    env.monthly("iCloud", "2.99").start("2026-10-25").add();
    env.monthly("Magazine", "5").start("2026-01-28").add();
    std::fs::write(env.home().join("bank.ofx"), statement()).expect("write the statement");
    env
}

/// The statement's rows: (date, payee, amount, bank id).
const ROWS: &[(&str, &str, &str, &str)] = &[
    ("20260802", "DROPBOX", "-11.99", "T01"),
    ("20260805", "NETFLIX.COM", "-15.99", "T02"),
    ("20260810", "FITGYM BERLIN", "-30.00", "T03"),
    ("20260814", "GROCERY STORE", "-54.20", "T04"),
    ("20260820", "SPOTIFY", "-10.99", "T05"),
    ("20260828", "MAGAZINE", "-5.00", "T06"),
    ("20260831", "ACME SALARY", "2500.00", "T07"),
    ("20260902", "DROPBOX", "-11.99", "T08"),
    ("20260905", "NETFLIX.COM", "-15.99", "T09"),
    ("20260915", "FITGYM BERLIN", "-30.00", "T10"),
    ("20260920", "SPOTIFY", "-10.99", "T11"),
    ("20260928", "MAGAZINE", "-5.00", "T12"),
    ("20261002", "DROPBOX", "-11.99", "T13"),
    ("20261006", "NETFLIX.COM", "-15.99", "T14"),
    ("20261017", "GROCERY STORE", "-61.05", "T15"),
    ("20261020", "SPOTIFY", "-11.99", "T16"),
    ("20261025", "APPLE.COM/BILL", "-2.99", "T17"),
    ("20261028", "MAGAZINE", "-5.00", "T18"),
    ("20261102", "DROPBOX", "-11.99", "T19"),
    ("20261105", "NETFLIX.COM", "-15.99", "T20"),
    ("20261110", "FITGYM BERLIN", "-30.00", "T21"),
    ("20261111", "FITGYM BERLIN", "-30.00", "T22"),
    ("20261120", "SPOTIFY", "-11.99", "T23"),
    ("20261125", "APPLE.COM/BILL", "-2.99", "T24"),
    ("20261130", "GROCERY STORE", "-47.80", "T25"),
];

fn statement() -> String {
    let mut ofx = String::from(
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX>\n<BANKMSGSRSV1><STMTTRNRS>\n\
         <STMTRS>\n<CURDEF>USD\n<BANKACCTFROM>\n<ACCTID>1234\n</BANKACCTFROM>\n<BANKTRANLIST>\n",
    );
    for (date, payee, amount, id) in ROWS {
        ofx.push_str(&format!(
            "<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>{date}\n<TRNAMT>{amount}\n<FITID>{id}\n<NAME>{payee}\n</STMTTRN>\n"
        ));
    }
    ofx.push_str("</BANKTRANLIST>\n</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n");
    ofx
}

fn bank(env: &TestEnv) -> String {
    env.home().join("bank.ofx").display().to_string()
}

/// The events as (kind, subscription, due, [bank ids]) lines.
fn events(doc: &Value) -> Vec<String> {
    items(&doc["events"])
        .map(|e| {
            let ids: Vec<&str> = items(&e["transactions"])
                .filter_map(|t| t["id"].as_str())
                .collect();
            format!(
                "{} {} {} {}",
                e["kind"].as_str().unwrap_or("?"),
                e["subscription_name"].as_str().unwrap_or("-"),
                e["due"].as_str().unwrap_or("-"),
                ids.join(",")
            )
        })
        .collect()
}

#[test]
fn the_json_validates_and_leaves_too_early_charges_to_the_text() {
    let env = portfolio();
    let file = bank(&env);
    let doc = env.json(&["reconcile", &file]);
    if let Err(why) = valid(&schema("reconcile"), &doc, "$") {
        panic!("{why}\n{doc:#}");
    }
    assert_eq!(doc["period"]["from"], "2026-08-02");
    assert_eq!(doc["period"]["until"], "2026-11-30");
    assert!(doc.get("applied").is_none(), "only --apply writes");
    assert!(
        !events(&doc)
            .iter()
            .any(|e| e.contains("Magazine 2026-11-28")),
        "{doc:#}"
    );
    let run = env.run(&["reconcile", &file]).status(0);
    let pending = run
        .stderr_text()
        .lines()
        .find(|l| l.starts_with("Too early to tell (due in the statement's last 7 days): "))
        .unwrap_or_default();
    assert!(
        pending.ends_with("Magazine due 2026-11-28."),
        "{}",
        run.transcript()
    );
}

#[test]
fn every_kind_of_event_field_by_field() {
    let env = portfolio();
    let doc = env.json(&["reconcile", &bank(&env)]);
    let mut got = events(&doc);
    got.sort();
    assert_eq!(
        got,
        [
            "duplicate Gym 2026-11-10 T22",
            "late Gym 2026-09-10 T10",
            "missed Gym 2026-10-10 ",
            "paid Gym 2026-08-10 T03",
            "paid Gym 2026-11-10 T21",
            "paid Magazine 2026-08-28 T06",
            "paid Magazine 2026-09-28 T12",
            "paid Magazine 2026-10-28 T18",
            "paid Netflix 2026-08-05 T02",
            "paid Netflix 2026-09-05 T09",
            "paid Netflix 2026-10-05 T14",
            "paid Netflix 2026-11-05 T20",
            "paid Spotify 2026-08-20 T05",
            "paid Spotify 2026-09-20 T11",
            "paid Spotify 2026-11-20 T23",
            "possible_rename iCloud 2026-10-25 T17",
            "possible_rename iCloud 2026-11-25 T24",
            "price_change Spotify 2026-10-20 T16",
            "unexpected - - T01,T08,T13,T19",
        ]
    );
    let late = items(&doc["events"])
        .find(|e| e["kind"] == "late")
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        late["subscription_id"]
            .as_str()
            .map(|s| s.starts_with("SUB")),
        Some(true)
    );
    // The amount as the bank wrote it, exactly.
    let want: Value =
        serde_json::from_str(r#"[{"id": "T10", "date": "2026-09-15", "amount": 30.00}]"#)
            .unwrap_or_default();
    assert_eq!(late["transactions"], want);
    assert!(late["detail"].as_str().is_some_and(|d| !d.is_empty()));
    let unexpected = items(&doc["events"])
        .find(|e| e["kind"] == "unexpected")
        .cloned()
        .unwrap_or_default();
    assert_eq!(unexpected["subscription_id"], Value::Null);
    assert_eq!(unexpected["due"], Value::Null);
}

#[test]
fn the_text_is_a_table_by_date_with_a_summary() {
    let env = portfolio();
    let (status, screen) = env.on_terminal(&["reconcile", &bank(&env)], 120);
    assert_eq!(status, Some(0), "{screen}");
    insta::assert_snapshot!("reconcile_text", screen.replace(&bank(&env), "bank.ofx"));
}

#[test]
fn apply_records_once_adopts_a_price_two_charges_agree_on_and_undo_reverts_it_all() {
    let env = portfolio();
    let file = bank(&env);
    let state = || {
        (
            env.json(&["payments"]),
            env.json(&["alerts", "list", "--all"]),
            env.json(&["list", "--status", "all"]),
            env.json(&["show", "spotify"])["price_history"].clone(),
        )
    };
    let before = state();
    let doc = env.json(&["reconcile", &file, "--apply"]);
    let applied = &doc["applied"];
    assert_eq!(applied["payments"], 14, "{applied:#}");
    assert_eq!(applied["already_recorded"], 0);
    assert_eq!(applied["alerts"], 2);
    assert_eq!(applied["not_recorded"], serde_json::json!([]));
    assert_eq!(applied["prices"][0]["subscription_name"], "Spotify");
    assert_eq!(applied["prices"][0]["from"], 10.99);
    assert_eq!(applied["prices"][0]["to"], 11.99);
    let payments = env.json(&["payments"]);
    let mut paid: Vec<String> = items(&payments["payments"])
        .map(|p| {
            format!(
                "{} {} {} {} {}",
                p["subscription_name"].as_str().unwrap_or("?"),
                p["due_date"].as_str().unwrap_or("?"),
                p["payment_date"].as_str().unwrap_or("?"),
                p["amount"].as_f64().unwrap_or_default(),
                p["transaction_id"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    paid.sort();
    assert_eq!(paid.len(), 14);
    assert!(
        paid.contains(&"Gym 2026-09-10 2026-09-15 30 T10".to_string()),
        "{paid:#?}"
    );
    assert!(
        paid.contains(&"Spotify 2026-11-20 2026-11-20 11.99 T23".to_string()),
        "{paid:#?}"
    );
    assert_eq!(env.json(&["show", "spotify"])["amount"], 11.99);
    let alerts = env.json(&["alerts", "list"]);
    let mut raised: Vec<String> = items(&alerts)
        .map(|a| {
            format!(
                "{} {}",
                a["alert_type"].as_str().unwrap_or("?"),
                a["title"].as_str().unwrap_or("?")
            )
        })
        .collect();
    raised.sort();
    assert_eq!(
        raised,
        [
            "duplicate_charge Gym charged twice for 2026-11-10",
            "missed_charge Gym charge of 2026-10-10 missing",
            "price_increase Spotify price increased",
        ]
    );

    let again = env.json(&["reconcile", &file, "--apply"]);
    assert_eq!(again["applied"]["payments"], 0, "{:#}", again["applied"]);
    assert_eq!(again["applied"]["already_recorded"], 14);
    assert_eq!(again["applied"]["alerts"], 0);
    assert_eq!(again["applied"]["prices"], serde_json::json!([]));
    assert_eq!(items(&env.json(&["alerts", "list"])).count(), 3);

    // The second run changed nothing, so it left no step: one undo takes
    // back the whole first run.
    env.ok(&["undo", "--yes"]);
    assert!(before == state(), "undo leaves the portfolio as it was");
}

#[test]
fn one_charge_at_a_new_price_is_not_adopted() {
    let env = portfolio();
    let one = statement().replace("<TRNAMT>-11.99\n<FITID>T23", "<TRNAMT>-10.99\n<FITID>T23");
    let file = env.home().join("one.ofx");
    std::fs::write(&file, one).expect("write the statement");
    let doc = env.json(&["reconcile", &file.display().to_string(), "--apply"]);
    assert_eq!(doc["applied"]["prices"], serde_json::json!([]));
    assert_eq!(env.json(&["show", "spotify"])["amount"], 10.99);
}

#[test]
fn a_file_that_cannot_be_read_exits_2_and_changes_nothing() {
    let env = portfolio();
    let garbage = env.home().join("garbage.ofx");
    std::fs::write(&garbage, "<OFX><STMTTRN><DTPOSTED>yesterday").expect("write");
    let missing = env.home().join("missing.ofx");
    for (file, why) in [
        (garbage.display().to_string(), "garbage.ofx: "),
        (missing.display().to_string(), "no such file"),
    ] {
        let stderr = env.fails_unchanged(&["reconcile", &file, "--apply"], 2);
        assert!(stderr.contains(why), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "one sentence: {stderr}");
    }
    let csv = env.home().join("no-currency.csv");
    std::fs::write(&csv, "Date,Payee,Amount\n2026-11-05,NETFLIX.COM,-15.99\n").expect("write");
    let stderr = env.fails_unchanged(&["reconcile", &csv.display().to_string(), "--apply"], 2);
    assert!(stderr.contains("--currency"), "{stderr}");
}
