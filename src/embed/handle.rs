//! The handle `mount()` returns, and the registry that keeps every mounted
//! explainer alive until it is unmounted.

use super::dom::warn;
use super::mount::MOUNTED;
use crate::components::accordion::AccordionContext;
use crate::options::Trigger;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

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

/// What the embedding layer keeps of one mounted explainer.
pub(super) struct Mounted {
    pub host: web_sys::Element,
    /// What was added to the host (its shadow root's children, or a div).
    pub added: Vec<web_sys::Element>,
    pub sections: AccordionContext,
    /// Dropping it unmounts the Leptos tree and frees its reactive state.
    pub _view: Box<dyn std::any::Any>,
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
}

impl ExplainerHandle {
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

    /// A handle to nothing, for a mount that did not happen.
    pub(super) fn empty() -> Self {
        ExplainerHandle {
            inner: Rc::new(RefCell::new(None)),
        }
    }

    /// Registers a mounted explainer, which lives until `unmount()`.
    pub(super) fn register(mounted: Mounted) -> Self {
        let inner = Rc::new(RefCell::new(Some(mounted)));
        MOUNTED_EXPLAINERS.with_borrow_mut(|all| all.push(inner.clone()));
        ExplainerHandle { inner }
    }
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
