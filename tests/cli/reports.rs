//! `dashboard`, `analytics`, `rates` and `demo`, on hand-checked portfolios.

use crate::common::{TestEnv, items, on, words};
use serde_json::Value;

fn num(v: &Value) -> String {
    v.to_string()
}

/// Every cycle, USD (base) and EUR (with a rate) and JPY (without), and a
/// paused and a cancelled subscription that must not count.
fn portfolio() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["rates", "set", "EUR", "1.08"]);
    env.monthly("A", "10.00")
        .start("2026-11-10")
        .category("Video")
        .add();
    env.yearly("B", "120")
        .start("2026-06-01")
        .category("Video")
        .add();
    env.sub("C")
        .amount("30")
        .cycle("quarterly")
        .start("2026-10-01")
        .add();
    env.sub("D")
        .amount("7")
        .cycle("weekly")
        .start("2026-11-20")
        .add();
    env.sub("E")
        .amount("90")
        .currency("EUR")
        .cycle("custom")
        .with("--every-days", "90")
        .start("2026-11-01")
        .add();
    env.sub("F")
        .amount("1000")
        .currency("JPY")
        .monthly()
        .start("2026-11-30")
        .category("Video")
        .add();
    env.monthly("G", "50")
        .start("2026-11-01")
        .with("--payment-method", "paypal")
        .add();
    env.monthly("H", "60").start("2026-11-01").add();
    env.ok(&["pause", "G"]);
    env.ok(&["cancel", "H"]);
    env
}

#[test]
fn dashboard_figures_for_a_hand_checked_portfolio() {
    let env = portfolio();
    let d = env.json(&["dashboard"]);
    let keys: Vec<&str> = d.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "total_subscriptions",
            "active_subscriptions",
            "monthly_cost",
            "yearly_cost",
            "upcoming_renewals",
            "categories",
            "recent_subscriptions",
            "trials",
            "cancel_by",
            "budgets",
            "base_currency",
            "by_currency",
            "unconverted",
            "rates",
            "warnings",
            "mine"
        ]
    );
    assert_eq!(d["total_subscriptions"], 8);
    assert_eq!(d["active_subscriptions"], 6);
    // USD: 10 + 10 + 10 + 30.4375 (weekly 7) = 60.4375; EUR 30.4375 x 1.08 = 32.8725.
    assert_eq!(num(&d["monthly_cost"]), "93.31");
    // USD 120 + 120 + 120 + 365.25; EUR 365.25 x 1.08 = 394.47.
    assert_eq!(num(&d["yearly_cost"]), "1119.72");
    assert_eq!(
        d["upcoming_renewals"], 2,
        "D on 11-27 and F on 11-30; paused G does not count"
    );
    assert_eq!(d["base_currency"], "USD");
    assert_eq!(d["unconverted"], serde_json::json!(["JPY"]));
    assert_eq!(d["by_currency"]["USD"]["count"], 4);
    assert_eq!(num(&d["by_currency"]["USD"]["monthly_cost"]), "60.44");
    assert_eq!(num(&d["by_currency"]["USD"]["yearly_cost"]), "725.25");
    assert_eq!(num(&d["by_currency"]["EUR"]["monthly_cost"]), "30.44");
    assert_eq!(num(&d["by_currency"]["EUR"]["yearly_cost"]), "365.25");
    assert_eq!(num(&d["by_currency"]["JPY"]["monthly_cost"]), "1000.00");
    assert_eq!(d["categories"]["Video"]["count"], 3);
    assert_eq!(
        num(&d["categories"]["Video"]["monthly_cost"]),
        "20.00",
        "JPY is left out, not counted 1:1"
    );
    assert_eq!(d["categories"]["Uncategorized"]["count"], 3);
    assert_eq!(
        num(&d["categories"]["Uncategorized"]["monthly_cost"]),
        "73.31"
    );
    assert_eq!(d["recent_subscriptions"].as_array().unwrap().len(), 5);
    assert_eq!(d["rates"][0]["currency"], "EUR");
    assert_eq!(num(&d["rates"][0]["rate"]), "1.08");
    assert_eq!(d["rates"][0]["stale"], false);
    assert!(d["warnings"][0].as_str().unwrap().contains("JPY"));
    assert_eq!(
        env.json(&["dashboard", "--days", "3"])["upcoming_renewals"],
        1
    );

    let text = env.ok_with_stderr(
        &["dashboard"],
        "warning: JPY amounts are left out of the USD totals: no rate; \
         set one with `subs rates set JPY RATE`\n",
    );
    assert!(text.contains("6 active of 8 subscriptions"), "{text}");
    assert!(text.contains("93.31 USD"), "{text}");
    assert!(text.contains("Video") && text.contains('█'), "{text}");
}

