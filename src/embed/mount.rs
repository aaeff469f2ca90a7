//! Mounting explainers into host pages. Nothing here throws into the host
//! page or panics: bad input becomes a console warning and a default.

use super::stamp;
use crate::components::accordion::AccordionContext;
use crate::options::{self as config, HostEvents, Raw, Trigger, Warning};
use crate::story::{STORY, STORY_FINGERPRINT};
use crate::Explainer;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Set on a host element while an explainer is mounted on it.
const MOUNTED: &str = "data-nato-ukraine-explainer-mounted";
/// The standalone page's mount point (`index.html`).
const PAGE_ROOT: &str = "nato-ukraine-explainer-page";
/// Set on the element holding a running explainer: the CSS shows the
/// controls that need the WebAssembly only below it, and the script that
/// opens sections before the WebAssembly runs (embed/enhance.js) steps aside.
const LIVE: &str = "data-nue-live";

/// A mounted explainer, returned to the host page by `mount`. The explainer
/// stays mounted when the page drops its handle (JavaScript may collect it at
/// any time); only `unmount()` removes it.
#[wasm_bindgen]
pub struct ExplainerHandle {
    inner: Rc<RefCell<Option<Mounted>>>,
}

thread_local! {
    /// Every explainer mounted on this page, kept alive until `unmount()`.
    static MOUNTED_EXPLAINERS: RefCell<Vec<Rc<RefCell<Option<Mounted>>>>> = const { RefCell::new(Vec::new()) };
}

struct Mounted {
    host: web_sys::Element,
    /// What was added to the host (its shadow root's children, or a div).
    added: Vec<web_sys::Element>,
    sections: AccordionContext,
    /// Dropping it unmounts the Leptos tree and frees its reactive state.
    _view: Box<dyn std::any::Any>,
}

#[wasm_bindgen]
impl ExplainerHandle {
    /// Opens the section with this id; false if there is no such section,
    /// the explainer is no longer mounted, or `id` is not a string (which
    /// also warns: a host page's mistake never throws).
    pub fn open(&self, id: JsValue) -> bool {
        self.set(&id, true)
    }

    /// Closes the section with this id; false as for `open`.
    pub fn close(&self, id: JsValue) -> bool {
        self.set(&id, false)
    }

    /// Removes the explainer and everything it added to the host element.
    pub fn unmount(&self) {
        MOUNTED_EXPLAINERS.with_borrow_mut(|all| all.retain(|m| !Rc::ptr_eq(m, &self.inner)));
        if let Some(mounted) = self.inner.borrow_mut().take() {
            for element in &mounted.added {
                element.remove();
            }
            _ = mounted.host.remove_attribute(MOUNTED);
        }
    }

    fn set(&self, id: &JsValue, open: bool) -> bool {
        let Some(id) = id.as_string() else {
            warn(if open {
                "nato-ukraine-explainer: open() takes a section id, a string; nothing was opened"
            } else {
                "nato-ukraine-explainer: close() takes a section id, a string; nothing was closed"
            });
            return false;
        };
        let sections = self.inner.borrow().as_ref().map(|mounted| mounted.sections);
        sections.is_some_and(|sections| sections.set_by_id(&id, open, Trigger::Api))
    }

    fn empty() -> Self {
        ExplainerHandle {
            inner: Rc::new(RefCell::new(None)),
        }
    }
}

/// `mount(element, config)`: one explainer on `element`, with `config` a
/// plain object (see the README's "Embedding" chapter for its keys) and
/// `stylesheet` the loader's default for the `stylesheet` key.
#[wasm_bindgen(js_name = mount)]
pub fn mount(element: JsValue, config: JsValue, stylesheet: Option<String>) -> ExplainerHandle {
    let Ok(host) = element.dyn_into::<web_sys::Element>() else {
        warn("nato-ukraine-explainer: mount() needs an element as its first argument; nothing was mounted");
        return ExplainerHandle::empty();
    };
    let mut entries: Vec<(String, Raw)> = stylesheet
        .map(|href| ("stylesheet".to_owned(), Raw::Text(href)))
        .into_iter()
        .collect();
    let (given, warnings) = entries_from_js(&config);
    warnings.iter().for_each(|w| warn(&w.to_string()));
    entries.extend(given);
    mount_on(host, &entries)
}

