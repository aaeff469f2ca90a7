//! The sections as a reader drives them: closed at start, opened and closed
//! by a click, several open at once, native buttons in headings, the
//! show-all control following the real state, and the map in its section.

use crate::support::{is_visible, Mounted, Widget, SECTIONS};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn sections_start_closed_and_a_click_opens_and_closes_one() {
    let widget = Widget::mount().await;
    for id in SECTIONS {
        assert_eq!(widget.expanded(id), "false");
        assert!(!widget.panel_visible(id), "{id} starts closed");
        assert_eq!(
            widget
                .get(&format!("#{id}-panel"))
                .get_attribute("hidden")
                .as_deref(),
            Some("until-found")
        );
    }
    widget.click("#nato-plan-button").await;
    assert_eq!(widget.expanded("nato-plan"), "true");
    assert!(widget.panel_visible("nato-plan"));
    assert_eq!(widget.expanded("sanctions"), "false");

    widget.click("#nato-plan-button").await;
    assert_eq!(widget.expanded("nato-plan"), "false");
    assert!(!widget.panel_visible("nato-plan"));
}

#[wasm_bindgen_test]
async fn the_map_opens_with_its_section_and_its_members_open_with_a_click() {
    let widget = Widget::mount().await;
    let map = nato_ukraine_explainer::story::STORY.sections[0]
        .map
        .as_ref()
        .expect("the NATO plan has a map");
    let image = widget.get("#nato-plan-panel .nue-map__image");
    assert_eq!(image.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        image.get_attribute("aria-label").as_deref(),
        Some(map.description.as_ref())
    );
    assert!(!is_visible(&image), "hidden while its section is closed");
    widget.click("#nato-plan-button").await;
    assert!(is_visible(&image), "shown once its section opens");

    let marks: Vec<String> = (0..5)
        .map(|i| {
            widget
                .get(&format!(".nue-map__key li:nth-child({})", i + 1))
                .get_attribute("data-mark")
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(marks, ["member", "apart", "highlight", "other", "city"]);

    let members = widget.get(".nue-map__members");
    let last = widget.get(".nue-map__members li:last-child");
    assert!(!is_visible(&last), "the list starts folded");
    widget.click(".nue-map__members summary").await;
    assert!(members.has_attribute("open") && is_visible(&last));
    assert_eq!(last.text_content().as_deref(), Some("United States"));
}

#[wasm_bindgen_test]
async fn headers_are_native_buttons_inside_headings() {
    // A native <button type="button"> is what makes Enter and Space work with
    // no key handler; the end-to-end suite presses the real keys.
    let widget = Widget::mount().await;
    for id in SECTIONS {
        let button = widget.get(&format!("#{id}-button"));
        assert_eq!(button.tag_name(), "BUTTON");
        assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
        let heading = button.parent_element().unwrap().tag_name();
        assert!(
            matches!(heading.as_str(), "H2" | "H3" | "H4" | "H5" | "H6"),
            "{heading}"
        );
        assert_eq!(
            button.get_attribute("aria-controls"),
            Some(format!("{id}-panel"))
        );
    }
}

#[wasm_bindgen_test]
async fn several_sections_can_be_open_at_once() {
    let widget = Widget::mount().await;
    widget.click("#nato-plan-button").await;
    widget.click("#sanctions-button").await;
    assert!(widget.panel_visible("nato-plan") && widget.panel_visible("sanctions"));
    assert!(!widget.panel_visible("security-agreement"));
}

#[wasm_bindgen_test]
async fn show_all_and_hide_all_follow_the_real_state() {
    let widget = Widget::mount().await;
    let show_all = ".nue-show-all";
    let closed = ("Show all sections".to_owned(), "false".to_owned());
    let open = ("Hide all sections".to_owned(), "true".to_owned());
    assert_eq!(widget.show_all(), closed);

    widget.click(show_all).await;
    assert!(SECTIONS.iter().all(|id| widget.panel_visible(id)));
    assert_eq!(widget.show_all(), open);

    // Closing one section by hand turns the control back into "Show all".
    widget.click("#security-agreement-button").await;
    assert_eq!(widget.show_all(), closed);

    // Opening it again by hand makes everything open: "Hide all".
    widget.click("#security-agreement-button").await;
    assert_eq!(widget.show_all(), open);

    widget.click(show_all).await;
    assert!(SECTIONS.iter().all(|id| !widget.panel_visible(id)));
    assert_eq!(widget.show_all(), closed);
}
