//! Account names for plain-text accounting exports: where a subscription's
//! money goes (an expenses account, with its category below it) and where
//! it comes from (one account per payment method).

use std::collections::BTreeMap;

use super::subscription::PaymentMethod;

pub const DEFAULT_PAYMENT_ACCOUNTS: &str =
    "card=liabilities:card,bank_transfer=assets:bank,paypal=assets:paypal,other=assets:other";

/// An account name as hledger and ledger read it: `:`-separated parts,
/// each letters, digits, single spaces and `-_&.+`.
pub fn account(label: &str, value: &str) -> Result<String, String> {
    let v = value.trim();
    let ok = !v.is_empty()
        && v.split(':').all(|part| {
            !part.is_empty()
                && !part.starts_with(' ')
                && !part.ends_with(' ')
                && !part.contains("  ")
                && part
                    .chars()
                    .all(|c| c.is_alphanumeric() || " -_&.+".contains(c))
        });
    if ok {
        Ok(v.to_string())
    } else {
        Err(format!(
            "invalid {label} \"{value}\": use parts separated by ':' (e.g. expenses:subscriptions), of letters, digits and - _ & . +"
        ))
    }
}

/// `card=liabilities:visa,bank_transfer=assets:checking`: every method
/// not named keeps its default account.
pub fn payment_accounts(value: &str) -> Result<BTreeMap<PaymentMethod, String>, String> {
    let mut map = defaults();
    for pair in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (method, account_name) = pair
            .split_once('=')
            .ok_or_else(|| format!("\"{pair}\" is not METHOD=ACCOUNT"))?;
        let method = PaymentMethod::parse(method.trim()).ok_or_else(|| {
            format!("\"{method}\" is not a payment method (card, bank_transfer, paypal, other)")
        })?;
        map.insert(method, account("ledger_payment_accounts", account_name)?);
    }
    Ok(map)
}

fn defaults() -> BTreeMap<PaymentMethod, String> {
    DEFAULT_PAYMENT_ACCOUNTS
        .split(',')
        .filter_map(|pair| pair.split_once('='))
        .filter_map(|(m, a)| Some((PaymentMethod::parse(m)?, a.to_string())))
        .collect()
}

/// The stored form of a payment-account map.
pub fn show_payment_accounts(map: &BTreeMap<PaymentMethod, String>) -> String {
    map.iter()
        .map(|(m, a)| format!("{}={a}", m.as_str()))
        .collect::<Vec<_>>()
        .join(",")
}

/// A category name as one account part: what hledger cannot read in an
/// account name (`:`, `;`, brackets, tabs, runs of spaces) becomes `-`.
pub fn part(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        let keep = c.is_alphanumeric() || "-_&.+".contains(c);
        if keep {
            out.push(c);
        } else if c == ' ' && !out.ends_with(' ') && !out.ends_with('-') {
            out.push(' ');
        } else if !out.ends_with('-') && !out.ends_with(' ') {
            out.push('-');
        }
    }
    let out = out.trim_matches(|c| c == ' ' || c == '-').to_string();
    if out.is_empty() { "other".into() } else { out }
}

/// An hledger account name as beancount wants it: a root of Assets,
/// Liabilities, Equity, Income or Expenses, and parts that start with a
/// capital letter or a digit and hold only letters, digits and `-`.
pub fn beancount(account_name: &str) -> String {
    let mut parts = account_name.split(':');
    let root = match parts.next().unwrap_or("").to_ascii_lowercase().as_str() {
        "assets" | "asset" => "Assets",
        "liabilities" | "liability" => "Liabilities",
        "equity" => "Equity",
        "income" | "revenue" | "revenues" => "Income",
        _ => "Expenses",
    };
    let mut out = vec![root.to_string()];
    for p in parts {
        let mut cleaned = String::new();
        for c in p.chars() {
            if c.is_alphanumeric() {
                cleaned.push(c);
            } else if !cleaned.ends_with('-') {
                cleaned.push('-');
            }
        }
        let cleaned = cleaned.trim_matches('-');
        let mut chars = cleaned.chars();
        let first = chars.next();
        let fixed = match first {
            Some(c) if c.is_uppercase() || c.is_ascii_digit() => cleaned.to_string(),
            Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
            _ => format!("X{cleaned}"),
        };
        out.push(if fixed == "X" { "Other".into() } else { fixed });
    }
    out.join(":")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_are_checked_and_categories_made_safe() {
        assert!(account("a", "expenses:subscriptions").is_ok());
        assert!(account("a", "expenses::x").is_err());
        assert!(account("a", "expenses:a;b").is_err());
        assert!(account("a", "expenses:two  spaces").is_err());
        assert_eq!(part("Music & Radio"), "Music & Radio");
        assert_eq!(part("a:b;c  d\te"), "a-b-c d-e");
        assert_eq!(part("(Video)"), "Video");
        assert_eq!(part("🎵"), "other");
        assert_eq!(
            beancount("expenses:subscriptions:Music & Radio"),
            "Expenses:Subscriptions:Music-Radio"
        );
        assert_eq!(beancount("liabilities:card"), "Liabilities:Card");
        assert_eq!(beancount("assets:bank:éco"), "Assets:Bank:Éco");
        assert_eq!(beancount("expenses:🎵"), "Expenses:Other");
        let map = payment_accounts("card=liabilities:visa").unwrap();
        assert_eq!(map[&PaymentMethod::Card], "liabilities:visa");
        assert_eq!(map[&PaymentMethod::Paypal], "assets:paypal");
        assert!(payment_accounts("cash=assets:x").is_err());
    }
}
