//! Home: what Quorum is, a country search, headline counts from the data.

use leptos::prelude::*;
use leptos_meta::Title;

use super::page_title;
use crate::components::error_notice::ErrorNotice;
use crate::directory::search::MAX_QUERY_CHARS;
use crate::directory::{Category, CategoryCounts, fetch_category_counts};
use crate::i18n::{t, use_locale};

#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    let counts = Resource::new(|| (), |_| fetch_category_counts());
    view! {
        <Title text=page_title(locale, &locale.t("home-title")) />
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
        <section class="stats" aria-labelledby="stats-heading">
            <h2 id="stats-heading">{t("home-stats-heading")}</h2>
            <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
                {move || Suspend::new(async move {
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
