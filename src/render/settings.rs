//! Categories, settings and exchange rates: the small tables of `category
//! list`, `config list` and `rates list`, and what their changes print.

use chrono::NaiveDate;
use serde::Serialize;

use super::json::{CategoryJson, Exact, RateJson};
use super::table::{Fit, Grid, Text};
use super::text::safe;
use super::{Output, Style, View};
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
    fn empty(&self) -> Option<String> {
        self.0.is_empty().then(|| NO_CATEGORIES.into())
    }

    fn text(&self, out: &Output) -> String {
        let mut grid = Grid::new(
            out,
            &[
                ("Name", Fit::Name),
                ("Color", Fit::Whole),
                ("Icon", Fit::Category),
                ("Subscriptions", Fit::WholeRight),
            ],
        );
        for c in &self.0 {
            grid.row(vec![
                safe(&c.name).into(),
                if out.tty {
                    Text::styled(format!("■ {}", c.color), Some(swatch(&c.color)))
                } else {
                    c.color.clone().into()
                },
                safe(&c.icon).into(),
                c.subscription_count.to_string().into(),
            ]);
        }
        grid.render()
    }
}

const NO_CATEGORIES: &str =
    "No categories yet. Add one with: subs category add Entertainment --hex '#E50914'";

/// The category's own colour, shown where colour is on.
fn swatch(hex: &str) -> Style {
    let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
    Style::Rgb(channel(1), channel(3), channel(5))
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
        let mut grid = Grid::new(
            out,
            &[
                ("Setting", Fit::Whole),
                ("Value", Fit::Wrap),
                ("Source", Fit::Whole),
                ("Environment", Fit::Optional),
                ("Description", Fit::Shrink),
            ],
        );
        for r in &self.0 {
            grid.row(vec![
                r.key.into(),
                safe(&r.value).into(),
                source_label(r.source).into(),
                r.env.unwrap_or("").into(),
                r.description.into(),
            ]);
        }
        grid.render()
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
    fn empty(&self) -> Option<String> {
        self.all.is_empty().then(|| NO_RATES.into())
    }

    fn text(&self, out: &Output) -> String {
        let mut grid = Grid::new(
            out,
            &[
                ("Currency", Fit::Whole),
                ("Rate", Fit::Whole),
                ("Set on", Fit::Whole),
                ("Age", Fit::Whole),
                ("Source", Fit::Whole),
                ("Note", Fit::Shrink),
            ],
        );
        for r in &self.all {
            let note = if r.base != self.base {
                format!("against {}: not used", r.base)
            } else if r.is_stale(self.today) {
                "older than 30 days".into()
            } else {
                String::new()
            };
            grid.row(vec![
                r.currency.to_string().into(),
                format!("1 {} = {} {}", r.currency, r.rate, r.base).into(),
                r.set_on.to_string().into(),
                super::text::count((self.today - r.set_on).num_days().max(0), "day", "days").into(),
                r.source.as_str().into(),
                note.into(),
            ]);
        }
        grid.render()
    }

    fn warnings(&self) -> &[String] {
        &self.warnings
    }
}

const NO_RATES: &str = "No rates yet. Set one with: subs rates set EUR 1.08";

/// What `rates update` did (or, with --dry-run, would do).
#[derive(Debug, Serialize)]
pub struct RatesUpdated {
    pub dry_run: bool,
    /// With --history: what was kept of the ECB's history.
    pub history: Option<HistoryKept>,
    /// The ECB's publication date of the rates used.
    pub date: String,
    pub base: String,
    pub updated: Vec<RateChange>,
    /// Manual rates left as they are (pass --replace-manual).
    pub kept_manual: Vec<String>,
    /// Currencies the ECB does not publish: their manual rate stays, or
    /// they stay unconverted.
    pub not_published: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct HistoryKept {
    /// The first day asked for.
    pub from: String,
    /// Published days from then on.
    pub days: usize,
    /// Quotes that were new or different.
    pub new_quotes: usize,
}

#[derive(Debug, Serialize)]
pub struct RateChange {
    pub currency: String,
    pub rate: Exact,
    /// The rate before, if there was one.
    pub previous: Option<Exact>,
    pub previous_source: Option<crate::domain::rates::RateSource>,
}

impl View for RatesUpdated {
    fn text(&self, _out: &Output) -> String {
        let verb = if self.dry_run { "Would set" } else { "Set" };
        let mut lines = Vec::new();
        if let Some(h) = &self.history {
            lines.push(format!(
                "Kept the ECB's rates of {} published days from {} ({} new quotes): past payments convert at their date's rate.",
                h.days, h.from, h.new_quotes
            ));
        }
        if self.updated.is_empty() {
            lines.push(format!(
                "No rate to update from the ECB rates of {} (base {}).",
                self.date, self.base
            ));
        }
        for c in &self.updated {
            let before = match (&c.previous, c.previous_source) {
                (Some(p), Some(source)) => format!(" (was {}, {})", p.0, source.as_str()),
                _ => String::new(),
            };
            lines.push(format!(
                "{verb} 1 {} = {} {} (ECB, {}){before}",
                c.currency, c.rate.0, self.base, self.date
            ));
        }
        if !self.kept_manual.is_empty() {
            lines.push(format!(
                "Kept your own rate for {} (pass --replace-manual to use the ECB's).",
                self.kept_manual.join(", ")
            ));
        }
        if !self.not_published.is_empty() {
            lines.push(format!(
                "The ECB does not publish {}: their rate stays as it is, or they stay unconverted.",
                self.not_published.join(", ")
            ));
        }
        if self.dry_run {
            lines.push("Dry run: nothing was written.".into());
        }
        lines.join("\n")
    }
}
