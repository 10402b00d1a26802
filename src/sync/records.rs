//! The replica's records: every replicated row as a record of properties
//! keyed by its global id, and back.
//!
//! A record's `type` names its table; every other property holds one
//! field's value as JSON text (absent when null). Fields tied by an
//! invariant travel together as one property holding an object (a cycle
//! is its kind, days and months; a price its amount and currency), so
//! per-property last-writer-wins can never assemble a row that breaks a
//! CHECK from halves of two edits. References to categories, cards and
//! members are their global ids, never the local integer ids.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};
use uuid::Uuid;

use crate::domain::id;
use crate::store::spec::{self, TableSpec};

/// A record's properties, as TaskChampion stores them.
pub type Props = BTreeMap<String, String>;

/// The property naming a record's table.
pub const TYPE: &str = "type";

use crate::domain::id::NAMESPACE;

/// The record every replica set has once: which format it needs and which
/// device sends reminders.
pub fn replica_set_record() -> Uuid {
    Uuid::new_v5(&NAMESPACE, b"subs:replica-set")
}

/// The replica format this build reads and writes. A newer build that
/// needs more raises the replica set's `format`; an older one then stops
/// and asks to be updated.
pub const FORMAT: u32 = 1;

/// How a table's rows are keyed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// The `uid` column.
    Uid,
    /// The `SUB…` id, which encodes a UUID.
    SubscriptionId,
    /// The currency code (a rate): a name-based id.
    Currency,
}

/// What the projection does with a row whose unique key (its spec's
/// first) an earlier row holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clash {
    /// One row made on two devices (a category of one name): the later
    /// merges into the earlier, and references follow.
    Merge,
    /// One setting made on two devices (a share, a budget): the earlier
    /// is kept, and the later reported.
    KeepEarlier,
    /// The same fact recorded twice (an alert): one is kept, silently.
    Same,
}

/// A replicated table: its spec (name, columns, references, noun) and how
/// its rows travel.
#[derive(Debug)]
pub struct Kind {
    /// The record `type`, also the backup section it comes from.
    pub name: &'static str,
    pub spec: &'static TableSpec,
    pub key: Key,
    /// Fields that travel as one property.
    pub groups: &'static [(&'static str, &'static [&'static str])],
    /// What a second row with its unique key becomes.
    pub clash: Clash,
}

impl Kind {
    const fn of(
        spec: &'static TableSpec,
        key: Key,
        groups: &'static [(&'static str, &'static [&'static str])],
    ) -> Kind {
        Kind {
            name: spec.section,
            spec,
            key,
            groups,
            clash: Clash::Merge,
        }
    }

    const fn on_clash(self, clash: Clash) -> Kind {
        Kind { clash, ..self }
    }

    /// The backup row's fields that replicate: every column but the local
    /// id and the key a record carries as its id.
    pub fn fields(&self) -> impl Iterator<Item = &'static str> + use<> {
        let key = self.key;
        self.spec.columns.iter().copied().filter(move |c| {
            let travels_as_the_id = match key {
                Key::Uid => *c == "uid",
                Key::SubscriptionId => *c == "subscription_id",
                Key::Currency => false,
            };
            *c != "id" && !travels_as_the_id
        })
    }

    /// Fields holding another record's local id: (field, its table).
    pub fn refs(&self) -> impl Iterator<Item = (&'static str, &'static TableSpec)> + use<> {
        self.spec
            .references
            .iter()
            .filter(|(_, target)| target.global_id)
            .map(|(field, target)| (*field, *target))
    }

    /// What one row is called in a sentence.
    pub fn singular(&self) -> &'static str {
        self.spec.singular
    }
}

/// Every replicated table, parents before children.
pub const KINDS: &[Kind] = &[
    Kind::of(
        &spec::CHANNELS,
        Key::Uid,
        &[("channel", &["kind", "settings"])],
    ),
    Kind::of(
        &spec::RATES,
        Key::Currency,
        &[("quote", &["base", "rate", "set_on", "source"])],
    ),
    Kind::of(&spec::CATEGORIES, Key::Uid, &[]),
    Kind::of(&spec::CARDS, Key::Uid, &[]),
    Kind::of(&spec::MEMBERS, Key::Uid, &[]),
    Kind::of(
        &spec::SUBSCRIPTIONS,
        Key::SubscriptionId,
        &[
            ("price", &["amount", "currency"]),
            (
                "cycle",
                &["billing_cycle", "custom_cycle_days", "cycle_months"],
            ),
            (
                "schedule",
                &[
                    "start_date",
                    "billing_anchor",
                    "next_billing_date",
                    "trial_until",
                ],
            ),
            ("lifecycle", &["status", "end_date"]),
            ("contract", &["term_months", "extends_by_months", "notice"]),
        ],
    ),
    Kind::of(
        &spec::SHARES,
        Key::Uid,
        &[("part", &["position", "kind", "value"])],
    )
    .on_clash(Clash::KeepEarlier),
    Kind::of(
        &spec::PAYMENTS,
        Key::Uid,
        &[("charge", &["amount", "currency"])],
    ),
    Kind::of(&spec::USAGE, Key::Uid, &[]),
    Kind::of(&spec::ALERTS, Key::Uid, &[]).on_clash(Clash::Same),
    Kind::of(&spec::PRICE_HISTORY, Key::Uid, &[]),
    Kind::of(
        &spec::BUDGETS,
        Key::Uid,
        &[("limit", &["amount", "currency"])],
    )
    .on_clash(Clash::KeepEarlier),
];

