//! The accordion as assistive technology meets it: each section a button in
//! a heading that controls a labelled region, one control for all sections,
//! headings at the host's level, and a feedback question that labels its
//! answers.

use crate::common::{name, parent, Query};
use crate::{page, render};
use nato_ukraine_explainer::story::STORY;

#[test]
fn each_section_is_a_button_in_a_heading_controlling_a_labelled_region() {
    let html = page();
    for section in STORY.sections.iter() {
        let id = &section.id;
        let button = html.by_id(&format!("{id}-button"));
        assert_eq!(name(button), "button");
        assert_eq!(button.attr("type"), Some("button"));
        assert_eq!(button.attr("aria-expanded"), Some("false"));
        assert_eq!(
            button.attr("aria-controls"),
            Some(format!("{id}-panel").as_str())
        );
        let heading = parent(button);
        assert_eq!(
            name(heading),
            "h3",
            "the button of `{id}` sits in a heading"
        );

        let panel = html.by_id(&format!("{id}-panel"));
        assert_eq!(panel.attr("role"), Some("region"));
        assert_eq!(
            panel.attr("aria-labelledby"),
            Some(format!("{id}-button").as_str())
        );
        assert_eq!(
            panel.attr("hidden"),
            Some("until-found"),
            "`{id}` starts closed"
        );
        assert_eq!(name(html.by_id(id)), "div", "`#{id}` links to the section");
        assert!(
            button.visible_text().contains(&*section.title),
            "the button holds the title"
        );
    }
}

#[test]
fn show_all_starts_collapsed_and_controls_every_panel() {
    let html = page();
    let controls = STORY
        .sections
        .iter()
        .map(|s| format!("{}-panel", s.id))
        .collect::<Vec<_>>()
        .join(" ");
    let show_all = html.one(".nue-show-all");
    assert_eq!(name(show_all), "button");
    assert_eq!(show_all.attr("aria-expanded"), Some("false"));
    assert_eq!(show_all.attr("aria-controls"), Some(controls.as_str()));
    let text = html.visible_text();
    assert!(text.contains("Show all sections"));
    assert!(!text.contains("Hide all sections"));
}

#[test]
fn heading_levels_follow_the_host_outline() {
    let html = render(&STORY, 1);
    assert_eq!(name(html.by_id("nue-title")), "h1");
    assert_eq!(name(parent(html.by_id("sanctions-button"))), "h2");
    assert_eq!(name(html.one(".nue-part__heading")), "h2");

    let html = render(&STORY, 9);
    assert_eq!(name(html.by_id("nue-title")), "h6", "levels clamp to 6");
    assert_eq!(name(parent(html.by_id("sanctions-button"))), "h6");
}

#[test]
fn each_section_ends_with_a_feedback_question() {
    let html = page();
    for section in STORY.sections.iter() {
        let id = &section.id;
        let question = html.by_id(&format!("{id}-feedback"));
        assert_eq!(name(question), "span");
        assert_eq!(question.visible_text(), "Was this helpful?");
        // The question names the group of its answers, so a screen reader
        // announces it on the way into the buttons.
        let group = parent(question);
        assert_eq!(group.attr("role"), Some("group"), "`{id}`: {group:?}");
        assert_eq!(
            group.attr("aria-labelledby"),
            Some(format!("{id}-feedback").as_str())
        );
        let answers = group.all(".nue-feedback__answer");
        let words: Vec<String> = answers.iter().map(|a| a.visible_text()).collect();
        assert_eq!(words, ["Yes", "No"], "`{id}`");
        for answer in answers {
            assert_eq!(name(answer), "button");
            assert_eq!(answer.attr("aria-pressed"), Some("false"));
        }
        // Last in the section: the panel's last part holds the group.
        let last = html
            .by_id(&format!("{id}-panel"))
            .child_elements()
            .last()
            .expect("a panel with content");
        assert!(
            last.all("[role=group]").contains(&group),
            "`{id}` ends with its question"
        );
    }
    let answers = html.all(".nue-feedback__answer");
    assert_eq!(answers.len(), 2 * STORY.sections.len());
}

#[test]
fn search_results_quote_the_story_not_the_controls() {
    use nato_ukraine_explainer::options::Config;
    use nato_ukraine_explainer::prerender::explainer_html;
    let html = crate::common::parse(&explainer_html(&STORY, &Config::defaults(&STORY)));
    let hidden = html.all("[data-nosnippet]");
    // Search engines honour the attribute on `span` and `div` only.
    for element in &hidden {
        assert!(matches!(name(*element), "span" | "div"), "{element:?}");
    }
    let words: String = hidden.iter().map(|e| e.visible_text()).collect();
    for control in [
        "Show all sections",
        "Copy link to this section",
        "Was this helpful?",
    ] {
        assert!(words.contains(control), "`{control}` may be quoted");
    }
    // Each section's copy link and question; the story's text is outside.
    assert_eq!(hidden.len(), 1 + 2 * STORY.sections.len());
    for text in html.all(".nue-section__panel p, .nue-section__title, .nue-summary") {
        assert!(
            !text
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| a.attr("data-nosnippet").is_some()),
            "{:?} is kept out of snippets",
            text.visible_text()
        );
    }
}
