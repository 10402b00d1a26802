//! `subs forecast`: the months ahead, checked against `upcoming` (the same
//! charges over the same days) and the dashboard (the same yearly cost).

use crate::common::fixtures::every_other_cycle;
use crate::common::{Succeeds, TestEnv, has, items};
use serde_json::Value;

/// Every cycle, two currencies, an end date, a cancelled one and an
/// overdue one.
fn portfolio() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["rates", "set", "EUR", "1.08"]);
    env.monthly("Netflix", "15.99").start("2026-01-31").add();
    every_other_cycle(&env, &[]);
    env.monthly("Overdue", "7")
        .start("2026-10-20")
        .next("2026-11-20")
        .with("--auto-renew", "false")
        .add();
    let gone = env.monthly("Gone", "99").add();
    env.ok(&["cancel", &gone]);
    env
}

fn sums(v: &Value) -> std::collections::BTreeMap<String, String> {
    v.as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.to_string()))
        .collect()
}

#[test]
fn twelve_months_hold_exactly_the_charges_upcoming_lists_for_those_days() {
    let env = portfolio();
    let f = env.json(&["forecast"]);
    assert_eq!(f["from"], "2026-11-01");
    assert_eq!(f["until"], "2027-10-31");
    assert_eq!(f["months"].as_array().unwrap().len(), 12);
    // today (2026-11-26) to 2027-10-31 is 340 days, today included.
    let upcoming = env.json(&["upcoming", "--days", "340"]);
    assert_eq!(upcoming["until"], "2027-10-31");
    assert_eq!(sums(&f["totals"]), sums(&upcoming["totals"]), "{f}");
    let charges: u64 = items(&f["months"])
        .map(|m| m["charges"].as_u64().unwrap())
        .sum();
    assert_eq!(
        charges as usize,
        upcoming["charges"].as_array().unwrap().len()
    );
    // Month by month: the yearly charge in March, the overdue one now,
    // nothing of the cancelled one, the ended one's last in April.
    let month = |m: &str| {
        items(&f["months"])
            .find(|x| x["month"] == m)
            .cloned()
            .unwrap()
    };
    let march = month("2027-03");
    let feb = month("2027-02");
    let march_usd: f64 = march["by_currency"]["USD"].as_f64().unwrap();
    let feb_usd: f64 = feb["by_currency"]["USD"].as_f64().unwrap();
    assert!(march_usd > 29.99, "{march}");
    assert!(
        !f.to_string().contains("99.0"),
        "the cancelled one is not charged"
    );
    // The first month holds what is overdue too (7.00 due on 2026-11-20).
    let now = month("2026-11");
    let now_usd = now["by_currency"]["USD"].as_f64().unwrap();
    assert!(now_usd >= 7.0 + 15.99, "{now}");
    assert!(feb_usd > 0.0);
}

#[test]
fn set_aside_is_the_yearly_cost_over_twelve_rounded_once() {
    let env = portfolio();
    let f = env.json(&["forecast", "--months", "3"]);
    let dashboard = env.json(&["dashboard"]);
    for (currency, v) in f["set_aside"]["by_currency"].as_object().unwrap() {
        assert_eq!(
            v.to_string(),
            dashboard["by_currency"][currency]["monthly_cost"].to_string(),
            "{currency}"
        );
    }
    assert_eq!(
        f["set_aside"]["total"].to_string(),
        dashboard["monthly_cost"].to_string()
    );
    assert_eq!(f["unconverted"], serde_json::json!([]));
    let text = env.ok(&["forecast", "--months", "3"]);
    assert!(text.contains("Set aside per month:"), "{text}");
    assert!(text.contains("≈"), "every currency converts: {text}");
}

