//! The few DOM helpers the embedding layer shares.

use leptos::prelude::document;
use wasm_bindgen::{JsCast, JsValue};

/// The element children of `parent`, in order.
pub(super) fn element_children(parent: &web_sys::Node) -> impl Iterator<Item = web_sys::Element> {
    let mut child = parent.first_child();
    std::iter::from_fn(move || {
        let current = child.take()?;
        child = current.next_sibling();
        Some(current)
    })
    .filter_map(|node| node.dyn_into().ok())
}

/// A new empty `div` at the end of `parent`.
pub(super) fn append_div(parent: &web_sys::Node) -> Option<web_sys::Element> {
    let div = document().create_element("div").ok()?;
    parent.append_child(&div).ok()?;
    Some(div)
}

/// A console warning: how a host page hears of its mistakes.
pub(super) fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}
