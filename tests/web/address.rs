//! The address and find-in-page: a section named in the fragment opens at
//! start and on a later change, other fragments are ignored, and a panel
//! that find-in-page reveals stays open.

use crate::support::{tick, Mounted, Widget, SECTIONS};
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

fn set_hash(hash: &str) {
    window().location().set_hash(hash).unwrap();
}

/// Clears the fragment without leaving a history entry behind.
fn clear_hash() {
    let path = window().location().pathname().unwrap();
    let search = window().location().search().unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")))
        .unwrap();
}

#[wasm_bindgen_test]
async fn a_section_named_in_the_address_opens_at_start() {
    set_hash("security-agreement");
    let widget = Widget::mount().await;
    tick().await;
    clear_hash();
    assert_eq!(widget.expanded("security-agreement"), "true");
    assert!(widget.panel_visible("security-agreement"));
    assert_eq!(widget.expanded("nato-plan"), "false");
}

#[wasm_bindgen_test]
async fn a_later_change_of_address_opens_its_section_and_other_fragments_are_ignored() {
    clear_hash();
    let widget = Widget::mount().await;
    set_hash("top");
    tick().await;
    tick().await;
    assert!(SECTIONS.iter().all(|id| widget.expanded(id) == "false"));

    set_hash("sanctions");
    tick().await;
    tick().await;
    clear_hash();
    assert_eq!(widget.expanded("sanctions"), "true");
    assert!(widget.panel_visible("sanctions"));
}

#[wasm_bindgen_test]
async fn find_in_page_revealing_a_closed_panel_keeps_it_open() {
    let widget = Widget::mount().await;
    let panel = widget.get("#sanctions-panel");
    panel
        .dispatch_event(&web_sys::Event::new("beforematch").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(widget.expanded("sanctions"), "true");
    assert!(widget.panel_visible("sanctions"));
}
