//! Plane geometry for the map: an equal-area projection, line
//! simplification and clipping to a rectangle.

use super::topojson::LonLat;

/// A point on the map, in the SVG's units (y grows downwards).
pub type Point = (f64, f64);

/// Albers equal-area conic projection: areas keep their proportions, so no
/// country looks larger than it is beside another.
#[derive(Debug, Clone, Copy)]
pub struct Albers {
    n: f64,
    c: f64,
    rho0: f64,
    lon0: f64,
}

impl Albers {
    /// Centred on `center` (lon, lat), true to scale along `parallels`.
    pub fn new(center: LonLat, parallels: (f64, f64)) -> Albers {
        let (p1, p2) = (parallels.0.to_radians(), parallels.1.to_radians());
        let n = (p1.sin() + p2.sin()) / 2.0;
        let c = p1.cos().powi(2) + 2.0 * n * p1.sin();
        let rho0 = (c - 2.0 * n * center.1.to_radians().sin()).sqrt() / n;
        Albers {
            n,
            c,
            rho0,
            lon0: center.0,
        }
    }

    /// The point on a unit sphere's map, y downwards.
    pub fn project(&self, (lon, lat): LonLat) -> Point {
        // Longitude relative to the centre, in -180..180.
        let lambda = (lon - self.lon0 + 540.0).rem_euclid(360.0) - 180.0;
        let rho = (self.c - 2.0 * self.n * lat.to_radians().sin())
            .max(0.0)
            .sqrt()
            / self.n;
        let theta = self.n * lambda.to_radians();
        (rho * theta.sin(), -(self.rho0 - rho * theta.cos()))
    }
}

/// A rectangle on the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    /// The smallest rectangle holding every point.
    pub fn around(points: impl IntoIterator<Item = Point>) -> Rect {
        points.into_iter().fold(
            Rect {
                left: f64::INFINITY,
                top: f64::INFINITY,
                right: f64::NEG_INFINITY,
                bottom: f64::NEG_INFINITY,
            },
            |r, (x, y)| Rect {
                left: r.left.min(x),
                top: r.top.min(y),
                right: r.right.max(x),
                bottom: r.bottom.max(y),
            },
        )
    }

    pub fn width(&self) -> f64 {
        self.right - self.left
    }

    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }

    pub fn contains(&self, (x, y): Point) -> bool {
        (self.left..=self.right).contains(&x) && (self.top..=self.bottom).contains(&y)
    }

    pub fn overlaps(&self, other: &Rect) -> bool {
        self.left <= other.right
            && other.left <= self.right
            && self.top <= other.bottom
            && other.top <= self.bottom
    }
}

/// Maps `from` onto `to` by one scale and a shift, keeping shapes: the
/// scale that fits `from`'s width into `to`'s.
#[derive(Debug, Clone, Copy)]
pub struct Fit {
    scale: f64,
    from: Point,
    to: Point,
}

impl Fit {
    pub fn new(from: &Rect, to: &Rect) -> Fit {
        Fit {
            scale: to.width() / from.width(),
            from: (from.left, from.top),
            to: (to.left, to.top),
        }
    }

    pub fn apply(&self, (x, y): Point) -> Point {
        (
            self.to.0 + (x - self.from.0) * self.scale,
            self.to.1 + (y - self.from.1) * self.scale,
        )
    }
}

/// Douglas-Peucker: the points of `line` that keep it within `tolerance`
/// of where it was. The ends always stay, so arcs shared by two countries
/// still meet after each is simplified once.
pub fn simplify(line: &[Point], tolerance: f64) -> Vec<Point> {
    if line.len() < 3 {
        return line.to_vec();
    }
    let mut keep = vec![false; line.len()];
    keep[0] = true;
    keep[line.len() - 1] = true;
    let mut stack = vec![(0, line.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (farthest, distance) = (first + 1..last)
            .map(|i| (i, distance_to_segment(line[i], line[first], line[last])))
            .fold((first, 0.0), |best, d| if d.1 > best.1 { d } else { best });
        if distance > tolerance {
            keep[farthest] = true;
            stack.push((first, farthest));
            stack.push((farthest, last));
        }
    }
    line.iter()
        .zip(keep)
        .filter_map(|(&p, k)| k.then_some(p))
        .collect()
}

fn distance_to_segment(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length2 = dx * dx + dy * dy;
    let t = if length2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length2).clamp(0.0, 1.0)
    };
    ((p.0 - a.0 - t * dx).powi(2) + (p.1 - a.1 - t * dy).powi(2)).sqrt()
}

