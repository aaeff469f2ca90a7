//! An embeddable explainer of NATO's long-term plan for Ukraine, the 10-year
//! U.S.-Ukraine security agreement and new U.S. sanctions on Russia.
//!
//! From the bottom up:
//! - [`story`]: the story's data, checked at build time from `content/story.toml`;
//! - [`options`]: what a host page asks of an explainer and hears back;
//! - [`components`]: the Leptos component tree that renders the story;
//! - [`embed`]: mounting into host pages: placeholders, `mount()`, shadow roots;
//! - `prerender` (`ssr` feature): the explainer as HTML for the built pages;
//! - [`browser`]: the few browser APIs the widget touches (address hash,
//!   clipboard, scrolling), each failing softly.

pub mod browser;
pub mod components;
pub mod embed;
pub mod options;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod story;

pub use components::Explainer;
