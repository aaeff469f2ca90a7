//! Server-side render of the component tree (`ssr` feature): every fact of
//! the story is on the page, the sections are wired for assistive technology,
//! and text from the story file is always text, never markup.
#![cfg(feature = "ssr")]

mod common;
use common::visible_text;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use nato_ukraine_explainer::options::{read, Config, Raw};
use nato_ukraine_explainer::story::{Story, STORY};
use nato_ukraine_explainer::Explainer;
use std::collections::HashMap;
use std::sync::Arc;

/// Renders as a server does: under a root owner with a server shared context.
fn render_with(story: &'static Story, config: Config) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| view! { <Explainer story config/> }.to_html())
}

fn render(story: &'static Story, heading_level: u8) -> String {
    let mut config = Config::defaults(story);
    config.heading_level = heading_level;
    render_with(story, config)
}

/// Renders with options read as the embedding layer reads them.
fn render_configured(entries: &[(&str, Raw)]) -> String {
    let entries: Vec<(String, Raw)> = entries
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let (config, warnings) = read(&STORY, &entries);
    assert!(warnings.is_empty(), "{warnings:?}");
    render_with(&STORY, config)
}

fn page() -> String {
    render(&STORY, 2)
}

/// Every fact of the article, as the explainer words it. A fact that drops out
/// of the story file fails here.
const FACTS: &[&str] = &[
    // The meeting
    "NATO defense ministers met",
    "NATO headquarters, Brussels",
    "As reported on 13 June 2024",
    "met at NATO headquarters in Brussels on Thursday 13 June 2024",
    "last high-level talks before the summit that U.S. President Joe Biden hosts in Washington from 9 to 11 July 2024",
    "leaders are expected to announce financial support for Ukraine",
    "Lloyd Austin, the U.S. defense secretary, and Rustem Umerov, Ukraine's defense minister, met for bilateral talks on the sidelines",
    // The plan
    "the 32-member alliance would coordinate security assistance and training for Ukraine",
    "NATO's command structure and money from its common budget",
    "predictable supplies of weapons, ammunition and money so that gaps and delays do not open up, NATO Secretary-General Jens Stoltenberg said",
    "the hold-up in support has let Russian troops advance along the front line",
    "Stoltenberg estimates that Ukraine needs support worth about 40 billion euros a year",
    "Hungary agreed not to veto the plan on condition that it does not have to take part",
    "Prime Minister Viktor Orban said Hungary will not block it as long as taking part stays voluntary",
    "NATO as an organization sends no weapons or troops to Ukraine",
    "organize their own bilateral support",
    // The agreement
    "U.S. President Joe Biden and Ukraine's president, Volodymyr Zelenskiy, are due to sign a 10-year bilateral security pact at the G7 summit in Italy on 13-15 June 2024",
    "does not guarantee that the U.S. will defend Ukraine",
    "help peace negotiations with Russia",
    "levels of support similar to those provided to Israel",
    "U.S. commitment to Ukraine will continue",
    // Sanctions
    "On Wednesday 12 June 2024, the U.S. announced a new package of sanctions on Russia",
    "close loopholes used by financial institutions that trade with Russia",
    "against Russia's invasion of Ukraine",
];

#[test]
fn every_fact_of_the_article_is_on_the_page() {
    let text = visible_text(&page());
    let missing: Vec<&&str> = FACTS.iter().filter(|fact| !text.contains(**fact)).collect();
    assert!(missing.is_empty(), "missing from the page: {missing:#?}");
}

#[test]
fn header_key_numbers_people_timeline_and_source_are_shown() {
    let text = visible_text(&page());
    for expected in [
        STORY.headline.as_ref(),
        "Key numbers",
        "32",
        "€40 billion",
        "roughly what Ukraine needs in support each year",
        "10 years",
        "9-11 July 2024",
        "Who's who",
        "Key dates",
        "Wednesday 12 June 2024",
        "13-14 June 2024",
        "13-15 June 2024",
        "Source: ",
        "Last updated: ",
        "29 November 2026",
    ] {
        assert!(text.contains(expected), "`{expected}` is not on the page");
    }
    for person in STORY.people.iter() {
        assert!(
            text.contains(&*person.name) && text.contains(&*person.role),
            "{person:?}"
        );
    }
    let steps: Vec<usize> = STORY
        .timeline
        .iter()
        .map(|step| text.find(&*step.what).expect("every step is shown"))
        .collect();
    assert!(
        steps.windows(2).all(|w| w[0] < w[1]),
        "the steps keep their order"
    );
    // Dates a machine can read: the reporting date, each step's first day,
    // the last update.
    for date in ["2024-06-13", "2024-06-12", "2024-07-09", "2026-11-29"] {
        assert!(
            page().contains(&format!(r#"<time datetime="{date}""#)),
            "no <time datetime=\"{date}\">"
        );
    }
}

/// An element's opening tag: its name, its attributes and where it starts.
struct Tag {
    name: String,
    attrs: HashMap<String, String>,
    start: usize,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name).map(String::as_str)
    }
}

