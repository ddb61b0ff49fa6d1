//! Coordinators edit standards, adoptions, language versions and committee memberships.
//! One description per kind of record (`RecordKind::fields`) drives the form, the
//! validation and the audit trail, so the four forms behave alike: every save names its
//! source and date, refuses a stale form (the record's `version`), and is audited.

// Each save takes one argument per form field, so that `<ActionForm>` posts a plain form.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::records::HistoryEntry;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RecordKind {
    Standard,
    Adoption,
    Translation,
    Membership,
    /// A review cycle (`iso-20400-2027`), keyed by its standard and year.
    Cycle,
}

/// How a field is entered and checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Text {
        max: usize,
        required: bool,
    },
    LongText {
        max: usize,
    },
    /// (stored value, label key); `blank` labels the empty choice, `None` = required.
    Choice {
        options: &'static [(&'static str, &'static str)],
        blank: Option<&'static str>,
    },
    /// `2017`, `2017-04` or `2017-04-19`, not in the future.
    PartialDate,
    /// A BCP 47 language tag CLDR names (`pt`, `zh-Hans`).
    Language,
    /// A full date `2027-06-30`, past or future (a ballot's planned closing date).
    Date,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    pub column: &'static str,
    pub label_key: &'static str,
    pub input: Input,
}

const fn text(column: &'static str, label_key: &'static str, max: usize) -> FieldSpec {
    FieldSpec { column, label_key, input: Input::Text { max, required: false } }
}

const fn date(column: &'static str, label_key: &'static str) -> FieldSpec {
    FieldSpec { column, label_key, input: Input::PartialDate }
}

const fn choice(
    column: &'static str,
    label_key: &'static str,
    options: &'static [(&'static str, &'static str)],
    blank: Option<&'static str>,
) -> FieldSpec {
    FieldSpec { column, label_key, input: Input::Choice { options, blank } }
}

const STANDARD_FIELDS: &[FieldSpec] = &[
    FieldSpec { column: "reference", label_key: "field-reference", input: Input::Text { max: 60, required: true } },
    text("committee", "field-committee", 200),
    date("published", "field-published"),
    text("edition", "field-edition", 20),
    text("stage", "field-stage", 10),
    date("last_confirmed", "field-last-confirmed"),
];

const ADOPTION_FIELDS: &[FieldSpec] = &[
    choice(
        "status",
        "field-status",
        &[
            ("adopted", "adoption-state-adopted"),
            ("in_progress", "adoption-state-in-progress"),
            ("not_adopted", "adoption-state-not-adopted"),
            ("unknown", "choice-unknown"),
        ],
        None,
    ),
    choice(
        "degree",
        "field-degree",
        &[("IDT", "degree-idt"), ("MOD", "degree-mod"), ("NEQ", "degree-neq")],
        Some("choice-unknown"),
    ),
    text("designation", "field-designation", 120),
    date("adopted_on", "field-adopted-on"),
    choice(
        "method",
        "field-method",
        &[
            ("endorsement", "method-endorsement"),
            ("cover-sheet", "method-cover-sheet"),
            ("reprint", "method-reprint"),
            ("translation", "method-translation"),
            ("redraft", "method-redraft"),
        ],
        Some("choice-unknown"),
    ),
    FieldSpec { column: "lang", label_key: "field-lang", input: Input::Language },
    choice("sells", "field-sells", &[("yes", "sells-yes"), ("no", "sells-no")], Some("choice-unknown")),
    choice(
        "confidence",
        "field-confidence",
        &[
            ("high", "confidence-high"),
            ("medium-high", "confidence-medium-high"),
            ("medium", "confidence-medium"),
            ("low", "confidence-low"),
        ],
        Some("choice-unknown"),
    ),
    FieldSpec { column: "note", label_key: "field-note", input: Input::LongText { max: 500 } },
];

