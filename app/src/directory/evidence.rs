//! What ISO's committee data says about a body's category: a P-member of any committee
//! is a member body (correspondent members may only observe, subscribers take no part).
//! Where the recorded category says otherwise, the body's page says so with the evidence,
//! and a coordinator can record the category with that evidence as its source.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use super::Category;
use crate::error::AppError;

/// The committees listing a body as P-member, when its recorded category is not
/// *member body*.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryEvidence {
    pub alpha2: String,
    pub recorded: Option<Category>,
    /// How many committees list it as P-member.
    pub p_committees: usize,
    /// A few of them: (committee id, reference).
    pub examples: Vec<(String, String)>,
    /// The membership records' source and date.
    pub source: String,
    pub as_of: Option<String>,
    /// The body record's version, for the coordinator's form.
    pub version: i64,
}

impl CategoryEvidence {
    /// The source a recorded category cites.
    pub fn category_source(&self) -> String {
        format!(
            "{}: P-member of {} committees (derived: only member bodies can be P-members)",
            self.source, self.p_committees
        )
    }
}

/// `None` when the records agree (or no committee lists the body as P-member).
#[server(input = GetUrl, prefix = "/api", endpoint = "category_evidence")]
pub async fn fetch_category_evidence(code: String) -> Result<Option<CategoryEvidence>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    super::ssr::evidence::evidence(&state.pool, &code).await
}

/// Records *member body* with the membership evidence as its source (coordinators).
#[server(prefix = "/api", endpoint = "confirm_member_body")]
pub async fn confirm_member_body(code: String, version: i64) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let saved = super::ssr::evidence::confirm(&state.pool, &user, &code, version).await;
    if saved.is_ok() && crate::error::plain_form_request() {
        crate::security::redirect(&format!("/nsbs/{}?saved=1", code.trim().to_ascii_uppercase()));
    }
    crate::error::with_status(saved)
}
