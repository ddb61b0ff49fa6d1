//! The pieces every coordinators' form shares: what refused a submission (each field's
//! translated problem, a stale form's conflicts), the source-and-date inputs every sourced
//! write carries, the audit trail as a list, and the page for an access error.

use leptos::prelude::*;

use crate::components::error_notice::ErrorNotice;
use crate::directory::edit::{EditField, FieldProblem, HistoryEntry};
use crate::error::AppError;
use crate::format::format_partial_date;
use crate::i18n::{Locale, t, use_locale};
use crate::pages::account::SignInNeeded;
use crate::pages::not_found::NotFoundPage;

/// The page for an error from a coordinators' resource.
pub(crate) fn access_error(error: AppError) -> AnyView {
    match error {
        AppError::Unauthorized => view! { <SignInNeeded /> }.into_any(),
        AppError::NotFound => view! { <NotFoundPage /> }.into_any(),
        error => view! { <ErrorNotice error /> }.into_any(),
    }
}

/// What `resource` loads, shown by `render` once it arrives; otherwise why it cannot be
/// shown: sign in, not found, or the error (a coordinator's page, a public list).
#[component]
pub fn Loaded<T, F, V>(resource: Resource<Result<T, AppError>>, render: F) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {{
                let render = render.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(value) => render(value).into_any(),
                        Err(error) => access_error(error),
                    }
                })
            }}
        </Suspense>
    }
}

/// The translated message for `field` in a refused submission, if it has one.
pub(crate) fn problem_message(error: Option<AppError>, field: &str, locale: Locale) -> Option<String> {
    match error {
        Some(AppError::Invalid(problems)) => {
            problems.iter().find(|p| p.field == field).map(|p| field_message(p, locale))
        }
        _ => None,
    }
}

pub(crate) fn field_message(problem: &FieldProblem, locale: Locale) -> String {
    locale.t_args(
        &problem.key,
        &[
            ("max", problem.max.unwrap_or_default().into()),
            ("line", problem.line.unwrap_or_default().into()),
            ("detail", problem.detail.clone().unwrap_or_default().into()),
        ],
    )
}

/// What refused a submission: the general message, and for a stale form the fields
/// someone else changed with their values now. `label` names a column's label key;
/// `value` reads a stored value (column, value) in the reader's language.
#[component]
pub fn FormProblems(
    error: Signal<Option<AppError>>,
    label: fn(&str) -> Option<&'static str>,
    #[prop(optional)] value: Option<fn(&str, String) -> String>,
) -> impl IntoView {
    let locale = use_locale();
    let general = move || match error.get() {
        Some(AppError::Invalid(problems)) => {
            let change = problems.iter().find(|p| p.field.is_empty()).map(|p| field_message(p, locale));
            Some(change.unwrap_or_else(|| locale.t("error-invalid-fields")))
        }
        Some(error) => Some(error.message(locale)),
        None => None,
    };
    let conflicts = move || {
        match error.get() {
        Some(AppError::Conflict(changes)) => changes
            .into_iter()
            .map(|change| {
                let name = label(&change.field).map_or(change.field.clone(), t);
                let value = match (change.now, value) {
                    (Some(now), Some(read)) => read(&change.field, now),
                    (Some(now), None) => now,
                    (None, _) => t("value-unknown"),
                };
                view! { <li>{locale.t_args("edit-conflict-field", &[("field", name.into()), ("value", value.into())])}</li> }
            })
            .collect_view()
            .into_any(),
        _ => ().into_any(),
    }
    };
    view! {
        <div class="form-error" role="alert" id="edit-error" hidden=move || general().is_none()>
            <p>{general}</p>
            <ul>{conflicts}</ul>
        </div>
    }
}

/// The source and verification date every edit carries, with their problems.
#[component]
pub fn ProvenanceInputs(error: Signal<Option<AppError>>) -> impl IntoView {
    let locale = use_locale();
    let source_problem = move || problem_message(error.get(), "source", locale);
    let date_problem = move || problem_message(error.get(), "as_of", locale);
    view! {
        <fieldset>
            <legend>{t("edit-source")}</legend>
            <div class="filter">
                <label for="edit-source">{t("edit-source")}</label>
                <input id="edit-source" type="text" name="source" required maxlength="500" aria-describedby="edit-source-hint" />
                <small id="edit-source-hint" class="hint">{t("edit-source-hint")}</small>
                <small class="field-error" hidden=move || source_problem().is_none()>{source_problem}</small>
            </div>
            <div class="filter">
                <label for="edit-as-of">{t("edit-as-of")}</label>
                <input
                    id="edit-as-of"
                    type="text"
                    name="as_of"
                    required
                    placeholder="YYYY-MM-DD"
                    pattern="[0-9]{4}-[0-9]{2}(-[0-9]{2})?"
                    inputmode="numeric"
                    maxlength="10"
                />
                <small class="field-error" hidden=move || date_problem().is_none()>{date_problem}</small>
            </div>
        </fieldset>
    }
}

