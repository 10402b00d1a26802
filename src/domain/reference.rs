//! Resolving what a person types to name a subscription or a category, the
//! way they type it: the full id; a unique id prefix; the exact name in any
//! letter case; a unique prefix of the name; a unique part of it. Several
//! matches are reported (never guessed); no match comes with the closest
//! names.

use super::validate::fold_name;

/// Something that can be named: an id (empty when there is none) and a name.
pub trait Named {
    fn id(&self) -> &str;
    fn name(&self) -> &str;
}

/// The outcome of a lookup.
#[derive(Debug, PartialEq, Eq)]
pub enum Found<'a, T> {
    One(&'a T),
    /// Several match equally well, in the order given.
    Many(Vec<&'a T>),
    /// Nothing matches; up to three closest names.
    None(Vec<&'a T>),
}

/// What follows "no … named X" when nothing matched: the closest names
/// (`; did you mean "A" or "B"?`), or nothing when none is close.
pub fn did_you_mean<T: Named>(near: &[&T]) -> String {
    if near.is_empty() {
        return String::new();
    }
    let names: Vec<String> = near
        .iter()
        .map(|t| format!("\"{}\"", t.name().escape_debug()))
        .collect();
    format!("; did you mean {}?", names.join(" or "))
}

/// A bare id prefix must be at least this long: shorter text is more likely
/// a name than an id.
const MIN_BARE_ID_PREFIX: usize = 4;

/// Resolves `wanted` among `items`, in this order: full id; id prefix
/// written with its `SUB` letters; exact name in any case; bare id prefix
/// (at least four characters); unique case-insensitive name prefix; unique
/// name substring. An exact name is tried before a bare id prefix, so a name
/// typed whole never loses to a random id that happens to start alike.
pub fn find<'a, T: Named>(wanted: &str, items: &'a [T]) -> Found<'a, T> {
    let wanted = wanted.trim();
    if let Some(one) = items
        .iter()
        .find(|t| !t.id().is_empty() && t.id() == wanted)
    {
        return Found::One(one);
    }
    let key = fold_name(wanted);
    let steps: [&dyn Fn(&T) -> bool; 5] = [
        &|t| with_sub_prefix(t.id(), wanted),
        &|t| fold_name(t.name()) == key,
        &|t| wanted.chars().count() >= MIN_BARE_ID_PREFIX && bare_prefix(t.id(), wanted),
        &|t| fold_name(t.name()).starts_with(&key),
        &|t| fold_name(t.name()).contains(&key),
    ];
    for step in steps {
        let matched: Vec<&T> = items.iter().filter(|t| step(t)).collect();
        match matched.len() {
            0 => continue,
            1 => return Found::One(matched[0]),
            _ => return Found::Many(matched),
        }
    }
    Found::None(closest(&key, items))
}

/// A reference this short names something by a guess (a prefix or a part
/// of a name) unless it is the whole name or id.
const MIN_REFERENCE_TO_DESTROY: usize = 3;

/// Whether `wanted` is too short to act on something that destroys data
/// without asking: one or two characters that are not the whole name or id
/// of what they matched (`subs delete e --yes` must not delete "example.dev
/// domain").
pub fn too_short_to_destroy(wanted: &str, id: &str, name: &str) -> bool {
    let wanted = wanted.trim();
    wanted.chars().count() < MIN_REFERENCE_TO_DESTROY
        && wanted != id
        && fold_name(wanted) != fold_name(name)
}

/// `SUBabc…` or `subabc…`: the letters after `SUB` start the id's own.
fn with_sub_prefix(id: &str, wanted: &str) -> bool {
    let Some(rest) = wanted
        .get(..3)
        .filter(|p| p.eq_ignore_ascii_case("SUB"))
        .and_then(|_| wanted.get(3..))
        .filter(|rest| !rest.is_empty())
    else {
        return false;
    };
    id.get(3..).is_some_and(|own| own.starts_with(rest)) && id.len() > 3
}

