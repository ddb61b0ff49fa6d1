//! `/nsbs/:code/edit` (coordinators): the record's fields, the source and date of the new
//! values; and `/changes`, the recent-changes feed. Both forms work without JavaScript.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::page_title;
use crate::components::form::{
    FormProblems, HistoryList, Loaded, ProvenanceInputs, access_error, field_message, problem_message,
};
use crate::directory::Category;
use crate::directory::corrections::{
    AcceptCorrection, OpenCorrection, RejectCorrection, ReportCorrection, open_corrections,
};
use crate::directory::edit::{ChangesFilter, EditBody, EditField, EditableBody, fetch_editable_body, recent_changes};
use crate::error::AppError;
use crate::format::format_partial_date;
use crate::i18n::{t, use_locale};

#[component]
pub fn EditPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let code = move || params.read().get("code").unwrap_or_default();
    let body = Resource::new(code, move |code| fetch_editable_body(code, locale.tag().to_string()));
    view! {
        <Loaded resource=body render=|body| view! { <EditForm body /> } />
    }
}

#[component]
fn EditForm(body: EditableBody) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<EditBody>::new();
    let error = move || action.value().get().and_then(Result::err);
    let problem_for = move |field: &'static str| move || problem_message(error(), field, locale);
    let name = body
        .values
        .iter()
        .find(|(c, _)| c == "acronym")
        .and_then(|(_, v)| v.clone())
        .unwrap_or_else(|| body.country.clone());
    let title = locale.t_args("edit-title", &[("body", name.clone().into())]);
    let fields = EditField::ALL
        .into_iter()
        .zip(body.values.clone())
        .map(|(field, (_, value))| {
            let column = field.column();
            let id = format!("edit-{column}");
            let error_id = format!("{id}-error");
            let value = value.unwrap_or_default();
            let input = match field {
                EditField::Category => {
                    let current = Category::from_db(&value);
                    let options = Category::ALL
                        .into_iter()
                        .map(|c| {
                            view! { <option value=c.slug() selected=current == Some(c)>{t(c.label_key())}</option> }
                        })
                        .collect_view();
                    view! {
                        <select id=id.clone() name=column aria-describedby=error_id.clone()>
                            <option value="" selected=current.is_none()>{t("edit-category-unknown")}</option>
                            {options}
                        </select>
                    }
                    .into_any()
                }
                EditField::Address => view! {
                    <textarea
                        id=id.clone()
                        name=column
                        rows="3"
                        maxlength=field.max_chars()
                        aria-describedby=error_id.clone()
                        inner_html=crate::security::escape_text(&value)
                    ></textarea>
                }
                .into_any(),
                _ => view! {
                    <input
                        id=id.clone()
                        type="text"
                        name=column
                        value=value
                        maxlength=field.max_chars()
                        aria-describedby=error_id.clone()
                    />
                }
                .into_any(),
            };
            let message = problem_for(column);
            view! {
                <div class="filter">
                    <label for=id>{t(field.label_key())}</label>
                    {input}
                    <small id=error_id class="field-error" hidden=move || message().is_none()>{message}</small>
                </div>
            }
        })
        .collect_view();
    let error = Signal::derive(error);
    view! {
        <PageTitle text=page_title(locale, &title) />
        <h1>{locale.t_args("edit-heading", &[("body", name.into())])}</h1>
        <p class="lead">{t("edit-intro")}</p>
        <ActionForm action attr:class="edit-form">
            <input type="hidden" name="alpha2" value=body.alpha2.clone() />
            <input type="hidden" name="version" value=body.version.to_string() />
            <FormProblems error label=|column| EditField::from_column(column).map(EditField::label_key) />
            {fields}
            <ProvenanceInputs error />
            <button type="submit">{t("edit-save")}</button>
        </ActionForm>
    }
}

