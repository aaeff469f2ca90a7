//! The story's sections as an accordion, after the WAI-ARIA pattern: each
//! header is a `<button>` inside a heading with `aria-expanded` and
//! `aria-controls`; each panel is a `region` labelled by its button. Panels
//! are closed with `hidden="until-found"`, so find-in-page still reaches them.
//! Arrow keys are left to the page.
//!
//! - `state.rs`: which sections are open, as plain data;
//! - `context.rs`: that state shared with the parts through context;
//! - `deep_link.rs`: opening a section named in the address;
//! - one file for each part: section, show-all control, copy-link control;
//!   the accordion itself is below.

mod context;
mod copy_link;
mod deep_link;
mod section;
mod show_all;
mod state;

pub use context::AccordionContext;
pub use copy_link::CopyLink;
pub use section::AccordionSection;
pub use show_all::ShowAllButton;
pub use state::OpenSections;

use crate::story::{Section, UiText};
use leptos::prelude::*;

/// DOM id of a section's toggle button.
pub fn button_id(section_id: &str) -> String {
    format!("{section_id}-button")
}

/// DOM id of a section's panel.
pub fn panel_id(section_id: &str) -> String {
    format!("{section_id}-panel")
}

/// The expandable sections, all closed at first, with one control that shows
/// or hides them all. A section named in the address (`#id`) opens itself.
#[component]
pub fn Accordion(
    /// The sections, in reading order.
    sections: &'static [Section],
    /// Labels of the show-all and copy-link controls.
    ui: &'static UiText,
    /// Heading level of each section's header.
    level: u8,
) -> impl IntoView {
    let ids = sections.iter().map(|section| section.id.as_ref()).collect();
    let context = AccordionContext::new(OpenSections::closed(ids));
    provide_context(context);
    deep_link::follow_address(context);

    let all_panels = sections
        .iter()
        .map(|section| panel_id(&section.id))
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <div class="nue-accordion">
            <div class="nue-accordion__controls">
                <ShowAllButton ui controls=all_panels/>
            </div>
            {sections
                .iter()
                .enumerate()
                .map(|(index, section)| view! { <AccordionSection index section ui level/> })
                .collect_view()}
        </div>
    }
}
