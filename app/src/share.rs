//! (server) Share pictures: a PNG per open letter ("N people from M countries signed"),
//! review (the projected outcome and the days left, or the result) and standard (its
//! adoption map), drawn from an SVG template with `resvg` in the asker's language and
//! named by each page's `og:image`. The page cache keeps each picture per data version
//! and language, like a page. The fonts are embedded (DejaVu Sans, `seed/fonts/`), with
//! the system's for scripts they lack.

use std::sync::{Arc, LazyLock};

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, header};
use resvg::{tiny_skia, usvg};
use serde::Deserialize;

use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;

/// The picture's size: what link previews ask for.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

static FONTS: LazyLock<Arc<usvg::fontdb::Database>> = LazyLock::new(|| {
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_font_data(include_bytes!("../../seed/fonts/DejaVuSans.ttf").to_vec());
    fonts.load_font_data(include_bytes!("../../seed/fonts/DejaVuSans-Bold.ttf").to_vec());
    fonts.load_system_fonts();
    fonts.set_sans_serif_family("DejaVu Sans");
    Arc::new(fonts)
});

/// Renders an SVG document to PNG bytes.
pub fn png(svg: &str) -> Result<Vec<u8>, AppError> {
    let options = usvg::Options { fontdb: FONTS.clone(), ..usvg::Options::default() };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|error| {
        tracing::error!(%error, "share picture template unreadable");
        AppError::Storage
    })?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or(AppError::Storage)?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|_| AppError::Storage)
}

/// Text for the template: Fluent's isolation marks and control characters left out,
/// then escaped.
fn xml(text: &str) -> String {
    let plain: String = text.chars().filter(|c| !c.is_control() && !matches!(c, '\u{2068}' | '\u{2069}')).collect();
    crate::security::escape_markup(&plain)
}

/// How many columns a character takes: two for the wide characters of Chinese, Japanese
/// and Korean (and full-width forms), one otherwise.
fn columns(c: char) -> usize {
    let wide = matches!(u32::from(c),
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6);
    if wide { 2 } else { 1 }
}

fn width_of(text: &[char]) -> usize {
    text.iter().copied().map(columns).sum()
}

/// `text` broken into at most `lines` lines of about `width` columns, the last cut with
/// an ellipsis when the text is longer.
pub fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line: Vec<char> = Vec::new();
    for word in text.split_whitespace() {
        // A word longer than a line (or a script without spaces) is cut by characters.
        let mut rest: Vec<char> = word.chars().collect();
        loop {
            let room = width.saturating_sub(width_of(&line) + usize::from(!line.is_empty()));
            if width_of(&rest) <= room {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.append(&mut rest);
                break;
            }
            if line.is_empty() || width_of(&rest) > width {
                // As many characters as fit in the room left (at least one).
                let mut take = 0;
                let mut used = 0;
                while take < rest.len() && used + columns(rest[take]) <= room.max(1) {
                    used += columns(rest[take]);
                    take += 1;
                }
                let take = take.max(1);
                if !line.is_empty() {
                    line.push(' ');
                }
                line.extend(rest.drain(..take));
            }
            out.push(line.drain(..).collect());
            if rest.is_empty() {
                break;
            }
        }
    }
    let line: String = line.into_iter().collect();
    if !line.is_empty() {
        out.push(line);
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            let mut kept = String::new();
            let mut used = 0;
            for c in last.chars() {
                used += columns(c);
                if used + 1 > width {
                    break;
                }
                kept.push(c);
            }
            *last = format!("{}…", kept.trim_end());
        }
    }
    out
}

