//! `/standards/:slug`: the standard's facts; for a followed standard the headline counts,
//! the world map, the table of every body and the language versions; the committee. Every
//! filter and sort is in the URL, as plain links and a GET form, so the page works and
//! can be shared without JavaScript.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::not_found::{Missing, NotFoundPage};
use super::page_title;
use super::standard_facts::{Claims, StandardFacts};
use crate::components::error_notice::ErrorNotice;
use crate::components::field::SourceNote;
use crate::components::filters::{BodyFilters, FilterSelect};
use crate::components::world_map::WorldMap;
use crate::error::AppError;
use crate::format::{format_integer, format_partial_date};
use crate::i18n::{Locale, t, use_locale};
use crate::standards::{
    ANY_ADOPTION, AdoptionFilter, AdoptionRow, AdoptionStatus, CommitteeInfo, StandardOverview, TranslationRow,
    fetch_standard_overview,
};

#[component]
pub fn StandardPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let filter = Memo::new(move |_| {
        let query = query.read();
        let param = |key: &str| query.get(key).unwrap_or_default();
        AdoptionFilter {
            status: param("status"),
            category: param("category"),
            region: param("region"),
            sort: param("sort"),
        }
    });
    let overview = Resource::new(
        move || (slug(), filter.get()),
        move |(slug, filter)| fetch_standard_overview(slug, filter, locale.tag().to_string()),
    );
    let user = crate::components::layout::signed_in_user();
    view! {
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                let coordinator = user.await.is_some();
                match overview.await {
                    Ok(overview) => view! { <StandardView overview filter=filter.get_untracked() coordinator /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFoundPage missing=Missing::Standard /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The map's SVG, drawn on the server; the browser never draws it.
#[cfg(feature = "ssr")]
fn map_svg(overview: &StandardOverview, locale: Locale) -> String {
    crate::standards::map::render_overview(overview, locale)
}

#[cfg(not(feature = "ssr"))]
fn map_svg(_overview: &StandardOverview, _locale: Locale) -> String {
    String::new()
}

fn standard_href(slug: &str, filter: &AdoptionFilter) -> String {
    format!("/standards/{slug}{}", filter.to_query_string())
}

#[component]
fn StandardView(overview: StandardOverview, filter: AdoptionFilter, coordinator: bool) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let saved = move || query.read().get("saved").is_some();
    let svg = map_svg(&overview, locale);
    let StandardOverview { standard, counts, rows, translations, committee, regions, claims, .. } = overview;
    let slug = standard.slug.clone();
    let title = locale.t_args("standard-page-title", &[("reference", standard.reference.clone().into())]);
    let count_card = {
        let slug = slug.clone();
        move |number: usize, label: String, definition: String, href: String| {
            view! {
                <li class="stat">
                    <strong class="stat-number">{format_integer(locale, number)}</strong>
                    <span class="stat-label">{label}</span>
                    <p class="explain">{definition}</p>
                    {(number > 0 && !href.is_empty()).then(|| view! {
                        <a href=format!("/standards/{slug}{href}") rel="external">{t("standard-count-show")}</a>
                    })}
                </li>
            }
        }
    };
    let status_cards = counts
        .per_status
        .iter()
        .map(|(status, n)| {
            count_card(
                *n,
                locale.t(&status.label_key()),
                locale.t(&status.definition_key()),
                AdoptionFilter::with_status(status.slug()).to_query_string(),
            )
        })
        .collect_view();
    let total = counts.bodies;
    let shown = rows.len();
    let legend = AdoptionStatus::ALL
        .into_iter()
        .map(|status| {
            view! {
                <li>
                    <span class=format!("swatch status-{}", status.slug()) aria-hidden="true"></span>
                    {locale.t(&status.label_key())} " (" {format_integer(locale, counts.of(status))} ")"
                </li>
            }
        })
        .collect_view();
    view! {
        <PageTitle
            text=page_title(locale, &title)
            description=locale.t_args("meta-standard", &[("reference", standard.reference.clone().into())])
            image=format!("/share/standards/{}.png", standard.slug)
        />
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href="/standards">{t("nav-standards")}</a>
        </nav>
        <p class="notice" role="status" hidden=move || !saved()>{t("record-saved")}</p>
        <h1>{standard.reference.clone()}</h1>
        {standard.title.clone().map(|title| view! { <p class="lead">{title}</p> })}
        <StandardFacts standard=standard.clone() coordinator />
        <crate::components::feed_links::FeedLinks
            calendar=format!("/standards/{slug}/reviews.ics")
            atom=format!("/standards/{slug}/changes.atom")
        />
        <crate::pages::mail::AlertForm topic=crate::mail::alerts::Topic::Standard key=slug.clone() />
        {standard.followed.then(|| view! {
        <section aria-labelledby="counts-heading">
            <h2 id="counts-heading">{t("standard-counts-heading")}</h2>
            <ul class="stat-cards standard-stats">
                {count_card(
                    counts.adoptions,
                    locale.t_args("standard-count-adoptions", &[("count", counts.adoptions.into())]),
                    locale.t("standard-count-adoptions-def"),
                    AdoptionFilter::with_status(ANY_ADOPTION).to_query_string(),
                )}
                {count_card(
                    counts.languages,
                    locale.t_args("standard-count-languages", &[("count", counts.languages.into())]),
                    locale.t("standard-count-languages-def"),
                    String::new(),
                )}
                {status_cards}
            </ul>
            <Claims claims />
        </section>
        <AdoptionFilters slug=slug.clone() filter=filter.clone() regions />
        <p class="count" role="status">
            {locale.t_args("standard-showing", &[("shown", shown.into()), ("total", total.into())])}
            {(!filter.is_empty()).then(|| view! {
                " " <a href=format!("/standards/{slug}") rel="external">{t("standard-filter-clear")}</a>
            })}
        </p>
        <section aria-labelledby="map-heading" class="map-section">
            <h2 id="map-heading">{t("map-heading")}</h2>
            <figure class="map-figure">
                <WorldMap markup=svg skip_to="#table-heading" />
                <figcaption>
                    <p>{locale.t_args("map-description", &[("reference", standard.reference.clone().into())])}</p>
                    <h3 class="legend-heading">{t("map-legend")}</h3>
                    <ul class="legend">
                        {legend}
                        <li><span class="swatch no-body" aria-hidden="true"></span>{t("map-no-body")}</li>
                        {(!filter.is_empty()).then(|| view! {
                            <li><span class="swatch status-unknown muted" aria-hidden="true"></span>{t("map-filtered-out")}</li>
                        })}
                    </ul>
                </figcaption>
            </figure>
        </section>
        <AdoptionTable slug=slug.clone() reference=standard.reference.clone() rows filter coordinator />
        <Translations slug=slug.clone() translations coordinator />
        }.into_any())}
        {committee.map(|committee| view! { <Committee committee coordinator /> }.into_any())}
    }
    .into_any()
}

#[component]
fn AdoptionFilters(
    slug: String,
    filter: AdoptionFilter,
    regions: Vec<crate::directory::RegionOption>,
) -> impl IntoView {
    let locale = use_locale();
    let statuses = std::iter::once((ANY_ADOPTION.to_string(), locale.t("status-adopted-any")))
        .chain(AdoptionStatus::ALL.into_iter().map(|s| (s.slug().to_string(), locale.t(&s.label_key()))))
        .collect();
    let sort = filter.sort.clone();
    let trailing = move || (!sort.is_empty()).then(|| view! { <input type="hidden" name="sort" value=sort.clone() /> });
    view! {
        <BodyFilters
            action=format!("/standards/{slug}")
            category=filter.category
            region=filter.region
            regions
            unknown_category=true
            trailing
        >
            <FilterSelect
                name="status"
                label="standard-filter-status"
                all="standard-filter-status-all"
                choices=statuses
                chosen=filter.status
            />
        </BodyFilters>
    }
}

/// A column heading that sorts by `column`, flipping the direction when already sorted.
fn sort_header(slug: &str, filter: &AdoptionFilter, column: &str, label: String) -> AnyView {
    let current = filter.sort.trim();
    let current = if current.is_empty() { "country" } else { current };
    let (aria, next) = if current == column {
        ("ascending", format!("-{column}"))
    } else if current.strip_prefix('-') == Some(column) {
        ("descending", column.to_string())
    } else {
        ("none", column.to_string())
    };
    let state = match aria {
        "ascending" => Some(t("sort-ascending")),
        "descending" => Some(t("sort-descending")),
        _ => None,
    };
    view! {
        <th scope="col" aria-sort=aria>
            <a href=standard_href(slug, &filter.with_sort(&next)) rel="external">
                {label}
                {state.map(|s| view! { <span class="visually-hidden">" (" {s} ")"</span> })}
            </a>
        </th>
    }
    .into_any()
}

#[component]
fn AdoptionTable(
    slug: String,
    reference: String,
    rows: Vec<AdoptionRow>,
    filter: AdoptionFilter,
    coordinator: bool,
) -> impl IntoView {
    let locale = use_locale();
    let unknown = || view! { <span class="unknown">{t("value-unknown")}</span> };
    let body = rows
        .into_iter()
        .map(|row| {
            let edit = format!("/standards/{slug}/adoptions/edit?nsb={}", row.alpha2);
            let source = row.provenance.clone();
            view! {
                <tr class=format!("status-row-{}", row.status.slug())>
                    <th scope="row"><a href=format!("/nsbs/{}", row.alpha2)>{row.country.clone()}</a></th>
                    <td>{row.category.map_or_else(|| t("category-unknown"), |c| t(c.label_key()))}</td>
                    <td>
                        <span class=format!("swatch status-{}", row.status.slug()) aria-hidden="true"></span>
                        {locale.t(&row.status.label_key())}
                    </td>
                    <td>{row.designation.clone().map_or_else(|| unknown().into_any(), |d| view! { <bdi>{d}</bdi> }.into_any())}</td>
                    <td>{row.adopted_on.as_deref().map_or_else(|| unknown().into_any(), |d| format_partial_date(locale, d).into_any())}</td>
                    <td>{row.language.clone().map_or_else(|| unknown().into_any(), |language| language.into_any())}</td>
                    <td class="source-cell"><SourceNote provenance=source /></td>
                    {coordinator.then(|| {
                        let label = locale.t_args("edit-adoption-for", &[("country", row.country.clone().into())]);
                        view! { <td><a href=edit aria-label=label>{t("edit-translation-link")}</a></td> }
                    })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="table-heading">
            <h2 id="table-heading">{t("table-heading")}</h2>
            <div class="table-scroll">
                <table class="adoptions">
                    <caption>{locale.t_args("table-caption", &[("reference", reference.into())])}</caption>
                    <thead>
                        <tr>
                            {sort_header(&slug, &filter, "country", t("column-country"))}
                            <th scope="col">{t("field-category")}</th>
                            {sort_header(&slug, &filter, "status", t("column-status"))}
                            <th scope="col">{t("column-designation")}</th>
                            <th scope="col">{t("column-adopted-on")}</th>
                            <th scope="col">{t("column-language")}</th>
                            <th scope="col">{t("column-source")}</th>
                            {coordinator.then(|| view! { <th scope="col"><span class="visually-hidden">{t("edit-adoption-link")}</span></th> })}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}

/// A language version: its language, title, kind, publisher and year, and source.
#[component]
pub fn TranslationLine(translation: TranslationRow, edit: Option<String>) -> impl IntoView {
    let locale = use_locale();
    let publisher = match (&translation.publisher, &translation.year) {
        (Some(p), Some(y)) => Some(
            locale.t_args("translation-publisher-year", &[("publisher", p.clone().into()), ("year", y.clone().into())]),
        ),
        (Some(p), None) => Some(p.clone()),
        (None, Some(y)) => Some(y.clone()),
        (None, None) => None,
    };
    view! {
        <li class="translation">
            <strong>{translation.language.clone()}</strong>
            ": "
            <q lang=translation.lang.clone()>{translation.title.clone()}</q>
            " · "
            {t(&translation.kind_key())}
            {publisher.map(|p| view! { " · " {p} })}
            " "
            <SourceNote provenance=Some(translation.provenance.clone()) />
            {edit.map(|href| view! { " " <a href=href>{t("edit-translation-link")}</a> })}
        </li>
    }
}

#[component]
fn Translations(slug: String, translations: Vec<TranslationRow>, coordinator: bool) -> impl IntoView {
    let empty = translations.is_empty();
    let items = translations
        .into_iter()
        .map(|translation| {
            let edit = coordinator.then(|| format!("/standards/{slug}/translations/edit?lang={}", translation.lang));
            view! { <TranslationLine translation edit /> }
        })
        .collect_view();
    view! {
        <section id="languages" aria-labelledby="languages-heading">
            <h2 id="languages-heading">{t("translations-heading")}</h2>
            <p>{t("translations-intro")}</p>
            {if empty { view! { <p class="unknown">{t("translations-empty")}</p> }.into_any() } else { view! { <ul class="translations">{items}</ul> }.into_any() }}
            {coordinator.then(|| view! {
                <OpenRecordForm
                    action=format!("/standards/{slug}/translations/edit")
                    name="lang"
                    label="translation-add-language"
                    button="translation-add"
                    placeholder="pt"
                />
            })}
        </section>
    }
}

/// A coordinator's GET form that opens the edit form of the record named by a code (a
/// language tag, a country code), whether or not anything is recorded yet.
#[component]
fn OpenRecordForm(
    action: String,
    name: &'static str,
    label: &'static str,
    button: &'static str,
    placeholder: &'static str,
) -> impl IntoView {
    let id = format!("open-{name}");
    view! {
        <form class="filters" method="get" action=action>
            <div class="filter">
                <label for=id.clone()>{t(label)}</label>
                <input id=id name=name required maxlength="12" size="8" placeholder=placeholder />
            </div>
            <button type="submit">{t(button)}</button>
        </form>
    }
}

#[component]
fn Committee(committee: CommitteeInfo, coordinator: bool) -> impl IntoView {
    let locale = use_locale();
    let CommitteeInfo { id, reference, title, provenance, members } = committee;
    let list = |membership: &str| -> Vec<_> {
        members.iter().filter(|m| m.membership.as_deref() == Some(membership)).cloned().collect()
    };
    let (p_members, o_members) = (list("P"), list("O"));
    let member_list = move |key: &'static str, members: Vec<crate::standards::Membership>| {
        (!members.is_empty()).then(|| {
            view! {
                <h3>{locale.t_args(key, &[("count", members.len().into())])}</h3>
                <ul class="inline-list members">
                    {members.into_iter().map(|m| view! {
                        <li><a href=format!("/nsbs/{}", m.alpha2)>{m.country}</a></li>
                    }).collect_view()}
                </ul>
            }
        })
    };
    let empty = p_members.is_empty() && o_members.is_empty();
    view! {
        <section aria-labelledby="committee-heading">
            <h2 id="committee-heading">{locale.t_args("committee-heading", &[("committee", reference.into())])}</h2>
            {title.map(|title| view! { <p class="lead">{title}</p> })}
            <p><SourceNote provenance=Some(provenance) /></p>
            <p class="explain">{t("committee-explain")}</p>
            {if empty { Some(view! { <p class="unknown">{t("committee-members-empty")}</p> }) } else { None }}
            {member_list("committee-p-members", p_members)}
            {member_list("committee-o-members", o_members)}
            {coordinator.then(|| view! {
                <OpenRecordForm
                    action=format!("/committees/{id}/members/edit")
                    name="nsb"
                    label="field-country"
                    button="committee-add-member"
                    placeholder="BR"
                />
            })}
        </section>
    }
}

/// A body's page: what it did with each tracked standard, the versions in the country's
/// languages, and its membership of the owning committee.
#[component]
pub fn BodyStandards(alpha2: String) -> impl IntoView {
    let locale = use_locale();
    let code = alpha2.clone();
    let standards = Resource::new(
        move || code.clone(),
        move |code| crate::standards::fetch_body_standards(code, locale.tag().to_string()),
    );
    let user = crate::components::layout::signed_in_user();
    view! {
        <section class="body-standards" aria-labelledby="standards-heading">
            <h2 id="standards-heading">{t("body-standards-heading")}</h2>
            <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
                {Suspend::new(async move {
                    let coordinator = user.await.is_some();
                    match standards.await {
                        Ok(list) => list.into_iter().map(|s| view! { <BodyStandardCard standard=s coordinator /> }).collect_view().into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn BodyStandardCard(standard: crate::standards::BodyStandard, coordinator: bool) -> impl IntoView {
    let locale = use_locale();
    let crate::standards::BodyStandard { slug, reference, title, adoption, versions, committee, membership } = standard;
    let row = adoption;
    let value = |value: Option<String>| match value {
        Some(v) => view! { <bdi>{v}</bdi> }.into_any(),
        None => view! { <span class="unknown">{t("value-unknown")}</span> }.into_any(),
    };
    let choice_label = |column: &str, stored: Option<&str>| {
        stored.map(|v| {
            crate::standards::edit::RecordKind::Adoption
                .fields()
                .iter()
                .find(|f| f.column == column)
                .and_then(|f| match f.input {
                    crate::standards::edit::Input::Choice { options, .. } => {
                        options.iter().find(|(o, _)| *o == v).map(|(_, key)| locale.t(key))
                    }
                    _ => None,
                })
                .unwrap_or_else(|| v.to_string())
        })
    };
    let field = move |key: &'static str, shown: AnyView| {
        view! { <div class="field"><dt>{t(key)}</dt><dd>{shown}</dd></div> }
    };
    let edit_adoption = format!("/standards/{slug}/adoptions/edit?nsb={}", row.alpha2);
    let membership_view = committee.map(|(id, committee_reference)| {
        let shown = match &membership {
            Some(m) => {
                let label = match m.membership.as_deref() {
                    Some("P") => t("membership-p"),
                    Some("O") => t("membership-o"),
                    _ => t("membership-none"),
                };
                view! { {label} " " <SourceNote provenance=Some(m.provenance.clone()) /> }.into_any()
            }
            None => view! { <span class="unknown">{t("value-unknown")}</span> }.into_any(),
        };
        let edit = format!("/committees/{id}/members/edit?nsb={}", row.alpha2);
        view! {
            <div class="field">
                <dt>{locale.t_args("body-membership", &[("committee", committee_reference.into())])}</dt>
                <dd>{shown} {coordinator.then(|| view! { " " <a href=edit>{t("edit-membership-link")}</a> })}</dd>
            </div>
        }
    });
    let versions = versions
        .into_iter()
        .map(|(_, language, version)| match version {
            Some(translation) => view! { <TranslationLine translation edit=None /> }.into_any(),
            None => {
                view! { <li class="unknown">{locale.t_args("body-no-version", &[("language", language.into())])}</li> }
                    .into_any()
            }
        })
        .collect_view();
    view! {
        <article class=format!("body-standard status-{}", row.status.slug())>
            <h3><a href=format!("/standards/{slug}")>{reference.clone()}</a></h3>
            {title.map(|title| view! { <p class="standard-title">{title}</p> })}
            <p class="adoption-status">
                <span class=format!("swatch status-{}", row.status.slug()) aria-hidden="true"></span>
                <strong>{locale.t(&row.status.label_key())}</strong>
            </p>
            <p class="explain">{locale.t(&row.status.definition_key())}</p>
            <dl class="fields">
                {field("field-designation", value(row.designation.clone()))}
                {field("field-degree", value(choice_label("degree", row.degree.as_deref())))}
                {field("field-adopted-on", value(row.adopted_on.as_deref().map(|d| format_partial_date(locale, d))))}
                {field("field-method", value(choice_label("method", row.method.as_deref())))}
                {field("field-lang", value(row.language.clone()))}
                {field("body-sells", value(choice_label("sells", row.sells.as_deref())))}
                {row.note.clone().map(|note| field("field-note", view! { <q lang="en">{note}</q> }.into_any()))}
                {membership_view}
            </dl>
            <p><SourceNote provenance=row.provenance.clone() /></p>
            {coordinator.then(|| view! { <p><a class="button secondary" href=edit_adoption>{t("edit-adoption-link")}</a></p> })}
            <h4>{t("body-language-versions")}</h4>
            <ul class="translations">{versions}</ul>
            <p><a href=format!("/standards/{slug}")>{locale.t_args("body-standard-about", &[("reference", reference.into())])}</a></p>
        </article>
    }
}
