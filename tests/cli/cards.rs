//! Payment cards: subscriptions charged to a card, the card_expiring alert
//! that lists exactly the active ones to move, and removal.

use serde_json::Value;

use crate::common::{TestEnv, items, words};

/// Visa 4242 expires 2027-08: from 30 days before the end of August (the
/// 1st) the
/// alert names every active subscription charged to it — not the paused
/// one, not another card's — once.
#[test]
fn card_expiring_lists_exactly_the_active_subscriptions_on_it() {
    let env = TestEnv::at("2027-06-01");
    let added = env.json(&["card", "add", "Visa 4242", "--expires", "2027-08"]);
    assert_eq!(added["expires"], "2027-08");
    assert_eq!(added["kind"], "card");
    env.ok(&words("card add PayPal --expires 12/30 --kind paypal"));
    env.monthly("Netflix", "15.99").with("--card", "visa").add();
    env.monthly("Spotify", "10.99")
        .with("--card", "Visa 4242")
        .add();
    env.monthly("iCloud+", "2.99").add();
    env.ok(&["edit", "icloud", "--card", "visa"]);
    env.monthly("Gym", "40").with("--card", "visa").add();
    env.ok(&["pause", "gym"]);
    env.monthly("Kindle", "9.99").with("--card", "paypal").add();

    let s = env.json(&["show", "kindle"]);
    assert_eq!(s["card"], "PayPal");
    assert_eq!(s["payment_method"], "paypal", "the card's kind");
    assert!(env.ok(&["show", "netflix"]).contains("card (Visa 4242)"));
    let list = env.json(&["card", "list"]);
    assert_eq!(list[0]["name"], "Visa 4242");
    assert_eq!(
        list[0]["subscriptions"],
        serde_json::json!(["iCloud+", "Netflix", "Spotify"])
    );

    // 30 days before August 31 is August 1.
    assert!(!env.generate_on("2027-07-31").contains("card_expiring"));
    let out = env.generate_on("2027-08-01");
    assert!(
        out.contains(
            "[card_expiring] Visa 4242 expires 2027-08: Move iCloud+, Netflix, Spotify to another way to pay: Visa 4242 stops working after 2027-08."
        ),
        "{out}"
    );
    assert!(!out.contains("PayPal"), "{out}");
    assert!(!env.generate_on("2027-08-03").contains("card_expiring"));
    let alerts: Vec<Value> = items(&env.json(&["alerts", "list", "--all"]))
        .filter(|a| a["alert_type"] == "card_expiring")
        .cloned()
        .collect();
    assert_eq!(alerts.len(), 1);
    assert!(alerts[0]["subscription_id"].is_null());
    let list = env.json_on("2027-08-02", &["card", "list"]);
    assert_eq!(list[0]["expiring"], true);
    assert_eq!(list[1]["expiring"], false);
}

/// Removing a card in use asks (scripts pass --yes); its subscriptions keep
/// the card's kind. A new payment method clears the card.
#[test]
fn removing_a_card_keeps_its_kind_on_the_subscriptions() {
    let env = TestEnv::at("2027-01-05");
    env.ok(&words(
        "card add Bank --expires 2030-01 --kind bank_transfer",
    ));
    env.monthly("Rent insurance", "9")
        .with("--card", "bank")
        .add();
    env.refuses(&["card", "remove", "bank"], 2, "--yes");
    env.ok(&["card", "remove", "bank", "--yes"]);
    let s = env.json(&["show", "rent"]);
    assert_eq!(s["card"], Value::Null);
    assert_eq!(s["payment_method"], "bank_transfer");
    env.ok(&["card", "add", "Visa", "--expires", "2030-01"]);
    env.ok(&["edit", "rent", "--card", "visa"]);
    assert_eq!(env.json(&["show", "rent"])["card"], "Visa");
    env.ok(&["edit", "rent", "--payment-method", "paypal"]);
    let s = env.json(&["show", "rent"]);
    assert_eq!(s["card"], Value::Null);
    assert_eq!(s["payment_method"], "paypal");
}

#[test]
fn card_mistakes_are_refused_and_change_nothing() {
    let env = TestEnv::at("2027-01-05");
    env.ok(&["card", "add", "Visa 4242", "--expires", "2027-08"]);
    env.monthly("Netflix", "15.99").add();
    for (args, code) in [
        (&["card", "add", "visa 4242", "--expires", "2028-01"][..], 2),
        (&["card", "add", "Amex", "--expires", "2027-13"], 2),
        (&["card", "add", "Amex", "--expires", "next year"], 2),
        (&["card", "add", "", "--expires", "2027-01"], 2),
        (&["card", "remove", "amex"], 3),
        (&["edit", "netflix", "--card", "amex"], 3),
        (
            &[
                "add", "X", "--amount", "1", "--cycle", "monthly", "--card", "amex",
            ],
            3,
        ),
    ] {
        let err = env.fails_unchanged(args, code);
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
    }
    let clash = env.fails_unchanged(
        &words("edit netflix --card visa --payment-method paypal"),
        2,
    );
    assert!(clash.contains("cannot be used with"), "{clash}");
}

/// Backups carry cards and the subscriptions' references to them, also
/// when merged into a database whose ids differ; CSV names the card.
#[test]
fn cards_travel_in_backups_and_csv() {
    let env = TestEnv::at("2027-01-05");
    env.ok(&["card", "add", "Visa 4242", "--expires", "2027-08"]);
    env.monthly("Netflix", "15.99").with("--card", "visa").add();
    let (_copy, path) = env.round_trip("2027-01-05");

    // Into a database that already has other cards: the reference follows.
    let other = TestEnv::at("2027-01-05");
    other.ok(&["card", "add", "Amex", "--expires", "2029-01"]);
    other.ok(&["card", "add", "Mastercard", "--expires", "2029-02"]);
    other.ok(&["import", path.to_str().unwrap()]);
    assert_eq!(other.json(&["show", "netflix"])["card"], "Visa 4242");

    let csv = env.ok(&["export", "--format", "csv"]);
    let csv_path = env.home().join("subs.csv");
    std::fs::write(&csv_path, &csv).unwrap();
    let fresh = TestEnv::at("2027-01-05");
    fresh.refuses(
        &["import", csv_path.to_str().unwrap(), "--strict"],
        2,
        "column card: no card named \"Visa 4242\"",
    );
    fresh.ok(&["card", "add", "visa 4242", "--expires", "2027-08"]);
    fresh.ok(&["import", csv_path.to_str().unwrap()]);
    assert_eq!(fresh.json(&["show", "netflix"])["card"], "visa 4242");
}
