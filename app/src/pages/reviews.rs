//! `/reviews` (every review cycle) and `/reviews/:slug`: the cycle's status and
//! countdown, where every body stands, the projected outcome with its explanation, the
//! bodies that can still change it, a map and a table. Read-only pages that work without
//! JavaScript; a body's page lists its own review history.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::edit::{FormProblems, ProvenanceInputs, access_error, field_message, problem_message};
use super::not_found::{Missing, NotFoundPage};
use super::{filter_option as option, page_title};
use crate::auth::current_user;
use crate::components::error_notice::ErrorNotice;
use crate::components::field::SourceNote;
use crate::components::islands::LiveRegion;
use crate::components::world_map::WorldMap;
use crate::error::AppError;
use crate::format::{format_integer, format_partial_date};
use crate::i18n::{Locale, t, use_locale};
use crate::reviews::edit::{CONFIDENCES, PositionForm, RecordPosition, fetch_position_form};
use crate::reviews::pipeline::{
    AddPipelineNote, Advocacy, Coordinator, PipelineForm, STAGES, SavePipeline, fetch_pipeline_form, next_stage,
};
use crate::reviews::projection::Voter;
use crate::reviews::projection::{Outcome, Position, Reason};
use crate::reviews::{
    BodyReview, Cycle, CycleOverview, POSITION_KINDS, PositionRecord, ReviewFilter, fetch_body_reviews, fetch_review,
    list_reviews,
};

fn position_label(position: Position) -> String {
    t(&format!("position-{}", position.slug()))
}

fn stage_label(stage: &str) -> String {
    t(&format!("stage-{stage}"))
}

/// A pipeline value of a refused form, in the reader's language.
fn pipeline_value(field: &str, value: String) -> String {
    if field == "stage" { stage_label(&value) } else { value }
}

/// The current page's path and query without the one-shot notices, for a form to come
/// back to.
fn return_path(path: &str, search: &str) -> String {
    let query: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            !pair.is_empty() && !["moved", "noted", "recorded", "saved"].contains(&key) && !key.starts_with("__")
        })
        .collect();
    if query.is_empty() { path.to_string() } else { format!("{path}?{}", query.join("&")) }
}

pub(crate) fn outcome_key(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Confirm => "projection-outcome-confirm",
        Outcome::Revise => "projection-outcome-revise",
        Outcome::Amend => "projection-outcome-amend",
        Outcome::Withdraw => "projection-outcome-withdraw",
        Outcome::CommitteeDecides => "projection-outcome-committee",
        Outcome::NotEnoughRecords => "projection-outcome-not-enough",
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
    let user = Resource::new(|| (), |_| current_user());
    let standards = Resource::new(|| (), move |_| crate::standards::list_standards(locale.tag().to_string()));
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
                                                {locale.t_args("review-page-title", &[("cycle", cycle.year().into()), ("reference", cycle.reference.clone().into())])}
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
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let coordinator = user.await.ok().flatten().is_some();
                let standards = if coordinator { standards.await.unwrap_or_default() } else { Vec::new() };
                (!standards.is_empty()).then(|| view! { <NewCycleForms standards /> })
            })}
        </Suspense>
    }
}

