//! Writing the drawn map as SVG: one path per kind of country, names with a
//! halo so they read over any shape, and the colours of one theme.

use super::{Drawn, Kind, Placed, Shapes};
use crate::prerender::page::{escape_attribute, escape_text};
use crate::prerender::BuiltFiles;
use std::fmt::Write;

/// The colours a map file is drawn in: the stylesheet picks the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

/// Colours of one theme; the key's swatches in style/explainer/40-map.css use the
/// same (a test compares them).
pub struct Palette {
    pub sea: &'static str,
    pub other: &'static str,
    pub member: &'static str,
    /// The stripes over a member shown apart.
    pub stripe: &'static str,
    pub highlight: &'static str,
    /// Borders, halos and the inset's frame.
    pub line: &'static str,
    pub text: &'static str,
}

/// What a map file holds. The stylesheet stacks an edition's names over
/// the drawing, which every edition shares, so that switching edition
/// fetches only the names; a page without stylesheets (the plain
/// rendition) shows the whole map in one picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// Land, sea, borders and the dot on the city: no words.
    Drawing,
    /// The names, their halos and the lines back to their places, over
    /// nothing.
    Names,
    /// The drawing with the names over it.
    Whole,
}

impl Theme {
    pub const ALL: [Theme; 2] = [Theme::Light, Theme::Dark];

    /// The drawing of this theme, next to the stylesheet, which names it.
    pub fn file(self) -> &'static str {
        match self {
            Theme::Light => &BuiltFiles::paths().map,
            Theme::Dark => &BuiltFiles::paths().map_dark,
        }
    }

    /// The names of this theme for the edition in `language`, next to the
    /// drawing: the English one's file, or the same with the language
    /// before `.svg` (`nato-map-names.uk.svg`).
    pub fn names_file_in(self, language: &str) -> String {
        let paths = BuiltFiles::paths();
        let file = match self {
            Theme::Light => &paths.map_names,
            Theme::Dark => &paths.map_names_dark,
        };
        crate::prerender::edition_file(file, language)
    }

    pub fn palette(self) -> Palette {
        match self {
            Theme::Light => Palette {
                sea: "#e6edf3",
                other: "#d3cfc7",
                member: "#3d6a9c",
                stripe: "#b7cde4",
                highlight: "#f2c230",
                line: "#ffffff",
                text: "#1c1c1c",
            },
            Theme::Dark => Palette {
                sea: "#1f2226",
                other: "#44474d",
                member: "#8cbcf0",
                stripe: "#2c4d70",
                highlight: "#f2c230",
                line: "#15171a",
                text: "#ecebe8",
            },
        }
    }
}

/// The SVG file of `layer`; `language` is the story's, for the names' `lang`.
pub fn write(map: &Drawn, theme: Theme, layer: Layer, language: &str) -> String {
    let p = theme.palette();
    let (w, h) = (map.width, map.height);
    let (drawing, names) = (layer != Layer::Names, layer != Layer::Drawing);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\""
    );
    if names {
        _ = write!(svg, " lang=\"{}\"", escape_attribute(language));
    }
    svg.push_str("><style>");
    // Stripes mark the member shown apart without relying on colour; the
    // highlighted country has a heavy outline and its name for the same reason.
    if drawing {
        _ = write!(
            svg,
            ".o{{fill:{other}}}.m{{fill:{member}}}.a{{fill:url(#s)}}.h{{fill:{highlight};stroke:{text};stroke-width:1.6}}\
             path{{stroke:{line};stroke-width:.6;stroke-linejoin:round}}",
            other = p.other,
            member = p.member,
            highlight = p.highlight,
            text = p.text,
            line = p.line,
        );
    }
    if names {
        _ = write!(
            svg,
            "text{{font:600 28px system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;fill:{text};stroke:{line};stroke-width:4px;paint-order:stroke;stroke-linejoin:round}}\
             .k{{stroke:{text};stroke-width:1.4;fill:none}}",
            text = p.text,
            line = p.line,
        );
    }
    svg.push_str("</style>");
    if drawing {
        draw_land(&mut svg, map, &p);
    }
    if names {
        // Names last, over everything.
        for label in map.labels.iter().chain([&map.city]) {
            name(&mut svg, label);
        }
    }
    svg.push_str("</svg>\n");
    svg
}

/// The sea, the countries, the inset over the Atlantic and the city's dot.
fn draw_land(svg: &mut String, map: &Drawn, p: &Palette) {
    _ = write!(
        svg,
        "<defs><pattern id=\"s\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
         <rect width=\"7\" height=\"7\" fill=\"{member}\"/><rect width=\"3\" height=\"7\" fill=\"{stripe}\"/></pattern></defs>\
         <rect width=\"{w}\" height=\"{h}\" fill=\"{sea}\"/>",
        member = p.member,
        stripe = p.stripe,
        sea = p.sea,
        w = map.width,
        h = map.height,
    );
    paths(svg, &map.shapes);
    // The inset over the Atlantic, framed.
    let r = &map.inset;
    _ = write!(
        svg,
        "<rect x=\"{:.0}\" y=\"{:.0}\" width=\"{:.0}\" height=\"{:.0}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"2\"/>",
        r.left,
        r.top,
        r.width(),
        r.height(),
        p.sea,
        p.text
    );
    paths(svg, &map.inset_shapes);
    let c = &map.city;
    _ = write!(
        svg,
        "<circle cx=\"{:.0}\" cy=\"{:.0}\" r=\"5\" fill=\"{}\" stroke=\"{}\" stroke-width=\"2\"/>",
        c.point.0, c.point.1, p.text, p.line
    );
}

fn paths(svg: &mut String, shapes: &Shapes) {
    for (kind, rings) in shapes {
        let class = match kind {
            Kind::Other => "o",
            Kind::Member => "m",
            Kind::Apart => "a",
            Kind::Highlight => "h",
        };
        _ = write!(svg, "<path class=\"{class}\" d=\"");
        for ring in rings {
            path_data(svg, ring);
        }
        svg.push_str("\"/>");
    }
}

/// `M x y l dx dy …z`: relative moves are shorter, and computed between
/// rounded points, so no error builds up.
fn path_data(svg: &mut String, ring: &[(i32, i32)]) {
    let mut previous = ring[0];
    _ = write!(svg, "M{} {}l", previous.0, previous.1);
    let mut first = true;
    for &point in &ring[1..] {
        for value in [point.0 - previous.0, point.1 - previous.1] {
            // A minus sign separates numbers by itself.
            if !first && value >= 0 {
                svg.push(' ');
            }
            _ = write!(svg, "{value}");
            first = false;
        }
        previous = point;
    }
    svg.push('z');
}

fn name(svg: &mut String, label: &Placed) {
    let (x, y) = label.text_at;
    if label.text_at != label.point {
        _ = write!(
            svg,
            "<path class=\"k\" d=\"M{:.0} {:.0}L{:.0} {:.0}\"/>",
            label.point.0,
            label.point.1,
            x,
            y - 7.0
        );
    }
    _ = write!(
        svg,
        "<text x=\"{x:.0}\" y=\"{:.0}\" text-anchor=\"{}\">{}</text>",
        y + 7.0,
        label.anchor,
        escape_text(&label.text)
    );
}
