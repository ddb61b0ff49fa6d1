//! Letters on the server: the facts from the records, and the HTTP endpoints that
//! render a letter without a page (the JSON API and the text download).

use std::collections::{BTreeMap, HashMap};

use axum::Json;
use axum::extract::{Query, State};

use crate::api::{ApiError, ApiErrorDetail, ApiQuery, ErrorCode, FieldError, TRIMMED, asker_locale, attachment};
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header, request::Parts};
use serde::Serialize;
use sqlx::AnyPool;

use super::compose::{Letter, RenderedLetter, default_letter_locale, mailto_address, render};
use super::form::{FormError, LetterForm, SenderField, validate};
use super::{LetterFacts, Purpose, Recipient};
use crate::directory::Category;
use crate::directory::ssr::{all_records, normalize_code, record};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::reviews::projection::Position;
use crate::standards::ssr::{recorded_adoption, standard_facts};
use crate::standards::{AdoptionStatus, DEFAULT_STANDARD};
use crate::state::AppState;
use crate::territory;

fn today() -> String {
    chrono::Utc::now().date_naive().format("%Y-%m-%d").to_string()
}

/// The purpose that follows from the records: while a review ballot is open, a body that
/// adopted the standard, may vote (a member body) or has a recorded position in the
/// review (one leaning to withdraw is asked to confirm) gets the review letter; a body that
/// adopted it but has no version in its country's main language gets the translation
/// letter; one that adopted it and has one, the review letter (for the next review); every
/// other body (NEQ, in progress, selling only, not adopted, unknown) the adoption letter.
fn suggested_purpose(
    status: AdoptionStatus,
    category: Option<Category>,
    ballot_open: bool,
    has_local_version: bool,
    position: Option<Position>,
) -> Purpose {
    match (status.is_adoption(), category) {
        _ if ballot_open && position.is_some() => Purpose::Review,
        (true, _) if ballot_open || has_local_version => Purpose::Review,
        (true, _) => Purpose::Translate,
        (false, Some(Category::MemberBody)) if ballot_open => Purpose::Review,
        _ => Purpose::Adopt,
    }
}

/// [`facts`], kept per body while the data and the day stay the same (repeated letters
/// then need no database round trip; see [`crate::state::Watched`]).
pub async fn current_facts(state: &AppState, code: &str) -> Result<LetterFacts, AppError> {
    let alpha2 = normalize_code(code).ok_or(AppError::NotFound)?;
    let key = format!("letter-facts|{alpha2}|{}", today());
    state.watched.remember(key, facts(&state.pool, &alpha2)).await
}