/// Sutherland-Hodgman: the part of a closed ring inside `rect`. A ring
/// leaving and re-entering the rectangle gets edges along its border,
/// which a filled shape draws over without a trace.
pub fn clip(ring: &[Point], rect: &Rect) -> Vec<Point> {
    type Edge = (fn(Point, &Rect) -> bool, fn(Point, Point, &Rect) -> Point);
    let edges: [Edge; 4] = [
        (|p, r| p.0 >= r.left, |a, b, r| at_x(a, b, r.left)),
        (|p, r| p.0 <= r.right, |a, b, r| at_x(a, b, r.right)),
        (|p, r| p.1 >= r.top, |a, b, r| at_y(a, b, r.top)),
        (|p, r| p.1 <= r.bottom, |a, b, r| at_y(a, b, r.bottom)),
    ];
    let mut points = ring.to_vec();
    for (inside, cross) in edges {
        let Some(&last) = points.last() else {
            break;
        };
        let mut previous = last;
        let mut out = Vec::with_capacity(points.len());
        for &current in &points {
            match (inside(previous, rect), inside(current, rect)) {
                (true, true) => out.push(current),
                (true, false) => out.push(cross(previous, current, rect)),
                (false, true) => {
                    out.push(cross(previous, current, rect));
                    out.push(current);
                }
                (false, false) => {}
            }
            previous = current;
        }
        points = out;
    }
    points
}

fn at_x(a: Point, b: Point, x: f64) -> Point {
    (x, a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0))
}

fn at_y(a: Point, b: Point, y: f64) -> Point {
    (a.0 + (b.0 - a.0) * (y - a.1) / (b.1 - a.1), y)
}

/// Twice the signed area of a ring (shoelace formula).
pub fn area(ring: &[Point]) -> f64 {
    ring.iter()
        .zip(ring.iter().cycle().skip(1))
        .map(|(a, b)| a.0 * b.1 - b.0 * a.1)
        .sum::<f64>()
        / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_centre_projects_to_the_origin_and_north_is_up() {
        let albers = Albers::new((10.0, 50.0), (40.0, 60.0));
        let (x, y) = albers.project((10.0, 50.0));
        assert!(x.abs() < 1e-12 && y.abs() < 1e-12);
        let (_, north) = albers.project((10.0, 60.0));
        let (east, _) = albers.project((20.0, 50.0));
        assert!(north < 0.0, "north is up, where y is smaller");
        assert!(east > 0.0, "east is to the right");
    }

    #[test]
    fn simplifying_keeps_the_ends_and_the_corners() {
        let line = [(0.0, 0.0), (1.0, 0.01), (2.0, 0.0), (2.0, 5.0)];
        assert_eq!(
            simplify(&line, 0.1),
            vec![(0.0, 0.0), (2.0, 0.0), (2.0, 5.0)]
        );
    }

    #[test]
    fn clipping_cuts_a_square_to_the_rectangle() {
        let square = [(-1.0, -1.0), (3.0, -1.0), (3.0, 3.0), (-1.0, 3.0)];
        let rect = Rect {
            left: 0.0,
            top: 0.0,
            right: 2.0,
            bottom: 2.0,
        };
        let clipped = clip(&square, &rect);
        assert!((area(&clipped).abs() - 4.0).abs() < 1e-9, "{clipped:?}");
        assert!(clipped.iter().all(|&p| rect.contains(p)));
        let outside = [(5.0, 5.0), (6.0, 5.0), (6.0, 6.0)];
        assert!(clip(&outside, &rect).is_empty());
    }
}
