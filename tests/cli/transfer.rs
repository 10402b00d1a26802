//! `subs export` and `subs import`: lossless JSON, CSV, iCalendar, Wallos.

use std::path::Path;

use crate::common::{Succeeds, TestEnv, has, items, words};
use chrono::NaiveDate;
use serde_json::Value;

fn fresh_like(env: &TestEnv) -> TestEnv {
    TestEnv {
        today: env.today.clone(),
        ..TestEnv::new()
    }
}

/// A database that uses every table and every field.
fn everything() -> TestEnv {
    let first = TestEnv::at("2026-06-01");
    first.ok(&["config", "set", "base_currency", "EUR"]);
    first.ok(&["config", "set", "max_subscriptions", "250"]);
    first.ok(&["rates", "set", "USD", "0.92"]);
    first.ok(&[
        "category", "add", "Video", "--hex", "#E50914", "--icon", "tv",
    ]);
    let netflix = first
        .sub("Netflix, \"Family\" 🎬")
        .amount("15.99")
        .currency("USD")
        .monthly()
        .start("2024-01-31")
        .category("Video")
        .with("--description", "Line one\nline two; with, commas")
        .with("--provider", "Netflix Inc.")
        .with("--payment-method", "paypal")
        .with("--reminder-days", "5")
        .with("--email-notifications", "false")
        .with("--url", "https://netflix.com/account")
        .with("--notes", "O'Brien <b>bold</b> ; DROP TABLE x;--")
        .with("--end", "2030-01-31")
        .add();
    first
        .sub("Gym")
        .amount("120")
        .cycle("custom")
        .with("--every-days", "90")
        .start("2026-01-10")
        .with("--auto-renew", "false")
        .add();
    first
        .sub("Paper")
        .amount("3.50")
        .cycle("weekly")
        .start("2026-05-04")
        .add();
    first.ok(&words(
        "pay gym --due 2026-04-10 --transaction-id TX-1 --notes first",
    ));
    first.ok(&["pay", "paper", "--status", "failed"]);
    first.ok(&[
        "log-usage",
        &netflix,
        "--count",
        "3",
        "--duration",
        "2h15m",
        "--value",
        "4.5",
        "--notes",
        "weekend",
    ]);
    first.ok(&["edit", "paper", "--amount", "3.99"]);
    // Keep the first environment's folder (it holds the database) alive.
    let later = TestEnv {
        today: "2026-07-15".into(),
        ..first
    };
    later.ok(&["renew"]);
    later.ok(&["alerts", "generate"]);
    later.ok(&["alerts", "read", "1"]);
    later.ok(&["pause", "gym"]);
    later
}

fn export(env: &TestEnv) -> String {
    env.ok(&["export"])
}

#[test]
fn json_round_trip_is_byte_identical() {
    let env = everything();
    let first = export(&env);
    let v: Value = serde_json::from_str(&first).expect("the export is one JSON document");
    assert_eq!(v["format_version"], 3, "version 3: JSON columns as objects");
    // Nested JSON is an object, never a string holding JSON.
    for sub in v["subscriptions"].as_array().unwrap() {
        assert!(sub["usage_tracking"].is_object(), "{sub}");
        assert!(sub["ai_insights"].is_object(), "{sub}");
    }
    for section in [
        "config",
        "rates",
        "categories",
        "subscriptions",
        "payments",
        "usage",
        "alerts",
        "price_history",
    ] {
        assert!(
            !v[section].as_array().unwrap().is_empty(),
            "{section} is exercised"
        );
    }
    let path = env.home().join("backup.json");
    std::fs::write(&path, &first).unwrap();

    let copy = fresh_like(&env);
    let report = copy.json(&["import", path.to_str().unwrap()]);
    assert_eq!(report["inserted"]["subscriptions"], 3);
    assert_eq!(report["conflict_count"], 0);
    assert_eq!(
        export(&copy),
        first,
        "export → import → export must be byte-identical"
    );
    assert_eq!(copy.json(&["show", "gym"]), env.json(&["show", "gym"]));

    // Importing the same file again changes nothing.
    let before = copy.dump();
    let again = copy.json(&["import", path.to_str().unwrap()]);
    assert!(again["inserted"].as_object().unwrap().is_empty(), "{again}");
    assert_eq!(
        again["unchanged"]["payments"],
        v["payments"].as_array().unwrap().len()
    );
    assert_eq!(before, copy.dump());
}

#[test]
fn export_to_a_file_is_private_and_whole() {
    use std::os::unix::fs::PermissionsExt;
    let env = everything();
    let path = env.home().join("out.json");
    env.ok(&["export", "-o", path.to_str().unwrap()]);
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), export(&env));
    let leftovers: Vec<_> = std::fs::read_dir(env.home())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty());
}

