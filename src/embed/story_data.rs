//! The story's texts for the browser build (src/story/text.rs), read from
//! the table that prerendered HTML carries beside itself
//! (`<script type="application/json" data-nue-story>`), or that the loader
//! fetched for fresh renders (`useStory`), one table per edition. A table of
//! another build or story is refused, so no explainer shows texts its HTML
//! does not hold.

use super::dom::element_children;
use crate::story::{has_table, show_language, show_table, EDITION_NAMES, STORY_TEXTS};
use wasm_bindgen::prelude::*;

/// The attribute of the `<script>` element that holds the table.
const TABLE: &str = "data-nue-story";

/// Shows the edition an explainer in `parent` is to show, and says whether
/// its texts are here: the table beside prerendered HTML among `parent`'s
/// children, or else one handed over, in the language `lang` names (a
/// host's option), or the English edition.
pub(super) fn show_story_for(parent: Option<&web_sys::Node>, lang: Option<&str>) -> bool {
    let carried = parent
        .and_then(|parent| element_children(parent).find(|child| child.has_attribute(TABLE)))
        .and_then(|table| table.text_content())
        .is_some_and(|json| read_json(&json));
    if !carried && !lang.is_some_and(show_language) {
        if let Some((english, _)) = EDITION_NAMES.first() {
            show_language(english);
        }
    }
    has_table()
}

fn read_json(json: &str) -> bool {
    js_sys::JSON::parse(json).is_ok_and(|table| show_story(&table))
}

/// Shows the edition of `table` from now on, if it is a table of this build.
pub(super) fn show_story(table: &JsValue) -> bool {
    table
        .dyn_ref::<js_sys::Array>()
        .is_some_and(|cells| show_table(cells.iter().map(|cell| cell.as_string())))
}

/// `useStory(table)`: an edition's table as the loader fetched it, for
/// explainers without prerendered HTML, each of which shows the edition its
/// `lang` names. A wrong one is ignored: each explainer that needed it
/// then warns that it found none.
#[wasm_bindgen(js_name = useStory)]
pub fn use_story(table: JsValue) {
    show_story(&table);
}

/// Hands over the table this build wrote, as the loader would: for tests
/// without a page or a loader.
#[doc(hidden)]
pub fn use_built_story() -> bool {
    read_json(STORY_TEXTS)
}
