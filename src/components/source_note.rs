use crate::story::{Source, UiText};
use leptos::prelude::*;

/// Where the facts come from, and when the explainer was last updated.
#[component]
pub fn SourceNote(
    /// The source credit and update date.
    source: &'static Source,
    /// The labels "Source" and "Last updated".
    ui: &'static UiText,
) -> impl IntoView {
    view! {
        <footer class="nue-source">
            <p>
                <span class="nue-source__label">{ui.source_heading.as_ref()} ": "</span>
                {source.credit.as_ref()}
            </p>
            <p>
                <span class="nue-source__label">{ui.updated.as_ref()} ": "</span>
                <time datetime=source.updated.as_ref()>{source.updated_label.as_ref()}</time>
            </p>
        </footer>
    }
}