fn write(env: &TestEnv, name: &str, text: &str) -> String {
    let path = env.home().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn a_file_whose_last_row_is_invalid_imports_nothing() {
    let env = everything();
    let mut v: Value = serde_json::from_str(&export(&env)).unwrap();
    let last = v["payments"].as_array().unwrap().len() - 1;
    v["payments"][last]["amount"] = serde_json::from_str("1.999").unwrap();
    let bad = serde_json::to_string_pretty(&v).unwrap();
    let copy = fresh_like(&env);
    copy.create_db();
    let path = write(&copy, "bad.json", &bad);
    let err = copy.fails_unchanged(&["import", &path], 2);
    assert!(
        err.contains(&format!("payments[{last}]"))
            && err.contains("field amount")
            && err.contains("2 decimal"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
    assert!(err.contains("line "), "the report names the line: {err}");
    assert_eq!(copy.sql_count("SELECT count(*) FROM subscription"), 0);
}

#[test]
fn bad_backups_are_refused_with_a_reason() {
    let env = everything();
    let copy = fresh_like(&env);
    copy.create_db();
    let good: Value = serde_json::from_str(&export(&env)).unwrap();

    let mut dup = good.clone();
    let first = dup["payments"][0].clone();
    dup["payments"].as_array_mut().unwrap().push(first);
    copy.refuses(
        &["import", &write(&copy, "dup.json", &dup.to_string())],
        2,
        "duplicate id",
    );

    let mut version = good.clone();
    version["format_version"] = 7.into();
    let err = copy.fails_unchanged(
        &["import", &write(&copy, "v7.json", &version.to_string())],
        2,
    );
    assert!(err.contains("unsupported format_version 7"), "{err}");

    copy.refuses(
        &["import", &write(&copy, "list.json", "[1, 2, 3]")],
        2,
        "invalid backup",
    );
    let err = copy.fails_unchanged(
        &["import", &write(&copy, "half.json", &export(&env)[..300])],
        2,
    );
    assert!(err.contains("invalid backup"), "{err}");
    let err = copy.fails_unchanged(
        &["import", &write(&copy, "nover.json", "{\"config\": []}")],
        2,
    );
    assert!(err.contains("format_version is missing"), "{err}");
    copy.refuses(&["import", "/no/such/file.json"], 2, "cannot read");

    let mut orphan = good.clone();
    orphan["payments"][0]["subscription_id"] = "SUB2222222222222222222222".into();
    let err = copy.fails_unchanged(
        &["import", &write(&copy, "orphan.json", &orphan.to_string())],
        2,
    );
    assert!(err.contains("refers to a subscription"), "{err}");

    let mut bad_cycle = good.clone();
    bad_cycle["subscriptions"][0]["billing_cycle"] = "fortnightly".into();
    let err = copy.fails_unchanged(
        &[
            "import",
            &write(&copy, "cycle.json", &bad_cycle.to_string()),
        ],
        2,
    );
    has(&err, "subscriptions[0]: field billing_cycle");
}

#[test]
fn importing_into_a_non_empty_database_merges_and_reports_conflicts() {
    let env = everything();
    let path = write(&env, "b.json", &export(&env));
    let other = fresh_like(&env);
    other.ok(&["category", "add", "Zeta"]);
    other.ok(&["category", "add", "video"]);
    other.add(&["Mine", "--amount", "1", "--cycle", "monthly"]);
    let report = other.json(&["import", &path]);
    assert_eq!(report["inserted"]["subscriptions"], 3);
    // The file's category 1 "Video" is this database's category 2 "video".
    assert_eq!(
        report["unchanged"]["categories"], 1,
        "the same-named category is reused"
    );
    assert_eq!(report["conflict_count"], 0);
    let netflix = other.json(&["show", "netflix, \"family\" 🎬"]);
    assert_eq!(netflix["category"], "video");
    assert_eq!(items(&other.json(&["list", "--status", "all"])).len(), 4);

    // The same ids with different content are conflicts; existing rows win.
    let mut v: Value = serde_json::from_str(&export(&env)).unwrap();
    v["subscriptions"][0]["name"] = "Renamed".into();
    let report = other.json(&["import", &write(&env, "c.json", &v.to_string())]);
    assert_eq!(report["conflict_count"], 1);
    assert_eq!(report["conflicts"][0]["section"], "subscriptions");
    let list = other.ok_with_stderr(
        &["list", "--status", "all"],
        "Monthly cost of active subscriptions: 17.35 EUR + 16.99 USD\n\
         (currencies are not added together)\n\
         ≈ 32.98 EUR a month in all\n",
    );
    assert!(list.contains("Gym"), "{list}");
}

#[test]
fn dry_run_validates_and_writes_nothing() {
    let env = everything();
    let path = write(&env, "b.json", &export(&env));
    let copy = fresh_like(&env);
    copy.create_db();
    let before = copy.dump();
    let report = copy.json(&["import", &path, "--dry-run"]);
    assert_eq!(report["dry_run"], true);
    assert_eq!(report["inserted"]["subscriptions"], 3);
    assert_eq!(before, copy.dump());
    assert!(
        copy.ok(&["import", &path, "--dry-run"])
            .contains("Dry run: nothing was written.")
    );
}

#[test]
fn csv_round_trips_awkward_text() {
    let env = TestEnv::new();
    let names = [
        "Comma, Inc.",
        "Quote \"this\"",
        "Two\nlines",
        "Emoji 🎬🍿",
        "Semi;colon",
        "  spaced",
    ];
    for n in names {
        env.monthly(n, "1.50")
            .with("--notes", "a,b\n\"c\"")
            .category("Mixed, \"cat\"")
            .add();
    }
    let csv = env.ok(&["export", "--format", "csv"]);
    let path = write(&env, "subs.csv", &csv);
    let copy = TestEnv::new();
    let report = copy.json(&["import", &path]);
    assert_eq!(report["format"], "csv");
    assert_eq!(report["inserted"]["subscriptions"], names.len());
    let mut got: Vec<String> = items(&copy.json(&["list", "--status", "all"]))
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    let mut want: Vec<String> = names.iter().map(|n| n.trim().to_string()).collect();
    got.sort();
    want.sort();
    assert_eq!(got, want);
    let one = copy.json(&["show", "Two\nlines"]);
    assert_eq!(one["notes"], "a,b\n\"c\"");
    assert_eq!(one["category"], "Mixed, \"cat\"");
    assert_eq!(
        one["subscription_id"],
        env.json(&["show", "Two\nlines"])["subscription_id"],
        "ids are kept"
    );
    // Payments and usage export as CSV too.
    env.ok(&["pay", "Comma, Inc."]);
    env.ok(&["log-usage", "Comma, Inc.", "--duration", "90m"]);
    let payments = env.ok(&["export", "--format", "csv", "--what", "payments"]);
    assert!(payments.starts_with("id,subscription_id,amount,currency,payment_date,due_date,status,transaction_id,notes,created_at"), "{payments}");
    let usage = env.ok(&["export", "--format", "csv", "--what", "usage"]);
    assert!(usage.lines().nth(1).unwrap().contains(",5400,"), "{usage}");
}

#[test]
fn csv_from_a_spreadsheet_is_validated_like_add() {
    let env = TestEnv::new();
    env.ok_with_stderr(
        &["list"],
        "No subscriptions yet. Add one with: subs add Netflix --amount 15.99 --cycle monthly\n",
    );
    let ok = "name,amount,billing_cycle,currency,custom_cycle_days,start_date,category\nNetflix,15.99,monthly,usd,,2024-01-31,Video\nGym,120,custom,EUR,90,2026-01-01,\n";
    let report = env.json(&["import", &write(&env, "ok.csv", ok)]);
    assert_eq!(report["inserted"]["subscriptions"], 2);
    assert_eq!(
        env.json(&["show", "netflix"])["next_billing_date"],
        "2026-11-30"
    );
    let copy = TestEnv::new();
    copy.create_db();
    let bad = "name,amount,billing_cycle\nA,1,monthly\nB,12,5,monthly\n";
    copy.refuses(
        &["import", &write(&copy, "b.csv", bad), "--strict"],
        2,
        "line 3: it has 4 fields, the header 3",
    );
    let bad = "name,amount,billing_cycle\nA,1,monthly\nB,\"12,5\",monthly\n";
    let err = copy.fails_unchanged(&["import", &write(&copy, "c.csv", bad), "--strict"], 2);
    has(&err, "line 3 (B): column amount");
    has(&err, "use a dot");
    assert_eq!(
        copy.sql_count("SELECT count(*) FROM subscription"),
        0,
        "all or nothing with --strict"
    );
    copy.refuses(
        &["import", &write(&copy, "d.csv", "title,price\nA,1\n")],
        2,
        "no \"name\" column",
    );
}

/// Expands an exported event with the rrule crate.
fn expand(ics: &str, count: u16) -> Vec<(String, Vec<NaiveDate>)> {
    let mut out = Vec::new();
    for event in ics.split("BEGIN:VEVENT").skip(1) {
        let unfolded = event.replace("\r\n ", "");
        let field = |name: &str| {
            unfolded
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .unwrap()
                .trim()
                .to_string()
        };
        let uid = field("UID:");
        let start = field("DTSTART;VALUE=DATE:");
        let mut rule = field("RRULE:");
        if let Some(i) = rule.find("UNTIL=") {
            let date = rule[i + 6..i + 14].to_string();
            rule = rule.replace(&format!("UNTIL={date}"), &format!("UNTIL={date}T000000Z"));
        }
        let set: rrule::RRuleSet = format!("DTSTART:{start}T000000Z\nRRULE:{rule}")
            .parse()
            .unwrap_or_else(|e| panic!("{rule}: {e}"));
        let dates = set
            .all(count)
            .dates
            .iter()
            .map(|d| d.date_naive())
            .collect();
        out.push((uid.trim_end_matches("@subs").to_string(), dates));
    }
    out
}

#[test]
fn ics_rrules_reproduce_the_schedule_for_every_cycle() {
    let env = TestEnv::at("2024-01-01");
    let cases = [
        ("M31", "monthly", "2024-01-31", ""),
        ("M30", "monthly", "2024-01-30", ""),
        ("M29", "monthly", "2024-01-29", ""),
        ("M15", "monthly", "2024-01-15", ""),
        ("Q31", "quarterly", "2024-01-31", ""),
        ("Q30", "quarterly", "2024-08-30", ""),
        ("Y29", "yearly", "2024-02-29", ""),
        ("Y31", "yearly", "2024-01-31", ""),
        ("W", "weekly", "2024-01-03", ""),
        ("C90", "custom", "2024-01-05", "90"),
        ("C1", "custom", "2024-01-02", "1"),
        ("E2M31", "custom", "2024-01-31", "2m"),
        ("E2M30", "custom", "2024-03-30", "2m"),
        ("E18M", "custom", "2024-02-29", "18m"),
        ("END", "monthly", "2024-01-31", "end"),
    ];
    for (name, cycle, start, extra) in cases {
        let mut args = vec![name, "--amount", "1", "--cycle", cycle, "--start", start];
        if cycle == "custom" {
            match extra.strip_suffix('m') {
                Some(months) => args.extend(["--every-months", months]),
                None => args.extend(["--every-days", extra]),
            }
        }
        if extra == "end" {
            args.extend(["--end", "2025-06-30"]);
        }
        env.add(&args);
    }
    let ics = env.ok(&["export", "--format", "ics"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("TRIGGER:-P3D"));
    assert!(ics.lines().all(|l| l.len() <= 75), "lines are folded");
    let list = env.json(&["list"]);
    let upcoming = env.json(&["upcoming", "--days", "36525"]);
    for (id, dates) in expand(&ics, 24) {
        let name = items(&list)
            .find(|s| s["subscription_id"] == id.as_str())
            .unwrap()["name"]
            .as_str()
            .unwrap()
            .to_string();
        let want: Vec<NaiveDate> = items(&upcoming["charges"])
            .filter(|c| c["subscription_id"] == id.as_str())
            .take(24)
            .map(|c| NaiveDate::parse_from_str(c["date"].as_str().unwrap(), "%Y-%m-%d").unwrap())
            .collect();
        assert_eq!(
            dates, want,
            "{name}: RRULE occurrences differ from subs upcoming"
        );
        if name == "END" {
            assert_eq!(dates.len(), 17, "charges before 2025-06-30 only");
        } else {
            assert_eq!(dates.len(), 24, "{name}");
        }
    }
}

#[test]
fn wallos_exports_are_mapped_and_what_cannot_be_is_said() {
    let env = TestEnv::new();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wallos.json");
    // Without --format, Wallos' file is recognised and the fix named.
    env.refuses(
        &["import", fixture.to_str().unwrap()],
        2,
        "looks like a Wallos export: add --format wallos",
    );
    let report = env.json(&["import", fixture.to_str().unwrap(), "--format", "wallos"]);
    assert_eq!(report["format"], "wallos");
    assert_eq!(report["inserted"]["subscriptions"], 7, "{report}");
    // A free row is skipped with its reason; the rest of the file imports.
    assert_eq!(
        report["skipped"].as_array().map(Vec::len),
        Some(1),
        "{report}"
    );
    assert_eq!(report["skipped"][0]["name"], "Free tier");
    assert!(
        report["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("costs nothing"),
        "{report}"
    );
    let warnings = report["warnings"].to_string();
    assert!(!warnings.contains("approximately"), "{warnings}");
    assert!(warnings.contains("Apple Pay"), "{warnings}");

    let show = |n: &str| env.json(&["show", n]);
    let netflix = show("netflix");
    assert_eq!(netflix["amount"].to_string(), "15.99");
    assert_eq!(netflix["currency"], "USD");
    assert_eq!(netflix["billing_cycle"], "monthly");
    assert_eq!(netflix["next_billing_date"], "2026-12-31");
    assert_eq!(netflix["category"], "Entertainment");
    assert_eq!(netflix["payment_method"], "card");
    assert_eq!(netflix["reminder_days"], 5);
    assert_eq!(netflix["notes"], "Family plan, 4 screens");
    let domain = show("domain renewal");
    assert_eq!(domain["billing_cycle"], "yearly");
    assert_eq!(domain["currency"], "EUR");
    assert_eq!(domain["auto_renewal"], false);
    assert_eq!(domain["email_notifications"], false);
    assert_eq!(domain["category"], Value::Null);
    assert_eq!(domain["payment_method"], "paypal");
    let cleaning = show("cleaning");
    assert_eq!(cleaning["billing_cycle"], "custom");
    assert_eq!(cleaning["custom_cycle_days"], 14);
    assert_eq!(cleaning["payment_method"], "bank_transfer");
    let vpn = show("old vpn");
    assert_eq!(vpn["status"], "cancelled");
    assert_eq!(vpn["end_date"], "2025-01-01");
    // Every 2 months and every 2 years are exact month cycles.
    let magazine = show("magazine");
    assert_eq!(magazine["billing_cycle"], "custom");
    assert_eq!(magazine["custom_cycle_months"], 2);
    assert_eq!(magazine["custom_cycle_days"], Value::Null);
    assert_eq!(magazine["monthly_cost"].to_string(), "4.75");
    let insurance = show("insurance");
    assert_eq!(insurance["custom_cycle_months"], 24);
    assert_eq!(insurance["next_billing_date"], "2028-06-01");
    assert_eq!(insurance["yearly_cost"].to_string(), "150.00");
    let vitamins = show("vitamins");
    assert_eq!(vitamins["custom_cycle_days"], 30);
    assert_eq!(vitamins["end_date"], "2027-06-30");
    assert_eq!(vitamins["status"], "active");

    // A dry run of the same file writes nothing.
    let again = TestEnv::new();
    again.create_db();
    let before = again.dump();
    again.ok_with_stderr(
        &[
            "import",
            fixture.to_str().unwrap(),
            "--format",
            "wallos",
            "--dry-run",
        ],
        "warning: subscriptions[3] (Magazine): payment method \"Apple Pay\" became \"other\"\n",
    );
    assert_eq!(before, again.dump());
    let err = again.fails_unchanged(
        &[
            "import",
            &write(&again, "w.json", "{\"nope\": 1}"),
            "--format",
            "wallos",
        ],
        2,
    );
    assert!(err.contains("no \"subscriptions\" array"), "{err}");
}

fn is_uuid(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| s.len() == 36 && s.chars().filter(|c| *c == '-').count() == 4)
}

#[test]
fn backups_carry_a_global_id_for_every_row() {
    let env = everything();
    let v: Value = serde_json::from_str(&export(&env)).unwrap();
    for section in ["categories", "payments", "usage", "alerts", "price_history"] {
        let rows = v[section].as_array().unwrap();
        let uids: std::collections::HashSet<&str> = rows
            .iter()
            .map(|r| r["uid"].as_str().unwrap_or(""))
            .collect();
        assert!(
            rows.iter().all(|r| is_uuid(&r["uid"])),
            "{section}: every row has a UUID: {rows:?}"
        );
        assert_eq!(uids.len(), rows.len(), "{section}: global ids are unique");
        // Alerts and renewal payments are named by what they are about
        // (version 5), so two devices raising one make one record.
        let versions: &[u8] = match section {
            "alerts" => b"5",
            "payments" => b"57",
            _ => b"7",
        };
        assert!(
            uids.iter().all(|u| versions.contains(&u.as_bytes()[14])),
            "{section}: new rows get version {versions:?} UUIDs: {uids:?}"
        );
    }
}

#[test]
fn import_merges_by_global_id_not_by_local_id() {
    // Two devices, each with its own payment 1 for the same subscription.
    let a = everything();
    let b = fresh_like(&a);
    b.ok(&["import", &write(&a, "start.json", &export(&a))]);
    a.ok(&["log-usage", "gym", "--date", "2026-05-30"]);
    b.ok(&["log-usage", "gym", "--date", "2026-05-31", "--count", "3"]);
    let from_a: Value = serde_json::from_str(&export(&a)).unwrap();
    let from_b: Value = serde_json::from_str(&export(&b)).unwrap();
    let newest = |v: &Value| v["usage"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        newest(&from_a)["id"],
        newest(&from_b)["id"],
        "both devices gave their new log the same local id"
    );
    assert_ne!(newest(&from_a)["uid"], newest(&from_b)["uid"]);

    let report = b.json(&["import", &write(&a, "a.json", &export(&a))]);
    // Both devices changed Gym's usage summary: that row conflicts (B's is
    // kept); the logs themselves are different rows and both survive.
    let sections: Vec<&str> = items(&report["conflicts"])
        .map(|c| c["section"].as_str().unwrap())
        .collect();
    assert_eq!(sections, ["subscriptions"], "{report}");
    assert_eq!(
        report["inserted"]["usage"], 1,
        "A's log is new to B: {report}"
    );
    let usage = b.json(&words("usage gym --since 2026-05-01 --until 2026-06-01"));
    let counts: Vec<i64> = items(&usage["logs"])
        .map(|l| l["usage_count"].as_i64().unwrap())
        .collect();
    assert!(counts.contains(&1) && counts.contains(&3), "{usage}");

    // The merge is idempotent: importing again changes nothing.
    let before = b.dump();
    let again = b.json(&["import", &write(&a, "a2.json", &export(&a))]);
    assert!(again["inserted"].as_object().unwrap().is_empty(), "{again}");
    assert_eq!(before, b.dump());
}

#[test]
fn version_1_backups_without_global_ids_still_import() {
    let env = everything();
    let mut v: Value = serde_json::from_str(&export(&env)).unwrap();
    v["format_version"] = 1.into();
    // Versions 1 and 2 wrote JSON columns as strings holding JSON.
    for sub in v["subscriptions"].as_array_mut().unwrap() {
        for column in ["usage_tracking", "ai_insights"] {
            let text = sub[column].to_string();
            sub[column] = Value::String(text);
        }
    }
    for section in ["categories", "payments", "usage", "alerts", "price_history"] {
        for row in v[section].as_array_mut().unwrap() {
            row.as_object_mut().unwrap().remove("uid");
        }
    }
    let path = write(&env, "v1.json", &v.to_string());
    let copy = fresh_like(&env);
    let report = copy.json(&["import", &path]);
    assert_eq!(report["conflict_count"], 0, "{report}");
    let restored: Value = serde_json::from_str(&export(&copy)).unwrap();
    for section in ["payments", "usage"] {
        let rows = restored[section].as_array().unwrap();
        assert_eq!(rows.len(), v[section].as_array().unwrap().len());
        assert!(rows.iter().all(|r| is_uuid(&r["uid"])), "{section} got ids");
    }
    // Re-importing the version 1 file matches rows by their local ids.
    let again = copy.json(&["import", &path]);
    assert!(again["inserted"].as_object().unwrap().is_empty(), "{again}");
    assert_eq!(again["conflict_count"], 0, "{again}");
}

#[test]
fn csv_headers_and_words_in_any_case_and_the_same_rows_twice_stay_one_copy() {
    let env = TestEnv::new();
    let csv = write(
        &env,
        "s.csv",
        "Name,Amount,Billing_Cycle,Currency,Status\nNetflix,15.99,Monthly,USD,Active\nGym,30,QUARTERLY,EUR,active\n",
    );
    let first = env.json(&["import", &csv]);
    assert_eq!(first["inserted"]["subscriptions"], 2, "{first}");
    let again = env.json(&["import", &csv]);
    assert!(again["inserted"].as_object().unwrap().is_empty(), "{again}");
    assert_eq!(again["unchanged"]["subscriptions"], 2, "{again}");
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 2);
}

#[test]
fn wallos_html_escapes_are_undone_on_import() {
    let env = TestEnv::new();
    let file = env.home().join("wallos-escaped.json");
    std::fs::write(
        &file,
        r#"[{"name": "Rock &amp; Roll &quot;Plus&quot;", "price": 9.99, "currency_code": "USD",
            "cycle": 3, "frequency": 1, "next_payment": "2026-12-01", "start_date": "2026-01-01",
            "category_name": "Music &amp; Radio", "notes": "it&#039;s shared",
            "payment_method_name": "Direct Debit"}]"#,
    )
    .unwrap();
    env.ok(&["import", file.to_str().unwrap(), "--format", "wallos"]);
    let sub = &env.json(&["list"])[0];
    assert_eq!(sub["name"], "Rock & Roll \"Plus\"");
    assert_eq!(sub["category"], "Music & Radio");
    assert_eq!(sub["notes"], "it's shared");
    assert_eq!(sub["payment_method"], "bank_transfer");
}

#[test]
fn wallos_export_button_json_with_display_labels_imports() {
    let env = TestEnv::new();
    let file = env.home().join("wallos-export.json");
    std::fs::write(
        &file,
        r#"[
  {"Name": "Netflix", "Payment Cycle": "Monthly", "Next Payment": "2026-12-05",
   "Renewal": "Automatic", "Category": "Entertainment", "Payment Method": "Credit Card",
   "Price": "€10.99", "Notes": "", "URL": "https://netflix.com", "Active": "Yes",
   "Cancellation Date": ""},
  {"Name": "Domain", "Payment Cycle": "Yearly", "Next Payment": "2027-03-01",
   "Renewal": "Manual", "Category": "No category", "Payment Method": "PayPal",
   "Price": "$139", "Notes": "renew by hand", "URL": "", "Active": "No",
   "Cancellation Date": "2026-10-01"}
]"#,
    )
    .unwrap();
    // Recognised without --format too.
    env.refuses(
        &["import", file.to_str().unwrap()],
        2,
        "add --format wallos",
    );
    let report = env.json(&["import", file.to_str().unwrap(), "--format", "wallos"]);
    assert_eq!(report["inserted"]["subscriptions"], 2, "{report}");
    let all = env.json(&["list", "--status", "all", "--sort", "name"]);
    let domain = &all[0];
    assert_eq!(domain["name"], "Domain");
    assert_eq!(domain["amount"].to_string(), "139.00");
    assert_eq!(domain["currency"], "USD");
    assert_eq!(domain["billing_cycle"], "yearly");
    assert_eq!(domain["auto_renewal"], false);
    assert_eq!(domain["status"], "cancelled");
    assert_eq!(domain["category"], serde_json::Value::Null);
    let netflix = &all[1];
    assert_eq!(netflix["amount"].to_string(), "10.99");
    assert_eq!(netflix["currency"], "EUR");
    assert_eq!(netflix["billing_cycle"], "monthly");
    assert_eq!(netflix["next_billing_date"], "2026-12-05");
    assert_eq!(netflix["category"], "Entertainment");
    assert_eq!(netflix["payment_method"], "card");
    assert_eq!(netflix["status"], "active");

    // A label that cannot be read is named with the row; with nothing
    // else to import, exit 1 and nothing changes.
    let bad = env.home().join("wallos-bad.json");
    std::fs::write(
        &bad,
        r#"[{"Name": "X", "Payment Cycle": "Sometimes", "Next Payment": "2026-12-05", "Price": "€1"}]"#,
    )
    .unwrap();
    let before = env.dump();
    env.run(&["import", bad.to_str().unwrap(), "--format", "wallos"])
        .status(1)
        .stdout("Imported nothing (wallos format).\nSkipped subscriptions[0] (X): Payment Cycle: \"Sometimes\" is not a cycle Wallos writes\n")
        .stderr("error: nothing was imported: 1 row was skipped (reasons above)\n");
    assert_eq!(before, env.dump());
}

