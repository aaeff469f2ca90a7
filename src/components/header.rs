use super::{labels, EditionLinks, Heading};
use crate::story::Story;
use leptos::prelude::*;

/// The explainer's title block: kicker, headline, the date the story was
/// reported (which frames its tense), summary and dateline, and the links
/// to the other editions.
#[component]
pub fn Header(
    /// The story whose headline, reporting date, summary and dateline are shown.
    story: &'static Story,
    /// Level of the headline.
    level: u8,
    /// Where the first edition's page is, when the links between editions
    /// are shown.
    editions: Option<String>,
) -> impl IntoView {
    let language = story.language.as_ref();
    view! {
        <header class="nue-header">
            {editions.map(|home| view! { <EditionLinks current=language home/> })}
            <p class="nue-kicker">{labels().kicker.clone()}</p>
            <Heading level id="nue-title" class="nue-title">
                {story.headline.as_ref()}
            </Heading>
            <p class="nue-reported">
                {labels().reported.clone()}
                " "
                <time datetime=story.source.reported.as_ref()>{story.source.reported_label.as_ref()}</time>
            </p>
            <p class="nue-summary">{story.summary.as_ref()}</p>
            <p class="nue-dateline">{story.dateline.as_ref()}</p>
        </header>
    }
}
