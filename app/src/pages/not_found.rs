//! The 404 page, for unknown routes and unknown records: it talks about what was asked
//! for (a body, a standard, a review, an open letter) and links to its list.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;

use super::page_title;
use crate::i18n::{t, use_locale};

/// What an address that found nothing was asking for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Missing {
    /// An unknown route or a body's code.
    #[default]
    Page,
    Standard,
    Review,
    OpenLetter,
}

impl Missing {
    /// The explanation's Fluent key, the list to go back to and its label.
    fn parts(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Missing::Page => ("not-found-body", "/nsbs", "back-to-directory"),
            Missing::Standard => ("not-found-standard", "/standards", "nav-standards"),
            Missing::Review => ("not-found-review", "/reviews", "nav-reviews"),
            Missing::OpenLetter => ("not-found-open-letter", "/open-letters", "nav-open-letters"),
        }
    }
}

#[component]
pub fn NotFoundPage(#[prop(optional)] missing: Missing) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let locale = use_locale();
    let (body, list, label) = missing.parts();
    view! {
        <PageTitle text=page_title(locale, &locale.t("not-found-title")) />
        <section class="not-found">
            <h1>{t("not-found-title")}</h1>
            <p>{t(body)}</p>
            <ul class="actions">
                <li>
                    <a class="button" href=list>
                        {t(label)}
                    </a>
                </li>
                <li>
                    <a href="/">{t("nav-home")}</a>
                </li>
            </ul>
        </section>
    }
}
