//! The story's data: its typed shape, the checked copy built from
//! `content/story.toml`, and (natively) the checks that guard that file.

pub mod fingerprint;
mod language;
mod model;
#[cfg(target_arch = "wasm32")]
mod text;
pub use language::{direction, is_language_tag};
pub use model::*;
#[cfg(not(target_arch = "wasm32"))]
pub use native_texts::{has_table, set_table, show_held, show_language, show_table, shown};
#[cfg(target_arch = "wasm32")]
pub use text::{has_table, show_held, show_language, show_table, shown};

#[cfg(not(target_arch = "wasm32"))]
mod check;
#[cfg(not(target_arch = "wasm32"))]
pub mod date;
#[cfg(not(target_arch = "wasm32"))]
pub mod editions;
#[cfg(not(target_arch = "wasm32"))]
mod validate;
#[cfg(not(target_arch = "wasm32"))]
pub use check::{line_at, parse_story, report, ContentError};
#[cfg(not(target_arch = "wasm32"))]
pub use validate::{is_url_id, validate};

/// Where the story lives, relative to the crate root.
pub const STORY_FILE: &str = "content/story.toml";

impl Step {
    /// The first day of the step's date: the day itself, or the start of a
    /// span (`2024-06-13/2024-06-15`), as `<time datetime>` takes it.
    pub fn first_day(&self) -> &str {
        self.date.split('/').next().unwrap_or(&self.date)
    }
}

/// The story, checked and turned into static data by `build/main.rs`; in
/// the browser build its texts are read from the table (`text.rs`).
pub static STORY: Story = include!(concat!(env!("OUT_DIR"), "/story_data.rs"));

/// The editions in other languages (`content/story.<language>.toml`), in
/// the order of their languages, checked by `build/main.rs`: for the
/// prerenderer, which writes a page of each. The browser build holds none.
#[cfg(not(target_arch = "wasm32"))]
pub static EDITIONS: &[Story] = include!(concat!(env!("OUT_DIR"), "/edition_data.rs"));

/// Every edition's language and the language's name for itself, the
/// English first: what the switch between editions offers.
pub const EDITION_NAMES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/edition_names.rs"));

/// Where the standalone page of the edition in `language` is, from the
/// English one's folder: that folder itself, or one named by the language.
pub fn edition_folder(language: &str) -> String {
    match EDITION_NAMES.first() {
        Some((first, _)) if *first != language => [language, "/"].concat(),
        _ => String::new(),
    }
}

impl Story {
    /// The widget's own labels in this edition. The browser build reads
    /// them from the end of the shown edition's table (src/story/text.rs).
    pub fn labels(&self) -> UiText {
        #[cfg(target_arch = "wasm32")]
        return text::labels(&self.ui);
        #[cfg(not(target_arch = "wasm32"))]
        self.ui.clone()
    }
}

/// [`fingerprint::of_editions`] of the story and its editions, computed by
/// `build/main.rs`: the leading cell of every edition's table.
pub const STORY_FINGERPRINT: u64 = include!(concat!(env!("OUT_DIR"), "/story_fingerprint.rs"));
/// The same, in the 16 hexadecimal digits that lead the story's table.
pub const STORY_FINGERPRINT_HEX: &str =
    include!(concat!(env!("OUT_DIR"), "/story_fingerprint_hex.rs"));
/// How many texts the story's table holds after its fingerprint.
pub const STORY_TEXT_COUNT: usize = include!(concat!(env!("OUT_DIR"), "/story_text_count.rs"));
/// The story's table as JSON: its fingerprint, then every text of the story,
/// in the order of the story file's types (its language first, its labels
/// last). Prerendered HTML
/// carries it; the loader fetches it as `embed/story.json`.
pub const STORY_TEXTS: &str = include_str!(concat!(env!("OUT_DIR"), "/story_texts.json"));

/// The texts of `cells` if they are a table of this build, of any edition:
/// the story's fingerprint, then exactly [`STORY_TEXT_COUNT`] texts. Cells that
/// are not text (`None`) make it another's.
fn checked_texts(mut cells: impl Iterator<Item = Option<String>>) -> Option<Vec<String>> {
    if cells.next().flatten().as_deref() != Some(STORY_FINGERPRINT_HEX) {
        return None;
    }
    let texts: Vec<String> = cells.collect::<Option<_>>()?;
    (texts.len() == STORY_TEXT_COUNT).then_some(texts)
}

/// Natively the story's texts are compiled in, so the table is always
/// there; one handed over is still checked as the browser checks it.
#[cfg(not(target_arch = "wasm32"))]
mod native_texts {
    pub fn has_table() -> bool {
        true
    }

    /// Whether `cells` is this build's table (see [`super::checked_texts`]).
    pub fn set_table(cells: impl Iterator<Item = Option<String>>) -> bool {
        super::checked_texts(cells).is_some()
    }

    /// As [`set_table`]: natively every edition is compiled in.
    pub fn show_table(cells: impl Iterator<Item = Option<String>>) -> bool {
        set_table(cells)
    }

    /// Natively no table is shown: views read the story they are given.
    pub fn shown() -> &'static [String] {
        &[]
    }

    pub fn show_held(_: &'static [String]) {}

    pub fn show_language(_: &str) -> bool {
        true
    }
}