/// Mounts an explainer on every `[data-nato-ukraine-explainer]` element not
/// mounted yet, reading its `data-*` options; `stylesheet` is the default
/// stylesheet URL. Returns the handles in document order.
#[wasm_bindgen(js_name = mountPlaceholders)]
pub fn mount_placeholders(stylesheet: String) -> Vec<ExplainerHandle> {
    // Placeholders (`data-nato-ukraine-explainer`) without an explainer
    // (MOUNTED), spelled out: a `format!` here costs every reader bytes.
    const UNMOUNTED: &str =
        "[data-nato-ukraine-explainer]:not([data-nato-ukraine-explainer-mounted])";
    let Ok(found) = document().query_selector_all(UNMOUNTED) else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|host| {
            let mut entries = vec![("stylesheet".to_owned(), Raw::Text(stylesheet.clone()))];
            let names = host.get_attribute_names();
            let attributes: Vec<(String, String)> = names
                .iter()
                .filter_map(|name| name.as_string())
                .filter_map(|name| host.get_attribute(&name).map(|value| (name, value)))
                .collect();
            entries.extend(config::from_attributes(
                attributes.iter().map(|(n, v)| (n.as_str(), v.as_str())),
            ));
            mount_on(host, &entries)
        })
        .collect()
}

/// Unmounts every explainer whose host element has left the document, as
/// when a news site or a single-page app swaps its article out, and frees
/// its state. An element moved elsewhere in the page is still connected
/// when this runs (the loader calls it after the page's changes), so it
/// keeps its explainer. Returns how many were unmounted.
#[wasm_bindgen(js_name = unmountDetached)]
pub fn unmount_detached() -> usize {
    let detached: Vec<_> = MOUNTED_EXPLAINERS.with_borrow(|all| {
        all.iter()
            .filter(|m| m.borrow().as_ref().is_some_and(|m| !m.host.is_connected()))
            .cloned()
            .collect()
    });
    for inner in &detached {
        ExplainerHandle {
            inner: inner.clone(),
        }
        .unmount();
    }
    detached.len()
}

/// The standalone page (`index.html`): the explainer in the page's own
/// `<main>`, styled by the page's stylesheet, its title the page's `<h1>`.
pub fn mount_standalone_page() {
    let Some(page) = document().get_element_by_id(PAGE_ROOT) else {
        return;
    };
    let mut config = config::Config::defaults(&STORY);
    config.heading_level = 1;
    if let Some(shown) = show(&page, config, HostEvents::default()) {
        std::mem::forget(shown.view);
    }
}

/// An explainer on screen, and what the embedding layer keeps of it.
struct Shown {
    /// Dropping it unmounts the Leptos tree and frees its reactive state.
    view: Box<dyn std::any::Any>,
    sections: AccordionContext,
    /// The element holding the explainer.
    container: web_sys::Element,
}

/// Shows the explainer in `parent`. Prerendered HTML there is taken over
/// (hydrated) when its stamp says it was rendered from this version, story
/// and options and is intact; otherwise it is replaced by a fresh render,
/// and the console says why. Hydrating anything else would panic.
fn show(parent: &web_sys::Node, config: config::Config, events: HostEvents) -> Option<Shown> {
    let prerendered = element_children(parent).find(|child| child.has_attribute(stamp::ATTRIBUTE));
    let (container, hydrate) = match prerendered {
        Some(found) if is_intact(&found, &config) => (found, true),
        Some(stale) => {
            warn("nato-ukraine-explainer: the prerendered HTML was made for another version, story or options, or was changed since; rendering afresh");
            let fresh = document().create_element("div").ok()?;
            stale.replace_with_with_node_1(&fresh).ok()?;
            (fresh, false)
        }
        None => (append_div(parent)?, false),
    };
    // What the reader opened or closed before the WebAssembly ran (embed/enhance.js).
    let toggled = hydrate.then(|| toggled_sections(&container));
    let (view, sections) = render(container.clone().unchecked_into(), config, events, hydrate)?;
    for (id, open) in toggled.into_iter().flatten() {
        sections.restore(&id, open);
    }
    _ = container.set_attribute(LIVE, "");
    Some(Shown {
        view,
        sections,
        container,
    })
}

/// Renders the explainer into `container`, or hydrates the prerendered
/// explainer in it; one closure for both keeps one copy of the view code.
fn render(
    container: web_sys::HtmlElement,
    config: config::Config,
    events: HostEvents,
    hydrate: bool,
) -> Option<(Box<dyn std::any::Any>, AccordionContext)> {
    let sections = Rc::new(RefCell::new(None));
    let slot = sections.clone();
    let app = move || {
        let context = AccordionContext::for_sections(&STORY.sections, events.clone());
        *slot.borrow_mut() = Some(context);
        view! { <Explainer config sections=context events/> }
    };
    let view: Box<dyn std::any::Any> = match hydrate {
        // Native builds have no hydration; they never reach this in a browser.
        #[cfg(feature = "hydrate")]
        true => hydrate_view(container, app),
        _ => Box::new(leptos::mount::mount_to(container, app)),
    };
    let context = sections.borrow_mut().take()?;
    Some((view, context))
}

