//! Embedding: `mount(element, config)` puts an explainer in a shadow root,
//! its handle drives it, a wrong config or argument warns and never throws
//! into the host page, instances are independent, and placeholders each
//! get one, with a handle per placeholder.

use crate::support::{capture_warnings, tick, warnings, Host, Mounted};
use nato_ukraine_explainer::embed::{mount, mount_placeholders};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn mount_puts_an_explainer_in_a_shadow_root_and_the_handle_drives_it() {
    let host = Host::new();
    let handle = host.mount("{ open: ['sanctions'], theme: 'dark', headingLevel: 3 }");
    tick().await;
    assert!(host.0.shadow_root().is_some());
    assert_eq!(host.expanded("sanctions"), "true");
    assert_eq!(host.expanded("nato-plan"), "false");
    assert_eq!(
        host.get(".nue").get_attribute("data-theme").as_deref(),
        Some("dark")
    );
    assert_eq!(host.get("#nue-title").tag_name(), "H3");

    assert!(handle.open("nato-plan".into()));
    assert!(handle.close("sanctions".into()));
    assert!(!handle.open("budget".into()), "an unknown id opens nothing");
    tick().await;
    assert_eq!(host.expanded("nato-plan"), "true");
    assert_eq!(host.expanded("sanctions"), "false");

    handle.unmount();
    tick().await;
    assert!(host.find(".nue").is_none(), "unmount removes the explainer");
    assert!(!host.0.has_attribute("data-nato-ukraine-explainer-mounted"));
    assert!(
        !handle.open("nato-plan".into()),
        "an old handle does nothing, and does not panic"
    );
    // The element can take a new explainer.
    let again = host.mount("{}");
    tick().await;
    assert!(host.find(".nue").is_some());
    again.unmount();
}

#[wasm_bindgen_test]
async fn wrong_config_warns_once_per_key_and_falls_back() {
    capture_warnings();
    let host = Host::new();
    let handle =
        host.mount("{ theme: 'blue', headingLevel: 9, colour: 'red', open: 'sanctions budget' }");
    tick().await;
    let warnings = warnings();
    assert_eq!(warnings.len(), 4, "{warnings:?}");
    for key in ["`theme`", "`headingLevel`", "`colour`", "`open`"] {
        assert!(
            warnings.iter().any(|w| w.contains(key)),
            "no warning names {key}: {warnings:?}"
        );
    }
    assert!(warnings.iter().any(|w| w.contains("using \"auto\"")));
    assert_eq!(
        host.get(".nue").get_attribute("data-theme").as_deref(),
        Some("auto")
    );
    assert_eq!(host.get("#nue-title").tag_name(), "H2");
    assert_eq!(
        host.expanded("sanctions"),
        "true",
        "the good part of `open` is kept"
    );
    handle.unmount();
}

#[wasm_bindgen_test]
async fn bad_arguments_never_throw_into_the_page() {
    capture_warnings();
    let handle = mount(JsValue::from_str("#not-an-element"), JsValue::NULL, None);
    assert!(!handle.open("sanctions".into()));
    handle.unmount();
    let host = Host::new();
    let handle = host.mount("'dark'");
    tick().await;
    assert!(
        host.find(".nue").is_some(),
        "a config that is not an object gives the defaults"
    );
    let second = host.mount("{}");
    assert!(
        !second.open("sanctions".into()),
        "a second explainer on one element is refused"
    );
    let warnings = warnings();
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    handle.unmount();
}

/// The handle as a host page holds it: calls go through wasm-bindgen's
/// JS glue, where a value of the wrong type would throw before Rust runs.
#[wasm_bindgen_test]
async fn handle_methods_take_any_value_and_never_throw() {
    capture_warnings();
    let host = Host::new();
    let handle = JsValue::from(host.mount("{}"));
    tick().await;
    let call = |method: &str, argument: &JsValue| {
        let function: js_sys::Function = js_sys::Reflect::get(&handle, &method.into())
            .unwrap()
            .unchecked_into();
        function
            .call1(&handle, argument)
            .map_err(|e| format!("{method}({argument:?}) threw {e:?}"))
    };
    let wrong = [
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::from(42),
        js_sys::Object::new().into(),
        js_sys::Array::of1(&"sanctions".into()).into(),
        js_sys::Symbol::for_("sanctions").into(),
    ];
    for value in &wrong {
        for method in ["open", "close"] {
            assert_eq!(call(method, value), Ok(JsValue::FALSE));
        }
    }
    let warnings = warnings();
    assert_eq!(warnings.len(), 2 * wrong.len(), "{warnings:?}");
    assert!(
        warnings[0].contains("open() takes a section id"),
        "{warnings:?}"
    );
    assert!(
        warnings[1].contains("close() takes a section id"),
        "{warnings:?}"
    );
    assert_eq!(call("open", &"sanctions".into()), Ok(JsValue::TRUE));
    tick().await;
    assert_eq!(host.expanded("sanctions"), "true");
    call("unmount", &JsValue::UNDEFINED).unwrap();
}

#[wasm_bindgen_test]
async fn instances_are_independent() {
    let (one, two) = (Host::new(), Host::new());
    let (first, second) = (one.mount("{}"), two.mount("{}"));
    tick().await;
    one.get("#nato-plan-button").click();
    tick().await;
    assert_eq!(one.expanded("nato-plan"), "true");
    assert_eq!(two.expanded("nato-plan"), "false");
    first.unmount();
    second.unmount();
}

#[wasm_bindgen_test]
async fn placeholders_each_get_an_explainer_and_their_handles_in_order() {
    let (one, two) = (Host::new(), Host::new());
    for (host, open) in [(&one, "sanctions"), (&two, "nato-plan")] {
        host.0
            .set_attribute("data-nato-ukraine-explainer", "")
            .unwrap();
        host.0.set_attribute("data-open", open).unwrap();
    }
    let handles = mount_placeholders(String::new());
    tick().await;
    assert_eq!(handles.length(), 2, "one handle per placeholder");
    assert_eq!(one.expanded("sanctions"), "true");
    assert_eq!(two.expanded("nato-plan"), "true");
    // In document order, as a page's script sees them: the first handle
    // drives the first placeholder.
    let call = |handle: &JsValue, method: &str, argument: &JsValue| {
        let function: js_sys::Function = js_sys::Reflect::get(handle, &method.into())
            .unwrap()
            .unchecked_into();
        function.call1(handle, argument).unwrap()
    };
    let first = handles.get(0);
    assert_eq!(call(&first, "close", &"sanctions".into()), JsValue::TRUE);
    tick().await;
    assert_eq!(one.expanded("sanctions"), "false");
    assert_eq!(two.expanded("nato-plan"), "true");
    assert_eq!(
        mount_placeholders(String::new()).length(),
        0,
        "none left to mount"
    );
    for handle in handles.iter() {
        call(&handle, "unmount", &JsValue::UNDEFINED);
    }
}
