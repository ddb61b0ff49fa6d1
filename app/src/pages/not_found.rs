//! The 404 page, for unknown routes and unknown body codes.

use leptos::prelude::*;
use leptos_meta::Title;

use super::page_title;
use crate::i18n::{t, use_locale};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let locale = use_locale();
    view! {
        <Title text=page_title(locale, &locale.t("not-found-title")) />
        <section class="not-found">
            <h1>{t("not-found-title")}</h1>
            <p>{t("not-found-body")}</p>
            <ul class="actions">
                <li>
                    <a class="button" href="/nsbs">
                        {t("back-to-directory")}
                    </a>
                </li>
                <li>
                    <a href="/">{t("nav-home")}</a>
                </li>
            </ul>
        </section>
    }
}
