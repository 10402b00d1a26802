//! Alert types and the words of their titles and messages. Amounts carry
//! the subscription's own currency symbol (the original always wrote ₹).

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::currency::Currency;
use super::money::round_money;

pub const PAYMENT_DUE: &str = "payment_due";
pub const PRICE_INCREASE: &str = "price_increase";
pub const RENEWAL_REMINDER: &str = "renewal_reminder";
pub const USAGE_LIMIT: &str = "usage_limit";
pub const CANCELLATION_REMINDER: &str = "cancellation_reminder";
pub const STATUS_CHANGE: &str = "status_change";

pub const TYPES: [&str; 6] = [
    PAYMENT_DUE,
    PRICE_INCREASE,
    RENEWAL_REMINDER,
    USAGE_LIMIT,
    CANCELLATION_REMINDER,
    STATUS_CHANGE,
];

const TITLE_MAX: usize = 200;

/// A title and a message, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub title: String,
    pub message: String,
}

fn text(title: String, message: String) -> Text {
    let title = if title.chars().count() > TITLE_MAX {
        let mut t: String = title.chars().take(TITLE_MAX - 1).collect();
        t.push('…');
        t
    } else {
        title
    };
    Text { title, message }
}

/// `$15.99`, `€9.99`, `₹499.00`, `CHF 20.00`: a symbol joins the number,
/// a bare code is separated by a space.
pub fn amount(currency: Currency, value: Decimal) -> String {
    let symbol = currency.symbol();
    let value = round_money(value);
    let (sign, value) = if value.is_sign_negative() {
        ("-", -value)
    } else {
        ("", value)
    };
    if symbol == currency.code() {
        format!("{sign}{symbol} {value}")
    } else {
        format!("{sign}{symbol}{value}")
    }
}

pub fn paused(name: &str) -> Text {
    text(
        format!("{name} paused"),
        format!(
            "Your {name} subscription has been paused; no billing or reminders until you resume it."
        ),
    )
}

pub fn resumed(name: &str, next: NaiveDate) -> Text {
    text(
        format!("{name} resumed"),
        format!("Your {name} subscription is active again; the next billing date is {next}."),
    )
}

pub fn cancelled(name: &str, end: NaiveDate) -> Text {
    text(
        format!("{name} cancelled"),
        format!("Your {name} subscription was cancelled; its last day is {end}."),
    )
}

pub fn ending(name: &str, end: NaiveDate) -> Text {
    text(
        format!("{name} will end on {end}"),
        format!(
            "Your {name} subscription is cancelled at the end of its period and ends on {end}."
        ),
    )
}

pub fn expired(name: &str, end: NaiveDate) -> Text {
    text(
        format!("{name} expired"),
        format!("Your {name} subscription ended on {end} and is now expired."),
    )
}

pub fn price_increase(
    name: &str,
    currency: Currency,
    old: Decimal,
    new: Decimal,
    yearly_diff: Decimal,
) -> Text {
    text(
        format!("{name} price increased"),
        format!(
            "{name} went from {} to {} per cycle, {} more a year.",
            amount(currency, old),
            amount(currency, new),
            amount(currency, yearly_diff)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cur(c: &str) -> Currency {
        Currency::parse(c).unwrap()
    }

    #[test]
    fn amounts_use_the_subscriptions_currency() {
        let v = Decimal::new(1599, 2);
        assert_eq!(amount(cur("USD"), v), "$15.99");
        assert_eq!(amount(cur("EUR"), v), "€15.99");
        assert_eq!(amount(cur("INR"), v), "₹15.99");
        assert_eq!(amount(cur("JPY"), Decimal::new(1500, 0)), "¥1500.00");
        assert_eq!(amount(cur("CHF"), v), "CHF 15.99");
        assert_eq!(amount(cur("USD"), Decimal::new(-24, 0)), "-$24.00");
    }

    #[test]
    fn price_increase_names_old_new_and_yearly_difference() {
        let t = price_increase(
            "Netflix",
            cur("USD"),
            Decimal::new(1599, 2),
            Decimal::new(1799, 2),
            Decimal::new(2400, 2),
        );
        assert_eq!(t.title, "Netflix price increased");
        assert!(
            t.message.contains("$15.99")
                && t.message.contains("$17.99")
                && t.message.contains("$24.00 more a year"),
            "{}",
            t.message
        );
    }

    #[test]
    fn titles_fit_the_column() {
        let long = "x".repeat(200);
        assert_eq!(paused(&long).title.chars().count(), 200);
    }
}
