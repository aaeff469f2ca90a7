//! Reading config entries over the defaults: each option's rule, and the
//! `data-*` attribute names of placeholders.

use super::config::{quoted, Config, Parts, Raw, Theme, Warning, KEYS};
use crate::story::{is_language_tag, Story, UiText};

/// Reads config entries over the defaults; every problem becomes a warning.
pub fn read(story: &Story, entries: &[(String, Raw)]) -> (Config, Vec<Warning>) {
    let mut config = Config::defaults(story);
    let mut warnings = Vec::new();
    for (key, value) in entries {
        let mut note = |key: &str, message: String| {
            warnings.push(Warning {
                key: key.to_owned(),
                message,
            })
        };
        if let Err(Wrong { expected, fallback }) = apply(&mut config, story, key, value, &mut note)
        {
            note(
                key,
                [
                    "expected ",
                    expected,
                    ", got ",
                    &value.describe(),
                    "; ",
                    fallback,
                ]
                .concat(),
            );
        }
    }
    (config, warnings)
}

/// A value of the wrong kind: what the key takes, and what is used instead.
struct Wrong {
    expected: &'static str,
    fallback: &'static str,
}

const fn wrong(expected: &'static str, fallback: &'static str) -> Result<(), Wrong> {
    Err(Wrong { expected, fallback })
}

/// Applies one option. A wrong kind of value is returned, to be warned about
/// in one wording; problems inside a good value go to `note` directly.
fn apply(
    config: &mut Config,
    story: &Story,
    key: &str,
    value: &Raw,
    note: &mut impl FnMut(&str, String),
) -> Result<(), Wrong> {
    match key {
        "open" => {
            let Some(ids) = words(value) else {
                return wrong("section ids", "all sections start closed");
            };
            for id in ids {
                if id == "all" {
                    config
                        .open
                        .extend(story.sections.iter().map(|s| s.id.to_string()));
                } else if story.sections.iter().any(|s| s.id == id) {
                    config.open.push(id);
                } else {
                    note(
                        key,
                        ["no section has the id ", &quoted(&id), "; it stays closed"].concat(),
                    );
                }
            }
        }
        "theme" => {
            config.theme = match value {
                Raw::Text(t) if t == "light" => Theme::Light,
                Raw::Text(t) if t == "dark" => Theme::Dark,
                Raw::Text(t) if t == "auto" => Theme::Auto,
                _ => return wrong("\"light\", \"dark\" or \"auto\"", "using \"auto\""),
            }
        }
        "headingLevel" => match level(value) {
            Some(n) if (1..=6).contains(&n) => config.heading_level = n,
            _ => return wrong("a whole number from 1 to 6", "using 2"),
        },
        "lang" => match value {
            Raw::Text(t) if is_language_tag(t) => config.lang = Some(t.clone()),
            _ => {
                return wrong(
                    "a language tag such as \"en\" or \"de-CH\"",
                    "using the story's language",
                )
            }
        },
        "strings" => {
            let Raw::Map(strings) = value else {
                return wrong("an object of labels", "using the defaults");
            };
            for (name, text) in strings {
                let key = ["strings.", name].concat();
                match (config.ui.by_key_mut(name), text) {
                    (Some(slot), Raw::Text(t)) if !is_blank(t) => *slot = t.clone().into(),
                    (Some(_), other) => note(
                        &key,
                        [
                            "expected non-empty text, got ",
                            &other.describe(),
                            "; using the default",
                        ]
                        .concat(),
                    ),
                    (None, _) => note(
                        &key,
                        [
                            "is not a known label (known: ",
                            &UiText::KEYS.join(", "),
                            "); ignored",
                        ]
                        .concat(),
                    ),
                }
            }
        }
        "parts" => {
            let Some(names) = words(value) else {
                return wrong("a list of parts", "showing all parts");
            };
            let mut parts = Parts {
                key_numbers: false,
                people: false,
                timeline: false,
                editions: false,
            };
            for name in names {
                match name.as_str() {
                    "keyNumbers" => parts.key_numbers = true,
                    "people" => parts.people = true,
                    "timeline" => parts.timeline = true,
                    "editions" => parts.editions = true,
                    other => note(
                        key,
                        [
                            "unknown part ",
                            &quoted(other),
                            " (known: keyNumbers, people, timeline, editions); ignored",
                        ]
                        .concat(),
                    ),
                }
            }
            config.parts = parts;
        }
        "linkPrefix" => match value {
            Raw::Text(t)
                if t.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') =>
            {
                config.link_prefix = t.clone()
            }
            _ => return wrong("letters, digits, - or _", "using no prefix"),
        },
        "stylesheet" => match value {
            Raw::Text(t) if !is_blank(t) => config.stylesheet = Some(t.clone()),
            // The loader's default came first (embed/mount.rs), so it stays.
            _ => return wrong("a URL", "using the default stylesheet"),
        },
        _ => note(
            key,
            [
                "is not a known option (known: ",
                &KEYS.join(", "),
                "); ignored",
            ]
            .concat(),
        ),
    }
    Ok(())
}

/// A placeholder's `data-*` attributes, each with the option it sets.
/// Other attributes are not config.
pub const ATTRIBUTES: [(&str, &str); 7] = [
    ("data-open", "open"),
    ("data-theme", "theme"),
    ("data-heading-level", "headingLevel"),
    ("data-lang", "lang"),
    ("data-parts", "parts"),
    ("data-link-prefix", "linkPrefix"),
    ("data-stylesheet", "stylesheet"),
];

/// Config entries from a placeholder's attributes (see [`ATTRIBUTES`]).
pub fn from_attributes<'a>(
    attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<(String, Raw)> {
    attributes
        .into_iter()
        .filter_map(|(name, value)| {
            let (_, key) = ATTRIBUTES
                .iter()
                .find(|(attribute, _)| *attribute == name)?;
            Some(((*key).to_owned(), Raw::Text(value.to_owned())))
        })
        .collect()
}

/// A list of words: a JS array of strings, or one space-separated string.
fn words(value: &Raw) -> Option<Vec<String>> {
    match value {
        Raw::Text(t) => Some(t.split_whitespace().map(str::to_owned).collect()),
        Raw::List(items) => items
            .iter()
            .map(|item| match item {
                Raw::Text(t) => Some(t.clone()),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

/// Whether `text` holds nothing but whitespace; not `trim().is_empty()`,
/// which brings trimming code into the WebAssembly for a yes or no.
fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

/// A small whole number, also from an attribute's text (parsed as an integer:
/// float parsing would add its code to the WebAssembly).
fn level(value: &Raw) -> Option<u8> {
    match value {
        Raw::Number(n) if n.fract() == 0.0 && (0.0..=255.0).contains(n) => Some(*n as u8),
        // An attribute's own whitespace is ASCII (HTML's definition).
        Raw::Text(t) => t.trim_ascii().parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::STORY;

    #[test]
    fn an_empty_stylesheet_keeps_the_default_and_says_so() {
        let entries = [
            ("stylesheet".to_owned(), Raw::Text("default.css".into())),
            ("stylesheet".to_owned(), Raw::Text("  ".into())),
        ];
        let (config, warnings) = read(&STORY, &entries);
        assert_eq!(config.stylesheet.as_deref(), Some("default.css"));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(
            warnings[0].to_string(),
            "nato-ukraine-explainer: config `stylesheet`: expected a URL, got \"  \"; using the default stylesheet"
        );
    }
}
