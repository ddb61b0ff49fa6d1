//! `/developers`: the open data API for people who build on Quorum — what each endpoint
//! serves, how lists are paged and cached, the error format, the machine-readable OpenAPI
//! document, and the licences the data comes under.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;

use super::page_title;
use crate::components::copy_button::CopyButton;
use crate::i18n::{t, use_locale};

/// (path, example link, description key)
const ENDPOINTS: [(&str, &str, &str); 16] = [
    ("/api/v1/nsbs", "/api/v1/nsbs?region=019&category=member-body", "developers-nsbs"),
    ("/api/v1/nsbs/{code}", "/api/v1/nsbs/BR", "developers-nsb"),
    ("/api/v1/nsbs.csv", "/api/v1/nsbs.csv", "developers-nsbs-csv"),
    ("/api/v1/standards", "/api/v1/standards", "developers-standards"),
    ("/api/v1/standards/{slug}", "/api/v1/standards/iso-20400", "developers-standard"),
    (
        "/api/v1/standards/{slug}/adoptions",
        "/api/v1/standards/iso-20400/adoptions?status=adopted-any",
        "developers-adoptions",
    ),
    ("/api/v1/standards/{slug}/adoptions.csv", "/api/v1/standards/iso-20400/adoptions.csv", "developers-adoptions-csv"),
    ("/api/v1/standards/{slug}/translations", "/api/v1/standards/iso-20400/translations", "developers-translations"),
    ("/api/v1/reviews", "/api/v1/reviews", "developers-reviews"),
    ("/api/v1/reviews/{slug}", "/api/v1/reviews/iso-20400-2022", "developers-review"),
    (
        "/api/v1/reviews/{slug}/positions",
        "/api/v1/reviews/iso-20400-2022/positions?position=revise",
        "developers-positions",
    ),
    (
        "/api/v1/reviews/{slug}/positions.csv",
        "/api/v1/reviews/iso-20400-2022/positions.csv",
        "developers-positions-csv",
    ),
    ("/api/v1/letters/render", "/api/v1/letters/render?nsb=BR&purpose=review&lang=pt", "developers-letters"),
    ("/api/v1/open-letters", "/api/v1/open-letters", "developers-open-letters"),
    ("/api/v1/open-letters/{slug}", "/api/v1/open-letters/iso-20400-next-review?nsb=EG", "developers-open-letter"),
    ("/api/v1/translations", "/api/v1/translations", "developers-translations-api"),
];

/// (source, licence) of the shipped dataset, as `seed/README.md` lists them.
const LICENCES: [(&str, &str); 8] = [
    ("iso.org member pages, scraped by StanDat (2021/22)", "MIT (the scrape); primary ISO pages"),
    ("ISO Open Data (2026)", "ODC-By 1.0 for ISO's deliverables dataset; attribute ISO"),
    ("CIA World Factbook", "public domain"),
    ("Wikipedia", "CC BY-SA"),
    ("ISO/TC 154 and ISO/TC 12 websites, sigma-index, a SMIIC list", "as published by each; cited per value"),
    ("Unicode CLDR 48.2 (country, language and region names)", "Unicode License v3"),
    ("Natural Earth (world map geometry)", "public domain"),
    ("Quorum coordinators' edits and the letters' text", "the project's licence; each edit names its own source"),
];

#[component]
pub fn DevelopersPage() -> impl IntoView {
    let locale = use_locale();
    let endpoints = ENDPOINTS
        .into_iter()
        .map(|(path, example, key)| {
            view! {
                <tr>
                    <th scope="row"><code dir="ltr">{path}</code></th>
                    <td>{t(key)}</td>
                    <td><a href=example rel="external"><code dir="ltr">{example}</code></a></td>
                </tr>
            }
        })
        .collect_view();
    let licences = LICENCES
        .into_iter()
        .map(|(source, licence)| view! { <li lang="en">{source} " — " {licence}</li> })
        .collect_view();
    // What a site pastes: the widget in the reader's language, framed without a border.
    let snippet = format!(
        "<iframe src=\"{}/embed/write?lang={}\" title=\"{}\" width=\"100%\" height=\"360\" style=\"border:0\" loading=\"lazy\"></iframe>",
        super::public_origin(),
        locale.tag(),
        locale.t("developers-embed-frame-title"),
    );
    view! {
        <PageTitle text=page_title(locale, &locale.t("developers-title")) />
        <h1>{t("developers-title")}</h1>
        <p class="lead">{t("developers-intro")}</p>
        <p>
            <a class="button" href="/api/v1/openapi.json" rel="external" id="openapi-link">{t("developers-openapi")}</a>
            " "
            <a class="button secondary" href="/developers/translations" id="translations-link">{t("languages-title")}</a>
        </p>
        <section aria-labelledby="endpoints-heading">
            <h2 id="endpoints-heading">{t("developers-endpoints-heading")}</h2>
            <div class="table-scroll">
                <table class="adoptions endpoints">
                    <thead>
                        <tr>
                            <th scope="col">{t("developers-column-path")}</th>
                            <th scope="col">{t("developers-column-what")}</th>
                            <th scope="col">{t("developers-column-example")}</th>
                        </tr>
                    </thead>
                    <tbody>{endpoints}</tbody>
                </table>
            </div>
        </section>
        <section aria-labelledby="embed-heading">
            <h2 id="embed-heading">{t("developers-embed-heading")}</h2>
            <p>{t("developers-embed-intro")}</p>
            <pre dir="ltr"><code id="embed-snippet">{snippet.clone()}</code></pre>
            <CopyButton text=snippet label="developers-embed-copy" done="developers-embed-copied" />
            <p>{t("developers-embed-preview")}</p>
            <iframe
                class="embed-preview"
                src=format!("/embed/write?lang={}", locale.tag())
                title=t("developers-embed-frame-title")
            ></iframe>
        </section>
        <section aria-labelledby="conventions-heading">
            <h2 id="conventions-heading">{t("developers-conventions-heading")}</h2>
            <ul>
                <li>{t("developers-envelope")}</li>
                <li>{t("developers-paging")}</li>
                <li>{t("developers-filters")}</li>
                <li>{t("developers-errors")}</li>
                <li>{t("developers-caching")}</li>
                <li>{t("developers-cors")}</li>
            </ul>
        </section>
        <section aria-labelledby="licence-heading">
            <h2 id="licence-heading">{t("developers-licence-heading")}</h2>
            <p>{t("developers-licence")}</p>
            <ul>{licences}</ul>
        </section>
    }
}