/// Coordinators open a new review cycle of a standard: the year names it
/// (`iso-20400-2027`), then the cycle's form asks for the rest.
#[component]
fn NewCycleForms(standards: Vec<crate::standards::StandardSummary>) -> impl IntoView {
    let locale = use_locale();
    let forms = standards
        .into_iter()
        .map(|standard| {
            let id = format!("new-cycle-{}", standard.slug);
            let legend = locale.t_args("cycle-new-for", &[("reference", standard.reference.clone().into())]);
            view! {
                <form class="filters" method="get" action=format!("/standards/{}/reviews/edit", standard.slug)>
                    <fieldset>
                        <legend>{legend}</legend>
                        <div class="filter">
                            <label for=id.clone()>{t("cycle-new-year")}</label>
                            <input id=id type="text" name="year" required pattern="[0-9]{4}" maxlength="4" inputmode="numeric" size="5" />
                        </div>
                        <button type="submit">{t("cycle-new-open")}</button>
                    </fieldset>
                </form>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="new-cycle-heading">
            <h2 id="new-cycle-heading">{t("cycle-new-heading")}</h2>
            <p>{t("cycle-new-intro")}</p>
            {forms}
        </section>
    }
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let query = query.read();
        let param = |key: &str| query.get(key).unwrap_or_default();
        ReviewFilter {
            position: param("position"),
            voter: param("voter"),
            category: param("category"),
            region: param("region"),
            stage: param("stage"),
            owner: param("owner"),
        }
    });
    // Pipeline moves from the table (plain forms; hydrated, sent in the background).
    let moves = ServerAction::<SavePipeline>::new();
    let overview = Resource::new(
        move || (slug(), filter.get()),
        move |(slug, filter)| fetch_review(slug, filter, locale.tag().to_string()),
    );
    let user = Resource::new(|| (), |_| current_user());
    view! {
        <Transition fallback=|| view! { <p>{t("loading")}</p> }>
            {move || Suspend::new(async move {
                let coordinator = user.await.ok().flatten().is_some();
                match overview.await {
                    Ok(overview) => view! { <ReviewView overview filter=filter.get_untracked() coordinator moves /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFoundPage missing=Missing::Review /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Transition>
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
fn ReviewView(
    overview: CycleOverview,
    filter: ReviewFilter,
    coordinator: bool,
    moves: ServerAction<SavePipeline>,
) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let location = use_location();
    let recorded = move || query.read().get("recorded").is_some();
    let moved = move || query.read().get("moved").is_some() || matches!(moves.value().get(), Some(Ok(())));
    let move_error = Signal::derive(move || moves.value().get().and_then(Result::err));
    let here = move || return_path(&location.pathname.get(), &location.search.get());
    let svg = map_svg(&overview, locale);
    let CycleOverview { cycle, standings, tally, usage, rules, projection, days_left, shown, regions, owners } =
        overview;
    // The pipeline comes only to coordinators.
    let pipeline = standings.iter().any(|s| s.advocacy.is_some());
    let year = cycle.year();
    let cycle_edit = format!("/standards/{}/reviews/edit?year={year}", cycle.standard_id);
    let total = standings.len();
    let shown_count = shown.len();
    let title = locale
        .t_args("review-page-title", &[("cycle", cycle.year().into()), ("reference", cycle.reference.clone().into())]);
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
    // Stacked bars drawn as SVG shapes (attributes, not inline styles, which the
    // Content-Security-Policy forbids).
    let bars = move |parts: [(u32, &'static str); 3]| {
        let mut x = 0.0;
        let rects = parts
            .into_iter()
            .map(|(n, class)| {
                let width = f64::from(n) * 100.0 / f64::from(most);
                let rect = view! { <rect class=format!("bar {class}") x=format!("{x:.1}") y="0" width=format!("{width:.1}") height="10" /> };
                x += width;
                rect
            })
            .collect_view();
        view! { <svg viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">{rects}</svg> }.into_any()
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
                        {bars([(row.obliged, "obliged"), (row.optional, "optional"), (row.non_voting, "non-voting")])}
                    </td>
                </tr>
            }
            .into_any()
        })
        .collect_view();
    let obliged = standings.iter().filter(|s| s.voter == Voter::Obliged).count();
    let threshold = rules.withdrawal_usage_threshold;
    let explanation = match projection.reason {
        Reason::LowUsage => {
            locale.t_args("projection-low-usage", &[("usage", usage.adopted.into()), ("threshold", threshold.into())])
        }
        Reason::Majority => locale.t_args("projection-majority", &[("margin", projection.margin.into())]),
        Reason::Tie => locale.t("projection-tie"),
        Reason::NoMajority => locale.t("projection-no-majority"),
        Reason::UsageUnknown => locale.t_args(
            "projection-usage-unknown",
            &[
                ("usage", usage.adopted.into()),
                ("unknown", usage.unknown.into()),
                ("bodies", usage.bodies.into()),
                ("threshold", threshold.into()),
            ],
        ),
        Reason::VotesUnknown => locale.t_args(
            "projection-votes-unknown",
            &[("undecided", projection.undecided.into()), ("obliged", obliged.into())],
        ),
        Reason::VotersUnknown => locale.t("projection-voters-unknown"),
    };
    // A closed or decided cycle shows where it stands, not a projection.
    let decided = matches!(cycle.status.as_str(), "closed" | "decided");
    let result_text = locale.t(if cycle.outcome.is_some() { "review-result-decided" } else { "review-result-pending" });
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
        .filter(|s| shown.contains(&s.alpha2))
        .map(|s| {
            let position = s.position();
            let latest = s.latest.clone();
            let edit = coordinator.then(|| {
                let href = format!("/reviews/{}/positions/edit?nsb={}", cycle.id, s.alpha2);
                let label = locale.t_args("edit-position-for", &[("country", s.country.clone().into())]);
                view! { <td><a href=href aria-label=label>{t("edit-position-link")}</a></td> }
            });
            let advocacy = s.advocacy.clone().map(|advocacy| {
                view! { <PipelineCells cycle=cycle.id.clone() alpha2=s.alpha2.clone() country=s.country.clone() advocacy moves here /> }
            });
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
                    {advocacy}
                    {edit}
                </tr>
            }
            .into_any()
        })
        .collect_view();
    let head = view! {
        <Title text=page_title(locale, &title) />
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href="/reviews">{t("nav-reviews")}</a>
        </nav>
        <p class="eyebrow">{locale.t_args("review-cycle-id", &[("cycle", cycle.year().into())])}</p>
        <h1>{locale.t_args("review-heading", &[("reference", cycle.reference.clone().into())])}</h1>
        <p class="notice" role="status" hidden=move || !recorded()>{t("position-recorded")}</p>
        {coordinator.then(|| view! {
            <p class="actions"><a href=cycle_edit.clone()>{t("cycle-edit-link")}</a> " · " <a href="/coordinate">{t("nav-coordinate")}</a></p>
        })}
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
        {if decided {
            view! {
                <section aria-labelledby="result-heading" class="projection">
                    <h2 id="result-heading">{t("review-result-heading")}</h2>
                    <p class="projected-outcome"><strong>{cycle_state(&cycle, locale)}</strong></p>
                    <p>{result_text}</p>
                </section>
            }
            .into_any()
        } else {
            view! {
                <section aria-labelledby="projection-heading" class="projection">
                    <h2 id="projection-heading">{t("projection-heading")}</h2>
                    <p class="projected-outcome"><strong>{t(outcome_key(projection.outcome))}</strong></p>
                    <p>{explanation}</p>
                    {(projection.undecided > 0 && projection.reason != Reason::VotesUnknown).then(|| view! {
                        <p>{locale.t_args("projection-undecided", &[("count", projection.undecided.into())])}</p>
                    })}
                    <p class="notice">{t("projection-disclaimer")}</p>
                    <p class="hint">{locale.t_args("projection-rules", &[("threshold", threshold.into())])}</p>
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
            }
            .into_any()
        }}
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
    }
    .into_any();
    let tail = view! {
        <ReviewFilters slug=cycle.id.clone() filter=filter.clone() regions owners pipeline />
        <p class="count" role="status">
            {locale.t_args("review-showing", &[("shown", shown_count.into()), ("total", total.into())])}
            {(!filter.is_empty()).then(|| view! {
                " " <a href=format!("/reviews/{}", cycle.id) rel="external">{t("standard-filter-clear")}</a>
            })}
        </p>
        <section aria-labelledby="map-heading" class="map-section">
            <h2 id="map-heading">{t("map-heading")}</h2>
            <figure class="map-figure">
                <WorldMap markup=svg skip_to="#review-table-heading" />
                <figcaption>
                    <p>{locale.t_args("review-map-description", &[("cycle", cycle.year().into())])}</p>
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
            // Hydrated, a pipeline move is sent in the background and the table replaced.
            <LiveRegion id="review-table".to_string()>
            <p class="notice" role="status" hidden=move || !moved()>{t("pipeline-moved")}</p>
            <FormProblems error=move_error label=crate::reviews::pipeline::label_key value=pipeline_value />
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
                            {pipeline.then(|| view! {
                                <th scope="col">{t("column-stage")}</th>
                                <th scope="col">{t("column-owner")}</th>
                                <th scope="col">{t("column-letters")}</th>
                                <th scope="col"><span class="visually-hidden">{t("pipeline-move-heading")}</span></th>
                            })}
                            {coordinator.then(|| view! { <th scope="col"><span class="visually-hidden">{t("edit-position-link")}</span></th> })}
                        </tr>
                    </thead>
                    <tbody>{table}</tbody>
                </table>
            </div>
            </LiveRegion>
        </section>
    }
    .into_any();
    view! { {head} {tail} }
}

/// A body's pipeline cells in the review table: stage, owner, letters, and the one-click
/// move to the next stage (a plain form; hydrated, the page stays where it is: the
/// table is a live region).
#[component]
fn PipelineCells(
    cycle: String,
    alpha2: String,
    country: String,
    advocacy: Advocacy,
    moves: ServerAction<SavePipeline>,
    here: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let locale = use_locale();
    let next = next_stage(&advocacy.stage).map(|next| {
        let label = locale
            .t_args("pipeline-move-to", &[("country", country.clone().into()), ("stage", stage_label(next).into())]);
        view! {
            <ActionForm action=moves attr:class="pipeline-move">
                <input type="hidden" name="cycle" value=cycle.clone() />
                <input type="hidden" name="alpha2" value=alpha2.clone() />
                <input type="hidden" name="version" value=advocacy.version.to_string() />
                <input type="hidden" name="stage" value=next />
                <input type="hidden" name="owner" value=advocacy.owner_id.clone().unwrap_or_default() />
                <input type="hidden" name="return_to" value=here />
                <button type="submit" class="secondary" id=format!("move-{alpha2}") aria-label=label>{"→ "}{stage_label(next)}</button>
            </ActionForm>
        }
    });
    view! {
        <td class=format!("stage stage-{}", advocacy.stage)>{stage_label(&advocacy.stage)}</td>
        <td>{advocacy.owner.unwrap_or_else(|| t("owner-nobody"))}</td>
        <td>{format_integer(locale, usize::try_from(advocacy.letters).unwrap_or_default())}</td>
        <td>{next}</td>
    }
}

/// The review page's filters: a plain GET form, so they work and can be shared without
/// JavaScript. The pipeline's (stage, owner) only for coordinators.
#[component]
fn ReviewFilters(
    slug: String,
    filter: ReviewFilter,
    regions: Vec<crate::directory::RegionOption>,
    owners: Vec<Coordinator>,
    pipeline: bool,
) -> impl IntoView {
    let locale = use_locale();
    let positions = std::iter::once(option("", t("review-filter-position-all"), &filter.position))
        .chain(Position::ALL.into_iter().map(|p| option(p.slug(), position_label(p), &filter.position)))
        .collect_view();
    let voters = std::iter::once(option("", t("review-filter-voter-all"), &filter.voter))
        .chain(
            [Voter::Obliged, Voter::Optional, Voter::NonVoting]
                .into_iter()
                .map(|v| option(v.slug(), locale.t(&format!("voter-{}", v.slug())), &filter.voter)),
        )
        .collect_view();
    let categories = std::iter::once(option("", t("filter-category-all"), &filter.category))
        .chain(
            crate::directory::Category::ALL
                .into_iter()
                .map(|c| option(c.slug(), locale.t(c.label_key()), &filter.category)),
        )
        .collect_view();
    let regions = std::iter::once(option("", t("filter-region-all"), &filter.region))
        .chain(regions.into_iter().map(|r| option(&r.code, r.name, &filter.region)))
        .collect_view();
    let pipeline_filters = pipeline.then(|| {
        let stages = std::iter::once(option("", t("review-filter-stage-all"), &filter.stage))
            .chain(STAGES.into_iter().map(|stage| option(stage, stage_label(stage), &filter.stage)))
            .collect_view();
        let owners = [("", t("review-filter-owner-all")), ("me", t("owner-me")), ("nobody", t("owner-nobody"))]
            .into_iter()
            .map(|(value, label)| option(value, label, &filter.owner))
            .chain(owners.into_iter().map(|c| option(&c.id, c.email, &filter.owner)))
            .collect_view();
        view! {
            <div class="filter">
                <label for="filter-stage">{t("review-filter-stage")}</label>
                <select id="filter-stage" name="stage">{stages}</select>
            </div>
            <div class="filter">
                <label for="filter-owner">{t("review-filter-owner")}</label>
                <select id="filter-owner" name="owner">{owners}</select>
            </div>
        }
    });
    view! {
        <form class="filters" method="get" action=format!("/reviews/{slug}")>
            <div class="filter">
                <label for="filter-position">{t("review-filter-position")}</label>
                <select id="filter-position" name="position">{positions}</select>
            </div>
            <div class="filter">
                <label for="filter-voter">{t("review-filter-voter")}</label>
                <select id="filter-voter" name="voter">{voters}</select>
            </div>
            <div class="filter">
                <label for="filter-category">{t("filter-category")}</label>
                <select id="filter-category" name="category">{categories}</select>
            </div>
            <div class="filter">
                <label for="filter-region">{t("filter-region")}</label>
                <select id="filter-region" name="region">{regions}</select>
            </div>
            {pipeline_filters}
            <button type="submit">{t("filter-apply")}</button>
        </form>
    }
}

/// `/reviews/:slug/positions/edit?nsb=FR` (coordinators): the body's positions in the
/// review and a form that adds one.
#[component]
pub fn PositionEditPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let key = move || (params.read().get("slug").unwrap_or_default(), query.read().get("nsb").unwrap_or_default());
    let form = Resource::new(key, move |(cycle, nsb)| fetch_position_form(cycle, nsb, locale.tag().to_string()));
    let saves = ServerAction::<SavePipeline>::new();
    let notes = ServerAction::<AddPipelineNote>::new();
    let pipeline = Resource::new(key, |(cycle, nsb)| fetch_pipeline_form(cycle, nsb));
    view! {
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(form) => view! { <PositionFormView form /> }.into_any(),
                    Err(error) => access_error(error),
                }
            })}
        </Suspense>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                pipeline.await.ok().map(|form| view! { <PipelineSection form saves notes /> })
            })}
        </Transition>
    }
}

