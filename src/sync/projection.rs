//! The SQL tables as a projection of the replica: a pure, deterministic
//! function from the replica's records to the rows every table holds, and
//! the conflicts a person should know of. Every device computes the same
//! rows and the same conflicts from the same replica.
//!
//! The rules, in order (parents before children):
//! - a record that cannot be read, or whose row breaks subs' rules and
//!   cannot be repaired, is left out and reported (`invalid`);
//! - two categories, cards, members or channels with one name (made on two
//!   devices) are one: the earliest is kept and references to the other
//!   point at it (`merged`);
//! - a record whose subscription (or member, or category) was deleted on
//!   another device is left out: the delete wins (`orphan`);
//! - one settlement per charge: of two payments settling the same due date,
//!   the earliest recorded is kept (`double_settlement`);
//! - one share per member of a plan, one budget per scope (`duplicate`);
//!   one alert per occurrence (kept quietly: they say the same).
//!
//! "Earliest" is by creation time, then by global id: a total order every
//! device agrees on.

use std::collections::{BTreeMap, HashMap, HashSet};

use rust_decimal::Decimal;
use serde_json::{Map, Value};
use uuid::Uuid;

use super::records::{self, Clash, FORMAT, KINDS, Kind, Props, TYPE};
use crate::domain::validate::fold_name;
use crate::transfer::backup::{BackupTable, EachTable, each_table};

/// A row of the projection: its record's id and its backup JSON object
/// (no local id; references are global ids).
#[derive(Clone, Debug, PartialEq)]
pub struct Projected {
    pub uuid: Uuid,
    pub row: Map<String, Value>,
}

pub use crate::domain::conflict::{Conflict, ConflictKind};

/// The tables, parents first, and the conflicts.
#[derive(Debug, Default)]
pub struct Projection {
    pub tables: Vec<(&'static Kind, Vec<Projected>)>,
    pub conflicts: Vec<Conflict>,
}

impl Projection {
    /// Every projected row as the record properties it came from (after
    /// merges and repairs): what the SQL tables must equal.
    pub fn records(&self) -> HashMap<Uuid, Props> {
        let mut out = HashMap::new();
        for (kind, rows) in &self.tables {
            for p in rows {
                if let Some((uuid, props)) =
                    records::to_record(kind, p.row.clone(), &records::Uids::new())
                {
                    out.insert(uuid, props);
                }
            }
        }
        out
    }
}

/// The replica needs a newer subs than this one.
#[derive(Debug)]
pub struct TooNew(pub u32);

impl std::fmt::Display for TooNew {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the replica needs format {}, this subs reads {FORMAT}",
            self.0
        )
    }
}

impl std::error::Error for TooNew {}

/// Projects the replica's records.
pub fn project(all: &HashMap<Uuid, Props>) -> Result<Projection, TooNew> {
    if let Some(format) = all
        .get(&records::replica_set_record())
        .and_then(|p| p.get("format"))
        .and_then(|f| f.parse::<u32>().ok())
        && format > FORMAT
    {
        return Err(TooNew(format));
    }
    let mut p = Projector::default();
    // Records by table, in the one order every device uses.
    let mut by_kind: BTreeMap<&str, Vec<(Uuid, &Props)>> = BTreeMap::new();
    for (uuid, props) in all {
        if let Some(name) = props.get(TYPE)
            && let Some(kind) = records::kind(name)
        {
            by_kind.entry(kind.name).or_default().push((*uuid, props));
        }
    }
    for kind in KINDS {
        let mut rows = Vec::new();
        for (uuid, props) in by_kind.remove(kind.name).unwrap_or_default() {
            match records::from_record(kind, uuid, props) {
                Ok(row) => rows.push(Projected { uuid, row }),
                Err(why) => p.report(
                    ConflictKind::Invalid,
                    kind,
                    uuid,
                    format!(
                        "{} record could not be read: {why}",
                        with_article(singular(kind))
                    ),
                ),
            }
        }
        rows.sort_by(|a, b| {
            text(&a.row, "created_at")
                .cmp(text(&b.row, "created_at"))
                .then(a.uuid.cmp(&b.uuid))
        });
        let rows = p.resolve(kind, rows);
        p.tables.push((kind, rows));
    }
    p.conflicts.sort();
    Ok(Projection {
        tables: p.tables,
        conflicts: p.conflicts,
    })
}

