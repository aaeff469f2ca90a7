//! The typed shape of the story file (`content/story.toml`).
//!
//! Shared by the build script, which parses and checks the file, and by the
//! widget, which renders the checked copy that the build script writes out as
//! static data. Text is `Cow<'static, _>` so that one set of types serves
//! both: owned when parsed, borrowed from the binary when rendered.

#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A piece of text shown to the reader, always rendered as text, never as HTML.
#[cfg(not(target_arch = "wasm32"))]
pub type Text = Cow<'static, str>;
#[cfg(target_arch = "wasm32")]
pub use super::text::Text;
/// A label of the widget's own, which a host may replace.
pub type Label = Cow<'static, str>;
/// A list of items from the story file.
pub type List<T> = Cow<'static, [T]>;

/// The whole explainer: everything a reader sees comes from here.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize, Serialize),
    serde(deny_unknown_fields)
)]
pub struct Story {
    /// The language the story is written in (a BCP 47 tag such as `en`):
    /// the explainer's `lang`, and its direction, unless a host page says
    /// otherwise.
    pub language: Text,
    /// The language's own name for itself (`English`, `Українська`), which
    /// the switch between editions shows.
    pub language_name: Text,
    pub headline: Text,
    /// Two sentences that tell the story at a glance.
    pub summary: Text,
    /// Where the story happened, as the article gives it.
    pub dateline: Text,
    pub key_numbers: List<KeyNumber>,
    pub sections: List<Section>,
    pub people: List<Person>,
    pub timeline: List<Step>,
    pub source: Source,
    /// Every label of the widget's own controls and headings.
    pub ui: UiText,
}

/// A number that matters, with one line saying why.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize, Serialize),
    serde(deny_unknown_fields)
)]
pub struct KeyNumber {
    pub value: Text,
    pub label: Text,
}

/// One expandable part of the explainer.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize, Serialize),
    serde(deny_unknown_fields)
)]
pub struct Section {
    /// Stable, URL-safe id: `#<id>` in the page address opens the section.
    pub id: Text,
    pub title: Text,
    pub paragraphs: List<Text>,
    /// A map after the text, drawn at build time (see `content/map.toml`).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub map: Option<Map>,
}

/// A map and the words around it: everything it shows is also said in text.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize, Serialize),
    serde(deny_unknown_fields)
)]
pub struct Map {
    /// What the map shows, read out in place of the picture.
    pub description: Text,
    pub caption: Text,
    /// What each kind of mark on the map means, in the order shown.
    pub key: List<KeyEntry>,
    /// The label that opens the list of members under the map.
    pub members_label: Text,
    /// The countries the map shades as members, as the reader sees them.
    pub members: List<Text>,
    /// The names written on the map, in the order `content/map.toml` places
    /// them: its labels, then its city.
    pub place_names: List<Text>,
}

/// One line of a map's key: a mark and what it means.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize, Serialize),
    serde(deny_unknown_fields)
)]
pub struct KeyEntry {
    /// One of [`KeyEntry::MARKS`]: how the map draws what this line names.
    pub mark: Text,
    pub label: Text,
}

impl KeyEntry {
    /// The marks a map draws: a member, the member shown apart (striped),
    /// the highlighted country, any other country, and the city named.
    pub const MARKS: [&'static str; 5] = ["member", "apart", "highlight", "other", "city"];
}

/// Someone the story names.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize, Serialize),
    serde(deny_unknown_fields)
)]
pub struct Person {
    pub name: Text,
    pub role: Text,
    /// What they did or said in this story.
    pub part: Text,
}

/// One of the key dates, in order.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize, Serialize),
    serde(deny_unknown_fields)
)]
pub struct Step {
    /// A day (`2024-06-12`) or a span of days (`2024-06-13/2024-06-15`).
    pub date: Text,
    /// The same date as the reader sees it, with its year.
    pub when: Text,
    pub what: Text,
}

/// Where the facts come from, when they were reported, and when the
/// explainer last changed.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize, Serialize),
    serde(deny_unknown_fields)
)]
pub struct Source {
    /// How the source is named to the reader, before its title, with the
    /// punctuation the edition's language puts between them.
    pub credit: Text,
    /// The source's own title, as it was published: the same in every
    /// edition.
    pub title: Text,
    /// The language `title` is written in (a tag such as "en"): its `lang`,
    /// so a screen reader reads it in that language on any edition's page.
    pub title_language: Text,
    /// The day the source reported the story (`YYYY-MM-DD`): what the
    /// story's tense is framed by.
    pub reported: Text,
    /// The same date as the reader sees it.
    pub reported_label: Text,
    /// Machine-readable date of the last update (`YYYY-MM-DD`).
    pub updated: Text,
    /// The same date as the reader sees it.
    pub updated_label: Text,
}

/// Writes [`UiText`] and its tables from one list of labels, so that the
/// story file's field, the host's `strings` key and the checks can never
/// disagree on a name.
macro_rules! ui_text {
    ($($(#[$doc:meta])* $field:ident = $key:literal,)*) => {
        /// The words of the widget itself, so that a newsroom can replace each one.
        #[derive(Debug, Clone, PartialEq)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize, Serialize), serde(deny_unknown_fields))]
        pub struct UiText {
            $($(#[$doc])* pub $field: Label,)*
        }

        impl UiText {
            /// Each label's name in a host's `strings` object (JavaScript spelling).
            pub const KEYS: &'static [&'static str] = &[$($key),*];

            /// Each label with its field name in the story file.
            pub fn fields(&self) -> impl Iterator<Item = (&'static str, &Label)> {
                [$((stringify!($field), &self.$field)),*].into_iter()
            }

            /// Each label, in the same order, without names: what the
            /// browser build needs, so the names stay out of it.
            pub fn texts(&self) -> impl Iterator<Item = &Label> {
                [$(&self.$field),*].into_iter()
            }

            /// Each label, in the same order, to be replaced.
            pub fn texts_mut(&mut self) -> impl Iterator<Item = &mut Label> {
                [$(&mut self.$field),*].into_iter()
            }

            /// The label a host's `strings` key names, if there is one.
            pub fn by_key_mut(&mut self, key: &str) -> Option<&mut Label> {
                match key {
                    $($key => Some(&mut self.$field),)*
                    _ => None,
                }
            }
        }
    };
}

ui_text! {
    /// The label above the headline, naming what kind of piece this is.
    kicker = "kicker",
    key_numbers_heading = "keyNumbersHeading",
    show_all = "showAll",
    hide_all = "hideAll",
    copy_link = "copyLink",
    link_copied = "linkCopied",
    /// Shown beside the link when the browser refuses to copy it.
    copy_link_manually = "copyLinkManually",
    /// "Was this helpful?" at the end of each section, with its answers.
    feedback_question = "feedbackQuestion",
    feedback_yes = "feedbackYes",
    feedback_no = "feedbackNo",
    /// Said once the reader has answered.
    feedback_thanks = "feedbackThanks",
    people_heading = "peopleHeading",
    timeline_heading = "timelineHeading",
    source_heading = "sourceHeading",
    /// "As reported on", before the reporting date.
    reported = "reported",
    updated = "updated",
    /// Names the switch between the editions in other languages.
    language_switch = "languageSwitch",
}