#[test]
fn wallos_api_currency_ids_come_from_its_currencies_or_a_map_never_a_guess() {
    let env = TestEnv::new();
    let rows = r#"[{"name": "Spotify", "price": 10.99, "currency_id": 2, "cycle": 3, "frequency": 1,
        "next_payment": "2026-12-05", "start_date": "2026-01-05"},
       {"name": "Backblaze", "price": 9, "currency_id": 1, "cycle": 3, "frequency": 1,
        "next_payment": "2026-12-10", "start_date": "2026-01-10"}]"#;
    let bare = write(&env, "api.json", &format!("{{\"subscriptions\": {rows}}}"));
    let args = |file: &str| {
        vec![
            "import".to_string(),
            file.to_string(),
            "--format".into(),
            "wallos".into(),
        ]
    };
    // Only ids, no currencies: each row skipped with the fix, nothing
    // imported (exit 1), no USD guess.
    let run: Vec<String> = args(&bare);
    let run: Vec<&str> = run.iter().map(String::as_str).collect();
    env.create_db();
    let before = env.dump();
    let out = env.run(&run).status(1).into_stdout();
    has(&out, "field currency_id");
    has(&out, "--currency-map 2=CODE");
    assert_eq!(before, env.dump());
    // The API's currencies section names them.
    let with_section = write(
        &env,
        "api-currencies.json",
        &format!(
            "{{\"subscriptions\": {rows}, \"currencies\": [{{\"id\": 1, \"code\": \"USD\", \"symbol\": \"$\"}}, {{\"id\": 2, \"code\": \"EUR\", \"symbol\": \"€\"}}]}}"
        ),
    );
    env.ok(&["import", &with_section, "--format", "wallos"]);
    let all = env.json(&["list", "--sort", "name"]);
    assert_eq!(all[0]["name"], "Backblaze");
    assert_eq!(all[0]["currency"], "USD");
    assert_eq!(all[1]["currency"], "EUR");
    // Or --currency-map does.
    let other = TestEnv::new();
    other.ok(&[
        "import",
        &bare,
        "--format",
        "wallos",
        "--currency-map",
        "1=GBP,2=CHF",
    ]);
    let all = other.json(&["list", "--sort", "name"]);
    assert_eq!(all[0]["currency"], "GBP");
    assert_eq!(all[1]["currency"], "CHF");
    other.refuses(
        &["import", &bare, "--currency-map", "1=GBP"],
        2,
        "--format wallos",
    );
    let err = other.fails_unchanged(
        &[
            "import",
            &bare,
            "--format",
            "wallos",
            "--currency-map",
            "1:GBP",
        ],
        2,
    );
    assert!(err.contains("ID=CODE"), "{err}");
}

