//! The tables made the projection again, keeping every row's local id.

use std::collections::HashMap;

use serde_json::Value;

use super::projection::Projection;
use super::records;
use crate::error::{Error, Result};
use crate::store::backup::{self, Restored};
use crate::store::{Db, sync as sql};
use crate::transfer::backup::{BackupTable, EachTable, each_table};

/// Local ids: each kind's as they were (by global id) and the next free.
struct Ids {
    old: HashMap<&'static str, HashMap<String, i64>>,
    next: HashMap<&'static str, i64>,
}
/// Reads every replicated table's ids before it is emptied.
struct Prepare<'a> {
    db: &'a Db,
    ids: Ids,
    tables: Vec<&'static str>,
    /// Tables keyed by something else than their rowid: (table, key
    /// column, rowids by key).
    rowids: Vec<(&'static str, &'static str, HashMap<String, i64>)>,
}
impl EachTable for Prepare<'_> {
    type Error = Error;
    fn table<T: BackupTable>(&mut self) -> Result<()> {
        let Some(kind) = records::kind(T::NAME) else {
            return Ok(());
        };
        if T::SPEC.global_id {
            self.ids
                .old
                .insert(kind.name, sql::local_ids(self.db, T::TABLE)?);
            self.ids
                .next
                .insert(kind.name, sql::next_id(self.db, T::TABLE)?);
        } else {
            let key = match kind.key {
                records::Key::SubscriptionId => "subscription_id",
                _ => "currency",
            };
            let old = sql::rowids(self.db, T::TABLE, key)?;
            self.rowids.push((T::TABLE, key, old));
        }
        self.tables.push(T::TABLE);
        Ok(())
    }
}
/// Inserts the projection's rows, parents first, with their local ids.
struct Insert<'a> {
    db: &'a Db,
    projection: &'a Projection,
    ids: Ids,
    /// Local ids of rows inserted, by kind and global id.
    now: HashMap<(&'static str, String), i64>,
}
impl EachTable for Insert<'_> {
    type Error = Error;
    fn table<T: BackupTable>(&mut self) -> Result<()> {
        let Some(kind) = records::kind(T::NAME) else {
            return Ok(());
        };
        let Some((_, rows)) = self
            .projection
            .tables
            .iter()
            .find(|(k, _)| k.name == kind.name)
        else {
            return Ok(());
        };
        for p in rows {
            let mut map = p.row.clone();
            if T::SPEC.global_id {
                let uid = map
                    .get("uid")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string();
                let id = match self.ids.old.get(kind.name).and_then(|m| m.get(&uid)) {
                    Some(id) => *id,
                    None => {
                        let next = self.ids.next.entry(kind.name).or_insert(1);
                        *next += 1;
                        *next - 1
                    }
                };
                map.insert("id".into(), Value::from(id));
                self.now.insert((kind.name, uid), id);
            }
            for (field, target) in kind.refs() {
                if let Some(uid) = map.get(field).and_then(Value::as_str) {
                    let local = self.now.get(&(target.section, uid.to_string())).copied();
                    map.insert(field.into(), local.map_or(Value::Null, Value::from));
                }
            }
            let mut row: T = serde_json::from_value(Value::Object(map))?;
            if let Restored::Duplicate = backup::restore(self.db, &mut row)? {
                return Err(Error::runtime(format!(
                    "sync could not store a {} record twice; nothing was changed",
                    kind.name
                )));
            }
        }
        Ok(())
    }
}

/// Rewrites the replicated tables to equal the projection. Rows keep
/// their local ids; new rows get ids no row has had.
pub(super) fn rebuild(db: &Db, projection: &Projection) -> Result<()> {
    let mut prepare = Prepare {
        db,
        ids: Ids {
            old: HashMap::new(),
            next: HashMap::new(),
        },
        tables: Vec::new(),
        rowids: Vec::new(),
    };
    each_table(&mut prepare)?;
    let mut children_first = prepare.tables.clone();
    children_first.reverse();
    sql::begin_rebuild(db, &children_first)?;
    let mut insert = Insert {
        db,
        projection,
        ids: prepare.ids,
        now: HashMap::new(),
    };
    each_table(&mut insert)?;
    for (table, key, old) in &prepare.rowids {
        sql::restore_rowids(db, table, key, old)?;
    }
    sql::end_rebuild(db)
}