/// What a letter to the body draws on, read from the records now.
pub async fn facts(pool: &AnyPool, code: &str) -> Result<LetterFacts, AppError> {
    let alpha2 = normalize_code(code).ok_or(AppError::NotFound)?;
    // Independent reads, at once: the letter's latency is one round trip, not four.
    let today = today();
    let (body, standard, adoption, position) = tokio::try_join!(
        record(pool, &alpha2),
        async { standard_facts(pool, DEFAULT_STANDARD, &today).await.map_err(AppError::from) },
        async { recorded_adoption(pool, DEFAULT_STANDARD, &alpha2).await.map_err(AppError::from) },
        crate::reviews::ssr::open_cycle_position(pool, DEFAULT_STANDARD, &alpha2),
    )?;
    let status = adoption.status;
    let (body, standard) = (body.ok_or(AppError::NotFound)?, standard.ok_or(AppError::NotFound)?);
    let official_languages = territory::letter_languages(&alpha2);
    let main_language = official_languages.first().cloned();
    let same_language = |lang: &str, language: &str| {
        let base = |tag: &str| tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase();
        lang.eq_ignore_ascii_case(language) || base(lang) == base(language)
    };
    // A national edition (an adoption, not NEQ) in the country's main language, as recorded.
    let in_main_language =
        adoption.lang.as_deref().is_some_and(|lang| main_language.as_deref().is_some_and(|m| same_language(lang, m)));
    let national_edition = (status.is_adoption() && in_main_language)
        .then(|| adoption.designation.clone().unwrap_or_else(|| standard.reference.clone()));
    // Without a known language there is nothing to ask a translation into.
    let has_local_version = national_edition.is_some()
        || main_language
            .as_deref()
            .is_none_or(|language| standard.titles.iter().any(|(lang, _, _)| same_language(lang, language)));
    let mut country_names = BTreeMap::new();
    let mut language_names = BTreeMap::new();
    for locale in Locale::letter_languages() {
        let tag = locale.tag().to_string();
        country_names.insert(tag.clone(), territory::letter_country(&alpha2, locale));
        if let Some(name) = main_language.as_deref().and_then(|l| territory::language_name(l, locale)) {
            language_names.insert(tag, name);
        }
    }
    Ok(LetterFacts {
        suggested: suggested_purpose(
            status,
            body.category(),
            standard.open_ballot_closes.is_some(),
            has_local_version,
            position,
        ),
        adoption_in_progress: status == AdoptionStatus::InProgress,
        national_edition,
        default_lang: default_letter_locale(&official_languages).tag().to_string(),
        email: body.email.as_deref().and_then(mailto_address),
        alpha2: body.alpha2,
        acronym: body.acronym,
        body_name_en: body.body_name_en,
        body_name_native: body.body_name_native,
        address: body.address,
        official_languages,
        country_names,
        language_names,
        standard: standard.reference,
        titles: standard.titles.iter().map(|(lang, title, _)| (lang.clone(), title.clone())).collect(),
        title_sources: standard.titles.iter().map(|(lang, _, source)| (lang.clone(), source.clone())).collect(),
        standard_source: standard.source,
        standard_as_of: standard.as_of,
        adopted: standard.adopted,
        last_confirmed: standard.last_confirmed,
        due_by: standard.due_by.filter(|_| standard.open_ballot_closes.is_none()),
        committee: standard.committee,
        deadline: standard.open_ballot_closes,
        today,
    })
}

pub async fn recipients(pool: &AnyPool, locale: Locale) -> Result<Vec<Recipient>, AppError> {
    let mut recipients: Vec<(Vec<u8>, Recipient)> = all_records(pool)
        .await?
        .into_iter()
        .map(|r| {
            let country = territory::country_name(&r.alpha2, locale).unwrap_or_else(|| r.country_name_en.clone());
            let label = match &r.acronym {
                Some(acronym) => format!("{country} — {acronym}"),
                None => country.clone(),
            };
            (crate::collation::key(locale, &country), Recipient { alpha2: r.alpha2, label })
        })
        .collect();
    recipients.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.alpha2.cmp(&b.1.alpha2)));
    Ok(recipients.into_iter().map(|(_, r)| r).collect())
}

/// Why a letter could not be rendered, in the requester's language.
#[derive(Debug)]
pub enum RenderError {
    UnknownBody,
    Invalid(Vec<FormError>),
    Failed(AppError),
}

/// Renders a letter from request parameters (shared by the API and the download).
pub async fn render_form(state: &AppState, form: &LetterForm) -> Result<Letter, RenderError> {
    render_form_and_facts(state, form).await.map(|(letter, _)| letter)
}

/// `render_form`, with the records the letter was written from.
pub async fn render_form_and_facts(state: &AppState, form: &LetterForm) -> Result<(Letter, LetterFacts), RenderError> {
    if form.nsb.trim().is_empty() {
        return Err(RenderError::UnknownBody);
    }
    let facts = match current_facts(state, &form.nsb).await {
        Ok(facts) => facts,
        Err(AppError::NotFound) => return Err(RenderError::UnknownBody),
        Err(error) => return Err(RenderError::Failed(error)),
    };
    let choices = validate(form, &facts).map_err(RenderError::Invalid)?;
    Ok((render(&facts, &choices), facts))
}

