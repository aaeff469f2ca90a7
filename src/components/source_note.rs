use super::labels;
use crate::story::Source;
use leptos::prelude::*;

/// Where the facts come from, and when the explainer was last updated.
#[component]
pub fn SourceNote(
    /// The source credit and update date.
    source: &'static Source,
) -> impl IntoView {
    let ui = labels();
    view! {
        <footer class="nue-source">
            <p>
                <span class="nue-source__label">{ui.source_heading.clone()} ": "</span>
                {source.credit.as_ref()} " "
                // In its own language, whatever the edition's.
                <cite lang=source.title_language.as_ref()>{source.title.as_ref()}</cite>
            </p>
            <p>
                <span class="nue-source__label">{ui.updated.clone()} ": "</span>
                <time datetime=source.updated.as_ref()>{source.updated_label.as_ref()}</time>
            </p>
        </footer>
    }
}
