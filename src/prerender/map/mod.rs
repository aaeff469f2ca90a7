//! The map in "The NATO plan", drawn at build time (`ssr` feature): Natural
//! Earth's countries from npm's world-atlas, projected, simplified and
//! clipped here, written as small SVG files, light and dark, that the
//! stylesheet shows only once the section is open: the drawing, which every
//! edition shares, and each edition's names over it ([`Layer`]). Nothing of
//! it is in the WebAssembly. How it is drawn is `content/map.toml`; which countries are
//! members is the story's own list.

mod geometry;
mod names;
mod spec;
mod svg;
mod topojson;

pub use geometry::Point;
pub use names::{members, place_names};
pub use spec::{Anchor, Inset, Label, MapSpec, Recognised, View, MAP_FILE};
pub use svg::{Layer, Theme};

use geometry::{clip, simplify, Albers, Fit, Rect};
use names::as_many_names;
use std::collections::HashMap;
use topojson::{walk, Atlas, LonLat};

/// What a country is on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Other,
    Member,
    Apart,
    Highlight,
}

/// A ring of a shape, in whole SVG units.
pub type Outline = Vec<(i32, i32)>;
/// Each kind's outlines (every country of a kind in one path).
pub type Shapes = Vec<(Kind, Vec<Outline>)>;

/// The map, drawn: shapes by kind, and names, in SVG units.
pub struct Drawn {
    pub width: f64,
    pub height: f64,
    pub shapes: Shapes,
    pub inset: Rect,
    pub inset_shapes: Shapes,
    pub labels: Vec<Placed>,
    pub city: Placed,
    europe: Projector,
    north_america: Projector,
}

/// A name placed on the map: the point it names and where its text goes.
pub struct Placed {
    pub text: String,
    pub point: Point,
    pub text_at: Point,
    pub anchor: &'static str,
}

/// A projection fitted into part of the map.
#[derive(Clone, Copy)]
struct Projector {
    albers: Albers,
    fit: Fit,
}

impl Projector {
    /// The projection centred on `center` whose points `show` fill `width`
    /// units from `corner` (top left), and the rectangle they fill.
    fn fitted(
        center: LonLat,
        parallels: (f64, f64),
        show: &[LonLat],
        corner: Point,
        width: f64,
    ) -> (Projector, Rect) {
        let albers = Albers::new(center, parallels);
        let shown = Rect::around(show.iter().map(|&p| albers.project(p)));
        let into = Rect {
            left: corner.0,
            top: corner.1,
            right: corner.0 + width,
            bottom: corner.1 + (shown.height() * width / shown.width()).round(),
        };
        let fit = Fit::new(&shown, &into);
        (Projector { albers, fit }, into)
    }

    fn project(&self, point: LonLat) -> Point {
        self.fit.apply(self.albers.project(point))
    }
}

impl Drawn {
    /// Where a longitude and latitude in Europe is on the map.
    pub fn locate(&self, point: LonLat) -> Point {
        self.europe.project(point)
    }

    /// Where a longitude and latitude in North America is, in the inset.
    pub fn locate_inset(&self, point: LonLat) -> Point {
        self.north_america.project(point)
    }

    /// Writes `names` where the map places names (its labels, then its
    /// city): another edition's names on the same drawing, which is drawn
    /// once for every edition.
    pub fn rename(&mut self, names: &[String]) -> Result<(), String> {
        as_many_names(names, self.labels.len() + 1)?;
        let places = self.labels.iter_mut().chain([&mut self.city]);
        for (placed, name) in places.zip(names) {
            placed.text.clone_from(name);
        }
        Ok(())
    }

    /// The `layer` of the map as an SVG file in the colours of `theme`.
    pub fn svg(&self, theme: Theme, layer: Layer, language: &str) -> String {
        svg::write(self, theme, layer, language)
    }
}