/// A body's place in the advocacy pipeline of a review: stage and owner (one form), the
/// letters composed for it, and dated notes (another form), each working without
/// JavaScript.
#[component]
fn PipelineSection(
    form: PipelineForm,
    saves: ServerAction<SavePipeline>,
    notes: ServerAction<AddPipelineNote>,
) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let location = use_location();
    let here = move || return_path(&location.pathname.get(), &location.search.get());
    let saved = move || query.read().get("moved").is_some() || matches!(saves.value().get(), Some(Ok(())));
    let noted = move || query.read().get("noted").is_some() || matches!(notes.value().get(), Some(Ok(())));
    let save_error = Signal::derive(move || saves.value().get().and_then(Result::err));
    let note_error = Signal::derive(move || notes.value().get().and_then(Result::err));
    let note_problem = move |field: &'static str| move || problem_message(note_error.get(), field, locale);
    let PipelineForm { cycle_id, alpha2, advocacy, notes: list, coordinators, today } = form;
    let stages = STAGES
        .into_iter()
        .map(|stage| view! { <option value=stage selected=advocacy.stage == stage>{stage_label(stage)}</option> })
        .collect_view();
    let owner = advocacy.owner_id.clone().unwrap_or_default();
    let owners = coordinators
        .into_iter()
        .map(|c| view! { <option value=c.id.clone() selected=c.id == owner>{c.email}</option> })
        .collect_view();
    let empty = list.is_empty();
    let items = list
        .into_iter()
        .map(|note| {
            let by = locale.t_args(
                "pipeline-note-by",
                &[
                    ("date", format_partial_date(locale, &note.noted_on).into()),
                    ("who", note.author.unwrap_or_else(|| t("history-by-coordinator")).into()),
                ],
            );
            view! { <li><p class="note-text">{note.body}</p><small class="hint">{by}</small></li> }
        })
        .collect_view();
    let (body_problem, date_problem) = (note_problem("body"), note_problem("noted_on"));
    let (note_cycle, note_alpha2) = (cycle_id.clone(), alpha2.clone());
    view! {
        <section aria-labelledby="pipeline-heading" class="pipeline">
            <h2 id="pipeline-heading">{t("pipeline-heading")}</h2>
            <p>{t("pipeline-intro")}</p>
            <p class="letters-count">
                {locale.t_args("pipeline-letters", &[("count", advocacy.letters.into())])}
            </p>
            <p class="notice" role="status" hidden=move || !saved()>{t("pipeline-moved")}</p>
            <ActionForm action=saves attr:class="edit-form" attr:id="pipeline-form">
                <input type="hidden" name="cycle" value=cycle_id.clone() />
                <input type="hidden" name="alpha2" value=alpha2.clone() />
                <input type="hidden" name="version" value=advocacy.version.to_string() />
                <input type="hidden" name="return_to" value=here />
                <FormProblems error=save_error label=crate::reviews::pipeline::label_key value=pipeline_value />
                <div class="filter">
                    <label for="pipeline-stage">{t("field-pipeline-stage")}</label>
                    <select id="pipeline-stage" name="stage">{stages}</select>
                </div>
                <div class="filter">
                    <label for="pipeline-owner">{t("field-owner")}</label>
                    <select id="pipeline-owner" name="owner">
                        <option value="" selected=owner.is_empty()>{t("owner-nobody")}</option>
                        {owners}
                    </select>
                </div>
                <button type="submit">{t("pipeline-save")}</button>
            </ActionForm>
            <h3 id="notes-heading">{t("pipeline-notes-heading")}</h3>
            <p class="notice" role="status" hidden=move || !noted()>{t("pipeline-noted")}</p>
            <ActionForm action=notes attr:class="edit-form" attr:id="note-form" attr:aria-labelledby="notes-heading">
                <input type="hidden" name="cycle" value=note_cycle />
                <input type="hidden" name="alpha2" value=note_alpha2 />
                <div class="filter">
                    <label for="note-date">{t("field-noted-on")}</label>
                    <input id="note-date" type="text" name="noted_on" value=today maxlength="10" inputmode="numeric" aria-describedby="note-date-error" />
                    <small id="note-date-error" class="field-error" hidden=move || date_problem().is_none()>{date_problem}</small>
                </div>
                <div class="filter">
                    <label for="note-body">{t("field-note-text")}</label>
                    <textarea id="note-body" name="body" rows="3" maxlength="2000" required aria-describedby="note-body-error"></textarea>
                    <small id="note-body-error" class="field-error" hidden=move || body_problem().is_none()>{body_problem}</small>
                </div>
                <button type="submit">{t("pipeline-note-add")}</button>
            </ActionForm>
            {if empty {
                view! { <p class="hint">{t("pipeline-notes-empty")}</p> }.into_any()
            } else {
                view! { <ul class="history notes">{items}</ul> }.into_any()
            }}
        </section>
    }
}

