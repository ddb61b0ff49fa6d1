//! `/coordinate`: the coordinators' dashboard. Open and planned review cycles with the
//! days left, the projected outcome and the bodies per pipeline stage (each a link to the
//! filtered review table), the bodies the viewer owns, open correction reports and the
//! latest changes to any record.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;

use super::page_title;
use super::reviews::outcome_key;
use crate::components::form::{HistoryList, Loaded};
use crate::format::{format_integer, format_partial_date};
use crate::i18n::{t, use_locale};
use crate::reviews::pipeline::{CycleProgress, Dashboard, OwnedBody, fetch_dashboard};

#[component]
pub fn CoordinatePage() -> impl IntoView {
    let locale = use_locale();
    let dashboard = Resource::new(|| (), move |_| fetch_dashboard(locale.tag().to_string()));
    view! {
        <PageTitle text=page_title(locale, &locale.t("coordinate-title")) />
        <h1>{t("coordinate-title")}</h1>
        <Loaded resource=dashboard render=|dashboard| view! { <DashboardView dashboard /> } />
    }
}

#[component]
fn DashboardView(dashboard: Dashboard) -> impl IntoView {
    let locale = use_locale();
    let Dashboard { cycles, mine, corrections, signatures, changes } = dashboard;
    let no_cycles = cycles.is_empty();
    let no_bodies = mine.is_empty();
    view! {
        <section aria-labelledby="open-cycles-heading">
            <h2 id="open-cycles-heading">{t("coordinate-cycles-heading")}</h2>
            {if no_cycles {
                view! { <p class="hint">{t("coordinate-cycles-empty")} " " <a href="/reviews">{t("nav-reviews")}</a></p> }.into_any()
            } else {
                cycles.into_iter().map(|progress| view! { <CycleCard progress /> }).collect_view().into_any()
            }}
        </section>
        <section aria-labelledby="my-bodies-heading">
            <h2 id="my-bodies-heading">{t("coordinate-mine-heading")}</h2>
            {if no_bodies {
                view! { <p class="hint">{t("coordinate-mine-empty")}</p> }.into_any()
            } else {
                view! { <MyBodies bodies=mine /> }.into_any()
            }}
        </section>
        <section aria-labelledby="corrections-heading">
            <h2 id="corrections-heading">{t("coordinate-corrections-heading")}</h2>
            <p>
                {locale.t_args("coordinate-corrections", &[("count", corrections.into())])}
                " " <a href="/corrections">{t("coordinate-corrections-link")}</a>
            </p>
            <p id="signatures-waiting">
                {locale.t_args("coordinate-signatures", &[("count", signatures.into())])}
                " " <a href="/coordinate/signatures">{t("nav-signatures")}</a>
            </p>
        </section>
        <section aria-labelledby="changes-heading">
            <h2 id="changes-heading">{t("coordinate-changes-heading")}</h2>
            <HistoryList entries=changes with_body=true />
            <p><a href="/changes">{t("coordinate-changes-link")}</a></p>
        </section>
    }
}

#[component]
fn CycleCard(progress: CycleProgress) -> impl IntoView {
    let locale = use_locale();
    let CycleProgress { cycle, days_left, outcome, stages, mine } = progress;
    let href = format!("/reviews/{}", cycle.id);
    let when = match (days_left, &cycle.closes_on) {
        (Some(days), _) => locale.t_args("review-days-left", &[("days", days.into())]),
        (None, Some(closes)) => {
            locale.t_args("coordinate-closes", &[("date", format_partial_date(locale, closes).into())])
        }
        (None, None) => locale.t(&format!("review-status-{}", cycle.status)),
    };
    let stage_items = stages
        .into_iter()
        .map(|(stage, count)| {
            let link = format!("{href}?stage={stage}");
            view! {
                <li>
                    <a href=link>
                        <span class=format!("stage-count stage-{stage}")>{format_integer(locale, count as usize)}</span>
                        " " {t(&format!("stage-{stage}"))}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="cycle-card">
            <h3>
                <a href=href.clone()>
                    {locale.t_args("review-page-title", &[("cycle", cycle.year().into()), ("reference", cycle.reference.clone().into())])}
                </a>
            </h3>
            <p class="countdown">{when}</p>
            <p>{t("projection-heading")} ": " <strong>{t(outcome_key(outcome))}</strong></p>
            <ul class="stage-counts" aria-label=t("coordinate-stages-label")>{stage_items}</ul>
            <p><a href=format!("{href}?owner=me")>{locale.t_args("coordinate-mine-count", &[("count", mine.into())])}</a></p>
        </article>
    }
}

#[component]
fn MyBodies(bodies: Vec<OwnedBody>) -> impl IntoView {
    let locale = use_locale();
    let rows = bodies
        .into_iter()
        .map(|body| {
            let href = format!("/reviews/{}/positions/edit?nsb={}", body.cycle_id, body.alpha2);
            view! {
                <tr>
                    <th scope="row"><a href=href>{body.country}</a></th>
                    <td><a href=format!("/reviews/{}", body.cycle_id)>{body.cycle_id.clone()}</a></td>
                    <td>{t(&format!("stage-{}", body.stage))}</td>
                    <td>{t(&format!("position-{}", body.position.slug()))}</td>
                    <td>{format_integer(locale, usize::try_from(body.letters).unwrap_or_default())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="adoptions">
                <thead>
                    <tr>
                        <th scope="col">{t("column-country")}</th>
                        <th scope="col">{t("column-cycle")}</th>
                        <th scope="col">{t("column-stage")}</th>
                        <th scope="col">{t("column-position")}</th>
                        <th scope="col">{t("column-letters")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
