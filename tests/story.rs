//! The story file: the real one parses, checks clean and is what the widget
//! ships; each kind of mistake an editor can make is named by file, line
//! where known, field and problem.
#![cfg(not(target_arch = "wasm32"))]

use nato_ukraine_explainer::story::{parse_story, ContentError, STORY, STORY_FILE};

fn real_file() -> String {
    std::fs::read_to_string(STORY_FILE).expect("the story file is readable")
}

/// The real file with `from` replaced once by `to`; panics if `from` is absent,
/// so a test never silently edits nothing.
fn edited(from: &str, to: &str) -> String {
    let text = real_file();
    assert!(
        text.contains(from),
        "test fixture: `{from}` is not in {STORY_FILE}"
    );
    text.replacen(from, to, 1)
}

fn errors(text: &str) -> Vec<ContentError> {
    parse_story("content/story.toml", text).expect_err("the edited story must be refused")
}

fn messages(text: &str) -> Vec<String> {
    errors(text).iter().map(ToString::to_string).collect()
}

/// The real file's `updated` line, whatever day an editor last set.
fn updated_line() -> String {
    format!("updated = \"{}\"", STORY.source.updated)
}

#[test]
fn the_real_story_parses_and_is_what_the_widget_ships() {
    let parsed = parse_story(STORY_FILE, &real_file()).unwrap_or_else(|errors| {
        panic!("{errors:#?}");
    });
    assert_eq!(parsed, STORY);
    assert_eq!(STORY.sections.len(), 3);
}

#[test]
fn a_missing_headline_is_named() {
    let text = edited("headline = ", "# headline = ");
    let errors = errors(&text);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file, "content/story.toml");
    assert_eq!(errors[0].field, "headline");
    assert_eq!(errors[0].problem, "is missing");
}

#[test]
fn a_missing_section_title_names_the_section() {
    let text = edited("title = \"Sanctions on Russia\"\n", "");
    let errors = errors(&text);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, "sections[2].title");
    assert_eq!(errors[0].problem, "is missing");
    let line = errors[0].line.expect("a line number");
    let text_line = text.lines().nth(line - 1).unwrap_or_default();
    assert!(
        text_line.contains("sections") || text_line.contains("sanctions"),
        "line {line}: {text_line}"
    );
}

#[test]
fn an_empty_title_is_refused() {
    let text = edited("title = \"The NATO plan\"", "title = \"  \"");
    assert_eq!(
        messages(&text),
        ["content/story.toml: sections[0].title: must not be empty"]
    );
}

#[test]
fn a_section_without_paragraphs_is_refused() {
    let start = real_file()
        .find("paragraphs = [\n  \"On Wednesday")
        .expect("sanctions text");
    let text = real_file();
    let end = start + text[start..].find("]\n").expect("end of list") + 2;
    let text = format!("{}paragraphs = []\n{}", &text[..start], &text[end..]);
    assert_eq!(
        messages(&text),
        ["content/story.toml: sections[2].paragraphs: needs at least one entry"]
    );
}

#[test]
fn a_duplicate_section_id_is_refused() {
    let text = edited("id = \"sanctions\"", "id = \"nato-plan\"");
    assert_eq!(
        messages(&text),
        ["content/story.toml: sections[2].id: duplicate id `nato-plan` (also sections[0].id)"]
    );
}

#[test]
fn an_id_that_cannot_be_a_link_is_refused() {
    let text = edited("id = \"sanctions\"", "id = \"Sanctions & more\"");
    let messages = messages(&text);
    assert_eq!(messages.len(), 1);
    assert!(messages[0]
        .starts_with("content/story.toml: sections[2].id: `Sanctions & more` must start with a-z"));
}

#[test]
fn a_key_number_without_its_label_is_named() {
    let text = edited("value = \"32\"\nlabel = \"members of NATO, the alliance that would coordinate the help\"\n", "value = \"32\"\n");
    let errors = errors(&text);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "key_numbers[0].label");
    assert_eq!(errors[0].problem, "is missing");
    assert!(errors[0].to_string().starts_with("content/story.toml:"));
}

#[test]
fn a_misspelt_field_is_named_not_ignored() {
    let text = edited(
        "role = \"NATO Secretary-General\"",
        "rolle = \"NATO Secretary-General\"",
    );
    let errors = errors(&text);
    assert_eq!(errors[0].field, "people[2].rolle");
    let line = text.lines().position(|l| l.starts_with("rolle =")).unwrap() + 1;
    assert_eq!(errors[0].line, Some(line), "the misspelt field's own line");
    assert!(
        errors[0].problem.starts_with("is not a known field"),
        "{}",
        errors[0].problem
    );
}

