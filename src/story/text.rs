//! The browser build's story text. The story's structure is compiled in,
//! and each of its texts is a number into a table of texts (`STORY_TEXTS`,
//! written by `build/main.rs`), which the page hands over: prerendered HTML
//! carries its edition's beside itself, where brotli finds its words in the
//! HTML already, and the loader fetches one for fresh renders. So the
//! WebAssembly holds no story text, and each edition brings its own table.

use super::UiText;
use std::cell::{Cell, RefCell};

/// A text of the story: its place in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text(pub u16);

thread_local! {
    /// The table of the edition shown, its language first (the story's
    /// first field); empty until one is handed over.
    static SHOWN: Cell<&'static [String]> = const { Cell::new(&[]) };
    /// Every table handed over, kept for good: views hold their texts, and
    /// a reader switching back and forth brings the same ones again.
    static HELD: RefCell<Vec<&'static [String]>> = const { RefCell::new(Vec::new()) };
}

/// Shows the edition of `cells` from now on, if it is a table of this
/// build: the views built after this read its texts.
pub fn show_table(cells: impl Iterator<Item = Option<String>>) -> bool {
    let Some(texts) = super::checked_texts(cells) else {
        return false;
    };
    let table = HELD.with_borrow_mut(|held| {
        if let Some(known) = held.iter().find(|table| ***table == texts[..]) {
            return *known;
        }
        let table: &'static [String] = Vec::leak(texts);
        held.push(table);
        table
    });
    SHOWN.set(table);
    true
}

/// The table shown now, which a view built in later tasks shows again
/// ([`show_held`]): several explainers may show several editions.
pub fn shown() -> &'static [String] {
    SHOWN.get()
}

/// Shows `table` again, one [`shown`] before.
pub fn show_held(table: &'static [String]) {
    SHOWN.set(table);
}

/// Shows the edition in `language` if its table was handed over.
pub fn show_language(language: &str) -> bool {
    let found = HELD.with_borrow(|held| {
        let mut tables = held.iter().copied();
        tables.find(|table| table.first().is_some_and(|first| first == language))
    });
    found.map(|table| SHOWN.set(table)).is_some()
}

/// Whether the edition's table has been handed over.
pub fn has_table() -> bool {
    !SHOWN.get().is_empty()
}

/// The shown edition's labels: the last cells of its table, in the
/// places the built story leaves empty for them.
pub(super) fn labels(built: &UiText) -> UiText {
    let mut labels = built.clone();
    let table = SHOWN.get();
    let first = table.len().saturating_sub(UiText::KEYS.len());
    for (label, text) in labels.texts_mut().zip(&table[first..]) {
        *label = text.as_str().into();
    }
    labels
}

impl Text {
    /// The text itself; empty before a table comes (nothing renders then).
    #[inline(never)]
    fn get(self) -> &'static str {
        SHOWN
            .get()
            .get(usize::from(self.0))
            .map_or("", String::as_str)
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.get()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.get()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.get() == other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.get() == other
    }
}
