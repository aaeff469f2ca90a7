//! What the host page hears: the events the explainer sends on its element
//! (ready, toggle, feedback), and feedback thanked politely with focus left
//! where it was.

use crate::support::{capture_events, events, tick, Host, Mounted};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn the_host_element_reports_ready_toggles_and_feedback() {
    capture_events();
    let host = Host::new();
    let handle = host.mount("{}");
    tick().await;
    // A pointer click has a click count (`detail`); `element.click()` has none
    // and reads as a keyboard activation, which the end-to-end suite checks.
    let pointer_click = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &{
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        init.set_detail(1);
        init
    })
    .unwrap();
    host.get("#nato-plan-button")
        .dispatch_event(&pointer_click)
        .unwrap();
    handle.open("sanctions".into());
    host.get(".nue-show-all").click();
    tick().await;
    host.get("#sanctions-panel .nue-feedback__answer").click();
    tick().await;
    assert_eq!(
        events(),
        [
            "ready {}",
            r#"toggle {"section":"nato-plan","open":true,"trigger":"click"}"#,
            r#"toggle {"section":"sanctions","open":true,"trigger":"api"}"#,
            r#"toggle {"section":"security-agreement","open":true,"trigger":"show-all"}"#,
            r#"feedback {"section":"sanctions","helpful":true}"#,
        ]
    );
    handle.unmount();
}

#[wasm_bindgen_test]
async fn feedback_is_thanked_politely_and_focus_stays() {
    let host = Host::new();
    let handle = host.mount("{ open: ['security-agreement'] }");
    tick().await;
    let no = host.get("#security-agreement-panel .nue-feedback__answer:nth-of-type(2)");
    assert_eq!(no.text_content().as_deref(), Some("No"));
    no.focus().unwrap();
    no.click();
    tick().await;
    let status = host.get("#security-agreement-panel .nue-feedback__thanks");
    assert_eq!(status.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(
        status.text_content().as_deref(),
        Some("Thank you for your answer.")
    );
    assert_eq!(no.get_attribute("aria-pressed").as_deref(), Some("true"));
    let active = host.0.shadow_root().unwrap().active_element().unwrap();
    assert!(active.is_same_node(Some(&no)), "focus stays on the answer");
    handle.unmount();
}