#[test]
fn broken_toml_gives_its_line() {
    let text = edited("kicker = \"Explainer\"", "kicker = \"Explainer");
    let errors = errors(&text);
    let line = errors[0].line.expect("a line number");
    assert!(
        text.lines()
            .nth(line - 1)
            .unwrap_or_default()
            .contains("kicker"),
        "{errors:?}"
    );
    assert!(errors[0]
        .to_string()
        .starts_with(&format!("content/story.toml:{line}: ui")));
}

#[test]
fn the_source_title_needs_a_language_tag() {
    let text = edited("title_language = \"en\"", "title_language = \"English\"");
    assert_eq!(
        messages(&text),
        ["content/story.toml: source.title_language: `English` is not a language tag such as \"en\" or \"de-CH\""]
    );
}

#[test]
fn a_malformed_update_date_is_refused() {
    let text = edited(&updated_line(), "updated = \"04/12/2026\"");
    assert_eq!(
        messages(&text),
        ["content/story.toml: source.updated: `04/12/2026` is not a date like 2024-06-13 or a span like 2024-06-13/2024-06-15"]
    );
}

#[test]
fn the_reporting_date_is_required_and_must_exist() {
    let missing = messages(&edited("reported = \"2024-06-13\"\n", ""));
    assert!(
        missing
            .iter()
            .any(|m| m.contains("source.reported: is missing")),
        "{missing:?}"
    );
    let text = edited("reported = \"2024-06-13\"", "reported = \"2024-06-31\"");
    assert_eq!(
        messages(&text),
        ["content/story.toml: source.reported: `2024-06-31` is not a date like 2024-06-13 or a span like 2024-06-13/2024-06-15"]
    );
}

#[test]
fn every_date_label_says_its_year() {
    let text = edited(
        "when = \"Thursday 13 June 2024\"",
        "when = \"Thursday 13 June\"",
    )
    .replacen(
        "reported_label = \"13 June 2024\"",
        "reported_label = \"Thursday\"",
        1,
    );
    assert_eq!(
        messages(&text),
        [
            "content/story.toml: timeline[1].when: `Thursday 13 June` does not say its year (2024)",
            "content/story.toml: source.reported_label: `Thursday` does not say its year (2024)",
        ]
    );
}

#[test]
fn key_dates_are_real_spans_in_order() {
    let backwards = edited(
        "date = \"2024-06-13/2024-06-15\"",
        "date = \"2024-06-15/2024-06-13\"",
    );
    assert_eq!(
        messages(&backwards),
        ["content/story.toml: timeline[2].date: `2024-06-15/2024-06-13` ends before it starts"]
    );
    let out_of_order = edited("date = \"2024-07-09/2024-07-11\"", "date = \"2024-06-01\"");
    assert_eq!(
        messages(&out_of_order),
        ["content/story.toml: timeline[3].date: `2024-06-01` comes before timeline[2].date: keep the dates in order"]
    );
    let updated_first = edited(&updated_line(), "updated = \"2024-06-01\"").replacen(
        &format!("updated_label = \"{}\"", STORY.source.updated_label),
        "updated_label = \"1 June 2024\"",
        1,
    );
    assert_eq!(
        messages(&updated_first),
        ["content/story.toml: source.updated: the explainer cannot be updated before the story was reported"]
    );
}

#[test]
fn a_language_that_is_not_a_tag_is_refused() {
    let text = edited("language = \"en\"", "language = \"English\"");
    assert_eq!(
        messages(&text),
        [
            r#"content/story.toml: language: `English` is not a language tag such as "en" or "de-CH""#
        ]
    );
    let missing = messages(&edited("language = \"en\"\n", ""));
    assert!(
        missing.iter().any(|m| m.contains("language")),
        "{missing:?}"
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = edited("headline = \"", "headline = \" \" # ").replacen(
        "label = \"the length",
        "label = \" \" # ",
        1,
    );
    let fields: Vec<String> = errors(&text).into_iter().map(|e| e.field).collect();
    assert_eq!(fields, ["headline", "key_numbers[2].label"]);
}

#[test]
fn a_map_key_mark_the_map_does_not_draw_is_refused() {
    let text = edited("mark = \"apart\"", "mark = \"striped\"");
    let errors = errors(&text);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, "sections[0].map.key[1].mark");
    assert_eq!(
        errors[0].problem,
        "`striped` is not one of member, apart, highlight, other, city"
    );
}

#[test]
fn a_map_member_listed_twice_or_empty_is_refused() {
    let text = edited("\"Belgium\",", "\"Albania\",");
    let errors = errors(&text);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, "sections[0].map.members[1]");
    assert_eq!(errors[0].problem, "`Albania` is listed twice");

    let text = edited("\"Belgium\",", "\" \",");
    assert_eq!(
        messages(&text),
        ["content/story.toml: sections[0].map.members[1]: must not be empty"]
    );
}

#[test]
fn a_map_without_its_caption_is_named() {
    let text = edited("caption = ", "# caption = ");
    let errors = errors(&text);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, "sections.map.caption");
    assert_eq!(errors[0].problem, "is missing");
}