#[test]
fn wallos_csv_export_with_unquoted_rows_imports_and_matches_its_monthly_total() {
    let env = TestEnv::new();
    let csv = "Name,Payment Cycle,Next Payment,Renewal,Category,Payment Method,Paid By,Price,Notes,URL,State,Notifications,Cancellation Date,Active\n\
Netflix,Monthly,2026-12-05,Automatic,Entertainment,Credit Card,Ana,€10.99,4 screens  shared,https://netflix.com,Enabled,Enabled,,Yes\n\
The \"Times\",Every 2 Months,2026-12-10,Automatic,News,PayPal,Ana,€20.00,,https://x.test/s?a=1,b=2,Enabled,Enabled,,Yes\n\
Domain,Yearly,2027-03-01,Manual,No category,Direct Debit,Ana,€120.00,,,Enabled,Disabled,,Yes\n\
Lifetime app,One-time,2026-12-01,Manual,Software,Credit Card,Ana,€50.00,,,Enabled,Disabled,,Yes\n\
Free plan,Monthly,2026-12-01,Automatic,Software,Credit Card,Ana,€0.00,,,Enabled,Disabled,,Yes\n";
    let file = write(&env, "wallos.csv", csv);
    // A .csv from Wallos without --format: recognised, the fix named.
    env.refuses(&["import", &file], 2, "add --format wallos");
    let report = env.json(&["import", &file, "--format", "wallos"]);
    assert_eq!(report["inserted"]["subscriptions"], 3, "{report}");
    let skipped: Vec<&str> = items(&report["skipped"])
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert_eq!(skipped, ["Lifetime app", "Free plan"], "{report}");
    let times = env.json(&["show", "the \"times\""]);
    assert_eq!(times["name"], "The \"Times\"");
    assert_eq!(times["custom_cycle_months"], 2);
    assert_eq!(times["website_url"], "https://x.test/s?a=1,b=2");
    assert_eq!(times["payment_method"], "paypal");
    let domain = env.json(&["show", "domain"]);
    assert_eq!(domain["payment_method"], "bank_transfer");
    assert_eq!(domain["email_notifications"], false);
    assert_eq!(domain["auto_renewal"], false);
    // What Wallos shows for these three: 10.99 + 20.00 / 2 + 120.00 / 12.
    let dashboard = env.json(&["dashboard"]);
    assert_eq!(
        dashboard["by_currency"]["EUR"]["monthly_cost"].to_string(),
        "30.99",
        "{dashboard}"
    );
}

