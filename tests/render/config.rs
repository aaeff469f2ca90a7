//! What the host's options change in the render: sections open at start,
//! theme, language and its direction, parts hidden and labels replaced.

use crate::common::{name, Query};
use crate::{page, render_configured};
use nato_ukraine_explainer::options::Raw;
use nato_ukraine_explainer::story::STORY;

#[test]
fn config_opens_sections_and_sets_theme_and_language() {
    let html = render_configured(&[
        ("open", Raw::Text("sanctions nato-plan".into())),
        ("theme", Raw::Text("dark".into())),
        ("lang", Raw::Text("en-GB".into())),
    ]);
    let root = html.one(".nue");
    assert_eq!(root.attr("data-theme"), Some("dark"));
    assert_eq!(root.attr("lang"), Some("en-GB"));
    for (id, open) in [
        ("nato-plan", true),
        ("security-agreement", false),
        ("sanctions", true),
    ] {
        let expanded = html.by_id(&format!("{id}-button"));
        assert_eq!(
            expanded.attr("aria-expanded"),
            Some(if open { "true" } else { "false" }),
            "{id}"
        );
        let panel = html.by_id(&format!("{id}-panel"));
        assert_eq!(panel.attr("hidden").is_none(), open, "{id}");
    }
    assert_eq!(root.attr("dir"), Some("ltr"));
    assert_eq!(page().one(".nue").attr("data-theme"), Some("auto"));
}

#[test]
fn the_root_states_the_story_language_and_its_direction() {
    // By default the story's own language, so a host page in another
    // language or direction changes neither.
    let html = page();
    let root = html.one(".nue");
    assert_eq!(root.attr("lang"), Some(STORY.language.as_ref()));
    assert_eq!(root.attr("dir"), Some("ltr"));
    for (lang, dir) in [
        ("ar", "rtl"),
        ("he-IL", "rtl"),
        ("az-Arab", "rtl"),
        ("de-CH", "ltr"),
    ] {
        let html = render_configured(&[("lang", Raw::Text(lang.into()))]);
        let root = html.one(".nue");
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
    let text = html.visible_text();
    assert!(text.contains("Alles zeigen") && !text.contains("Show all sections"));
    assert!(text.contains("Wer ist wer") && !text.contains("Who's who"));
    assert!(!text.contains("Key numbers") && !text.contains("Key dates"));
    let hidden = html.all(r#"[class*="nue-numbers"], [class*="nue-timeline"]"#);
    assert!(hidden.is_empty(), "{hidden:?}");
    assert_eq!(name(html.by_id("nue-title")), "h3");
}
