//! Helpers shared by the native tests: options read as the embedding layer
//! reads them, and rendered HTML (and SVG) read as a browser reads it,
//! parsed and queried with CSS selectors, never searched as text.
// Each test file uses only some of these.
#![allow(dead_code)]

use nato_ukraine_explainer::options::{read, Config, Raw, Warning};
use nato_ukraine_explainer::story::{Story, EDITIONS, STORY};
use scraper::{ElementRef, Html, Selector};

/// The story's config from options given as key and value, as a host page
/// gives them, with the warnings they draw.
pub fn read_options(entries: &[(&str, Raw)]) -> (Config, Vec<Warning>) {
    let entries: Vec<(String, Raw)> = entries
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    read(&STORY, &entries)
}

/// The Ukrainian edition, as the build compiles it in.
pub fn ukrainian() -> &'static Story {
    EDITIONS
        .iter()
        .find(|e| e.language == "uk")
        .expect("a Ukrainian edition")
}

/// Parses HTML as a browser does: a fragment lands in a document's body.
pub fn parse(html: &str) -> Html {
    Html::parse_document(html)
}

/// Questions asked of a parsed page or of one of its elements.
pub trait Query<'a>: Sized {
    /// Where the questions look: this element's descendants.
    fn scope(self) -> ElementRef<'a>;

    /// Every element that matches `css`, in document order.
    fn all(self, css: &str) -> Vec<ElementRef<'a>> {
        let selector =
            Selector::parse(css).unwrap_or_else(|e| panic!("`{css}` is not a selector: {e:?}"));
        self.scope().select(&selector).collect()
    }

    /// Whether any element matches `css`.
    fn has(self, css: &str) -> bool {
        !self.all(css).is_empty()
    }

    /// The first element that matches `css`.
    fn one(self, css: &str) -> ElementRef<'a> {
        self.all(css)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no element matches `{css}`"))
    }

    /// The element with this id.
    fn by_id(self, id: &str) -> ElementRef<'a> {
        self.one(&format!("[id=\"{id}\"]"))
    }

    /// What a reader reads: the text of every text node, in order, with
    /// tags and comments dropped and entities decoded.
    fn visible_text(self) -> String {
        self.scope().text().collect()
    }

    /// The same, each run of white space one space: facts that the markup
    /// breaks across lines are found whole.
    fn visible_words(self) -> String {
        self.visible_text()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl<'a> Query<'a> for &'a Html {
    fn scope(self) -> ElementRef<'a> {
        self.root_element()
    }
}

impl<'a> Query<'a> for ElementRef<'a> {
    fn scope(self) -> ElementRef<'a> {
        self
    }
}

/// The element that holds `element`.
pub fn parent(element: ElementRef<'_>) -> ElementRef<'_> {
    element
        .parent()
        .and_then(ElementRef::wrap)
        .unwrap_or_else(|| panic!("{element:?} has no parent element"))
}

/// An element's tag name, lower case.
pub fn name(element: ElementRef<'_>) -> &str {
    element.value().name()
}
