//! The facts of one standard as its page shows them: what ISO publishes (type, committee,
//! stage, dates, languages, editions), the review due date Quorum derives from them, the
//! record's source, and for coordinators the edit link and the follow button.

use leptos::prelude::*;

use crate::components::field::SourceNote;
use crate::format::format_partial_date;
use crate::i18n::{t, use_locale};
use crate::standards::{Claim, FollowStandard, StandardInfo};

/// The languages named in the reader's language (on the server, which has the names).
#[cfg(feature = "ssr")]
fn language_names(codes: &[String], locale: crate::i18n::Locale) -> String {
    let names: Vec<String> =
        codes.iter().map(|code| crate::territory::language_name(code, locale).unwrap_or(code.clone())).collect();
    names.join(", ")
}

#[cfg(not(feature = "ssr"))]
fn language_names(codes: &[String], _locale: crate::i18n::Locale) -> String {
    codes.join(", ")
}

#[component]
pub fn StandardFacts(standard: StandardInfo, coordinator: bool) -> impl IntoView {
    let locale = use_locale();
    let follow = ServerAction::<FollowStandard>::new();
    let fact = move |key: &'static str, value: Option<String>| {
        value.map(|value| {
            view! {
                <div class="field">
                    <dt>{t(key)}</dt>
                    <dd>{value}</dd>
                </div>
            }
        })
    };
    let date = move |value: Option<String>| value.map(|v| format_partial_date(locale, &v));
    let iso = standard.iso.clone();
    let languages = (!iso.languages.is_empty()).then(|| language_names(&iso.languages, locale));
    let due_by = standard.due_by.clone().map(|due| {
        view! {
            <div class="field">
                <dt>{t("standard-field-due-by")}</dt>
                <dd>
                    {format_partial_date(locale, &due)}
                    <p class="explain">{t("standard-due-by-derived")}</p>
                </dd>
            </div>
        }
    });
    let followed = standard.followed;
    let error = Signal::derive(move || follow.value().get().and_then(Result::err));
    view! {
        <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t("standard-facts-heading")}</h2>
            <dl class="fields">
                {fact("standard-field-type", iso.deliverable_type.clone())}
                {fact("standard-field-committee", standard.committee.clone())}
                {fact("standard-field-developed-by", iso.developed_by.clone())}
                {fact("standard-field-published", date(standard.published.clone()))}
                {fact("standard-field-edition", standard.edition.clone())}
                {fact("standard-field-stage", standard.stage.clone())}
                {fact("standard-field-last-confirmed", date(standard.last_confirmed.clone()))}
                {due_by}
                {fact("standard-field-iso-languages", languages)}
                {fact("standard-field-replaces", iso.replaces.clone())}
                {fact("standard-field-replaced-by", iso.replaced_by.clone())}
            </dl>
            <p><SourceNote provenance=Some(standard.provenance.clone()) /></p>
            {iso.iso_url().map(|url| view! { <p><a href=url rel="external">{t("standard-iso-page")}</a></p> })}
            {(!followed).then(|| view! { <p class="notice">{t("standard-not-followed")}</p> })}
            {coordinator.then(|| view! {
                <p><a class="button secondary" id="edit-standard" href=format!("/standards/{}/edit", standard.slug)>{t("edit-standard-link")}</a></p>
                <ActionForm action=follow attr:class="follow-form">
                    <input type="hidden" name="slug" value=standard.slug.clone() />
                    <input type="hidden" name="follow" value=if followed { "no" } else { "yes" } />
                    <input type="hidden" name="version" value=standard.version />
                    <p class="explain">{t(if followed { "standard-unfollow-explain" } else { "standard-follow-explain" })}</p>
                    <button type="submit" id="follow-standard" class=if followed { "secondary" } else { "" }>
                        {t(if followed { "standard-unfollow" } else { "standard-follow" })}
                    </button>
                    {move || error.get().map(|error| view! { <crate::components::error_notice::ErrorNotice error /> })}
                </ActionForm>
            })}
        </section>
    }
}

/// What others publish about the standard, grouped by source, each figure said to be
/// theirs: never shown as Quorum's count.
#[component]
pub fn Claims(claims: Vec<Claim>) -> impl IntoView {
    let locale = use_locale();
    let mut sources: Vec<(crate::directory::Provenance, Vec<Claim>)> = Vec::new();
    for claim in claims {
        match sources.iter_mut().find(|(p, _)| *p == claim.provenance) {
            Some((_, list)) => list.push(claim),
            None => sources.push((claim.provenance.clone(), vec![claim])),
        }
    }
    (!sources.is_empty()).then(|| {
        let groups = sources
            .into_iter()
            .map(|(provenance, claims)| {
                let figures = claims
                    .iter()
                    .map(|c| view! { <li>{locale.t_args(&format!("standard-claim-{}", c.claim), &[("count", c.value.into())])}</li> })
                    .collect_view();
                let by = match &provenance.as_of {
                    Some(date) => locale.t_args(
                        "standard-claims-by-dated",
                        &[("source", provenance.source.clone().into()), ("date", format_partial_date(locale, date).into())],
                    ),
                    None => locale.t_args("standard-claims-by", &[("source", provenance.source.clone().into())]),
                };
                view! {
                    <p>{by}</p>
                    <ul>{figures}</ul>
                }
            })
            .collect_view();
        view! {
            <aside class="claims" aria-labelledby="claims-heading">
                <h3 id="claims-heading">{t("standard-claims-heading")}</h3>
                {groups}
                <p class="explain">{t("standard-claims-explain")}</p>
            </aside>
        }
    })
}