fn text<'a>(row: &'a Map<String, Value>, field: &str) -> &'a str {
    row.get(field).and_then(Value::as_str).unwrap_or("")
}

/// "a payment", "an alert".
pub fn with_article(noun: &str) -> String {
    let vowel = noun.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {noun}", if vowel { "an" } else { "a" })
}

/// What one row of `kind` is called ("usage log"), from its spec.
pub fn singular(kind: &Kind) -> &'static str {
    kind.singular()
}

#[derive(Default)]
struct Projector {
    tables: Vec<(&'static Kind, Vec<Projected>)>,
    conflicts: Vec<Conflict>,
    /// Global ids kept, by kind; and where merged ones point.
    kept: HashMap<&'static str, HashSet<String>>,
    merged: HashMap<String, String>,
    /// Subscription names, for sentences.
    names: HashMap<String, String>,
}

impl Projector {
    fn report(&mut self, kind: ConflictKind, table: &Kind, uuid: Uuid, message: String) {
        self.conflicts.push(Conflict {
            kind,
            table: table.name.into(),
            record: uuid.hyphenated().to_string(),
            message,
        });
    }

    fn name_of(&self, subscription: &str) -> String {
        self.names
            .get(subscription)
            .cloned()
            .unwrap_or_else(|| subscription.to_string())
    }

    /// The global id a reference points at now, if its record is kept.
    fn target(&self, kind: &str, uid: &str) -> Option<String> {
        let uid = self.merged.get(uid).map_or(uid, String::as_str);
        self.kept
            .get(kind)
            .is_some_and(|k| k.contains(uid))
            .then(|| uid.to_string())
    }

    fn resolve(&mut self, kind: &'static Kind, rows: Vec<Projected>) -> Vec<Projected> {
        let mut out = Vec::with_capacity(rows.len());
        // Per-table keys that must be unique.
        let mut seen: HashMap<String, (Uuid, String)> = HashMap::new();
        let mut charges: Charges = HashMap::new();
        for mut p in rows {
            if !self.references_hold(kind, &mut p)
                || !self.valid(kind, &mut p)
                || self.clashes(kind, &p, &mut seen)
                || self.settled_twice(kind, &p, &mut charges)
            {
                continue;
            }
            self.keep(kind, &p);
            out.push(p);
        }
        out
    }

    /// Whether the row passes the table's checks, repaired if it can be
    /// (edits on two devices whose dates do not fit together).
    fn valid(&mut self, kind: &'static Kind, p: &mut Projected) -> bool {
        if let Err(why) = check(kind, &p.row) {
            if let Some(repaired) = repair(kind, &p.row)
                && check(kind, &repaired).is_ok()
            {
                p.row = repaired;
                self.report(
                    ConflictKind::Repaired,
                    kind,
                    p.uuid,
                    format!(
                        "{}: edits made on two devices did not fit together ({why}); the dates were made consistent",
                        self.label(kind, &p.row)
                    ),
                );
            } else {
                let label = self.label(kind, &p.row);
                self.report(
                    ConflictKind::Invalid,
                    kind,
                    p.uuid,
                    format!("{label} was left out: {why}"),
                );
                return false;
            }
        }
        true
    }

    /// Whether a unique key (from the spec) is held by an earlier row: the
    /// same named row made twice merges; the same part or limit set twice
    /// keeps the earlier; the same alert raised twice is one.
    fn clashes(
        &mut self,
        kind: &'static Kind,
        p: &Projected,
        seen: &mut HashMap<String, (Uuid, String)>,
    ) -> bool {
        if let Some(unique) = kind.spec.unique.first() {
            let mut key = unique
                .iter()
                .map(|field| text(&p.row, field))
                .collect::<Vec<_>>()
                .join("/");
            if kind.spec.computed.contains(&"name_key") {
                key = fold_name(&key);
            }
            if let Some((first, _)) = seen.get(&key) {
                let first = *first;
                match kind.clash {
                    Clash::Merge => {
                        self.merged
                            .insert(uid_of(p), first.hyphenated().to_string());
                        self.report(
                            ConflictKind::Merged,
                            kind,
                            p.uuid,
                            format!(
                                "two {} named \"{}\" were made on different devices; they are one now",
                                kind.name,
                                text(&p.row, "name")
                            ),
                        );
                    }
                    Clash::KeepEarlier => {
                        let label = self.label(kind, &p.row);
                        self.report(
                            ConflictKind::Duplicate,
                            kind,
                            p.uuid,
                            format!("{label} was set on two devices; the earlier one is kept"),
                        );
                    }
                    Clash::Same => {}
                }
                return true;
            }
            seen.insert(key, (p.uuid, String::new()));
        }
        false
    }

