//! One module per route.

pub mod account;
pub mod admin;
pub mod body;
pub mod directory;
pub mod edit;
pub mod home;
pub mod letters;
pub mod not_found;
pub mod record_edit;
pub mod reviews;
pub mod standards;

use crate::i18n::Locale;

/// "<page> · Quorum", in the page's language.
pub fn page_title(locale: Locale, page: &str) -> String {
    locale.t_args("page-title", &[("page", page.to_string().into())])
}