/// A letter to a body (the answer itself, without `data`/`licence`: nothing in it is a
/// record).
#[derive(Serialize, utoipa::ToSchema)]
pub struct ApiLetter {
    /// The body's alpha-2 code.
    nsb: String,
    subject: String,
    body: String,
    /// The letter's language (BCP 47).
    language: String,
    /// `ltr` or `rtl`.
    direction: String,
    /// `mailto:` with subject and body, when the body has a usable address.
    mailto: Option<String>,
    /// The same letter in the second language asked for.
    second_language: Option<ApiTranslation>,
    /// The languages letters to the body's country are written in, the first being the
    /// one a letter starts in when none is asked for (BCP 47).
    country_languages: Vec<String>,
    /// The country's first language has no letters yet, so a letter without `lang` is
    /// in English (the composer says so).
    first_language_missing: bool,
    /// When the letter is in English for that reason: the composer's notice, in the
    /// asker's language (`Accept-Language`).
    notice: Option<String>,
    /// `source`, `drafted` (not yet read by a native speaker) or `reviewed`.
    review_status: Option<crate::translations::ReviewStatus>,
}

/// The letter in a second language.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ApiTranslation {
    subject: String,
    body: String,
    language: String,
    /// `ltr` or `rtl`.
    direction: String,
}

/// The parameters of `/api/v1/letters/render`, as documented (the handler reads them as
/// the composer's [`LetterForm`], `lang` being the letter's language).
pub struct RenderParams;

impl utoipa::IntoParams for RenderParams {
    fn into_params(
        _: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        use crate::api::{closed_enum, query_param};
        use utoipa::openapi::path::{ParameterBuilder, ParameterIn};
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        let nsb = ParameterBuilder::new()
            .name("nsb")
            .parameter_in(ParameterIn::Query)
            .description(Some("The body's alpha-2 code (`BR`)."))
            .required(utoipa::openapi::Required::True)
            .schema(Some(ObjectBuilder::new().schema_type(Type::String).build()))
            .example(Some("BR".into()))
            .build();
        let languages = || Locale::letter_languages().map(Locale::tag);
        let mut params = vec![
            nsb,
            query_param(
                "purpose",
                "`review`, `adopt` or `translate`; blank: what fits the records.",
                closed_enum(std::iter::once("").chain(Purpose::ALL.map(Purpose::slug))),
                Some("review"),
            ),
            query_param(
                "lang",
                "The letter's language (`pt`); blank: the country's main language when Quorum has letters in \
                 it, else English.",
                closed_enum(std::iter::once("").chain(languages())),
                Some("pt"),
            ),
            query_param(
                "second_lang",
                "A second language for a bilingual letter (`en`); blank or `none`: none.",
                closed_enum(["", "none"].into_iter().chain(languages())),
                Some("en"),
            ),
        ];
        for (field, description, example) in [
            (SenderField::Name, "Signature: name.", Some("Ana Souza")),
            (SenderField::Organisation, "Signature: organisation.", None),
            (SenderField::Role, "Signature: role.", None),
            (SenderField::City, "The place on the date line.", Some("São Paulo")),
            (SenderField::Email, "The sender's e-mail address.", Some("ana@example.org")),
            (SenderField::Personal, "A personal paragraph (line breaks allowed).", None),
        ] {
            let description = format!("{description} At most {} characters.", field.max_chars());
            let schema = if field == SenderField::Email { email_schema() } else { sender_schema(field) };
            params.push(query_param(field.param(), &description, schema, example));
        }
        params
    }
}

/// Control characters (`char::is_control`) and bidirectional formatting characters.
const REFUSED: &str = r"\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069";

/// A sender field: `max` characters, as the composer's validation takes them.
fn sender_schema(field: SenderField) -> utoipa::openapi::schema::Object {
    let refused = if field.multiline() {
        // Line breaks are allowed (`\r\n` and `\r` count as `\n`).
        r"\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069"
    } else {
        REFUSED
    };
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .max_length(Some(field.max_chars()))
        .pattern(Some(format!("^{TRIMMED}[^{refused}]*{TRIMMED}$")))
        .build()
}

