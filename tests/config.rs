//! Host page options: every key read from JavaScript values or `data-*`
//! attributes, and every wrong value named in a warning with its default.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::read_options as config;

use nato_ukraine_explainer::options::{from_attributes, read, Config, Raw, Theme};
use nato_ukraine_explainer::story::STORY;

fn text(s: &str) -> Raw {
    Raw::Text(s.to_owned())
}

/// The single warning a config gives, as the console shows it.
fn warning(entries: &[(&str, Raw)]) -> String {
    let (config, warnings) = config(entries);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(
        config,
        Config::defaults(&STORY),
        "a wrong value leaves the default"
    );
    warnings[0].to_string()
}

#[test]
fn no_options_means_the_defaults() {
    let (config, warnings) = config(&[]);
    assert!(warnings.is_empty());
    assert_eq!(config.theme, Theme::Auto);
    assert_eq!(config.heading_level, 2);
    assert!(config.open.is_empty());
    assert!(config.parts.key_numbers && config.parts.people && config.parts.timeline);
    assert_eq!(config.ui, STORY.ui);
}

#[test]
fn good_options_are_taken() {
    let (config, warnings) = config(&[
        ("open", Raw::List(vec![text("sanctions")])),
        ("theme", text("light")),
        ("headingLevel", Raw::Number(4.0)),
        ("lang", text("de-CH")),
        ("parts", text("keyNumbers timeline")),
        ("linkPrefix", text("explainer-")),
        ("stylesheet", text("https://assets.example/explainer.css")),
        (
            "strings",
            Raw::Map(vec![("hideAll".into(), text("Alles zuklappen"))]),
        ),
    ]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.open, ["sanctions"]);
    assert_eq!(config.theme, Theme::Light);
    assert_eq!(config.heading_level, 4);
    assert_eq!(config.lang.as_deref(), Some("de-CH"));
    assert!(config.parts.key_numbers && !config.parts.people && config.parts.timeline);
    assert_eq!(config.link_prefix, "explainer-");
    assert_eq!(
        config.stylesheet.as_deref(),
        Some("https://assets.example/explainer.css")
    );
    assert_eq!(config.ui.hide_all, "Alles zuklappen");
    assert_eq!(config.ui.show_all, STORY.ui.show_all);
}

#[test]
fn attribute_text_is_read_as_an_attribute_gives_it() {
    // An attribute may carry spaces around a number; a label of spaces
    // alone is no label.
    let (config, warnings) = config(&[
        ("headingLevel", text(" 4 ")),
        (
            "strings",
            Raw::Map(vec![("showAll".into(), text(" \u{a0} "))]),
        ),
    ]);
    assert_eq!(config.heading_level, 4);
    assert_eq!(config.ui.show_all, STORY.ui.show_all);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].to_string().contains("strings.showAll"),
        "{warnings:?}"
    );
}

#[test]
fn open_all_opens_every_section() {
    let (config, warnings) = config(&[("open", text("all"))]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        config.open,
        ["nato-plan", "security-agreement", "sanctions"]
    );
}

#[test]
fn each_wrong_value_is_named_with_its_default() {
    assert_eq!(
        warning(&[("theme", text("blue"))]),
        r#"nato-ukraine-explainer: config `theme`: expected "light", "dark" or "auto", got "blue"; using "auto""#
    );
    assert_eq!(
        warning(&[("headingLevel", Raw::Number(7.0))]),
        "nato-ukraine-explainer: config `headingLevel`: expected a whole number from 1 to 6, got 7; using 2"
    );
    assert!(warning(&[("headingLevel", text("two"))]).contains("got \"two\"; using 2"));
    assert!(
        warning(&[("headingLevel", Raw::Number(2.5))]).contains("got a fractional number; using 2")
    );
    assert!(warning(&[("open", Raw::Number(1.0))])
        .contains("config `open`: expected section ids, got 1"));
    assert!(warning(&[("open", text("budget"))])
        .contains("no section has the id \"budget\"; it stays closed"));
    assert!(warning(&[("lang", text("not a tag"))]).contains("config `lang`"));
    assert!(warning(&[("linkPrefix", text("#bad"))]).contains("using no prefix"));
    assert!(warning(&[("strings", text("x"))]).contains("config `strings`: expected an object"));
    assert!(warning(&[("stylesheet", Raw::Bool(true))]).contains("config `stylesheet`"));
}

#[test]
fn unknown_keys_and_labels_are_named_and_ignored() {
    assert!(warning(&[("colour", text("red"))])
        .starts_with("nato-ukraine-explainer: config `colour`: is not a known option"));
    let message = warning(&[("strings", Raw::Map(vec![("showAl".into(), text("x"))]))]);
    assert!(
        message
            .starts_with("nato-ukraine-explainer: config `strings.showAl`: is not a known label"),
        "{message}"
    );
    let message = warning(&[("strings", Raw::Map(vec![("showAll".into(), text("  "))]))]);
    assert!(
        message.contains("`strings.showAll`: expected non-empty text"),
        "{message}"
    );
}

#[test]
fn unknown_parts_warn_but_known_ones_count() {
    let (config, warnings) = config(&[("parts", text("people gallery"))]);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].key, "parts");
    assert!(config.parts.people && !config.parts.key_numbers && !config.parts.timeline);
}

#[test]
fn data_attributes_map_to_the_same_options() {
    let attributes = [
        ("data-nato-ukraine-explainer", ""),
        ("data-open", "sanctions"),
        ("data-theme", "dark"),
        ("data-heading-level", "3"),
        ("data-parts", "people"),
        ("class", "story-embed"),
    ];
    let entries = from_attributes(attributes);
    assert_eq!(
        entries.len(),
        4,
        "only data-* options are config: {entries:?}"
    );
    let (config, warnings) = read(&STORY, &entries);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.open, ["sanctions"]);
    assert_eq!(config.theme, Theme::Dark);
    assert_eq!(config.heading_level, 3);
    assert!(config.parts.people && !config.parts.timeline);
}

/// The options table of docs/embedding.md names every key the widget reads,
/// so a newsroom never has to read the code to find one.
#[test]
fn the_embedding_guide_names_every_key() {
    use nato_ukraine_explainer::options::{Parts, KEYS};
    use nato_ukraine_explainer::story::UiText;
    let guide = std::fs::read_to_string("docs/embedding.md").expect("docs/embedding.md reads");
    // Words in code spans: `parts` lists its names in one (`keyNumbers people`).
    let named: Vec<&str> = guide
        .split('`')
        .skip(1)
        .step_by(2)
        .flat_map(str::split_whitespace)
        .collect();
    let missing: Vec<&&str> = KEYS
        .iter()
        .chain(&Parts::KEYS)
        .chain(UiText::KEYS)
        .filter(|key| !named.contains(key))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/embedding.md does not name {missing:?}"
    );
}
