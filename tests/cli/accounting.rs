//! `export --format ledger|beancount`, read by the real tools: hledger and
//! bean-check (installed by `.ci/run`; without them the tests skip, except
//! under CI=true, where they fail).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::fixtures::every_other_cycle;
use crate::common::{Succeeds, TestEnv, has_each, have, words};
use rust_decimal::Decimal;
use serde_json::Value;

/// Every cycle, three currencies, and text that could break a journal.
fn portfolio() -> TestEnv {
    let env = TestEnv::new();
    env.monthly("Net;flix | \"4K\" #1 🎬", "15.99")
        .start("2026-01-31")
        .category("Video: Streaming; (HD)")
        .with("--notes", "line one\nline two ; # not a comment")
        .add();
    every_other_cycle(&env, &["--payment-method", "bank_transfer"]);
    env.yearly("Nintendo", "2400")
        .currency("JPY")
        .start("2026-05-01")
        .add();
    env
}

fn with_payments(env: &TestEnv) {
    env.ok(&["pay", "gym", "--transaction-id", "TX(1) ; x"]);
    env.ok(&words("pay lessons --due 2026-11-30 --status pending"));
    env.ok(&words("pay lessons --due 2026-12-07 --status failed"));
    env.ok(&[
        "pay",
        "net",
        "--due",
        "2026-11-30",
        "--notes",
        "paid \"early\"\nby hand",
    ]);
    env.ok(&["pay", "net", "--due", "2026-11-30", "--status", "refunded"]);
}

/// `subs payments --json` totals: net paid per currency (paid, less
/// refunded; pending and failed are not money paid).
fn expected_payments(env: &TestEnv) -> BTreeMap<String, Decimal> {
    let totals = env.json(&["payments"])["totals"].clone();
    sums(
        totals
            .as_object()
            .unwrap()
            .iter()
            .map(|(c, v)| (c.clone(), v.to_string().parse().unwrap())),
    )
}

fn export(env: &TestEnv, format: &str, name: &str) -> PathBuf {
    let path = env.home().join(name);
    env.ok(&["export", "--format", format, "-o", path.to_str().unwrap()]);
    path
}

/// The portfolio with its payments, exported as `format` to `name`: the
/// environment, the file and its text; None (the test is skipped) without
/// `tool`.
fn paid_export(tool: &str, format: &str, name: &str) -> Option<(TestEnv, PathBuf, String)> {
    if !have(tool) {
        return None;
    }
    let env = portfolio();
    with_payments(&env);
    let file = export(&env, format, name);
    let text = std::fs::read_to_string(&file).unwrap();
    Some((env, file, text))
}

/// Amounts summed per commodity, the ones that sum to zero left out (as
/// `payments --json` leaves them out).
fn sums(amounts: impl IntoIterator<Item = (String, Decimal)>) -> BTreeMap<String, Decimal> {
    let mut sums: BTreeMap<String, Decimal> = BTreeMap::new();
    for (commodity, amount) in amounts {
        *sums.entry(commodity).or_default() += amount;
    }
    sums.retain(|_, v| !v.is_zero());
    sums
}

/// Sums of the postings to expense accounts in hledger's JSON of `print`.
fn hledger_expenses(journal: &Path, extra: &[&str]) -> BTreeMap<String, Decimal> {
    let out = Command::new("hledger")
        .arg("-f")
        .arg(journal)
        .arg("print")
        .args(extra)
        .args(["-O", "json"])
        .succeeds();
    let txns: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut amounts = Vec::new();
    for t in txns.as_array().unwrap() {
        for p in t["tpostings"].as_array().unwrap() {
            if !p["paccount"].as_str().unwrap().starts_with("expenses") {
                continue;
            }
            for a in p["pamount"].as_array().unwrap() {
                let q = &a["aquantity"];
                let value = Decimal::new(
                    q["decimalMantissa"].as_i64().unwrap(),
                    q["decimalPlaces"].as_u64().unwrap() as u32,
                );
                amounts.push((a["acommodity"].as_str().unwrap().to_string(), value));
            }
        }
    }
    sums(amounts)
}

#[test]
fn hledger_reads_the_journal_and_agrees_on_payments_and_forecast() {
    if !have("hledger") {
        return;
    }
    // The forecast: a portfolio without payments, twelve months.
    let env = portfolio();
    let journal = export(&env, "ledger", "subs.journal");
    Command::new("hledger")
        .arg("-f")
        .arg(&journal)
        .arg("check")
        .succeeds();
    let forecast = env.json(&["forecast"]);
    let want: BTreeMap<String, Decimal> = forecast["totals"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(c, v)| (c.clone(), v.to_string().parse().unwrap()))
        .collect();
    let got = hledger_expenses(&journal, &["--forecast=2026-11-01..2027-11-01"]);
    assert_eq!(got, want, "hledger's forecast against subs forecast");
    // The payments.
    with_payments(&env);
    let journal = export(&env, "ledger", "paid.journal");
    let text = std::fs::read_to_string(&journal).unwrap();
    assert!(text.contains("; failed, no money moved"), "{text}");
    assert!(
        text.contains(" ! "),
        "a pending payment is marked pending: {text}"
    );
    // Cleared transactions (paid, and refunds) are what `subs payments`
    // counts as paid; the pending one is in the journal, marked `!`.
    let got = hledger_expenses(&journal, &["--cleared"]);
    assert_eq!(got, expected_payments(&env), "{text}");
    assert_ne!(
        hledger_expenses(&journal, &[]),
        got,
        "pending counts without --cleared"
    );
}

