//! ISO 4217 currency codes. A subscription's amount is always in its own
//! currency; totals never add two currencies together.

use std::fmt;

/// Active ISO 4217 codes (the published list, including fund and precious
/// metal codes; `XXX` "no currency" and `XTS` "testing" are left out).
pub const CODES: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD",
    "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP",
    "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP",
    "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS",
    "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW",
    "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD",
    "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN",
    "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR",
    "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL",
    "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY",
    "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES",
    "VND", "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR",
    "XOF", "XPD", "XPF", "XPT", "XSU", "XUA", "YER", "ZAR", "ZMW", "ZWG", "ZWL",
];

/// A validated ISO 4217 code, always upper case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    pub const USD: Currency = Currency(*b"USD");

    /// Accepts any letter case (`eur` is EUR); refuses codes not on the list.
    pub fn parse(input: &str) -> Result<Currency, String> {
        // Stored codes are already upper case: no allocation for them.
        let found = CODES
            .binary_search(&input)
            .or_else(|_| CODES.binary_search(&input.trim().to_ascii_uppercase().as_str()));
        match found {
            Ok(i) => {
                let b = CODES[i].as_bytes();
                Ok(Currency([b[0], b[1], b[2]]))
            }
            Err(_) => Err("not an ISO 4217 currency code (e.g. USD, EUR, INR, JPY)".into()),
        }
    }

    pub fn code(&self) -> &str {
        // Only ever built from ASCII entries of CODES.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }

    /// Digits after the decimal point in everyday amounts (ISO 4217 minor
    /// units): 0 for the yen, the won and a few others, else 2.
    pub fn minor_units(&self) -> u32 {
        const ZERO: &[&str] = &[
            "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
            "VND", "VUV", "XAF", "XOF", "XPF",
        ];
        if ZERO.contains(&self.code()) { 0 } else { 2 }
    }

    /// The symbol people expect in a message; the code where none is common.
    pub fn symbol(&self) -> &str {
        match self.code() {
            "USD" => "$",
            "EUR" => "€",
            "GBP" => "£",
            "INR" => "₹",
            "JPY" | "CNY" => "¥",
            "KRW" => "₩",
            "RUB" => "₽",
            "UAH" => "₴",
            "TRY" => "₺",
            "ILS" => "₪",
            "NGN" => "₦",
            "PHP" => "₱",
            "VND" => "₫",
            "THB" => "฿",
            "PLN" => "zł",
            "BRL" => "R$",
            "CAD" => "CA$",
            "AUD" => "A$",
            "NZD" => "NZ$",
            "HKD" => "HK$",
            "SGD" => "S$",
            "MXN" => "MX$",
            other => other,
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_and_unique_so_binary_search_works() {
        assert!(CODES.windows(2).all(|w| w[0] < w[1]));
        assert!(CODES.len() > 170);
    }

    #[test]
    fn accepts_real_codes_in_any_case() {
        assert_eq!(Currency::parse("usd").unwrap().code(), "USD");
        assert_eq!(Currency::parse(" Eur ").unwrap().code(), "EUR");
        assert_eq!(
            Currency::parse("JPY").unwrap(),
            Currency::parse("jpy").unwrap()
        );
    }

    #[test]
    fn refuses_made_up_codes() {
        for bad in ["", "US", "USDX", "ABC", "XXX", "XTS", "€", "U$D"] {
            assert!(Currency::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn symbols_follow_the_currency_not_a_fixed_rupee() {
        assert_eq!(Currency::parse("USD").unwrap().symbol(), "$");
        assert_eq!(Currency::parse("EUR").unwrap().symbol(), "€");
        assert_eq!(Currency::parse("INR").unwrap().symbol(), "₹");
        assert_eq!(Currency::parse("JPY").unwrap().symbol(), "¥");
        assert_eq!(Currency::parse("CHF").unwrap().symbol(), "CHF");
    }
}
