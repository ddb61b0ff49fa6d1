//! One module per route.

pub mod account;
pub mod admin;
pub mod body;
pub mod coordinate;
pub mod developers;
pub mod directory;
pub mod edit;
pub mod home;
pub mod import;
pub mod letters;
pub mod not_found;
pub mod open_letter_edit;
pub mod open_letters;
pub mod record_edit;
pub mod reviews;
pub mod signatures;
pub mod standards;

use leptos::prelude::*;

use crate::i18n::Locale;

/// "<page> · Quorum", in the page's language.
pub fn page_title(locale: Locale, page: &str) -> String {
    locale.t_args("page-title", &[("page", page.to_string().into())])
}

/// One choice of a filter form's `<select>`, selected when it is the URL's value.
pub fn filter_option(value: &str, label: String, chosen: &str) -> impl IntoView + use<> {
    view! { <option value=value.to_string() selected=value == chosen>{label}</option> }
}
