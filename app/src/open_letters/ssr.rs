//! Open letters on the server: the published list, and a letter as a reader sees it —
//! in the language asked for, the reader's or the source's, with its placeables filled
//! in for everyone or for one body. The shipped letters are imported in `seed`.

use sqlx::AnyPool;

pub mod edit;
mod seed;
pub mod signatures;

pub use seed::import_seed;

use super::template::{self, Values};
use super::*;
use crate::directory::ssr::normalize_code;
use crate::i18n::Locale;
use crate::letters::LetterCountry;
use crate::territory;

/// A published text: (letter, lang, title, body, reviewed_at).
type TextRow = (String, String, String, String, Option<String>);

async fn published_texts(pool: &AnyPool, slug: Option<&str>) -> Result<Vec<TextRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT letter_id, lang, title, body, reviewed_at FROM open_letter_text \
         WHERE status = 'published' AND ($1 = '' OR letter_id = $1) ORDER BY letter_id, lang",
    )
    .bind(slug.unwrap_or_default())
    .fetch_all(pool)
    .await?)
}

fn language_name(tag: &str, reader: Locale) -> String {
    territory::language_name(tag, reader).unwrap_or_else(|| tag.to_string())
}

/// Whether a published language serves a wanted one (`pt` serves `pt-BR`, `zh-Hans` `zh`).
fn serves(published: &str, wanted: &str) -> bool {
    let base = |t: &str| t.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    published.eq_ignore_ascii_case(wanted) || base(published) == base(wanted)
}

/// Every letter published in at least one language, titled in the reader's language
/// when possible.
pub async fn published(pool: &AnyPool, reader: Locale) -> Result<Vec<OpenLetterSummary>, AppError> {
    let texts = published_texts(pool, None).await?;
    let sources: Vec<(String, String)> =
        sqlx::query_as("SELECT id, source_lang FROM open_letter ORDER BY id").fetch_all(pool).await?;
    Ok(sources
        .into_iter()
        .filter_map(|(slug, source)| {
            let own: Vec<&TextRow> = texts.iter().filter(|t| t.0 == slug).collect();
            let chosen = own
                .iter()
                .find(|t| serves(&t.1, reader.tag()))
                .or_else(|| own.iter().find(|t| t.1 == source))
                .or_else(|| own.first())?;
            Some(OpenLetterSummary {
                title: template::render(&chosen.2, &chosen.1, &Values::default()),
                lang: chosen.1.clone(),
                languages: own.iter().map(|t| (t.1.clone(), language_name(&t.1, reader))).collect(),
                slug,
            })
        })
        .collect())
}

/// A letter's own row: its source language, what it is about and whom it is for.
#[derive(Clone, Debug, Default, sqlx::FromRow)]
pub struct LetterRow {
    pub source_lang: String,
    pub standard_id: Option<String>,
    pub cycle_id: Option<String>,
    pub target: String,
    pub target_list: Option<String>,
    pub version: i64,
}

pub async fn letter_row<'e, E>(executor: E, slug: &str) -> Result<Option<LetterRow>, AppError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    Ok(sqlx::query_as(
        "SELECT source_lang, standard_id, cycle_id, target, target_list, version FROM open_letter WHERE id = $1",
    )
    .bind(slug)
    .fetch_optional(executor)
    .await?)
}

/// The codes in a stored list (`"BR FR"`).
pub fn list_codes(list: Option<&str>) -> Vec<String> {
    list.unwrap_or_default().split_whitespace().map(str::to_string).collect()
}

/// The bodies a letter is addressed to.
pub async fn addressees(pool: &AnyPool, letter: &LetterRow) -> Result<Addressees, AppError> {
    let codes = match letter.target.as_str() {
        "list" => list_codes(letter.target_list.as_deref()),
        "cycle" => {
            let standard: Option<(String,)> = sqlx::query_as("SELECT standard_id FROM review_cycle WHERE id = $1")
                .bind(letter.cycle_id.as_deref().unwrap_or_default())
                .fetch_optional(pool)
                .await?;
            match standard {
                Some((standard,)) => crate::reviews::ssr::voting_bodies(pool, &standard).await?,
                None => Vec::new(),
            }
        }
        _ => Vec::new(),
    };
    Ok(Addressees { target: letter.target.clone(), cycle: letter.cycle_id.clone(), codes, names: Vec::new() })
}

