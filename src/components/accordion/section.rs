use super::{button_id, panel_id, AccordionContext, CopyLink, Feedback};
use crate::components::{Heading, Icon, MapFigure};
use crate::options::Trigger;
use crate::story::Section;
use leptos::{ev, prelude::*};

/// One section: a heading holding the toggle button, and the panel it controls.
#[component]
pub fn AccordionSection(
    /// Position of the section in the accordion's state.
    index: usize,
    /// The section's id, title and text.
    section: &'static Section,
    /// Heading level of the section's header.
    level: u8,
) -> impl IntoView {
    let context = expect_context::<AccordionContext>();
    let open = move || context.is_open(index);
    let id = section.id.as_ref();
    let button = button_id(id);
    let panel = panel_id(id);
    // A click from Enter or Space has no pointer position: `detail` is 0.
    let toggle = move |event: ev::MouseEvent| {
        let trigger = if event.detail() == 0 {
            Trigger::Keyboard
        } else {
            Trigger::Click
        };
        context.toggle(index, trigger);
    };
    let header = view! {
        <button
            type="button"
            class="nue-section__toggle"
            id=button.clone()
            aria-expanded=move || if open() { "true" } else { "false" }
            aria-controls=panel.clone()
            on:click=toggle
        >
            <span class="nue-section__title">{section.title.as_ref()}</span>
            <Icon class="nue-section__icon"/>
        </button>
    };
    view! {
        <div class=move || if open() { "nue-section nue-section--open" } else { "nue-section" } id=id>
            <Heading level class="nue-section__heading">
                {header}
                // The heading as plain text, shown instead of the button
                // where no script can run it (`@media (scripting: none)`).
                <span class="nue-section__plain-title">{section.title.as_ref()}</span>
            </Heading>
            <div
                class="nue-section__panel"
                id=panel
                role="region"
                aria-labelledby=button
                hidden=move || (!open()).then_some("until-found")
                // Find-in-page reveals a match in a closed panel: keep it open.
                on:beforematch=move |_: web_sys::Event| context.set(index, true, Trigger::Find)
            >
                {section
                    .paragraphs
                    .iter()
                    .map(|paragraph| view! { <p>{paragraph.as_ref()}</p> })
                    .collect_view()}
                {section.map.as_ref().map(|map| view! { <MapFigure map/> })}
                <div class="nue-section__footer">
                    <CopyLink id/>
                    <Feedback section=id/>
                </div>
            </div>
        </div>
    }
}