/// Blank, or an address as `form::looks_like_email` takes it.
fn email_schema() -> utoipa::openapi::schema::Object {
    let other = format!(r"[^\u0000-\u009F\s{REFUSED}]");
    let local = format!(r"(?:[A-Za-z0-9!#$&'*+/=^_`{{|}}~.-]|{other})+");
    let label = format!(r"(?:[A-Za-z0-9-]|{other})");
    let domain = format!(r"{label}(?:{label}|\.)*\.(?:{label}|\.)*{label}");
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .max_length(Some(SenderField::Email.max_chars()))
        .pattern(Some(format!("^{TRIMMED}(?:{local}@{domain})?{TRIMMED}$")))
        .build()
}

impl From<&RenderedLetter> for ApiTranslation {
    fn from(letter: &RenderedLetter) -> Self {
        ApiTranslation {
            subject: letter.subject.clone(),
            body: letter.text(),
            language: letter.language.clone(),
            direction: letter.direction.clone(),
        }
    }
}

/// `{"error": {"code", "message", "fields": [{"field", "message"}]}}`, like every API error.
fn error_response(error: RenderError, locale: Locale) -> Response {
    let (status, code, message, fields) = match error {
        RenderError::UnknownBody => {
            let message = locale.t("letter-error-body");
            let field = FieldError { field: "nsb".into(), message: message.clone() };
            (StatusCode::NOT_FOUND, ErrorCode::NotFound, message, vec![field])
        }
        RenderError::Invalid(errors) => {
            let fields: Vec<FieldError> =
                errors.iter().map(|e| FieldError { field: e.param().into(), message: e.message(locale) }).collect();
            (StatusCode::BAD_REQUEST, ErrorCode::InvalidInput, locale.t("error-invalid-fields"), fields)
        }
        RenderError::Failed(error) => {
            tracing::error!(?error, "letter render failed");
            let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, ErrorCode::ServerError, error.message(locale), Vec::new())
        }
    };
    let body = ApiError { error: ApiErrorDetail { code, message, fields: Some(fields) } };
    (status, Json(body)).into_response()
}