/// The placeables' values in `lang`, for everyone (`recipient` None) or for one body:
/// the letter's standard (none: blank), its owner committee, and the deadline — the
/// closing date of the linked review cycle, else of the standard's open ballot, else the
/// date its next review is due by.
async fn values(
    pool: &AnyPool,
    letter: &LetterRow,
    lang: &str,
    recipient: Option<&crate::directory::NsbCard>,
) -> Result<Values, AppError> {
    let locale = Locale::letter_language(lang).unwrap_or_default();
    let today = chrono::Utc::now().date_naive().to_string();
    let facts = match letter.standard_id.as_deref() {
        Some(standard) => crate::standards::ssr::standard_facts(pool, standard, &today).await?,
        None => None,
    };
    let cycle_closes: Option<(Option<String>,)> = match letter.cycle_id.as_deref() {
        Some(cycle) => {
            sqlx::query_as("SELECT closes_on FROM review_cycle WHERE id = $1").bind(cycle).fetch_optional(pool).await?
        }
        None => None,
    };
    let (standard, standard_title, adoptions, languages, open_ballot, due_by, committee) = match &facts {
        Some(f) => (
            f.reference.clone(),
            // Only a title in the letter's language: never another language's inside it.
            f.titles.iter().find(|(l, _, _)| serves(l, lang)).map(|(_, t, _)| t.clone()),
            f.adopted,
            u32::try_from(f.titles.len()).unwrap_or_default(),
            f.open_ballot_closes.clone(),
            f.due_by.clone(),
            f.committee.clone(),
        ),
        None => (String::new(), None, 0, 0, None, None, None),
    };
    // The real deadline: the ballot's close while one runs, otherwise the date the next
    // review is due by (derived); neither known, a phrase that names no date.
    let closes = match cycle_closes {
        Some((closes,)) => closes,
        None => open_ballot,
    };
    let deadline = closes.or(due_by);
    let (body, acronym, country) = match recipient {
        Some(card) => (
            card.display_name().unwrap_or(&card.alpha2).to_string(),
            card.acronym.value.clone().unwrap_or_default(),
            territory::letter_country(&card.alpha2, locale),
        ),
        None => (
            locale.t("open-letter-generic-body"),
            String::new(),
            LetterCountry {
                name: locale.t("open-letter-generic-country"),
                in_phrase: locale.t("open-letter-generic-in-country"),
                address: String::new(),
            },
        ),
    };
    Ok(Values {
        body,
        acronym,
        country: country.name,
        in_country: country.in_phrase,
        standard,
        standard_title: standard_title.unwrap_or_default(),
        deadline: deadline
            .map(|d| crate::format::format_partial_date(locale, &d))
            .unwrap_or_else(|| locale.t("open-letter-generic-deadline")),
        committee: committee.unwrap_or_else(|| locale.t("open-letter-generic-committee")),
        adoptions,
        languages,
    })
}

fn text(row: &TextRow, values: &Values, reader: Locale) -> LetterText {
    let dir = Locale::letter_language(&row.1).map_or("ltr", |l| l.dir());
    LetterText {
        lang: row.1.clone(),
        dir: dir.to_string(),
        language: language_name(&row.1, reader),
        title: template::render(&row.2, &row.1, values),
        body: template::render(&row.3, &row.1, values),
        reviewed_at: row.4.clone(),
    }
}