    /// Whether a payment settles a charge another payment settled already
    /// (one settlement per charge: the first recorded is kept).
    fn settled_twice(&mut self, kind: &'static Kind, p: &Projected, charges: &mut Charges) -> bool {
        if kind.name == "payments" {
            let charge = (
                text(&p.row, "subscription_id").to_string(),
                text(&p.row, "due_date").to_string(),
            );
            let amount = p
                .row
                .get("amount")
                .and_then(|v| v.to_string().parse::<Decimal>().ok())
                .unwrap_or_default();
            let entry =
                charges
                    .entry(charge.clone())
                    .or_insert((Decimal::ZERO, Decimal::ZERO, None));
            match text(&p.row, "status") {
                "paid" | "pending" => {
                    if entry.0 > entry.1 {
                        let name = self.name_of(&charge.0);
                        self.report(
                            ConflictKind::DoubleSettlement,
                            kind,
                            p.uuid,
                            format!(
                                "{name}: the charge due {} was paid on two devices; the payment recorded first is kept, the one of {} {} paid {} is left out",
                                charge.1,
                                p.row.get("amount").map(Value::to_string).unwrap_or_default(),
                                text(&p.row, "currency"),
                                text(&p.row, "payment_date"),
                            ),
                        );
                        return true;
                    }
                    entry.0 += amount;
                    entry.2 = Some(p.uuid);
                }
                "refunded" => entry.1 += amount,
                _ => {}
            }
        }
        false
    }

    /// Notes a kept row: its subscription's name, its key.
    fn keep(&mut self, kind: &'static Kind, p: &Projected) {
        if kind.name == "subscriptions" {
            self.names.insert(
                text(&p.row, "subscription_id").to_string(),
                text(&p.row, "name").to_string(),
            );
        }
        self.kept
            .entry(kind.name)
            .or_default()
            .insert(match kind.key {
                records::Key::SubscriptionId => text(&p.row, "subscription_id").to_string(),
                _ => uid_of(p),
            });
    }

    /// Points references at kept records. A record whose subscription,
    /// member (of a share) or category (of a budget) is gone is an orphan;
    /// a subscription's category or card that is gone is no category or
    /// card, as when it is deleted here.
    fn references_hold(&mut self, kind: &'static Kind, p: &mut Projected) -> bool {
        if let Some(sid) = p.row.get("subscription_id").and_then(Value::as_str)
            && kind.name != "subscriptions"
            && !self
                .kept
                .get("subscriptions")
                .is_some_and(|k| k.contains(sid))
        {
            let message = format!(
                "{} for a subscription deleted on another device was left out (the delete wins)",
                with_article(singular(kind))
            );
            self.report(ConflictKind::Orphan, kind, p.uuid, message);
            return false;
        }
        for (field, target) in kind.refs() {
            let Some(uid) = p.row.get(field).and_then(Value::as_str).map(String::from) else {
                continue;
            };
            match self.target(target.section, &uid) {
                Some(now) => {
                    p.row.insert(field.into(), Value::String(now));
                }
                None => {
                    let strict = matches!(
                        (kind.name, field),
                        ("shares", _) | ("budgets", _) | ("subscriptions", "paid_by")
                    );
                    if strict {
                        let label = self.label(kind, &p.row);
                        let gone = target.singular;
                        if kind.name == "subscriptions" {
                            p.row.remove(field);
                            self.report(
                                ConflictKind::Orphan,
                                kind,
                                p.uuid,
                                format!("{label} was paid by a {gone} removed on another device; it is yours now"),
                            );
                        } else {
                            self.report(
                                ConflictKind::Orphan,
                                kind,
                                p.uuid,
                                format!("{label} was left out: its {gone} was removed on another device (the delete wins)"),
                            );
                            return false;
                        }
                    } else {
                        p.row.remove(field);
                    }
                }
            }
        }
        true
    }

