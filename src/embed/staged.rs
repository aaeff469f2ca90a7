//! Taking over prerendered HTML one part at a time, each in its own task,
//! so that no task holds the main thread long on a slow phone: the opening
//! now, then the closing, then the sections. Until the sections are taken
//! over, embed/enhance.js keeps their headers working; the sections go last
//! so that its work and theirs never overlap.

use crate::components::accordion::AccordionContext;
use crate::components::ExplainerParts;
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::{Mountable, Position, PositionState, RenderHtml};
use std::any::Any;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A part taken over, unmounted when dropped, as Leptos's `UnmountHandle` does.
struct Part<M: Mountable>(M);

impl<M: Mountable> Drop for Part<M> {
    fn drop(&mut self) {
        self.0.unmount();
    }
}

/// An explainer taken over part by part. Dropping it stops the parts not
/// yet taken over, unmounts those that were and frees their reactive state.
pub(super) struct Staged {
    parts: Rc<RefCell<Vec<Box<dyn Any>>>>,
    _owner: Owner,
}

/// Everything one stage needs, shared by the stages.
#[derive(Clone)]
struct Stage {
    owner: Owner,
    view: ExplainerParts,
    /// Walks the article's children in order: the opening, then the sections.
    cursor: Cursor,
    position: PositionState,
    parts: Weak<RefCell<Vec<Box<dyn Any>>>>,
}

impl Stage {
    /// Makes a part with `make` and takes it over at `cursor`, both in the
    /// explainer's owner, whose context its components read; false once the
    /// explainer has been unmounted.
    fn take_over<V>(
        &self,
        make: impl FnOnce(&ExplainerParts) -> V,
        cursor: &Cursor,
        position: &PositionState,
    ) -> bool
    where
        V: RenderHtml,
        V::State: 'static,
    {
        let Some(parts) = self.parts.upgrade() else {
            return false;
        };
        let state = self
            .owner
            .with(|| make(&self.view).hydrate::<true>(cursor, position));
        parts.borrow_mut().push(Box::new(Part(state)));
        true
    }

    /// Runs `next` in a task of its own, after the browser has had its turn.
    fn then(self, next: impl FnOnce(Stage) + 'static) {
        Timeout::new(0, move || next(self)).forget();
    }
}

/// Takes over the prerendered `article` in `owner`: its opening now, the
/// rest in later tasks. `sections_ready` runs once the sections are live, in the same task,
/// after `before_sections` has read what the reader did to them meanwhile.
pub(super) fn take_over(
    owner: Owner,
    article: web_sys::Element,
    make: impl FnOnce() -> ExplainerParts,
    before_sections: impl FnOnce(AccordionContext) + 'static,
    sections_ready: impl FnOnce() + 'static,
) -> Staged {
    let view = owner.with(make);
    let parts = Rc::new(RefCell::new(Vec::new()));
    let stage = Stage {
        owner: owner.clone(),
        cursor: Cursor::new(article.clone()),
        position: PositionState::new(Position::FirstChild),
        parts: Rc::downgrade(&parts),
        view,
    };
    // Only the owner's effects and tasks need an executor (`Err`: already set).
    _ = any_spawner::Executor::init_wasm_bindgen();
    stage.take_over(ExplainerParts::opening, &stage.cursor, &stage.position);
    stage.then(move |stage| {
        // The closing follows the sections' element, which the second
        // cursor starts from.
        if let Ok(Some(sections)) = article.query_selector(":scope > .nue-accordion") {
            let cursor = Cursor::new(sections);
            let position = PositionState::new(Position::NextChild);
            if !stage.take_over(ExplainerParts::closing, &cursor, &position) {
                return;
            }
        }
        stage.then(move |stage| {
            before_sections(stage.view.context());
            if stage.take_over(ExplainerParts::sections, &stage.cursor, &stage.position) {
                sections_ready();
            }
        });
    });
    Staged {
        parts,
        _owner: owner,
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        // Parts first, while their owner still holds their reactive state.
        self.parts.borrow_mut().clear();
    }
}
