//! `/standards`: the standards coordinators follow, and a search over every standard
//! Quorum knows (`?q=20400`, `?q=procurement`, `?q=ISO/TC 309`, `&page=2`). A plain GET
//! form: results can be linked and work without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::error_notice::ErrorNotice;
use crate::components::listing::{Listing, PageIntro};
use crate::format::format_partial_date;
use crate::i18n::{t, use_locale};
use crate::standards::{MAX_QUERY_CHARS, StandardInfo, StandardSearch, list_standards, search_standards};

#[component]
pub fn StandardsPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let q = move || query.read().get("q").unwrap_or_default();
    let page = move || query.read().get("page").and_then(|p| p.trim().parse::<usize>().ok()).unwrap_or(1);
    let standards = Resource::new(|| (), move |_| list_standards(locale.tag().to_string()));
    let results = Resource::new(
        move || (q(), page()),
        move |(q, page)| async move {
            if q.trim().is_empty() {
                Ok(None)
            } else {
                search_standards(q, page, locale.tag().to_string()).await.map(Some)
            }
        },
    );
    let item = move |s: crate::standards::StandardSummary| {
        let href = format!("/standards/{}", s.slug);
        view! {
            <li>
                <h2><a href=href.clone()>{s.reference}</a></h2>
                {s.title.map(|title| view! { <p class="standard-title">{title}</p> })}
                <p>
                    {locale.t_args("standards-adoptions", &[("count", s.adoptions.into())])}
                    " · "
                    {locale.t_args("standards-languages", &[("count", s.languages.into())])}
                </p>
                <p><a class="button" href=href>{t("standards-open")}</a></p>
            </li>
        }
    };
    view! {
        <PageIntro title="standards-title" lead="standards-intro" />
        <form class="search-form" method="get" action="/standards" role="search">
            <label for="standards-search">{t("standards-search-label")}</label>
            <div class="search-row">
                <input
                    id="standards-search"
                    type="search"
                    name="q"
                    value=q()
                    maxlength=MAX_QUERY_CHARS
                    placeholder=t("standards-search-placeholder")
                    autocomplete="off"
                />
                <button type="submit">{t("search-button")}</button>
            </div>
            <p class="explain">{t("standards-search-hint")}</p>
        </form>
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                match results.await {
                    Ok(Some(found)) => view! { <SearchResults found /> }.into_any(),
                    Ok(None) => view! {
                        <h2 class="visually-hidden">{t("standards-followed-heading")}</h2>
                        <Listing items=standards empty="standards-empty" item />
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// One page of matches, with links to the pages before and after.
#[component]
fn SearchResults(found: StandardSearch) -> impl IntoView {
    let locale = use_locale();
    let pages = found.pages();
    let link = {
        let q = found.q.clone();
        move |page: usize| crate::directory::query_string(&[("q", &q), ("page", &page.to_string())])
    };
    let previous = (found.page > 1).then(|| {
        view! { <a rel="prev" href=format!("/standards{}", link(found.page - 1))>{t("pager-previous")}</a> }
    });
    let next = (found.page < pages).then(|| {
        view! { <a rel="next" href=format!("/standards{}", link(found.page + 1))>{t("pager-next")}</a> }
    });
    view! {
        <h2 id="results-heading">{t("standards-results-heading")}</h2>
        <p class="count" role="status">
            {locale.t_args("standards-results-count", &[("count", found.total.into()), ("query", found.q.clone().into())])}
        </p>
        {(found.total > 0).then(|| view! {
            <ul class="standards-list search-results">
                {found.standards.into_iter().map(|s| view! { <SearchResult standard=s /> }).collect_view()}
            </ul>
        })}
        {(pages > 1).then(|| view! {
            <nav class="pager" aria-label=t("pager-label")>
                {previous}
                <span>{locale.t_args("pager-position", &[("page", found.page.into()), ("pages", pages.into())])}</span>
                {next}
            </nav>
        })}
    }
}

#[component]
fn SearchResult(standard: StandardInfo) -> impl IntoView {
    let locale = use_locale();
    let href = format!("/standards/{}", standard.slug);
    let facts: Vec<String> = [
        standard.iso.deliverable_type.clone(),
        standard.committee.clone(),
        standard.stage.clone().map(|stage| locale.t_args("standards-result-stage", &[("stage", stage.into())])),
        standard.published.clone().map(|d| format_partial_date(locale, &d)),
    ]
    .into_iter()
    .flatten()
    .collect();
    view! {
        <li>
            <h3>
                <a href=href>{standard.reference.clone()}</a>
                {standard.followed.then(|| view! { " " <span class="badge">{t("standards-followed-badge")}</span> })}
            </h3>
            {standard.title.clone().map(|title| view! { <p class="standard-title">{title}</p> })}
            <p class="explain">{facts.join(" · ")}</p>
            {standard.due_by.clone().map(|due| view! {
                <p class="explain">
                    {locale.t_args("standard-due-by-short", &[("date", format_partial_date(locale, &due).into())])}
                </p>
            })}
        </li>
    }
}
