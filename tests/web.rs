//! Behaviour in a real browser (headless Chromium, `wasm-bindgen-test`): the
//! widget is mounted into the test page and driven as a reader would.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use nato_ukraine_explainer::Explainer;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted explainer; dropping it unmounts it and removes its container.
struct Widget {
    container: HtmlElement,
    handle: Option<Box<dyn std::any::Any>>,
}

impl Drop for Widget {
    fn drop(&mut self) {
        self.handle.take();
        self.container.remove();
    }
}

impl Widget {
    async fn mount() -> Self {
        let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
        document().body().unwrap().append_child(&container).unwrap();
        let handle = leptos::mount::mount_to(container.clone(), || view! { <Explainer/> });
        tick().await;
        Widget {
            container,
            handle: Some(Box::new(handle)),
        }
    }

    fn get(&self, selector: &str) -> HtmlElement {
        self.container
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no element matches `{selector}`"))
            .unchecked_into()
    }

    fn expanded(&self, section: &str) -> String {
        self.get(&format!("#{section}-button"))
            .get_attribute("aria-expanded")
            .unwrap()
    }

    async fn click(&self, selector: &str) {
        self.get(selector).click();
        tick().await;
    }

    fn panel_visible(&self, section: &str) -> bool {
        let panel = self.get(&format!("#{section}-panel"));
        panel.get_attribute("hidden").is_none()
            && is_visible(&panel.query_selector("p").unwrap().unwrap())
    }

    /// The show-all control's label and its `aria-expanded`.
    fn show_all(&self) -> (String, String) {
        let control = self.get(".nue-show-all");
        let label = control.text_content().unwrap().trim().to_owned();
        (label, control.get_attribute("aria-expanded").unwrap())
    }
}

/// Waits one task, so Leptos has applied pending updates to the DOM.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// `element.checkVisibility()`: false for content skipped by a closed panel.
fn is_visible(element: &Element) -> bool {
    let check: js_sys::Function = js_sys::Reflect::get(element, &"checkVisibility".into())
        .unwrap()
        .unchecked_into();
    check.call0(element).unwrap().as_bool().unwrap()
}

const SECTIONS: [&str; 3] = ["nato-plan", "security-agreement", "sanctions"];

#[wasm_bindgen_test]
async fn sections_start_closed_and_a_click_opens_and_closes_one() {
    let widget = Widget::mount().await;
    for id in SECTIONS {
        assert_eq!(widget.expanded(id), "false");
        assert!(!widget.panel_visible(id), "{id} starts closed");
        assert_eq!(
            widget
                .get(&format!("#{id}-panel"))
                .get_attribute("hidden")
                .as_deref(),
            Some("until-found")
        );
    }
    widget.click("#nato-plan-button").await;
    assert_eq!(widget.expanded("nato-plan"), "true");
    assert!(widget.panel_visible("nato-plan"));
    assert_eq!(widget.expanded("sanctions"), "false");

    widget.click("#nato-plan-button").await;
    assert_eq!(widget.expanded("nato-plan"), "false");
    assert!(!widget.panel_visible("nato-plan"));
}

