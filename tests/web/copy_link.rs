//! Each section's copy-link control: the address is copied and confirmed,
//! and when the clipboard refuses, the link is offered selected to copy by
//! hand.

use crate::support::{tick, Mounted, Widget};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

/// Replaces `navigator.clipboard` for one test.
fn fake_clipboard(script: &str) {
    js_sys::eval(&format!(
        "Object.defineProperty(navigator, 'clipboard', {{ configurable: true, value: {script} }})"
    ))
    .unwrap();
}

fn expected_link(section: &str) -> String {
    let href = window().location().href().unwrap();
    format!("{}#{section}", href.split('#').next().unwrap())
}

#[wasm_bindgen_test]
async fn copy_link_copies_the_section_address_and_confirms_it() {
    fake_clipboard("{ writeText(text) { window.copiedText = text; return Promise.resolve(); } }");
    let widget = Widget::mount().await;
    widget.click("#nato-plan-button").await;
    let status = widget.get("#nato-plan-panel [role=status]");
    assert_eq!(status.text_content().unwrap(), "");
    widget.click("#nato-plan-panel .nue-copy__button").await;
    tick().await;
    let copied = js_sys::Reflect::get(&window(), &"copiedText".into()).unwrap();
    assert_eq!(copied.as_string(), Some(expected_link("nato-plan")));
    assert_eq!(status.text_content().unwrap(), "Link copied");
}

#[wasm_bindgen_test]
async fn a_refused_copy_offers_the_link_selected_to_copy_by_hand() {
    for clipboard in [
        "{ writeText() { return Promise.reject(new DOMException('denied', 'NotAllowedError')); } }",
        "{ writeText() { throw new TypeError('no'); } }",
        "undefined",
    ] {
        fake_clipboard(clipboard);
        let widget = Widget::mount().await;
        widget.click("#sanctions-button").await;
        widget.click("#sanctions-panel .nue-copy__button").await;
        tick().await;
        tick().await;
        let input: HtmlInputElement = widget
            .get("#sanctions-panel .nue-copy__manual input")
            .unchecked_into();
        assert_eq!(
            input.value(),
            expected_link("sanctions"),
            "with clipboard {clipboard}"
        );
        let active = document().active_element().unwrap();
        assert!(
            active.is_same_node(Some(&input)),
            "the link field has focus"
        );
        assert_eq!(input.selection_start().unwrap(), Some(0));
        assert_eq!(
            input.selection_end().unwrap(),
            Some(input.value().len() as u32)
        );
        assert_eq!(
            widget
                .get("#sanctions-panel [role=status]")
                .text_content()
                .unwrap(),
            ""
        );
    }
}
