use super::{labels, Heading};
use crate::story::Story;
use leptos::prelude::*;

/// The explainer's title block: kicker, headline, summary and dateline.
#[component]
pub fn Header(
    /// The story whose headline, summary and dateline are shown.
    story: &'static Story,
    /// Level of the headline.
    level: u8,
) -> impl IntoView {
    view! {
        <header class="nue-header">
            <p class="nue-kicker">{labels().kicker.clone()}</p>
            <Heading level id="nue-title" class="nue-title">
                {story.headline.as_ref()}
            </Heading>
            <p class="nue-summary">{story.summary.as_ref()}</p>
            <p class="nue-dateline">{story.dateline.as_ref()}</p>
        </header>
    }
}
