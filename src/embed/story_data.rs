//! The story's texts for the browser build (src/story/text.rs), read once
//! from the table that prerendered HTML carries beside itself
//! (`<script type="application/json" data-nue-story>`), or that the loader
//! fetched for fresh renders (`useStory`). A table of another build or
//! story is refused, so no explainer shows texts its HTML does not hold.

use super::dom::element_children;
use crate::story::{has_table, show_table, STORY_TEXTS};
use wasm_bindgen::prelude::*;

/// The attribute of the `<script>` element that holds the table.
const TABLE: &str = "data-nue-story";

/// Whether the story's texts are here: handed over before, or in the table
/// beside prerendered HTML among `parent`'s children.
pub(super) fn has_story(parent: Option<&web_sys::Node>) -> bool {
    has_table()
        || parent
            .and_then(|parent| element_children(parent).find(|child| child.has_attribute(TABLE)))
            .and_then(|table| table.text_content())
            .is_some_and(|json| read_json(&json))
}

fn read_json(json: &str) -> bool {
    js_sys::JSON::parse(json).is_ok_and(|table| read(&table))
}

/// Takes `table` as the edition's unless one was handed over before.
fn read(table: &JsValue) -> bool {
    has_table() || show_story(table)
}

/// Shows the edition of `table` from now on, if it is a table of this build.
pub(super) fn show_story(table: &JsValue) -> bool {
    table
        .dyn_ref::<js_sys::Array>()
        .is_some_and(|cells| show_table(cells.iter().map(|cell| cell.as_string())))
}

/// `useStory(table)`: the story's table as the loader fetched it, for
/// explainers without prerendered HTML. A wrong one is ignored: each
/// explainer that needed it then warns that it found none.
#[wasm_bindgen(js_name = useStory)]
pub fn use_story(table: JsValue) {
    read(&table);
}

/// Hands over the table this build wrote, as the loader would: for tests
/// without a page or a loader.
#[doc(hidden)]
pub fn use_built_story() -> bool {
    read_json(STORY_TEXTS)
}
