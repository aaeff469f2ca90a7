//! The component tree. The explainer is assembled in `explainer.rs` from one
//! small component per part; the expandable sections live in `accordion/`.

pub mod accordion;
mod explainer;
mod header;
mod heading;
mod icon;
mod key_numbers;
mod labels;
mod language_switch;
mod map_figure;
mod people;
mod source_note;
mod timeline;

pub use explainer::{Explainer, ExplainerParts};
pub use header::Header;
pub use heading::Heading;
pub use icon::Icon;
pub use key_numbers::KeyNumbers;
pub use labels::{labels, Labels};
pub use language_switch::{EditionLinks, LanguageSwitch};
pub use map_figure::MapFigure;
pub use people::People;
pub use source_note::SourceNote;
pub use timeline::Timeline;
