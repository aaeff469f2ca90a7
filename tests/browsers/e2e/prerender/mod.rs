//! Prerendered HTML: the built pages and the CMS fragment carry the
//! explainer; the WebAssembly takes it over for every config variant with no
//! second render and no layout shift; HTML that does not fit is rendered
//! afresh; and every section can be read when the WebAssembly never runs.
//!
//! - `pages.rs`: the pages these checks open;
//! - `hydration.rs`: the WebAssembly taking over;
//! - `without_wasm.rs`: reading when it never runs.

mod hydration;
mod pages;
mod without_wasm;

pub use hydration::*;
pub use pages::{built_pages, write};
pub use without_wasm::{
    browser_without_webassembly, csp_blocks_webassembly, plain_rendition_reads_and_opens,
    reads_without_javascript, wasm_request_fails, without_javascript,
};