/// The replicated table with this backup section name.
pub fn kind(name: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| k.name == name)
}

/// A field's property name. `status` is stored as `state`: TaskChampion
/// gives a record whose `status` is "pending" a place in its working set.
fn property(field: &str) -> &str {
    if field == "status" { "state" } else { field }
}

fn group_of(kind: &Kind, field: &str) -> Option<&'static str> {
    kind.groups
        .iter()
        .find(|(_, fields)| fields.contains(&field))
        .map(|(name, _)| *name)
}

/// Global ids of rows others refer to by local id: (kind, local id) → uid.
pub type Uids = HashMap<(&'static str, i64), String>;

/// The id of a rate's record.
pub fn rate_record(currency: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("rate:{currency}").as_bytes())
}

/// The record id of a row with this key (its uid, subscription id or
/// currency).
pub fn record_id(kind: &Kind, key: &str) -> Option<Uuid> {
    match kind.key {
        Key::Uid => Some(Uuid::parse_str(key).unwrap_or_else(|_| {
            Uuid::new_v5(&NAMESPACE, format!("{}:{key}", kind.name).as_bytes())
        })),
        Key::SubscriptionId => Some(Uuid::from_u128(id::decode(key)?)),
        Key::Currency => Some(rate_record(key)),
    }
}

/// A row (as its backup JSON object) as a record. References become the
/// global ids in `uids` (a reference to nothing becomes no reference).
pub fn to_record(kind: &Kind, mut row: Map<String, Value>, uids: &Uids) -> Option<(Uuid, Props)> {
    let mut props = Props::new();
    props.insert(TYPE.into(), kind.name.into());
    let key = match kind.key {
        Key::Uid => "uid",
        Key::SubscriptionId => "subscription_id",
        Key::Currency => "currency",
    };
    let key = row.get(key).and_then(Value::as_str)?.to_string();
    let uuid = record_id(kind, &key)?;
    if kind.key == Key::Uid && Uuid::parse_str(&key).is_err() {
        // An id that is not a UUID (a hand-edited file) keeps its text
        // beside a name-based record id.
        props.insert("uid".into(), Value::String(key).to_string());
    }
    for (field, target) in kind.refs() {
        if let Some(value) = row.get_mut(field) {
            // A local id becomes the global id; a global id (a projected
            // row) stays.
            if !value.is_string() {
                *value = value
                    .as_i64()
                    .and_then(|local| uids.get(&(target.section, local)))
                    .map_or(Value::Null, |uid| Value::String(uid.clone()));
            }
        }
    }
    for (name, fields) in kind.groups {
        let mut group = Map::new();
        for field in *fields {
            group.insert((*field).into(), row.remove(*field).unwrap_or(Value::Null));
        }
        props.insert((*name).into(), Value::Object(group).to_string());
    }
    for field in kind.fields() {
        if group_of(kind, field).is_some() {
            continue;
        }
        match row.remove(field) {
            None | Some(Value::Null) => {}
            Some(value) => {
                props.insert(property(field).into(), value.to_string());
            }
        }
    }
    Some((uuid, props))
}

