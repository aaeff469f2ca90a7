//! The explainer tells the story in its own words: no run of 10 words or
//! more in the story file may stand in the source article as well
//! (`content/source-article.txt`). Short shared phrases, names and titles
//! are fine; copied sentences are not.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

/// How long a shared run of words may be before it counts as copied.
const LONGEST_SHARED_RUN: usize = 9;

/// Words as a reader would count them: lower case, curly and straight
/// apostrophes alike, anything else that is not a letter or digit a break
/// (so "10-year" is two words, "U.S." two letters).
fn words(text: &str) -> Vec<String> {
    text.replace('’', "'")
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Every string of the story file with its field path.
fn texts(value: &toml::Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        toml::Value::String(s) => out.push((path, s.clone())),
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                texts(item, format!("{path}[{i}]"), out);
            }
        }
        toml::Value::Table(table) => {
            for (key, item) in table {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                texts(item, path, out);
            }
        }
        _ => {}
    }
}

/// Runs of `LONGEST_SHARED_RUN + 1` words of `text` that the article has.
fn copied_runs(text: &str, article: &HashSet<Vec<String>>) -> Vec<String> {
    words(text)
        .windows(LONGEST_SHARED_RUN + 1)
        .filter(|run| article.contains(*run))
        .map(|run| run.join(" "))
        .collect()
}

fn article_runs() -> HashSet<Vec<String>> {
    let article = std::fs::read_to_string("content/source-article.txt")
        .expect("content/source-article.txt is readable");
    words(&article)
        .windows(LONGEST_SHARED_RUN + 1)
        .map(<[String]>::to_vec)
        .collect()
}

#[test]
fn no_sentence_is_copied_from_the_article() {
    let story: toml::Value = toml::from_str(
        &std::fs::read_to_string("content/story.toml").expect("the story file is readable"),
    )
    .expect("the story file is TOML");
    let mut fields = Vec::new();
    texts(&story, String::new(), &mut fields);
    assert!(fields.len() > 50, "every text of the story is read");
    let article = article_runs();
    let copied: Vec<String> = fields
        .iter()
        // The source's own title is quoted on purpose.
        .filter(|(path, _)| path != "source.title")
        .flat_map(|(path, text)| {
            copied_runs(text, &article)
                .into_iter()
                .map(move |run| format!("{path}: \"{run}\""))
        })
        .collect();
    assert!(
        copied.is_empty(),
        "runs of {} words or more taken from the article; tell them in other words:\n{}",
        LONGEST_SHARED_RUN + 1,
        copied.join("\n")
    );
}

#[test]
fn the_check_finds_a_copied_sentence() {
    let article = article_runs();
    let copied = "U.S. Defense Secretary Lloyd Austin and Ukrainian Defense Minister Rustem Umerov held bilateral talks on the sidelines.";
    assert!(!copied_runs(copied, &article).is_empty());
    // Nine words in a row from the article are still fine; ten are not.
    let nine = "He emphasized the need for Ukraine's armed forces to have enough.";
    assert!(copied_runs(nine, &article).is_empty(), "{nine}");
    let ten = "Stoltenberg emphasized the need for Ukraine's armed forces to have enough.";
    assert_eq!(copied_runs(ten, &article).len(), 1, "{ten}");
}
