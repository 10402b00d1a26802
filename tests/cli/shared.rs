//! Shared plans: members, parts that add up to the cent, who owes whom, and
//! totals that count only my share.

use serde_json::Value;

use crate::common::{TestEnv, items, words};

fn num(v: &Value) -> String {
    v.to_string()
}

/// Debts as (from, to, amount, currency) text, for exact comparison.
fn debts(split: &Value) -> Vec<(String, String, String, String)> {
    items(&split["debts"])
        .map(|d| {
            (
                d["from"].as_str().unwrap().to_string(),
                d["to"].as_str().unwrap().to_string(),
                num(&d["amount"]),
                d["currency"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn debt(from: &str, to: &str, amount: &str, currency: &str) -> (String, String, String, String) {
    (from.into(), to.into(), amount.into(), currency.into())
}

/// Spotify Family at 17.99 three ways: 6.00 + 6.00 + 5.99 (the first
/// listed get the spare cents), every time.
#[test]
fn a_charge_splits_to_the_cent_deterministically() {
    let env = TestEnv::at("2027-01-03");
    env.ok(&["member", "add", "Alex"]);
    env.ok(&["member", "add", "Sam"]);
    let id = env
        .monthly("Spotify Family", "17.99")
        .start("2027-01-05")
        .with("--shared-with", "alex,sam,me")
        .add();
    let s = env.json(&["show", &id]);
    let parts: Vec<(String, String)> = items(&s["shared_with"])
        .map(|p| (p["member"].as_str().unwrap().to_string(), num(&p["amount"])))
        .collect();
    assert_eq!(
        parts,
        [
            ("Alex".to_string(), "6.00".to_string()),
            ("Sam".to_string(), "6.00".to_string()),
            ("me".to_string(), "5.99".to_string())
        ]
    );
    assert_eq!(num(&s["my_share"]), "5.99");
    assert_eq!(s["paid_by"], "me");
    assert!(
        env.ok(&["show", &id])
            .contains("Alex 6.00, Sam 6.00, me 5.99 (paid by me)")
    );
    for _ in 0..3 {
        assert_eq!(env.json(&["show", &id])["shared_with"], s["shared_with"]);
    }
    let split = env.json(&["split", "--month", "2027-01"]);
    let charge = &split["charges"][0];
    assert_eq!(charge["source"], "scheduled");
    assert_eq!(charge["date"], "2027-01-05");
    let sum: i64 = items(&charge["parts"])
        .map(|p| (p["amount"].as_f64().unwrap() * 100.0).round() as i64)
        .sum();
    assert_eq!(sum, 1799);
    assert_eq!(
        debts(&split),
        [
            debt("Alex", "me", "6.00", "USD"),
            debt("Sam", "me", "6.00", "USD")
        ]
    );
    env.run(&["split", "--month", "2027-01"])
        .status(0)
        .stderr_has("Alex owes you 6.00 USD")
        .stderr_has("Sam owes you 6.00 USD");
}

/// Percentages and amounts must add up exactly (or leave equal parts);
/// anything else exits 2 and changes nothing.
#[test]
fn shares_that_do_not_add_up_are_refused() {
    let env = TestEnv::at("2027-01-03");
    env.ok(&["member", "add", "Alex"]);
    env.ok(&["member", "add", "Sam"]);
    env.monthly("Netflix", "20").add();
    for args in [
        &words("edit netflix --shared-with alex,sam --shares alex=50%,sam=40%")[..],
        &words("edit netflix --shared-with alex,me --shares alex=60%,me=60%"),
        &words("edit netflix --shared-with alex,me --shares alex=5,me=10"),
        &words("edit netflix --shared-with alex,me --shares alex=50%,me=10"),
        &["edit", "netflix", "--shared-with", "alex,alex"],
        &["edit", "netflix", "--shared-with", "alex"],
        &["edit", "netflix", "--shares", "alex=50%"],
        &words("edit netflix --shared-with alex,me --shares sam=50%"),
        &words("edit netflix --shared-with alex,me --shares alex=half"),
    ] {
        let err = env.fails_unchanged(args, 2);
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
    }
    env.fails_unchanged(&["edit", "netflix", "--shared-with", "alex,nobody"], 3);
    env.fails_unchanged(&["edit", "netflix", "--paid-by", "nobody"], 3);
    // Fixed amounts that add up; a new price must keep them adding up.
    env.ok(&words(
        "edit netflix --shared-with alex,me --shares alex=5,me=15",
    ));
    env.fails_unchanged(&["edit", "netflix", "--amount", "22"], 2);
    env.ok(&words("edit netflix --amount 22 --shares alex=5,me=17"));
    // The rest split equally.
    env.ok(&words(
        "edit netflix --shared-with alex,sam,me --shares alex=50%",
    ));
    let parts: Vec<String> = items(&env.json(&["show", "netflix"])["shared_with"])
        .map(|p| num(&p["amount"]))
        .collect();
    assert_eq!(parts, ["11.00", "5.50", "5.50"]);
    env.ok(&["edit", "netflix", "--shared-with", "none"]);
    assert_eq!(
        env.json(&["show", "netflix"])["shared_with"],
        serde_json::json!([])
    );
}

/// `--mine` (or `config set totals mine`) counts my share only: the
/// dashboard's monthly cost is the sum of every subscription's
/// my_monthly_cost.
#[test]
fn mine_totals_are_the_sum_of_my_shares() {
    let env = TestEnv::at("2027-01-03");
    env.ok(&["member", "add", "Alex"]);
    env.ok(&["member", "add", "Sam"]);
    env.monthly("Spotify Family", "17.99")
        .with("--shared-with", "alex,sam,me")
        .add();
    env.yearly("Insurance", "120")
        .with("--shared-with", "alex,me")
        .with("--shares", "alex=25%")
        .add();
    env.monthly("Gym", "40").add();
    env.monthly("Family Netflix", "20")
        .with("--shared-with", "alex,sam")
        .with("--paid-by", "alex")
        .add();
    let full = env.json(&["dashboard"]);
    assert_eq!(num(&full["monthly_cost"]), "87.99");
    assert_eq!(full["mine"], false);
    let mine = env.json(&["dashboard", "--mine"]);
    let sum: f64 = items(&env.json(&["list"]))
        .map(|s| s["my_monthly_cost"].as_f64().unwrap())
        .sum();
    // 17.99/3 + 120*0.75/12 + 40 + 0 = 5.9966… + 7.50 + 40 = 53.50
    assert_eq!(num(&mine["monthly_cost"]), "53.50");
    assert!((sum - 53.50).abs() < 0.015, "{sum}");
    assert_eq!(mine["mine"], true);
    env.ok(&["config", "set", "totals", "mine"]);
    assert_eq!(num(&env.json(&["dashboard"])["monthly_cost"]), "53.50");
    assert_eq!(
        num(&env.json(&["dashboard", "--full"])["monthly_cost"]),
        "87.99"
    );
    env.run(&["list"])
        .status(0)
        .stderr_has("Monthly cost of active subscriptions (my share): 53.50 USD");
    assert!(
        env.ok(&["dashboard"])
            .contains("Monthly cost (my share): 53.50 USD")
    );
    let analytics = env.json(&["analytics", "--mine"]);
    assert!(analytics.to_string().contains("53.5"), "{analytics}");
    env.fails_unchanged(&["config", "set", "totals", "half"], 2);
}

/// Payments recorded are split as they were paid (refunds too), else the
/// month's scheduled charges; debts between two members net out, per
/// currency.
#[test]
fn split_nets_debts_from_payments_or_scheduled_charges() {
    let env = TestEnv::at("2027-01-20");
    env.ok(&["rates", "set", "EUR", "1.10"]);
    env.ok(&["member", "add", "Alex"]);
    env.monthly("Spotify Family", "18")
        .start("2027-01-05")
        .with("--shared-with", "alex,me")
        .add();
    env.monthly("Netflix", "20")
        .start("2027-01-10")
        .with("--shared-with", "alex,me")
        .with("--shares", "alex=25%")
        .with("--paid-by", "alex")
        .add();
    env.monthly("Cloud", "10")
        .currency("EUR")
        .start("2027-01-12")
        .with("--shared-with", "alex,me")
        .add();
    // A price rise paid at the new amount: split by the same fractions.
    env.ok(&words(
        "pay spotify --amount 19 --date 2027-01-05 --due 2027-01-05",
    ));
    let split = env.json(&["split", "--month", "2027-01"]);
    let spotify = items(&split["charges"])
        .find(|c| c["subscription_name"] == "Spotify Family")
        .unwrap()
        .clone();
    assert_eq!(spotify["source"], "payment");
    assert_eq!(num(&spotify["amount"]), "19.00");
    // Alex owes me 9.50 for Spotify; I owe Alex 15.00 for Netflix: I owe 5.50.
    assert_eq!(
        debts(&split),
        [
            debt("Alex", "me", "5.00", "EUR"),
            debt("me", "Alex", "5.50", "USD")
        ]
    );
    env.run(&["split", "--month", "2027-01"])
        .status(0)
        .stderr_has("You owe Alex 5.50 USD");
    assert_eq!(
        env.json(&["split", "--month", "2026-12"])["charges"],
        serde_json::json!([])
    );
    env.fails_unchanged(&["split", "--month", "2027-13"], 2);
    env.fails_unchanged(&["split", "--month", "January"], 2);
}

#[test]
fn members_are_names_and_me_is_always_there() {
    let env = TestEnv::at("2027-01-03");
    let list = env.json(&["member", "list"]);
    assert_eq!(list[0]["name"], "me");
    env.ok(&["member", "add", "Alex"]);
    env.fails_unchanged(&["member", "add", "alex"], 2);
    env.fails_unchanged(&["member", "add", "Me"], 2);
    env.fails_unchanged(&["member", "add", ""], 2);
    env.fails_unchanged(&["member", "remove", "me"], 2);
    env.fails_unchanged(&["member", "remove", "sam"], 3);
    env.monthly("Netflix", "20").with("--paid-by", "alex").add();
    env.refuses(&["member", "remove", "alex"], 2, "Netflix");
    assert_eq!(
        env.json(&["member", "list"])[1]["subscriptions"],
        serde_json::json!(["Netflix"])
    );
    env.ok(&["edit", "netflix", "--paid-by", "me"]);
    env.ok(&["member", "remove", "alex"]);
    assert_eq!(env.json(&["member", "list"]).as_array().unwrap().len(), 1);
}

/// Backups carry members, shares and payers, also into a database whose
/// member ids differ.
#[test]
fn shared_plans_travel_in_backups() {
    let env = TestEnv::at("2027-01-03");
    env.ok(&["member", "add", "Alex"]);
    env.ok(&["member", "add", "Sam"]);
    env.monthly("Spotify Family", "17.99")
        .with("--shared-with", "sam,alex,me")
        .with("--shares", "sam=20%")
        .with("--paid-by", "alex")
        .add();
    let (_copy, path) = env.round_trip("2027-01-03");

    let other = TestEnv::at("2027-01-03");
    other.ok(&["member", "add", "Zoe"]);
    other.ok(&["member", "add", "sam"]);
    other.ok(&["import", path.to_str().unwrap()]);
    let s = other.json(&["show", "spotify"]);
    assert_eq!(s["paid_by"], "Alex");
    assert_eq!(s["shared_with"][0]["member"], "sam", "merged by name");
    assert_eq!(s["shared_with"][1]["member"], "Alex");
    assert_eq!(
        s["shared_with"],
        items(&env.json(&["show", "spotify"])["shared_with"])
            .map(|p| {
                let mut p = p.clone();
                if p["member"] == "Sam" {
                    p["member"] = "sam".into();
                }
                p
            })
            .collect::<Value>()
    );
}

/// `list --mine` shows my part of each plan on its row (`my_share` per
/// charge, `my_monthly_cost` a month) and its total is the sum of those
/// rows; `member list` has me first, with the shared plans I take part in.
#[test]
fn my_rows_add_up_to_my_total_and_i_am_a_member_with_my_plans() {
    let env = TestEnv::at("2027-01-03");
    env.ok(&["member", "add", "Alex"]);
    env.ok(&["member", "add", "Sam"]);
    env.monthly("Spotify Family", "17.99")
        .start("2027-01-05")
        .with("--shared-with", "alex,me")
        .add();
    env.yearly("Insurance", "120")
        .start("2027-01-10")
        .with("--shared-with", "alex,me")
        .with("--shares", "alex=25%")
        .add();
    env.monthly("Gym", "40").start("2027-01-07").add();
    env.monthly("Family Netflix", "20")
        .start("2027-01-08")
        .with("--shared-with", "alex,sam")
        .with("--paid-by", "alex")
        .add();
    // 17.99 split two ways is 9.00 + 8.99 a charge; my monthly part is
    // half of 17.99, 9.00 to the cent. 9.00 + 40.00 + 0.00 + 7.50 = 56.50.
    env.run(&["list", "--mine"])
        .status(0)
        .stdout(
            "Name\tMy amount\tCycle\tMy monthly\tNext billing\tStatus\tCategory\n\
             Spotify Family\t8.99 USD\tmonthly\t9.00 USD\t2027-01-05 (in 2 days)\tactive\t\n\
             Gym\t40.00 USD\tmonthly\t40.00 USD\t2027-01-07 (in 4 days)\tactive\t\n\
             Family Netflix\t0.00 USD\tmonthly\t0.00 USD\t2027-01-08 (in 5 days)\tactive\t\n\
             Insurance\t90.00 USD\tyearly\t7.50 USD\t2027-01-10 (in 7 days)\tactive\t\n",
        )
        .stderr("Monthly cost of active subscriptions (my share): 56.50 USD\n");
    assert_eq!(
        num(&env.json(&["dashboard", "--mine"])["monthly_cost"]),
        "56.50"
    );
    env.run(&["member", "list"]).status(0).stdout(
        "Member\tSubscriptions\n\
         me\tInsurance, Spotify Family\n\
         Alex\tFamily Netflix, Insurance, Spotify Family\n\
         Sam\tFamily Netflix\n",
    );
    assert_eq!(
        env.json(&["member", "list"])[0],
        serde_json::json!({"name": "me", "subscriptions": ["Insurance", "Spotify Family"]})
    );
}