/// The frame every picture shares: the page's language and direction, a heading of up
/// to three lines, lines of detail, Quorum's name, and `body` (a map) if any.
fn frame(locale: Locale, eyebrow: &str, heading: &str, details: &[String], body: &str) -> String {
    let rtl = locale.is_rtl();
    let (x, anchor) = if rtl { (WIDTH - 60, "end") } else { (60, "start") };
    let direction = if rtl { "rtl" } else { "ltr" };
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}"><style>{MAP_STYLE}</style><rect width="{WIDTH}" height="{HEIGHT}" fill="#f7f8fa"/><rect width="{WIDTH}" height="12" fill="#1f4e8c"/>"##
    );
    svg.push_str(body);
    let text = |y: u32, size: u32, weight: &str, fill: &str, content: &str| {
        format!(
            r#"<text x="{x}" y="{y}" font-family="DejaVu Sans, sans-serif" font-size="{size}" font-weight="{weight}" fill="{fill}" text-anchor="{anchor}" direction="{direction}">{}</text>"#,
            xml(content)
        )
    };
    svg.push_str(&text(80, 28, "normal", "#4a5565", eyebrow));
    // Characters per line: 1080 px of text beside nothing, 480 px beside a map (about
    // 34 px a character of the bold heading, 19 px of the details).
    let (heading_width, detail_width) = if body.is_empty() { (30, 52) } else { (14, 24) };
    let mut y = 140;
    for line in wrap(heading, heading_width, 3) {
        svg.push_str(&text(y, 52, "bold", "#111827", &line));
        y += 64;
    }
    y += 10;
    for detail in details {
        for line in wrap(detail, detail_width, 2) {
            svg.push_str(&text(y, 34, "normal", "#1f2937", &line));
            y += 46;
        }
    }
    svg.push_str(&text(HEIGHT - 40, 30, "bold", "#1f4e8c", "Quorum"));
    svg.push_str("</svg>");
    svg
}

/// The map's colours as plain CSS (the site's stylesheet uses variables, which the
/// renderer does not read).
const MAP_STYLE: &str = ".sphere{fill:#ffffff;stroke:#d0d5dd}path{stroke:#ffffff;stroke-width:0.4}\
.no-body{fill:#eef0f3}\
.status-adopted-idt path,.status-adopted-idt circle{fill:#1b7837}\
.status-adopted-mod path,.status-adopted-mod circle{fill:#4dac26}\
.status-adopted path,.status-adopted circle{fill:#a6d96a}\
.status-neq path,.status-neq circle{fill:#9970ab}\
.status-in-progress path,.status-in-progress circle{fill:#f4a442}\
.status-sells-only path,.status-sells-only circle{fill:#35978f}\
.status-not-adopted path,.status-not-adopted circle{fill:#d6604d}\
.status-unknown path,.status-unknown circle{fill:#c9ced4}";

#[derive(Deserialize, Default)]
pub struct ShareQuery {
    #[serde(default)]
    lang: String,
}

fn locale_of(query: &ShareQuery, headers: &HeaderMap) -> Locale {
    Locale::best_for(&query.lang).unwrap_or_else(|| crate::api::asker_locale(headers))
}

/// The slug of `{slug}.png`.
fn slug_of(file: &str) -> Result<String, AppError> {
    let slug = file.strip_suffix(".png").ok_or(AppError::NotFound)?;
    if slug.is_empty() || !slug.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(AppError::NotFound);
    }
    Ok(slug.to_ascii_lowercase())
}

async fn answer(svg: Result<String, AppError>, headers: &HeaderMap) -> Response {
    let svg = match svg {
        Ok(svg) => svg,
        Err(error) => return crate::api::error_response(&error, headers),
    };
    match tokio::task::spawn_blocking(move || png(&svg)).await {
        Ok(Ok(bytes)) => ([(header::CONTENT_TYPE, "image/png")], bytes).into_response(),
        Ok(Err(error)) => crate::api::error_response(&error, headers),
        Err(_) => crate::api::error_response(&AppError::Storage, headers),
    }
}

async fn open_letter_svg(state: &AppState, slug: &str, locale: Locale) -> Result<String, AppError> {
    let title: Option<(String,)> = sqlx::query_as(
        "SELECT t.title FROM open_letter_text t JOIN open_letter l ON l.id = t.letter_id \
         WHERE t.letter_id = $1 AND t.status = 'published' \
         ORDER BY CASE WHEN t.lang = $2 THEN 0 WHEN t.lang = l.source_lang THEN 1 ELSE 2 END, t.lang LIMIT 1",
    )
    .bind(slug)
    .bind(locale.tag())
    .fetch_optional(&state.pool)
    .await?;
    let (title,) = title.ok_or(AppError::NotFound)?;
    let signatures = crate::open_letters::ssr::signatures::approved(&state.pool, slug, locale).await?;
    let signed = locale.t_args(
        "share-signed",
        &[("people", i64::from(signatures.total).into()), ("countries", signatures.per_country.len().into())],
    );
    Ok(frame(locale, &locale.t("open-letters-title"), &title, &[signed], ""))
}

