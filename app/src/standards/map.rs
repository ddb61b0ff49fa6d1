//! The world choropleth, rendered on the server as inline SVG from `seed/world-map.svg`
//! (Natural Earth 1:110m plus 14 small states from 1:50m; see `seed/README.md`).
//!
//! Each country with a body in the directory is a link to its page, coloured by a
//! `status-…` class, with a `<title>` for pointer users and an `aria-label` for screen
//! readers and keyboard focus. Small states, sub-pixel at this scale, also get a circle at
//! the centre of their bounding box. The map is never the only way to read the data: the
//! page's table holds the same facts.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::LazyLock;

use super::{AdoptionStatus, StandardOverview};
use crate::i18n::Locale;
use crate::territory;

const WORLD_SVG: &str = include_str!("../../../seed/world-map.svg");
pub const VIEW_BOX: &str = "0 0 960 500";
const MARKER_RADIUS: f32 = 3.5;

/// One shape of the base map.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// ISO 3166-1 alpha-2; `None` for areas without a code (Kosovo, N. Cyprus…).
    pub id: Option<String>,
    pub name: String,
    pub d: String,
    /// The same outline as the page sends it: relative moves with the fewest characters
    /// (a fifth of the bytes of `d`, and the map is most of a standard page).
    pub compact: String,
    /// Drawn from the 1:50m data: too small to see, so it gets a marker.
    pub small: bool,
    /// The outline of the globe.
    pub sphere: bool,
}

/// The value of `name="…"` inside one tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')?;
    Some(&tag[start..start + end])
}

/// The `<path>` elements of the base map, in document order.
pub fn parse(svg: &str) -> Vec<Shape> {
    svg.split("<path")
        .skip(1)
        .filter_map(|rest| {
            let tag = &rest[..rest.find('>')?];
            Some(Shape {
                id: attribute(tag, "id").map(str::to_string),
                name: attribute(tag, "data-name").unwrap_or_default().to_string(),
                d: attribute(tag, "d")?.to_string(),
                compact: compact(attribute(tag, "d")?),
                small: attribute(tag, "data-source").is_some(),
                sphere: attribute(tag, "class") == Some("sphere"),
            })
        })
        .collect()
}

static SHAPES: LazyLock<Vec<Shape>> = LazyLock::new(|| parse(WORLD_SVG));

/// The centre of a path's bounding box (the map's paths use absolute `M`/`L` pairs).
pub fn centre(d: &str) -> Option<(f32, f32)> {
    let numbers: Vec<f32> = d
        .split(|c: char| c.is_ascii_alphabetic() || c == ',' || c.is_whitespace())
        .filter_map(|n| n.parse().ok())
        .collect();
    let (xs, ys): (Vec<f32>, Vec<f32>) = numbers.chunks_exact(2).map(|p| (p[0], p[1])).unzip();
    let min = |v: &[f32]| v.iter().copied().fold(f32::INFINITY, f32::min);
    let max = |v: &[f32]| v.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    (!xs.is_empty()).then(|| ((min(&xs) + max(&xs)) / 2.0, (min(&ys) + max(&ys)) / 2.0))
}

/// How far (in map units, hundredths) a point may lie from the simplified outline: a
/// quarter of a unit, a third of a pixel on the widest screen.
const TOLERANCE: i64 = 25;

/// The rings of a path of absolute `M`/`L`/`Z` commands, in hundredths of a unit.
fn rings(d: &str) -> Vec<Vec<(i64, i64)>> {
    fn hundredths(number: &str) -> Option<i64> {
        let (negative, digits) = match number.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, number),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let fraction = format!("{fraction:0<2}");
        let value = whole.parse::<i64>().unwrap_or(0) * 100 + fraction.get(..2)?.parse::<i64>().ok()?;
        Some(if negative { -value } else { value })
    }
    let mut rings: Vec<Vec<(i64, i64)>> = Vec::new();
    for part in d.split_inclusive(['M', 'Z']) {
        let numbers: Vec<i64> = part
            .split(|c: char| c.is_ascii_alphabetic() || c == ',' || c.is_whitespace())
            .filter(|n| !n.is_empty())
            .filter_map(hundredths)
            .collect();
        if part.starts_with('M') || rings.is_empty() {
            rings.push(Vec::new());
        }
        if let Some(ring) = rings.last_mut() {
            ring.extend(numbers.chunks_exact(2).map(|p| (p[0], p[1])));
        }
    }
    rings.retain(|ring| !ring.is_empty());
    rings
}

