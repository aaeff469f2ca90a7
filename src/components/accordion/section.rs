use super::{button_id, panel_id, AccordionContext, CopyLink};
use crate::components::Heading;
use crate::story::{Section, UiText};
use leptos::prelude::*;

/// One section: a heading holding the toggle button, and the panel it controls.
#[component]
pub fn AccordionSection(
    /// Position of the section in the accordion's state.
    index: usize,
    /// The section's id, title and text.
    section: &'static Section,
    /// Labels of the copy-link control.
    ui: &'static UiText,
    /// Heading level of the section's header.
    level: u8,
) -> impl IntoView {
    let context = expect_context::<AccordionContext>();
    let open = move || context.is_open(index);
    let id = section.id.as_ref();
    let button = button_id(id);
    let panel = panel_id(id);
    let toggle = view! {
        <button
            type="button"
            class="nue-section__toggle"
            id=button.clone()
            aria-expanded=move || if open() { "true" } else { "false" }
            aria-controls=panel.clone()
            on:click=move |_| context.toggle(index)
        >
            <span class="nue-section__title">{section.title.as_ref()}</span>
            <span class="nue-section__icon" aria-hidden="true"></span>
        </button>
    };
    view! {
        <div class=move || if open() { "nue-section nue-section--open" } else { "nue-section" } id=id>
            <Heading level class="nue-section__heading">{toggle}</Heading>
            <div
                class="nue-section__panel"
                id=panel
                role="region"
                aria-labelledby=button
                hidden=move || (!open()).then_some("until-found")
                // Find-in-page reveals a match in a closed panel: keep it open.
                on:beforematch=move |_: web_sys::Event| context.set(index, true)
            >
                {section
                    .paragraphs
                    .iter()
                    .map(|paragraph| view! { <p>{paragraph.as_ref()}</p> })
                    .collect_view()}
                <CopyLink id ui/>
            </div>
        </div>
    }
}
