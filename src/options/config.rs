//! The options a host page gives one explainer, from a JavaScript object
//! (`mount(element, config)`) or from `data-*` attributes on a placeholder.
//!
//! Both arrive as loosely typed [`Raw`] values and are read by the same plain
//! code, tested natively: a wrong key or value yields a [`Warning`] naming the
//! key and the default used, never an error or a panic.

use crate::story::{is_language_tag, Story, UiText};
use std::fmt;

/// A loosely typed config value, as JavaScript or an HTML attribute gives it.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Raw>),
    Map(Vec<(String, Raw)>),
}

/// Text in double quotes for a warning. Not `{:?}`: Debug formatting of
/// strings brings its escaping tables into the WebAssembly.
fn quoted(text: &str) -> String {
    format!("\"{text}\"")
}

impl Raw {
    /// A short description for warnings: `"blue"`, `7`, `a list`.
    fn describe(&self) -> String {
        match self {
            Raw::Null => "nothing".to_owned(),
            Raw::Bool(b) => b.to_string(),
            // Whole numbers only: formatting any float would pull float
            // printing code (about 10 KB) into the WebAssembly.
            Raw::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => (*n as i64).to_string(),
            Raw::Number(_) => "a fractional number".to_owned(),
            Raw::Text(t) => quoted(t),
            Raw::List(_) => "a list".to_owned(),
            Raw::Map(_) => "an object".to_owned(),
        }
    }
}

/// Light, dark, or following the reader's system setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    /// Value of the root's `data-theme` attribute, which the CSS reads.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// The optional parts around the sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Parts {
    pub key_numbers: bool,
    pub people: bool,
    pub timeline: bool,
}

impl Default for Parts {
    fn default() -> Self {
        Parts {
            key_numbers: true,
            people: true,
            timeline: true,
        }
    }
}

/// One explainer's options; [`Config::default`] is what a bare placeholder gets.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Section ids open at start.
    pub open: Vec<String>,
    pub theme: Theme,
    /// Level of the explainer's title, 1 to 6.
    pub heading_level: u8,
    /// Language of the text, for the root's `lang` and `dir`; by default
    /// the story's own.
    pub lang: Option<String>,
    /// Replacements for the widget's own labels.
    pub ui: UiText,
    pub parts: Parts,
    /// Put before a section id in the address: `#<prefix><id>`.
    pub link_prefix: String,
    /// URL of the widget's stylesheet, loaded inside its shadow root.
    pub stylesheet: Option<String>,
}

impl Config {
    pub fn defaults(story: &Story) -> Self {
        Config {
            open: Vec::new(),
            theme: Theme::Auto,
            heading_level: 2,
            lang: None,
            ui: story.ui.clone(),
            parts: Parts::default(),
            link_prefix: String::new(),
            stylesheet: None,
        }
    }
}

/// A config problem, with the key and the default used instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub key: String,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "nato-ukraine-explainer: config `{}`: {}",
            self.key, self.message
        )
    }
}

/// The keys `mount(element, config)` understands, in JavaScript spelling.
pub const KEYS: &[&str] = &[
    "open",
    "theme",
    "headingLevel",
    "lang",
    "strings",
    "parts",
    "linkPrefix",
    "stylesheet",
];

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
                format!("expected {expected}, got {}; {fallback}", value.describe()),
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
                        format!("no section has the id {}; it stays closed", quoted(&id)),
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
                let key = format!("strings.{name}");
                match (ui_text_mut(&mut config.ui, name), text) {
                    (Some(slot), Raw::Text(t)) if !t.trim().is_empty() => *slot = t.clone().into(),
                    (Some(_), other) => note(
                        &key,
                        format!(
                            "expected non-empty text, got {}; using the default",
                            other.describe()
                        ),
                    ),
                    (None, _) => note(
                        &key,
                        format!(
                            "is not a known label (known: {}); ignored",
                            UI_KEYS.join(", ")
                        ),
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
            };
            for name in names {
                match name.as_str() {
                    "keyNumbers" => parts.key_numbers = true,
                    "people" => parts.people = true,
                    "timeline" => parts.timeline = true,
                    other => note(
                        key,
                        format!(
                            "unknown part {} (known: keyNumbers, people, timeline); ignored",
                            quoted(other)
                        ),
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
            Raw::Text(t) if !t.trim().is_empty() => config.stylesheet = Some(t.clone()),
            _ => return wrong("a URL", "the widget is unstyled"),
        },
        _ => note(
            key,
            format!(
                "is not a known option (known: {}); ignored",
                KEYS.join(", ")
            ),
        ),
    }
    Ok(())
}

/// Config entries from a placeholder's `data-*` attributes: `data-open`,
/// `data-theme`, `data-heading-level`, `data-lang`, `data-parts`,
/// `data-link-prefix`, `data-stylesheet`. Other attributes are not config.
pub fn from_attributes<'a>(
    attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<(String, Raw)> {
    attributes
        .into_iter()
        .filter_map(|(name, value)| {
            let key = match name {
                "data-open" => "open",
                "data-theme" => "theme",
                "data-heading-level" => "headingLevel",
                "data-lang" => "lang",
                "data-parts" => "parts",
                "data-link-prefix" => "linkPrefix",
                "data-stylesheet" => "stylesheet",
                _ => return None,
            };
            Some((key.to_owned(), Raw::Text(value.to_owned())))
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

/// A small whole number, also from an attribute's text (parsed as an integer:
/// float parsing would add its code to the WebAssembly).
fn level(value: &Raw) -> Option<u8> {
    match value {
        Raw::Number(n) if n.fract() == 0.0 && (0.0..=255.0).contains(n) => Some(*n as u8),
        Raw::Text(t) => t.trim().parse().ok(),
        _ => None,
    }
}

/// The label names of `strings`, in JavaScript spelling.
pub const UI_KEYS: &[&str] = &[
    "kicker",
    "keyNumbersHeading",
    "showAll",
    "hideAll",
    "copyLink",
    "linkCopied",
    "copyLinkManually",
    "feedbackQuestion",
    "feedbackYes",
    "feedbackNo",
    "feedbackThanks",
    "peopleHeading",
    "timelineHeading",
    "sourceHeading",
    "reported",
    "updated",
];

fn ui_text_mut<'a>(ui: &'a mut UiText, name: &str) -> Option<&'a mut crate::story::Text> {
    Some(match name {
        "kicker" => &mut ui.kicker,
        "keyNumbersHeading" => &mut ui.key_numbers_heading,
        "showAll" => &mut ui.show_all,
        "hideAll" => &mut ui.hide_all,
        "copyLink" => &mut ui.copy_link,
        "linkCopied" => &mut ui.link_copied,
        "copyLinkManually" => &mut ui.copy_link_manually,
        "feedbackQuestion" => &mut ui.feedback_question,
        "feedbackYes" => &mut ui.feedback_yes,
        "feedbackNo" => &mut ui.feedback_no,
        "feedbackThanks" => &mut ui.feedback_thanks,
        "peopleHeading" => &mut ui.people_heading,
        "timelineHeading" => &mut ui.timeline_heading,
        "sourceHeading" => &mut ui.source_heading,
        "reported" => &mut ui.reported,
        "updated" => &mut ui.updated,
        _ => return None,
    })
}
