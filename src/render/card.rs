//! Payment cards, with the subscriptions charged to each.

use chrono::NaiveDate;
use serde::Serialize;

use super::text::safe;
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
pub struct CardList(pub Vec<CardJson>);

impl Serialize for CardList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl View for CardList {
    fn text(&self, out: &Output) -> String {
        if self.0.is_empty() {
            return "No cards. Add one with: subs card add \"Visa 4242\" --expires 2027-08".into();
        }
        self.0
            .iter()
            .map(|c| {
                let state = if c.expired {
                    out.paint("expired", Style::Bad)
                } else if c.expiring {
                    out.paint("expiring", Style::Warn)
                } else {
                    String::new()
                };
                let used = if c.subscriptions.is_empty() {
                    "no active subscription".to_string()
                } else {
                    c.subscriptions
                        .iter()
                        .map(|s| safe(s).into_owned())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                format!(
                    "{:<24}  {:<13}  expires {}  {state:<8}  {used}",
                    safe(&c.name).chars().take(24).collect::<String>(),
                    c.kind,
                    c.expires
                )
                .trim_end()
                .to_string()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}
