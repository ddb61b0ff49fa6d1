//! `/reviews` (every review cycle) and `/reviews/:slug`: the cycle's status and
//! countdown, where every body stands, the projected outcome with its explanation, the
//! bodies that can still change it, a map and a table. Read-only pages that work without
//! JavaScript; a body's page lists its own review history.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::not_found::NotFoundPage;
use super::page_title;
use crate::components::error_notice::ErrorNotice;
use crate::components::field::SourceNote;
use crate::error::AppError;
use crate::format::{format_integer, format_partial_date};
use crate::i18n::{Locale, t, use_locale};
use crate::reviews::projection::{Outcome, Position, Reason};
use crate::reviews::{
    BodyReview, Cycle, CycleOverview, fetch_body_reviews, fetch_review, fetch_review_map, list_reviews,
};

fn position_label(position: Position) -> String {
    t(&format!("position-{}", position.slug()))
}

fn outcome_key(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Confirm => "projection-outcome-confirm",
        Outcome::Revise => "projection-outcome-revise",
        Outcome::Amend => "projection-outcome-amend",
        Outcome::Withdraw => "projection-outcome-withdraw",
        Outcome::CommitteeDecides => "projection-outcome-committee",
    }
}

/// "Decided: Confirmed (stage 90.93), April 5, 2023", or the status alone.
fn cycle_state(cycle: &Cycle, locale: Locale) -> String {
    match (&cycle.outcome, &cycle.decided_on) {
        (Some(outcome), Some(date)) => locale.t_args(
            "review-outcome-stage",
            &[
                ("outcome", locale.t(&format!("review-outcome-{outcome}")).into()),
                ("stage", cycle.stage.clone().unwrap_or_default().into()),
                ("date", format_partial_date(locale, date).into()),
            ],
        ),
        _ => locale.t(&format!("review-status-{}", cycle.status)),
    }
}