    /// How a sentence names a row.
    fn label(&self, kind: &Kind, row: &Map<String, Value>) -> String {
        match kind.name {
            "subscriptions" => text(row, "name").to_string(),
            "shares" => format!("a share of {}", self.name_of(text(row, "subscription_id"))),
            "budgets" => "a budget".to_string(),
            "payments" | "usage" | "alerts" | "price_history" => format!(
                "{} of {}",
                with_article(singular(kind)),
                self.name_of(text(row, "subscription_id"))
            ),
            _ => format!("the {} \"{}\"", singular(kind), text(row, "name")),
        }
    }
}

fn uid_of(p: &Projected) -> String {
    text(&p.row, "uid").to_string()
}

/// Checks a projected row by subs' own rules for stored rows (the checks a
/// backup's rows pass).
pub fn check(kind: &Kind, row: &Map<String, Value>) -> Result<(), String> {
    let mut row = row.clone();
    if kind.key == records::Key::Uid {
        row.insert("id".into(), Value::from(1));
    }
    for (field, _) in kind.refs() {
        if row.get(field).is_some_and(Value::is_string) {
            row.insert(field.into(), Value::from(1));
        }
    }
    /// Checks the value as the backup row of the table named `name`.
    struct Typed {
        name: &'static str,
        value: Option<Value>,
        result: Result<(), String>,
    }
    impl EachTable for Typed {
        type Error = std::convert::Infallible;
        fn table<T: BackupTable>(&mut self) -> Result<(), Self::Error> {
            if T::NAME == self.name
                && let Some(value) = self.value.take()
            {
                self.result = serde_json::from_value::<T>(value)
                    .map_err(|e| e.to_string())
                    .and_then(|row| {
                        row.validate()
                            .map_err(|(field, why)| format!("{field}: {why}"))
                    });
            }
            Ok(())
        }
    }
    let mut typed = Typed {
        name: kind.name,
        value: Some(Value::Object(row)),
        result: Err(format!("{} is not a table subs replicates", kind.name)),
    };
    let Ok(()) = each_table(&mut typed);
    typed.result
}

/// The one repair the projection makes: dates that edits on two devices
/// left out of order (a schedule from one, an end from the other).
fn repair(kind: &Kind, row: &Map<String, Value>) -> Option<Map<String, Value>> {
    if kind.name != "subscriptions" {
        return None;
    }
    let mut row = row.clone();
    let start = text(&row, "start_date").to_string();
    if text(&row, "next_billing_date") < start.as_str() {
        row.insert("next_billing_date".into(), Value::String(start.clone()));
    }
    if row.get("end_date").is_some() && text(&row, "end_date") < start.as_str() {
        row.insert("end_date".into(), Value::String(start));
    }
    Some(row)
}

/// Per charge (subscription, due date): paid or pending so far, refunded
/// so far, the payment kept.
type Charges = HashMap<(String, String), (Decimal, Decimal, Option<Uuid>)>;

#[cfg(test)]
mod tests {
    type TestResult = Result<(), Box<dyn std::error::Error>>;

    use super::*;
    use crate::domain::id;

    fn sub(n: u128, name: &str, created: &str) -> (Uuid, Props) {
        let mut p = Props::new();
        p.insert(TYPE.into(), "subscriptions".into());
        p.insert("name".into(), format!("\"{name}\""));
        p.insert("provider".into(), "\"P\"".into());
        p.insert("price".into(), r#"{"amount":9.99,"currency":"EUR"}"#.into());
        p.insert(
            "cycle".into(),
            r#"{"billing_cycle":"monthly","custom_cycle_days":null,"cycle_months":1}"#.into(),
        );
        p.insert(
            "schedule".into(),
            r#"{"start_date":"2026-01-05","billing_anchor":"2026-01-05","next_billing_date":"2026-12-05","trial_until":null}"#.into(),
        );
        p.insert(
            "lifecycle".into(),
            r#"{"status":"active","end_date":null}"#.into(),
        );
        for (k, v) in [
            ("payment_method", "\"card\""),
            ("auto_renewal", "true"),
            ("reminder_days", "3"),
            ("email_notifications", "true"),
            ("ai_insights", "{}"),
            ("usage_tracking", "{}"),
            ("updated_at", "\"2026-01-05T00:00:00Z\""),
        ] {
            p.insert(k.into(), v.into());
        }
        p.insert("created_at".into(), format!("\"{created}\""));
        (Uuid::from_u128(n), p)
    }

    fn payment(sub: u128, due: &str, created: &str) -> (Uuid, Props) {
        let mut p = Props::new();
        p.insert(TYPE.into(), "payments".into());
        p.insert("subscription_id".into(), format!("\"{}\"", id::encode(sub)));
        p.insert(
            "charge".into(),
            r#"{"amount":9.99,"currency":"EUR"}"#.into(),
        );
        p.insert("payment_date".into(), format!("\"{due}\""));
        p.insert("due_date".into(), format!("\"{due}\""));
        p.insert("state".into(), "\"paid\"".into());
        p.insert("created_at".into(), format!("\"{created}\""));
        (Uuid::new_v4(), p)
    }

    fn rows<'a>(p: &'a Projection, table: &str) -> Result<&'a [Projected], &'static str> {
        p.tables
            .iter()
            .find(|(k, _)| k.name == table)
            .map(|(_, rows)| rows.as_slice())
            .ok_or("no such table in the projection")
    }

