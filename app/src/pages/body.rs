//! A body's page: the contact card, every field with its source and date.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::edit::ReportCorrectionForm;
use super::not_found::NotFoundPage;
use super::page_title;
use super::reviews::BodyReviews;
use super::standards::BodyStandards;
use crate::components::copy_button::CopyButton;
use crate::components::error_notice::ErrorNotice;
use crate::components::field::{FieldRow, SourceNote};
use crate::components::form::HistoryList;
use crate::directory::edit::body_history;
use crate::directory::{NsbCard, get_body};
use crate::error::AppError;
use crate::i18n::{Locale, t, use_locale};

#[component]
pub fn BodyPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let code = move || params.read().get("code").unwrap_or_default();
    let card = Resource::new(code, move |code| get_body(code, locale.tag().to_string()));
    view! {
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            // Not a reactive closure: a page is rendered once, on the server, and a
            // closure that reads `card` runs again when it resolves, creating the parts
            // below (and their database reads) a second time.
            {Suspend::new(async move {
                match card.await {
                    Ok(card) => view! { <ContactCard card /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFoundPage /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Splits "+1 234 / +1 567" into numbers and keeps only what a `tel:` URI allows.
fn phone_numbers(value: &str) -> Vec<(String, String)> {
    value
        .split('/')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(|n| (n.to_string(), n.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()))
        .collect()
}

fn website_href(value: &str) -> String {
    if value.starts_with("http://") || value.starts_with("https://") {
        value.to_string()
    } else {
        format!("https://{value}")
    }
}

/// The contact as plain text for the clipboard, labels in the page's language.
pub fn contact_text(card: &NsbCard, locale: Locale) -> String {
    let mut lines = Vec::new();
    if let Some(name) = card.display_name() {
        lines.push(match &card.acronym.value {
            Some(acronym) if acronym != name => locale.t_args(
                "body-name-with-acronym",
                &[("name", name.to_string().into()), ("acronym", acronym.clone().into())],
            ),
            _ => name.to_string(),
        });
    }
    lines.push(card.country.clone());
    let labelled = [
        ("field-address", &card.address),
        ("field-phone", &card.phone),
        ("field-email", &card.email),
        ("field-website", &card.website),
    ];
    for (key, field) in labelled {
        if let Some(value) = &field.value {
            let value = if key == "field-address" { value.replace("; ", ", ") } else { value.clone() };
            lines.push(locale.t_args("contact-line", &[("label", locale.t(key).into()), ("value", value.into())]));
        }
    }
    lines.join("\n")
}

#[component]
fn ContactCard(card: NsbCard) -> impl IntoView {
    let locale = use_locale();
    let title_name = card.acronym.value.clone().unwrap_or_else(|| card.country.clone());
    let title = page_title(
        locale,
        &locale.t_args(
            "body-page-title",
            &[("body", title_name.clone().into()), ("country", card.country.clone().into())],
        ),
    );
    let heading = card.display_name().map(str::to_string);
    let description = locale.t_args(
        "meta-body",
        &[
            ("body", heading.clone().unwrap_or_else(|| title_name.clone()).into()),
            ("country", card.country.clone().into()),
        ],
    );
    let history_code = card.alpha2.clone();
    let write_to = card.acronym.value.clone().or_else(|| heading.clone()).unwrap_or_else(|| card.country.clone());
    let text = contact_text(&card, locale);
    let vcard_href = format!("/nsbs/{}.vcf", card.alpha2);
    let category_explanation = card.category.map(|c| locale.t(c.explanation_key()));
    let category_label = card.category.map(|c| locale.t(c.label_key()));
    let member_id_href = card.iso_member_id.value.as_ref().map(|id| format!("https://www.iso.org/member/{id}.html"));
    let NsbCard {
        country,
        alpha2,
        alpha3,
        acronym,
        body_name_en,
        body_name_native,
        category_field,
        category_note,
        iso_member_id,
        website,
        email,
        phone,
        fax,
        address,
        country_name_en,
        ..
    } = card;
    let codes = match alpha3 {
        Some(alpha3) => format!("{alpha2} · {alpha3}"),
        None => alpha2.clone(),
    };

    view! {
        <PageTitle text=title description />
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href="/nsbs">{t("back-to-directory")}</a>
        </nav>
        // Back from an edit: said at the top, where the page opens.
        <SavedNotice />
        <article class="contact-card" aria-labelledby="card-heading">
            <header>
                <p class="eyebrow">
                    <span>{country.clone()}</span>
                    " "
                    <span class="codes">{codes}</span>
                </p>
                <h1 id="card-heading">
                    {match heading {
                        Some(name) => view! { <bdi>{name}</bdi> }.into_any(),
                        None => view! { <span class="unknown">{t("body-name-unknown")}</span> }.into_any(),
                    }}
                </h1>
                {acronym.value.clone().map(|a| view! { <p class="acronym"><bdi>{a}</bdi></p> })}
            </header>
            <div class="card-actions">
                <a class="button primary" id="write-letter" href=format!("/letters/new?nsb={alpha2}")>
                    {t("write-letter")}
                </a>
                <CopyButton text label="copy-contact" done="contact-copied" class="copy-contact" />
                <a class="button" href=vcard_href.clone() rel="external" download=format!("{alpha2}.vcf")>
                    {t("download-vcard")}
                </a>
            </div>
            <p class="hint">{locale.t_args("write-letter-hint", &[("body", write_to.into())])}</p>
            {view! {
            <dl class="fields">
                <FieldRow label=t("field-body-name-en") field=body_name_en render=|v| view! { <bdi>{v}</bdi> } />
                <FieldRow label=t("field-body-name-native") field=body_name_native render=|v| view! { <bdi>{v}</bdi> } />
                <FieldRow label=t("field-acronym") field=acronym render=|v| view! { <bdi>{v}</bdi> } />
                <FieldRow label=t("field-country") field=country_name_en render=move |v| view! {
                    <span>{country.clone()}</span>
                    {(v != country).then(|| view! { " " <span class="aside" lang="en">"(" {v} ")"</span> })}
                } />
                <div class="field">
                    <dt>{t("field-category")}</dt>
                    <dd>
                        {match category_label {
                            Some(label) => view! {
                                <strong>{label}</strong>
                                <p class="explain">{category_explanation}</p>
                            }.into_any(),
                            None => view! { <span class="unknown">{t("value-unknown")}</span> }.into_any(),
                        }}
                        {category_note.map(|note| view! {
                            <p class="dataset-note">{t("dataset-note")} " " <q lang="en">{note}</q></p>
                        })}
                        <SourceNote provenance=category_field.provenance />
                    </dd>
                </div>
                <FieldRow label=t("field-website") field=website render=|v| {
                    let href = website_href(&v);
                    view! { <a href=href rel="external noopener">{v}</a> }
                } />
                <FieldRow label=t("field-email") field=email render=|v| {
                    view! { <a href=format!("mailto:{v}")>{v.clone()}</a> }
                } />
                <FieldRow label=t("field-phone") field=phone render=|v| {
                    view! {
                        <ul class="inline-list">
                            {phone_numbers(&v)
                                .into_iter()
                                .map(|(shown, dial)| view! { <li><a href=format!("tel:{dial}") dir="ltr">{shown}</a></li> })
                                .collect_view()}
                        </ul>
                    }
                } />
                <FieldRow label=t("field-fax") field=fax render=|v| view! { <span dir="ltr">{v}</span> } />
                <FieldRow label=t("field-address") field=address render=|v| {
                    view! {
                        <address>
                            {v.split(';').map(str::trim).filter(|l| !l.is_empty()).map(|line| view! { <bdi>{line.to_string()}</bdi><br /> }).collect_view()}
                        </address>
                    }
                } />
                <FieldRow label=t("field-iso-member-id") field=iso_member_id render=move |v| {
                    match member_id_href.clone() {
                        Some(href) => view! { <a href=href rel="external noopener">{v}</a> }.into_any(),
                        None => v.into_any(),
                    }
                } />
            </dl>
            }.into_any()}
            <p class="card-footnote">{t("card-footnote")}</p>
        </article>
        <crate::pages::category_evidence::CategoryEvidenceNotice alpha2=history_code.clone() />
        <BodyStandards alpha2=history_code.clone() />
        <BodyReviews alpha2=history_code.clone() />
        <crate::pages::reviews::BodyBallots alpha2=history_code.clone() />
        <RecordHistory alpha2=history_code />
    }
}

/// "Your changes were saved." after an edit (`?saved=1`).
#[component]
fn SavedNotice() -> impl IntoView {
    let query = use_query_map();
    let saved = move || query.read().get("saved").is_some();
    view! { <p class="notice" role="status" id="saved-notice" hidden=move || !saved()>{t("edit-saved")}</p> }
}

/// The record's audit trail, and for signed-in coordinators a link to edit it.
#[component]
fn RecordHistory(alpha2: String) -> impl IntoView {
    let code = alpha2.clone();
    let history = Resource::new(move || code.clone(), body_history);
    let user = crate::components::layout::signed_in_user();
    let edit_href = format!("/nsbs/{alpha2}/edit");
    view! {
        <Suspense>
            {{
                let edit_href = edit_href.clone();
                Suspend::new(async move {
                    user.await.map(|_| view! {
                        <p><a class="button secondary" id="edit-record" href=edit_href>{t("edit-link")}</a></p>
                    })
                })
            }}
        </Suspense>
        <ReportCorrectionForm alpha2=alpha2.clone() />
        <crate::pages::outreach::BodyCountsSection alpha2=alpha2.clone() />
        <crate::pages::mail::AlertForm topic=crate::mail::alerts::Topic::Body key=alpha2.clone() />
        <section class="history" aria-labelledby="history-heading">
            <h2 id="history-heading">{t("history-heading")}</h2>
            <crate::components::feed_links::FeedLinks
                calendar=format!("/nsbs/{alpha2}/reviews.ics")
                atom=format!("/nsbs/{alpha2}/changes.atom")
            />
            <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
                {Suspend::new(async move {
                    match history.await {
                        Ok(entries) => view! { <HistoryList entries /> }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_become_dialable_uris() {
        assert_eq!(
            phone_numbers("+971 4 2944434 / +971 600565554"),
            vec![
                ("+971 4 2944434".to_string(), "+97142944434".to_string()),
                ("+971 600565554".into(), "+971600565554".into())
            ]
        );
        assert!(phone_numbers("").is_empty());
    }

    #[test]
    fn websites_get_a_scheme() {
        assert_eq!(website_href("www.abnt.org.br"), "https://www.abnt.org.br");
        assert_eq!(website_href("http://x.org"), "http://x.org");
    }
}
