//! Reading TopoJSON as world-atlas ships it: quantized, delta-encoded arcs
//! shared between neighbouring countries, and one geometry per country.

use serde::Deserialize;
use std::collections::HashMap;

/// A point in degrees: longitude, latitude.
pub type LonLat = (f64, f64);

/// A ring of a polygon, as indices into the topology's arcs (`!i` for arc
/// `i` walked backwards, as TopoJSON writes it).
pub type Ring = Vec<i64>;

#[derive(Deserialize)]
struct Topology {
    transform: Transform,
    objects: HashMap<String, Collection>,
    arcs: Vec<Vec<[i64; 2]>>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    arcs: serde_json::Value,
    #[serde(default)]
    properties: Properties,
}

#[derive(Deserialize, Default)]
struct Properties {
    #[serde(default)]
    name: String,
}

/// The countries of a world-atlas file: their shared arcs in degrees, and
/// each country's polygons as rings of arc indices.
pub struct Atlas {
    pub arcs: Vec<Vec<LonLat>>,
    pub countries: Vec<Country>,
}

/// One country: its Natural Earth name and its polygons, each an outer
/// ring and its holes.
pub struct Country {
    pub name: String,
    pub polygons: Vec<Vec<Ring>>,
}

impl Atlas {
    /// Parses world-atlas's `countries-*.json`; `file` names it in errors.
    pub fn parse(file: &str, json: &str) -> Result<Atlas, String> {
        let topology: Topology =
            serde_json::from_str(json).map_err(|e| format!("{file}: not TopoJSON: {e}"))?;
        let [kx, ky] = topology.transform.scale;
        let [dx, dy] = topology.transform.translate;
        let arcs = topology
            .arcs
            .iter()
            .map(|arc| {
                let (mut x, mut y) = (0, 0);
                arc.iter()
                    .map(|[ddx, ddy]| {
                        x += ddx;
                        y += ddy;
                        (x as f64 * kx + dx, y as f64 * ky + dy)
                    })
                    .collect()
            })
            .collect();
        let collection = topology
            .objects
            .get("countries")
            .ok_or_else(|| format!("{file}: no `countries` object"))?;
        let countries = collection
            .geometries
            .iter()
            .map(|geometry| {
                let polygons: Vec<Vec<Ring>> = match geometry.kind.as_str() {
                    "Polygon" => vec![serde_json::from_value(geometry.arcs.clone())
                        .map_err(|e| format!("{file}: {}: {e}", geometry.properties.name))?],
                    "MultiPolygon" => serde_json::from_value(geometry.arcs.clone())
                        .map_err(|e| format!("{file}: {}: {e}", geometry.properties.name))?,
                    _ => Vec::new(),
                };
                Ok(Country {
                    name: geometry.properties.name.clone(),
                    polygons,
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(Atlas { arcs, countries })
    }

    /// The country Natural Earth calls `name`.
    pub fn country(&self, name: &str) -> Option<&Country> {
        self.countries.iter().find(|country| country.name == name)
    }

    /// Gives the polygon of country `from` that holds `point` to country
    /// `to`; false if there is no such polygon.
    pub fn transfer(&mut self, from: &str, to: &str, point: LonLat) -> bool {
        let Some(giver) = self.countries.iter().position(|c| c.name == from) else {
            return false;
        };
        let Some(taker) = self.countries.iter().position(|c| c.name == to) else {
            return false;
        };
        let held = self.countries[giver]
            .polygons
            .iter()
            .position(|polygon| contains(&self.ring_points(&polygon[0]), point));
        let Some(held) = held else {
            return false;
        };
        let polygon = self.countries[giver].polygons.remove(held);
        self.countries[taker].polygons.push(polygon);
        true
    }

    /// A ring's points in degrees.
    pub fn ring_points(&self, ring: &Ring) -> Vec<LonLat> {
        walk(&self.arcs, ring)
    }
}

/// The points of `ring`, its arcs taken from `arcs` (in degrees, or already
/// projected), each walked forwards or backwards as the ring says.
pub fn walk<P: Copy>(arcs: &[Vec<P>], ring: &Ring) -> Vec<P> {
    let mut points: Vec<P> = Vec::new();
    for &entry in ring {
        let (index, backwards) = arc_of(entry);
        let arc = &arcs[index];
        // Consecutive arcs share their meeting point.
        let skip = usize::from(!points.is_empty());
        if backwards {
            points.extend(arc.iter().rev().skip(skip));
        } else {
            points.extend(arc.iter().skip(skip));
        }
    }
    points
}

/// Whether `point` is inside `ring` (even-odd rule).
pub fn contains(ring: &[LonLat], (x, y): LonLat) -> bool {
    let mut inside = false;
    for (i, &(x1, y1)) in ring.iter().enumerate() {
        let (x2, y2) = ring[(i + ring.len() - 1) % ring.len()];
        if (y1 > y) != (y2 > y) && x < (x2 - x1) * (y - y1) / (y2 - y1) + x1 {
            inside = !inside;
        }
    }
    inside
}

/// The arc index a ring entry refers to, and whether it runs backwards.
fn arc_of(entry: i64) -> (usize, bool) {
    if entry < 0 {
        ((!entry) as usize, true)
    } else {
        (entry as usize, false)
    }
}