    #[test]
    fn one_settlement_per_charge_the_earliest_kept_whatever_the_order() -> TestResult {
        let mut all = HashMap::from([sub(1, "Netflix", "2026-01-01T00:00:00Z")]);
        let late = payment(1, "2026-12-05", "2026-12-05T10:00:00Z");
        let early = payment(1, "2026-12-05", "2026-12-05T09:00:00Z");
        all.insert(late.0, late.1);
        all.insert(early.0, early.1);
        let p = project(&all)?;
        let kept = rows(&p, "payments")?;
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].uuid, early.0);
        assert_eq!(p.conflicts.len(), 1);
        assert_eq!(p.conflicts[0].kind, ConflictKind::DoubleSettlement);
        assert_eq!(p.conflicts[0].record, late.0.hyphenated().to_string());
        assert!(
            p.conflicts[0]
                .message
                .starts_with("Netflix: the charge due 2026-12-05")
        );
        // The same replica gives the same projection.
        assert_eq!(project(&all)?.conflicts, p.conflicts);
        Ok(())
    }

    #[test]
    fn a_payment_of_a_deleted_subscription_is_an_orphan() -> TestResult {
        let mut all = HashMap::new();
        let orphan = payment(7, "2026-12-05", "2026-12-05T10:00:00Z");
        all.insert(orphan.0, orphan.1);
        let p = project(&all)?;
        assert!(rows(&p, "payments")?.is_empty());
        assert_eq!(p.conflicts[0].kind, ConflictKind::Orphan);
        Ok(())
    }

    #[test]
    fn out_of_order_dates_are_repaired_and_reported() -> TestResult {
        let (uuid, mut props) = sub(1, "Gym", "2026-01-01T00:00:00Z");
        props.insert(
            "lifecycle".into(),
            r#"{"status":"cancelled","end_date":"2025-01-01"}"#.into(),
        );
        let p = project(&HashMap::from([(uuid, props)]))?;
        assert_eq!(rows(&p, "subscriptions")?[0].row["end_date"], "2026-01-05");
        assert_eq!(p.conflicts[0].kind, ConflictKind::Repaired);
        Ok(())
    }

    #[test]
    fn a_newer_format_stops_the_projection() -> TestResult {
        let mut set = Props::new();
        set.insert("format".into(), (FORMAT + 1).to_string());
        let all = HashMap::from([(records::replica_set_record(), set)]);
        assert!(project(&all).is_err());
        Ok(())
    }

    #[test]
    fn two_categories_of_one_name_merge_and_references_follow() -> TestResult {
        let cat = |n: u128, created: &str| {
            let mut p = Props::new();
            p.insert(TYPE.into(), "categories".into());
            p.insert("name".into(), "\"Video\"".into());
            p.insert("color".into(), "\"#112233\"".into());
            p.insert("icon".into(), "\"tv\"".into());
            p.insert("created_at".into(), format!("\"{created}\""));
            (Uuid::from_u128(n), p)
        };
        let first = cat(100, "2026-01-01T00:00:00Z");
        let second = cat(101, "2026-01-02T00:00:00Z");
        let (s, mut props) = sub(1, "Netflix", "2026-01-03T00:00:00Z");
        props.insert(
            "category_id".into(),
            format!("\"{}\"", second.0.hyphenated()),
        );
        let all = HashMap::from([first.clone(), second, (s, props)]);
        let p = project(&all)?;
        assert_eq!(rows(&p, "categories")?.len(), 1);
        assert_eq!(
            rows(&p, "subscriptions")?[0].row["category_id"],
            Value::String(first.0.hyphenated().to_string())
        );
        assert_eq!(p.conflicts[0].kind, ConflictKind::Merged);
        Ok(())
    }
}
