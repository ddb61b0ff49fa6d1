//! Coordinators' forms for standards, adoptions, language versions and committee
//! memberships and review cycles (`/standards/:slug/edit`, `/standards/:slug/adoptions/edit?nsb=BR`,
//! `/standards/:slug/translations/edit?lang=pt`, `/committees/:id/members/edit?nsb=BR`,
//! `/standards/:slug/reviews/edit?year=2027`). One form for all five, drawn from the record's field list; it works without
//! JavaScript, and shows refused values and stale-form conflicts next to the fields.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::page_title;
use crate::components::form::{FormProblems, HistoryList, Loaded, ProvenanceInputs, problem_message};
use crate::error::AppError;
use crate::i18n::{t, use_locale};
use crate::standards::edit::{
    EditableRecord, FieldSpec, Input, RecordKind, SaveAdoption, SaveCycle, SaveMembership, SaveStandard,
    SaveTranslation, fetch_editable_record, label_key,
};

fn edit_page(kind: RecordKind, param: &'static str, query_key: Option<&'static str>) -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        let first = params.read().get(param).unwrap_or_default();
        match query_key {
            Some(name) => format!("{first}:{}", query.read().get(name).unwrap_or_default()),
            None => first,
        }
    };
    let record = Resource::new(key, move |key| fetch_editable_record(kind, key, locale.tag().to_string()));
    view! {
        <Loaded resource=record render=|record| view! { <RecordForm record /> } />
    }
}

#[component]
pub fn StandardEditPage() -> impl IntoView {
    edit_page(RecordKind::Standard, "slug", None)
}

#[component]
pub fn AdoptionEditPage() -> impl IntoView {
    edit_page(RecordKind::Adoption, "slug", Some("nsb"))
}

#[component]
pub fn TranslationEditPage() -> impl IntoView {
    edit_page(RecordKind::Translation, "slug", Some("lang"))
}

#[component]
pub fn MembershipEditPage() -> impl IntoView {
    edit_page(RecordKind::Membership, "id", Some("nsb"))
}

/// A review cycle: `?year=2027` opens a new one for the standard, or the one of that year.
#[component]
pub fn CycleEditPage() -> impl IntoView {
    edit_page(RecordKind::Cycle, "slug", Some("year"))
}

fn intro_key(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Standard => "standard-edit-intro",
        RecordKind::Adoption => "adoption-edit-intro",
        RecordKind::Translation => "translation-edit-intro",
        RecordKind::Membership => "membership-edit-intro",
        RecordKind::Cycle => "cycle-edit-intro",
    }
}

/// The form with the action of the record's kind; the fields are the same machinery.
#[component]
fn RecordForm(record: EditableRecord) -> impl IntoView {
    let locale = use_locale();
    let heading = record.heading.clone();
    let history = record.history.clone();
    macro_rules! form {
        ($action:ty) => {{
            let action = ServerAction::<$action>::new();
            let error = Signal::derive(move || action.value().get().and_then(Result::err));
            let fields = record.clone();
            view! { <ActionForm action attr:class="edit-form"><RecordFields record=fields error /></ActionForm> }
                .into_any()
        }};
    }
    let form = match record.kind {
        RecordKind::Standard => form!(SaveStandard),
        RecordKind::Adoption => form!(SaveAdoption),
        RecordKind::Translation => form!(SaveTranslation),
        RecordKind::Membership => form!(SaveMembership),
        RecordKind::Cycle => form!(SaveCycle),
    };
    view! {
        <PageTitle text=page_title(locale, &heading) />
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=record.return_to.clone()>{t("back-to-directory")}</a>
        </nav>
        <h1>{heading}</h1>
        <p class="lead">{t(intro_key(record.kind))}</p>
        {form}
        <section class="history" aria-labelledby="record-history-heading">
            <h2 id="record-history-heading">{t("record-history-heading")}</h2>
            <HistoryList entries=history />
        </section>
    }
}

fn input_for(field: &FieldSpec, value: String, error_id: String) -> AnyView {
    let id = format!("edit-{}", field.column);
    let name = field.column;
    match field.input {
        Input::Choice { options, blank } => {
            let blank = blank.map(|key| view! { <option value="" selected=value.is_empty()>{t(key)}</option> });
            let options = options
                .iter()
                .map(|(stored, key)| view! { <option value=*stored selected=value == *stored>{t(key)}</option> })
                .collect_view();
            view! { <select id=id name=name aria-describedby=error_id>{blank}{options}</select> }.into_any()
        }
        Input::LongText { max } => view! {
            <textarea id=id name=name rows="3" maxlength=max aria-describedby=error_id inner_html=crate::security::escape_text(&value)></textarea>
        }
        .into_any(),
        Input::Text { max, required } => view! {
            <input id=id type="text" name=name value=value maxlength=max required=required aria-describedby=error_id />
        }
        .into_any(),
        Input::PartialDate => view! {
            <input id=id type="text" name=name value=value maxlength="10" inputmode="numeric" placeholder="2017-04" aria-describedby=format!("{error_id} date-hint") />
        }
        .into_any(),
        Input::Date => view! {
            <input id=id type="text" name=name value=value maxlength="10" inputmode="numeric" placeholder="2027-06-30" aria-describedby=error_id />
        }
        .into_any(),
        Input::Language => view! {
            <input id=id type="text" name=name value=value maxlength="12" size="8" placeholder="pt" aria-describedby=error_id />
        }
        .into_any(),
    }
}

#[component]
fn RecordFields(record: EditableRecord, error: Signal<Option<AppError>>) -> impl IntoView {
    let locale = use_locale();
    let problem_for = move |field: &'static str| move || problem_message(error.get(), field, locale);
    let fields = record
        .kind
        .fields()
        .iter()
        .zip(record.values.clone())
        .map(|(field, (_, value))| {
            let error_id = format!("edit-{}-error", field.column);
            let message = problem_for(field.column);
            view! {
                <div class="filter">
                    <label for=format!("edit-{}", field.column)>{t(field.label_key)}</label>
                    {input_for(field, value.unwrap_or_default(), error_id.clone())}
                    <small id=error_id class="field-error" hidden=move || message().is_none()>{message}</small>
                </div>
            }
        })
        .collect_view();
    let has_date = record.kind.fields().iter().any(|f| f.input == Input::PartialDate);
    view! {
        <input type="hidden" name="key" value=record.key.clone() />
        <input type="hidden" name="version" value=record.version.to_string() />
        <FormProblems error label=label_key />
        {has_date.then(|| view! { <p class="hint" id="date-hint">{t("date-hint")}</p> })}
        {fields}
        <ProvenanceInputs error />
        <button type="submit">{t("record-save")}</button>
    }
}