/// Parses the opening tag that starts at `start` (attribute order is free).
fn tag_at(html: &str, start: usize) -> Tag {
    let end = start + html[start..].find('>').expect("a closed tag");
    let inner = &html[start + 1..end];
    let name_end = inner.find(' ').unwrap_or(inner.len());
    let mut attrs = HashMap::new();
    let mut rest = &inner[name_end..];
    while let Some(eq) = rest.find("=\"") {
        let key = rest[..eq].trim().to_owned();
        let value_end = rest[eq + 2..].find('"').expect("a closed attribute");
        attrs.insert(key, rest[eq + 2..eq + 2 + value_end].to_owned());
        rest = &rest[eq + 2 + value_end + 1..];
    }
    Tag {
        name: inner[..name_end].to_owned(),
        attrs,
        start,
    }
}

/// The element with this id.
fn by_id(html: &str, id: &str) -> Tag {
    let at = html
        .find(&format!(" id=\"{id}\""))
        .unwrap_or_else(|| panic!("no element #{id}"));
    tag_at(html, html[..at].rfind('<').expect("an opening tag"))
}

/// The opening tag just before `tag`: its parent when it is the first child.
fn previous_tag(html: &str, tag: &Tag) -> Tag {
    tag_at(html, html[..tag.start].rfind('<').expect("a tag before"))
}

/// The element with this class.
fn by_class(html: &str, class: &str) -> Tag {
    let at = html
        .find(&format!("class=\"{class}\""))
        .unwrap_or_else(|| panic!("no .{class}"));
    tag_at(html, html[..at].rfind('<').expect("an opening tag"))
}