/// The page that shows a record of the audit trail.
pub fn record_link(entity: &str, key: &str) -> String {
    let first = key.split(':').next().unwrap_or_default();
    let last = key.rsplit(':').next().unwrap_or_default();
    match entity {
        "standard" | "adoption" | "translation" => format!("/standards/{first}"),
        "committee_member" => format!("/nsbs/{last}"),
        "review_cycle" | "review_position" | "advocacy" => format!("/reviews/{first}"),
        _ => format!("/nsbs/{key}"),
    }
}

/// One audit entry's change as a sentence in `locale`: "Status: in progress → adopted",
/// stored choices read as their labels, a blank as *unknown*; a pipeline note as itself.
pub fn describe_change(locale: Locale, entry: &HistoryEntry) -> String {
    let unknown = locale.t("value-unknown");
    let pipeline = entry.entity == "advocacy";
    let field = pipeline
        .then(|| crate::reviews::pipeline::label_key(&entry.field))
        .flatten()
        .or_else(|| EditField::from_column(&entry.field).map(EditField::label_key))
        .or_else(|| crate::standards::edit::label_key(&entry.field))
        .or_else(|| (entry.field == "position").then_some("field-position"))
        .map_or(entry.field.clone(), |key| locale.t(key));
    let value = |value: &Option<String>| match value.as_deref() {
        None => unknown.clone(),
        Some(stage) if pipeline && entry.field == "stage" => locale.t(&format!("stage-{stage}")),
        Some(position) if entry.field == "position" => locale.t(&format!("position-{position}")),
        Some(value) => value.to_string(),
    };
    if pipeline && entry.field == "note" {
        locale.t_args("history-note", &[("field", field.into()), ("note", value(&entry.after).into())])
    } else {
        locale.t_args(
            "history-entry",
            &[("field", field.into()), ("before", value(&entry.before).into()), ("after", value(&entry.after).into())],
        )
    }
}

/// Audit entries as a list: date, who, field, before → after, source.
#[component]
pub fn HistoryList(entries: Vec<HistoryEntry>, #[prop(optional)] with_body: bool) -> impl IntoView {
    let locale = use_locale();
    if entries.is_empty() {
        return view! { <p class="hint">{t("history-empty")}</p> }.into_any();
    }
    let items = entries
        .into_iter()
        .map(|entry| {
            let change = describe_change(locale, &entry);
            let date = format_partial_date(locale, entry.at.get(..10).unwrap_or_default());
            let who = entry.who.clone().unwrap_or_else(|| t("history-by-coordinator"));
            // Pipeline moves are the coordinators' own record: they cite no source.
            let source = (!entry.source.is_empty()).then(|| {
                let line = locale.t_args(
                    "history-source",
                    &[
                        ("source", entry.source.clone().into()),
                        (
                            "date",
                            entry.as_of.as_deref().map(|d| format_partial_date(locale, d)).unwrap_or_default().into(),
                        ),
                    ],
                );
                view! { " · " {line} }
            });
            let href = record_link(&entry.entity, &entry.alpha2);
            view! {
                <li class="history-entry">
                    {with_body.then(|| view! { <a href=href>{entry.alpha2.clone()}</a> " · " })}
                    <span class="history-change">{change}</span>
                    <br />
                    <small class="hint">
                        {locale.t_args("history-by", &[("date", date.into()), ("who", who.into())])} {source}
                    </small>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="history">{items}</ul> }.into_any()
}

/// The form's own problem (not a field's), or the error's message: the line above a
/// public form.
pub(crate) fn general_message(error: Option<AppError>, locale: Locale) -> Option<String> {
    match error {
        Some(AppError::Invalid(problems)) => {
            problems.iter().find(|p| p.field.is_empty()).map(|p| field_message(p, locale))
        }
        Some(error) => Some(error.message(locale)),
        None => None,
    }
}

/// A field people never see and bots fill: a public form's server function thanks a
/// filled one and stores nothing. `id` prefixes the input's id (`sign` → `sign-website`).
#[component]
pub fn Honeypot(id: &'static str) -> impl IntoView {
    let input = format!("{id}-website");
    view! {
        <div class="visually-hidden" aria-hidden="true">
            <label for=input.clone()>"Website"</label>
            <input id=input type="text" name="website" tabindex="-1" autocomplete="off" />
        </div>
    }
}
