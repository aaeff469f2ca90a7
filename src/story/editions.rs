//! Editions of the story in other languages, `content/story.<language>.toml`
//! beside the English `content/story.toml`: each tells the same story, so
//! the widget's links, options, map and dates work alike in every language.
//! A new edition is a new file: the build and the tests find it by name.

use super::check::{parse_story, ContentError};
use super::model::Story;

/// The file name of the edition in `language`, in the content folder.
pub fn file_of(language: &str) -> String {
    ["content/story.", language, ".toml"].concat()
}

/// The languages of the editions beside the English one, from the names of
/// the files in `dir` (`story.uk.toml` is `uk`), sorted.
pub fn languages_in(dir: &std::path::Path) -> std::io::Result<Vec<String>> {
    let mut found: Vec<String> = std::fs::read_dir(dir)?
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let language = name.strip_prefix("story.")?.strip_suffix(".toml")?;
            Some(language.to_owned())
        })
        .collect();
    found.sort();
    Ok(found)
}

/// Reads the edition `text` of `file` as the English story file is read,
/// and [`compare`]s it with `english`: the edition, or every problem.
pub fn check(file: &str, text: &str, english: &Story) -> Result<Story, Vec<ContentError>> {
    let edition = parse_story(file, text)?;
    let problems = compare(file, text, english, &edition);
    if problems.is_empty() {
        Ok(edition)
    } else {
        Err(problems)
    }
}

/// What makes `edition` (the text `text` of `file`) another story than
/// `english`: other sections or section ids, other key dates, a missing or
/// extra key number, person, map entry or member. Words may differ, and
/// so may the paragraphs and the date of the last update.
pub fn compare(file: &str, text: &str, english: &Story, edition: &Story) -> Vec<ContentError> {
    let mut out = Vec::new();
    let mut differ = |table: &str, index: Option<usize>, key: &str, problem: String| {
        let field = match index {
            Some(i) => format!("{table}[{i}].{key}"),
            None if table.is_empty() => key.to_owned(),
            None => format!("{table}.{key}"),
        };
        out.push(ContentError {
            file: file.to_owned(),
            line: line_of(text, table, index, key),
            field,
            problem,
        });
    };
    if file_of(&edition.language) != file {
        let problem = format!(
            "is `{}`, but the file's name says another",
            edition.language
        );
        differ("", None, "language", problem);
    }
    let counts = [
        (
            "key_numbers",
            english.key_numbers.len(),
            edition.key_numbers.len(),
        ),
        ("sections", english.sections.len(), edition.sections.len()),
        ("people", english.people.len(), edition.people.len()),
        ("timeline", english.timeline.len(), edition.timeline.len()),
    ];
    for (table, theirs, ours) in counts {
        if let Some(problem) = fewer_or_more("entries", ours, theirs) {
            differ("", None, table, problem);
        }
    }
    for (i, (theirs, ours)) in english
        .sections
        .iter()
        .zip(edition.sections.iter())
        .enumerate()
    {
        if theirs.id != ours.id {
            let problem = format!("is `{}`; the English edition's is `{}`", ours.id, theirs.id);
            differ("sections", Some(i), "id", problem);
        }
        // The browser build compiles the English story's shape and reads
        // an edition's texts into it (src/story/text.rs).
        let (here, there) = (ours.paragraphs.len(), theirs.paragraphs.len());
        if let Some(problem) = fewer_or_more("paragraphs", here, there) {
            differ("sections", Some(i), "paragraphs", problem);
        }
        match (&theirs.map, &ours.map) {
            (Some(theirs), Some(ours)) => {
                let marks = |map: &super::model::Map| -> Vec<String> {
                    map.key.iter().map(|k| k.mark.to_string()).collect()
                };
                if marks(theirs) != marks(ours) {
                    let problem = format!(
                        "marks {:?}; the English edition's {:?}",
                        marks(ours),
                        marks(theirs)
                    );
                    differ("sections", Some(i), "map.key", problem);
                }
                let (here, there) = (ours.members.len(), theirs.members.len());
                if let Some(problem) = fewer_or_more("members", here, there) {
                    differ("sections", Some(i), "map.members", problem);
                }
                let (here, there) = (ours.place_names.len(), theirs.place_names.len());
                if let Some(problem) = fewer_or_more("place names", here, there) {
                    differ("sections", Some(i), "map.place_names", problem);
                }
            }
            (None, None) => {}
            _ => differ(
                "sections",
                Some(i),
                "map",
                "is where the English edition has none, or missing where it has one".into(),
            ),
        }
    }
    for (i, (theirs, ours)) in english
        .timeline
        .iter()
        .zip(edition.timeline.iter())
        .enumerate()
    {
        if theirs.date != ours.date {
            let problem = format!("is {}; the English edition's is {}", ours.date, theirs.date);
            differ("timeline", Some(i), "date", problem);
        }
    }
    // The same report, under the title it was published with.
    let (theirs, ours) = (&english.source, &edition.source);
    for (field, theirs, ours) in [
        ("reported", &theirs.reported, &ours.reported),
        ("title", &theirs.title, &ours.title),
        (
            "title_language",
            &theirs.title_language,
            &ours.title_language,
        ),
    ] {
        if theirs != ours {
            let problem = format!("is {ours}; the English edition's is {theirs}");
            differ("source", None, field, problem);
        }
    }
    out
}

/// The line of `key` in the `index`th `[[table]]` (or in `[table]`, or
/// The problem with an edition that has `ours` of `what` where the English
/// edition has `theirs`, if the two differ.
fn fewer_or_more(what: &str, ours: usize, theirs: usize) -> Option<String> {
    (ours != theirs).then(|| format!("has {ours} {what}; the English edition has {theirs}"))
}

/// among the top-level keys when `table` is empty), where it is written.
fn line_of(text: &str, table: &str, index: Option<usize>, key: &str) -> Option<usize> {
    let key = key.rsplit('.').next().unwrap_or(key);
    let sub = [table, "."].concat();
    let mut count = 0;
    let mut inside = table.is_empty();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.starts_with('[') {
            let name = line.trim_matches(['[', ']']).trim();
            if !table.is_empty() && name == table {
                count += 1;
                inside = index.is_none_or(|i| count == i + 1);
            } else if table.is_empty() || !name.starts_with(&sub) {
                // Another table; a sub-table (`sections.map`) is still inside.
                inside = false;
            }
        } else if inside && line.split('=').next().is_some_and(|k| k.trim() == key) {
            return Some(n + 1);
        }
    }
    None
}
