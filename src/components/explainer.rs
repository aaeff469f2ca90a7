use super::{accordion::Accordion, Header, KeyNumbers, People, SourceNote, Timeline};
use crate::story::{Story, STORY};
use leptos::prelude::*;

/// The whole explainer: header, key numbers, the expandable sections, who's
/// who, what happens next and the source.
#[component]
pub fn Explainer(
    /// The story to tell; by default the checked story from `content/story.toml`.
    #[prop(optional)]
    story: Option<&'static Story>,
    /// Level of the explainer's title (1 to 6), to fit the host page's
    /// outline; each part's heading is one level below it.
    #[prop(default = 2)]
    heading_level: u8,
) -> impl IntoView {
    let story = story.unwrap_or(&STORY);
    let level = heading_level.clamp(1, 6);
    let part = (level + 1).min(6);
    let ui = &story.ui;
    view! {
        <article class="nue" aria-labelledby="nue-title">
            <Header story level/>
            <KeyNumbers numbers=&story.key_numbers heading=&ui.key_numbers_heading level=part/>
            <Accordion sections=&story.sections ui level=part/>
            <People people=&story.people heading=&ui.people_heading level=part/>
            <Timeline steps=&story.timeline heading=&ui.timeline_heading level=part/>
            <SourceNote source=&story.source ui/>
        </article>
    }
}
