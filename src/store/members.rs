//! SQL for members and the shares of shared plans.

use rusqlite::{OptionalExtension, params};

use super::Db;
use crate::domain::reference::{self, Found, Named};
use crate::domain::subscription::{Member, Share};
use crate::domain::validate::fold_name;
use crate::error::{Error, Result};

/// A member with how many subscriptions it shares or pays.
#[derive(Clone, Debug)]
pub struct Listed {
    pub member: Member,
    pub subscriptions: Vec<String>,
}

struct ByName(Member, String);

impl Named for ByName {
    fn id(&self) -> &str {
        &self.1
    }
    fn name(&self) -> &str {
        &self.0.name
    }
}

pub fn add(db: &Db, name: &str) -> Result<Member> {
    if fold_name(name) == "me" || find(db, name)?.is_some() {
        return Err(Error::invalid(format!(
            "a member named \"{}\" exists already",
            name.escape_debug()
        )));
    }
    db.conn
        .prepare_cached(
            "INSERT INTO member (name, name_key, created_at, uid) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![name, fold_name(name), db.now(), db.new_uid()])?;
    find(db, name)?.ok_or_else(|| Error::runtime("the member was not stored"))
}

pub fn find(db: &Db, name: &str) -> Result<Option<Member>> {
    Ok(db
        .conn
        .prepare_cached("SELECT id, name FROM member WHERE name_key = ?1")?
        .query_row([fold_name(name)], |r| {
            Ok(Member {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })
        .optional()?)
}

/// A member a person named (`me` is `None`): the exact name in any case,
/// else a unique prefix or part of one; several or none exit 3.
pub fn get(db: &Db, name: &str) -> Result<Option<Member>> {
    if fold_name(name.trim()) == "me" {
        return Ok(None);
    }
    if let Some(m) = find(db, name.trim())? {
        return Ok(Some(m));
    }
    let all: Vec<ByName> = list(db)?
        .into_iter()
        .map(|l| ByName(l.member.clone(), l.member.id.to_string()))
        .collect();
    match reference::find(name.trim(), &all) {
        Found::One(one) => Ok(Some(one.0.clone())),
        Found::Many(many) => Err(Error::not_found(format!(
            "\"{}\" is ambiguous: it matches the members {}",
            name.escape_debug(),
            many.iter()
                .map(|m| format!("\"{}\"", m.0.name.escape_debug()))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
        Found::None(_) => Err(Error::not_found(format!(
            "no member named \"{}\"; add one with `subs member add NAME`",
            name.escape_debug()
        ))),
    }
}

/// Every member by name, with the subscriptions it shares or pays.
pub fn list(db: &Db) -> Result<Vec<Listed>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT m.id, m.name,
                (SELECT json_group_array(name) FROM (SELECT DISTINCT s.name FROM subscription s
                    WHERE s.paid_by = m.id OR EXISTS (SELECT 1 FROM share sh
                        WHERE sh.subscription_id = s.subscription_id AND sh.member_id = m.id)
                    ORDER BY s.name COLLATE NOCASE))
         FROM member m ORDER BY m.name_key",
    )?;
    let rows = stmt.query_map([], |r| {
        let names: String = r.get(2)?;
        Ok(Listed {
            member: Member {
                id: r.get(0)?,
                name: r.get(1)?,
            },
            subscriptions: serde_json::from_str(&names)
                .map_err(|e| super::conversion(2, e.to_string()))?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The shared plans "me" takes part in: a part of them, or paying them
/// for others; by name.
pub fn mine(db: &Db) -> Result<Vec<String>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT DISTINCT s.name FROM subscription s
         WHERE EXISTS (SELECT 1 FROM share sh WHERE sh.subscription_id = s.subscription_id
                       AND (sh.member_id IS NULL OR s.paid_by IS NULL))
         ORDER BY s.name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn remove(db: &Db, id: i64) -> Result<()> {
    db.conn
        .prepare_cached("DELETE FROM member WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Replaces a subscription's shares (none: not shared).
pub fn set_shares(db: &Db, subscription_id: &str, shares: &[Share]) -> Result<()> {
    db.conn
        .prepare_cached("DELETE FROM share WHERE subscription_id = ?1")?
        .execute([subscription_id])?;
    let mut insert = db.conn.prepare_cached(
        "INSERT INTO share (subscription_id, member_id, position, kind, value, created_at, uid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (position, share) in shares.iter().enumerate() {
        insert.execute(params![
            subscription_id,
            share.member.as_ref().map(|m| m.id),
            position as i64,
            share.part.kind(),
            share.part.value(),
            db.now(),
            db.new_uid()
        ])?;
    }
    Ok(())
}
