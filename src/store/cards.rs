//! SQL for payment cards.

use rusqlite::{OptionalExtension, Row, params};

use super::Db;
use super::{conversion, get_date};
use crate::domain::card::Card;
use crate::domain::reference::{self, Found};
use crate::domain::subscription::PaymentMethod;
use crate::domain::validate::fold_name;
use crate::error::{Error, Result};

const SELECT: &str = "SELECT id, name, kind, expires || '-01', created_at, uid FROM card";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Card> {
    let kind: String = row.get(2)?;
    Ok(Card {
        id: row.get(0)?,
        name: row.get(1)?,
        kind: PaymentMethod::parse(&kind)
            .ok_or_else(|| conversion(2, format!("card kind {kind:?}")))?,
        expires: get_date(row, 3)?,
        created_at: row.get(4)?,
        uid: row.get(5)?,
    })
}

/// Adds a card; a name already taken (any letter case) exits 2.
pub fn insert(
    db: &Db,
    name: &str,
    kind: PaymentMethod,
    expires: chrono::NaiveDate,
) -> Result<Card> {
    if find(db, name)?.is_some() {
        return Err(Error::invalid(format!(
            "a card named \"{}\" exists already",
            name.escape_debug()
        )));
    }
    let month = crate::domain::card::month_text(expires);
    db.conn
        .prepare_cached(
            "INSERT INTO card (name, name_key, kind, expires, created_at, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            name,
            fold_name(name),
            kind.as_str(),
            month,
            db.now(),
            db.new_uid()
        ])?;
    find(db, name)?.ok_or_else(|| Error::runtime("the card was not stored"))
}

/// A card by name, any letter case.
pub fn find(db: &Db, name: &str) -> Result<Option<Card>> {
    Ok(db
        .conn
        .prepare_cached(&format!("{SELECT} WHERE name_key = ?1"))?
        .query_row([fold_name(name)], from_row)
        .optional()?)
}

/// The card a person named: the exact name in any case, else a unique
/// prefix or part of a name; several or none exit 3.
pub fn get(db: &Db, name: &str) -> Result<Card> {
    if let Some(card) = find(db, name)? {
        return Ok(card);
    }
    let all: Vec<Card> = list(db)?.into_iter().map(|(c, _)| c).collect();
    let quoted = |cards: &[&Card]| {
        cards
            .iter()
            .map(|c| format!("\"{}\"", c.name.escape_debug()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match reference::find(name, &all) {
        Found::One(one) => Ok(one.clone()),
        Found::Many(many) => Err(Error::not_found(format!(
            "\"{}\" is ambiguous: it matches the cards {}",
            name.escape_debug(),
            quoted(&many)
        ))),
        Found::None(_) if all.is_empty() => Err(Error::not_found(format!(
            "no card named \"{}\"; add it with `subs card add NAME --expires YYYY-MM`",
            name.escape_debug()
        ))),
        Found::None(_) => Err(Error::not_found(format!(
            "no card named \"{}\" (`subs card list` shows them)",
            name.escape_debug()
        ))),
    }
}

/// Every card, by expiry, with the names of the active subscriptions
/// charged to it.
pub fn list(db: &Db) -> Result<Vec<(Card, Vec<String>)>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT k.id, k.name, k.kind, k.expires || '-01', k.created_at, k.uid,
                (SELECT json_group_array(name) FROM (SELECT s.name FROM subscription s
                    WHERE s.card_id = k.id AND s.status = 'active' ORDER BY s.name COLLATE NOCASE))
         FROM card k ORDER BY k.expires, k.name_key",
    )?;
    let rows = stmt.query_map([], |row| {
        let names: String = row.get(6)?;
        let names: Vec<String> =
            serde_json::from_str(&names).map_err(|e| conversion(6, e.to_string()))?;
        Ok((from_row(row)?, names))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Removes a card; its subscriptions keep its kind as their payment
/// method (the reference is cleared by the schema).
pub fn remove(db: &Db, id: i64) -> Result<()> {
    db.conn
        .prepare_cached("DELETE FROM card WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}
