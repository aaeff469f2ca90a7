use super::accordion::{Accordion, AccordionContext};
use super::{labels::Labels, Header, KeyNumbers, People, SourceNote, Timeline};
use crate::options::{Config, HostEvents, Parts};
use crate::story::{direction, Story, EDITION_NAMES, STORY};
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
    let events = events.unwrap_or_default();
    let sections =
        sections.unwrap_or_else(|| AccordionContext::for_sections(&story.sections, events.clone()));
    let parts = ExplainerParts::new(story, config, sections, events);
    parts.article((parts.opening(), parts.sections(), parts.closing()))
}

/// The explainer in the three parts that the browser takes over one at a
/// time from prerendered HTML (src/embed/staged.rs), so that none holds the
/// main thread for long: the opening (header and key numbers), the
/// sections, and the closing (people, timeline, source). `Explainer` puts
/// the same parts, in the same order, into the same `<article>`.
#[derive(Clone)]
pub struct ExplainerParts {
    story: &'static Story,
    context: AccordionContext,
    /// Level of the explainer's title, and of each part's heading.
    level: u8,
    part: u8,
    parts: Parts,
    /// Where the first edition's page is, when the header links the editions.
    editions: Option<String>,
    theme: &'static str,
    lang: String,
}

impl ExplainerParts {
    /// Provides what every part reads from context (its labels and the
    /// host's events; `Accordion` provides the sections' state) and opens the
    /// sections the host asked for; call it inside the owner that will own
    /// the parts.
    pub fn new(
        story: &'static Story,
        config: Config,
        context: AccordionContext,
        events: HostEvents,
    ) -> Self {
        provide_context(Labels(Arc::new(config.ui)));
        provide_context(events);
        for id in &config.open {
            context.open_section(id);
        }
        context.set_link_prefix(config.link_prefix);
        let level = config.heading_level.clamp(1, 6);
        ExplainerParts {
            story,
            context,
            level,
            part: (level + 1).min(6),
            parts: config.parts,
            editions: (config.parts.editions && EDITION_NAMES.len() > 1)
                .then(|| config.pages.unwrap_or_default()),
            theme: config.theme.as_str(),
            // The story's language unless the host says otherwise.
            lang: config.lang.unwrap_or_else(|| story.language.to_string()),
        }
    }

    /// The sections' shared state.
    pub fn context(&self) -> AccordionContext {
        self.context
    }

    /// The `<article>` around `children`. Its language and direction are
    /// stated on the root, so that a host page in another language or
    /// direction cannot change them; nothing on it changes later.
    pub fn article(&self, children: impl IntoView) -> impl IntoView {
        let dir = direction(&self.lang);
        view! {
            <article
                class="nue"
                data-theme=self.theme
                lang=self.lang.clone()
                dir=dir
                aria-labelledby="nue-title"
            >
                {children}
            </article>
        }
    }

    /// The header and the key numbers.
    pub fn opening(&self) -> impl IntoView {
        let (story, level, part) = (self.story, self.level, self.part);
        let editions = self.editions.clone();
        view! {
            <Header story level editions/>
            {self.parts.key_numbers.then(|| view! { <KeyNumbers numbers=&story.key_numbers level=part/> })}
        }
    }

    /// The expandable sections.
    pub fn sections(&self) -> impl IntoView {
        view! { <Accordion sections=&self.story.sections context=self.context level=self.part/> }
    }

    /// Who's who, what happens next and the source.
    pub fn closing(&self) -> impl IntoView {
        let (story, part) = (self.story, self.part);
        view! {
            {self.parts.people.then(|| view! { <People people=&story.people level=part/> })}
            {self.parts.timeline.then(|| view! { <Timeline steps=&story.timeline level=part/> })}
            <SourceNote source=&story.source/>
        }
    }
}
