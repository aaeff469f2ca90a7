//! The map of "The NATO plan", drawn at build time: every country is drawn
//! as what it is (member, the member apart, the highlighted country, any
//! other), in both themes; the stylesheet's key and box match the drawing;
//! a mistake in the drawing instructions names the file and the problem.
#![cfg(feature = "ssr")]

#[path = "../common/mod.rs"]
mod common;

mod names;
use common::{parse, Query};

use nato_ukraine_explainer::prerender::map::{
    draw, members, place_names, Drawn, Layer, MapSpec, Theme,
};
use nato_ukraine_explainer::story::STORY;
use resvg::tiny_skia::Pixmap;

pub(crate) fn spec() -> MapSpec {
    MapSpec::read().expect("content/map.toml reads")
}

pub(crate) fn drawn() -> Drawn {
    let names = place_names(&STORY).expect("the story has a map");
    draw(&spec(), &members(&STORY).unwrap(), &names).expect("the map draws")
}

/// The SVG files rendered at their own size, one pixel per unit, each over
/// the one before, as a stylesheet stacks background layers.
pub(crate) fn rendered_over(layers: &[&str]) -> Pixmap {
    let mut pixmap: Option<Pixmap> = None;
    for svg in layers {
        let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default())
            .expect("the map is valid SVG");
        let size = tree.size().to_int_size();
        let pixmap = pixmap
            .get_or_insert_with(|| Pixmap::new(size.width(), size.height()).expect("a pixmap"));
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::default(),
            &mut pixmap.as_mut(),
        );
    }
    pixmap.expect("a layer")
}

pub(crate) fn rendered(svg: &str) -> Pixmap {
    rendered_over(&[svg])
}

pub(crate) fn colour_at(pixmap: &Pixmap, (x, y): (f64, f64)) -> String {
    let pixel = pixmap
        .pixel(x.round() as u32, y.round() as u32)
        .unwrap_or_else(|| panic!("({x}, {y}) is outside the map"));
    format!(
        "#{:02x}{:02x}{:02x}",
        pixel.red(),
        pixel.green(),
        pixel.blue()
    )
}

/// The largest difference of one channel between two `#rrggbb` colours.
fn distance(a: &str, b: &str) -> u8 {
    let channel = |c: &str, i: usize| u8::from_str_radix(&c[1 + 2 * i..3 + 2 * i], 16).unwrap();
    (0..3)
        .map(|i| channel(a, i).abs_diff(channel(b, i)))
        .max()
        .unwrap()
}

/// Places well inside their country, away from names and borders.
const MEMBERS: [(&str, (f64, f64)); 12] = [
    ("France (Lyon)", (4.0, 46.0)),
    ("Spain", (-3.7, 40.4)),
    ("Portugal", (-8.0, 39.6)),
    ("Iceland", (-18.5, 64.8)),
    ("Norway", (9.5, 61.5)),
    ("Sweden", (15.0, 62.0)),
    ("Finland", (26.0, 63.0)),
    ("Poland", (19.5, 52.0)),
    ("Romania", (25.0, 45.8)),
    ("Turkey", (33.0, 39.0)),
    ("Italy", (13.5, 42.0)),
    ("United Kingdom", (-1.5, 53.0)),
];
const OTHERS: [(&str, (f64, f64)); 5] = [
    ("Austria", (14.5, 47.6)),
    ("Switzerland", (8.2, 46.8)),
    ("Belarus", (28.0, 53.5)),
    ("Ireland", (-8.0, 53.3)),
    ("Russia, east of Moscow", (46.0, 54.5)),
];
const UKRAINE: [(&str, (f64, f64)); 2] = [
    ("Kyiv's region", (30.5, 50.0)),
    (
        "Crimea, drawn within Ukraine's recognised borders",
        (34.1, 45.1),
    ),
];

