//! The plain rendition (`embed/plain.html`) survives the places it is made
//! for: after an HTML sanitizer of the kind feed readers and newsletter
//! tools run (ammonia with its defaults), every fact of the story is still
//! there to read, in the same structure: headline, headings, the three
//! sections as `<details>` with their summaries, lists, dates and the link
//! to the full explainer.
#![cfg(feature = "ssr")]

mod common;
use common::{parse, Query};

use nato_ukraine_explainer::prerender::plain_html;
use nato_ukraine_explainer::story::STORY;

#[test]
fn every_fact_survives_a_feed_sanitizer() {
    let html = plain_html(&STORY, "https://assets.example/explainer/");
    let cleaned = ammonia::clean(&html);
    let page = parse(&cleaned);
    let read = page.visible_text();
    let mut facts: Vec<&str> = vec![
        &STORY.headline,
        &STORY.summary,
        &STORY.dateline,
        &STORY.source.reported_label,
        &STORY.source.credit,
        &STORY.source.title,
        &STORY.source.updated_label,
    ];
    facts.extend(
        STORY
            .key_numbers
            .iter()
            .flat_map(|n| [&*n.value, &*n.label]),
    );
    for section in STORY.sections.iter() {
        facts.push(&section.title);
        facts.extend(section.paragraphs.iter().map(|p| &**p));
        if let Some(map) = &section.map {
            facts.push(&map.caption);
            facts.extend(map.members.iter().map(|m| &**m));
        }
    }
    facts.extend(
        STORY
            .people
            .iter()
            .flat_map(|p| [&*p.name, &*p.role, &*p.part]),
    );
    facts.extend(STORY.timeline.iter().flat_map(|s| [&*s.when, &*s.what]));
    let missing: Vec<&&str> = facts.iter().filter(|f| !read.contains(**f)).collect();
    assert!(missing.is_empty(), "lost to the sanitizer: {missing:#?}");

    for (tag, count) in [
        ("h1", 1),
        ("h2", 3),
        ("details", STORY.sections.len()),
        ("summary", STORY.sections.len()),
        // Key numbers, the map's members, who's who.
        ("ul", 3),
        ("figure", 1),
        ("figcaption", 1),
        ("ol", 1),
        ("time", 1 + STORY.timeline.len() + 1),
    ] {
        assert_eq!(
            page.all(tag).len(),
            count,
            "<{tag}> after the sanitizer:\n{cleaned}"
        );
    }
    assert!(
        page.has(r#"a[href="https://assets.example/explainer/"]"#),
        "the link to the full explainer is kept"
    );
    // The map, as an image from where the explainer is served, described.
    let map = STORY.sections[0].map.as_ref().unwrap();
    let image = page.one(r#"img[src="https://assets.example/explainer/embed/plain-map.svg"]"#);
    assert_eq!(
        image.attr("alt"),
        Some(map.description.as_ref()),
        "the map's description is kept:\n{cleaned}"
    );
    // Nothing was there for the sanitizer to take but ids and language.
    let sent = parse(&html);
    let taken = sent.all("script, template, style");
    assert!(taken.is_empty(), "{taken:?}");
}
