//! The story's sections as an accordion, after the WAI-ARIA pattern: each
//! header is a `<button>` inside a heading with `aria-expanded` and
//! `aria-controls`; each panel is a `region` labelled by its button. Panels
//! are closed with `hidden="until-found"`, so find-in-page still reaches them.
//! Arrow keys are left to the page.
//!
//! - `state.rs`: which sections are open, as plain data;
//! - `context.rs`: that state shared with the parts through context;
//! - `deep_link.rs`: opening a section named in the address;
//! - one file for each part: section, show-all control, copy-link control.

mod accordion;
mod context;
mod copy_link;
mod deep_link;
mod section;
mod show_all;
mod state;

pub use accordion::Accordion;
pub use context::AccordionContext;
pub use copy_link::CopyLink;
pub use section::AccordionSection;
pub use show_all::ShowAllButton;
pub use state::OpenSections;

/// DOM id of a section's toggle button.
pub fn button_id(section_id: &str) -> String {
    format!("{section_id}-button")
}

/// DOM id of a section's panel.
pub fn panel_id(section_id: &str) -> String {
    format!("{section_id}-panel")
}
