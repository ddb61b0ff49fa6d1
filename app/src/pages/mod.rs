//! One module per route.

pub mod account;
pub mod admin;
pub mod body;
pub mod category_evidence;
pub mod coordinate;
pub mod developers;
pub mod directory;
pub mod edit;
pub mod home;
pub mod import;
pub mod import_iso;
pub mod letters;
pub mod mail;
pub mod not_found;
pub mod open_letter_edit;
pub mod open_letters;
pub mod outreach;
pub mod record_edit;
pub mod reviews;
pub mod signatures;
pub mod standard_facts;
pub mod standards;
pub mod standards_list;
pub mod translations;
pub mod unmatched;

use leptos::prelude::*;

use crate::i18n::Locale;

/// The site's public address (see `AppState::public_origin`), for links people copy and
/// share; empty outside the server.
/// The share pictures' size (`app::share`, server only), for the pages' `og:image` tags.
pub const SHARE_WIDTH: &str = "1200";
pub const SHARE_HEIGHT: &str = "630";

pub fn public_origin() -> String {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<crate::state::AppState>()
            .map(|s| s.public_origin.to_string())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}

/// "<page> · Quorum", in the page's language.
pub fn page_title(locale: Locale, page: &str) -> String {
    locale.t_args("page-title", &[("page", page.to_string().into())])
}

/// One choice of a filter form's `<select>`, selected when it is the URL's value.
pub fn filter_option(value: &str, label: String, chosen: &str) -> impl IntoView + use<> {
    view! { <option value=value.to_string() selected=value == chosen>{label}</option> }
}
