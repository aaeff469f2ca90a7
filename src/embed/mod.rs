//! The embedding layer: how a host page puts explainers into its articles.
//! The options it reads and the events it wires up live one layer down, in
//! [`crate::options`], shared with the component tree.
//!
//! - `mount.rs`: `mount(element, config)` and the placeholder scan;
//! - `page.rs`: the standalone page, and its switch between editions;
//! - `handle.rs`: the handle `mount()` returns, and the registry of mounted
//!   explainers;
//! - `show.rs`: hydrating prerendered HTML, or rendering afresh;
//! - `staged.rs`: the explainer's parts on screen, taken over one per task;
//! - `stamp.rs`: whether prerendered HTML may be hydrated;
//! - `story_data.rs`: the story's texts, from the table beside prerendered
//!   HTML or fetched by the loader;
//! - `shadow.rs`: each explainer's shadow root and stylesheet, so host CSS
//!   and widget CSS stay apart;
//! - `js_config.rs`: a host's JavaScript config object, read loosely;
//! - `dom.rs`: the DOM helpers these share.
//!
//! The JavaScript side (loader, iframe page and its host script, the example
//! article) lives in the top-level `embed/` folder.

mod dom;
mod handle;
mod js_config;
mod mount;
mod page;
mod shadow;
mod show;
mod staged;
pub mod stamp;
mod story_data;

pub use handle::{unmount_detached, ExplainerHandle};
pub use mount::{mount, mount_placeholders};
pub use page::{mount_standalone_page, show_edition};
pub use story_data::{use_built_story, use_story};
