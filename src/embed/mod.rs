//! The embedding layer: how a host page puts explainers into its articles.
//! The options it reads and the events it wires up live one layer down, in
//! [`crate::options`], shared with the component tree.
//!
//! - `stamp.rs`: whether prerendered HTML may be hydrated;
//! - `mount.rs`: `mount(element, config)` and the placeholder scan, each
//!   explainer in its own shadow root so host CSS and widget CSS stay apart.
//!
//! The JavaScript side (loader, iframe page and its host script, the example
//! article) lives in the top-level `embed/` folder.

mod mount;
pub mod stamp;

pub use mount::{
    mount, mount_placeholders, mount_standalone_page, unmount_detached, ExplainerHandle,
};
