//! What a host page asks of an explainer and what it hears back: the
//! options (read loosely, each mistake a warning and a default) and the
//! events the explainer dispatches. Below both the component tree, which
//! renders by these options and reports through these events, and the
//! embedding layer, which reads them from the page.
//!
//! - `config.rs`: the options and their defaults;
//! - `read.rs`: reading them, from a JS object or `data-*` attributes;
//! - `events.rs`: the events the host element dispatches.

mod config;
mod events;
mod read;

pub use config::{Config, Parts, Raw, Theme, Warning, KEYS};
pub use events::{HostEvents, Trigger};
pub use read::{from_attributes, read, ATTRIBUTES};
