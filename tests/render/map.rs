//! The map in "The NATO plan": a captioned image with a text alternative, a
//! key whose marks the stylesheet draws, and every member as text in a
//! disclosure that opens without script.

use crate::common::{name, parent, parse, Query};
use crate::{at_level, html_with};
use nato_ukraine_explainer::story::STORY;

#[test]
fn the_nato_plan_shows_its_map_with_words_for_everything_it_shows() {
    let html = html_with(&STORY, at_level(&STORY, 2));
    let page = parse(&html);
    let map = STORY.sections[0]
        .map
        .as_ref()
        .expect("the NATO plan has a map");
    let panel = page.by_id("nato-plan-panel");

    // The picture is a figure: an image with a text alternative, captioned.
    let image = panel.one(".nue-map__image");
    assert_eq!(image.attr("role"), Some("img"));
    assert_eq!(image.attr("aria-label"), Some(map.description.as_ref()));
    assert_eq!(name(parent(image)), "figure");
    let text = panel.visible_text();
    assert!(text.contains("NATO's 32 members in June 2024"));
    assert!(text.contains("the United States and Canada"));
    assert!(map.description.contains("Hungary") && map.description.contains("Ukraine"));

    // The key: each line a mark the stylesheet draws, and its words.
    let key: Vec<&str> = panel
        .all("[data-mark]")
        .into_iter()
        .filter_map(|line| line.attr("data-mark"))
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
    let list = panel.one("details");
    assert!(list.visible_text().starts_with(map.members_label.as_ref()));
    assert_eq!(map.members.len(), 32);
    let listed: Vec<String> = list.all("li").iter().map(|li| li.visible_text()).collect();
    for member in map.members.iter() {
        assert!(listed.contains(&member.to_string()), "{member} is listed");
    }
    // On the HTML as sent, on purpose: the file is named nowhere, in no
    // attribute, style or text.
    assert!(
        !html.contains("nato-map"),
        "the picture comes from the stylesheet"
    );
}
