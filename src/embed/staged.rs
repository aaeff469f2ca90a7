//! Putting the explainer's three parts (opening, sections, closing) on
//! screen, the same parts made by the same code whether they are rendered
//! afresh or taken over from prerendered HTML.
//!
//! Prerendered HTML is taken over one part per task, so that no task holds
//! the main thread long on a slow phone: the opening at once, then the
//! closing, then the sections. Until the sections are taken over,
//! embed/enhance.js keeps their headers working; they go last so that its
//! work and theirs never overlap. A fresh render has nothing on screen to
//! keep working, and makes all three at once.

use crate::components::accordion::AccordionContext;
use crate::components::ExplainerParts;
use leptos::prelude::*;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::{Mountable, PositionState, RenderHtml};
use std::any::Any;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// An explainer on screen. Dropping it stops the parts not yet taken over
/// and frees the state of those that are there; their nodes leave with the
/// element that holds them, which the embedding layer removes.
pub(super) struct Staged {
    parts: Rc<RefCell<Vec<Box<dyn Any>>>>,
    _owner: Owner,
}

impl Drop for Staged {
    fn drop(&mut self) {
        // Parts first, while their owner still holds their reactive state.
        self.parts.borrow_mut().clear();
    }
}

/// Where a part goes: taken over at a cursor, or made and put into an element.
enum Place<'a> {
    // Native builds only render afresh.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    Prerendered(&'a Cursor, &'a PositionState),
    Fresh(&'a web_sys::Element),
}

/// What every part needs, shared by the tasks that show them.
#[derive(Clone)]
struct Parts {
    owner: Owner,
    view: ExplainerParts,
    /// The edition's table, shown again for each part: between the tasks
    /// of a takeover another explainer may show another edition.
    table: &'static [String],
    shown: Weak<RefCell<Vec<Box<dyn Any>>>>,
}

impl Parts {
    /// Makes a part with `make` and puts it in `place`, both in the
    /// explainer's owner, whose context its components read; false once the
    /// explainer has been unmounted.
    fn show<V>(&self, make: impl FnOnce(&ExplainerParts) -> V, place: Place) -> bool
    where
        V: RenderHtml,
        V::State: 'static,
    {
        let Some(shown) = self.shown.upgrade() else {
            return false;
        };
        crate::story::show_held(self.table);
        let state = self.owner.with(|| {
            let view = make(&self.view);
            match place {
                Place::Prerendered(cursor, position) => view.hydrate::<true>(cursor, position),
                Place::Fresh(parent) => {
                    let mut state = view.build();
                    state.mount(parent, None);
                    state
                }
            }
        });
        shown.borrow_mut().push(Box::new(state));
        true
    }
}

/// Shows the explainer `make` gives in `container`, in `owner`: taken over
/// from the prerendered `<article>` there, or rendered afresh into it.
/// `live` runs once the sections work, in the task that made them; before
/// taking over prerendered sections, `before_sections` reads what the reader
/// did to them meanwhile.
pub(super) fn show_parts(
    owner: Owner,
    container: &web_sys::Element,
    prerendered: Option<web_sys::Element>,
    make: impl FnOnce() -> ExplainerParts,
    before_sections: impl FnOnce(AccordionContext) + 'static,
    intact: impl Fn() -> bool + 'static,
    live: impl FnOnce() + 'static,
) -> Staged {
    // The owner's effects and tasks run on wasm-bindgen's executor, as
    // Leptos's own mounting sets it up (`Err`: already set).
    #[cfg(feature = "hydrate")]
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let shown = Rc::new(RefCell::new(Vec::new()));
    let parts = Parts {
        table: crate::story::shown(),
        view: owner.with(make),
        owner: owner.clone(),
        shown: Rc::downgrade(&shown),
    };
    match prerendered {
        #[cfg(feature = "hydrate")]
        Some(article) => take_over(parts, article, before_sections, intact, live),
        // Native builds cannot hydrate; they never reach this in a browser.
        _ => {
            drop((before_sections, intact));
            render_afresh(&parts, container, live);
        }
    }
    Staged {
        parts: shown,
        _owner: owner,
    }
}

/// The article and its three parts in reading order, all in this task.
fn render_afresh(parts: &Parts, container: &web_sys::Element, live: impl FnOnce()) {
    if !parts.show(|view| view.article(()), Place::Fresh(container)) {
        return;
    }
    let Some(article) = container.last_element_child() else {
        return;
    };
    parts.show(ExplainerParts::opening, Place::Fresh(&article));
    parts.show(ExplainerParts::sections, Place::Fresh(&article));
    parts.show(ExplainerParts::closing, Place::Fresh(&article));
    live();
}

/// The prerendered `article`'s parts, one per task: the opening, the
/// closing (from the sections' element on), then the sections. Each later
/// task first asks whether the HTML is still `intact`; if a host script has
/// changed it meanwhile, the takeover stops there, says so, and what is not
/// taken over stays as it is, its headers working through enhance.js.
#[cfg(feature = "hydrate")]
fn take_over(
    parts: Parts,
    article: web_sys::Element,
    before_sections: impl FnOnce(AccordionContext) + 'static,
    intact: impl Fn() -> bool + 'static,
    live: impl FnOnce() + 'static,
) {
    use gloo::timers::callback::Timeout;
    use leptos::tachys::view::Position;
    let cursor = Cursor::new(article.clone());
    let position = PositionState::new(Position::FirstChild);
    parts.show(
        ExplainerParts::opening,
        Place::Prerendered(&cursor, &position),
    );
    // Each next part in a task of its own, after the browser has had its turn.
    let changed = || {
        super::dom::warn("nato-ukraine-explainer: the prerendered HTML was changed while the WebAssembly took it over; the rest stays as it is");
    };
    Timeout::new(0, move || {
        if !intact() {
            return changed();
        }
        if let Ok(Some(sections)) = article.query_selector(":scope > .nue-accordion") {
            let (after, next) = (
                Cursor::new(sections),
                PositionState::new(Position::NextChild),
            );
            if !parts.show(ExplainerParts::closing, Place::Prerendered(&after, &next)) {
                return;
            }
        }
        Timeout::new(0, move || {
            if !intact() {
                return changed();
            }
            before_sections(parts.view.context());
            if parts.show(
                ExplainerParts::sections,
                Place::Prerendered(&cursor, &position),
            ) {
                live();
            }
        })
        .forget();
    })
    .forget();
}