/// Douglas–Peucker: the points of `line` that keep every dropped one within
/// [`TOLERANCE`] of the result; its ends always stay.
fn simplify(line: &[(i64, i64)]) -> Vec<(i64, i64)> {
    fn keep(line: &[(i64, i64)], kept: &mut Vec<bool>, from: usize, to: usize) {
        if to <= from + 1 {
            return;
        }
        let ((x1, y1), (x2, y2)) = (line[from], line[to]);
        let (dx, dy) = ((x2 - x1) as f64, (y2 - y1) as f64);
        let length = dx.hypot(dy);
        let distance = |&(x, y): &(i64, i64)| {
            if length == 0.0 {
                ((x - x1) as f64).hypot((y - y1) as f64)
            } else {
                (dy * (x - x1) as f64 - dx * (y - y1) as f64).abs() / length
            }
        };
        let (far, farthest) =
            (from + 1..to).map(|i| (i, distance(&line[i]))).fold((from, -1.0), |a, b| if b.1 > a.1 { b } else { a });
        if farthest > TOLERANCE as f64 {
            kept[far] = true;
            keep(line, kept, from, far);
            keep(line, kept, far, to);
        }
    }
    if line.len() < 3 {
        return line.to_vec();
    }
    let mut kept = vec![false; line.len()];
    kept[0] = true;
    kept[line.len() - 1] = true;
    keep(line, &mut kept, 0, line.len() - 1);
    line.iter().zip(kept).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

/// A path of absolute `M`/`L`/`Z` commands (up to two decimals) as the page sends it:
/// each ring simplified (a ring that would fall under four points stays whole, so no
/// island disappears) and written with relative `m` and implicit lines, each point as
/// the step from the one before, in hundredths (so nothing drifts). Numbers are
/// separated only where the next one could not start by itself.
pub fn compact(d: &str) -> String {
    fn push_number(out: &mut String, value: i64) {
        let text = match (value.abs() / 100, value.abs() % 100) {
            (whole, 0) => whole.to_string(),
            (0, cents) => format!(".{}", format!("{cents:02}").trim_end_matches('0')),
            (whole, cents) => format!("{whole}.{}", format!("{cents:02}").trim_end_matches('0')),
        };
        let last_number = out.rsplit(|c: char| !(c.is_ascii_digit() || c == '.')).next().unwrap_or_default();
        let joined = value < 0
            || out.chars().next_back().is_none_or(|c| c.is_ascii_alphabetic())
            || (text.starts_with('.') && last_number.contains('.'));
        if !joined {
            out.push(' ');
        }
        if value < 0 {
            out.push('-');
        }
        out.push_str(&text);
    }
    let mut out = String::with_capacity(d.len() / 3);
    let mut at = (0, 0);
    for ring in rings(d) {
        let simple = simplify(&ring);
        let ring = if simple.len() >= 4 { simple } else { ring };
        out.push('m');
        for &(x, y) in &ring {
            push_number(&mut out, x - at.0);
            push_number(&mut out, y - at.1);
            at = (x, y);
        }
        out.push('z');
        // After `z` the pen is back at the ring's first point.
        at = ring[0];
    }
    out
}

/// Escapes text for an XML attribute or element.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// A country on the map: its CSS class (`status-adopted`, `position-confirm`), what it
/// means in words, and whether the page's filters keep it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapEntry {
    pub class: String,
    pub label: String,
    pub shown: bool,
}

