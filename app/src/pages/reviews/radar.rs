//! `/reviews/upcoming`: the ballot radar. A GET form (committee, ICS, followed or all)
//! whose answer is a table of the reviews running and due, with links to the same list
//! as JSON, CSV and a calendar feed.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::error_notice::ErrorNotice;
use crate::format::{format_integer, format_partial_date};
use crate::i18n::{t, use_locale};
use crate::pages::page_title;
use crate::reviews::radar::{Radar, RadarFilter, RadarKind, fetch_radar};

#[component]
pub fn RadarPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let filter = move || {
        let query = query.read();
        let param = |key: &str| query.get(key).unwrap_or_default();
        RadarFilter { committee: param("committee"), ics: param("ics"), scope: param("scope"), body: param("body") }
    };
    let page = move || query.read().get("page").and_then(|p| p.trim().parse::<usize>().ok()).unwrap_or(1);
    let radar = Resource::new(
        move || (filter(), page()),
        move |(filter, page)| fetch_radar(filter, page, locale.tag().to_string()),
    );
    let initial = filter();
    let scope_option = move |value: &'static str, key: &'static str| {
        view! { <option value=value selected=initial.scope.trim() == value>{t(key)}</option> }
    };
    view! {
        <PageTitle text=page_title(locale, &locale.t("radar-title")) />
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href="/reviews">{t("nav-reviews")}</a>
        </nav>
        <h1>{t("radar-title")}</h1>
        <p class="lead">{t("radar-intro")}</p>
        <form class="filters" method="get" action="/reviews/upcoming">
            <div class="filter">
                <label for="radar-committee">{t("radar-filter-committee")}</label>
                <input id="radar-committee" name="committee" value=initial.committee.clone() maxlength="60" placeholder="ISO/TC 207" />
            </div>
            <div class="filter">
                <label for="radar-ics">{t("radar-filter-ics")}</label>
                <input id="radar-ics" name="ics" value=initial.ics.clone() maxlength="20" placeholder="03.100" />
            </div>
            <div class="filter">
                <label for="radar-scope">{t("radar-filter-scope")}</label>
                <select id="radar-scope" name="scope">
                    {scope_option("", "radar-scope-all")}
                    {scope_option("followed", "radar-scope-followed")}
                </select>
            </div>
            {(!initial.body.trim().is_empty()).then(|| view! {
                <input type="hidden" name="body" value=initial.body.clone() />
                <p class="explain">{locale.t_args("radar-for-body", &[("body", initial.body.trim().to_ascii_uppercase().into())])}</p>
            })}
            <button type="submit">{t("radar-apply")}</button>
        </form>
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                match radar.await {
                    Ok(radar) => view! { <RadarTable radar filter=filter() /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RadarTable(radar: Radar, filter: RadarFilter) -> impl IntoView {
    let locale = use_locale();
    let query = filter.to_query_string();
    let pages = radar.pages();
    let link = {
        let filter = filter.clone();
        move |page: usize| {
            let base = filter.to_query_string();
            let separator = if base.is_empty() { "?" } else { "&" };
            format!("/reviews/upcoming{base}{separator}page={page}")
        }
    };
    let rows = radar
        .items
        .iter()
        .map(|item| {
            let what = match item.kind {
                RadarKind::Running => t("radar-running"),
                RadarKind::Due => t("radar-due"),
            };
            let date = match (&item.date, item.kind) {
                (Some(date), _) => format_partial_date(locale, date),
                (None, RadarKind::Running) => t("radar-closes-unknown"),
                (None, RadarKind::Due) => t("value-unknown"),
            };
            let voters = match item.obliged_voters {
                Some(n) => format_integer(locale, n),
                None => t("radar-voters-every"),
            };
            let href = match &item.cycle {
                Some(cycle) => format!("/reviews/{cycle}"),
                None => format!("/standards/{}", item.slug),
            };
            view! {
                <tr>
                    <th scope="row">
                        <a href=href>{item.reference.clone()}</a>
                        {item.followed.then(|| view! { " " <span class="badge">{t("standards-followed-badge")}</span> })}
                        {item.title.clone().map(|title| view! { <br /><span class="explain">{title}</span> })}
                    </th>
                    <td>{item.committee.clone().unwrap_or_default()}</td>
                    <td>{what}</td>
                    <td>{date}</td>
                    <td>{voters}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="count" role="status">
            {locale.t_args(
                "radar-count",
                &[("count", radar.total.into()), ("until", format_partial_date(locale, &radar.until).into())],
            )}
        </p>
        <p class="explain">{t("radar-derived-note")}</p>
        <p class="downloads">
            <a href=format!("/api/v1/reviews/upcoming{query}")>{t("radar-json")}</a> " · "
            <a href=format!("/api/v1/reviews/upcoming.csv{query}")>{t("radar-csv")}</a> " · "
            <a href=format!("/api/v1/reviews/upcoming.ics{query}")>{t("radar-calendar")}</a>
        </p>
        {(radar.total > 0).then(|| view! {
            <div class="table-scroll">
                <table class="adoptions radar">
                    <caption class="visually-hidden">{t("radar-title")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("radar-col-standard")}</th>
                            <th scope="col">{t("radar-col-committee")}</th>
                            <th scope="col">{t("radar-col-what")}</th>
                            <th scope="col">{t("radar-col-date")}</th>
                            <th scope="col">{t("radar-col-voters")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        })}
        {(pages > 1).then(|| view! {
            <nav class="pager" aria-label=t("pager-label")>
                {(radar.page > 1).then(|| view! { <a rel="prev" href=link(radar.page - 1)>{t("pager-previous")}</a> })}
                <span>{locale.t_args("pager-position", &[("page", radar.page.into()), ("pages", pages.into())])}</span>
                {(radar.page < pages).then(|| view! { <a rel="next" href=link(radar.page + 1)>{t("pager-next")}</a> })}
            </nav>
        })}
    }
}

/// How many of a body's upcoming ballots its page lists before linking to the radar.
const BODY_BALLOTS: usize = 10;

/// On a body's page: the reviews it is obliged to vote in, running now or due in the
/// next twelve months, from the radar.
#[component]
pub fn BodyBallots(alpha2: String) -> impl IntoView {
    let locale = use_locale();
    let filter = RadarFilter { body: alpha2.clone(), ..Default::default() };
    let radar = Resource::new(move || filter.clone(), move |filter| fetch_radar(filter, 1, locale.tag().to_string()));
    let link = format!("/reviews/upcoming?body={alpha2}");
    view! {
        <section class="body-ballots" aria-labelledby="ballots-heading">
            <h2 id="ballots-heading">{t("body-ballots-heading")}</h2>
            <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
                {{
                    let link = link.clone();
                    Suspend::new(async move {
                        match radar.await {
                            Ok(radar) if radar.total == 0 => view! { <p class="hint">{t("body-ballots-none")}</p> }.into_any(),
                            Ok(radar) => {
                                let items = radar
                                    .items
                                    .iter()
                                    .take(BODY_BALLOTS)
                                    .map(|item| {
                                        let href = match &item.cycle {
                                            Some(cycle) => format!("/reviews/{cycle}"),
                                            None => format!("/standards/{}", item.slug),
                                        };
                                        let when = match (item.kind, &item.date) {
                                            (RadarKind::Running, Some(date)) => locale.t_args("body-ballot-closes", &[("date", format_partial_date(locale, date).into())]),
                                            (RadarKind::Running, None) => t("body-ballot-running"),
                                            (RadarKind::Due, Some(date)) => locale.t_args("body-ballot-due", &[("date", format_partial_date(locale, date).into())]),
                                            (RadarKind::Due, None) => t("value-unknown"),
                                        };
                                        view! { <li><a href=href>{item.reference.clone()}</a> " — " {when}</li> }
                                    })
                                    .collect_view();
                                view! {
                                    <p>{locale.t_args("body-ballots-count", &[("count", radar.total.into())])}</p>
                                    <ul>{items}</ul>
                                    <p><a href=link>{t("body-ballots-all")}</a></p>
                                }
                                .into_any()
                            }
                            Err(error) => view! { <ErrorNotice error /> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}
