//! `/embed/write`: "find your standards body and write", small enough to sit in another
//! site's page. The only route other sites may frame (`frame-ancestors *`); it sets no
//! cookie, runs no script, and its form opens Quorum's composer in a new tab.

use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use http::HeaderMap;
use serde::Deserialize;

use crate::i18n::Locale;
use crate::state::AppState;

/// The widget's policy: its own stylesheet, a form to Quorum, framed by anyone.
pub const EMBED_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
                                base-uri 'none'; object-src 'none'; frame-ancestors *";

#[derive(Deserialize, Default)]
pub struct EmbedQuery {
    #[serde(default)]
    lang: String,
}

/// `GET /embed/write?lang=pt`: a country list (every body, named in the widget's
/// language) and a button to the composer.
pub async fn write_widget(
    State(state): State<AppState>,
    Query(query): Query<EmbedQuery>,
    headers: HeaderMap,
) -> Response {
    let locale = Locale::best_for(&query.lang).unwrap_or_else(|| crate::api::asker_locale(&headers));
    let rows: Vec<(String, Option<String>)> =
        match sqlx::query_as("SELECT alpha2, acronym FROM nsb ORDER BY alpha2").fetch_all(&state.pool).await {
            Ok(rows) => rows,
            Err(error) => return crate::api::error_response(&crate::error::AppError::from(error), &headers),
        };
    let mut bodies: Vec<(Vec<u8>, String, String)> = rows
        .into_iter()
        .map(|(alpha2, acronym)| {
            let country = crate::territory::country_name(&alpha2, locale).unwrap_or_else(|| alpha2.clone());
            let label = match acronym {
                Some(acronym) => format!("{country} — {acronym}"),
                None => country.clone(),
            };
            (crate::collation::key(locale, &country), alpha2, label)
        })
        .collect();
    bodies.sort();
    let options: String = bodies
        .iter()
        .map(|(_, alpha2, label)| {
            format!(
                "<option value=\"{}\">{}</option>",
                crate::security::escape_markup(alpha2),
                crate::security::escape_markup(label)
            )
        })
        .collect();
    let t = |key: &str| crate::security::escape_markup(&locale.t(key));
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"/pkg/quorum.css\"></head>\
         <body class=\"embed\"><main>\
         <h1>{title}</h1><p>{lead}</p>\
         <form action=\"/letters/new\" method=\"get\" target=\"_blank\" class=\"embed-form\">\
         <input type=\"hidden\" name=\"lang\" value=\"{lang}\">\
         <label for=\"embed-nsb\">{country}</label>\
         <select id=\"embed-nsb\" name=\"nsb\" required><option value=\"\">{choose}</option>{options}</select>\
         <button type=\"submit\">{write}</button></form>\
         <p class=\"hint\"><a href=\"/\" target=\"_blank\">{by}</a></p>\
         </main></body></html>\n",
        lang = locale.tag(),
        dir = locale.dir(),
        title = t("embed-title"),
        lead = t("embed-lead"),
        country = t("embed-country"),
        choose = t("embed-choose"),
        write = t("embed-write"),
        by = t("embed-by"),
    );
    let headers = [
        (http::header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (http::header::CONTENT_SECURITY_POLICY, EMBED_POLICY),
        (http::header::CONTENT_LANGUAGE, locale.tag()),
        (http::header::VARY, "Accept-Language"),
    ];
    (headers, page).into_response()
}