/// Draws the map of `spec` with `members` shaded and `names` written where
/// the spec places names (its labels, then its city); errors name the file
/// and the problem (a member with no shape in the atlas, for one).
pub fn draw(spec: &MapSpec, members: &[String], names: &[String]) -> Result<Drawn, String> {
    let places = spec.europe.labels.len() + 1;
    as_many_names(names, places)?;
    let json = std::fs::read_to_string(&spec.atlas)
        .map_err(|e| format!("{}: {e} (run `npm ci`)", spec.atlas))?;
    let mut atlas = Atlas::parse(&spec.atlas, &json)?;
    for (r, Recognised { from, to, at }) in spec.recognised.iter().enumerate() {
        if !atlas.transfer(from, to, *at) {
            return Err(format!(
                "{MAP_FILE}: recognised[{r}]: {from} has no polygon holding {at:?} in {}",
                spec.atlas
            ));
        }
    }
    let atlas_name = |name: &str| {
        spec.names
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_owned())
    };
    let mut kinds: HashMap<String, Kind> = HashMap::new();
    for member in members {
        let name = atlas_name(member);
        if atlas.country(&name).is_none() {
            return Err(format!(
                "{MAP_FILE}: the member `{member}` has no shape in {} (name it under [names])",
                spec.atlas
            ));
        }
        kinds.insert(name, Kind::Member);
    }
    for (field, name, kind) in [
        ("apart", &spec.apart, Kind::Apart),
        ("highlight", &spec.highlight, Kind::Highlight),
    ] {
        let atlas_name = atlas_name(name);
        if atlas.country(&atlas_name).is_none() {
            return Err(format!(
                "{MAP_FILE}: {field}: `{name}` has no shape in {}",
                spec.atlas
            ));
        }
        if kind == Kind::Apart && !members.contains(name) {
            return Err(format!(
                "{MAP_FILE}: apart: `{name}` is not in the story's members"
            ));
        }
        kinds.insert(atlas_name, kind);
    }
    for (member, places) in &spec.territories {
        let kind = kinds.get(&atlas_name(member)).copied();
        let Some(kind @ (Kind::Member | Kind::Apart)) = kind else {
            return Err(format!(
                "{MAP_FILE}: territories: `{member}` is not in the story's members"
            ));
        };
        for place in places {
            if atlas.country(place).is_none() {
                return Err(format!(
                    "{MAP_FILE}: territories: `{place}` has no shape in {}",
                    spec.atlas
                ));
            }
            kinds.insert(place.clone(), kind);
        }
    }

    let e = &spec.europe;
    let (europe, frame) = Projector::fitted(e.center, e.parallels, &e.show, (0.0, 0.0), spec.width);
    let i = &spec.inset;
    let (north_america, inset) = Projector::fitted(i.center, i.parallels, &i.show, i.at, i.width);

    let kind_of = |name: &str| kinds.get(name).copied().unwrap_or(Kind::Other);
    let europe_shapes = shapes(&atlas, &europe, &frame, spec.tolerance, &kind_of);
    let inset_shapes = shapes(&atlas, &north_america, &inset, spec.tolerance, &kind_of);
    let place = |label: &Label, text: &String, projector: &Projector| {
        let point = projector.project(label.at);
        let (dx, dy) = label.offset.unwrap_or((0.0, 0.0));
        Placed {
            text: text.clone(),
            point,
            text_at: (point.0 + dx, point.1 + dy),
            anchor: label.anchor.as_str(),
        }
    };
    let labels = e
        .labels
        .iter()
        .zip(names)
        .map(|(l, n)| place(l, n, &europe))
        .collect();
    Ok(Drawn {
        width: frame.width(),
        height: frame.height(),
        city: place(&spec.city, &names[places - 1], &europe),
        shapes: europe_shapes,
        inset,
        inset_shapes,
        labels,
        europe,
        north_america,
    })
}

/// Every country's rings, projected, simplified, clipped to `frame` and
/// rounded, grouped by kind.
fn shapes(
    atlas: &Atlas,
    projector: &Projector,
    frame: &Rect,
    tolerance: f64,
    kind_of: &dyn Fn(&str) -> Kind,
) -> Shapes {
    // Each shared arc is simplified once, so neighbours still meet.
    let arcs: Vec<Vec<Point>> = atlas
        .arcs
        .iter()
        .map(|arc| {
            let projected: Vec<Point> = arc.iter().map(|&p| projector.project(p)).collect();
            simplify(&projected, tolerance)
        })
        .collect();
    // A margin, so that borders along the frame are cut outside the picture.
    let cut = Rect {
        left: frame.left - 2.0,
        top: frame.top - 2.0,
        right: frame.right + 2.0,
        bottom: frame.bottom + 2.0,
    };
    let mut by_kind: std::collections::BTreeMap<Kind, Vec<Outline>> = Default::default();
    for country in &atlas.countries {
        for ring in country.polygons.iter().flatten() {
            let points = walk(&arcs, ring);
            // Far-off rings (and the projection's far side) are left out.
            if points.len() < 3 || !Rect::around(points.iter().copied()).overlaps(&cut) {
                continue;
            }
            let clipped = clip(&points, &cut);
            let mut rounded: Vec<(i32, i32)> = Vec::with_capacity(clipped.len());
            for (x, y) in clipped {
                let p = (x.round() as i32, y.round() as i32);
                if rounded.last() != Some(&p) {
                    rounded.push(p);
                }
            }
            while rounded.len() > 1 && rounded.first() == rounded.last() {
                rounded.pop();
            }
            let float: Vec<Point> = rounded.iter().map(|&(x, y)| (x as f64, y as f64)).collect();
            // Specks smaller than a unit square say nothing at this size.
            if rounded.len() < 3 || geometry::area(&float).abs() < 1.0 {
                continue;
            }
            by_kind
                .entry(kind_of(&country.name))
                .or_default()
                .push(rounded);
        }
    }
    by_kind.into_iter().collect()
}
