//! The standalone page (`index.html`, `uk/index.html`): the explainer in
//! the page's own `<main>`, and the switch to another edition in place.
//! The switch's links are the prerenderer's, plain links to each edition's
//! page; on the first click the page fetches embed/editions.js, which
//! fetches the other edition's table and hands it to [`show_edition`].
//! Without WebAssembly the links go to the other page, as they say.

use super::dom::warn;
use super::mount::NO_STORY;
use super::show::{each_shown, show, Shown};
use super::story_data::{show_story, show_story_for};
use crate::options::{Config, HostEvents};
use crate::story::STORY;
use leptos::prelude::document;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// The standalone page's mount point.
const PAGE_ROOT: &str = "nato-ukraine-explainer-page";

thread_local! {
    /// The page's explainer, kept to be shown again in another edition.
    static PAGE: RefCell<Option<Shown>> = const { RefCell::new(None) };
}

/// Shows the page's explainer in `parent` with the story's defaults, its
/// title the page's `<h1>`, and the sections `open` open.
fn show_page(parent: &web_sys::Node, open: Vec<String>) -> Option<Shown> {
    let mut config = Config::page(&STORY);
    config.open = open;
    show(parent, config, HostEvents::default())
}

/// Takes over the page's prerendered explainer, styled by the page's own
/// stylesheet.
pub fn mount_standalone_page() {
    let Some(page) = document().get_element_by_id(PAGE_ROOT) else {
        return;
    };
    if !show_story_for(Some(&page), None) {
        return warn(NO_STORY);
    }
    PAGE.set(show_page(&page, Vec::new()));
}

/// `showEdition(table)`: the page's explainer made again in the edition of
/// `table`, in the same task (so nothing flickers and the page keeps its
/// place), with the sections the reader opened still open. False, and
/// nothing changed, when the page has no explainer or `table` is no table
/// of this build; the page then goes to the edition's own page. The open
/// sections are read from the page, not from the state: before a staged
/// takeover ends, a section the reader opened is open only there.
#[wasm_bindgen(js_name = showEdition)]
pub fn show_edition(table: JsValue) -> bool {
    let Some(page) = PAGE.take() else {
        return false;
    };
    let Some(parent) = page.container.parent_node().filter(|_| show_story(&table)) else {
        PAGE.set(Some(page));
        return false;
    };
    let mut open = Vec::new();
    each_shown(&page.container, |id, shown| {
        if shown {
            open.push(id.to_owned());
        }
    });
    drop(page.view);
    page.container.remove();
    PAGE.set(show_page(&parent, open));
    true
}
