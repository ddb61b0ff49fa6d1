//! Home: what Quorum is, a country search, the next steps an advocate can take (write,
//! the next review and its closing date), then headline counts from the data.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;

use super::page_title;
use crate::components::error_notice::ErrorNotice;
use crate::directory::search::MAX_QUERY_CHARS;
use crate::directory::{Category, CategoryCounts, fetch_category_counts};
use crate::i18n::{t, use_locale};

#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    let counts = Resource::new(|| (), |_| fetch_category_counts());
    let reviews = Resource::new(|| (), |_| crate::reviews::list_reviews());
    view! {
        <PageTitle text=page_title(locale, &locale.t("home-title")) />
        <section class="hero">
            <h1>{t("home-heading")}</h1>
            <p class="lead">{t("home-intro")}</p>
            <form class="search-form" method="get" action="/nsbs" role="search">
                <label for="home-search">{t("search-label")}</label>
                <div class="search-row">
                    <input
                        id="home-search"
                        type="search"
                        name="q"
                        maxlength=MAX_QUERY_CHARS
                        placeholder=t("search-placeholder")
                        autocomplete="off"
                    />
                    <button type="submit">{t("search-button")}</button>
                </div>
            </form>
        </section>
        <section class="next-steps" aria-labelledby="next-steps-heading">
            <h2 id="next-steps-heading">{t("home-next-heading")}</h2>
            <ol>
                <li>{t("home-step-find")}</li>
                <li>
                    <a href="/letters/new" id="home-write">{t("home-step-write")}</a>
                    " " {t("home-step-write-note")}
                </li>
                <li id="home-next-review">
                    <Suspense fallback=|| ()>
                        {Suspend::new(async move {
                            let cycles = reviews.await.unwrap_or_default();
                            view! { <NextReview cycles /> }
                        })}
                    </Suspense>
                </li>
            </ol>
        </section>
        <section class="stats" aria-labelledby="stats-heading">
            <h2 id="stats-heading">{t("home-stats-heading")}</h2>
            <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
                {Suspend::new(async move {
                    match counts.await {
                        Ok(counts) => view! { <CountList counts /> }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
            <p>
                <a class="button" href="/nsbs">
                    {t("home-browse-all")}
                </a>
            </p>
        </section>
    }
}

#[component]
fn CountList(counts: CategoryCounts) -> impl IntoView {
    let locale = use_locale();
    let count = move |key: &str, n: usize| locale.t_args(key, &[("count", n.into())]);
    let by_category = [
        (Category::MemberBody, counts.member_body),
        (Category::Correspondent, counts.correspondent),
        (Category::Subscriber, counts.subscriber),
    ];
    view! {
        <p class="stats-total">{count("home-stats-total", counts.total)}</p>
        <ul class="stat-cards">
            {by_category
                .into_iter()
                .map(|(category, n)| {
                    view! {
                        <li>
                            <a href=format!("/nsbs?category={}", category.slug())>
                                <strong class="stat-number">{n}</strong>
                                <span>{count(&format!("{}-count", category.label_key()), n)}</span>
                            </a>
                            <p class="stat-note">{locale.t(category.explanation_key())}</p>
                        </li>
                    }
                })
                .collect_view()}
            {(counts.unknown > 0)
                .then(|| {
                    view! {
                        <li>
                            <a href="/nsbs?category=unknown">
                                <strong class="stat-number">{counts.unknown}</strong>
                                <span>{count("category-unknown-count", counts.unknown)}</span>
                            </a>
                            <p class="stat-note">{t("category-unknown-note")}</p>
                        </li>
                    }
                })}
        </ul>
    }
}

/// The review an advocate can still act on first: the open or planned cycle closing
/// soonest (one with no recorded closing date comes after the dated ones). Only what is
/// recorded: no date is guessed.
pub fn next_review(cycles: &[crate::reviews::Cycle], today: &str) -> Option<crate::reviews::Cycle> {
    cycles
        .iter()
        .filter(|c| matches!(c.status.as_str(), "open" | "planned"))
        .filter(|c| c.closes_on.as_deref().is_none_or(|closes| closes >= today))
        .min_by(|a, b| match (&a.closes_on, &b.closes_on) {
            (Some(a), Some(b)) => a.cmp(b),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.id.cmp(&b.id),
        })
        .cloned()
}

#[component]
fn NextReview(cycles: Vec<crate::reviews::Cycle>) -> impl IntoView {
    let locale = use_locale();
    let today = chrono::Utc::now().date_naive().to_string();
    match next_review(&cycles, &today) {
        Some(cycle) => {
            let title = locale.t_args(
                "review-page-title",
                &[("cycle", cycle.year().into()), ("reference", cycle.reference.clone().into())],
            );
            let when = match &cycle.closes_on {
                Some(closes) => locale.t_args(
                    "home-review-closes",
                    &[("date", crate::format::format_partial_date(locale, closes).into())],
                ),
                None => locale.t("home-review-undated"),
            };
            view! {
                {t("home-step-review")} " "
                <a href=format!("/reviews/{}", cycle.id)>{title}</a>
                " " {when}
            }
            .into_any()
        }
        None => {
            view! { {t("home-step-no-review")} " " <a href="/reviews">{t("home-step-reviews-link")}</a> }.into_any()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reviews::Cycle;

    fn cycle(id: &str, status: &str, closes_on: Option<&str>) -> Cycle {
        Cycle {
            id: id.into(),
            standard_id: "iso-20400".into(),
            reference: "ISO 20400:2017".into(),
            opens_on: None,
            closes_on: closes_on.map(str::to_string),
            status: status.into(),
            outcome: None,
            stage: None,
            decided_on: None,
            notes: None,
            provenance: crate::directory::Provenance { source: "s".into(), as_of: None },
        }
    }

    #[test]
    fn the_next_review_is_the_open_or_planned_one_closing_first() {
        let cycles = [
            cycle("iso-20400-2022", "decided", Some("2022-12-01")),
            cycle("iso-1-2027", "planned", None),
            cycle("iso-2-2027", "open", Some("2027-06-30")),
            cycle("iso-3-2027", "planned", Some("2027-03-15")),
            cycle("iso-4-2026", "open", Some("2026-01-01")),
        ];
        assert_eq!(next_review(&cycles, "2026-12-04").map(|c| c.id).as_deref(), Some("iso-3-2027"));
        assert_eq!(next_review(&cycles[..2], "2026-12-04").map(|c| c.id).as_deref(), Some("iso-1-2027"));
        assert_eq!(next_review(&cycles[..1], "2026-12-04"), None, "a decided review is not next");
    }
}
