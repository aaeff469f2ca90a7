//! The page address: reading its fragment, building section links, scrolling.

use leptos::prelude::document;

/// The fragment of the page address without its `#`, if there is one.
pub fn current_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.strip_prefix('#')?;
    (!fragment.is_empty()).then(|| fragment.to_owned())
}

/// The page's own address with `#id` as its fragment: a link to a section.
pub fn section_url(id: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    Some(format!("{base}#{id}"))
}

/// Brings the element with this id to the top of the viewport, if it exists.
pub fn scroll_to(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
