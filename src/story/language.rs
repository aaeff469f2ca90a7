//! Languages and their writing direction, for the story's own language and
//! for the one a host page gives. Plain data logic, shared by the checks of
//! the story file, the host options and the component tree.

/// Whether `tag` has the shape of a BCP 47 language tag: a language of two
/// or three letters (or `x-` for a private one), then hyphen-separated parts
/// of one to eight letters and digits (`en`, `de-CH`, `az-Arab-IR`). Which
/// languages exist is left to the browser.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    let language_ok = (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_alphabetic())
        || language.eq_ignore_ascii_case("x");
    language_ok
        && tag.len() <= 35
        && parts.all(|part| {
            !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// Languages written right to left unless their tag names another script.
const RIGHT_TO_LEFT: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "nqo", "ps", "sd", "syr", "ug", "ur", "yi",
];
/// Scripts written right to left (ISO 15924).
const RIGHT_TO_LEFT_SCRIPTS: &[&str] = &["adlm", "arab", "hebr", "nkoo", "rohg", "syrc", "thaa"];

/// The `dir` of text in the language `tag`: `"rtl"` for Arabic, Hebrew,
/// Persian, Urdu and the like (and any language written in their scripts,
/// such as `az-Arab`), `"ltr"` otherwise. The explainer always says its
/// direction, so a right-to-left host page cannot turn English around.
pub fn direction(tag: &str) -> &'static str {
    let is_in = |list: &[&str], part: &str| list.iter().any(|l| l.eq_ignore_ascii_case(part));
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    // A script subtag is the only one of four letters.
    let script = parts.find(|p| p.len() == 4 && p.bytes().all(|b| b.is_ascii_alphabetic()));
    let rtl = match script {
        Some(script) => is_in(RIGHT_TO_LEFT_SCRIPTS, script),
        None => is_in(RIGHT_TO_LEFT, language),
    };
    if rtl {
        "rtl"
    } else {
        "ltr"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_by_language_or_script() {
        for tag in [
            "ar",
            "ar-EG",
            "he",
            "HE-il",
            "fa-IR",
            "ur",
            "yi",
            "az-Arab",
            "ku-Arab-IQ",
        ] {
            assert_eq!(direction(tag), "rtl", "{tag}");
        }
        for tag in [
            "en",
            "en-GB",
            "de-CH",
            "uk",
            "az",
            "az-Latn",
            "ar-Latn",
            "arz-x-test",
        ] {
            assert_eq!(direction(tag), "ltr", "{tag}");
        }
    }

    #[test]
    fn language_tags_have_their_shape() {
        for tag in ["en", "de-CH", "az-Arab-IR", "x-private1"] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in [
            "",
            "e",
            "English",
            "en_GB",
            "en-",
            "not a tag",
            "en-toolongpart",
            "en-GB;",
        ] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }
}
