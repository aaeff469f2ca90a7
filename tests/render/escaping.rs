//! Text from the story file is always text, never markup: a headline, a
//! paragraph, the map's description and its members, written as HTML,
//! reach the reader as the characters they are.

use crate::common::{parse, Query};
use crate::{at_level, html_with};
use nato_ukraine_explainer::story::STORY;

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
    let story = Box::leak(Box::new(story));
    let html = html_with(story, at_level(story, 2));
    // On the HTML as sent, on purpose: escaping is a matter of how the text
    // is spelled there. Then as parsed: no element came from the story.
    assert!(!html.contains("<img src=x") && !html.contains("<script>alert"));
    assert!(!html.contains("<b>Atlantis"));
    let page = parse(&html);
    let injected = page.all("img, script, b");
    assert!(injected.is_empty(), "{injected:?}");
    let text = page.visible_text();
    assert!(text.contains("<b>Atlantis</b>"));
    assert!(text.contains("<img src=x onerror=alert(1)> & co"));
    assert!(text.contains("<script>alert(1)</script>"));
}