#[test]
fn rounding_happens_once() {
    let env = TestEnv::new();
    for name in ["X", "Y", "Z"] {
        env.add(&[name, "--amount", "10.00", "--cycle", "yearly"]);
    }
    let d = env.json(&["dashboard"]);
    assert_eq!(
        num(&d["monthly_cost"]),
        "2.50",
        "3 x 0.8333.. rounded once, not 3 x 0.83"
    );
    assert_eq!(num(&d["yearly_cost"]), "30.00");
}

#[test]
fn an_empty_database_has_a_dashboard() {
    let env = TestEnv::new();
    let d = env.json(&["dashboard"]);
    assert_eq!(d["total_subscriptions"], 0);
    assert_eq!(num(&d["monthly_cost"]), "0.00");
    assert!(env.ok(&["dashboard"]).contains("No subscriptions yet"));
    let a = env.json(&["analytics"]);
    assert_eq!(a["cost_trends"].as_array().unwrap().len(), 6);
}

#[test]
fn analytics_breakdowns_for_the_portfolio() {
    let env = portfolio();
    let a = env.json(&["analytics"]);
    let keys: Vec<&str> = a.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    for k in [
        "cost_trends",
        "payment_methods",
        "average_monthly_cost",
        "categories",
        "growth",
        "alert_effectiveness",
    ] {
        assert!(keys.contains(&k), "{keys:?}");
    }
    assert_eq!(a["payment_methods"]["card"]["count"], 6);
    assert_eq!(num(&a["payment_methods"]["card"]["monthly_cost"]), "93.31");
    assert!(
        a["payment_methods"].get("paypal").is_none(),
        "paused G is not active"
    );
    // 93.31 over the 5 subscriptions whose currency converts.
    assert_eq!(num(&a["average_monthly_cost"]), "18.66");
    assert_eq!(num(&a["categories"]["Video"]["monthly_cost"]), "20.00");
    assert_eq!(num(&a["categories"]["Video"]["yearly_cost"]), "240.00");
    assert_eq!(num(&a["categories"]["Video"]["share"]), "21.4");
    assert_eq!(num(&a["categories"]["Uncategorized"]["share"]), "78.6");
    let growth = a["growth"].as_array().unwrap();
    assert_eq!(growth.last().unwrap()["month"], "2026-11");
    assert_eq!(growth.last().unwrap()["new_subscriptions"], 8);
    assert_eq!(a["alert_effectiveness"]["status_change"]["total"], 2);
    assert_eq!(a["unconverted"], serde_json::json!(["JPY"]));
    let text = env.ok_with_stderr(
        &["analytics"],
        "warning: JPY amounts are left out of the USD figures: no rate; \
         set one with `subs rates set JPY RATE`\n",
    );
    assert!(text.contains('█') && text.contains("Categories"), "{text}");
}

