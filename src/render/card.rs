//! Payment cards, with the subscriptions charged to each.

use chrono::NaiveDate;
use serde::Serialize;

use super::table::{Fit, Grid, Text};
use super::text::{safe, safe_list};
use super::{Output, Style, View};
use crate::domain::card::Card;
use crate::domain::subscription::PaymentMethod;

/// The card object (`card add`, `card list`).
#[derive(Debug, Serialize)]
pub struct CardJson {
    pub name: String,
    pub kind: PaymentMethod,
    /// YYYY-MM: it works until the end of this month.
    pub expires: String,
    pub expired: bool,
    /// Its alert is due: within 30 days of the end of its expiry month.
    pub expiring: bool,
    /// Active subscriptions charged to it, by name.
    pub subscriptions: Vec<String>,
}

impl CardJson {
    pub fn new(card: &Card, subscriptions: Vec<String>, today: NaiveDate) -> CardJson {
        CardJson {
            name: card.name.clone(),
            kind: card.kind,
            expires: card.expires_text(),
            expired: card.last_day() < today,
            expiring: card.warn_from() <= today && today <= card.last_day(),
            subscriptions,
        }
    }
}

/// `subs card list`.
#[derive(Serialize)]
#[serde(transparent)]
pub struct CardList(pub Vec<CardJson>);
const NO_CARDS: &str = "No cards. Add one with: subs card add \"Visa 4242\" --expires 2027-08";

/// A table: each card, its kind, expiry, state and the subscriptions on it.
impl View for CardList {
    fn empty(&self) -> Option<String> {
        self.0.is_empty().then(|| NO_CARDS.into())
    }

    fn text(&self, out: &Output) -> String {
        let mut grid = Grid::new(
            out,
            &[
                ("Card", Fit::Name),
                ("Kind", Fit::Whole),
                ("Expires", Fit::Whole),
                ("State", Fit::Whole),
                ("Subscriptions", Fit::Shrink),
            ],
        );
        for c in &self.0 {
            let state = if c.expired {
                Text::styled("expired", Some(Style::Bad))
            } else if c.expiring {
                Text::styled("expiring", Some(Style::Warn))
            } else {
                Text::from("")
            };
            grid.row(vec![
                safe(&c.name).into(),
                c.kind.to_string().into(),
                c.expires.clone().into(),
                state,
                safe_list(&c.subscriptions).into(),
            ]);
        }
        grid.render()
    }
}
