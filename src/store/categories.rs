//! SQL for categories.

use rusqlite::{OptionalExtension, Row, params};

use super::Db;
use crate::domain::category::{Category, DEFAULT_COLOR, DEFAULT_ICON};
use crate::domain::reference::{self, Found, did_you_mean};
use crate::domain::validate::fold_name;
use crate::error::{Error, Result};

const SELECT: &str = "SELECT c.id, c.name, c.color, c.icon,
        (SELECT count(*) FROM subscription s WHERE s.category_id = c.id), c.created_at, c.uid
    FROM category c";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Category> {
    Ok(Category {
        id: row.get(0)?,
        name: row.get(1)?,
        color: row.get(2)?,
        icon: row.get(3)?,
        subscription_count: row.get(4)?,
        created_at: row.get(5)?,
        uid: row.get(6)?,
    })
}

/// Finds a category by name, case-insensitively.
pub fn find(db: &Db, name: &str) -> Result<Option<Category>> {
    let conn = &db.conn;
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE c.name_key = ?1"))?
        .query_row([fold_name(name)], from_row)
        .optional()?)
}

/// The category a person named: the exact name in any case, else a unique
/// prefix or part of a name (see `domain::reference`); several matches or
/// none exit 3, none with the closest names.
pub fn get(db: &Db, name: &str) -> Result<Category> {
    if let Some(found) = find(db, name)? {
        return Ok(found);
    }
    let all = list(db)?;
    match reference::find(name, &all) {
        Found::One(one) => Ok(one.clone()),
        Found::Many(many) => {
            let names: Vec<String> = many
                .iter()
                .map(|c| format!("\"{}\"", c.name.escape_debug()))
                .collect();
            Err(Error::not_found(format!(
                "\"{}\" is ambiguous: it matches the categories {}",
                name.escape_debug(),
                names.join(", ")
            )))
        }
        Found::None(near) => {
            let hint = did_you_mean(&near);
            Err(Error::not_found(format!(
                "no category named \"{}\"{hint} (`subs category list` shows them)",
                name.escape_debug()
            )))
        }
    }
}

pub fn list(db: &Db) -> Result<Vec<Category>> {
    let conn = &db.conn;
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY c.name_key"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Inserts a category; a name that exists in any letter case is refused.
pub fn insert(db: &Db, name: &str, color: &str, icon: &str) -> Result<Category> {
    let conn = &db.conn;
    if let Some(existing) = find(db, name)? {
        return Err(Error::invalid(format!(
            "a category named \"{}\" already exists",
            existing.name.escape_debug()
        )));
    }
    conn.prepare_cached(
        "INSERT INTO category (name, name_key, color, icon, created_at, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![name, fold_name(name), color, icon, db.now(), db.new_uid()])?;
    get(db, name)
}

/// The category with this name, created with the default colour and icon
/// when it does not exist yet.
pub fn find_or_create(db: &Db, name: &str) -> Result<Category> {
    match find(db, name)? {
        Some(found) => Ok(found),
        None => insert(db, name, DEFAULT_COLOR, DEFAULT_ICON),
    }
}

pub fn update(db: &Db, id: i64, name: &str, color: &str, icon: &str) -> Result<()> {
    let conn = &db.conn;
    let clash: Option<i64> = conn
        .query_row(
            "SELECT id FROM category WHERE name_key = ?1 AND id <> ?2",
            params![fold_name(name), id],
            |r| r.get(0),
        )
        .optional()?;
    if clash.is_some() {
        return Err(Error::invalid(format!(
            "a category named \"{}\" already exists",
            name.escape_debug()
        )));
    }
    conn.execute(
        "UPDATE category SET name = ?2, name_key = ?3, color = ?4, icon = ?5 WHERE id = ?1",
        params![id, name, fold_name(name), color, icon],
    )?;
    Ok(())
}

/// Deletes a category; its subscriptions become uncategorised
/// (ON DELETE SET NULL).
pub fn delete(db: &Db, id: i64) -> Result<()> {
    let conn = &db.conn;
    conn.execute("DELETE FROM category WHERE id = ?1", [id])?;
    Ok(())
}
