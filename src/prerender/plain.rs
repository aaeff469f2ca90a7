//! A plain rendition of the explainer for places where no script runs and
//! no stylesheet arrives: RSS and Atom readers, email newsletters, app news
//! readers. They strip scripts and most drop `<template>` and shadow roots,
//! so the CMS fragment shows nothing there. This is every fact as plain,
//! semantic HTML: the sections as native `<details>` (they open without
//! script), no script, no template, no style needed to read it, and a link
//! to the full explainer. Built at build time into `embed/plain.html`.

use super::page::escape_text;
use crate::story::{direction, Story};
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use std::sync::Arc;

/// The plain rendition of `story` as a whole page, its link pointing at
/// `explainer_url` (the standalone page).
pub fn plain_html(story: &'static Story, explainer_url: &str) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let url = explainer_url.to_owned();
    let body = owner.with(|| view! { <PlainExplainer story url/> }.to_html());
    let lang = story.language.as_ref();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        direction(lang),
        escape_text(&story.headline),
    )
}

/// A section's map as an image with its description and caption, and its
/// members as a list. The key's marks need colour, which a feed reader may
/// not keep: the description says what each looks like instead.
#[component]
fn PlainMap(map: &'static crate::story::Map, url: String, language: &'static str) -> impl IntoView {
    // Feeds have no colour scheme to follow: the light map, in the
    // edition's words.
    let src = format!(
        "{url}{}",
        super::edition_file(&super::BuiltFiles::paths().plain_map, language)
    );
    view! {
        <figure>
            <img src=src alt=map.description.as_ref() loading="lazy"/>
            <figcaption>{map.caption.as_ref()}</figcaption>
        </figure>
        <p>{map.members_label.as_ref()} ":"</p>
        <ul>{map.members.iter().map(|m| view! { <li>{m.as_ref()}</li> }).collect_view()}</ul>
    }
}

/// The explainer's facts in plain HTML; `url` is the full explainer's page.
#[component]
fn PlainExplainer(story: &'static Story, url: String) -> impl IntoView {
    let ui = &story.ui;
    let source = &story.source;
    view! {
        <article>
            <p>{ui.kicker.as_ref()}</p>
            <h1>{story.headline.as_ref()}</h1>
            <p>
                <strong>
                    {ui.reported.as_ref()} " "
                    <time datetime=source.reported.as_ref()>{source.reported_label.as_ref()}</time>
                </strong>
                " · "
                {story.dateline.as_ref()}
            </p>
            <p>{story.summary.as_ref()}</p>
            <h2>{ui.key_numbers_heading.as_ref()}</h2>
            <ul>
                {story
                    .key_numbers
                    .iter()
                    .map(|n| view! { <li><strong>{n.value.as_ref()}</strong> ": " {n.label.as_ref()}</li> })
                    .collect_view()}
            </ul>
            {story
                .sections
                .iter()
                .map(|section| {
                    view! {
                        <details id=section.id.as_ref()>
                            <summary><strong>{section.title.as_ref()}</strong></summary>
                            {section
                                .paragraphs
                                .iter()
                                .map(|p| view! { <p>{p.as_ref()}</p> })
                                .collect_view()}
                            {section.map.as_ref().map(|map| view! { <PlainMap map url=url.clone() language=&story.language/> })}
                        </details>
                    }
                })
                .collect_view()}
            <h2>{ui.people_heading.as_ref()}</h2>
            <ul>
                {story
                    .people
                    .iter()
                    .map(|p| {
                        view! {
                            // Each on its own line, as the explainer's cards
                            // show them: no punctuation a language writes
                            // otherwise between them.
                            <li>
                                <strong>{p.name.as_ref()}</strong> <br/> {p.role.as_ref()} <br/>
                                {p.part.as_ref()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h2>{ui.timeline_heading.as_ref()}</h2>
            <ol>
                {story
                    .timeline
                    .iter()
                    .map(|step| {
                        view! {
                            <li>
                                <strong><time datetime=step.first_day()>{step.when.as_ref()}</time></strong>
                                <br/> {step.what.as_ref()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p>
                {ui.source_heading.as_ref()} ": " {source.credit.as_ref()} " "
                <cite lang=source.title_language.as_ref()>{source.title.as_ref()}</cite> ". "
                {ui.updated.as_ref()} ": "
                <time datetime=source.updated.as_ref()>{source.updated_label.as_ref()}</time>
            </p>
            // The edition's own page, which its headline names.
            <p>
                <a href=super::edition_url(&url, &story.language)>{story.headline.as_ref()}</a>
            </p>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::STORY;

    #[test]
    fn every_section_is_a_details_element_and_nothing_runs() {
        let html = plain_html(&STORY, "https://assets.example/explainer/");
        assert_eq!(html.matches("<details").count(), STORY.sections.len());
        for forbidden in [
            "<script",
            "<template",
            "<style",
            "<link",
            " style=",
            "onclick",
        ] {
            assert!(
                !html.contains(forbidden),
                "`{forbidden}` in the plain rendition"
            );
        }
        assert!(html.contains(r#"<a href="https://assets.example/explainer/">"#));
        assert!(html.contains(r#"<time datetime="2024-06-13">13 June 2024</time>"#));
    }
}
