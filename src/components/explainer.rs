use super::accordion::{Accordion, AccordionContext};
use super::{labels::Labels, Header, KeyNumbers, People, SourceNote, Timeline};
use crate::options::{Config, HostEvents};
use crate::story::{direction, Story, STORY};
use leptos::prelude::*;
use std::sync::Arc;

/// The whole explainer: header, key numbers, the expandable sections, who's
/// who, what happens next and the source.
#[component]
pub fn Explainer(
    /// The story to tell; by default the checked story from `content/story.toml`.
    #[prop(optional)]
    story: Option<&'static Story>,
    /// The host page's options; by default every part, closed, auto theme.
    #[prop(optional)]
    config: Option<Config>,
    /// Which sections are open, when the embedding layer needs to reach it.
    #[prop(optional)]
    sections: Option<AccordionContext>,
    /// Where events for the host page go; by default nowhere.
    #[prop(optional)]
    events: Option<HostEvents>,
) -> impl IntoView {
    let story = story.unwrap_or(&STORY);
    let config = config.unwrap_or_else(|| Config::defaults(story));
    provide_context(Labels(Arc::new(config.ui)));
    let events = events.unwrap_or_default();
    provide_context(events.clone());
    let sections =
        sections.unwrap_or_else(|| AccordionContext::for_sections(&story.sections, events));
    for id in &config.open {
        sections.open_section(id);
    }
    sections.set_link_prefix(config.link_prefix);

    let level = config.heading_level.clamp(1, 6);
    let part = (level + 1).min(6);
    let parts = config.parts;
    // The story's language and its direction, stated on the root so that a
    // host page in another language or direction cannot change them.
    let lang = config.lang.unwrap_or_else(|| story.language.to_string());
    let dir = direction(&lang);
    view! {
        <article
            class="nue"
            data-theme=config.theme.as_str()
            lang=lang
            dir=dir
            aria-labelledby="nue-title"
        >
            <Header story level/>
            {parts.key_numbers.then(|| view! { <KeyNumbers numbers=&story.key_numbers level=part/> })}
            <Accordion sections=&story.sections context=sections level=part/>
            {parts.people.then(|| view! { <People people=&story.people level=part/> })}
            {parts.timeline.then(|| view! { <Timeline steps=&story.timeline level=part/> })}
            <SourceNote source=&story.source/>
        </article>
    }
}