const TRANSLATION_FIELDS: &[FieldSpec] = &[
    FieldSpec { column: "title", label_key: "field-title", input: Input::Text { max: 300, required: true } },
    choice(
        "status",
        "field-kind",
        &[
            ("official", "translation-kind-official"),
            ("national", "translation-kind-national"),
            ("draft", "translation-kind-draft"),
        ],
        None,
    ),
    text("publisher", "field-publisher", 120),
    date("year", "field-year"),
];

const MEMBERSHIP_FIELDS: &[FieldSpec] = &[choice(
    "membership",
    "field-membership",
    &[("P", "membership-p"), ("O", "membership-o")],
    Some("membership-none"),
)];

const CYCLE_FIELDS: &[FieldSpec] = &[
    FieldSpec { column: "opens_on", label_key: "field-opens-on", input: Input::Date },
    FieldSpec { column: "closes_on", label_key: "field-closes-on", input: Input::Date },
    choice(
        "status",
        "field-cycle-status",
        &[
            ("planned", "review-status-planned"),
            ("open", "review-status-open"),
            ("closed", "review-status-closed"),
            ("decided", "review-status-decided"),
        ],
        None,
    ),
    choice(
        "outcome",
        "field-outcome",
        &[
            ("confirmed", "review-outcome-confirmed"),
            ("revised", "review-outcome-revised"),
            ("withdrawn", "review-outcome-withdrawn"),
        ],
        Some("outcome-none"),
    ),
    text("stage", "field-stage", 10),
    date("decided_on", "field-decided-on"),
    FieldSpec { column: "notes", label_key: "field-cycle-notes", input: Input::LongText { max: 1000 } },
];

/// The columns of an adoption, in form order (the import's and templates' order too).
pub const ADOPTION_COLUMNS: [&str; 9] = columns(ADOPTION_FIELDS);

/// The columns of `fields`, as an array.
const fn columns<const N: usize>(fields: &[FieldSpec]) -> [&'static str; N] {
    assert!(fields.len() == N);
    let mut columns = [""; N];
    let mut i = 0;
    while i < N {
        columns[i] = fields[i].column;
        i += 1;
    }
    columns
}

impl RecordKind {
    pub const ALL: [RecordKind; 5] = [
        RecordKind::Standard,
        RecordKind::Adoption,
        RecordKind::Translation,
        RecordKind::Membership,
        RecordKind::Cycle,
    ];

    pub fn fields(self) -> &'static [FieldSpec] {
        match self {
            RecordKind::Standard => STANDARD_FIELDS,
            RecordKind::Adoption => ADOPTION_FIELDS,
            RecordKind::Translation => TRANSLATION_FIELDS,
            RecordKind::Membership => MEMBERSHIP_FIELDS,
            RecordKind::Cycle => CYCLE_FIELDS,
        }
    }

    /// `entity` in the audit trail.
    pub fn entity(self) -> &'static str {
        match self {
            RecordKind::Standard => "standard",
            RecordKind::Adoption => "adoption",
            RecordKind::Translation => "translation",
            RecordKind::Membership => "committee_member",
            RecordKind::Cycle => "review_cycle",
        }
    }
}

/// The label key of a column of any of these records, for history lists (a column two
/// kinds share, like `stage`, takes the first kind's label).
pub fn label_key(column: &str) -> Option<&'static str> {
    RecordKind::ALL.iter().flat_map(|k| k.fields()).find(|f| f.column == column).map(|f| f.label_key)
}

/// A record as its form starts from. `key` joins the record's keys with `:`
/// (`iso-20400:BR`); `version` is 0 when nothing is recorded yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditableRecord {
    pub kind: RecordKind,
    pub key: String,
    pub version: i64,
    /// The form's heading, in the reader's language.
    pub heading: String,
    /// Where "saved" and "cancel" lead.
    pub return_to: String,
    /// (column, value) in `kind.fields()` order.
    pub values: Vec<(String, Option<String>)>,
    pub history: Vec<HistoryEntry>,
}