impl MapEntry {
    pub fn adoption(status: AdoptionStatus, shown: bool, locale: Locale) -> MapEntry {
        MapEntry { class: format!("status-{}", status.slug()), label: locale.t(&status.label_key()), shown }
    }
}

/// The map as an SVG element. `entries` holds every body in the directory; countries
/// without one are drawn plain and not linked.
pub fn render(entries: &HashMap<String, MapEntry>, label: &str, locale: Locale) -> String {
    let mut svg = String::with_capacity(WORLD_SVG.len() + entries.len() * 160);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{VIEW_BOX}" class="world-map" role="group" aria-label="{}">"#,
        escape(label)
    );
    let no_body = locale.t("map-no-body");
    let filtered_out = locale.t("map-filtered-out");
    let mut markers = String::new();
    for shape in SHAPES.iter() {
        if shape.sphere {
            let _ = write!(svg, r#"<path class="sphere" d="{}"/>"#, shape.compact);
            continue;
        }
        let name = shape
            .id
            .as_deref()
            .and_then(|id| territory::country_name(id, locale))
            .unwrap_or_else(|| shape.name.clone());
        let entry = shape.id.as_deref().and_then(|id| entries.get(id).map(|e| (id, e)));
        let Some((id, entry)) = entry else {
            let title = escape(
                &locale.t_args("map-country-status", &[("country", name.into()), ("status", no_body.clone().into())]),
            );
            let _ = write!(svg, r#"<path class="no-body" d="{}"><title>{title}</title></path>"#, shape.compact);
            continue;
        };
        let mut status = entry.label.clone();
        if !entry.shown {
            status = format!("{status} ({filtered_out})");
        }
        let title =
            escape(&locale.t_args("map-country-status", &[("country", name.into()), ("status", status.into())]));
        let class = format!("{}{}", entry.class, if entry.shown { "" } else { " muted" });
        let link = format!(r#"<a href="/nsbs/{id}" class="{class}" data-code="{id}" aria-label="{title}">"#);
        let _ = write!(svg, r#"{link}<path d="{}"><title>{title}</title></path></a>"#, shape.compact);
        if let (true, Some((x, y))) = (shape.small, centre(&shape.d)) {
            let _ = write!(
                markers,
                r#"{link}<circle class="marker" cx="{x:.1}" cy="{y:.1}" r="{MARKER_RADIUS}"><title>{title}</title></circle></a>"#
            );
        }
    }
    // Markers last, so that no larger neighbour covers them.
    svg.push_str(&markers);
    svg.push_str("</svg>");
    svg
}

/// The map of a standard page: every body's status, dimmed where the page's filters
/// leave it out.
pub fn render_overview(overview: &StandardOverview, locale: Locale) -> String {
    let shown: std::collections::HashSet<&str> = overview.rows.iter().map(|r| r.alpha2.as_str()).collect();
    let entries = overview
        .statuses
        .iter()
        .map(|(alpha2, status)| (alpha2.clone(), MapEntry::adoption(*status, shown.contains(alpha2.as_str()), locale)))
        .collect();
    let label = locale.t_args("map-description", &[("reference", overview.standard.reference.clone().into())]);
    render(&entries, &label, locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_map_has_every_small_state_and_no_duplicate_country() {
        let shapes = parse(WORLD_SVG);
        assert_eq!(shapes.iter().filter(|s| s.sphere).count(), 1);
        let small: Vec<&str> = shapes.iter().filter(|s| s.small).filter_map(|s| s.id.as_deref()).collect();
        assert_eq!(small.len(), 14, "{small:?}");
        let mut ids: Vec<&str> = shapes.iter().filter_map(|s| s.id.as_deref()).collect();
        let all = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all, "one shape per country");
        assert!(ids.contains(&"BR") && ids.contains(&"SG"));
    }

    /// The points a compact path draws, replayed from its relative steps.
    fn replay(compact: &str) -> Vec<Vec<(f64, f64)>> {
        let mut rings: Vec<Vec<(f64, f64)>> = Vec::new();
        let (mut at, mut numbers, mut number) = ((0.0, 0.0), Vec::new(), String::new());
        for c in compact.chars() {
            let ends = c.is_ascii_alphabetic() || c == ' ' || c == '-' || (c == '.' && number.contains('.'));
            if ends && !number.is_empty() {
                numbers.push(number.parse::<f64>().unwrap());
                number.clear();
            }
            if c == '-' || c == '.' || c.is_ascii_digit() {
                number.push(c);
            }
            match c {
                'm' => rings.push(Vec::new()),
                'z' => {
                    let ring = rings.last_mut().unwrap();
                    for pair in numbers.chunks_exact(2) {
                        at = (at.0 + pair[0], at.1 + pair[1]);
                        ring.push(at);
                    }
                    numbers.clear();
                    at = ring[0];
                }
                _ => {}
            }
        }
        rings
    }

    #[test]
    fn a_compact_path_keeps_the_outline_in_fewer_bytes() {
        assert_eq!(compact("M10,20L30,40L20,10Z"), "m10 20 20 20-10-30z");
        assert_eq!(compact("M1.5,2.25L1.75,2.5L1,1ZM3,3L4,4L3,4Z"), "m1.5 2.25.25.25-.75-1.5zm1.5.75 1 1-1 0z");
        // A straight run loses its middle points.
        assert_eq!(compact("M0,0L10,0.1L20,0L20,20L0,20Z"), "m0 0 20 0 0 20-20 0z");
        let (mut before, mut after) = (0, 0);
        for shape in parse(WORLD_SVG) {
            let original = rings(&shape.d);
            let drawn = replay(&shape.compact);
            assert_eq!(drawn.len(), original.len(), "{}: every ring stays", shape.name);
            for (ring, kept) in original.iter().zip(&drawn) {
                let ring: Vec<(f64, f64)> = ring.iter().map(|&(x, y)| (x as f64 / 100.0, y as f64 / 100.0)).collect();
                assert!(kept.len() >= ring.len().min(4), "{}", shape.name);
                // The kept points are the ring's own, in order, ends included.
                let mut rest = ring.iter();
                for point in kept {
                    assert!(
                        rest.any(|p| (p.0 - point.0).abs() < 1e-6 && (p.1 - point.1).abs() < 1e-6),
                        "{}: {point:?} is a point of the ring, in order",
                        shape.name
                    );
                }
                let (start, first) = (kept[0], ring[0]);
                assert!((start.0 - first.0).abs() < 1e-6 && (start.1 - first.1).abs() < 1e-6, "{}", shape.name);
            }
            before += shape.d.len();
            after += shape.compact.len();
        }
        assert!(after * 2 < before, "{after} bytes instead of {before}");
    }

    #[test]
    fn a_centre_is_the_middle_of_the_bounding_box() {
        assert_eq!(centre("M10,20L30,40L20,10Z"), Some((20.0, 25.0)));
        assert_eq!(centre(""), None);
    }

    #[test]
    fn countries_link_to_their_body_with_their_status_and_escaped_names() {
        let locale = Locale::default();
        let entries = HashMap::from([
            ("BR".to_string(), MapEntry::adoption(AdoptionStatus::InProgress, true, locale)),
            ("SG".to_string(), MapEntry::adoption(AdoptionStatus::Unknown, false, locale)),
        ]);
        let svg = render(&entries, "Map \"<x>\"", Locale::default());
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"aria-label="Map &quot;&lt;x&gt;&quot;""#));
        assert!(svg.contains(
            r#"<a href="/nsbs/BR" class="status-in-progress" data-code="BR" aria-label="Brazil: Adoption in progress">"#
        ));
        assert!(svg.contains(r#"class="status-unknown muted" data-code="SG""#));
        assert!(svg.contains("<circle class=\"marker\""), "Singapore gets a marker");
        assert!(!svg.contains("href=\"/nsbs/FR\""), "France has no entry here, so no link");
        assert!(svg.contains("France: No ISO member in the directory"));
    }
}
