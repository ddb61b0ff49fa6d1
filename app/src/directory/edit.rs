//! Coordinators edit a body's record. Every changed field takes the source and the date
//! it was verified, goes into the audit trail, and bumps the record's version so that a
//! second, stale edit is refused instead of overwriting the first.

// `edit_body` takes one argument per form field (so that `<ActionForm>` posts a plain
// HTML form); the client stub the `#[server]` macro generates has them all too.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// The fields a coordinator may edit (the country itself is the key and is not).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EditField {
    BodyNameEn,
    BodyNameNative,
    Acronym,
    Category,
    Website,
    Email,
    Phone,
    Fax,
    Address,
    IsoMemberId,
}

impl EditField {
    pub const ALL: [EditField; 10] = [
        EditField::BodyNameEn,
        EditField::BodyNameNative,
        EditField::Acronym,
        EditField::Category,
        EditField::Website,
        EditField::Email,
        EditField::Phone,
        EditField::Fax,
        EditField::Address,
        EditField::IsoMemberId,
    ];

    /// The column in `nsb` and the field name in `nsb_field_source`, forms and the audit
    /// trail.
    pub fn column(self) -> &'static str {
        match self {
            EditField::BodyNameEn => "body_name_en",
            EditField::BodyNameNative => "body_name_native",
            EditField::Acronym => "acronym",
            EditField::Category => "iso_category",
            EditField::Website => "website",
            EditField::Email => "email",
            EditField::Phone => "phone",
            EditField::Fax => "fax",
            EditField::Address => "address",
            EditField::IsoMemberId => "iso_member_id",
        }
    }

    pub fn from_column(column: &str) -> Option<EditField> {
        EditField::ALL.into_iter().find(|f| f.column() == column)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            EditField::BodyNameEn => "field-body-name-en",
            EditField::BodyNameNative => "field-body-name-native",
            EditField::Acronym => "field-acronym",
            EditField::Category => "field-category",
            EditField::Website => "field-website",
            EditField::Email => "field-email",
            EditField::Phone => "field-phone",
            EditField::Fax => "field-fax",
            EditField::Address => "field-address",
            EditField::IsoMemberId => "field-iso-member-id",
        }
    }

    pub fn max_chars(self) -> usize {
        match self {
            EditField::Acronym | EditField::IsoMemberId => 40,
            EditField::Phone | EditField::Fax => 80,
            EditField::Address => 400,
            _ => 200,
        }
    }
}

pub use crate::records::{ConflictingChange, FieldProblem, HistoryEntry};

/// A body's record as the edit form starts from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditableBody {
    pub alpha2: String,
    pub country: String,
    pub version: i64,
    /// (column, value) for every `EditField`, in `EditField::ALL` order.
    pub values: Vec<(String, Option<String>)>,
}

/// Filters of the recent-changes feed; empty means all.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangesFilter {
    pub nsb: String,
    pub field: String,
    pub who: String,
}

#[server(input = GetUrl, prefix = "/api", endpoint = "editable_body")]
pub async fn fetch_editable_body(code: String, lang: String) -> Result<EditableBody, AppError> {
    let state = expect_context::<crate::state::AppState>();
    crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let locale = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    crate::error::with_status(super::ssr::edit::editable(&state.pool, &code, locale).await)
}

/// Saves a coordinator's edit. Blank fields become unknown. Refused (and nothing saved)
/// when a value is invalid, when nothing changed, or when the record changed since
/// `version` was read.
#[server(prefix = "/api", endpoint = "edit_body")]
pub async fn edit_body(
    alpha2: String,
    version: i64,
    body_name_en: String,
    body_name_native: String,
    acronym: String,
    iso_category: String,
    website: String,
    email: String,
    phone: String,
    fax: String,
    address: String,
    iso_member_id: String,
    source: String,
    as_of: String,
) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let values =
        [body_name_en, body_name_native, acronym, iso_category, website, email, phone, fax, address, iso_member_id];
    let submitted: Vec<(EditField, String)> = EditField::ALL.into_iter().zip(values).collect();
    let edit = super::ssr::edit::Edit { alpha2, version, values: submitted, source, as_of };
    let saved = super::ssr::edit::apply(&state.pool, &user, &edit, None).await;
    let alpha2 = edit.alpha2.trim().to_ascii_uppercase();
    if saved.is_ok() {
        crate::security::redirect(&format!("/nsbs/{alpha2}?saved=1"));
    }
    crate::error::with_status(saved)
}

/// The record's history, newest first. Who made a change is shown to signed-in
/// coordinators only.
#[server(input = GetUrl, prefix = "/api", endpoint = "body_history")]
pub async fn body_history(code: String) -> Result<Vec<HistoryEntry>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    let viewer = crate::auth::ssr::request_user().await?;
    let filter = ChangesFilter { nsb: code, ..Default::default() };
    super::ssr::edit::history(&state.pool, &filter, viewer.is_some(), 200).await
}

/// Recent changes across the directory, for coordinators.
#[server(input = GetUrl, prefix = "/api", endpoint = "recent_changes")]
pub async fn recent_changes(filter: ChangesFilter) -> Result<Vec<HistoryEntry>, AppError> {
    let state = expect_context::<crate::state::AppState>();
    crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    super::ssr::edit::history(&state.pool, &filter, true, 500).await
}