/// A letter as a reader sees it. The language: the one asked for when published, else
/// (for a personal version) the body's own, else the reader's, else the source's — and a
/// fallback notice when the one asked for or the reader's is not published.
pub async fn view(pool: &AnyPool, slug: &str, query: &LetterQuery, reader: Locale) -> Result<OpenLetterView, AppError> {
    let slug = slug.trim().to_ascii_lowercase();
    let letter = letter_row(pool, &slug).await?.ok_or(AppError::NotFound)?;
    let source = letter.source_lang.clone();
    let texts = published_texts(pool, Some(&slug)).await?;
    if texts.is_empty() {
        return Err(AppError::NotFound);
    }
    let mut addressees = addressees(pool, &letter).await?;
    if addressees.target == "list" {
        addressees.names =
            addressees.codes.iter().map(|c| territory::country_name(c, reader).unwrap_or_else(|| c.clone())).collect();
    }
    let mut card = match normalize_code(&query.nsb) {
        Some(code) => Some(crate::directory::ssr::card(pool, &code, reader).await?),
        None if query.nsb.trim().is_empty() => None,
        None => return Err(AppError::NotFound),
    };
    // A body the letter is not for gets no personal version: the page says so.
    let not_addressed = match card.take_if(|c| !addressees.includes(&c.alpha2)) {
        Some(c) => Some(territory::country_name(&c.alpha2, reader).unwrap_or(c.country)),
        None => None,
    };
    let find = |wanted: &str| texts.iter().find(|t| !wanted.is_empty() && serves(&t.1, wanted));
    let body_language = card
        .as_ref()
        .and_then(|c| territory::territory(&c.alpha2))
        .and_then(|t| t.official_languages.first())
        .map(|l| l.replace('_', "-"))
        .unwrap_or_default();
    let asked = query.letter_lang.trim();
    let chosen = find(asked)
        .or_else(|| find(&body_language))
        .or_else(|| if asked.is_empty() && card.is_none() { find(reader.tag()) } else { None })
        .or_else(|| find(&source))
        .unwrap_or(&texts[0]);
    let wanted = if !asked.is_empty() {
        asked.to_string()
    } else if card.is_some() {
        body_language.clone()
    } else {
        reader.tag().to_string()
    };
    let fallback_from = (!wanted.is_empty() && !serves(&chosen.1, &wanted)).then(|| language_name(&wanted, reader));
    let values_for = |row: &TextRow| {
        let lang = row.1.clone();
        let card = card.clone();
        let letter = &letter;
        async move { values(pool, letter, &lang, card.as_ref()).await }
    };
    let shown = text(chosen, &values_for(chosen).await?, reader);
    let second = match find(query.second_lang.trim()).filter(|t| t.1 != chosen.1) {
        Some(row) => Some(text(row, &values_for(row).await?, reader)),
        None => None,
    };
    let recipient = card.as_ref().map(|c| LetterRecipient {
        alpha2: c.alpha2.clone(),
        name: c.display_name().unwrap_or(&c.alpha2).to_string(),
        country: c.country.clone(),
        email: c.email.value.clone(),
        address: c.address.value.clone(),
    });
    let mailto =
        recipient.as_ref().and_then(|r| r.email.as_deref()).and_then(crate::letters::compose::mailto_address).map(
            |to| {
                let encode = crate::letters::form::percent_encode;
                let body = shown.body.replace('\n', "\r\n");
                format!("mailto:{to}?subject={}&body={}", encode(&shown.title), encode(&body))
            },
        );
    Ok(OpenLetterView {
        languages: texts.iter().map(|t| (t.1.clone(), language_name(&t.1, reader))).collect(),
        slug,
        text: shown,
        second,
        fallback_from,
        recipient,
        mailto,
        addressees,
        not_addressed,
    })
}

/// `GET /open-letters/{slug}/{file}`: `letter.txt` (the letter as the page shows it for
/// the same `letter_lang`/`second_lang`/`nsb`, as a UTF-8 text file) or `signatures.csv`
/// (coordinators).
pub async fn file(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    axum::extract::Path((slug, file)): axum::extract::Path<(String, String)>,
    axum::extract::Query(query): axum::extract::Query<LetterQuery>,
    parts: http::request::Parts,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    use http::{HeaderValue, header};
    match file.as_str() {
        "signatures.csv" => signatures::export(&state, &slug, &parts).await,
        "letter.txt" => {
            let (reader, _) = crate::i18n::ssr::locale_from_request(&parts);
            let letter = match view(&state.pool, &slug, &query, reader).await {
                Ok(letter) => letter,
                Err(error) => return crate::api::error_response(&error, &parts.headers),
            };
            // The approved co-signers under the letter, as its page lists them, in the
            // letter's language.
            let language = crate::i18n::Locale::best_for(&letter.text.lang).unwrap_or(reader);
            match signatures::approved(&state.pool, &slug, language).await {
                Ok(signed) => {
                    let to = letter.recipient.as_ref().map_or("all".to_string(), |r| r.alpha2.to_ascii_lowercase());
                    let filename = format!("{}-{to}-{}.txt", letter.slug, letter.text.lang);
                    let mut text = letter.plain_text();
                    if signed.total > 0 {
                        text.push('\n');
                        text.push_str(&language.t_args("signature-count", &[("count", signed.total.into())]));
                        text.push('\n');
                        for s in &signed.listed {
                            let role = s.role.as_ref().map(|r| format!(" ({r})")).unwrap_or_default();
                            text.push_str(&format!("{}, {}{role} — {}\n", s.name, s.organisation, s.country));
                        }
                    }
                    let mut response = text.into_response();
                    let headers = response.headers_mut();
                    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
                    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
                        headers.insert(header::CONTENT_DISPOSITION, value);
                    }
                    response
                }
                Err(error) => crate::api::error_response(&error, &parts.headers),
            }
        }
        _ => crate::api::error_response(&AppError::NotFound, &parts.headers),
    }
}

