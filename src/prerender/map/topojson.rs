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

#[cfg(test)]
mod tests {
    use super::*;

    /// Two triangles sharing the arc between them, in a grid of one degree
    /// per step; the second walks the shared arc backwards (`-1`, which is
    /// `!0`).
    const TWO_TRIANGLES: &str = r#"{
      "type": "Topology",
      "transform": { "scale": [1, 1], "translate": [10, 40] },
      "objects": { "countries": { "type": "GeometryCollection", "geometries": [
        { "type": "Polygon", "arcs": [[0, 1]], "properties": { "name": "West" } },
        { "type": "MultiPolygon", "arcs": [[[-1, 2]]], "properties": { "name": "East" } }
      ] } },
      "arcs": [
        [[0, 0], [0, 2]],
        [[0, 2], [-2, -1], [2, -1]],
        [[0, 0], [2, 1], [-2, 1]]
      ]
    }"#;

    #[test]
    fn arcs_are_decoded_and_walked_both_ways() {
        let atlas = Atlas::parse("test", TWO_TRIANGLES).expect("parses");
        let west = atlas.country("West").expect("West");
        let east = atlas.country("East").expect("East");
        assert_eq!(
            atlas.ring_points(&west.polygons[0][0]),
            [(10.0, 40.0), (10.0, 42.0), (8.0, 41.0), (10.0, 40.0)]
        );
        assert_eq!(
            atlas.ring_points(&east.polygons[0][0]),
            [(10.0, 42.0), (10.0, 40.0), (12.0, 41.0), (10.0, 42.0)]
        );
        assert!(contains(
            &atlas.ring_points(&east.polygons[0][0]),
            (10.5, 41.0)
        ));
        assert!(!contains(
            &atlas.ring_points(&west.polygons[0][0]),
            (10.5, 41.0)
        ));
    }

    #[test]
    fn a_polygon_can_be_given_to_another_country() {
        let mut atlas = Atlas::parse("test", TWO_TRIANGLES).expect("parses");
        assert!(
            !atlas.transfer("West", "East", (20.0, 20.0)),
            "no polygon there"
        );
        assert!(atlas.transfer("West", "East", (9.5, 41.0)));
        assert!(atlas.country("West").unwrap().polygons.is_empty());
        assert_eq!(atlas.country("East").unwrap().polygons.len(), 2);
    }
}