#[test]
fn every_n_months_is_exact_everywhere_it_goes() {
    let env = TestEnv::new();
    let id = env
        .sub("Insurance")
        .amount("60")
        .cycle("custom")
        .with("--every-months", "2")
        .start("2026-01-31")
        .add();
    let sub = env.json(&["show", &id]);
    assert_eq!(sub["billing_cycle"], "custom");
    assert_eq!(sub["custom_cycle_months"], 2);
    assert_eq!(sub["monthly_cost"].to_string(), "30.00");
    assert_eq!(sub["yearly_cost"].to_string(), "360.00");
    // The schedule keeps the month's end: Jan 31, Mar 31, May 31, ...
    assert_eq!(sub["next_billing_date"], "2026-11-30");
    let upcoming = env.json(&["upcoming", "--days", "70"]);
    let dates: Vec<&str> = upcoming["charges"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|u| u["date"].as_str())
        .collect();
    assert_eq!(dates, ["2026-11-30", "2027-01-31"], "{upcoming}");
    assert!(
        env.ok_with_stderr(
            &["list"],
            "Monthly cost of active subscriptions: 30.00 USD\n"
        )
        .contains("every 2 months")
    );
    // Every 3 or 12 months is quarterly or yearly, one spelling each.
    let q = env
        .sub("Quarterly thing")
        .amount("9")
        .cycle("custom")
        .with("--every-months", "3")
        .add();
    assert_eq!(env.json(&["show", &q])["billing_cycle"], "quarterly");
    env.fails_unchanged(
        &words("add X --amount 1 --cycle monthly --every-months 2"),
        2,
    );
    env.fails_unchanged(
        &words("add X --amount 1 --cycle custom --every-months 121"),
        2,
    );
    env.fails_unchanged(
        &words("add X --amount 1 --cycle custom --every-months 2 --every-days 3"),
        2,
    );
    // ICS: a monthly rule with an interval, on the month's last day.
    let ics = env.ok(&["export", "--format", "ics"]);
    has(&ics, "RRULE:FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1");
    // CSV and backup carry it, and read it back.
    let csv = env.ok(&["export", "--format", "csv"]);
    assert!(
        csv.lines().next().unwrap().contains("custom_cycle_months"),
        "{csv}"
    );
    let copy = TestEnv::new();
    copy.ok(&["import", &write(&copy, "subs.csv", &csv)]);
    assert_eq!(copy.json(&["show", "insurance"])["custom_cycle_months"], 2);
    let backup = env.ok(&["export"]);
    assert!(backup.contains("\"cycle_months\":2"), "{backup}");
    let restored = TestEnv::new();
    restored.ok(&["import", &write(&restored, "b.json", &backup)]);
    assert_eq!(
        restored.json(&["show", "insurance"])["custom_cycle_months"],
        2
    );
    assert_eq!(
        restored.json(&["show", "insurance"])["monthly_cost"].to_string(),
        "30.00"
    );
    // Editing it to every 6 months, and undoing that, is exact.
    let before = env.dump();
    env.ok(&["edit", &id, "--every-months", "6"]);
    assert_eq!(env.json(&["show", &id])["custom_cycle_months"], 6);
    env.ok(&["undo"]);
    let strip = |d: Vec<String>| -> Vec<String> {
        d.into_iter().filter(|l| !l.starts_with("undo_")).collect()
    };
    assert_eq!(strip(before), strip(env.dump()));
}