#[test]
fn trends_cross_a_year_boundary() {
    let first = TestEnv::at("2026-10-01");
    first
        .monthly("Box", "10")
        .start("2026-10-05")
        .with("--auto-renew", "false")
        .add();
    let jan = on(&first, "2027-01-15");
    jan.ok(&["pay", "box", "--due", "2026-10-05", "--date", "2026-10-05"]);
    jan.ok(&["pay", "box", "--due", "2026-11-05", "--date", "2026-11-06"]);
    jan.ok(&["pay", "box", "--due", "2026-12-05", "--date", "2026-12-05"]);
    jan.ok(&words(
        "pay box --due 2027-01-05 --date 2027-01-05 --amount 12",
    ));
    jan.ok(&words(
        "pay box --status refunded --due 2026-12-05 --date 2027-01-10",
    ));
    on(&first, "2026-12-20").add(&["New", "--amount", "5", "--cycle", "monthly"]);
    jan.ok(&["pause", "new"]);
    jan.ok(&["resume", "new"]);
    let alerts = jan.json(&["alerts", "list"]);
    jan.ok(&["alerts", "read", &alerts[0]["id"].to_string()]);

    let a = jan.json(&["analytics", "--months", "3"]);
    assert_eq!(a["from"], "2026-11-01");
    assert_eq!(a["until"], "2027-01-31");
    let trends: Vec<(String, String, String)> = items(&a["cost_trends"])
        .map(|t| {
            (
                t["month"].as_str().unwrap().into(),
                num(&t["paid"]),
                num(&t["scheduled"]),
            )
        })
        .collect();
    let want: Vec<(String, String, String)> = [
        ("2026-11", "10.00", "10.00"),
        // New starts (and is first charged) on 2026-12-20.
        ("2026-12", "10.00", "15.00"),
        // 12.00 paid less the 10.00 refund.
        ("2027-01", "2.00", "15.00"),
    ]
    .iter()
    .map(|(m, p, s)| (m.to_string(), p.to_string(), s.to_string()))
    .collect();
    assert_eq!(trends, want);
    assert_eq!(
        num(&a["cost_trends"][2]["by_currency"]["USD"]["paid"]),
        "2.00"
    );
    let growth: Vec<(String, i64, String)> = items(&a["growth"])
        .map(|g| {
            (
                g["month"].as_str().unwrap().into(),
                g["new_subscriptions"].as_i64().unwrap(),
                num(&g["total_value"]),
            )
        })
        .collect();
    assert_eq!(
        growth,
        [
            ("2026-11".into(), 0, "0.00".into()),
            ("2026-12".into(), 1, "5.00".into()),
            ("2027-01".into(), 0, "0.00".into())
        ]
    );
    assert_eq!(a["alert_effectiveness"]["status_change"]["total"], 2);
    assert_eq!(a["alert_effectiveness"]["status_change"]["read"], 1);
    assert_eq!(
        num(&a["alert_effectiveness"]["status_change"]["read_percentage"]),
        "50.0"
    );
}

#[test]
fn rates_are_validated_listed_and_go_stale() {
    let env = TestEnv::at("2026-10-01");
    env.ok_with_stderr(
        &["rates", "list"],
        "No rates yet. Set one with: subs rates set EUR 1.08\n",
    );
    env.refuses(&["rates", "set", "XYZ", "1.1"], 2, "XYZ");
    for bad in ["0", "-1", "abc", "1,08"] {
        let err = env.fails_unchanged(&["rates", "set", "EUR", bad], 2);
        assert!(err.contains(bad), "{err}");
    }
    env.refuses(&["rates", "set", "usd", "1"], 2, "base currency");
    env.fails_unchanged(&["rates", "remove", "EUR"], 3);

    let v = env.json(&["rates", "set", "eur", "1.08"]);
    assert_eq!(v["currency"], "EUR");
    assert_eq!(num(&v["rate"]), "1.08");
    env.sub("E").amount("10").currency("EUR").monthly().add();
    let later = on(&env, "2026-11-26");
    let d = later.json(&["dashboard"]);
    assert_eq!(num(&d["monthly_cost"]), "10.80");
    assert_eq!(d["rates"][0]["stale"], true);
    assert!(
        d["warnings"][0]
            .as_str()
            .unwrap()
            .contains("more than 30 days"),
        "{d}"
    );
    let out = later.cmd().args(["dashboard"]).output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("warning: the EUR rate was set on 2026-10-01")
    );
    assert_eq!(later.json(&["rates", "list"])[0]["stale"], true);

    // A rate set against another base does not apply after the base changes.
    later.ok_with_stderr(
        &["config", "set", "base_currency", "GBP"],
        "warning: the rates are against USD and GBP has none to convert them with: \
         go back with `subs config set base_currency USD`, set `subs rates set GBP RATE` \
         (1 GBP in USD), then set base_currency to GBP again — or set each rate against \
         GBP with `subs rates set CODE RATE`\n",
    );
    let d = later.json(&["dashboard"]);
    assert_eq!(d["unconverted"], serde_json::json!(["EUR"]));
    assert_eq!(num(&d["monthly_cost"]), "0.00");
    later.ok(&["config", "set", "base_currency", "USD"]);
    assert_eq!(later.json(&["rates", "remove", "EUR"])["removed"], "EUR");
    assert_eq!(
        later.json(&["dashboard"])["unconverted"],
        serde_json::json!(["EUR"])
    );
}