/// Takes over the prerendered HTML in `container` with the view `app`
/// makes. This is Leptos's `hydrate_from` without its shared context, which
/// carries server data (resources, suspense) that the explainer has none of;
/// leaving out Leptos's `hydrate` feature saves its code in the WebAssembly.
#[cfg(feature = "hydrate")]
fn hydrate_view<N>(
    container: web_sys::HtmlElement,
    app: impl FnOnce() -> N,
) -> Box<dyn std::any::Any>
where
    N: IntoView,
    N::State: 'static,
{
    use leptos::tachys::hydration::Cursor;
    use leptos::tachys::view::{Mountable, PositionState, RenderHtml};

    /// Unmounts the view when dropped, as Leptos's `UnmountHandle` does.
    struct Hydrated<M: Mountable> {
        _owner: Owner,
        view: M,
    }
    impl<M: Mountable> Drop for Hydrated<M> {
        fn drop(&mut self) {
            self.view.unmount();
        }
    }

    // Effects and tasks run on wasm-bindgen's executor (`Err`: already set).
    _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let cursor = Cursor::new(container.unchecked_into());
    let view = owner.with(|| {
        app()
            .into_view()
            .hydrate::<true>(&cursor, &PositionState::default())
    });
    Box::new(Hydrated {
        _owner: owner,
        view,
    })
}

/// Whether `prerendered` can be hydrated with `config`: its stamp matches and
/// it still has the nodes it was rendered with.
fn is_intact(prerendered: &web_sys::Element, config: &config::Config) -> bool {
    prerendered
        .get_attribute(stamp::ATTRIBUTE)
        .and_then(|stamp| stamp::stamped_nodes(&stamp, STORY_FINGERPRINT, config))
        .is_some_and(|nodes| nodes == count_nodes(prerendered))
}

/// Nodes below `node`: elements, text and comments, as the stamp counts them.
fn count_nodes(node: &web_sys::Node) -> usize {
    let mut count = 0;
    let mut child = node.first_child();
    while let Some(current) = child {
        count += 1 + count_nodes(&current);
        child = current.next_sibling();
    }
    count
}

/// Each section's id and whether the prerendered HTML shows it open.
fn toggled_sections(container: &web_sys::Element) -> Vec<(String, bool)> {
    let Ok(found) = container.query_selector_all(".nue-section") else {
        return Vec::new();
    };
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|section| {
            (
                section.id(),
                section.class_list().contains("nue-section--open"),
            )
        })
        .collect()
}

fn element_children(parent: &web_sys::Node) -> impl Iterator<Item = web_sys::Element> {
    let mut child = parent.first_child();
    std::iter::from_fn(move || {
        let current = child.take()?;
        child = current.next_sibling();
        Some(current)
    })
    .filter_map(|node| node.dyn_into().ok())
}

fn append_div(parent: &web_sys::Node) -> Option<web_sys::Element> {
    let div = document().create_element("div").ok()?;
    parent.append_child(&div).ok()?;
    Some(div)
}