#[test]
fn bean_check_accepts_the_file_and_agrees_on_payments() {
    let Some((env, file, text)) = paid_export("bean-check", "beancount", "subs.beancount") else {
        return;
    };
    let out = Command::new("bean-check").arg(&file).output().unwrap();
    assert!(
        out.status.success(),
        "{}{}\n{text}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // Totals through beancount's own loader.
    let script = "import sys, json\nfrom beancount import loader\nfrom beancount.core import data\nentries, errors, _ = loader.load_file(sys.argv[1])\nassert not errors, errors\nsums = {}\nfor e in entries:\n    if isinstance(e, data.Transaction) and e.flag == '*':\n        for p in e.postings:\n            if p.account.startswith('Expenses') and p.units is not None:\n                sums[p.units.currency] = sums.get(p.units.currency, 0) + p.units.number\nprint(json.dumps({k: str(v) for k, v in sums.items()}))\n";
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(&file)
        .succeeds();
    let totals: BTreeMap<String, String> = serde_json::from_slice(&out.stdout).unwrap();
    let got = sums(totals.into_iter().map(|(c, v)| (c, v.parse().unwrap())));
    assert_eq!(got, expected_payments(&env), "{text}");
    assert!(text.contains("transaction: \"TX(1) ; x\""), "{text}");
}

#[test]
fn ledger_reads_the_same_journal_and_agrees_on_payments() {
    let Some((env, journal, text)) = paid_export("ledger", "ledger", "subs.journal") else {
        return;
    };
    let out = Command::new("ledger")
        .arg("-f")
        .arg(&journal)
        .args(["--cleared", "reg", "expenses", "--format"])
        .arg("%(commodity(amount))\t%(quantity(amount))\n")
        .output()
        .unwrap();
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "{}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = sums(String::from_utf8_lossy(&out.stdout).lines().map(|line| {
        let (commodity, amount) = line.split_once('\t').unwrap();
        (commodity.to_string(), amount.parse().unwrap())
    }));
    assert_eq!(got, expected_payments(&env), "{text}");
}

/// A refund is a transaction of its own beside the payment it returns money
/// for (a full refund no longer turns the payment into money coming back),
/// and the tools' totals equal `subs payments`' net of it.
#[test]
fn a_refund_is_its_own_transaction_beside_the_payment() {
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99")
        .start("2024-01-31")
        .with("--reminder-days", "7")
        .add();
    env.monthly("Gym", "30").start("2024-01-27").add();
    env.ok(&["pay", "netflix", "--date", "2026-11-25"]);
    env.ok(&["payments", "edit", "1", "--status", "refunded"]);
    env.ok(&["pay", "gym", "--date", "2026-11-24"]);
    env.ok(&["payments", "refund", "3", "--amount", "12.50"]);
    assert_eq!(
        expected_payments(&env),
        BTreeMap::from([("USD".to_string(), Decimal::new(1750, 2))])
    );
    let journal = export(&env, "ledger", "refunds.journal");
    let text = std::fs::read_to_string(&journal).unwrap();
    let starts: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("2026-"))
        .map(|l| l.split("  ;").next().unwrap())
        .collect();
    assert_eq!(
        starts,
        [
            "2026-11-24 * Gym",
            "2026-11-25 * Netflix",
            "2026-11-26 * Netflix (refund)",
            "2026-11-26 * Gym (refund)"
        ],
        "{text}"
    );
    assert!(text.contains("    12.50 USD\n"), "{text}");
    let bean = std::fs::read_to_string(export(&env, "beancount", "refunds.beancount")).unwrap();
    has_each(
        &bean,
        &[
            "2026-11-25 * \"Netflix\" \"charge due 2026-11-30\"",
            "2026-11-26 * \"Netflix\" \"refund of the charge due 2026-11-30\"",
            "2026-11-24 * \"Gym\" \"charge due 2026-11-27\"",
            "2026-11-26 * \"Gym\" \"refund of the charge due 2026-11-27\"",
        ],
    );
    if have("hledger") {
        assert_eq!(
            hledger_expenses(&journal, &["--cleared"]),
            expected_payments(&env),
            "{text}"
        );
    }
}
