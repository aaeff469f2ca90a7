//! The story's sections as an accordion, after the WAI-ARIA pattern: each
//! header is a `<button>` inside a heading with `aria-expanded` and
//! `aria-controls`; each panel is a `region` labelled by its button. Panels
//! are closed with `hidden="until-found"`, so find-in-page still reaches them.
//! Arrow keys are left to the page.
//!
//! - `state.rs`: which sections are open, as plain data;
//! - `context.rs`: that state shared with the parts through context;
//! - `deep_link.rs`: opening a section named in the address;
//! - one file for each part: section, show-all control, copy-link control,
//!   feedback; the accordion itself is below.

mod context;
mod copy_link;
mod deep_link;
mod feedback;
mod section;
mod show_all;
mod state;

pub use context::AccordionContext;
pub use copy_link::CopyLink;
pub use feedback::Feedback;
pub use section::AccordionSection;
pub use show_all::ShowAllButton;
pub use state::OpenSections;

use crate::story::Section;
use leptos::{html, prelude::*};

/// DOM id of a section's toggle button.
pub fn button_id(section_id: &str) -> String {
    [section_id, "-button"].concat()
}

/// DOM id of a section's panel.
pub fn panel_id(section_id: &str) -> String {
    [section_id, "-panel"].concat()
}

/// The expandable sections, closed unless the host asked otherwise, with one
/// control that shows or hides them all. A section named in the page address
/// (`#<link prefix><id>`) opens itself and comes into view.
#[component]
pub fn Accordion(
    /// The sections, in reading order.
    sections: &'static [Section],
    /// Which sections are open; shared with the embedding layer.
    context: AccordionContext,
    /// Heading level of each section's header.
    level: u8,
) -> impl IntoView {
    provide_context(context);
    let root = NodeRef::<html::Div>::new();
    deep_link::follow_address(context, root);

    let all_panels = sections
        .iter()
        .map(|section| panel_id(&section.id))
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <div class="nue-accordion" node_ref=root>
            <div class="nue-accordion__controls">
                <ShowAllButton controls=all_panels/>
            </div>
            {sections
                .iter()
                .enumerate()
                .map(|(index, section)| view! { <AccordionSection index section level/> })
                .collect_view()}
        </div>
    }
}
