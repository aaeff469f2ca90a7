//! The story file's checks that its parser cannot see: empty text, empty
//! lists, bad or duplicate ids, dates that do not exist or lack their year,
//! the map's words. Natively only (build script and tests).

use super::date::Span;
use super::model::{KeyEntry, KeyNumber, Map, Person, Section, Source, Step, Story, Text};
use std::collections::HashMap;

/// Every problem the parser cannot see: empty text, empty lists, bad or
/// duplicate ids, a malformed date. Returns `(field, problem)` pairs.
pub fn validate(story: &Story) -> Vec<(String, String)> {
    let mut out = Problems::default();
    if !super::is_language_tag(&story.language) {
        out.push(
            "language",
            format!(
                "`{}` is not a language tag such as \"en\" or \"de-CH\"",
                story.language
            ),
        );
    }
    out.text("headline", &story.headline);
    out.text("summary", &story.summary);
    out.text("dateline", &story.dateline);

    out.list("key_numbers", &story.key_numbers);
    for (i, KeyNumber { value, label }) in story.key_numbers.iter().enumerate() {
        out.text(&format!("key_numbers[{i}].value"), value);
        out.text(&format!("key_numbers[{i}].label"), label);
    }

    out.list("sections", &story.sections);
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for (
        i,
        Section {
            id,
            title,
            paragraphs,
            map,
        },
    ) in story.sections.iter().enumerate()
    {
        let field = format!("sections[{i}].id");
        if !is_url_id(id) {
            out.push(
                &field,
                format!("`{id}` must start with a-z and hold only a-z, 0-9 and -"),
            );
        }
        if let Some(first) = ids.insert(id, i) {
            out.push(
                &field,
                format!("duplicate id `{id}` (also sections[{first}].id)"),
            );
        }
        out.text(&format!("sections[{i}].title"), title);
        out.list(&format!("sections[{i}].paragraphs"), paragraphs);
        for (p, paragraph) in paragraphs.iter().enumerate() {
            out.text(&format!("sections[{i}].paragraphs[{p}]"), paragraph);
        }
        if let Some(map) = map {
            out.map(&format!("sections[{i}].map"), map);
        }
    }
    let maps = story.sections.iter().filter(|s| s.map.is_some()).count();
    if maps > 1 {
        out.push(
            "sections",
            format!("{maps} sections have a `map`; the explainer draws one"),
        );
    }

    out.list("people", &story.people);
    for (i, Person { name, role, part }) in story.people.iter().enumerate() {
        out.text(&format!("people[{i}].name"), name);
        out.text(&format!("people[{i}].role"), role);
        out.text(&format!("people[{i}].part"), part);
    }

    out.list("timeline", &story.timeline);
    let mut previous = None;
    for (i, Step { date, when, what }) in story.timeline.iter().enumerate() {
        out.text(&format!("timeline[{i}].when"), when);
        out.text(&format!("timeline[{i}].what"), what);
        let span = out.date(
            (&format!("timeline[{i}].date"), date),
            (&format!("timeline[{i}].when"), when),
        );
        if let (Some(span), Some((before, at))) = (span, previous) {
            if span.start < before {
                out.push(
                    &format!("timeline[{i}].date"),
                    format!("`{date}` comes before timeline[{at}].date: keep the dates in order"),
                );
            }
        }
        previous = span.map(|span| (span.start, i)).or(previous);
    }

    let Source {
        credit,
        title,
        title_language,
        reported,
        reported_label,
        updated,
        updated_label,
    } = &story.source;
    out.text("source.credit", credit);
    out.text("source.title", title);
    if !super::is_language_tag(title_language) {
        out.push(
            "source.title_language",
            format!("`{title_language}` is not a language tag such as \"en\" or \"de-CH\""),
        );
    }
    out.text("source.reported_label", reported_label);
    out.text("source.updated_label", updated_label);
    let reported = out.date(
        ("source.reported", reported),
        ("source.reported_label", reported_label),
    );
    let updated = out.date(
        ("source.updated", updated),
        ("source.updated_label", updated_label),
    );
    if let (Some(reported), Some(updated)) = (reported, updated) {
        if updated.start < reported.start {
            out.push(
                "source.updated",
                "the explainer cannot be updated before the story was reported".to_owned(),
            );
        }
    }

    for (name, text) in story.ui.fields() {
        out.text(&format!("ui.{name}"), text);
    }
    out.0
}

/// A section id that is safe in a URL fragment and an HTML id.
pub fn is_url_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-'))
}

#[derive(Default)]
struct Problems(Vec<(String, String)>);

impl Problems {
    fn push(&mut self, field: &str, problem: String) {
        self.0.push((field.to_owned(), problem));
    }

    fn text(&mut self, field: &str, text: &Text) {
        if text.trim().is_empty() {
            self.push(field, "must not be empty".to_owned());
        }
    }

    /// A date field (a day or a span of days) and its label, the same date
    /// as the reader sees it, which must say its year; the span if good.
    fn date(
        &mut self,
        (field, date): (&str, &str),
        (label_field, label): (&str, &str),
    ) -> Option<Span> {
        match Span::parse(date) {
            Ok(span) => {
                if !label.trim().is_empty() && !span.is_named_with_its_year(label) {
                    self.push(
                        label_field,
                        format!("`{label}` does not say its year ({})", span.start.year),
                    );
                }
                Some(span)
            }
            Err(problem) => {
                self.push(field, problem);
                None
            }
        }
    }

    fn list<T>(&mut self, field: &str, list: &[T]) {
        if list.is_empty() {
            self.push(field, "needs at least one entry".to_owned());
        }
    }

    /// A map's words: all there, each mark one the map draws, and no
    /// member twice (the map shades the list as written).
    fn map(&mut self, field: &str, map: &Map) {
        self.text(&format!("{field}.description"), &map.description);
        self.text(&format!("{field}.caption"), &map.caption);
        self.text(&format!("{field}.members_label"), &map.members_label);
        self.list(&format!("{field}.key"), &map.key);
        for (k, KeyEntry { mark, label }) in map.key.iter().enumerate() {
            self.text(&format!("{field}.key[{k}].label"), label);
            if !KeyEntry::MARKS.contains(&mark.as_ref()) {
                self.push(
                    &format!("{field}.key[{k}].mark"),
                    format!("`{mark}` is not one of {}", KeyEntry::MARKS.join(", ")),
                );
            }
        }
        self.list(&format!("{field}.members"), &map.members);
        for (m, member) in map.members.iter().enumerate() {
            let member_field = format!("{field}.members[{m}]");
            self.text(&member_field, member);
            if map.members[..m].contains(member) {
                self.push(&member_field, format!("`{member}` is listed twice"));
            }
        }
    }
}