#[test]
fn each_section_is_a_button_in_a_heading_controlling_a_labelled_region() {
    let html = page();
    for section in STORY.sections.iter() {
        let id = &section.id;
        let button = by_id(&html, &format!("{id}-button"));
        assert_eq!(button.name, "button");
        assert_eq!(button.attr("type"), Some("button"));
        assert_eq!(button.attr("aria-expanded"), Some("false"));
        assert_eq!(
            button.attr("aria-controls"),
            Some(format!("{id}-panel").as_str())
        );
        let heading = previous_tag(&html, &button);
        assert_eq!(heading.name, "h3", "the button of `{id}` sits in a heading");

        let panel = by_id(&html, &format!("{id}-panel"));
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
        assert_eq!(by_id(&html, id).name, "div", "`#{id}` links to the section");
        let title_at = html[button.start..]
            .find(&*section.title)
            .map(|i| i + button.start);
        assert!(
            title_at.is_some_and(|at| at < panel.start),
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
    let show_all = by_class(&html, "nue-show-all");
    assert_eq!(show_all.name, "button");
    assert_eq!(show_all.attr("aria-expanded"), Some("false"));
    assert_eq!(show_all.attr("aria-controls"), Some(controls.as_str()));
    assert!(visible_text(&html).contains("Show all sections"));
    assert!(!visible_text(&html).contains("Hide all sections"));
}

#[test]
fn heading_levels_follow_the_host_outline() {
    let html = render(&STORY, 1);
    assert_eq!(by_id(&html, "nue-title").name, "h1");
    assert_eq!(
        previous_tag(&html, &by_id(&html, "sanctions-button")).name,
        "h2"
    );
    assert_eq!(by_class(&html, "nue-part__heading").name, "h2");

    let html = render(&STORY, 9);
    assert_eq!(by_id(&html, "nue-title").name, "h6", "levels clamp to 6");
    assert_eq!(
        previous_tag(&html, &by_id(&html, "sanctions-button")).name,
        "h6"
    );
}

#[test]
fn text_from_the_story_file_is_never_markup() {
    let mut story = STORY.clone();
    story.headline = "<img src=x onerror=alert(1)> & co".into();
    let mut sections = story.sections.to_vec();
    sections[0].paragraphs = vec!["<script>alert(1)</script>".into()].into();
    let mut map = sections[0].map.clone().expect("a map");
    map.description = "\"><script>alert(2)</script>".into();
    map.members = vec!["<b>Atlantis</b>".into()].into();
    sections[0].map = Some(map);
    story.sections = sections.into();
    let html = render(Box::leak(Box::new(story)), 2);
    assert!(!html.contains("<img src=x") && !html.contains("<script>alert"));
    assert!(!html.contains("<b>Atlantis") && visible_text(&html).contains("<b>Atlantis</b>"));
    let text = visible_text(&html);
    assert!(text.contains("<img src=x onerror=alert(1)> & co"));
    assert!(text.contains("<script>alert(1)</script>"));
}

#[test]
fn each_section_ends_with_a_feedback_question() {
    let html = page();
    for section in STORY.sections.iter() {
        let group = by_id(&html, &format!("{}-feedback", section.id));
        assert_eq!(group.name, "span");
        let answers = html.matches(r#"class="nue-feedback__answer""#).count();
        assert_eq!(answers, 2 * STORY.sections.len());
    }
    let text = visible_text(&html);
    assert!(text.contains("Was this helpful?") && text.contains("Yes") && text.contains("No"));
    assert!(html.contains(r#"aria-pressed="false""#));
}

#[test]
fn config_opens_sections_and_sets_theme_and_language() {
    let html = render_configured(&[
        ("open", Raw::Text("sanctions nato-plan".into())),
        ("theme", Raw::Text("dark".into())),
        ("lang", Raw::Text("en-GB".into())),
    ]);
    let root = by_class(&html, "nue");
    assert_eq!(root.attr("data-theme"), Some("dark"));
    assert_eq!(root.attr("lang"), Some("en-GB"));
    for (id, open) in [
        ("nato-plan", true),
        ("security-agreement", false),
        ("sanctions", true),
    ] {
        let expanded = by_id(&html, &format!("{id}-button"));
        assert_eq!(
            expanded.attr("aria-expanded"),
            Some(if open { "true" } else { "false" }),
            "{id}"
        );
        let panel = by_id(&html, &format!("{id}-panel"));
        assert_eq!(panel.attr("hidden").is_none(), open, "{id}");
    }
    assert_eq!(root.attr("dir"), Some("ltr"));
    assert_eq!(by_class(&page(), "nue").attr("data-theme"), Some("auto"));
}

#[test]
fn the_root_states_the_story_language_and_its_direction() {
    // By default the story's own language, so a host page in another
    // language or direction changes neither.
    let root = by_class(&page(), "nue");
    assert_eq!(root.attr("lang"), Some(STORY.language.as_ref()));
    assert_eq!(root.attr("dir"), Some("ltr"));
    for (lang, dir) in [
        ("ar", "rtl"),
        ("he-IL", "rtl"),
        ("az-Arab", "rtl"),
        ("de-CH", "ltr"),
    ] {
        let html = render_configured(&[("lang", Raw::Text(lang.into()))]);
        let root = by_class(&html, "nue");
        assert_eq!(
            (root.attr("lang"), root.attr("dir")),
            (Some(lang), Some(dir))
        );
    }
}

#[test]
fn config_hides_parts_and_replaces_labels() {
    let html = render_configured(&[
        ("parts", Raw::List(vec![Raw::Text("people".into())])),
        (
            "strings",
            Raw::Map(vec![
                ("showAll".into(), Raw::Text("Alles zeigen".into())),
                ("peopleHeading".into(), Raw::Text("Wer ist wer".into())),
            ]),
        ),
        ("headingLevel", Raw::Number(3.0)),
    ]);
    let text = visible_text(&html);
    assert!(text.contains("Alles zeigen") && !text.contains("Show all sections"));
    assert!(text.contains("Wer ist wer") && !text.contains("Who's who"));
    assert!(!text.contains("Key numbers") && !text.contains("Key dates"));
    assert!(!html.contains("nue-numbers") && !html.contains("nue-timeline"));
    assert_eq!(by_id(&html, "nue-title").name, "h3");
}

#[test]
fn the_nato_plan_shows_its_map_with_words_for_everything_it_shows() {
    let html = page();
    let map = STORY.sections[0]
        .map
        .as_ref()
        .expect("the NATO plan has a map");
    let panel_start = html.find(r#"id="nato-plan-panel""#).expect("the panel");
    let panel_end = html
        .find(r#"id="security-agreement""#)
        .expect("the next section");
    let panel = &html[panel_start..panel_end];

    // The picture is a figure: an image with a text alternative, captioned.
    let image = by_class(panel, "nue-map__image");
    assert_eq!(image.attr("role"), Some("img"));
    assert_eq!(image.attr("aria-label"), Some(map.description.as_ref()));
    assert_eq!(previous_tag(panel, &image).name, "figure");
    let text = visible_text(panel);
    assert!(text.contains("NATO's 32 members in June 2024"));
    assert!(text.contains("the United States and Canada"));
    assert!(map.description.contains("Hungary") && map.description.contains("Ukraine"));

    // The key: each line a mark the stylesheet draws, and its words.
    let key: Vec<&str> = panel
        .match_indices("data-mark=\"")
        .map(|(at, m)| {
            let start = at + m.len();
            &panel[start..start + panel[start..].find('"').unwrap()]
        })
        .collect();
    assert_eq!(key, ["member", "apart", "highlight", "other", "city"]);
    for line in [
        "NATO member",
        "Hungary: will not veto the plan",
        "Ukraine, which the plan would support",
        "Not a NATO member",
        "Brussels, where the ministers met",
    ] {
        assert!(text.contains(line), "the key says `{line}`");
    }

    // Every member as text, in a disclosure that opens without script.
    let list_start = panel.find("<details").expect("a disclosure");
    let list = &panel[list_start..];
    assert!(visible_text(list).starts_with(map.members_label.as_ref()));
    assert_eq!(map.members.len(), 32);
    for member in map.members.iter() {
        assert!(
            list.contains(&format!("<li>{member}</li>")),
            "{member} is listed"
        );
    }
    assert!(
        !html.contains("nato-map.svg"),
        "the picture comes from the stylesheet"
    );
}
