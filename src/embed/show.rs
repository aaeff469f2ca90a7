//! Putting an explainer on screen: hydrating prerendered HTML when its stamp
//! allows, rendering afresh otherwise.

use super::dom::{append_div, element_children, warn};
use super::stamp;
use crate::components::accordion::AccordionContext;
use crate::options::{Config, HostEvents};
use crate::story::{STORY, STORY_FINGERPRINT};
use crate::Explainer;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Set on the element holding a running explainer: the CSS shows the
/// controls that need the WebAssembly only below it, and the script that
/// opens sections before the WebAssembly runs (embed/enhance.js) steps aside.
const LIVE: &str = "data-nue-live";

/// An explainer on screen, and what the embedding layer keeps of it.
pub(super) struct Shown {
    /// Dropping it unmounts the Leptos tree and frees its reactive state.
    pub view: Box<dyn std::any::Any>,
    pub sections: AccordionContext,
    /// The element holding the explainer.
    pub container: web_sys::Element,
}

/// Shows the explainer in `parent`. Prerendered HTML there is taken over
/// (hydrated) when its stamp says it was rendered from this version, story
/// and options and is intact; otherwise it is replaced by a fresh render,
/// and the console says why. Hydrating anything else would panic.
pub(super) fn show(parent: &web_sys::Node, config: Config, events: HostEvents) -> Option<Shown> {
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
    config: Config,
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
/// leaving out Leptos's `hydrate` feature keeps its code out of the WebAssembly.
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
fn is_intact(prerendered: &web_sys::Element, config: &Config) -> bool {
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
