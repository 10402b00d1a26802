//! `subs card add|list|remove`.

use super::{Ctx, confirmed, nothing_deleted};
use crate::domain::card::parse_expiry;
use crate::domain::subscription::{CATEGORY_NAME_MAX, PaymentMethod};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::render::Done;
use crate::render::card::{CardJson, CardList};
use crate::render::text::safe;
use crate::store::cards;

pub fn add(ctx: &mut Ctx, name: &str, expires: &str, kind: PaymentMethod) -> Result<()> {
    let name = validate::name("card name", name, CATEGORY_NAME_MAX).map_err(Error::invalid)?;
    let expires = parse_expiry(expires).map_err(Error::invalid)?;
    let today = ctx.today();
    let card = ctx
        .store
        .write(|db| cards::insert(db, &name, kind, expires))?;
    let message = format!(
        "Added card {} ({}), expires {}",
        safe(&card.name),
        card.kind,
        card.expires_text()
    );
    ctx.out
        .show(&Done::new(CardJson::new(&card, Vec::new(), today), message))
}

pub fn list(ctx: &mut Ctx) -> Result<()> {
    let today = ctx.today();
    let all = cards::list(ctx.store.db())?;
    ctx.out.show(&CardList(
        all.into_iter()
            .map(|(card, subs)| CardJson::new(&card, subs, today))
            .collect(),
    ))
}

pub fn remove(ctx: &mut Ctx, name: &str, yes: bool) -> Result<()> {
    let db = ctx.store.db();
    let card = cards::get(db, name)?;
    let users = cards::list(db)?
        .into_iter()
        .find(|(c, _)| c.id == card.id)
        .map(|(_, subs)| subs)
        .unwrap_or_default();
    if !users.is_empty()
        && !confirmed(
            yes,
            &format!(
                "{} is charged for {}; remove it (they keep \"{}\" as their payment method)?",
                safe(&card.name),
                users.join(", "),
                card.kind
            ),
        )?
    {
        return nothing_deleted(ctx);
    }
    ctx.store.write(|db| cards::remove(db, card.id))?;
    #[derive(serde::Serialize)]
    struct Removed {
        removed: String,
    }
    ctx.out.show(&Done::new(
        Removed {
            removed: card.name.clone(),
        },
        format!("Removed card {}", safe(&card.name)),
    ))
}
