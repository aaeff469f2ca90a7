//! `content/map.toml`: how the map is drawn (the atlas, the views, the
//! names), read at build time only.

use super::geometry::Point;
use super::topojson::LonLat;
use serde::Deserialize;
use std::collections::HashMap;

/// Where the map's drawing instructions live, relative to the crate root.
pub const MAP_FILE: &str = "content/map.toml";

/// `content/map.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapSpec {
    pub atlas: String,
    pub width: f64,
    pub tolerance: f64,
    pub apart: String,
    pub highlight: String,
    pub names: HashMap<String, String>,
    /// Natural Earth's separate shapes that belong to a member, by the
    /// member's name in the story.
    #[serde(default)]
    pub territories: HashMap<String, Vec<String>>,
    pub europe: View,
    pub inset: Inset,
    pub city: Label,
    #[serde(default)]
    pub recognised: Vec<Recognised>,
}

/// A polygon Natural Earth gives to one country that the map draws as
/// another's: the one of `from` holding the point `at`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recognised {
    pub from: String,
    pub to: String,
    pub at: LonLat,
}

/// One projected view: Europe, or the inset's North America.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct View {
    pub center: LonLat,
    pub parallels: (f64, f64),
    pub show: Vec<LonLat>,
    #[serde(default)]
    pub labels: Vec<Label>,
}

/// The inset: a view and its width on the map.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inset {
    pub center: LonLat,
    pub parallels: (f64, f64),
    pub show: Vec<LonLat>,
    pub width: f64,
    pub at: Point,
}

/// A name on the map, at a longitude and latitude; `offset` moves the
/// text from there (in SVG units), with a line back to the place.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub at: LonLat,
    #[serde(default)]
    pub anchor: Anchor,
    #[serde(default)]
    pub offset: Option<(f64, f64)>,
}

/// Where the place sits in its name's text, as SVG's `text-anchor`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    Start,
    #[default]
    Middle,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

impl MapSpec {
    /// Reads `content/map.toml`; an error names the file, the line where
    /// known and the problem.
    pub fn read() -> Result<MapSpec, String> {
        super::super::read_toml(MAP_FILE)
    }
}
