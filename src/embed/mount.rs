//! Mounting explainers into host pages: `mount(element, config)` and the
//! placeholder scan. Nothing here throws into the host page or panics: bad
//! input becomes a console warning and a default.

use super::dom::warn;
use super::handle::{ExplainerHandle, Mounted};
use super::js_config::entries_from_js;
use super::shadow;
use super::show::show;
use super::story_data::show_story_for;
use crate::options::{self as config, HostEvents, Raw};
use crate::story::STORY;
use leptos::prelude::document;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Set on a host element while an explainer is mounted on it.
pub(super) const MOUNTED: &str = "data-nato-ukraine-explainer-mounted";
/// Without the story's texts nothing can be rendered: the loader fetches
/// them unless prerendered HTML carries them.
pub(super) const NO_STORY: &str =
    "nato-ukraine-explainer: no texts of this version's story were found; nothing was mounted";

/// `mount(element, config)`: one explainer on `element`, with `config` a
/// plain object (docs/embedding.md lists its keys) and `stylesheet` the
/// loader's default for the `stylesheet` key.
#[wasm_bindgen(js_name = mount)]
pub fn mount(element: JsValue, config: JsValue, stylesheet: Option<String>) -> ExplainerHandle {
    let Ok(host) = element.dyn_into::<web_sys::Element>() else {
        warn("nato-ukraine-explainer: mount() needs an element as its first argument; nothing was mounted");
        return ExplainerHandle::empty();
    };
    let pages = stylesheet.as_deref().and_then(folder_of);
    let mut entries: Vec<(String, Raw)> = stylesheet
        .map(|href| ("stylesheet".to_owned(), Raw::Text(href)))
        .into_iter()
        .collect();
    let (given, warnings) = entries_from_js(&config);
    warnings.iter().for_each(|w| warn(&w.text()));
    entries.extend(given);
    mount_on(host, &entries, pages)
}

/// The folder of the built files, where the loader's default stylesheet
/// is: the first edition's page is there, each other's in a folder below.
fn folder_of(stylesheet: &str) -> Option<String> {
    // Bytes, not chars: the address is ASCII up to its last slash, and a
    // char search costs every reader more code.
    let end = stylesheet.bytes().rposition(|b| b == b'/')? + 1;
    stylesheet.get(..end).map(str::to_owned)
}

/// Mounts an explainer on every `[data-nato-ukraine-explainer]` element not
/// mounted yet, reading its `data-*` options; `stylesheet` is the default
/// stylesheet URL. Returns the handles in document order, as a JavaScript
/// array: cheaper to hand over than a Rust `Vec`.
#[wasm_bindgen(js_name = mountPlaceholders)]
pub fn mount_placeholders(stylesheet: String) -> js_sys::Array {
    // Placeholders (`data-nato-ukraine-explainer`) without an explainer
    // (MOUNTED), spelled out: a `format!` here costs every reader bytes.
    const UNMOUNTED: &str =
        "[data-nato-ukraine-explainer]:not([data-nato-ukraine-explainer-mounted])";
    let Ok(found) = document().query_selector_all(UNMOUNTED) else {
        return js_sys::Array::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|host| {
            let mut entries = vec![("stylesheet".to_owned(), Raw::Text(stylesheet.clone()))];
            // Only the attributes that are options are read: listing all of
            // the element's would cost every reader the code to do it.
            let attributes: Vec<(&str, String)> = config::ATTRIBUTES
                .iter()
                .filter_map(|(name, _)| Some((*name, host.get_attribute(name)?)))
                .collect();
            entries.extend(config::from_attributes(
                attributes.iter().map(|(n, v)| (*n, v.as_str())),
            ));
            JsValue::from(mount_on(host, &entries, folder_of(&stylesheet)))
        })
        .collect()
}

/// One explainer on `host`, in its own shadow root, with these options and
/// its links between editions to the `pages`.
fn mount_on(
    host: web_sys::Element,
    entries: &[(String, Raw)],
    pages: Option<String>,
) -> ExplainerHandle {
    if host.has_attribute(MOUNTED) {
        warn("nato-ukraine-explainer: this element already holds an explainer; unmount it first");
        return ExplainerHandle::empty();
    }
    // Beside prerendered HTML in a declarative shadow root, or fetched: in
    // the edition the host's `lang` names, if there is one.
    let shadow = host.shadow_root();
    let lang = entries.iter().rev().find_map(|(key, value)| match value {
        Raw::Text(lang) if key == "lang" => Some(lang.as_str()),
        _ => None,
    });
    if !show_story_for(shadow.as_ref().map(|root| root.as_ref()), lang) {
        warn(NO_STORY);
        return ExplainerHandle::empty();
    }
    let (mut config, warnings) = config::read(&STORY, entries);
    warnings.iter().for_each(|w| warn(&w.text()));
    config.pages = pages;

    let root = shadow::prepare(&host, config.stylesheet.as_deref());
    let events = HostEvents::new(host.clone().into());
    // Ready once its sections work: at once, or after the staged takeover;
    // the host is marked as holding an explainer before either.
    _ = host.set_attribute(MOUNTED, "");
    let Some(shown) = show(&root.node, config, events) else {
        _ = host.remove_attribute(MOUNTED);
        return ExplainerHandle::empty();
    };
    if let Some(link) = &root.new_link {
        shadow::hide_until_loaded(&shown.container, link);
    }
    let mut added = root.styles;
    added.push(shown.container);
    ExplainerHandle::register(Mounted {
        host,
        added,
        sections: shown.sections,
        _view: shown.view,
    })
}