#[wasm_bindgen_test]
async fn the_map_opens_with_its_section_and_its_members_open_with_a_click() {
    let widget = Widget::mount().await;
    let map = nato_ukraine_explainer::story::STORY.sections[0]
        .map
        .as_ref()
        .expect("the NATO plan has a map");
    let image = widget.get("#nato-plan-panel .nue-map__image");
    assert_eq!(image.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        image.get_attribute("aria-label").as_deref(),
        Some(map.description.as_ref())
    );
    assert!(!is_visible(&image), "hidden while its section is closed");
    widget.click("#nato-plan-button").await;
    assert!(is_visible(&image), "shown once its section opens");

    let marks: Vec<String> = (0..5)
        .map(|i| {
            widget
                .get(&format!(".nue-map__key li:nth-child({})", i + 1))
                .get_attribute("data-mark")
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(marks, ["member", "apart", "highlight", "other", "city"]);

    let members = widget.get(".nue-map__members");
    let last = widget.get(".nue-map__members li:last-child");
    assert!(!is_visible(&last), "the list starts folded");
    widget.click(".nue-map__members summary").await;
    assert!(members.has_attribute("open") && is_visible(&last));
    assert_eq!(last.text_content().as_deref(), Some("United States"));
}

#[wasm_bindgen_test]
async fn headers_are_native_buttons_inside_headings() {
    // A native <button type="button"> is what makes Enter and Space work with
    // no key handler; the end-to-end suite presses the real keys.
    let widget = Widget::mount().await;
    for id in SECTIONS {
        let button = widget.get(&format!("#{id}-button"));
        assert_eq!(button.tag_name(), "BUTTON");
        assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
        let heading = button.parent_element().unwrap().tag_name();
        assert!(
            matches!(heading.as_str(), "H2" | "H3" | "H4" | "H5" | "H6"),
            "{heading}"
        );
        assert_eq!(
            button.get_attribute("aria-controls"),
            Some(format!("{id}-panel"))
        );
    }
}

#[wasm_bindgen_test]
async fn several_sections_can_be_open_at_once() {
    let widget = Widget::mount().await;
    widget.click("#nato-plan-button").await;
    widget.click("#sanctions-button").await;
    assert!(widget.panel_visible("nato-plan") && widget.panel_visible("sanctions"));
    assert!(!widget.panel_visible("security-agreement"));
}

#[wasm_bindgen_test]
async fn show_all_and_hide_all_follow_the_real_state() {
    let widget = Widget::mount().await;
    let show_all = ".nue-show-all";
    let closed = ("Show all sections".to_owned(), "false".to_owned());
    let open = ("Hide all sections".to_owned(), "true".to_owned());
    assert_eq!(widget.show_all(), closed);

    widget.click(show_all).await;
    assert!(SECTIONS.iter().all(|id| widget.panel_visible(id)));
    assert_eq!(widget.show_all(), open);

    // Closing one section by hand turns the control back into "Show all".
    widget.click("#security-agreement-button").await;
    assert_eq!(widget.show_all(), closed);

    // Opening it again by hand makes everything open: "Hide all".
    widget.click("#security-agreement-button").await;
    assert_eq!(widget.show_all(), open);

    widget.click(show_all).await;
    assert!(SECTIONS.iter().all(|id| !widget.panel_visible(id)));
    assert_eq!(widget.show_all(), closed);
}

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

// ---- Embedding: mount(element, config), handles, warnings, events ----------

use nato_ukraine_explainer::embed::{mount, ExplainerHandle};

/// An element in the page to mount on; removed when dropped.
struct Host(web_sys::Element);

impl Host {
    fn new() -> Self {
        let element = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&element).unwrap();
        Host(element)
    }

    fn mount(&self, config: &str) -> ExplainerHandle {
        mount(
            self.0.clone().into(),
            js_sys::eval(&format!("({config})")).unwrap(),
            None,
        )
    }

    /// An element inside the explainer's shadow root.
    fn find(&self, selector: &str) -> Option<HtmlElement> {
        let root = self.0.shadow_root()?;
        root.query_selector(selector)
            .unwrap()
            .map(JsCast::unchecked_into)
    }

    fn get(&self, selector: &str) -> HtmlElement {
        self.find(selector)
            .unwrap_or_else(|| panic!("no `{selector}` in the shadow root"))
    }

    fn expanded(&self, section: &str) -> String {
        self.get(&format!("#{section}-button"))
            .get_attribute("aria-expanded")
            .unwrap()
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        self.0.remove();
    }
}

/// Records console warnings from here on; `warnings()` reads them.
fn capture_warnings() {
    js_sys::eval(
        "window.warnings = []; console.warn = (...args) => window.warnings.push(args.join(' '));",
    )
    .unwrap();
}

fn warnings() -> Vec<String> {
    let list = js_sys::Reflect::get(&window(), &"warnings".into()).unwrap();
    js_sys::Array::from(&list)
        .iter()
        .filter_map(|w| w.as_string())
        .collect()
}

/// Records the explainer's events that reach the document.
fn capture_events() {
    js_sys::eval(
        "window.events = []; for (const name of ['ready', 'toggle', 'feedback']) \
         document.addEventListener('nato-ukraine-explainer:' + name, e => window.events.push( \
           name + ' ' + JSON.stringify(e.detail) + (e.bubbles && e.composed ? '' : ' (not bubbling)')));",
    )
    .unwrap();
}

fn events() -> Vec<String> {
    let list = js_sys::Reflect::get(&window(), &"events".into()).unwrap();
    js_sys::Array::from(&list)
        .iter()
        .filter_map(|e| e.as_string())
        .collect()
}

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
