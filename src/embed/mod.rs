//! The embedding layer: how a host page puts explainers into its articles.
//!
//! - `config.rs`: the options a host gives, read loosely and warned about;
//! - `events.rs`: the events the host element dispatches;
//! - `stamp.rs`: whether prerendered HTML may be hydrated;
//! - `mount.rs`: `mount(element, config)` and the placeholder scan, each
//!   explainer in its own shadow root so host CSS and widget CSS stay apart.
//!
//! The JavaScript side (loader, iframe page and its host script, the example
//! article) lives in the top-level `embed/` folder.

mod config;
mod events;
mod mount;
pub mod stamp;

pub use config::{from_attributes, read, Config, Parts, Raw, Theme, Warning, KEYS, UI_KEYS};
pub use events::{HostEvents, Trigger};
pub use mount::{
    mount, mount_placeholders, mount_standalone_page, unmount_detached, ExplainerHandle,
};