#[component]
pub fn ChangesPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let query = query.read();
        let param = |key: &str| query.get(key).unwrap_or_default();
        ChangesFilter { nsb: param("nsb"), field: param("field"), who: param("who") }
    });
    let changes = Resource::new(move || filter.get(), recent_changes);
    let initial = filter.get_untracked();
    let field_options = EditField::ALL
        .into_iter()
        .map(|f| view! { <option value=f.column() selected=initial.field == f.column()>{t(f.label_key())}</option> })
        .collect_view();
    view! {
        <PageTitle text=page_title(locale, &locale.t("changes-title")) />
        <h1>{t("changes-heading")}</h1>
        <crate::components::feed_links::FeedLinks atom="/changes.atom" />
        <form class="filters" method="get" action="/changes">
            <div class="filter">
                <label for="changes-nsb">{t("changes-filter-nsb")}</label>
                <input id="changes-nsb" name="nsb" value=initial.nsb.clone() maxlength="3" size="4" />
            </div>
            <div class="filter">
                <label for="changes-field">{t("changes-filter-field")}</label>
                <select id="changes-field" name="field">
                    <option value="">{t("changes-filter-any")}</option>
                    {field_options}
                </select>
            </div>
            <div class="filter">
                <label for="changes-who">{t("changes-filter-who")}</label>
                <input id="changes-who" name="who" type="email" value=initial.who.clone() maxlength="254" />
            </div>
            <button type="submit">{t("changes-apply")}</button>
        </form>
        <Transition fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                match changes.await {
                    Ok(entries) if entries.is_empty() => view! { <p class="hint">{t("changes-empty")}</p> }.into_any(),
                    Ok(entries) => view! { <HistoryList entries with_body=true /> }.into_any(),
                    Err(error) => access_error(error),
                }
            })}
        </Transition>
    }
}

/// The public's "report a correction" form on a body's page (a `<details>`, so it opens
/// without JavaScript).
#[component]
pub fn ReportCorrectionForm(alpha2: String) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<ReportCorrection>::new();
    let query = use_query_map();
    let reported = move || query.read().get("reported").is_some();
    let error = move || action.value().get().and_then(Result::err);
    let problem_for = move |field: &'static str| move || problem_message(error(), field, locale);
    let general = move || match error() {
        Some(AppError::Invalid(problems)) => {
            problems.iter().find(|p| p.field.is_empty()).map(|p| field_message(p, locale))
        }
        Some(error) => Some(error.message(locale)),
        None => None,
    };
    let open = move || error().is_some();
    let options = EditField::ALL
        .into_iter()
        .map(|f| view! { <option value=f.column()>{t(f.label_key())}</option> })
        .collect_view();
    let (value_problem, source_problem, email_problem) =
        (problem_for("value"), problem_for("source"), problem_for("email"));
    view! {
        <section id="report" class="report" aria-labelledby="report-heading">
            <p class="notice" role="status" hidden=move || !reported()>{t("report-thanks")}</p>
            <details open=open>
                <summary id="report-heading">{t("report-heading")}</summary>
                <p class="hint">{t("report-intro")}</p>
                <ActionForm action attr:class="report-form">
                    <input type="hidden" name="alpha2" value=alpha2 />
                    <p class="form-error" role="alert" hidden=move || general().is_none()>{general}</p>
                    <div class="filter">
                        <label for="report-field">{t("report-field")}</label>
                        <select id="report-field" name="field">{options}</select>
                    </div>
                    <div class="filter">
                        <label for="report-value">{t("report-value")}</label>
                        <textarea id="report-value" name="value" rows="2" maxlength="400"></textarea>
                        <small class="field-error" hidden=move || value_problem().is_none()>{value_problem}</small>
                    </div>
                    <div class="filter">
                        <label for="report-source">{t("report-source")}</label>
                        <input id="report-source" name="source" type="text" required maxlength="500" aria-describedby="report-source-hint" />
                        <small id="report-source-hint" class="hint">{t("report-source-hint")}</small>
                        <small class="field-error" hidden=move || source_problem().is_none()>{source_problem}</small>
                    </div>
                    <div class="filter">
                        <label for="report-email">{t("report-email")}</label>
                        <input id="report-email" name="email" type="email" maxlength="254" autocomplete="email" />
                        <small class="field-error" hidden=move || email_problem().is_none()>{email_problem}</small>
                    </div>
                    // A honeypot: hidden from people (and screen readers); bots fill it in.
                    <div class="honeypot" aria-hidden="true">
                        <label for="report-website">{t("field-website")}</label>
                        <input id="report-website" name="website" type="text" tabindex="-1" autocomplete="off" />
                    </div>
                    <button type="submit">{t("report-submit")}</button>
                </ActionForm>
            </details>
        </section>
    }
}