fn mount_on(host: web_sys::Element, entries: &[(String, Raw)]) -> ExplainerHandle {
    if host.has_attribute(MOUNTED) {
        warn("nato-ukraine-explainer: this element already holds an explainer; unmount it first");
        return ExplainerHandle::empty();
    }
    let (config, warnings) = config::read(&STORY, entries);
    warnings.iter().for_each(|w| warn(&w.to_string()));

    // A shadow root keeps host CSS out and widget CSS in. A root that is
    // already there (declarative, with a prerendered explainer) is reused.
    let root: web_sys::Node = match host.shadow_root() {
        Some(root) => root.into(),
        None => {
            match host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)) {
                Ok(root) => root.into(),
                Err(_) => {
                    warn("nato-ukraine-explainer: this element cannot hold a shadow root; the host page's CSS may restyle the explainer");
                    host.clone().into()
                }
            }
        }
    };
    // A prerendered shadow root brings its own stylesheet.
    let prerendered_link = element_children(&root).find(|child| {
        child.tag_name().eq_ignore_ascii_case("link")
            && child.get_attribute("rel").as_deref() == Some("stylesheet")
    });
    // It follows the `stylesheet` option where that names another file
    // (both URLs as the browser resolves them).
    if let (Some(link), Some(wanted)) = (&prerendered_link, config.stylesheet.as_deref()) {
        let link: &web_sys::HtmlLinkElement = link.unchecked_ref();
        if stylesheet_link(wanted).is_some_and(|probe| probe.href() != link.href()) {
            link.set_href(wanted);
        }
    }
    // The iframe's page carries the stylesheet inline instead (its own
    // policy allows that style by hash): the explainer then needs no link.
    let inline_style =
        element_children(&root).find(|child| child.tag_name().eq_ignore_ascii_case("style"));
    let mut added: Vec<web_sys::Element> =
        prerendered_link.into_iter().chain(inline_style).collect();
    let new_link = match added.is_empty() {
        true => config.stylesheet.as_deref().and_then(stylesheet_link),
        false => None,
    };
    if let Some(link) = &new_link {
        _ = root.append_child(link);
        added.push(link.clone().into());
    }

    let events = HostEvents::new(host.clone().into());
    let Some(shown) = show(&root, config, events.clone()) else {
        return ExplainerHandle::empty();
    };
    if let Some(link) = &new_link {
        hide_until_loaded(&shown.container, link);
    }
    added.push(shown.container);
    _ = host.set_attribute(MOUNTED, "");
    events.ready();
    let inner = Rc::new(RefCell::new(Some(Mounted {
        host,
        added,
        sections: shown.sections,
        _view: shown.view,
    })));
    MOUNTED_EXPLAINERS.with_borrow_mut(|all| all.push(inner.clone()));
    ExplainerHandle { inner }
}

/// `<link rel="stylesheet">` for the shadow root.
fn stylesheet_link(href: &str) -> Option<web_sys::HtmlLinkElement> {
    let link: web_sys::HtmlLinkElement = document().create_element("link").ok()?.unchecked_into();
    link.set_rel("stylesheet");
    link.set_href(href);
    Some(link)
}

/// Keeps the container hidden until the stylesheet has loaded (or failed),
/// so the reader never sees the explainer unstyled.
fn hide_until_loaded(container: &web_sys::Element, link: &web_sys::HtmlLinkElement) {
    _ = container.set_attribute("hidden", "");
    let container = container.clone();
    let reveal = Closure::once_into_js(move || container.remove_attribute("hidden"));
    link.set_onload(Some(reveal.unchecked_ref()));
    link.set_onerror(Some(reveal.unchecked_ref()));
}

/// Reads a JS config object key by key, so one unreadable value costs only
/// that key. Property access goes through `Reflect`, which cannot throw
/// into Rust even for getters that throw.
///
/// Values are converted with js-sys rather than serde-wasm-bindgen: its
/// deserializer was measured at 9 KB more brotli WebAssembly, because serde's
/// error messages bring float formatting along.
fn entries_from_js(config: &JsValue) -> (Vec<(String, Raw)>, Vec<Warning>) {
    let mut entries = Vec::new();
    let mut warnings = Vec::new();
    if config.is_undefined() || config.is_null() {
        return (entries, warnings);
    }
    if !config.is_object() {
        warnings.push(Warning {
            key: "(config)".to_owned(),
            message: "expected an object; using the defaults".to_owned(),
        });
        return (entries, warnings);
    }
    let keys = js_sys::Reflect::own_keys(config).unwrap_or_default();
    for key in keys.iter() {
        let Some(name) = key.as_string() else {
            continue;
        };
        match js_sys::Reflect::get(config, &key) {
            Ok(value) => entries.push((name, raw(&value, 0))),
            Err(_) => warnings.push(Warning {
                message: "could not be read; using the default".to_owned(),
                key: name,
            }),
        }
    }
    (entries, warnings)
}

/// A JS value as loose config data; nesting stops at a few levels, since no
/// option is deeper than an object of labels.
fn raw(value: &JsValue, depth: u8) -> Raw {
    if let Some(text) = value.as_string() {
        Raw::Text(text)
    } else if let Some(flag) = value.as_bool() {
        Raw::Bool(flag)
    } else if let Some(number) = value.as_f64() {
        Raw::Number(number)
    } else if depth > 3 || value.is_null() || value.is_undefined() || value.is_function() {
        Raw::Null
    } else if js_sys::Array::is_array(value) {
        let items = js_sys::Array::from(value);
        Raw::List(items.iter().map(|item| raw(&item, depth + 1)).collect())
    } else if value.is_object() {
        let keys = js_sys::Reflect::own_keys(value).unwrap_or_default();
        Raw::Map(
            keys.iter()
                .filter_map(|key| {
                    let item = js_sys::Reflect::get(value, &key).ok()?;
                    Some((key.as_string()?, raw(&item, depth + 1)))
                })
                .collect(),
        )
    } else {
        Raw::Null
    }
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}
