use super::AccordionContext;
use crate::components::{labels, Icon};
use leptos::prelude::*;

/// One button that opens every section, or closes them all once all are open.
/// Its label and `aria-expanded` follow the real state, also after single
/// sections are toggled.
#[component]
pub fn ShowAllButton(
    /// Space-separated ids of every panel, for `aria-controls`.
    controls: String,
) -> impl IntoView {
    let context = expect_context::<AccordionContext>();
    let ui = labels();
    let all_open = move || context.all_open();
    view! {
        <button
            type="button"
            class="nue-show-all"
            aria-expanded=move || if all_open() { "true" } else { "false" }
            aria-controls=controls
            on:click=move |_| context.set_all(!all_open())
        >
            <Icon class="nue-show-all__icon"/>
            <span class="nue-show-all__label">
                {move || if all_open() { ui.hide_all.clone() } else { ui.show_all.clone() }}
            </span>
        </button>
    }
}
