//! ISO member ids that committees list but no body of the directory carries
//! (`/admin/unmatched-members`, admins): each with ISO's acronym and how many committees
//! list it as P- and O-member, and a form that creates the body with that id; its
//! memberships are recorded at once, with the committee file's source.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnmatchedMember {
    /// ISO's member id.
    pub member_id: String,
    pub acronym: Option<String>,
    /// Committees listing it as P-member and as O-member.
    pub p_committees: usize,
    pub o_committees: usize,
    /// A few of those committees' references.
    pub examples: Vec<String>,
    /// The committee file's source and date.
    pub source: String,
    pub as_of: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnmatchedPage {
    pub members: Vec<UnmatchedMember>,
    /// The countries without a body, (code, name in the reader's language), by name.
    pub countries: Vec<(String, String)>,
}

#[server(input = GetUrl, prefix = "/api", endpoint = "unmatched_members")]
pub async fn fetch_unmatched(lang: String) -> Result<UnmatchedPage, AppError> {
    let state = expect_context::<crate::state::AppState>();
    crate::auth::ssr::require(crate::auth::Role::Admin).await?;
    let locale = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    super::ssr::unmatched::page(&state.pool, locale).await
}

/// Creates the body of a country without one, carrying ISO's member id; the
/// memberships its committees list are recorded with it.
#[server(prefix = "/api", endpoint = "create_body_from_member")]
pub async fn create_body_from_member(
    member_id: String,
    alpha2: String,
    acronym: String,
    body_name_en: String,
    iso_category: String,
    source: String,
    as_of: String,
) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Admin).await?;
    let form = super::ssr::unmatched::NewBody { member_id, alpha2, acronym, body_name_en, iso_category, source, as_of };
    let created = super::ssr::unmatched::create(&state.pool, &user, &form).await;
    if let (Ok(code), true) = (&created, crate::error::plain_form_request()) {
        crate::security::redirect(&format!("/nsbs/{code}?saved=1"));
    }
    crate::error::with_status(created.map(|_| ()))
}