/// `/corrections`: the coordinators' queue of open reports.
#[component]
pub fn CorrectionsPage() -> impl IntoView {
    let locale = use_locale();
    let accept = ServerAction::<AcceptCorrection>::new();
    let reject = ServerAction::<RejectCorrection>::new();
    let list = Resource::new(|| (), move |_| open_corrections(locale.tag().to_string()));
    let query = use_query_map();
    let done = move || match query.read().get("done").as_deref() {
        Some("accepted") => Some(t("corrections-accepted")),
        Some("rejected") => Some(t("corrections-rejected")),
        _ => None,
    };
    let error = move || {
        let failed = accept.value().get().and_then(Result::err).or_else(|| reject.value().get().and_then(Result::err));
        failed.map(|error| match &error {
            AppError::Invalid(problems) => {
                problems.first().map_or_else(|| error.message(locale), |p| field_message(p, locale))
            }
            _ => error.message(locale),
        })
    };
    view! {
        <PageTitle text=page_title(locale, &locale.t("corrections-title")) />
        <h1>{t("corrections-heading")}</h1>
        <p class="notice" role="status" hidden=move || done().is_none()>{done}</p>
        <p class="form-error" role="alert" hidden=move || error().is_none()>{error}</p>
        <Transition fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                match list.await {
                    Ok(open) if open.is_empty() => view! { <p class="hint">{t("corrections-empty")}</p> }.into_any(),
                    Ok(open) => {
                        let count = locale.t_args("corrections-open-count", &[("count", open.len().into())]);
                        let items = open
                            .into_iter()
                            .map(|correction| view! { <CorrectionItem correction accept reject /> })
                            .collect_view();
                        view! {
                            <p>{count}</p>
                            <ul class="corrections">{items}</ul>
                        }
                        .into_any()
                    }
                    Err(error) => access_error(error),
                }
            })}
        </Transition>
    }
}

#[component]
fn CorrectionItem(
    correction: OpenCorrection,
    accept: ServerAction<AcceptCorrection>,
    reject: ServerAction<RejectCorrection>,
) -> impl IntoView {
    let locale = use_locale();
    let unknown = t("value-unknown");
    let field = EditField::from_column(&correction.field).map_or(correction.field.clone(), |f| t(f.label_key()));
    let date = format_partial_date(locale, correction.created_at.get(..10).unwrap_or_default());
    let reporter = match &correction.reporter_email {
        Some(email) => locale.t_args("corrections-reporter", &[("date", date.into()), ("email", email.clone().into())]),
        None => locale.t_args("corrections-reporter-anonymous", &[("date", date.into())]),
    };
    let proposed = correction.proposed.clone().unwrap_or_default();
    let id = correction.id.clone();
    let source = correction.source.clone();
    let body_href = format!("/nsbs/{}", correction.alpha2);
    let current = locale.t_args(
        "corrections-current",
        &[("value", correction.current.clone().unwrap_or_else(|| unknown.clone()).into())],
    );
    let proposed_line = locale.t_args(
        "corrections-proposed",
        &[("value", correction.proposed.clone().unwrap_or_else(|| unknown.clone()).into())],
    );
    let source_line = locale.t_args("corrections-source", &[("source", source.clone().into())]);
    let (item_id, reason_id, value_id, source_id) =
        (format!("correction-{id}"), format!("reason-{id}"), format!("value-{id}"), format!("source-{id}"));
    // `<ActionForm>` children are closures that own what they show: one copy each.
    let (accept_id, accept_value, accept_source) = (id.clone(), proposed.clone(), source.clone());
    let reject_id = id.clone();
    let accept_form = view! {
        <ActionForm action=accept>
            <input type="hidden" name="id" value=accept_id />
            <input type="hidden" name="value" value=accept_value />
            <input type="hidden" name="source" value=accept_source />
            <button type="submit" class="accept">{t("corrections-accept")}</button>
        </ActionForm>
    };
    let reject_form = view! {
        <ActionForm action=reject attr:class="reject-form">
            <input type="hidden" name="id" value=reject_id />
            <label for=reason_id.clone()>{t("corrections-reason")}</label>
            <input id=reason_id name="reason" type="text" required maxlength="500" />
            <button type="submit" class="reject">{t("corrections-reject")}</button>
        </ActionForm>
    };
    let edit_form = view! {
        <ActionForm action=accept attr:class="edit-accept-form">
            <input type="hidden" name="id" value=id />
            <div class="filter">
                <label for=value_id.clone()>{t("report-value")}</label>
                <textarea id=value_id name="value" rows="2" maxlength="400" inner_html=crate::security::escape_text(&proposed)></textarea>
            </div>
            <div class="filter">
                <label for=source_id.clone()>{t("report-source")}</label>
                <input id=source_id name="source" type="text" required maxlength="500" value=source />
            </div>
            <button type="submit">{t("corrections-accept")}</button>
        </ActionForm>
    };
    view! {
        <li class="correction" id=item_id>
            <h2>
                <a href=body_href>{correction.country.clone()}</a>
                " · "
                {field}
            </h2>
            <p>{current}</p>
            <p><strong>{proposed_line}</strong></p>
            <p>{source_line}</p>
            <p class="hint">{reporter}</p>
            <div class="correction-actions">{accept_form} {reject_form}</div>
            <details>
                <summary>{t("corrections-edit-accept")}</summary>
                {edit_form}
            </details>
        </li>
    }
}
