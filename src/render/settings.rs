//! Categories, settings and exchange rates: the small tables of `category
//! list`, `config list` and `rates list`, and what their changes print.

use chrono::NaiveDate;
use comfy_table::{Cell, Color};
use serde::Serialize;

use super::json::{CategoryJson, Exact, RateJson};
use super::text::safe;
use super::{Output, View};
use crate::domain::category::Category;
use crate::domain::currency::Currency;
use crate::domain::rates::Rate;
use crate::settings::{Resolved, Source};

/// `subs category list`.
pub struct CategoryList(pub Vec<Category>);

impl Serialize for CategoryList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(CategoryJson::from))
    }
}

impl View for CategoryList {
    fn text(&self, out: &Output) -> String {
        if self.0.is_empty() {
            return "No categories yet. Add one with: subs category add Entertainment --color '#E50914'"
                .into();
        }
        let mut table = out.table();
        table.set_header(["Name", "Color", "Icon", "Subscriptions"]);
        for c in &self.0 {
            table.add_row(vec![
                Cell::new(safe(&c.name)),
                Cell::new(format!("■ {}", c.color)).fg(swatch_color(&c.color)),
                Cell::new(safe(&c.icon)),
                Cell::new(c.subscription_count),
            ]);
        }
        table.to_string()
    }
}

/// The category's own colour, shown on a terminal that takes colour.
fn swatch_color(hex: &str) -> Color {
    let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
    Color::Rgb {
        r: channel(1),
        g: channel(3),
        b: channel(5),
    }
}

/// `category delete`: which category went and how many subscriptions it
/// left uncategorised.
#[derive(Serialize)]
pub struct CategoryDeleted {
    pub deleted: DeletedCategory,
}

#[derive(Serialize)]
pub struct DeletedCategory {
    pub id: i64,
    pub name: String,
    pub uncategorised_subscriptions: i64,
}

/// How a setting's source reads in text.
pub fn source_label(source: Source) -> &'static str {
    match source {
        Source::Environment => "from the environment",
        Source::Database => "stored",
        Source::Default => "default",
    }
}

/// `config get`: the value alone, for `$(subs config get base_currency)`.
pub struct SettingValue(pub Resolved);

impl Serialize for SettingValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl View for SettingValue {
    fn text(&self, _out: &Output) -> String {
        safe(&self.0.value).into_owned()
    }
}

/// `subs config list`.
#[derive(Serialize)]
#[serde(transparent)]
pub struct SettingList(pub Vec<Resolved>);

impl View for SettingList {
    fn text(&self, out: &Output) -> String {
        let mut table = out.table();
        table.set_header(["Setting", "Value", "Source", "Environment", "Description"]);
        for r in &self.0 {
            table.add_row(vec![
                r.key.to_string(),
                safe(&r.value).into_owned(),
                source_label(r.source).to_string(),
                r.env.unwrap_or("").to_string(),
                r.description.to_string(),
            ]);
        }
        table.to_string()
    }
}

/// `rates set`: the rate stored.
#[derive(Serialize)]
pub struct RateSet {
    pub currency: String,
    pub rate: Exact,
    pub base: String,
    pub set_on: String,
}

/// `rates remove`.
#[derive(Serialize)]
pub struct RateRemoved {
    pub removed: String,
}

/// `subs rates list`: as JSON the rates in use; as text every stored rate,
/// with notes on stale ones and ones against another base.
pub struct RateList {
    pub used: Vec<RateJson>,
    pub all: Vec<Rate>,
    pub base: Currency,
    pub today: NaiveDate,
    pub warnings: Vec<String>,
}

impl Serialize for RateList {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.used.serialize(s)
    }
}

impl View for RateList {
    fn text(&self, out: &Output) -> String {
        if self.all.is_empty() {
            return "No rates yet. Set one with: subs rates set EUR 1.08".into();
        }
        let mut table = out.table();
        table.set_header(["Currency", "Rate", "Set on", ""]);
        for r in &self.all {
            let note = if r.base != self.base {
                format!("against {}: not used", r.base)
            } else if r.is_stale(self.today) {
                "older than 30 days".into()
            } else {
                String::new()
            };
            table.add_row(vec![
                r.currency.to_string(),
                format!("1 {} = {} {}", r.currency, r.rate, r.base),
                r.set_on.to_string(),
                note,
            ]);
        }
        table.to_string()
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }
}