async fn review_svg(state: &AppState, slug: &str, locale: Locale) -> Result<String, AppError> {
    let filter = crate::reviews::ReviewFilter::default();
    let overview = crate::reviews::ssr::overview(&state.pool, slug, &filter, locale, None).await?;
    let cycle = &overview.cycle;
    let heading = locale
        .t_args("review-page-title", &[("cycle", cycle.year().into()), ("reference", cycle.reference.clone().into())]);
    let running = matches!(cycle.status.as_str(), "open" | "planned");
    let mut details = Vec::new();
    if running {
        details.push(format!(
            "{} {}",
            locale.t("projection-heading"),
            locale.t(crate::pages::reviews::outcome_key(overview.projection.outcome))
        ));
        if let Some(days) = overview.days_left {
            details.push(locale.t_args("review-days-left", &[("days", days.into())]));
        }
    } else {
        details.push(crate::pages::reviews::cycle_state(cycle, locale));
    }
    Ok(frame(locale, &locale.t("nav-reviews"), &heading, &details, ""))
}

async fn standard_svg(state: &AppState, slug: &str, locale: Locale) -> Result<String, AppError> {
    let filter = crate::standards::AdoptionFilter::default();
    let overview = crate::standards::ssr::overview(&state.pool, slug, &filter, locale).await?;
    let counts = &overview.counts;
    let adopted =
        locale.t_args("share-adoptions", &[("adoptions", counts.adoptions.into()), ("bodies", counts.bodies.into())]);
    // The adoption map on the far side of the text, nested as its own drawing.
    let map = crate::standards::map::render_overview(&overview, locale);
    let map_x = if locale.is_rtl() { 40 } else { 560 };
    let map = map.replacen(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="#,
        &format!(r#"<svg x="{map_x}" y="150" width="600" height="330" viewBox="#),
        1,
    );
    let title = overview.standard.title.clone().unwrap_or_default();
    let details = [title, adopted];
    Ok(frame(locale, &locale.t("nav-standards"), &overview.standard.reference, &details, &map))
}

/// `GET /share/{open-letters|reviews|standards}/{slug}.png`: the picture of that page.
pub async fn share_png(
    State(state): State<AppState>,
    Path((kind, file)): Path<(String, String)>,
    Query(query): Query<ShareQuery>,
    headers: HeaderMap,
) -> Response {
    let locale = locale_of(&query, &headers);
    let svg = match (kind.as_str(), slug_of(&file)) {
        ("open-letters", Ok(slug)) => open_letter_svg(&state, &slug, locale).await,
        ("reviews", Ok(slug)) => review_svg(&state, &slug, locale).await,
        ("standards", Ok(slug)) => standard_svg(&state, &slug, locale).await,
        (_, Err(error)) => Err(error),
        _ => Err(AppError::NotFound),
    };
    answer(svg, &headers).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_titles_wrap_and_end_with_an_ellipsis() {
        assert_eq!(wrap("ISO 20400 Sustainable procurement", 20, 3), ["ISO 20400", "Sustainable", "procurement"]);
        let lines = wrap(&"word ".repeat(50), 20, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
        // A script without spaces is cut by characters.
        assert_eq!(wrap("可持续采购指南可持续采购指南", 14, 3), ["可持续采购指南", "可持续采购指南"]);
        assert_eq!(wrap("173の国家標準化機関", 8, 3), ["173の国", "家標準化", "機関"]);
    }

    #[test]
    fn a_picture_is_a_png_of_the_announced_size() {
        let svg = frame(Locale::default(), "Open letters", "A <title> & more", &["12 people".into()], "");
        let bytes = png(&svg).unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]), WIDTH);
        assert_eq!(u32::from_be_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]), HEIGHT);
    }
}
