//! The story's data: its typed shape, the checked copy built from
//! `content/story.toml`, and (natively) the checks that guard that file.

pub mod fingerprint;
mod language;
mod model;
pub use language::{direction, is_language_tag};
pub use model::*;

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

/// The story, checked and turned into static data by `build/main.rs`.
pub static STORY: Story = include!(concat!(env!("OUT_DIR"), "/story_data.rs"));

/// [`fingerprint::of`] the story, computed by `build/main.rs`.
pub const STORY_FINGERPRINT: u64 = include!(concat!(env!("OUT_DIR"), "/story_fingerprint.rs"));
