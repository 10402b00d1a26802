//! Subscription ids: `SUB` + 22 base57 characters (the shortuuid alphabet)
//! encoding a random UUID — 25 characters, as in the original.

/// shortuuid's alphabet: digits and letters without the look-alikes 0 1 I O l.
pub const ALPHABET: &[u8; 57] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
pub const PREFIX: &str = "SUB";
pub const LEN: usize = 25;
const DIGITS: usize = 22;

/// The namespace of subs' name-based ids (UUIDv5): records that two
/// devices may make independently for the same thing (an alert for one
/// occurrence, the renewal payment of one due date, a currency's rate) get
/// the same id on both, so sync sees one record, not two.
pub const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6c1e_4a3e_9b0f_4d5e_a1b2_5375_6273_0001);

/// The name-based id of `name` (as a hyphenated UUID).
pub fn named(name: &str) -> String {
    uuid::Uuid::new_v5(&NAMESPACE, name.as_bytes())
        .hyphenated()
        .to_string()
}

/// The global id of the alert of `alert_type` for one occurrence.
pub fn alert_uid(subscription_id: Option<&str>, alert_type: &str, occurrence: &str) -> String {
    named(&format!(
        "alert:{}:{alert_type}:{occurrence}",
        subscription_id.unwrap_or("")
    ))
}

/// The global id of the payment renewal processing records for a charge.
pub fn renewal_uid(subscription_id: &str, due: &str) -> String {
    named(&format!("renewal:{subscription_id}:{due}"))
}

/// A fresh random id.
pub fn new_subscription_id() -> String {
    encode(uuid::Uuid::new_v4().as_u128())
}

/// Encodes a 128-bit value as `SUB` + 22 base57 digits, most significant
/// first; 57^22 > 2^128, so every value fits and the length is fixed.
pub fn encode(mut value: u128) -> String {
    let mut digits = [ALPHABET[0]; DIGITS];
    for slot in digits.iter_mut().rev() {
        *slot = ALPHABET[(value % 57) as usize];
        value /= 57;
    }
    let mut id = String::with_capacity(LEN);
    id.push_str(PREFIX);
    id.extend(digits.iter().map(|&b| b as char));
    id
}

/// The 128-bit value an id encodes (`None` for anything not shaped like
/// one, or too large).
pub fn decode(s: &str) -> Option<u128> {
    if !is_valid(s) {
        return None;
    }
    s.bytes().skip(PREFIX.len()).try_fold(0u128, |value, b| {
        let digit = ALPHABET.iter().position(|&a| a == b)? as u128;
        value.checked_mul(57)?.checked_add(digit)
    })
}

/// Whether `s` has the shape of a subscription id.
pub fn is_valid(s: &str) -> bool {
    s.len() == LEN
        && s.starts_with(PREFIX)
        && s.bytes().skip(PREFIX.len()).all(|b| ALPHABET.contains(&b))
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn ids_have_the_documented_shape() {
        let id = new_subscription_id();
        assert_eq!(id.len(), 25);
        assert!(id.starts_with("SUB"));
        assert!(is_valid(&id), "{id}");
    }

    #[test]
    fn encoding_is_fixed_width_at_both_extremes() {
        assert_eq!(encode(0), format!("SUB{}", "2".repeat(22)));
        let max = encode(u128::MAX);
        assert_eq!(max.len(), 25);
        assert!(is_valid(&max));
        assert_ne!(encode(1), encode(2));
    }

    #[test]
    fn decoding_inverts_encoding() {
        for value in [
            0,
            1,
            56,
            57,
            u128::MAX,
            0x1234_5678_9abc_def0_1122_3344_5566_7788,
        ] {
            assert_eq!(decode(&encode(value)), Some(value));
        }
        assert_eq!(decode("SUBx"), None);
        // 57^22 > 2^128: the largest digits overflow and are refused.
        assert_eq!(decode(&format!("SUB{}", "z".repeat(22))), None);
    }

    #[test]
    fn ids_do_not_repeat() {
        let ids: HashSet<_> = (0..10_000).map(|_| new_subscription_id()).collect();
        assert_eq!(ids.len(), 10_000);
    }

    #[test]
    fn rejects_wrong_shapes() {
        assert!(!is_valid("SUB123"));
        assert!(!is_valid(&format!("SUB{}", "0".repeat(22))));
        assert!(!is_valid(&format!("XYZ{}", "2".repeat(22))));
    }
}