#[test]
fn every_country_is_drawn_as_what_it_is_in_both_themes() {
    let map = drawn();
    for theme in [Theme::Light, Theme::Dark] {
        let colours = theme.palette();
        let pixels = rendered(&map.svg(theme, Layer::Whole, "en"));
        let mut wrong = Vec::new();
        let mut check = |name: &str, at: (f64, f64), want: &[&str]| {
            let got = colour_at(&pixels, at);
            if !want.contains(&got.as_str()) {
                wrong.push(format!("{theme:?}: {name} is {got}, expected {want:?}"));
            }
        };
        for (name, place) in MEMBERS {
            check(name, map.locate(place), &[colours.member]);
        }
        for (name, place) in OTHERS {
            check(name, map.locate(place), &[colours.other]);
        }
        for (name, place) in UKRAINE {
            check(name, map.locate(place), &[colours.highlight]);
        }
        // Hungary is striped: the stripes' colour (smoothed at their edges)
        // alternates with the members' along a line across it.
        let (x, y) = map.locate((19.3, 47.2));
        let stripes: Vec<String> = (0..12)
            .map(|i| colour_at(&pixels, (x + f64::from(i), y)))
            .collect();
        for colour in [colours.member, colours.stripe] {
            assert!(
                stripes.iter().any(|c| distance(c, colour) <= 12),
                "{theme:?}: no {colour} across Hungary: {stripes:?}"
            );
        }
        // Across the Atlantic, in the inset: both members.
        check(
            "the United States",
            map.locate_inset((-98.0, 39.0)),
            &[colours.member],
        );
        check(
            "Canada",
            map.locate_inset((-110.0, 57.0)),
            &[colours.member],
        );
        // Natural Earth draws Greenland apart; it is Denmark's.
        check(
            "Greenland, in the inset",
            map.locate_inset((-40.0, 72.0)),
            &[colours.member],
        );
        // The dot on Brussels.
        check("Brussels", map.city.point, &[colours.text]);
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}

#[test]
fn the_names_on_the_map_are_text_and_the_files_are_small() {
    let map = drawn();
    let svg = map.svg(Theme::Light, Layer::Whole, "en");
    let drawing = parse(&svg);
    let names = texts(&drawing);
    for name in ["Russia", "Ukraine", "Hungary", "Brussels"] {
        assert!(names.iter().any(|n| n == name), "{name} is named");
    }
    assert_eq!(drawing.one("svg").attr("lang"), Some("en"));
    assert!(!drawing.has("script"), "a map draws, nothing more");
    // The size gate (scripts/size.sh) holds each file to 20 KB brotli; raw,
    // a map past 60 KB would mean the simplification stopped working.
    assert!(svg.len() < 60_000, "{} bytes", svg.len());
}

#[test]
fn the_stylesheet_matches_the_drawing() {
    let css = nato_ukraine_explainer::prerender::stylesheet_source().expect("the stylesheet");
    let map = drawn();
    let (light, dark) = (Theme::Light.palette(), Theme::Dark.palette());
    // The key's marks and the box behind the picture, light and dark.
    for (what, l, d) in [
        ("sea", light.sea, dark.sea),
        ("other countries", light.other, dark.other),
        ("members", light.member, dark.member),
        ("stripes", light.stripe, dark.stripe),
    ] {
        let pair = format!("light-dark({l}, {d})");
        assert!(css.contains(&pair), "the stylesheet's {what}: {pair}");
    }
    assert_eq!(light.highlight, dark.highlight);
    assert!(css.contains(&format!("background: {};", light.highlight)));
    // The box has the drawing's proportions, so nothing is cropped or
    // letterboxed.
    let ratio = format!("aspect-ratio: {} / {};", map.width, map.height);
    assert!(css.contains(&ratio), "the stylesheet's box: {ratio}");
}

#[test]
fn each_drawing_mistake_is_named() {
    let mut listed = members(&STORY).unwrap();
    listed.push("Atlantis".into());
    let error = refusal(&spec(), &listed);
    assert!(
        error.contains("content/map.toml") && error.contains("`Atlantis`"),
        "{error}"
    );
    let members = members(&STORY).unwrap();

    let mut apart = spec();
    apart.apart = "Austria".into();
    let error = refusal(&apart, &members);
    assert!(
        error.contains("`Austria` is not in the story's members"),
        "{error}"
    );

    let mut territories = spec();
    territories
        .territories
        .insert("Austria".into(), vec!["Liechtenstein".into()]);
    let error = refusal(&territories, &members);
    assert!(
        error.contains("territories: `Austria` is not in the story's members"),
        "{error}"
    );

    let mut recognised = spec();
    recognised.recognised[0].at = (-30.0, 45.0);
    let error = refusal(&recognised, &members);
    assert!(
        error.contains("recognised[0]: Russia has no polygon"),
        "{error}"
    );
}

/// The words of every `<text>` of a drawing, in order.
pub(crate) fn texts(drawing: &scraper::Html) -> Vec<String> {
    drawing
        .all("text")
        .iter()
        .map(|t| t.visible_text())
        .collect()
}

/// Why `draw` refuses `spec` with `members`; panics if it draws.
fn refusal(spec: &MapSpec, members: &[String]) -> String {
    match draw(spec, members, &place_names(&STORY).unwrap()) {
        Ok(_) => panic!("the map was drawn; a refusal was expected"),
        Err(error) => error,
    }
}
