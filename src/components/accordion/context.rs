use super::OpenSections;
use leptos::prelude::*;

/// The accordion's shared state, provided by `Accordion` and read by its
/// sections and its show-all control with `expect_context`.
#[derive(Debug, Clone, Copy)]
pub struct AccordionContext {
    state: RwSignal<OpenSections>,
}

impl AccordionContext {
    pub fn new(state: OpenSections) -> Self {
        Self {
            state: RwSignal::new(state),
        }
    }

    /// Whether a section is open; tracked, so views update with it.
    pub fn is_open(&self, index: usize) -> bool {
        self.state.with(|state| state.is_open(index))
    }

    /// Whether every section is open; tracked.
    pub fn all_open(&self) -> bool {
        self.state.with(OpenSections::all_open)
    }

    pub fn toggle(&self, index: usize) {
        self.state.update(|state| state.toggle(index));
    }

    pub fn set(&self, index: usize, open: bool) {
        // Skip the update when nothing changes, so no view re-renders.
        if self.state.with_untracked(|state| state.is_open(index)) != open {
            self.state.update(|state| state.set(index, open));
        }
    }

    pub fn set_all(&self, open: bool) {
        self.state.update(|state| state.set_all(open));
    }

    /// Opens the section with this id, if there is one; see
    /// [`OpenSections::open_id`].
    pub fn open_id(&self, id: &str) -> Option<usize> {
        let index = self.state.with_untracked(|state| state.index_of(id))?;
        self.set(index, true);
        Some(index)
    }
}
