//! The browser build's story text. The story's structure is compiled in,
//! and each of its texts is a number into the story's table of texts
//! (`STORY_TEXTS`, written by `build/main.rs`), which the page hands over
//! once: prerendered HTML carries it beside itself, where brotli finds its
//! words in the HTML already, and the loader fetches it for fresh renders.
//! So the WebAssembly holds no story text, and an edition in another
//! language can bring its own table.

use std::cell::OnceCell;

/// A text of the story: its place in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text(pub u16);

thread_local! {
    static TABLE: OnceCell<&'static [String]> = const { OnceCell::new() };
}

/// Takes `cells` as the story's table if it is this build's
/// ([`super::checked_texts`]). A table given before stays.
pub fn set_table(cells: impl Iterator<Item = Option<String>>) -> bool {
    if has_table() {
        return true;
    }
    let Some(texts) = super::checked_texts(cells) else {
        return false;
    };
    TABLE.with(|table| table.set(Vec::leak(texts)).ok());
    true
}

/// Whether the story's table has been handed over.
pub fn has_table() -> bool {
    TABLE.with(|table| table.get().is_some())
}

impl Text {
    /// The text itself; empty before the table comes (nothing renders then).
    #[inline(never)]
    fn get(self) -> &'static str {
        TABLE.with(|table| {
            table
                .get()
                .and_then(|texts| texts.get(usize::from(self.0)))
                .map_or("", String::as_str)
        })
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