/// The id's own letters (after `SUB`) start with `wanted`.
fn bare_prefix(id: &str, wanted: &str) -> bool {
    id.get(3..)
        .is_some_and(|own| !own.is_empty() && own.starts_with(wanted))
}

/// Up to three names closest to `key` by edit distance, near enough to be
/// a plausible typo (at most half the typed length, and at least 2 edits).
fn closest<'a, T: Named>(key: &str, items: &'a [T]) -> Vec<&'a T> {
    let limit = (key.chars().count() / 2).max(2);
    let mut scored: Vec<(usize, &T)> = items
        .iter()
        .map(|t| (strsim::levenshtein(key, &fold_name(t.name())), t))
        .filter(|(d, _)| *d <= limit)
        .collect();
    scored.sort_by_key(|(d, t)| (*d, fold_name(t.name())));
    let mut names: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for (_, t) in scored {
        let folded = fold_name(t.name());
        if !names.contains(&folded) {
            names.push(folded);
            out.push(t);
        }
        if out.len() == 3 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Eq)]
    struct S(&'static str, &'static str);

    impl Named for S {
        fn id(&self) -> &str {
            self.0
        }
        fn name(&self) -> &str {
            self.1
        }
    }

    const ITEMS: [S; 5] = [
        S("SUBaaaa1111111111111111111", "Netflix"),
        S("SUBbbbb2222222222222222222", "Netflix Kids"),
        S("SUBcccc3333333333333333333", "Spotify Family"),
        S("SUBdddd4444444444444444444", "YouTube Premium"),
        S("SUBeeee5555555555555555555", "Box"),
    ];

    fn one(wanted: &str) -> &'static str {
        match find(wanted, &ITEMS) {
            Found::One(s) => s.1,
            other => panic!("{wanted:?}: {other:?}"),
        }
    }

    #[test]
    fn resolves_as_people_type() {
        assert_eq!(one("SUBcccc3333333333333333333"), "Spotify Family");
        assert_eq!(one("subdd"), "YouTube Premium");
        assert_eq!(
            one("netflix"),
            "Netflix",
            "an exact name beats a longer one"
        );
        assert_eq!(one("eeee55"), "Box", "a bare id prefix of four or more");
        assert_eq!(one("spot"), "Spotify Family", "a unique name prefix");
        assert_eq!(
            one("premium"),
            "YouTube Premium",
            "a unique part of the name"
        );
        assert_eq!(one("  BOX "), "Box");
    }

    #[test]
    fn several_matches_are_listed_never_guessed() {
        match find("net", &ITEMS) {
            Found::Many(m) => assert_eq!(m.len(), 2),
            other => panic!("{other:?}"),
        }
        match find("SUB", &ITEMS) {
            Found::None(_) => {}
            other => panic!("SUB alone names nothing: {other:?}"),
        }
    }

    #[test]
    fn no_match_suggests_the_closest_names() {
        match find("Netflx", &ITEMS) {
            Found::None(near) => assert_eq!(near[0].1, "Netflix"),
            other => panic!("{other:?}"),
        }
        match find("zzzzzzzz", &ITEMS) {
            Found::None(near) => assert!(near.is_empty()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn one_or_two_letters_are_too_short_to_destroy_unless_the_whole_name() {
        assert!(too_short_to_destroy("e", "SUBeeee", "example.dev domain"));
        assert!(too_short_to_destroy(
            " ex ",
            "SUBeeee",
            "example.dev domain"
        ));
        assert!(!too_short_to_destroy(
            "exa",
            "SUBeeee",
            "example.dev domain"
        ));
        assert!(!too_short_to_destroy("tv", "SUBeeee", "TV"));
        assert!(!too_short_to_destroy("X", "SUBeeee", "x"));
        assert!(!too_short_to_destroy("7", "7", "Video"));
    }
}
