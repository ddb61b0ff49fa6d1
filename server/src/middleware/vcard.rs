//! The vCard download of a body's contact card.

use app::state::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

/// Serves `/nsbs/<code>.vcf`. A middleware, because the page route `/nsbs/{code}`
/// owns that path segment.
pub async fn vcard_download(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let code = request
        .uri()
        .path()
        .strip_prefix("/nsbs/")
        .and_then(|rest| rest.strip_suffix(".vcf").or_else(|| rest.strip_suffix(".VCF")))
        .map(str::to_string);
    let Some(code) = code.filter(|_| request.method() == http::Method::GET) else {
        return next.run(request).await;
    };
    let (parts, _body) = request.into_parts();
    let (locale, _) = app::i18n::ssr::locale_from_request(&parts);
    match app::directory::ssr::card(&state.pool, &code, locale).await {
        Ok(card) => {
            let filename = format!("attachment; filename=\"{}.vcf\"", card.alpha2);
            let mut response = app::vcard::vcard(&card, locale).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/vcard; charset=utf-8"));
            if let Ok(value) = HeaderValue::from_str(&filename) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            response
        }
        Err(error) => {
            let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let mut response = Response::new(Body::from(error.message(locale)));
            *response.status_mut() = status;
            response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
            response
        }
    }
}
