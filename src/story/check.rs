//! Reading and checking the story file, natively only (build script and tests).
//!
//! Every problem names the file, the line where known, the field and what is
//! wrong, so that an editor can fix the file without reading Rust. This file
//! reads; `validate.rs` checks what the parser cannot see.

use super::model::Story;
use super::validate::validate;
use std::collections::HashMap;
use std::fmt;

/// One problem in a story file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// 1-based line, where the problem can be pinned to one.
    pub line: Option<usize>,
    /// Path of the field, such as `sections[1].title`.
    pub field: String,
    pub problem: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}: {}", self.file, self.field, self.problem),
            None => write!(f, "{}: {}: {}", self.file, self.field, self.problem),
        }
    }
}

/// Every problem on its own line, as the build and the prerenderer print them.
pub fn report(problems: &[ContentError]) -> String {
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    lines.join("\n")
}

/// Parses and checks a story file; `file` is only used to name it in errors.
pub fn parse_story(file: &str, text: &str) -> Result<Story, Vec<ContentError>> {
    let story: Story = toml::from_str(text).map_err(|err| vec![syntax_error(file, text, &err)])?;
    let problems = validate(&story);
    if problems.is_empty() {
        return Ok(story);
    }
    Err(problems
        .into_iter()
        .map(|(field, problem)| ContentError {
            file: file.to_owned(),
            line: None,
            field,
            problem,
        })
        .collect())
}

/// The line (from 1) that the byte at `offset` of `text` stands on. An
/// error that starts a line is on that line, not the one before.
pub fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Turns a TOML or shape error into a message with the field's path.
fn syntax_error(file: &str, text: &str, err: &toml::de::Error) -> ContentError {
    let offset = err
        .span()
        .map(|span| span.start)
        .unwrap_or(0)
        .min(text.len());
    let line = line_at(text, offset);
    let table = enclosing_table(text, line);
    let message = err.message().trim();
    let (key, problem) = match backticked(message) {
        Some(key) if message.starts_with("missing field") => (Some(key), "is missing".to_owned()),
        Some(key) if message.starts_with("unknown field") => {
            (Some(key), format!("is not a known field ({message})"))
        }
        _ => (None, message.to_owned()),
    };
    let field = match (table.as_str(), key) {
        ("", Some(key)) => key.to_owned(),
        (table, Some(key)) => format!("{table}.{key}"),
        ("", None) => "(file)".to_owned(),
        (table, None) => table.to_owned(),
    };
    ContentError {
        file: file.to_owned(),
        line: Some(line),
        field,
        problem,
    }
}

/// The first `` `name` `` in a message.
fn backticked(message: &str) -> Option<&str> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(&message[start..start + len])
}

/// The table (`source`, `sections[2]`) whose body holds 1-based `line`.
fn enclosing_table(text: &str, line: usize) -> String {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let mut current = String::new();
    for row in text.lines().take(line) {
        let row = row.trim();
        if let Some(name) = row.strip_prefix("[[").and_then(|r| r.strip_suffix("]]")) {
            let name = name.trim();
            let index = counts.entry(name).or_default();
            current = format!("{name}[{index}]");
            *index += 1;
        } else if let Some(name) = row.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            current = name.trim().to_owned();
        }
    }
    current
}
