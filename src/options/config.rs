//! The options a host page gives one explainer, from a JavaScript object
//! (`mount(element, config)`) or from `data-*` attributes on a placeholder.
//!
//! Both arrive as loosely typed [`Raw`] values and are read by the same plain
//! code (`read.rs`), tested natively: a wrong key or value yields a
//! [`Warning`] naming the key and the default used, never an error or a panic.

use crate::story::{Story, UiText};
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

/// Text in double quotes for a warning. Warnings are joined, not
/// `format!`ted: formatting code would cost every reader bytes.
pub(super) fn quoted(text: &str) -> String {
    ["\"", text, "\""].concat()
}

/// A whole number in decimal, for a warning (see `quoted`).
fn whole(n: i64) -> String {
    let mut digits = String::new();
    let mut rest = n.unsigned_abs();
    loop {
        digits.insert(0, char::from(b'0' + (rest % 10) as u8));
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if n < 0 {
        digits.insert(0, '-');
    }
    digits
}

impl Raw {
    /// A short description for warnings: `"blue"`, `7`, `a list`.
    pub(super) fn describe(&self) -> String {
        match self {
            Raw::Null => "nothing".to_owned(),
            Raw::Bool(b) => if *b { "true" } else { "false" }.to_owned(),
            // Whole numbers only: formatting any float would pull float
            // printing code into the WebAssembly.
            Raw::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => whole(*n as i64),
            Raw::Number(_) => "a fractional number".to_owned(),
            Raw::Text(t) => quoted(t),
            Raw::List(_) => "a list".to_owned(),
            Raw::Map(_) => "an object".to_owned(),
        }
    }
}

/// Light, dark, or following the reader's system setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    Auto,
}

impl Theme {
    /// Every theme, for the loader's TypeScript types.
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    pub key_numbers: bool,
    pub people: bool,
    pub timeline: bool,
    /// The links between the editions in the header; a one-language site
    /// leaves them out.
    pub editions: bool,
}

impl Parts {
    /// The parts' names in `parts`, for the loader's TypeScript types.
    pub const KEYS: [&'static str; 4] = ["keyNumbers", "people", "timeline", "editions"];
}

impl Default for Parts {
    fn default() -> Self {
        Parts {
            key_numbers: true,
            people: true,
            timeline: true,
            editions: true,
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
    /// Where the editions' standalone pages are, which the links between
    /// editions lead to: the first edition's page, each other's in a folder
    /// below it. Not an option: the embedding layer knows it (the built
    /// files are served beside the pages); without it the links are
    /// relative to the page the explainer is on. Not in the stamp either:
    /// hydration keeps the links that prerendered HTML has.
    pub pages: Option<String>,
}

impl Config {
    pub fn defaults(story: &Story) -> Self {
        Config {
            open: Vec::new(),
            theme: Theme::Auto,
            heading_level: 2,
            lang: None,
            ui: story.labels(),
            parts: Parts::default(),
            link_prefix: String::new(),
            stylesheet: None,
            pages: None,
        }
    }

    /// The standalone page's: the explainer's title is the page's `<h1>`,
    /// and the page links the editions above it, not in its header.
    pub fn page(story: &Story) -> Self {
        let mut config = Config::defaults(story);
        config.heading_level = 1;
        config.parts.editions = false;
        config
    }
}

/// A config problem, with the key and the default used instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub key: String,
    pub message: String,
}

impl Warning {
    /// The console's line: `nato-ukraine-explainer: config `key`: message`.
    pub fn text(&self) -> String {
        [
            "nato-ukraine-explainer: config `",
            &self.key,
            "`: ",
            &self.message,
        ]
        .concat()
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
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

#[cfg(test)]
mod tests {
    use super::Raw;

    #[test]
    fn warnings_spell_whole_numbers_as_written() {
        for (n, text) in [(0.0, "0"), (7.0, "7"), (-12.0, "-12"), (2024.0, "2024")] {
            assert_eq!(Raw::Number(n).describe(), text);
        }
        assert_eq!(Raw::Number(1.5).describe(), "a fractional number");
        assert_eq!(Raw::Bool(false).describe(), "false");
        assert_eq!(Raw::Text("blue".into()).describe(), "\"blue\"");
    }
}
