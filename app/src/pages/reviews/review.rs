//! `/reviews/:slug`: one review cycle — status, outcome or projection, who can still
//! change it, tally, map, the table of positions and, for coordinators, the pipeline.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::{cycle_state, outcome_key, pipeline_value, position_label, return_path, stage_label};
use crate::components::error_notice::ErrorNotice;
use crate::components::field::SourceNote;
use crate::components::filters::{BodyFilters, FilterSelect};
use crate::components::form::FormProblems;
use crate::components::islands::LiveRegion;
use crate::components::world_map::WorldMap;
use crate::error::AppError;
use crate::format::{format_integer, format_partial_date};
use crate::i18n::{Locale, t, use_locale};
use crate::pages::not_found::{Missing, NotFoundPage};
use crate::pages::page_title;
use crate::reviews::pipeline::{Advocacy, Coordinator, STAGES, SavePipeline, next_stage};
use crate::reviews::projection::Voter;
use crate::reviews::projection::{Position, Reason};
use crate::reviews::{CycleOverview, ReviewFilter, fetch_review};

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
    let user = crate::components::layout::signed_in_user();
    view! {
        <Transition fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                let coordinator = user.await.is_some();
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
    // The map's layer: positions (default) or letters; one map per page either way.
    let letters_layer = query.read_untracked().get("layer").as_deref() == Some("letters");
    let svg = if letters_layer { String::new() } else { map_svg(&overview, locale) };
    let CycleOverview {
        cycle,
        standings,
        tally,
        usage,
        rules,
        projection,
        days_left,
        shown,
        regions,
        owners,
        every_member_body_obliged,
    } = overview;
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
        <PageTitle
            text=page_title(locale, &title)
            description=locale.t_args("meta-review", &[("reference", cycle.reference.clone().into())])
            image=format!("/share/reviews/{}.png", cycle.id)
        />
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
        <crate::components::feed_links::FeedLinks
            calendar=format!("/standards/{}/reviews.ics", cycle.standard_id)
            atom=format!("/standards/{}/changes.atom", cycle.standard_id)
        />
        <crate::pages::mail::AlertForm topic=crate::mail::alerts::Topic::Review key=cycle.id.clone() />
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
            {every_member_body_obliged.then(|| view! {
                <p class="notice" id="voters-rule">{t("review-voters-board")}</p>
            })}
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
        <crate::pages::outreach::CycleCountsSection cycle=cycle.id.clone() />
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
            <nav aria-label=t("outcome-map-layer")>
                <ul class="map-layers">
                    <li>{t("outcome-map-layer")}</li>
                    <li><a href=format!("/reviews/{}#map-heading", cycle.id) aria-current=(!letters_layer).then_some("true")>{t("outcome-map-positions")}</a></li>
                    <li><a href=format!("/reviews/{}?layer=letters#map-heading", cycle.id) aria-current=letters_layer.then_some("true")>{t("outcome-map-letters")}</a></li>
                </ul>
            </nav>
            {if letters_layer {
                let map = Resource::new({
                    let id = cycle.id.clone();
                    move || id.clone()
                }, move |id| crate::outreach::fetch_outreach_map(id, locale.tag().to_string()));
                view! {
                    <figure class="map-figure">
                        <Suspense fallback=|| ()>
                            {move || Suspend::new(async move {
                                let markup = map.await.unwrap_or_default();
                                view! { <WorldMap markup skip_to="#review-table-heading" /> }
                            })}
                        </Suspense>
                        <figcaption>
                            <p>{t("outcome-map-description")}</p>
                            <ul class="legend">
                                {(0..4).map(|n| view! {
                                    <li><span class=format!("swatch outreach-{n}") aria-hidden="true"></span>{t(&format!("outcome-map-bucket-{n}"))}</li>
                                }).collect_view()}
                                <li><span class="swatch no-body" aria-hidden="true"></span>{t("map-no-body")}</li>
                            </ul>
                        </figcaption>
                    </figure>
                }.into_any()
            } else {
                view! {
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
                }.into_any()
            }}
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
    let reports_href = format!("/reviews/{cycle}/positions/edit?nsb={alpha2}#reports");
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
        <td>
            {format_integer(locale, usize::try_from(advocacy.letters).unwrap_or_default())}
            {(advocacy.reports > 0).then(|| view! {
                " · "
                <a class="reports-waiting" href=reports_href.clone()>
                    {locale.t_args("outcome-reports-open", &[("count", advocacy.reports.into())])}
                </a>
            })}
        </td>
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
    let positions = Position::ALL.into_iter().map(|p| (p.slug().to_string(), position_label(p))).collect();
    let voters = [Voter::Obliged, Voter::Optional, Voter::NonVoting]
        .into_iter()
        .map(|v| (v.slug().to_string(), locale.t(&format!("voter-{}", v.slug()))))
        .collect();
    let (stage, owner) = (filter.stage, filter.owner);
    let trailing = move || {
        pipeline.then(|| {
            let stages = STAGES.into_iter().map(|s| (s.to_string(), stage_label(s))).collect();
            let owners = [("me", "owner-me"), ("nobody", "owner-nobody")]
                .into_iter()
                .map(|(value, label)| (value.to_string(), locale.t(label)))
                .chain(owners.iter().map(|c| (c.id.clone(), c.email.clone())))
                .collect();
            view! {
                <FilterSelect
                    name="stage"
                    label="review-filter-stage"
                    all="review-filter-stage-all"
                    choices=stages
                    chosen=stage.clone()
                />
                <FilterSelect
                    name="owner"
                    label="review-filter-owner"
                    all="review-filter-owner-all"
                    choices=owners
                    chosen=owner.clone()
                />
            }
        })
    };
    view! {
        <BodyFilters
            action=format!("/reviews/{slug}")
            category=filter.category
            region=filter.region
            regions
            trailing
        >
            <FilterSelect
                name="position"
                label="review-filter-position"
                all="review-filter-position-all"
                choices=positions
                chosen=filter.position
            />
            <FilterSelect
                name="voter"
                label="review-filter-voter"
                all="review-filter-voter-all"
                choices=voters
                chosen=filter.voter
            />
        </BodyFilters>
    }
}
