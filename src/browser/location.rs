//! The page address: reading its fragment, building section links, scrolling.

/// The fragment of the page address without its `#`, if there is one.
pub fn current_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.strip_prefix('#')?;
    (!fragment.is_empty()).then(|| fragment.to_owned())
}

/// The page's own address with `#fragment`: a link to a section.
pub fn section_url(fragment: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    Some([base, "#", fragment].concat())
}

/// Brings the element with this id, inside `root`, to the top of the viewport.
pub fn scroll_to(root: &web_sys::Element, id: &str) {
    if let Ok(Some(element)) = root.query_selector(&["#", id].concat()) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
