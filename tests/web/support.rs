//! What the browser tests share: an explainer mounted as a component
//! (`Widget`) or through the embedding API into a shadow root (`Host`),
//! questions both answer, waiting for Leptos to update the DOM, and what the
//! page recorded of warnings and events.

use leptos::prelude::*;
use nato_ukraine_explainer::embed::{mount, ExplainerHandle};
use nato_ukraine_explainer::Explainer;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement};

pub const SECTIONS: [&str; 3] = ["nato-plan", "security-agreement", "sanctions"];

/// Questions asked of a mounted explainer, wherever it is mounted.
pub trait Mounted {
    /// The first element of the explainer that matches `selector`.
    fn find(&self, selector: &str) -> Option<HtmlElement>;

    fn get(&self, selector: &str) -> HtmlElement {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element matches `{selector}`"))
    }

    /// A section button's `aria-expanded`.
    fn expanded(&self, section: &str) -> String {
        self.get(&format!("#{section}-button"))
            .get_attribute("aria-expanded")
            .unwrap()
    }
}

/// A mounted explainer; dropping it unmounts it and removes its container.
pub struct Widget {
    container: HtmlElement,
    handle: Option<Box<dyn std::any::Any>>,
}

impl Drop for Widget {
    fn drop(&mut self) {
        self.handle.take();
        self.container.remove();
    }
}

impl Mounted for Widget {
    fn find(&self, selector: &str) -> Option<HtmlElement> {
        self.container
            .query_selector(selector)
            .unwrap()
            .map(JsCast::unchecked_into)
    }
}

impl Widget {
    pub async fn mount() -> Self {
        let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
        document().body().unwrap().append_child(&container).unwrap();
        // The story's texts, as a page hands them over.
        assert!(nato_ukraine_explainer::embed::use_built_story());
        let handle = leptos::mount::mount_to(container.clone(), || view! { <Explainer/> });
        tick().await;
        Widget {
            container,
            handle: Some(Box::new(handle)),
        }
    }

    pub async fn click(&self, selector: &str) {
        self.get(selector).click();
        tick().await;
    }

    pub fn panel_visible(&self, section: &str) -> bool {
        let panel = self.get(&format!("#{section}-panel"));
        panel.get_attribute("hidden").is_none()
            && is_visible(&panel.query_selector("p").unwrap().unwrap())
    }

    /// The show-all control's label and its `aria-expanded`.
    pub fn show_all(&self) -> (String, String) {
        let control = self.get(".nue-show-all");
        let label = control.text_content().unwrap().trim().to_owned();
        (label, control.get_attribute("aria-expanded").unwrap())
    }
}

/// An element in the page to mount on; removed when dropped.
pub struct Host(pub web_sys::Element);

impl Host {
    pub fn new() -> Self {
        // The story's texts, as the loader hands them over.
        assert!(nato_ukraine_explainer::embed::use_built_story());
        let element = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&element).unwrap();
        Host(element)
    }

    pub fn mount(&self, config: &str) -> ExplainerHandle {
        mount(
            self.0.clone().into(),
            js_sys::eval(&format!("({config})")).unwrap(),
            None,
        )
    }
}

impl Mounted for Host {
    /// An element inside the explainer's shadow root.
    fn find(&self, selector: &str) -> Option<HtmlElement> {
        let root = self.0.shadow_root()?;
        root.query_selector(selector)
            .unwrap()
            .map(JsCast::unchecked_into)
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        self.0.remove();
    }
}

/// Waits one task, so Leptos has applied pending updates to the DOM.
pub async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// `element.checkVisibility()`: false for content skipped by a closed panel.
pub fn is_visible(element: &Element) -> bool {
    let check: js_sys::Function = js_sys::Reflect::get(element, &"checkVisibility".into())
        .unwrap()
        .unchecked_into();
    check.call0(element).unwrap().as_bool().unwrap()
}

/// Records console warnings from here on; `warnings()` reads them.
pub fn capture_warnings() {
    js_sys::eval(
        "window.warnings = []; console.warn = (...args) => window.warnings.push(args.join(' '));",
    )
    .unwrap();
}

pub fn warnings() -> Vec<String> {
    recorded("warnings")
}

/// Records the explainer's events that reach the document.
pub fn capture_events() {
    js_sys::eval(
        "window.events = []; for (const name of ['ready', 'toggle', 'feedback']) \
         document.addEventListener('nato-ukraine-explainer:' + name, e => window.events.push( \
           name + ' ' + JSON.stringify(e.detail) + (e.bubbles && e.composed ? '' : ' (not bubbling)')));",
    )
    .unwrap();
}

pub fn events() -> Vec<String> {
    recorded("events")
}

/// The strings a capture above pushed to `window[list]`.
fn recorded(list: &str) -> Vec<String> {
    let list = js_sys::Reflect::get(&window(), &list.into()).unwrap();
    js_sys::Array::from(&list)
        .iter()
        .filter_map(|entry| entry.as_string())
        .collect()
}
