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
            let _ = write!(svg, r#"<path class="sphere" d="{}"/>"#, shape.d);
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
            let _ = write!(svg, r#"<path class="no-body" d="{}"><title>{title}</title></path>"#, shape.d);
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
        let _ = write!(svg, r#"{link}<path d="{}"><title>{title}</title></path></a>"#, shape.d);
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