/// A select of stored values with their labels; `blank` labels the empty choice.
fn choice_select(name: &'static str, options: Vec<(&'static str, String)>, blank: Option<String>) -> impl IntoView {
    let id = format!("position-{name}");
    view! {
        <select id=id name=name aria-describedby=format!("position-{name}-error")>
            {blank.map(|label| view! { <option value="">{label}</option> })}
            {options.into_iter().map(|(value, label)| view! { <option value=value>{label}</option> }).collect_view()}
        </select>
    }
}

#[component]
fn PositionFormView(form: PositionForm) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<RecordPosition>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let problem_for = move |field: &'static str| move || problem_message(error.get(), field, locale);
    let general = move || match error.get() {
        Some(AppError::Conflict(changes)) => {
            let now = changes.first().and_then(|c| c.now.clone()).and_then(|p| Position::from_slug(&p));
            Some(locale.t_args(
                "position-conflict",
                &[("position", now.map_or_else(|| t("value-unknown"), position_label).into())],
            ))
        }
        Some(AppError::Invalid(problems)) => Some(
            problems
                .iter()
                .find(|p| p.field.is_empty())
                .map_or_else(|| locale.t("error-invalid-fields"), |p| field_message(p, locale)),
        ),
        Some(error) => Some(error.message(locale)),
        None => None,
    };
    let positions = Position::ALL.into_iter().map(|p| (p.slug(), position_label(p))).collect();
    let kinds = POSITION_KINDS.into_iter().map(|k| (k, locale.t(&format!("kind-{k}")))).collect();
    let confidences = CONFIDENCES.into_iter().map(|c| (c, locale.t(&format!("confidence-{c}")))).collect();
    let field = move |name: &'static str, label: &'static str, input: AnyView| {
        let message = problem_for(name);
        view! {
            <div class="filter">
                <label for=format!("position-{name}")>{t(label)}</label>
                {input}
                <small id=format!("position-{name}-error") class="field-error" hidden=move || message().is_none()>{message}</small>
            </div>
        }
    };
    let empty = form.history.is_empty();
    view! {
        <Title text=page_title(locale, &form.heading) />
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=format!("/reviews/{}", form.cycle_id)>{t("nav-reviews")}</a>
        </nav>
        <h1>{form.heading.clone()}</h1>
        <p class="lead">{t("position-edit-intro")}</p>
        <ActionForm action attr:class="edit-form">
            <input type="hidden" name="cycle" value=form.cycle_id.clone() />
            <input type="hidden" name="alpha2" value=form.alpha2.clone() />
            <input type="hidden" name="latest_id" value=form.latest_id.clone() />
            <div class="form-error" role="alert" id="edit-error" hidden=move || general().is_none()>
                <p>{general}</p>
            </div>
            {field("position", "field-position", choice_select("position", positions, None).into_any())}
            {field("kind", "field-kind-position", choice_select("kind", kinds, None).into_any())}
            {field("confidence", "field-confidence-position", choice_select("confidence", confidences, Some(t("choice-unknown"))).into_any())}
            <ProvenanceInputs error />
            <button type="submit">{t("position-save")}</button>
        </ActionForm>
        <section aria-labelledby="position-history-heading">
            <h2 id="position-history-heading">{t("position-history-heading")}</h2>
            {if empty {
                view! { <p class="hint">{t("position-history-empty")}</p> }.into_any()
            } else {
                view! { <PositionHistory positions=form.history /> }.into_any()
            }}
        </section>
    }
}

/// Recorded positions, the latest first: date, position, kind and source.
#[component]
fn PositionHistory(positions: Vec<PositionRecord>) -> impl IntoView {
    let locale = use_locale();
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
    view! { <ul class="history">{items}</ul> }
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
    let title = locale
        .t_args("review-page-title", &[("cycle", cycle.year().into()), ("reference", cycle.reference.clone().into())]);
    let state = cycle_state(&cycle, locale);
    view! {
        <h3><a href=format!("/reviews/{}", cycle.id)>{title}</a></h3>
        <p>{state}</p>
        <PositionHistory positions />
    }
}
