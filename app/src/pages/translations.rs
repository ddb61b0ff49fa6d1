//! `/developers/translations`: every language Quorum writes in — interface or letters
//! only — with what it covers of the English, its letters' review status, the member
//! countries it writes to first, and the countries still written to in English.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;

use super::page_title;
use crate::components::error_notice::ErrorNotice;
use crate::i18n::{Locale, t, use_locale};
use crate::translations::{LanguageReport, ReviewStatus, TranslationsReport, fetch_translations};

#[component]
pub fn TranslationsPage() -> impl IntoView {
    let locale = use_locale();
    let report = Resource::new(|| (), move |_| fetch_translations(locale.tag().to_string()));
    view! {
        <PageTitle text=page_title(locale, &locale.t("languages-title")) />
        <h1>{t("languages-title")}</h1>
        <p class="lead">{t("languages-intro")}</p>
        <p><a href="/api/v1/translations" rel="external" id="translations-json"><code>"/api/v1/translations"</code></a></p>
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                match report.await {
                    Ok(report) => view! { <Report report locale /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Report(report: TranslationsReport, locale: Locale) -> impl IntoView {
    let rows = report.languages.into_iter().map(|language| view! { <LanguageRow language locale /> }).collect_view();
    let uncovered = report.uncovered;
    view! {
        <section aria-labelledby="languages-heading">
            <h2 id="languages-heading">{t("languages-list-heading")}</h2>
            <div class="table-scroll">
                <table class="adoptions" id="translations-table">
                    <thead>
                        <tr>
                            <th scope="col">{t("languages-column-language")}</th>
                            <th scope="col">{t("languages-column-kind")}</th>
                            <th scope="col">{t("languages-column-letters")}</th>
                            <th scope="col">{t("languages-column-interface")}</th>
                            <th scope="col">{t("languages-column-review")}</th>
                            <th scope="col">{t("languages-column-countries")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
        <section aria-labelledby="uncovered-heading">
            <h2 id="uncovered-heading">{t("languages-uncovered-heading")}</h2>
            {if uncovered.is_empty() {
                view! { <p id="languages-uncovered-none">{t("languages-uncovered-none")}</p> }.into_any()
            } else {
                view! {
                    <p>{t("languages-uncovered-intro")}</p>
                    <ul id="translations-uncovered">
                        {uncovered
                            .into_iter()
                            .map(|c| {
                                let language = crate::translations::language_label(&c.language, locale);
                                view! { <li><a href=format!("/nsbs/{}", c.alpha2)>{c.country}</a> " — " {language}</li> }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

#[component]
fn LanguageRow(language: LanguageReport, locale: Locale) -> impl IntoView {
    let LanguageReport {
        tag,
        name,
        interface,
        direction,
        letter_messages,
        letter_total,
        interface_messages,
        interface_total,
        review,
        countries,
        ..
    } = language;
    let share =
        |done: usize, total: usize| locale.t_args("languages-share", &[("done", done.into()), ("total", total.into())]);
    let review_text = match review.status {
        Some(ReviewStatus::Source) => t("languages-status-source"),
        Some(ReviewStatus::Reviewed) => locale.t_args(
            "languages-status-reviewed",
            &[
                ("who", review.reviewed_by.clone().unwrap_or_else(|| t("value-unknown")).into()),
                (
                    "date",
                    review
                        .reviewed_on
                        .as_deref()
                        .map(|d| crate::format::format_partial_date(locale, d))
                        .unwrap_or_else(|| t("value-unknown"))
                        .into(),
                ),
            ],
        ),
        Some(ReviewStatus::Drafted) => t("languages-status-drafted"),
        None => t("value-unknown"),
    };
    let kind = if interface { t("languages-kind-interface") } else { t("languages-kind-letters") };
    let interface_share = if interface { share(interface_messages, interface_total) } else { "—".to_string() };
    let countries = countries.len();
    view! {
        <tr data-tag=tag.clone()>
            <th scope="row"><span lang=tag.clone() dir=direction>{name}</span> " " <code>{tag.clone()}</code></th>
            <td>{kind}</td>
            <td>{share(letter_messages, letter_total)}</td>
            <td>{interface_share}</td>
            <td>{review_text}</td>
            <td>{countries}</td>
        </tr>
    }
}
