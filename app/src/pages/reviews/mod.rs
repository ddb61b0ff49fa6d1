//! `/reviews` (every review cycle) and the review pages: `review` (`/reviews/:slug`: the
//! cycle's status and countdown, where every body stands, the projected outcome with its
//! explanation, the bodies that can still change it, a map and a table, the pipeline for
//! coordinators) and `position` (`/reviews/:slug/positions/edit`: recording a body's
//! position, its pipeline stage and notes). Pages that work without JavaScript; a body's
//! page lists its own review history (`BodyReviews`).

mod position;
mod radar;
mod review;

pub use position::PositionEditPage;
use position::PositionHistory;
pub use radar::{BodyBallots, RadarPage};
pub use review::ReviewPage;

use leptos::prelude::*;

use crate::components::error_notice::ErrorNotice;
use crate::components::listing::{Listing, PageIntro};
use crate::format::format_partial_date;
use crate::i18n::{Locale, t, use_locale};
use crate::reviews::projection::{Outcome, Position};
use crate::reviews::{BodyReview, Cycle, fetch_body_reviews, list_reviews};

pub(super) fn position_label(position: Position) -> String {
    t(&format!("position-{}", position.slug()))
}

pub(super) fn stage_label(stage: &str) -> String {
    t(&format!("stage-{stage}"))
}

/// A pipeline value of a refused form, in the reader's language.
pub(super) fn pipeline_value(field: &str, value: String) -> String {
    if field == "stage" { stage_label(&value) } else { value }
}

/// The current page's path and query without the one-shot notices, for a form to come
/// back to.
pub(crate) fn return_path(path: &str, search: &str) -> String {
    let query: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            !pair.is_empty()
                && !["moved", "noted", "recorded", "saved", "reported"].contains(&key)
                && !key.starts_with("__")
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
pub(crate) fn cycle_state(cycle: &Cycle, locale: Locale) -> String {
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
    let user = crate::components::layout::signed_in_user();
    let standards = Resource::new(|| (), move |_| crate::standards::list_standards(locale.tag().to_string()));
    let item = move |cycle: crate::reviews::Cycle| {
        let state = cycle_state(&cycle, locale);
        let title = locale.t_args(
            "review-page-title",
            &[("cycle", cycle.year().into()), ("reference", cycle.reference.clone().into())],
        );
        view! {
            <li>
                <h2><a href=format!("/reviews/{}", cycle.id)>{title}</a></h2>
                <p>{state}</p>
            </li>
        }
    };
    view! {
        <PageIntro title="reviews-title" lead="reviews-intro" />
        <p><a class="button secondary" id="radar-link" href="/reviews/upcoming">{t("radar-link")}</a></p>
        <crate::components::feed_links::FeedLinks calendar="/reviews.ics" />
        <Listing items=cycles empty="reviews-empty" item />
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let coordinator = user.await.is_some();
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

/// A body's page: its recorded positions in every review, with their sources.
#[component]
pub fn BodyReviews(alpha2: String) -> impl IntoView {
    let code = alpha2.clone();
    let reviews = Resource::new(move || code.clone(), fetch_body_reviews);
    view! {
        <section class="body-reviews" aria-labelledby="reviews-heading">
            <h2 id="reviews-heading">{t("body-reviews-heading")}</h2>
            <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
                {Suspend::new(async move {
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