/// A database of `n` monthly subscriptions named `prefix` and a number,
/// imported from CSV, each first due on a day of `month` (`2026-09`), with
/// the alerts they raise.
fn many(n: usize, prefix: &str, month: &str) -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["config", "set", "max_subscriptions", "100000"]);
    let mut csv = String::from("name,amount,billing_cycle,start_date,next_billing_date\n");
    for i in 0..n {
        let day = format!("{month}-{:02}", i % 28 + 1);
        let amount = i % 50 + 1;
        csv.push_str(&format!("{prefix}{i},{amount}.99,monthly,{day},{day}\n"));
    }
    env.ok(&["import", &write(&env, "many.csv", &csv)]);
    env.ok(&["alerts", "generate", "-q"]);
    env
}

/// A backup is one snapshot: exports taken while another process adds and
/// pays all restore cleanly (no payment without its subscription).
#[test]
fn backups_taken_during_writes_all_restore() {
    let env = many(600, "Service ", "2026-09");
    assert!(env.sql_count("SELECT count(*) FROM payment") > 1500);

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let stop = std::sync::Arc::clone(&stop);
        let (db, today) = (env.db.clone(), env.today.clone());
        std::thread::spawn(move || {
            let subs = assert_cmd::cargo::cargo_bin("subs");
            let run = |args: &[&str]| {
                std::process::Command::new(&subs)
                    .env_clear()
                    .env("SUBS_DB", &db)
                    .env("SUBS_TODAY", &today)
                    .args(args)
                    .output()
                    .unwrap()
            };
            let mut i = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                let name = format!("Racer {i}");
                let id = run(&["add", &name, "--amount", "3", "--cycle", "monthly", "-q"]);
                let id = String::from_utf8_lossy(&id.stdout).trim().to_string();
                run(&["pay", &id, "-q"]);
                i += 1;
            }
            i
        })
    };
    let mut backups = Vec::new();
    for n in 0..20 {
        let path = env.home().join(format!("backup-{n}.json"));
        env.ok(&["export", "-o", path.to_str().unwrap()]);
        backups.push(path);
    }
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let written = writer.join().unwrap();
    assert!(written > 0, "the writer ran during the exports");
    for path in backups {
        let copy = TestEnv::new();
        copy.ok(&["import", path.to_str().unwrap()]);
        let orphans = copy.sql_count(
            "SELECT count(*) FROM payment p LEFT JOIN subscription s USING (subscription_id)
             WHERE s.subscription_id IS NULL",
        );
        assert_eq!(orphans, 0, "{}", path.display());
    }
}

/// `-o` writes into what it does not own (devices, FIFOs), follows links,
/// and never replaces the database or, without --force, another one.
#[test]
fn output_never_destroys_what_it_does_not_own() {
    use std::os::unix::fs::FileTypeExt;
    let env = TestEnv::new();
    env.monthly("Netflix", "15.99").add();
    // A device is written into, never replaced: /dev/full is full.
    let err = env.fails(&["export", "-o", "/dev/full"], 1);
    assert!(err.contains("No space left"), "{err}");
    assert!(
        std::fs::metadata("/dev/full")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    env.ok(&["export", "-o", "/dev/null"]);
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    // The database itself, and its -wal, are refused.
    let db = env.db.to_str().unwrap().to_string();
    env.refuses(&["export", "-o", &db], 2, "the database subs is using");
    env.fails_unchanged(&["export", "-o", &format!("{db}-wal")], 2);
    // So is another SQLite file, unless --force.
    let other = env.home().join("other.db");
    std::fs::copy(&env.db, &other).unwrap();
    let before = std::fs::read(&other).unwrap();
    let err = env.fails(&["export", "-o", other.to_str().unwrap()], 2);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(before, std::fs::read(&other).unwrap());
    env.ok(&["export", "-o", other.to_str().unwrap(), "--force"]);
    assert!(
        std::fs::read_to_string(&other)
            .unwrap()
            .starts_with("{\"format_version\"")
    );
    // A symbolic link stays a link; its target gets the backup.
    let real = env.home().join("real.json");
    let link = env.home().join("link.json");
    std::os::unix::fs::symlink("real.json", &link).unwrap();
    env.ok(&["export", "-o", link.to_str().unwrap()]);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(std::fs::read_to_string(&real).unwrap().contains("Netflix"));
    // A FIFO is written into.
    let fifo = env.home().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    env.ok(&["export", "-o", fifo.to_str().unwrap()]);
    assert!(reader.join().unwrap().contains("Netflix"));
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

/// SIGTERM while `export -o` writes: the temporary file goes, the target
/// is not created.
#[test]
fn a_terminated_export_leaves_no_temporary_file() {
    let env = many(3000, "S", "2025-12");
    let out_dir = env.home().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let target = out_dir.join("backup.json");
    let mut interrupted = false;
    for _ in 0..5 {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("subs"))
            .env_clear()
            .env("SUBS_DB", &env.db)
            .env("SUBS_TODAY", &env.today)
            .args(["export", "-o", target.to_str().unwrap()])
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        let temp_seen = loop {
            let temp = std::fs::read_dir(&out_dir)
                .unwrap()
                .flatten()
                .any(|e| e.file_name().to_string_lossy().contains(".tmp-"));
            if temp || started.elapsed() > std::time::Duration::from_secs(10) {
                break temp;
            }
        };
        if temp_seen {
            let _ = std::process::Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status();
        }
        let status = child.wait().unwrap();
        if temp_seen && !target.exists() {
            assert_eq!(status.code(), Some(130));
            interrupted = true;
            break;
        }
        let _ = std::fs::remove_file(&target);
    }
    assert!(interrupted, "the export was never caught while writing");
    let left = TestEnv::files_in(&out_dir);
    assert!(left.is_empty(), "left behind: {left:?}");
}

/// CSV export guards cells a spreadsheet would run as formulas, import
/// takes the guard off again, and --raw writes text as stored.
#[test]
fn csv_cells_that_look_like_formulas_are_neutralised_and_round_trip() {
    let env = TestEnv::new();
    let evil = "=HYPERLINK(\"http://evil.example\",\"click\")";
    env.monthly(evil, "9.99")
        .with("--notes", "@SUM(A1:A9)")
        .with("--category", "+cmd")
        .add();
    env.monthly("'=quoted already", "1").add();
    let csv = env.ok(&["export", "--format", "csv"]);
    let row = csv.lines().find(|l| l.contains("HYPERLINK")).unwrap();
    assert!(row.contains("\"'=HYPERLINK("), "{row}");
    assert!(row.contains("'@SUM(A1:A9)"), "{row}");
    assert!(row.contains("'+cmd"), "{row}");
    for line in csv.lines() {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(
                !cell.starts_with(['=', '+', '@', '\t', '\r']),
                "a live formula cell: {cell:?} in {line}"
            );
        }
    }
    let raw = env.ok(&["export", "--format", "csv", "--raw"]);
    assert!(raw.contains("\"=HYPERLINK("), "{raw}");
    // Read back: exactly what was stored.
    let copy = TestEnv::new();
    copy.ok(&["import", &write(&copy, "subs.csv", &csv)]);
    let names: Vec<String> = items(&copy.json(&["list", "--sort", "name"]))
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    assert!(names.contains(&evil.to_string()), "{names:?}");
    assert!(names.contains(&"'=quoted already".to_string()), "{names:?}");
    let sub = copy.json(&["show", "hyperlink"]);
    assert_eq!(sub["notes"], "@SUM(A1:A9)");
    assert_eq!(sub["category"], "+cmd");
}