// The API's open letters are the types of [`super`] as they serialize; these describe
// them in the OpenAPI document (a test checks that the fields agree).

/// A published letter.
#[derive(utoipa::ToSchema)]
#[schema(as = OpenLetterSummary)]
#[allow(dead_code)]
pub struct OpenLetterSummaryDoc {
    slug: String,
    /// In English when published in it, else in the source language.
    title: String,
    /// The language of `title`.
    lang: String,
    /// Published languages: `[tag, name]` pairs.
    #[schema(value_type = Vec<Vec<String>>)]
    languages: Vec<(String, String)>,
}

/// One language of a letter with its placeables filled in.
#[derive(utoipa::ToSchema)]
#[schema(as = LetterText)]
#[allow(dead_code)]
pub struct LetterTextDoc {
    lang: String,
    /// `ltr` or `rtl`.
    dir: String,
    /// The language's name.
    language: String,
    title: String,
    body: String,
    /// When it was reviewed (ISO 8601), if it was.
    reviewed_at: Option<String>,
}

/// The body a personal version is addressed to.
#[derive(utoipa::ToSchema)]
#[schema(as = LetterRecipient)]
#[allow(dead_code)]
pub struct LetterRecipientDoc {
    alpha2: String,
    name: String,
    country: String,
    email: Option<String>,
    address: Option<String>,
}

/// Whom a letter is addressed to.
#[derive(utoipa::ToSchema)]
#[schema(as = Addressees)]
#[allow(dead_code)]
pub struct AddresseesDoc {
    /// `all` (every body), `cycle` (the bodies that may vote in `cycle`) or `list`.
    target: String,
    /// The linked review cycle's slug, if any.
    cycle: Option<String>,
    /// The bodies' codes; empty when the letter is for every body.
    codes: Vec<String>,
    /// For a chosen list: the countries' names.
    names: Vec<String>,
}

/// A letter as its page shows it.
#[derive(utoipa::ToSchema)]
#[schema(as = OpenLetterView)]
#[allow(dead_code)]
pub struct OpenLetterViewDoc {
    slug: String,
    text: LetterTextDoc,
    /// The second language asked for, side by side.
    second: Option<LetterTextDoc>,
    /// The language asked for when it is not published (the letter is then in another).
    fallback_from: Option<String>,
    /// Published languages: `[tag, name]` pairs.
    #[schema(value_type = Vec<Vec<String>>)]
    languages: Vec<(String, String)>,
    /// The body of the personal version.
    recipient: Option<LetterRecipientDoc>,
    /// `mailto:` with subject and body, when the recipient has a usable address.
    mailto: Option<String>,
    addressees: AddresseesDoc,
    /// The country asked for when the letter is not addressed to its body (the letter is
    /// then the one for everyone).
    not_addressed: Option<String>,
}

crate::api::envelope!(
    /// `GET /api/v1/open-letters`: every published letter.
    OpenLetterList,
    Vec<OpenLetterSummaryDoc>
);
crate::api::envelope!(
    /// `GET /api/v1/open-letters/{slug}`: one letter.
    OpenLetterEnvelope,
    OpenLetterViewDoc
);