/// A record as a row's backup JSON object, without its local id;
/// references are global ids still. Properties this build does not know
/// (written by a newer one) are left out here and kept in the replica.
pub fn from_record(kind: &Kind, uuid: Uuid, props: &Props) -> Result<Map<String, Value>, String> {
    let parse = |name: &str, text: &str| -> Result<Value, String> {
        serde_json::from_str(text).map_err(|e| format!("its {name} is not readable ({e})"))
    };
    let mut row = Map::new();
    match kind.key {
        Key::Uid => {
            let uid = match props.get("uid") {
                Some(text) => parse("uid", text)?
                    .as_str()
                    .map(String::from)
                    .ok_or("its uid is not text")?,
                None => uuid.hyphenated().to_string(),
            };
            row.insert("uid".into(), Value::String(uid));
        }
        Key::SubscriptionId => {
            row.insert(
                "subscription_id".into(),
                Value::String(id::encode(uuid.as_u128())),
            );
        }
        Key::Currency => {}
    }
    for (name, fields) in kind.groups {
        let Some(text) = props.get(*name) else {
            continue;
        };
        let Value::Object(group) = parse(name, text)? else {
            return Err(format!("its {name} is not an object"));
        };
        for field in *fields {
            match group.get(*field) {
                None | Some(Value::Null) => {}
                Some(value) => {
                    row.insert((*field).into(), value.clone());
                }
            }
        }
    }
    for field in kind.fields() {
        if group_of(kind, field).is_some() {
            continue;
        }
        if let Some(text) = props.get(property(field)) {
            let value = parse(field, text)?;
            if !value.is_null() {
                row.insert(field.into(), value);
            }
        }
    }
    Ok(row)
}

/// The properties of `kind` this build writes: the ones a change may set
/// or remove. Others (a newer build's) are never touched.
pub fn known_properties(kind: &Kind) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = kind.groups.iter().map(|(name, _)| *name).collect();
    names.extend(
        kind.fields()
            .filter(|f| group_of(kind, f).is_none())
            .map(property),
    );
    names.push("uid");
    names
}

#[cfg(test)]
mod tests {
    type TestResult = Result<(), Box<dyn std::error::Error>>;

    use super::*;
    use serde_json::json;

    #[test]
    fn the_store_marks_changes_of_exactly_the_kinds_sync_sends() {
        let column = |key: Key| match key {
            Key::Uid => "uid",
            Key::SubscriptionId => "subscription_id",
            Key::Currency => "currency",
        };
        let kinds: Vec<(&str, &str)> = KINDS
            .iter()
            .map(|k| (k.spec.table, column(k.key)))
            .collect();
        let marked: Vec<(&str, &str)> = crate::store::sync::MARKED
            .iter()
            .map(|(spec, key)| (spec.table, *key))
            .collect();
        assert_eq!(marked, kinds);
    }

    #[test]
    fn a_subscription_round_trips_with_tied_fields_as_one_property() -> TestResult {
        let kind = kind("subscriptions").ok_or("no value")?;
        let sid = id::encode(42);
        let row = json!({
            "subscription_id": sid, "name": "Netflix", "amount": 15.49, "currency": "EUR",
            "billing_cycle": "custom", "custom_cycle_days": 30, "category_id": 7,
            "start_date": "2026-01-01", "billing_anchor": "2026-01-01",
            "next_billing_date": "2026-02-01", "status": "active", "end_date": null,
        });
        let Value::Object(row) = row else { panic!() };
        let mut uids = Uids::new();
        uids.insert(("categories", 7), "0190-cat".into());
        let (uuid, props) = to_record(kind, row, &uids).ok_or("no value")?;
        assert_eq!(uuid, Uuid::from_u128(42));
        assert_eq!(props["type"], "subscriptions");
        let cycle: Value = serde_json::from_str(&props["cycle"])?;
        assert_eq!(cycle["billing_cycle"], "custom");
        assert_eq!(cycle["custom_cycle_days"], 30);
        assert!(!props.contains_key("billing_cycle"));
        assert!(props.contains_key("lifecycle") && !props.contains_key("status"));
        assert_eq!(props["category_id"], "\"0190-cat\"");
        let back = from_record(kind, uuid, &props)?;
        assert_eq!(back["subscription_id"], Value::String(sid));
        assert_eq!(back["custom_cycle_days"], 30);
        assert_eq!(back["category_id"], "0190-cat");
        assert!(!back.contains_key("end_date"), "null fields are absent");
        Ok(())
    }

    #[test]
    fn unknown_properties_are_not_read_and_unreadable_ones_are_named() -> TestResult {
        let kind = kind("categories").ok_or("no value")?;
        let uuid = Uuid::new_v4();
        let mut props = Props::new();
        props.insert("name".into(), "\"Video\"".into());
        props.insert("from_the_future".into(), "1".into());
        let row = from_record(kind, uuid, &props)?;
        assert_eq!(row["name"], "Video");
        assert!(!row.contains_key("from_the_future"));
        assert!(!known_properties(kind).contains(&"from_the_future"));
        props.insert("color".into(), "{not json".into());
        let err = from_record(kind, uuid, &props).unwrap_err();
        assert!(err.contains("color"), "{err}");
        Ok(())
    }
}
