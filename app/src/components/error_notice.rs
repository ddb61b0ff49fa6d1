//! A translated error message for a failed request; the cause stays in the server log.

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::{t, use_locale};

#[component]
pub fn ErrorNotice(error: AppError) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response
            .set_status(http::StatusCode::from_u16(error.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR));
    }
    let message = error.message(use_locale());
    view! {
        <div class="notice notice-error" role="alert">
            <p>{message}</p>
            <p>
                <a href="/nsbs">{t("back-to-directory")}</a>
            </p>
        </div>
    }
}