#[component]
pub fn ReviewsPage() -> impl IntoView {
    let locale = use_locale();
    let cycles = Resource::new(|| (), |_| list_reviews());
    view! {
        <Title text=page_title(locale, &locale.t("reviews-title")) />
        <h1>{t("reviews-title")}</h1>
        <p class="lead">{t("reviews-intro")}</p>
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {move || Suspend::new(async move {
                match cycles.await {
                    Ok(cycles) if cycles.is_empty() => view! { <p>{t("reviews-empty")}</p> }.into_any(),
                    Ok(cycles) => view! {
                        <ul class="standards-list">
                            {cycles.into_iter().map(|cycle| {
                                let state = cycle_state(&cycle, locale);
                                view! {
                                    <li>
                                        <h2>
                                            <a href=format!("/reviews/{}", cycle.id)>
                                                {locale.t_args("review-page-title", &[("cycle", cycle.id.clone().into()), ("reference", cycle.reference.clone().into())])}
                                            </a>
                                        </h2>
                                        <p>{state}</p>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let overview = Resource::new(slug, move |slug| fetch_review(slug, locale.tag().to_string()));
    view! {
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(overview) => view! { <ReviewView overview /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFoundPage /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[cfg(feature = "ssr")]
fn map_svg(overview: &CycleOverview, locale: Locale) -> String {
    crate::reviews::ssr::map(overview, locale)
}

#[cfg(not(feature = "ssr"))]
fn map_svg(_overview: &CycleOverview, _locale: Locale) -> String {
    String::new()
}

#[component]
fn ReviewView(overview: CycleOverview) -> impl IntoView {
    let locale = use_locale();
    let svg = map_svg(&overview, locale);
    let CycleOverview { cycle, standings, tally, usage, rules, projection, days_left } = overview;
    let title = locale.t_args(
        "review-page-title",
        &[("cycle", cycle.id.clone().into()), ("reference", cycle.reference.clone().into())],
    );
    let date = move |value: &Option<String>| match value {
        Some(v) => format_partial_date(locale, v).into_any(),
        None => view! { <span class="unknown">{t("value-unknown")}</span> }.into_any(),
    };
    let countdown = match (days_left, &cycle.closes_on) {
        (Some(days), _) => Some(locale.t_args("review-days-left", &[("days", days.into())])),
        (None, Some(closes)) if cycle.status != "open" && cycle.status != "planned" => {
            Some(locale.t_args("review-closed-ago", &[("date", format_partial_date(locale, closes).into())]))
        }
        _ => None,
    };
    let countries: std::collections::HashMap<String, String> =
        standings.iter().map(|s| (s.alpha2.clone(), s.country.clone())).collect();
    let most = tally.iter().map(|row| row.obliged + row.optional + row.non_voting).max().unwrap_or(1).max(1);
    let bar = move |n: u32, class: &'static str| {
        let width = format!("inline-size: {:.1}%", f64::from(n) * 100.0 / f64::from(most));
        view! { <span class=format!("bar {class}") style=width></span> }
    };
    let tally_rows = tally
        .into_iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">
                        <span class=format!("swatch position-{}", row.position.slug()) aria-hidden="true"></span>
                        {position_label(row.position)}
                    </th>
                    <td>{format_integer(locale, row.obliged as usize)}</td>
                    <td>{format_integer(locale, row.optional as usize)}</td>
                    <td>{format_integer(locale, row.non_voting as usize)}</td>
                    <td class="bars" aria-hidden="true">
                        {bar(row.obliged, "obliged")}
                        {bar(row.optional, "optional")}
                        {bar(row.non_voting, "non-voting")}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let explanation = match projection.reason {
        Reason::LowUsage => locale.t_args(
            "projection-low-usage",
            &[("usage", usage.into()), ("threshold", rules.withdrawal_usage_threshold.into())],
        ),
        Reason::Majority => locale.t_args("projection-majority", &[("margin", projection.margin.into())]),
        Reason::Tie => locale.t("projection-tie"),
        Reason::NoMajority => locale.t("projection-no-majority"),
    };
    let swing = projection
        .swing
        .iter()
        .map(|s| {
            let country = countries.get(&s.alpha2).cloned().unwrap_or_else(|| s.alpha2.clone());
            view! {
                <li>
                    <a href=format!("/nsbs/{}", s.alpha2)>{country}</a>
                    " · " {position_label(s.position)}
                    " · " {locale.t_args("swing-gain", &[("gain", s.gain.into())])}
                    {s.decisive.then(|| view! { " " <strong class="decisive">{t("swing-decisive")}</strong> })}
                </li>
            }
        })
        .collect_view();
    let swing_empty = projection.swing.is_empty();
    let table = standings
        .into_iter()
        .map(|s| {
            let position = s.position();
            let latest = s.latest.clone();
            view! {
                <tr>
                    <th scope="row"><a href=format!("/nsbs/{}", s.alpha2)>{s.country.clone()}</a></th>
                    <td>{t(&format!("voter-{}", s.voter.slug()))}</td>
                    <td>
                        <span class=format!("swatch position-{}", position.slug()) aria-hidden="true"></span>
                        {position_label(position)}
                    </td>
                    <td>{latest.as_ref().map(|p| t(&format!("kind-{}", p.kind)))}</td>
                    <td class="source-cell"><SourceNote provenance=latest.map(|p| p.provenance) /></td>
                </tr>
            }
        })
        .collect_view();
    let (map_markup, set_map_markup) = signal(svg);
    let map_ref = NodeRef::<leptos::html::Div>::new();
    let cycle_id = cycle.id.clone();
    // Effects run in the browser only: a map drawn there is empty, so fetch it.
    Effect::new(move |_| {
        if map_ref.get().is_some_and(|div| div.child_element_count() == 0) {
            let slug = cycle_id.clone();
            leptos::task::spawn_local(async move {
                if let Ok(markup) = fetch_review_map(slug, locale.tag().to_string()).await {
                    set_map_markup.set(markup);
                }
            });
        }
    });
    view! {
        <Title text=page_title(locale, &title) />
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href="/reviews">{t("nav-reviews")}</a>
        </nav>
        <p class="eyebrow">{locale.t_args("review-cycle-id", &[("cycle", cycle.id.clone().into())])}</p>
        <h1>{locale.t_args("review-heading", &[("reference", cycle.reference.clone().into())])}</h1>
        {countdown.map(|text| view! { <p class="countdown" role="status">{text}</p> })}
        <dl class="fields">
            <div class="field"><dt>{t("review-field-status")}</dt><dd>{cycle_state(&cycle, locale)}</dd></div>
            <div class="field"><dt>{t("review-field-opens")}</dt><dd>{date(&cycle.opens_on)}</dd></div>
            <div class="field"><dt>{t("review-field-closes")}</dt><dd>{date(&cycle.closes_on)}</dd></div>
            {cycle.notes.clone().map(|notes| view! {
                <div class="field"><dt>{t("review-field-notes")}</dt><dd><q lang="en">{notes}</q></dd></div>
            })}
        </dl>
        <p><SourceNote provenance=Some(cycle.provenance.clone()) /></p>
        <section aria-labelledby="projection-heading" class="projection">
            <h2 id="projection-heading">{t("projection-heading")}</h2>
            <p class="projected-outcome"><strong>{t(outcome_key(projection.outcome))}</strong></p>
            <p>{explanation}</p>
            {(projection.undecided > 0).then(|| view! {
                <p>{locale.t_args("projection-undecided", &[("count", projection.undecided.into())])}</p>
            })}
            <p class="notice">{t("projection-disclaimer")}</p>
            <p class="hint">{locale.t_args("projection-rules", &[("threshold", rules.withdrawal_usage_threshold.into())])}</p>
        </section>
        <section aria-labelledby="swing-heading">
            <h2 id="swing-heading">{t("swing-heading")}</h2>
            <p>{t("swing-intro")}</p>
            {if swing_empty {
                view! { <p class="hint">{t("swing-empty")}</p> }.into_any()
            } else {
                view! { <ol class="swing">{swing}</ol> }.into_any()
            }}
        </section>
        <section aria-labelledby="tally-heading">
            <h2 id="tally-heading">{t("tally-heading")}</h2>
            <p>{t("tally-intro")}</p>
            <div class="table-scroll">
                <table class="adoptions tally">
                    <thead>
                        <tr>
                            <th scope="col">{t("tally-position")}</th>
                            <th scope="col">{t("tally-obliged")}</th>
                            <th scope="col">{t("tally-optional")}</th>
                            <th scope="col">{t("tally-non-voting")}</th>
                            <th scope="col"><span class="visually-hidden">{t("tally-heading")}</span></th>
                        </tr>
                    </thead>
                    <tbody>{tally_rows}</tbody>
                </table>
            </div>
        </section>
        <section aria-labelledby="map-heading" class="map-section">
            <h2 id="map-heading">{t("map-heading")}</h2>
            <a class="skip-link" href="#review-table-heading">{t("map-skip")}</a>
            <figure class="map-figure">
                <div class="map" node_ref=map_ref inner_html=move || map_markup.get()></div>
                <figcaption>
                    <p>{locale.t_args("review-map-description", &[("cycle", cycle.id.clone().into())])}</p>
                    <ul class="legend">
                        {Position::ALL.into_iter().map(|p| view! {
                            <li><span class=format!("swatch position-{}", p.slug()) aria-hidden="true"></span>{position_label(p)}</li>
                        }).collect_view()}
                        <li><span class="swatch no-body" aria-hidden="true"></span>{t("map-no-body")}</li>
                    </ul>
                </figcaption>
            </figure>
        </section>
        <section aria-labelledby="review-table-heading">
            <h2 id="review-table-heading">{t("review-table-heading")}</h2>
            <div class="table-scroll">
                <table class="adoptions">
                    <caption>{t("review-table-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("column-country")}</th>
                            <th scope="col">{t("column-voter")}</th>
                            <th scope="col">{t("column-position")}</th>
                            <th scope="col">{t("column-kind")}</th>
                            <th scope="col">{t("column-source")}</th>
                        </tr>
                    </thead>
                    <tbody>{table}</tbody>
                </table>
            </div>
        </section>
    }
}

/// A body's page: its recorded positions in every review, with their sources.
#[component]
pub fn BodyReviews(alpha2: String) -> impl IntoView {
    let code = alpha2.clone();
    let reviews = Resource::new(move || code.clone(), fetch_body_reviews);
    view! {
        <section class="body-reviews" aria-labelledby="reviews-heading">
            <h2 id="reviews-heading">{t("body-reviews-heading")}</h2>
            <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match reviews.await {
                        Ok(list) if list.is_empty() => view! { <p class="hint">{t("body-reviews-empty")}</p> }.into_any(),
                        Ok(list) => list.into_iter().map(|review| view! { <BodyReviewEntry review /> }).collect_view().into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn BodyReviewEntry(review: BodyReview) -> impl IntoView {
    let locale = use_locale();
    let BodyReview { cycle, positions } = review;
    let title = locale.t_args(
        "review-page-title",
        &[("cycle", cycle.id.clone().into()), ("reference", cycle.reference.clone().into())],
    );
    let state = cycle_state(&cycle, locale);
    let items = positions
        .into_iter()
        .rev()
        .map(|p| {
            let line = locale.t_args(
                "body-review-position",
                &[
                    (
                        "date",
                        p.provenance
                            .as_of
                            .as_deref()
                            .map(|d| format_partial_date(locale, d))
                            .unwrap_or_default()
                            .into(),
                    ),
                    ("position", position_label(p.position).into()),
                    ("kind", locale.t(&format!("kind-{}", p.kind)).into()),
                ],
            );
            view! { <li>{line} " " <SourceNote provenance=Some(p.provenance) /></li> }
        })
        .collect_view();
    view! {
        <h3><a href=format!("/reviews/{}", cycle.id)>{title}</a></h3>
        <p>{state}</p>
        <ul class="history">{items}</ul>
    }
}