/// `GET /api/v1/open-letters`: every published letter with its languages.
#[utoipa::path(
    get,
    path = "/api/v1/open-letters",
    tag = "letters",
    responses(
        (status = 200, description = "Every published letter: slug, title, language, published languages", body = OpenLetterList),
    )
)]
pub async fn api_list(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    headers: http::HeaderMap,
) -> axum::response::Response {
    match published(&state.pool, Locale::default()).await {
        Ok(list) => crate::api::json_response(list, None),
        Err(error) => crate::api::error_response(&error, &headers),
    }
}

/// `GET /api/v1/open-letters/{slug}?letter_lang=&second_lang=&nsb=`: a letter as its page
/// shows it.
#[utoipa::path(
    get,
    path = "/api/v1/open-letters/{slug}",
    tag = "letters",
    params(
        ("slug" = String, Path, description = "The letter (`iso-20400-next-review`)", example = "iso-20400-next-review"),
        ("letter_lang" = Option<String>, Query, description = "The language to read it in (`zh-Hans`); a language it is not published in falls back to the body's, then the source's", example = "zh-Hans"),
        ("second_lang" = Option<String>, Query, description = "A second language, side by side (`en`); ignored when not published", example = "en"),
        ("nsb" = Option<String>, Query, description = "A body's alpha-2 code (`EG`): the personal version addressed to it", example = "EG"),
    ),
    responses(
        (status = 200, description = "The text with placeables filled in, the languages, the recipient and its `mailto:`", body = OpenLetterEnvelope),
        (status = 400, description = "A parameter is given twice, or the path is not text", body = crate::api::ApiError),
        (status = 404, description = "No such published letter, or no such body", body = crate::api::ApiError),
    )
)]
pub async fn api_one(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    crate::api::ApiPath(slug): crate::api::ApiPath<String>,
    crate::api::ApiQuery(query): crate::api::ApiQuery<LetterQuery>,
    headers: http::HeaderMap,
) -> axum::response::Response {
    match view(&state.pool, &slug, &query, Locale::default()).await {
        Ok(letter) => crate::api::json_response(letter, None),
        Err(error) => crate::api::error_response(&error, &headers),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The documented letters have the fields the real ones serialize.
    #[test]
    fn documented_letters_have_the_serialized_fields() {
        use utoipa::PartialSchema;
        use utoipa::openapi::{RefOr, schema::Schema};
        fn documented<T: PartialSchema>() -> Vec<String> {
            match T::schema() {
                RefOr::T(Schema::Object(object)) => object.properties.keys().cloned().collect(),
                _ => Vec::new(),
            }
        }
        fn serialized(value: impl serde::Serialize) -> Vec<String> {
            let value = serde_json::to_value(value).unwrap_or_default();
            value.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default()
        }
        let text = LetterText {
            lang: "en".into(),
            dir: "ltr".into(),
            language: "English".into(),
            title: "T".into(),
            body: "B".into(),
            reviewed_at: None,
        };
        let recipient = LetterRecipient {
            alpha2: "BR".into(),
            name: "ABNT".into(),
            country: "Brazil".into(),
            email: None,
            address: None,
        };
        let view = OpenLetterView {
            slug: "x".into(),
            text: text.clone(),
            second: None,
            fallback_from: None,
            languages: Vec::new(),
            recipient: Some(recipient.clone()),
            mailto: None,
            addressees: Addressees::default(),
            not_addressed: None,
        };
        let summary =
            OpenLetterSummary { slug: "x".into(), title: "T".into(), lang: "en".into(), languages: Vec::new() };
        let sorted = |mut keys: Vec<String>| {
            keys.sort();
            keys
        };
        assert_eq!(sorted(documented::<OpenLetterViewDoc>()), sorted(serialized(&view)));
        assert_eq!(sorted(documented::<OpenLetterSummaryDoc>()), sorted(serialized(&summary)));
        assert_eq!(sorted(documented::<LetterTextDoc>()), sorted(serialized(&text)));
        assert_eq!(sorted(documented::<LetterRecipientDoc>()), sorted(serialized(&recipient)));
        assert_eq!(sorted(documented::<AddresseesDoc>()), sorted(serialized(Addressees::default())));
    }

    #[test]
    fn languages_serve_their_regional_forms() {
        assert!(serves("pt", "pt-BR") && serves("zh-Hans", "zh") && serves("en", "EN"));
        assert!(!serves("ar", "en"));
    }
}
