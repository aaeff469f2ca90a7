use super::{deep_link, panel_id, AccordionContext, AccordionSection, OpenSections, ShowAllButton};
use crate::story::{Section, UiText};
use leptos::prelude::*;

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
