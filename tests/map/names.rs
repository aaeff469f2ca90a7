//! The map's names: written as text in each edition's words, and a layer
//! of their own over the drawing every edition shares.

use crate::common::{parse, Query};
use crate::{drawn, rendered, rendered_over, spec, texts};
use nato_ukraine_explainer::prerender::map::{draw, members, place_names, Layer, Theme};
use nato_ukraine_explainer::story::STORY;

#[test]
fn names_are_written_as_text() {
    let mut names = place_names(&STORY).unwrap();
    names[0] = "<b>&\"".into();
    let svg = draw(&spec(), &members(&STORY).unwrap(), &names)
        .unwrap()
        .svg(Theme::Light, Layer::Names, "en\"><x");
    // On the SVG as written, on purpose: escaping is a matter of how the
    // text is spelled there. Then as read: the same characters, as text.
    assert!(svg.contains("&lt;b&gt;&amp;"), "the name is escaped");
    assert!(!svg.contains("<b>") && !svg.contains("<x"));
    let drawing = parse(&svg);
    assert!(texts(&drawing).iter().any(|n| n == "<b>&\""), "{svg}");
    assert_eq!(drawing.one("svg").attr("lang"), Some("en\"><x"));
    // Still one well-formed SVG, whatever the words.
    resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default())
        .expect("the map stays valid SVG");
}

#[test]
fn each_edition_writes_its_own_names_on_the_map() {
    use nato_ukraine_explainer::story::EDITIONS;
    let ukrainian = EDITIONS
        .iter()
        .find(|e| e.language == "uk")
        .expect("a Ukrainian edition");
    let names = place_names(ukrainian).unwrap();
    let svg = draw(&spec(), &members(&STORY).unwrap(), &names)
        .unwrap()
        .svg(Theme::Dark, Layer::Names, "uk");
    let drawing = parse(&svg);
    assert_eq!(
        texts(&drawing),
        ["Росія", "Україна", "Угорщина", "Брюссель"]
    );
    assert_eq!(drawing.one("svg").attr("lang"), Some("uk"));
    assert_eq!(
        Theme::Dark.names_file_in("uk"),
        "nato-map-names-dark.uk.svg"
    );
    assert_eq!(Theme::Light.names_file_in("en"), "nato-map-names.svg");
    // As many names as the map places, or the build says which are missing.
    let error = match draw(&spec(), &members(&STORY).unwrap(), &names[..3]) {
        Ok(_) => panic!("drawn with a name missing"),
        Err(error) => error,
    };
    assert!(
        error.contains("3 place_names") && error.contains("content/map.toml places 4"),
        "{error}"
    );
}

#[test]
fn the_names_over_the_shared_drawing_are_the_whole_map() {
    use nato_ukraine_explainer::story::EDITIONS;
    let ukrainian = EDITIONS.iter().find(|e| e.language == "uk").unwrap();
    let names = place_names(ukrainian).unwrap();
    let english = drawn();
    let map = draw(&spec(), &members(&STORY).unwrap(), &names).unwrap();
    for theme in Theme::ALL {
        // The drawing has no words, so every edition shares it.
        let drawing = map.svg(theme, Layer::Drawing, "uk");
        assert_eq!(drawing, english.svg(theme, Layer::Drawing, "en"));
        assert!(
            !parse(&drawing).has("text"),
            "{theme:?}: words in the drawing"
        );
        // The names cover nothing but themselves: the sea in a corner and
        // France show through.
        let layer = rendered(&map.svg(theme, Layer::Names, "uk"));
        let (x, y) = map.locate((4.0, 46.0));
        for (what, x, y) in [("the corner", 1, 1), ("France", x as u32, y as u32)] {
            let alpha = layer.pixel(x, y).map(|p| p.alpha());
            assert_eq!(alpha, Some(0), "{theme:?}: the names layer covers {what}");
        }
        // Stacked as the stylesheet stacks them, they are the whole map.
        let stacked = rendered_over(&[&drawing, &map.svg(theme, Layer::Names, "uk")]);
        let whole = rendered(&map.svg(theme, Layer::Whole, "uk"));
        assert!(
            stacked.data() == whole.data(),
            "{theme:?}: the layers stacked differ from the whole map"
        );
    }
    assert_eq!(Theme::Light.file(), "nato-map.svg");
    assert_eq!(Theme::Dark.file(), "nato-map-dark.svg");
}

#[test]
fn the_drawing_renamed_is_each_editions_map() {
    // The build draws once and writes each edition's names on it.
    use nato_ukraine_explainer::story::EDITIONS;
    let ukrainian = EDITIONS.iter().find(|e| e.language == "uk").unwrap();
    let names = place_names(ukrainian).unwrap();
    let drawn_in_ukrainian = draw(&spec(), &members(&STORY).unwrap(), &names).unwrap();
    let mut renamed = drawn();
    renamed.rename(&names).unwrap();
    for theme in Theme::ALL {
        for layer in [Layer::Drawing, Layer::Names, Layer::Whole] {
            assert_eq!(
                renamed.svg(theme, layer, "uk"),
                drawn_in_ukrainian.svg(theme, layer, "uk"),
                "{theme:?} {layer:?}"
            );
        }
    }
    let error = renamed.rename(&names[..3]).unwrap_err();
    assert!(error.contains("3 place_names"), "{error}");
    // A refused renaming leaves the names as they were.
    assert_eq!(
        renamed.svg(Theme::Light, Layer::Names, "uk"),
        drawn_in_ukrainian.svg(Theme::Light, Layer::Names, "uk")
    );
}
