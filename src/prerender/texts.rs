//! The table of the story's texts that prerendered HTML carries beside the
//! explainer, which the browser build reads its texts from
//! (src/story/text.rs), written as the build script writes it for the
//! built story (`STORY_TEXTS`).

// The build script's writer of the story as data, which also lists its texts.
#[allow(dead_code)]
#[path = "../../build/rust_literal.rs"]
mod rust_literal;

use crate::story::Story;

/// The table of `story`'s texts (src/story/text.rs) as JSON, led by its
/// fingerprint, written as the build writes it for the built story
/// (`STORY_TEXTS`); a `<` is escaped, so it can stand in a `<script>`.
pub fn story_texts(story: &Story, print: u64) -> String {
    // Only a story that holds something other than text could fail.
    let texts = rust_literal::to_rust_indexed(story, true).map_or_else(|_| Vec::new(), |(_, t)| t);
    rust_literal::table_json(print, texts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_of_texts_is_the_built_one_with_every_text() {
        use crate::story::{set_table, STORY, STORY_FINGERPRINT, STORY_TEXTS, STORY_TEXT_COUNT};
        assert_eq!(
            story_texts(&STORY, STORY_FINGERPRINT),
            STORY_TEXTS.trim_end()
        );
        let table: Vec<String> = serde_json::from_str(STORY_TEXTS).unwrap();
        assert_eq!(table[0], format!("{STORY_FINGERPRINT:016x}"));
        // Every string the story file's types hold, once, the labels last.
        fn strings(value: &serde_json::Value) -> usize {
            match value {
                serde_json::Value::String(_) => 1,
                serde_json::Value::Array(items) => items.iter().map(strings).sum(),
                serde_json::Value::Object(fields) => fields.values().map(strings).sum(),
                _ => 0,
            }
        }
        let all = strings(&serde_json::to_value(&STORY).unwrap());
        assert_eq!(STORY_TEXT_COUNT, all);
        assert_eq!(
            table.last(),
            STORY.ui.texts().last().map(|l| l.to_string()).as_ref()
        );
        assert_eq!(table.len(), 1 + STORY_TEXT_COUNT);
        assert!(table.iter().any(|t| *t == *STORY.headline));
        // The checks the browser makes before it takes a table.
        let cells = |table: &[String]| table.iter().cloned().map(Some).collect::<Vec<_>>();
        assert!(set_table(cells(&table).into_iter()));
        let mut other = table.clone();
        other[0] = "0123456789abcdef".into();
        assert!(!set_table(cells(&other).into_iter()), "another story's");
        assert!(
            !set_table(cells(&table[..table.len() - 1]).into_iter()),
            "a text short"
        );
        let mut long = table.clone();
        long.push("more".into());
        assert!(!set_table(cells(&long).into_iter()), "a text too many");
        let mut broken = cells(&table);
        broken[3] = None;
        assert!(!set_table(broken.into_iter()), "a cell that is no text");
        // No text can end the script element it stands in.
        let mut story = STORY.clone();
        story.headline = "</script><script>alert(1)</script>".into();
        let json = story_texts(&story, 1);
        assert!(!json.contains('<'), "{json}");
        let read: Vec<String> = serde_json::from_str(&json).unwrap();
        assert!(read.contains(&"</script><script>alert(1)</script>".to_owned()));
    }
}