#[server(input = GetUrl, prefix = "/api", endpoint = "editable_record")]
pub async fn fetch_editable_record(kind: RecordKind, key: String, lang: String) -> Result<EditableRecord, AppError> {
    let state = expect_context::<crate::state::AppState>();
    crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let locale = crate::i18n::Locale::best_for(&lang).unwrap_or_default();
    super::ssr::edit::editable(&state.pool, kind, &key, locale).await
}

#[cfg(feature = "ssr")]
async fn save(
    kind: RecordKind,
    key: String,
    version: i64,
    values: Vec<String>,
    source: String,
    as_of: String,
) -> Result<(), AppError> {
    let state = expect_context::<crate::state::AppState>();
    let user = crate::auth::ssr::require(crate::auth::Role::Coordinator).await?;
    let values = kind.fields().iter().map(|f| f.column).zip(values).collect();
    let edit = super::ssr::edit::RecordEdit { kind, key, version, values, source, as_of };
    let saved = super::ssr::edit::apply(&state.pool, &user, &edit).await;
    if let Ok(return_to) = &saved {
        crate::security::redirect(&format!("{return_to}?saved=1"));
    }
    crate::error::with_status(saved.map(|_| ()))
}

#[server(prefix = "/api", endpoint = "save_standard")]
pub async fn save_standard(
    key: String,
    version: i64,
    reference: String,
    committee: String,
    published: String,
    edition: String,
    stage: String,
    last_confirmed: String,
    source: String,
    as_of: String,
) -> Result<(), AppError> {
    let values = vec![reference, committee, published, edition, stage, last_confirmed];
    save(RecordKind::Standard, key, version, values, source, as_of).await
}

#[server(prefix = "/api", endpoint = "save_adoption")]
pub async fn save_adoption(
    key: String,
    version: i64,
    status: String,
    degree: String,
    designation: String,
    adopted_on: String,
    method: String,
    lang: String,
    sells: String,
    confidence: String,
    note: String,
    source: String,
    as_of: String,
) -> Result<(), AppError> {
    let values = vec![status, degree, designation, adopted_on, method, lang, sells, confidence, note];
    save(RecordKind::Adoption, key, version, values, source, as_of).await
}

#[server(prefix = "/api", endpoint = "save_translation")]
pub async fn save_translation(
    key: String,
    version: i64,
    title: String,
    status: String,
    publisher: String,
    year: String,
    source: String,
    as_of: String,
) -> Result<(), AppError> {
    save(RecordKind::Translation, key, version, vec![title, status, publisher, year], source, as_of).await
}

#[server(prefix = "/api", endpoint = "save_membership")]
pub async fn save_membership(
    key: String,
    version: i64,
    membership: String,
    source: String,
    as_of: String,
) -> Result<(), AppError> {
    save(RecordKind::Membership, key, version, vec![membership], source, as_of).await
}

#[server(prefix = "/api", endpoint = "save_cycle")]
pub async fn save_cycle(
    key: String,
    version: i64,
    opens_on: String,
    closes_on: String,
    status: String,
    outcome: String,
    stage: String,
    decided_on: String,
    notes: String,
    source: String,
    as_of: String,
) -> Result<(), AppError> {
    let values = vec![opens_on, closes_on, status, outcome, stage, decided_on, notes];
    save(RecordKind::Cycle, key, version, values, source, as_of).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_a_label_and_choices_are_stored_values() {
        for kind in RecordKind::ALL {
            for field in kind.fields() {
                assert_eq!(label_key(field.column).map(|k| !k.is_empty()), Some(true));
            }
        }
        let degrees: Vec<&str> = match ADOPTION_FIELDS[1].input {
            Input::Choice { options, .. } => options.iter().map(|(v, _)| *v).collect(),
            _ => Vec::new(),
        };
        assert_eq!(degrees, ["IDT", "MOD", "NEQ"]);
    }
}
