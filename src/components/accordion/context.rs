use super::OpenSections;
use crate::options::{HostEvents, Trigger};
use crate::story::Section;
use leptos::prelude::*;

/// The accordion's shared state, provided by `Accordion` and read by its
/// sections and controls with `expect_context`; the embedding layer holds a
/// copy to open and close sections for the host page.
///
/// Every method is safe to call after the explainer is unmounted: it then
/// does nothing, so a host page keeping an old handle cannot cause a panic.
#[derive(Debug, Clone, Copy)]
pub struct AccordionContext {
    state: RwSignal<OpenSections>,
    /// Put before a section id in the page address.
    link_prefix: StoredValue<String>,
    events: StoredValue<HostEvents>,
}

impl AccordionContext {
    /// All of `sections` closed; changes are reported to `events`.
    pub fn for_sections(sections: &'static [Section], events: HostEvents) -> Self {
        let ids = sections.iter().map(|section| section.id.as_ref()).collect();
        Self {
            state: RwSignal::new(OpenSections::closed(ids)),
            link_prefix: StoredValue::new(String::new()),
            events: StoredValue::new(events),
        }
    }

    /// Whether a section is open; tracked, so views update with it.
    pub fn is_open(&self, index: usize) -> bool {
        self.state
            .try_with(|state| state.is_open(index))
            .unwrap_or(false)
    }

    /// Whether every section is open; tracked.
    pub fn all_open(&self) -> bool {
        self.state.try_with(OpenSections::all_open).unwrap_or(false)
    }

    pub fn toggle(&self, index: usize, trigger: Trigger) {
        self.change(trigger, |state| state.toggle(index));
    }

    pub fn set(&self, index: usize, open: bool, trigger: Trigger) {
        self.change(trigger, |state| state.set(index, open));
    }

    pub fn set_all(&self, open: bool) {
        self.change(Trigger::ShowAll, |state| state.set_all(open));
    }

    /// Opens or closes the section with this id; false if there is none.
    pub fn set_by_id(&self, id: &str, open: bool, trigger: Trigger) -> bool {
        let Some(index) = self
            .state
            .try_with_untracked(|state| state.index_of(id))
            .flatten()
        else {
            return false;
        };
        self.set(index, open, trigger);
        true
    }

    /// Opens a section before the explainer is shown (config `open`); no event.
    pub fn open_section(&self, id: &str) {
        self.state.try_update(|state| state.set_id(id, true));
    }

    /// Opens or closes a section to match what the reader did before the
    /// WebAssembly took over the prerendered HTML; no event, as the reader's
    /// action happened before the explainer was ready.
    pub fn restore(&self, id: &str, open: bool) {
        self.state.try_update(|state| state.set_id(id, open));
    }

    /// The section id named by a page address fragment, if any.
    pub fn section_for_fragment(&self, fragment: &str) -> Option<&'static str> {
        let prefix = self.link_prefix.try_get_value().unwrap_or_default();
        let id = fragment.strip_prefix(prefix.as_str())?;
        self.state
            .try_with_untracked(|state| state.index_of(id).and_then(|i| state.id(i)))
            .flatten()
    }

    /// The fragment that links to a section: `<prefix><id>`.
    pub fn fragment_for(&self, id: &str) -> String {
        self.link_prefix.try_get_value().unwrap_or_default() + id
    }

    pub fn set_link_prefix(&self, prefix: String) {
        self.link_prefix.try_set_value(prefix);
    }

    /// Applies a change, then reports each section it opened or closed.
    fn change(&self, trigger: Trigger, apply: impl FnOnce(&mut OpenSections)) {
        let Some(before) = self.state.try_get_untracked() else {
            return;
        };
        let mut after = before.clone();
        apply(&mut after);
        let changed = after.changed_since(&before);
        if changed.is_empty() {
            return;
        }
        self.state.try_set(after);
        if let Some(events) = self.events.try_get_value() {
            for (id, open) in changed {
                events.toggled(id, open, trigger);
            }
        }
    }
}