#[test]
fn csv_export_into_a_closed_pipe_exits_0_like_every_output() {
    let env = TestEnv::new();
    for i in 0..50 {
        env.sub(&format!("Service {i}")).amount("1").monthly().add();
    }
    for what in ["subscriptions", "payments"] {
        let mut child = env
            .std_cmd()
            .args(["export", "--format", "csv", "--what", what])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{what}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Settings that decide where requests and keys go are not taken from a
/// backup unless asked: they are listed instead.
#[test]
fn a_backup_does_not_redirect_the_ai_without_with_config() {
    let source = TestEnv::new();
    source.monthly("Netflix", "15.99").add();
    source.ok(&["config", "set", "ai_base_url", "https://proxy.example/v1"]);
    source.ok(&["config", "set", "ai_model", "other-model"]);
    source.ok(&["config", "set", "usage_cost_limit", "12.50"]);
    let backup = write(&source, "b.json", &source.ok(&["export"]));
    let env = TestEnv::new();
    let report = env.json(&["import", &backup]);
    let warnings = report["warnings"].to_string();
    has(&warnings, "ai_base_url");
    has(&warnings, "https://proxy.example/v1");
    assert!(warnings.contains("--with-config"), "{warnings}");
    assert_eq!(env.ok(&["config", "get", "ai_base_url"]).trim(), "");
    assert_eq!(
        env.ok(&["config", "get", "ai_model"]).trim(),
        "gemini-2.5-flash"
    );
    // Other settings and the data come across.
    assert_eq!(
        env.ok(&["config", "get", "usage_cost_limit"]).trim(),
        "12.50"
    );
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 1);
    let other = TestEnv::new();
    other.ok(&["import", &backup, "--with-config"]);
    assert_eq!(
        other.ok(&["config", "get", "ai_base_url"]).trim(),
        "https://proxy.example/v1"
    );
    other.fails_unchanged(&["import", &backup, "--format", "csv", "--with-config"], 2);
}

/// A Wallos row without a cycle or frequency, or with one out of range, is
/// skipped with the reason, never billed daily or monthly ("out of range"
/// is not "missing"); and the reader is bounded: an endless file stops at
/// once.
#[test]
fn wallos_rows_without_a_valid_cycle_are_skipped_and_reading_is_bounded() {
    let env = TestEnv::new();
    env.create_db();
    for (row, reason) in [
        (r#""cycle": 3"#, "field frequency: is missing"),
        (
            r#""cycle": 3, "frequency": 0"#,
            "field frequency: 0 is out of range (1 to 366)",
        ),
        (
            r#""cycle": 3, "frequency": -2"#,
            "field frequency: -2 is out of range (1 to 366)",
        ),
        (
            r#""cycle": 3, "frequency": 99999999999999999999"#,
            "field frequency: 99999999999999999999 is out of range (a whole number)",
        ),
        (
            r#""frequency": 1"#,
            "field cycle: is missing: subs does not guess a cycle (it is not taken as monthly)",
        ),
        (
            r#""cycle": 9, "frequency": 1"#,
            "field cycle: 9 is not a Wallos cycle (1 days, 2 weeks, 3 months, 4 years, 5 one-time)",
        ),
        (
            r#""cycle": 5, "frequency": 1"#,
            "\"cycle 5 (One-time)\" is a one-time purchase, not a recurring charge",
        ),
    ] {
        let file = write(
            &env,
            "w.json",
            &format!(
                r#"[{{"name": "X", "price": 1, "currency_code": "USD", "next_payment": "2026-12-01", {row}}}]"#
            ),
        );
        let before = env.dump();
        env.run(&["import", &file, "--format", "wallos"])
            .status(1)
            .stdout(&format!(
                "Imported nothing (wallos format).\nSkipped subscriptions[0] (X): {reason}\n"
            ))
            .stderr("error: nothing was imported: 1 row was skipped (reasons above)\n");
        assert_eq!(before, env.dump(), "{row}");
    }
    let started = std::time::Instant::now();
    let err = env
        .cmd()
        .args(["import", "/dev/zero", "--format", "wallos"])
        .timeout(std::time::Duration::from_secs(60))
        .exits(2);
    assert!(err.contains("larger than 64 MiB"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

/// Two copies of one database that each raised the same reminder: merging
/// one's backup into the other reports the clash in a sentence naming the
/// subscription and the date, keeps the rest, and matches rows by global id.
#[test]
fn merging_a_diverged_copy_reports_a_shared_occurrence_as_a_sentence() {
    let a = TestEnv::new();
    a.monthly("Netflix", "9").start("2026-11-27").add();
    let base = a.home().join("base.json");
    a.ok(&["export", "-o", base.to_str().unwrap()]);
    let b = TestEnv::new();
    b.ok(&["import", base.to_str().unwrap()]);
    a.ok(&["alerts", "generate"]);
    b.ok(&["alerts", "generate"]);
    // Alerts are named by their occurrence now, so the two copies raised
    // the same record; one raised before that (a random id) clashes.
    assert_eq!(
        a.sql_count("SELECT count(*) FROM alert WHERE uid IN (SELECT uid FROM alert)"),
        1
    );
    b.sql("UPDATE alert SET uid = '0b5f7c1e-8a7d-4c52-9e61-3f0a2b4c5d6e'");
    b.ok(&["log-usage", "netflix", "--count", "2"]);
    let from_b = b.home().join("b.json");
    b.ok(&["export", "-o", from_b.to_str().unwrap()]);
    let report = a.json(&["import", from_b.to_str().unwrap()]);
    assert_eq!(report["inserted"]["usage"], 1, "{report}");
    let conflicts = report["conflicts"].to_string();
    has(
        &conflicts,
        "Netflix already has its renewal_reminder alert for 2026-11-27",
    );
    assert_eq!(a.sql_count("SELECT count(*) FROM alert"), 1);
    // Merging again changes nothing more.
    let again = a.json(&["import", from_b.to_str().unwrap()]);
    assert_eq!(
        again["inserted"]
            .as_object()
            .map(|m| m.values().filter(|v| v.as_i64() > Some(0)).count()),
        Some(0),
        "{again}"
    );
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/wallos")
        .join(name)
        .to_str()
        .unwrap()
        .to_string()
}

/// (name, amount, currency, cycle) of every subscription, by name.
fn imported(env: &TestEnv) -> Vec<String> {
    items(&env.json(&["list", "--status", "all", "--sort", "name"]))
        .map(|s| {
            let cycle = match (&s["custom_cycle_months"], &s["custom_cycle_days"]) {
                (Value::Null, Value::Null) => s["billing_cycle"].as_str().unwrap().to_string(),
                (Value::Null, days) => format!("every {days} days"),
                (months, _) => format!("every {months} months"),
            };
            format!(
                "{} {} {} {cycle}",
                s["name"].as_str().unwrap(),
                s["amount"],
                s["currency"].as_str().unwrap()
            )
        })
        .collect()
}

/// Wallos' Export button JSON: one bad row never fails the file. Every
/// valid row is imported — Swiss francs as `Fr79.9`, thousands separators
/// read right — and each skipped row is named with its reason.
#[test]
fn wallos_export_imports_every_valid_row_and_names_each_skipped_one() {
    let env = TestEnv::new();
    let file = fixture("export.json");
    env.run(&["import", &file, "--format", "wallos"])
        .status(0)
        .stdout(WALLOS_EXPORT_REPORT)
        .stderr(WALLOS_DOLLAR_WARNING);
    assert_eq!(imported(&env), WALLOS_EXPORT_ROWS);
}

const WALLOS_EXPORT_REPORT: &str = "Imported 6 subscriptions (wallos format).
Skipped subscriptions[2] (Affinity Photo): \"One-time\" is a one-time purchase, not a recurring charge
Skipped subscriptions[3] (Spotify Family): ambiguous currency symbol kr: pass --currency-map kr=SEK|NOK|DKK|ISK
Skipped subscriptions[6] (Mystery box): Payment Cycle is empty: subs does not guess a cycle (it is not taken as monthly)
Skipped subscriptions[9] (Old storage): Price: \"€1.500\": \"1.500\" is ambiguous: a thousands separator or a decimal point? write it without thousands separators
";
const WALLOS_DOLLAR_WARNING: &str = "warning: subscriptions[4] (VPS hosting): its price's \"$\" was read as USD; if it is another dollar, import again with --currency-map '$=CAD' (or AUD, …)\n";
const WALLOS_EXPORT_ROWS: [&str; 6] = [
    "Die Zeit 1234.56 EUR yearly",
    "Hotstar 2999.00 INR yearly",
    "Netflix 10.99 EUR monthly",
    "Siłownia 120.00 PLN monthly",
    "Teleclub 79.90 CHF quarterly",
    "VPS hosting 1500.00 USD yearly",
];

/// `--currency-map` settles the ambiguous symbols (no warning for `$`
/// then); `--strict` makes the same file all or nothing.
#[test]
fn wallos_currency_map_settles_symbols_and_strict_is_all_or_nothing() {
    let env = TestEnv::new();
    let file = fixture("export.json");
    env.create_db();
    let strict = env.fails_unchanged(&["import", &file, "--format", "wallos", "--strict"], 2);
    assert_eq!(
        strict,
        "error: --strict: 4 rows cannot be imported (subscriptions[2] (Affinity Photo): \"One-time\" is a one-time purchase, not a recurring charge; subscriptions[3] (Spotify Family): ambiguous currency symbol kr: pass --currency-map kr=SEK|NOK|DKK|ISK; subscriptions[6] (Mystery box): Payment Cycle is empty: subs does not guess a cycle (it is not taken as monthly); subscriptions[9] (Old storage): Price: \"€1.500\": \"1.500\" is ambiguous: a thousands separator or a decimal point? write it without thousands separators); nothing was imported\n"
    );
    env.run(&[
        "import",
        &file,
        "--format",
        "wallos",
        "--currency-map",
        "kr=SEK,$=CAD",
    ])
    .status(0)
    .stdout(
        "Imported 7 subscriptions (wallos format).
Skipped subscriptions[2] (Affinity Photo): \"One-time\" is a one-time purchase, not a recurring charge
Skipped subscriptions[6] (Mystery box): Payment Cycle is empty: subs does not guess a cycle (it is not taken as monthly)
Skipped subscriptions[9] (Old storage): Price: \"€1.500\": \"1.500\" is ambiguous: a thousands separator or a decimal point? write it without thousands separators
",
    )
    .stderr("");
    let spotify = env.json(&["show", "spotify family"]);
    assert_eq!(
        (spotify["amount"].to_string(), spotify["currency"].as_str()),
        ("169.00".to_string(), Some("SEK"))
    );
    assert_eq!(env.json(&["show", "vps"])["currency"], "CAD");
}

/// The CSV of the same export, unquoted as Wallos writes it: `₹2,999` and
/// `$1,500` come back whole, not as 2 and 1.
#[test]
fn wallos_csv_export_reads_split_thousands_and_skips_what_it_cannot_bill() {
    let env = TestEnv::new();
    env.run(&["import", &fixture("export.csv"), "--format", "wallos"])
        .status(0)
        .stdout(
            "Imported 5 subscriptions (wallos format).
Skipped subscriptions[2] (Affinity Photo): \"One-time\" is a one-time purchase, not a recurring charge
Skipped subscriptions[3] (Spotify Family): ambiguous currency symbol kr: pass --currency-map kr=SEK|NOK|DKK|ISK
Skipped subscriptions[6] (Mystery box): Payment Cycle is empty: subs does not guess a cycle (it is not taken as monthly)
",
        )
        .stderr(WALLOS_DOLLAR_WARNING);
    assert_eq!(
        imported(&env),
        [
            "Hotstar 2999.00 INR yearly",
            "Netflix 10.99 EUR monthly",
            "Siłownia 120.00 PLN monthly",
            "Teleclub 79.90 CHF quarterly",
            "VPS hosting 1500.00 USD yearly",
        ]
    );
    assert_eq!(
        env.json(&["show", "hotstar"])["website_url"],
        "https://www.hotstar.com/in?a=1,b=2"
    );
}

/// Wallos' API response: currency ids from --currency-map; a one-time
/// plan (`cycle: 5`), no cycle, and an out-of-range frequency are skipped
/// with their reasons ("out of range", not "missing").
#[test]
fn wallos_api_rows_without_a_usable_cycle_are_skipped_with_the_reason() {
    let env = TestEnv::new();
    env.run(&[
        "import",
        &fixture("api.json"),
        "--format",
        "wallos",
        "--currency-map",
        "1=EUR,2=USD,11=SEK,12=CHF",
    ])
    .status(0)
    .stdout(
        "Imported 4 subscriptions (wallos format).
Skipped subscriptions[2] (Affinity Photo): \"cycle 5 (One-time)\" is a one-time purchase, not a recurring charge
Skipped subscriptions[3] (Cleaning): field frequency: 0 is out of range (1 to 366)
Skipped subscriptions[4] (Mystery box): field cycle: is missing: subs does not guess a cycle (it is not taken as monthly)
Skipped subscriptions[7] (Gym): field frequency: 99999999999999999999 is out of range (a whole number)
",
    )
    .stderr("");
    assert_eq!(
        imported(&env),
        [
            "Netflix 10.99 EUR monthly",
            "Spotify Family 169.00 SEK monthly",
            "Teleclub 79.90 CHF quarterly",
            "VPS hosting 1500.00 USD yearly",
        ]
    );
}

/// A file none of whose rows can be imported: the reasons, exit 1, and
/// the database as it was.
#[test]
fn a_foreign_file_with_nothing_importable_exits_1_and_changes_nothing() {
    let env = TestEnv::new();
    env.create_db();
    let before = env.dump();
    let file = write(
        &env,
        "none.json",
        r#"[{"Name": "Lifetime", "Payment Cycle": "One-time", "Next Payment": "2026-12-01", "Price": "€50"},
            {"Name": "Sauna", "Payment Cycle": "Monthly", "Next Payment": "2026-12-01", "Price": "¥500"}]"#,
    );
    env.run(&["import", &file, "--format", "wallos"])
        .status(1)
        .stdout(
            "Imported nothing (wallos format).
Skipped subscriptions[0] (Lifetime): \"One-time\" is a one-time purchase, not a recurring charge
Skipped subscriptions[1] (Sauna): ambiguous currency symbol ¥: pass --currency-map ¥=JPY|CNY
",
        )
        .stderr("error: nothing was imported: 2 rows were skipped (reasons above)\n");
    assert_eq!(before, env.dump());
}

/// The CSV importer follows the same rule: valid rows in, each bad row
/// named by line and column, `--strict` for all or nothing.
#[test]
fn csv_import_keeps_the_valid_rows_and_names_the_bad_ones() {
    let env = TestEnv::new();
    env.create_db();
    let csv = "name,amount,billing_cycle,currency\nNetflix,15.99,monthly,USD\nGym,\"12,5\",monthly,EUR\nWide,1,monthly,USD,extra\nPaper,9.50,fortnightly,EUR\nSpotify,10.99,monthly,EUR\n";
    let file = write(&env, "mixed.csv", csv);
    let strict = env.fails_unchanged(&["import", &file, "--strict"], 2);
    assert_eq!(
        strict,
        "error: --strict: 3 rows cannot be imported (line 3 (Gym): column amount: invalid amount \"12,5\": use a dot for decimals, e.g. 12.50; line 4: it has 5 fields, the header 4; line 5 (Paper): column billing_cycle: invalid billing_cycle \"fortnightly\": use weekly, monthly, quarterly, yearly or custom); nothing was imported\n"
    );
    env.run(&["import", &file])
        .status(0)
        .stdout(
            "Imported 2 subscriptions (csv format).
Skipped line 3 (Gym): column amount: invalid amount \"12,5\": use a dot for decimals, e.g. 12.50
Skipped line 4: it has 5 fields, the header 4
Skipped line 5 (Paper): column billing_cycle: invalid billing_cycle \"fortnightly\": use weekly, monthly, quarterly, yearly or custom
",
        )
        .stderr("");
    assert_eq!(
        imported(&env),
        ["Netflix 15.99 USD monthly", "Spotify 10.99 EUR monthly"]
    );
}