#[test]
fn months_and_start_are_checked() {
    let env = portfolio();
    let f = env.json(&["forecast", "--months", "2", "--from", "2027-03"]);
    assert_eq!(f["from"], "2027-03-01");
    assert_eq!(f["until"], "2027-04-30");
    let months: Vec<&str> = items(&f["months"])
        .map(|m| m["month"].as_str().unwrap())
        .collect();
    assert_eq!(months, ["2027-03", "2027-04"]);
    for (args, says) in [
        (&["forecast", "--months", "0"][..], "--months"),
        (&["forecast", "--months", "121"], "--months"),
        (&["forecast", "--from", "2026-13"], "--from"),
        (&["forecast", "--from", "2025-01"], "looks ahead"),
    ] {
        let err = env.fails_unchanged(args, 2);
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

/// With an overall budget, each month says whether its charges go over it
/// (the budget in the base currency).
#[test]
fn each_month_is_measured_against_the_budget() {
    let env = TestEnv::at("2027-01-01");
    env.monthly("Gym", "40").start("2027-01-10").add();
    env.yearly("Insurance", "120").start("2027-03-05").add();
    let without = env.json(&["forecast", "--months", "4"]);
    assert_eq!(without["budget"], Value::Null);
    assert_eq!(without["months"][0]["over_budget"], Value::Null);
    env.ok(&["rates", "set", "EUR", "1.25"]);
    env.ok(&["budget", "set", "40", "--currency", "EUR"]);
    let f = env.json(&["forecast", "--months", "4"]);
    assert_eq!(f["budget"].to_string(), "50.00");
    let over: Vec<(String, bool)> = items(&f["months"])
        .map(|m| {
            (
                m["month"].as_str().unwrap().to_string(),
                m["over_budget"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        over,
        [
            ("2027-01".to_string(), false),
            ("2027-02".to_string(), false),
            ("2027-03".to_string(), true),
            ("2027-04".to_string(), false)
        ]
    );
    let text = env.ok(&["forecast", "--months", "4"]);
    has(&text, "over budget");
    has(&text, "Budget: 50.00 USD a month; 1 month over it");
}

/// Amounts as hledger prints them in a cell: `120 EUR, 15.99 USD` (or `0`).
fn hledger_cell(cell: &str) -> std::collections::BTreeMap<String, rust_decimal::Decimal> {
    cell.split(", ")
        .filter_map(|part| {
            let (amount, code) = part.trim().split_once(' ')?;
            Some((code.to_string(), amount.replace(',', "").parse().ok()?))
        })
        .filter(|(_, v): &(String, rust_decimal::Decimal)| !v.is_zero())
        .collect()
}

/// The README's `hledger … --forecast` command, run exactly as written on
/// the exported journal, shows month by month what `subs forecast` shows —
/// this month's charges included (its rules fall on the 1st, before
/// tomorrow, where hledger's forecast starts by default), a charge already
/// paid not counted again. hledger reads the real clock, so the portfolio
/// is built around the real today.
#[test]
fn the_readmes_hledger_forecast_command_agrees_with_subs_forecast_month_by_month() {
    if !crate::common::have("hledger") {
        return;
    }
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let command = readme
        .lines()
        .find(|l| l.starts_with("hledger -f subs.journal bal") && l.contains("--forecast"))
        .expect("the README's forecast command");
    let command = command.split('#').next().unwrap_or_default().trim();

    let today = chrono::Local::now().date_naive();
    let day = |offset: i64| (today + chrono::Duration::days(offset)).to_string();
    let env = TestEnv::at(&today.to_string());
    env.monthly("Due today", "15.99").start(&day(0)).add();
    env.monthly("Paid today", "9.99").start(&day(0)).add();
    env.ok(&["pay", "paid today"]);
    env.yearly("Yearly", "29.99").start(&day(40)).add();
    env.sub("Gym")
        .amount("120")
        .cycle("custom")
        .with("--every-days", "90")
        .currency("EUR")
        .start(&day(3))
        .add();
    let dir = env.home().join("books");
    std::fs::create_dir_all(&dir).unwrap();
    env.ok(&[
        "export",
        "--format",
        "ledger",
        "-o",
        dir.join("subs.journal").to_str().unwrap(),
    ]);

    let words: Vec<&str> = command.split_whitespace().collect();
    let out = std::process::Command::new(words[0])
        .args(&words[1..])
        .current_dir(&dir)
        .succeeds();
    let table = String::from_utf8(out.stdout).unwrap();
    let columns = |line: &str| -> Vec<String> {
        let cells = line.split_once("||").map(|(_, c)| c).unwrap_or_default();
        cells
            .split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(String::from)
            .collect()
    };
    let lines: Vec<&str> = table.lines().collect();
    let header = lines.iter().find(|l| l.contains("||")).expect("a header");
    let rule = lines
        .iter()
        .position(|l| l.starts_with('-'))
        .expect("the totals rule");
    let totals = columns(lines[rule + 1]);
    let months = columns(header);
    assert_eq!(months.len(), totals.len(), "{table}");
    let hledger: std::collections::BTreeMap<String, _> = months
        .into_iter()
        .zip(totals.iter().map(|c| hledger_cell(c)))
        .collect();

    let forecast = env.json(&["forecast"]);
    let mut subs = std::collections::BTreeMap::new();
    for m in forecast["months"].as_array().unwrap() {
        let by: std::collections::BTreeMap<String, rust_decimal::Decimal> = m["by_currency"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(c, v)| (c.clone(), v.to_string().parse().unwrap()))
            .filter(|(_, v): &(String, rust_decimal::Decimal)| !v.is_zero())
            .collect();
        subs.insert(m["month"].as_str().unwrap().to_string(), by);
    }
    assert_eq!(subs.len(), 12, "{forecast}");
    let this_month = today.format("%Y-%m").to_string();
    assert!(
        subs[&this_month].contains_key("USD"),
        "this month's charge: {forecast}"
    );
    assert_eq!(hledger, subs, "`{command}`:\n{table}");
}
