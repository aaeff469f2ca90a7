//! Reaching into a host page's explainers: a JS expression for an element
//! in an explainer's shadow root, real clicks on it through WebDriver, and
//! what the host page's own instrumentation (`host-test.js`) recorded.

use crate::page::{json_str, Page, Step};
use fantoccini::elements::{Element, ElementRef};
use serde_json::Value;

/// JS expression for an element inside an explainer's shadow root.
pub fn inside(host: &str, selector: &str) -> String {
    format!(
        "document.getElementById({}).shadowRoot.querySelector({})",
        json_str(host),
        json_str(selector)
    )
}

/// JS expression: how many requests the page made for files whose path
/// ends in `end` (`.wasm`, `/embed/story.json`), by Resource Timing.
pub fn fetches(end: &str) -> String {
    format!(
        "performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith({})).length",
        json_str(end)
    )
}

/// JS expression: the explainers on these hosts are live and shown (a
/// fresh explainer stays hidden until its stylesheet has loaded).
pub(super) fn live_and_shown(hosts: &[&str]) -> String {
    format!(
        "{}.every(id => {{ const live = document.getElementById(id).shadowRoot?.querySelector('[data-nue-live]'); \
           return live && !live.hidden; }})",
        serde_json::json!(hosts)
    )
}

impl Page<'_> {
    /// Loads a host page and waits for its three explainers.
    pub async fn load_host(&self, url: &str) -> Step {
        self.open(
            url,
            "['plain', 'branded', 'dark'].every(id => { const r = document.getElementById(id).shadowRoot; \
             const c = r && r.querySelector('.nue'); return c && !c.parentElement.hidden; })",
            "three explainers to render, styled",
        )
        .await
    }

    /// A WebDriver element inside a shadow root, for real clicks and keys.
    async fn shadow_element(&self, host: &str, selector: &str) -> Step<Element> {
        let value = self
            .js(&format!("return {};", inside(host, selector)))
            .await?;
        let id = value
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .ok_or_else(|| format!("no `{selector}` in #{host}"))?;
        Ok(Element::from_element_id(
            self.client.clone(),
            ElementRef::from(id.to_owned()),
        ))
    }

    pub async fn shadow_click(&self, host: &str, selector: &str) -> Step {
        let element = self.shadow_element(host, selector).await?;
        element
            .click()
            .await
            .map_err(|e| format!("cannot click `{selector}` in #{host}: {e}"))?;
        self.settle().await
    }

    pub async fn shadow_attr(&self, host: &str, selector: &str, name: &str) -> Step<String> {
        self.js_string(&format!(
            "return {}.getAttribute({});",
            inside(host, selector),
            json_str(name)
        ))
        .await
    }

    pub(super) async fn host_events(&self) -> Step<Vec<Value>> {
        Ok(self
            .js("return hostEvents;")
            .await?
            .as_array()
            .cloned()
            .unwrap_or_default())
    }
}

/// The origin the page loads the explainer from (its loader's script URL).
pub async fn assets_of(page: &Page<'_>) -> Step<String> {
    page.js_string("return new URL(document.querySelector('script[type=module]').src).origin;")
        .await
}

/// Runs `body`, JavaScript that ends by calling `done(result)`, with
/// `mount` from the page's loader and `element`, a new `<div>` at the end of
/// the page's `<main>`; resolves to the result.
pub(super) async fn with_mount(page: &Page<'_>, body: &str, what: &str) -> Step<Value> {
    let script = format!(
        "const done = arguments[arguments.length - 1]; \
         const loader = document.querySelector('script[src$=\"/embed/nato-ukraine-explainer.js\"]').src; \
         import(loader).then(async ({{ mount }}) => {{ \
           const element = document.createElement('div'); document.querySelector('main').append(element); \
           {body} \
         }}, (e) => done(String(e)));"
    );
    page.client
        .execute_async(&script, Vec::new())
        .await
        .map_err(|e| format!("{what}: {e}"))
}
