//! (server) What search engines read: `/robots.txt` (public pages allowed; coordinators'
//! pages, private links and the server functions disallowed) and `/sitemap.xml` (every
//! public page — bodies, followed standards, reviews, published open letters — with its
//! `lastmod` from the audit trail and an `hreflang` alternate per interface language).

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::{HeaderMap, header};
use sqlx::AnyPool;

use crate::error::AppError;
use crate::i18n::INTERFACE;
use crate::state::AppState;

/// Paths no crawler should follow: signed-in pages, private links, the composer (what a
/// writer types), server functions. The open data API (`/api/v1/`) stays allowed.
pub const DISALLOWED: [&str; 12] = [
    "/account",
    "/admin/",
    "/coordinate",
    "/corrections",
    "/import",
    "/invitation/",
    "/signin",
    "/letters/",
    "/mail/",
    "/outcomes/",
    "/changes",
    "/api/",
];

/// `GET /robots.txt`.
pub async fn robots(State(state): State<AppState>) -> Response {
    let origin = state.public_origin.trim_end_matches('/');
    // The composer's bare page may be found ("write to a standards body"); with a query
    // it is a letter in progress, and it counts the letters it starts.
    let mut text =
        String::from("User-agent: *\nAllow: /\nAllow: /api/v1/\nAllow: /changes.atom\nAllow: /letters/new$\n");
    for path in DISALLOWED {
        text.push_str(&format!("Disallow: {path}\n"));
    }
    text.push_str("Disallow: /*/edit\n");
    text.push_str(&format!("\nSitemap: {origin}/sitemap.xml\n"));
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text).into_response()
}

/// The day of the newest audit entry of each record (`entity`, `entity_key`): `lastmod`.
async fn last_changes(pool: &AnyPool) -> Result<std::collections::HashMap<(String, String), String>, AppError> {
    let rows: Vec<(String, String, String)> =
        sqlx::query_as("SELECT entity, entity_key, MAX(at) FROM audit_log GROUP BY entity, entity_key")
            .fetch_all(pool)
            .await?;
    Ok(rows.into_iter().map(|(entity, key, at)| ((entity, key), at.chars().take(10).collect())).collect())
}

/// Every public page: its path and, when the records say, the day it last changed.
pub async fn public_pages(pool: &AnyPool) -> Result<Vec<(String, Option<String>)>, AppError> {
    let changed = last_changes(pool).await?;
    let last = |entity: &str, key: &str| changed.get(&(entity.to_string(), key.to_string())).cloned();
    let mut pages: Vec<(String, Option<String>)> = [
        "/",
        "/nsbs",
        "/standards",
        "/reviews",
        "/reviews/upcoming",
        "/open-letters",
        "/developers",
        "/developers/translations",
    ]
    .into_iter()
    .map(|path| (path.to_string(), None))
    .collect();
    let bodies: Vec<(String,)> = sqlx::query_as("SELECT alpha2 FROM nsb ORDER BY alpha2").fetch_all(pool).await?;
    pages.extend(bodies.into_iter().map(|(code,)| (format!("/nsbs/{code}"), last("nsb", &code))));
    let standards: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM standard WHERE followed = 'yes' ORDER BY id").fetch_all(pool).await?;
    pages.extend(standards.into_iter().map(|(id,)| (format!("/standards/{id}"), last("standard", &id))));
    let cycles: Vec<(String,)> = sqlx::query_as("SELECT id FROM review_cycle ORDER BY id").fetch_all(pool).await?;
    pages.extend(cycles.into_iter().map(|(id,)| (format!("/reviews/{id}"), last("review_cycle", &id))));
    let letters: Vec<(String, String)> = sqlx::query_as(
        "SELECT letter_id, MAX(updated_at) FROM open_letter_text WHERE status = 'published' GROUP BY letter_id \
         ORDER BY letter_id",
    )
    .fetch_all(pool)
    .await?;
    pages.extend(
        letters.into_iter().map(|(id, at)| (format!("/open-letters/{id}"), Some(at.chars().take(10).collect()))),
    );
    Ok(pages)
}

/// `GET /sitemap.xml`.
pub async fn sitemap(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let pages = match public_pages(&state.pool).await {
        Ok(pages) => pages,
        Err(error) => return crate::api::error_response(&error, &headers),
    };
    let origin = state.public_origin.trim_end_matches('/');
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (path, lastmod) in pages {
        let url = format!("{origin}{path}");
        out.push_str(&format!("<url><loc>{}</loc>", crate::security::escape_markup(&url)));
        if let Some(day) = lastmod {
            out.push_str(&format!("<lastmod>{}</lastmod>", crate::security::escape_markup(&day)));
        }
        for tag in INTERFACE {
            out.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}\"/>",
                crate::security::escape_markup(&format!("{url}?lang={tag}"))
            ));
        }
        out.push_str(&format!(
            "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>",
            crate::security::escape_markup(&url)
        ));
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    ([(header::CONTENT_TYPE, "application/xml; charset=utf-8")], out).into_response()
}
