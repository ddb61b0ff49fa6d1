//! The directory: every body, searchable, filterable by category and region, sortable.
//!
//! Without JavaScript it is a GET form whose result URL can be shared. Hydrated (a live
//! region), the list follows the search box as you type and the URL stays in step.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::page_title;
use crate::components::error_notice::ErrorNotice;
use crate::components::islands::LiveRegion;
use crate::directory::search::MAX_QUERY_CHARS;
use crate::directory::{Category, DirectoryFilter, DirectoryListing, SortOrder, list_bodies, region_options};
use crate::i18n::{t, use_locale};

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let query = query.read();
        let param = |key: &str| query.get(key).unwrap_or_default();
        DirectoryFilter { q: param("q"), category: param("category"), region: param("region"), sort: param("sort") }
    });
    let listing = Resource::new(move || filter.get(), move |filter| list_bodies(filter, locale.tag().to_string()));

    let initial = filter.get_untracked();
    let regions = Resource::new(|| (), move |_| region_options(locale.tag().to_string()));
    let category_options = std::iter::once(("", t("filter-category-all")))
        .chain(Category::ALL.into_iter().map(|c| (c.slug(), locale.t(c.label_key()))))
        .chain(std::iter::once(("unknown", t("category-unknown"))))
        .map(|(value, label)| {
            let selected = initial.category == value;
            view! {
                <option value=value selected=selected>
                    {label}
                </option>
            }
        })
        .collect_view();

    view! {
        <PageTitle text=page_title(locale, &locale.t("directory-title")) />
        <h1>{t("directory-heading")}</h1>
        <p class="lead">{t("directory-intro")}</p>
        <LiveRegion id="directory".to_string() swap=vec!["directory-results".to_string()] live=true>
        <form class="filters" method="get" action="/nsbs" role="search">
            <div class="filter filter-search">
                <label for="directory-search">{t("search-label")}</label>
                <input
                    id="directory-search"
                    type="search"
                    name="q"
                    value=initial.q.clone()
                    maxlength=MAX_QUERY_CHARS
                    placeholder=t("search-placeholder")
                    autocomplete="off"
                />
            </div>
            <div class="filter">
                <label for="directory-category">{t("filter-category")}</label>
                <select id="directory-category" name="category">
                    {category_options}
                </select>
            </div>
            <div class="filter">
                <label for="directory-region">{t("filter-region")}</label>
                <select id="directory-region" name="region">
                    <option value="">{t("filter-region-all")}</option>
                    <Suspense>
                        {Suspend::new(async move {
                            let chosen = filter.get_untracked().region;
                            regions
                                .await
                                .unwrap_or_default()
                                .into_iter()
                                .map(|region| {
                                    let selected = region.code == chosen;
                                    view! {
                                        <option value=region.code selected=selected>
                                            {region.name}
                                        </option>
                                    }
                                })
                                .collect_view()
                        })}
                    </Suspense>
                </select>
            </div>
            {(!initial.sort.is_empty()).then(|| view! { <input type="hidden" name="sort" value=initial.sort.clone() /> })}
            <button type="submit">{t("filter-apply")}</button>
        </form>
        <div id="directory-results">
            <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
                {Suspend::new(async move {
                    match listing.await {
                        Ok(listing) => view! { <Results listing filter=filter.get_untracked() /> }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
        </LiveRegion>
    }
}

#[component]
fn Results(listing: DirectoryListing, filter: DirectoryFilter) -> impl IntoView {
    let locale = use_locale();
    let shown = listing.rows.len();
    // A search with no chosen order lists the best matches first: no column is sorted.
    let relevance = filter.sort.trim().is_empty() && !filter.q.trim().is_empty();
    let sort = (!relevance).then(|| SortOrder::from_param(&filter.sort));
    let sort_link = |ascending: SortOrder, descending: SortOrder| {
        let next = if sort == Some(ascending) { descending } else { ascending };
        DirectoryFilter { sort: next.param().to_string(), ..filter.clone() }.to_query_string()
    };
    let aria_sort = |ascending: SortOrder, descending: SortOrder| {
        let sort = sort?;
        Some(if sort == ascending {
            "ascending"
        } else if sort == descending {
            "descending"
        } else {
            "none"
        })
    };
    let region_names: std::collections::HashMap<String, String> =
        listing.regions.iter().map(|r| (r.code.clone(), r.name.clone())).collect();
    let country_href = format!("/nsbs{}", sort_link(SortOrder::CountryAscending, SortOrder::CountryDescending));
    let acronym_href = format!("/nsbs{}", sort_link(SortOrder::AcronymAscending, SortOrder::AcronymDescending));

    view! {
        {listing.query_truncated.then(|| view! { <p class="notice" role="status">{t("search-truncated")}</p> })}
        <p class="result-count" role="status" aria-live="polite">
            {locale.t_args("directory-count", &[("shown", shown.into()), ("total", listing.total.into())])}
        </p>
        {if shown == 0 {
            view! {
                <div class="notice">
                    <p>{t("directory-no-match")}</p>
                    <p>
                        <a href="/nsbs">{t("directory-clear-filters")}</a>
                    </p>
                </div>
            }
                .into_any()
        } else {
            view! {
                {relevance.then(|| view! { <p class="hint" id="relevance-order">{t("directory-relevance")}</p> })}
                <div class="table-scroll">
                <table class="directory">
                    <thead>
                        <tr>
                            <th scope="col" aria-sort=aria_sort(SortOrder::CountryAscending, SortOrder::CountryDescending)>
                                <a href=country_href>{t("column-country")}</a>
                            </th>
                            <th scope="col" aria-sort=aria_sort(SortOrder::AcronymAscending, SortOrder::AcronymDescending)>
                                <a href=acronym_href>{t("column-acronym")}</a>
                            </th>
                            <th scope="col" class="col-name">{t("column-body-name")}</th>
                            <th scope="col">{t("column-category")}</th>
                            <th scope="col" class="col-region">{t("column-region")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {listing
                            .rows
                            .into_iter()
                            .map(|row| {
                                let unknown = || view! { <span class="unknown">{t("value-unknown")}</span> }.into_any();
                                view! {
                                    <tr>
                                        <th scope="row">
                                            <a href=format!("/nsbs/{}", row.alpha2)>{row.country}</a>
                                        </th>
                                        <td>{row.acronym.map(|a| view! { <bdi>{a}</bdi> }.into_any()).unwrap_or_else(unknown)}</td>
                                        <td class="col-name">
                                            {row.body_name.map(|n| view! { <bdi>{n}</bdi> }.into_any()).unwrap_or_else(unknown)}
                                        </td>
                                        <td>
                                            {row
                                                .category
                                                .map(|c| locale.t(c.label_key()).into_any())
                                                .unwrap_or_else(unknown)}
                                        </td>
                                        <td class="col-region">
                                            {row
                                                .region
                                                .and_then(|code| region_names.get(&code).cloned())
                                                .map(IntoAny::into_any)
                                                .unwrap_or_else(unknown)}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
                </div>
            }
                .into_any()
        }}
    }
}
