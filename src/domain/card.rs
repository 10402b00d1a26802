//! Payment cards: what a subscription is charged to, and when that stops
//! working.

use chrono::{Datelike, Days, NaiveDate};

use super::subscription::PaymentMethod;

/// How long before the end of its expiry month a card's alert comes.
pub const WARN_DAYS: u64 = 30;

/// A card as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub id: i64,
    pub name: String,
    pub kind: PaymentMethod,
    /// The first day of the month it expires in (it works to its end).
    pub expires: NaiveDate,
    pub created_at: String,
    pub uid: String,
}

impl Card {
    /// `2027-08`.
    pub fn expires_text(&self) -> String {
        month_text(self.expires)
    }

    /// The last day it works.
    pub fn last_day(&self) -> NaiveDate {
        last_of_month(self.expires)
    }

    /// From when `card_expiring` is due: 30 days before its last day.
    pub fn warn_from(&self) -> NaiveDate {
        self.last_day()
            .checked_sub_days(Days::new(WARN_DAYS))
            .unwrap_or(self.expires)
    }
}

impl super::reference::Named for Card {
    fn id(&self) -> &str {
        &self.uid
    }
    fn name(&self) -> &str {
        &self.name
    }
}

pub fn month_text(first: NaiveDate) -> String {
    format!("{:04}-{:02}", first.year(), first.month())
}

fn last_of_month(first: NaiveDate) -> NaiveDate {
    first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first)
}

/// `YYYY-MM` (also `MM/YY` as printed on cards) → the month's first day.
pub fn parse_expiry(text: &str) -> Result<NaiveDate, String> {
    let t = text.trim();
    let bad = || format!("invalid --expires \"{text}\": expected YYYY-MM, e.g. 2027-08 (or 08/27)");
    let (year, month) = if let Some((m, y)) = t.split_once('/') {
        let y: i32 = y.parse().map_err(|_| bad())?;
        (
            if y < 100 { 2000 + y } else { y },
            m.parse::<u32>().map_err(|_| bad())?,
        )
    } else {
        let (y, m) = t.split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?)
    };
    if !(1000..=2999).contains(&year) {
        return Err(bad());
    }
    NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing::{TestResult, d};

    #[test]
    fn expiry_months_parse_and_warn_thirty_days_before_the_month_ends() -> TestResult {
        assert_eq!(parse_expiry("2027-08"), Ok(d("2027-08-01")?));
        assert_eq!(parse_expiry("08/27"), Ok(d("2027-08-01")?));
        for bad in ["2027-13", "2027-8", "27-08", "13/27", "", "2027", "x"] {
            assert!(parse_expiry(bad).is_err(), "{bad}");
        }
        let card = Card {
            id: 1,
            name: "Visa 4242".into(),
            kind: PaymentMethod::Card,
            expires: d("2028-02-01")?,
            created_at: String::new(),
            uid: String::new(),
        };
        assert_eq!(card.last_day(), d("2028-02-29")?);
        assert_eq!(card.warn_from(), d("2028-01-30")?);
        assert_eq!(card.expires_text(), "2028-02");
        Ok(())
    }
}
