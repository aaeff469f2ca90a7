//! Putting an explainer on screen: hydrating prerendered HTML when its stamp
//! allows, rendering afresh otherwise.

use super::dom::{append_div, element_children, warn};
use super::stamp;
use crate::components::accordion::AccordionContext;
use crate::components::ExplainerParts;
use crate::options::{Config, HostEvents};
use crate::story::{STORY, STORY_FINGERPRINT};
use leptos::prelude::*;
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
/// `events` hears `ready` once the sections work: at once for a fresh
/// render, a few tasks later for prerendered HTML (src/embed/staged.rs).
pub(super) fn show(parent: &web_sys::Node, config: Config, events: HostEvents) -> Option<Shown> {
    let prerendered = element_children(parent).find(|child| child.has_attribute(stamp::ATTRIBUTE));
    // The nodes of prerendered HTML that may be hydrated; none otherwise.
    let intact = prerendered
        .as_ref()
        .and_then(|found| intact_nodes(found, &config));
    let container = match (prerendered, intact) {
        (Some(found), Some(_)) => found,
        (Some(stale), None) => {
            warn("nato-ukraine-explainer: the prerendered HTML was made for another version, story or options, or was changed since; rendering afresh");
            let fresh = document().create_element("div").ok()?;
            stale.replace_with_with_node_1(&fresh).ok()?;
            fresh
        }
        (None, _) => append_div(parent)?,
    };
    // The sections' state lives as long as the explainer: in its owner.
    let owner = Owner::new();
    let sections = owner.with(|| AccordionContext::for_sections(&STORY.sections, events.clone()));
    let (live, ready) = (container.clone(), events.clone());
    let view = super::staged::show_parts(
        owner,
        &container,
        intact.and_then(|_| container.first_element_child()),
        move || ExplainerParts::new(&STORY, config, sections, events),
        // What the reader opened or closed before (embed/enhance.js).
        restore_toggled(container.clone()),
        still_intact(container.clone(), intact),
        move || {
            _ = live.set_attribute(LIVE, "");
            ready.ready();
        },
    );
    let view: Box<dyn std::any::Any> = Box::new(view);
    Some(Shown {
        view,
        sections,
        container,
    })
}

/// Sets each section open or closed as the prerendered HTML in `container`
/// shows it, which the reader may have changed before the WebAssembly ran.
fn restore_toggled(container: web_sys::Element) -> impl FnOnce(AccordionContext) {
    move |sections| each_shown(&container, |id, open| sections.restore(id, open))
}

/// Each section in `container`, and whether the page shows it open: the
/// truth until a takeover is over, as enhance.js may toggle sections.
pub(super) fn each_shown(container: &web_sys::Element, mut section: impl FnMut(&str, bool)) {
    let Ok(found) = container.query_selector_all(".nue-section") else {
        return;
    };
    for i in 0..found.length() {
        if let Some(shown) = found
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            section(
                &shown.id(),
                shown.class_list().contains("nue-section--open"),
            );
        }
    }
}

/// The nodes `prerendered` was rendered with, if it can be hydrated with
/// `config`: its stamp matches and it still has them all.
fn intact_nodes(prerendered: &web_sys::Element, config: &Config) -> Option<usize> {
    prerendered
        .get_attribute(stamp::ATTRIBUTE)
        .and_then(|stamp| stamp::stamped_nodes(&stamp, STORY_FINGERPRINT, config))
        .filter(|&nodes| nodes == count_nodes(prerendered))
}

/// Whether `container` still has the `nodes` it was stamped with, asked
/// between the tasks of a takeover: a host script may change the HTML
/// meanwhile, and hydrating changed HTML would panic.
fn still_intact(container: web_sys::Element, nodes: Option<usize>) -> impl Fn() -> bool {
    move || nodes == Some(count_nodes(&container))
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