#[test]
fn reporting_queries_use_their_indexes() {
    let env = portfolio();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    for (name, sql, index) in subs::store::reports::QUERIES {
        let plan: Vec<String> = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap()
            .query_map(
                rusqlite::params_from_iter(
                    ["2026-01-01", "2026-12-31"]
                        .iter()
                        .take(sql.matches('?').count()),
                ),
                |r| r.get::<_, String>(3),
            )
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let plan = plan.join(" / ");
        assert!(plan.contains(index), "{name}: {plan}");
        assert!(
            plan.contains("COVERING INDEX"),
            "{name} must read only the index: {plan}"
        );
        assert!(
            !plan.contains("SCAN subscription") && !plan.contains("SCAN payment"),
            "{name}: {plan}"
        );
    }
}

#[test]
fn demo_fills_its_own_profile_and_shows_everything() {
    let env = TestEnv::new();
    let out = env.ok(&["demo"]);
    assert!(out.contains("active of 16 subscriptions"), "{out}");
    assert!(!env.db.exists(), "the user's database was not touched");
    let demo = env.home().join("data/subs/demo.db");
    assert!(demo.exists());
    let run = |args: &[&str]| -> Value {
        let o = env
            .cmd()
            .env_remove("SUBS_DB")
            .args(["--profile", "demo", "--json"])
            .args(args)
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        serde_json::from_slice(&o.stdout).unwrap()
    };
    let d = run(&["dashboard"]);
    assert_eq!(d["total_subscriptions"], 16);
    assert_eq!(d["active_subscriptions"], 14);
    assert_eq!(d["by_currency"].as_object().unwrap().len(), 3);
    assert!(d["unconverted"].as_array().unwrap().is_empty());
    let payments = run(&["payments"]);
    assert!(
        payments["payments"].as_array().unwrap().len() > 100,
        "a year of payments"
    );
    // What plans bring: a budget, a contract, a shared plan, a card expiring.
    assert_eq!(d["budgets"][0]["amount"].to_string(), "150.00");
    assert!(!run(&["show", "city gym"])["cancel_by"].is_null());
    assert_eq!(items(&run(&["show", "spotify"])["shared_with"]).len(), 2);
    assert!(
        items(&run(&["alerts", "list"])).any(|a| a["alert_type"] == "card_expiring"),
        "the card's alert"
    );
    let netflix = run(&["show", "netflix"]);
    assert_eq!(netflix["card"], "Visa 4242");
    assert_eq!(netflix["price_history"].as_array().unwrap().len(), 1);
    assert!(netflix["usage_summary"]["total_count"].as_i64().unwrap() > 5);
    let all = run(&["list", "--status", "all"]);
    let statuses: Vec<&str> = items(&all).map(|s| s["status"].as_str().unwrap()).collect();
    assert!(statuses.contains(&"paused") && statuses.contains(&"cancelled"));
    let cycles: std::collections::BTreeSet<&str> = items(&all)
        .map(|s| s["billing_cycle"].as_str().unwrap())
        .collect();
    assert_eq!(cycles.len(), 5, "every cycle: {cycles:?}");
    // Rebuilt, not appended to, on a second run.
    env.ok(&["demo"]);
    assert_eq!(run(&["dashboard"])["total_subscriptions"], 16);
    // A `demo` profile that the demo did not make (someone's data) is
    // never deleted.
    let mine = TestEnv::new();
    mine.cmd()
        .env_remove("SUBS_DB")
        .args([
            "--profile",
            "demo",
            "add",
            "Mine",
            "--amount",
            "1",
            "--cycle",
            "monthly",
        ])
        .assert()
        .success();
    let file = mine.home().join("data/subs/demo.db");
    let before = std::fs::read(&file).unwrap();
    let out = mine.cmd().args(["demo"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("was not made by `subs demo`"), "{err}");
    assert_eq!(before, std::fs::read(&file).unwrap());
}

#[test]
fn several_currencies_rank_and_total_in_the_base_currency() {
    let env = TestEnv::new();
    env.ok(&["rates", "set", "EUR", "1.10"]);
    env.monthly("Cheap in dollars", "10").add();
    env.monthly("Dear in euros", "9.50").currency("EUR").add();
    // 9.50 EUR is 10.45 USD: it ranks above 10.00 USD.
    let list = env.ok_with_stderr(
        &["list", "--sort", "monthly"],
        "Monthly cost of active subscriptions: 9.50 EUR + 10.00 USD\n\
         (currencies are not added together)\n\
         ≈ 20.45 USD a month in all\n",
    );
    let names: Vec<&str> = list
        .lines()
        .skip(1)
        .take(2)
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(names, ["Dear in euros", "Cheap in dollars"], "{list}");
    env.run(&["list", "--sort", "monthly"])
        .status(0)
        .stderr_has("≈ 20.45 USD a month in all");
    // Thirty days from today: today's charges; the next ones are on day 31.
    let upcoming = env.ok(&["upcoming"]);
    assert!(upcoming.contains("≈ 20.45 USD in all"), "{upcoming}");

    // A new base currency turns the rates into cross rates.
    let out = env
        .run(&["config", "set", "base_currency", "EUR"])
        .status(0)
        .stderr_has("cross rates against EUR: 1 USD = 0.9090909091 EUR");
    drop(out);
    let rates = env.json(&["rates", "list"]);
    assert_eq!(rates[0]["currency"], "USD");
    assert_eq!(rates[0]["base"], "EUR");
    env.run(&["list"])
        .status(0)
        .stderr_has("≈ 18.59 EUR a month in all");
    // Without a rate to pivot on, it says exactly what to do.
    env.run(&["config", "set", "base_currency", "GBP"])
        .status(0)
        .stderr_has("subs config set base_currency EUR")
        .stderr_has("subs rates set GBP RATE");
}

/// "Renewing in the next N days" counts N days, as `upcoming --days N`:
/// today and the N−1 after it. A charge on day N−1 counts, one on day N
/// does not.
#[test]
fn dashboard_renewals_count_n_days_today_included() {
    let env = TestEnv::new(); // today is 2026-11-26
    env.monthly("Edge", "5")
        .start("2026-10-28")
        .next("2026-11-28")
        .add();
    env.monthly("Past", "7")
        .start("2026-10-29")
        .next("2026-11-29")
        .add();
    for (days, count) in [(0, 0), (1, 0), (2, 0), (3, 1), (4, 2)] {
        let d = env.json(&["dashboard", "--days", &days.to_string()]);
        assert_eq!(d["upcoming_renewals"], count, "--days {days}: {d}");
        let charges = env.json(&["upcoming", "--days", &days.max(1).to_string()]);
        if days > 0 {
            assert_eq!(
                charges["charges"].as_array().map(Vec::len),
                Some(count),
                "upcoming --days {days} agrees: {charges}"
            );
        }
    }
    let text = env
        .run(&["dashboard", "--days", "3"])
        .status(0)
        .stderr("")
        .into_stdout();
    let line = text.lines().find(|l| l.starts_with("Renewing in the next"));
    assert_eq!(line, Some("Renewing in the next 3 days: 1"), "{text}");
}
