//! The browser APIs the widget uses. Each wrapper fails softly: a missing or
//! refused API gives `None` or `false`, never a panic or a thrown exception.

mod clipboard;
mod location;

pub use clipboard::copy_text;
pub use location::{current_fragment, scroll_to, section_url};