/// `GET /api/v1/letters/render?nsb=BR&purpose=review&lang=pt[&second_lang=en][&sender_name=…]`
#[utoipa::path(
    get,
    path = "/api/v1/letters/render",
    tag = "letters",
    params(RenderParams),
    responses(
        (status = 200, description = "The letter: subject, body, `mailto:` link, in each language asked", body = ApiLetter),
        (status = 400, description = "A field is too long, has line breaks where none belong, or names an unknown purpose or language; `fields` says which", body = ApiError),
        (status = 404, description = "No body for this code (or none given)", body = ApiError),
    )
)]
pub async fn api_render(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<HashMap<String, String>>,
    parts: Parts,
) -> Response {
    // Error messages follow `Accept-Language`: `lang` is the letter's language here.
    let locale = asker_locale(&parts.headers);
    let form = LetterForm::from_api_pairs(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    match render_form_and_facts(&state, &form).await {
        Ok((letter, facts)) => {
            let notice = facts.first_language_missing().then(|| {
                let language = crate::territory::language_name(
                    facts.official_languages.first().map(String::as_str).unwrap_or_default(),
                    locale,
                )
                .unwrap_or_default();
                locale.t_args("letter-language-missing", &[("language", language.into())])
            });
            let api = ApiLetter {
                nsb: form.nsb.trim().to_ascii_uppercase(),
                subject: letter.primary.subject.clone(),
                body: letter.primary.text(),
                language: letter.primary.language.clone(),
                direction: letter.primary.direction.clone(),
                mailto: letter.mailto(),
                second_language: letter.second.as_ref().map(ApiTranslation::from),
                country_languages: facts.official_languages.clone(),
                first_language_missing: facts.first_language_missing(),
                notice: notice.filter(|_| letter.primary.language == "en"),
                review_status: crate::translations::letter_status(&letter.primary.language).status,
            };
            Json(api).into_response()
        }
        Err(error) => error_response(error, locale),
    }
}

/// `GET /letters/letter.txt?…` (the composer's parameters): the letter as a UTF-8 text
/// file. The writer's details pass through this request and are not stored.
pub async fn download_text(
    State(state): State<AppState>,
    Query(params): Query<HashMap<String, String>>,
    parts: Parts,
) -> Response {
    let (locale, _) = crate::i18n::ssr::locale_from_request(&parts);
    let mut form = LetterForm::from_pairs(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    // A download from the composer is a POST: the writer's details came in its body.
    if let Some(details) = parts.extensions.get::<crate::letters::form::PostedDetails>() {
        details.fill(&mut form);
    }
    match render_form_and_facts(&state, &form).await {
        Ok((letter, facts)) => {
            let filename = format!("letter-{}-{}.txt", form.nsb.trim().to_ascii_lowercase(), letter.primary.language);
            // Ready to send or print: to whom, by which address, then the subject and text.
            let letter_locale = crate::i18n::Locale::letter_language(&letter.primary.language).unwrap_or(locale);
            let mut head = crate::letters::compose::recipient_lines(&facts, letter_locale);
            head.extend(facts.email.clone());
            let text = format!("{}\n\n{}\n\n{}\n", head.join("\n"), letter.subject(), letter.text());
            let mut response = attachment(text, "text/plain; charset=utf-8", &filename);
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(RenderError::UnknownBody) => (StatusCode::NOT_FOUND, locale.t("letter-error-body")).into_response(),
        Err(RenderError::Invalid(errors)) => {
            let text = errors.iter().map(|e| e.message(locale)).collect::<Vec<_>>().join("\n");
            (StatusCode::BAD_REQUEST, text).into_response()
        }
        Err(RenderError::Failed(error)) => {
            tracing::error!(?error, "letter download failed");
            (StatusCode::INTERNAL_SERVER_ERROR, error.message(locale)).into_response()
        }
    }
}

/// Whether `referer` is the composer with a letter to `alpha2`.
/// The composer starts a letter to this body: count it in the open reviews. Not when the
/// writer only changed the letter (the request comes from the composer showing the same
/// body: the live preview, or "Update the letter" without JavaScript). Counted once per
/// client, body and day: after the first time this process knows it without a database
/// write. A failed count never keeps the letter from the writer.
pub async fn count_started(state: &AppState, parts: &http::request::Parts, alpha2: &str) {
    let referer = parts.headers.get(http::header::REFERER).and_then(|r| r.to_str().ok());
    if referer.is_some_and(|referer| composing_for(referer, alpha2)) {
        return;
    }
    let client = crate::auth::ssr::client_address(parts, &state.config);
    let key = format!("{}|{client}|{alpha2}", chrono::Utc::now().date_naive());
    if state.watched.counted(&key) {
        return;
    }
    let counted =
        crate::reviews::ssr::pipeline::count_letter(&state.pool, crate::standards::DEFAULT_STANDARD, alpha2, &client)
            .await;
    match counted {
        Ok(()) => state.watched.mark_counted(key),
        Err(error) => tracing::warn!(%error, "letter not counted"),
    }
}

/// For the page cache: a composer page without the writer's details (only choices in
/// its query) counts its letter as a rendering would, and may then be served kept.
/// `false`: render it.
pub async fn count_kept_composer(state: &AppState, parts: &http::request::Parts) -> bool {
    let query = parts.uri.query().unwrap_or_default();
    if parts.uri.path() != "/letters/new"
        || !super::form::only_choices(query)
        || parts.extensions.get::<super::form::PostedDetails>().is_some_and(|d| !d.0.is_empty())
    {
        return false;
    }
    let nsb = form_urlencoded::parse(query.as_bytes()).find(|(name, _)| name == "nsb").map(|(_, v)| v.into_owned());
    let Some(nsb) = nsb.filter(|n| !n.trim().is_empty()) else { return true };
    // Only whether the body exists (its code), remembered per data version: the whole
    // facts, copied for every visit, cost more than serving the kept page.
    let body = state
        .watched
        .remember(format!("letter-body|{nsb}"), async {
            match current_facts(state, &nsb).await {
                Ok(facts) => Ok(Some(facts.alpha2)),
                // An unknown body: the page says so, nothing is counted.
                Err(AppError::NotFound) => Ok(None),
                Err(error) => Err(error),
            }
        })
        .await;
    match body {
        Ok(Some(alpha2)) => count_started(state, parts, &alpha2).await,
        Ok(None) => {}
        Err(_) => return false,
    }
    true
}

pub fn composing_for(referer: &str, alpha2: &str) -> bool {
    let path_and_query =
        referer.split_once("://").map_or(referer, |(_, rest)| rest.find('/').map_or("", |at| &rest[at..]));
    let Some(("/letters/new", query)) = path_and_query.split_once('?') else { return false };
    query.split('&').any(|pair| {
        pair.split_once('=').is_some_and(|(name, value)| name == "nsb" && value.eq_ignore_ascii_case(alpha2))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_is_counted_when_the_composer_starts_on_a_body() {
        let composing = "http://127.0.0.1:3000/letters/new?nsb=br&purpose=review&sender_name=Ana";
        assert!(composing_for(composing, "BR"), "a change to the letter to Brazil");
        assert!(!composing_for(composing, "PT"), "another body");
        assert!(!composing_for("https://quorum.example/letters/new", "BR"), "no body chosen yet");
        assert!(!composing_for("https://quorum.example/nsbs/BR?nsb=BR", "BR"), "the body's page");
        assert!(!composing_for("https://quorum.example/letters/new?xnsb=BR", "BR"));
        assert!(!composing_for("", "BR"));
        assert!(!composing_for("/letters/new?nsb=BR&x", "PT"));
        assert!(composing_for("/letters/new?nsb=BR&x", "BR"), "a path without the origin");
    }

    /// The documented parameters are the ones the API reads (the composer's, `lang` for
    /// `letter_lang`, without the link-sharing switch).
    #[test]
    fn documented_parameters_are_the_ones_read() {
        use utoipa::IntoParams;
        let documented: Vec<String> = RenderParams::into_params(|| None).into_iter().map(|p| p.name).collect();
        let read: Vec<String> = super::super::form::PARAMS
            .iter()
            .filter(|p| **p != "share")
            .map(|p| if *p == "letter_lang" { "lang" } else { p }.to_string())
            .collect();
        assert_eq!(documented, read);
    }

    #[test]
    fn purpose_follows_the_records() {
        use AdoptionStatus::*;
        let member = Some(Category::MemberBody);
        let correspondent = Some(Category::Correspondent);
        assert_eq!(suggested_purpose(AdoptedIdt, correspondent, false, true, None), Purpose::Review);
        assert_eq!(suggested_purpose(Adopted, correspondent, false, false, None), Purpose::Translate);
        assert_eq!(suggested_purpose(AdoptedMod, correspondent, true, false, None), Purpose::Review);
        assert_eq!(suggested_purpose(Unknown, member, true, true, None), Purpose::Review);
        assert_eq!(suggested_purpose(Unknown, member, false, true, None), Purpose::Adopt);
        assert_eq!(suggested_purpose(InProgress, None, true, true, None), Purpose::Adopt);
        assert_eq!(suggested_purpose(Neq, correspondent, false, true, None), Purpose::Adopt, "NEQ is not an adoption");
        assert_eq!(suggested_purpose(SellsOnly, member, false, false, None), Purpose::Adopt);
        let leaning = Some(Position::Withdraw);
        assert_eq!(suggested_purpose(Unknown, correspondent, true, true, leaning), Purpose::Review, "asked to confirm");
        assert_eq!(suggested_purpose(Unknown, correspondent, false, true, leaning), Purpose::Adopt, "no open ballot");
    }
}
