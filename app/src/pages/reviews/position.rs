//! `/reviews/:slug/positions/edit`: a body's position in a review (recorded, never
//! overwritten), its pipeline stage and owner, and the coordinators' notes.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::{pipeline_value, position_label, return_path, stage_label};
use crate::components::field::SourceNote;
use crate::components::form::{FormProblems, Loaded, ProvenanceInputs, field_message, problem_message};
use crate::error::AppError;
use crate::format::format_partial_date;
use crate::i18n::{t, use_locale};
use crate::pages::page_title;
use crate::reviews::edit::{CONFIDENCES, PositionForm, RecordPosition, fetch_position_form};
use crate::reviews::pipeline::{AddPipelineNote, PipelineForm, STAGES, SavePipeline, fetch_pipeline_form};
use crate::reviews::projection::Position;
use crate::reviews::{POSITION_KINDS, PositionRecord};

/// `/reviews/:slug/positions/edit?nsb=FR` (coordinators): the body's positions in the
/// review and a form that adds one.
#[component]
pub fn PositionEditPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let key = move || (params.read().get("slug").unwrap_or_default(), query.read().get("nsb").unwrap_or_default());
    let form = Resource::new(key, move |(cycle, nsb)| fetch_position_form(cycle, nsb, locale.tag().to_string()));
    let saves = ServerAction::<SavePipeline>::new();
    let notes = ServerAction::<AddPipelineNote>::new();
    let pipeline = Resource::new(key, |(cycle, nsb)| fetch_pipeline_form(cycle, nsb));
    view! {
        <Loaded resource=form render=|form| view! { <PositionFormView form /> } />
        <Transition fallback=|| ()>
            {Suspend::new(async move {
                pipeline.await.ok().map(|form| view! { <PipelineSection form saves notes /> })
            })}
        </Transition>
    }
}

/// A body's place in the advocacy pipeline of a review: stage and owner (one form), the
/// letters composed for it, and dated notes (another form), each working without
/// JavaScript.
#[component]
fn PipelineSection(
    form: PipelineForm,
    saves: ServerAction<SavePipeline>,
    notes: ServerAction<AddPipelineNote>,
) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let location = use_location();
    let here = move || return_path(&location.pathname.get(), &location.search.get());
    let saved = move || query.read().get("moved").is_some() || matches!(saves.value().get(), Some(Ok(())));
    let noted = move || query.read().get("noted").is_some() || matches!(notes.value().get(), Some(Ok(())));
    let save_error = Signal::derive(move || saves.value().get().and_then(Result::err));
    let note_error = Signal::derive(move || notes.value().get().and_then(Result::err));
    let note_problem = move |field: &'static str| move || problem_message(note_error.get(), field, locale);
    let PipelineForm { cycle_id, alpha2, advocacy, notes: list, coordinators, today } = form;
    let stages = STAGES
        .into_iter()
        .map(|stage| view! { <option value=stage selected=advocacy.stage == stage>{stage_label(stage)}</option> })
        .collect_view();
    let owner = advocacy.owner_id.clone().unwrap_or_default();
    let owners = coordinators
        .into_iter()
        .map(|c| view! { <option value=c.id.clone() selected=c.id == owner>{c.email}</option> })
        .collect_view();
    let empty = list.is_empty();
    let items = list
        .into_iter()
        .map(|note| {
            let by = locale.t_args(
                "pipeline-note-by",
                &[
                    ("date", format_partial_date(locale, &note.noted_on).into()),
                    ("who", note.author.unwrap_or_else(|| t("history-by-coordinator")).into()),
                ],
            );
            view! { <li><p class="note-text">{note.body}</p><small class="hint">{by}</small></li> }
        })
        .collect_view();
    let (body_problem, date_problem) = (note_problem("body"), note_problem("noted_on"));
    let (note_cycle, note_alpha2) = (cycle_id.clone(), alpha2.clone());
    view! {
        <section aria-labelledby="pipeline-heading" class="pipeline">
            <h2 id="pipeline-heading">{t("pipeline-heading")}</h2>
            <p>{t("pipeline-intro")}</p>
            <p class="letters-count">
                {locale.t_args("pipeline-letters", &[("count", advocacy.letters.into())])}
            </p>
            <p class="notice" role="status" hidden=move || !saved()>{t("pipeline-moved")}</p>
            <ActionForm action=saves attr:class="edit-form" attr:id="pipeline-form">
                <input type="hidden" name="cycle" value=cycle_id.clone() />
                <input type="hidden" name="alpha2" value=alpha2.clone() />
                <input type="hidden" name="version" value=advocacy.version.to_string() />
                <input type="hidden" name="return_to" value=here />
                <FormProblems error=save_error label=crate::reviews::pipeline::label_key value=pipeline_value />
                <div class="filter">
                    <label for="pipeline-stage">{t("field-pipeline-stage")}</label>
                    <select id="pipeline-stage" name="stage">{stages}</select>
                </div>
                <div class="filter">
                    <label for="pipeline-owner">{t("field-owner")}</label>
                    <select id="pipeline-owner" name="owner">
                        <option value="" selected=owner.is_empty()>{t("owner-nobody")}</option>
                        {owners}
                    </select>
                </div>
                <button type="submit">{t("pipeline-save")}</button>
            </ActionForm>
            <h3 id="notes-heading">{t("pipeline-notes-heading")}</h3>
            <p class="notice" role="status" hidden=move || !noted()>{t("pipeline-noted")}</p>
            <ActionForm action=notes attr:class="edit-form" attr:id="note-form" attr:aria-labelledby="notes-heading">
                <input type="hidden" name="cycle" value=note_cycle />
                <input type="hidden" name="alpha2" value=note_alpha2 />
                <div class="filter">
                    <label for="note-date">{t("field-noted-on")}</label>
                    <input id="note-date" type="text" name="noted_on" value=today maxlength="10" inputmode="numeric" aria-describedby="note-date-error" />
                    <small id="note-date-error" class="field-error" hidden=move || date_problem().is_none()>{date_problem}</small>
                </div>
                <div class="filter">
                    <label for="note-body">{t("field-note-text")}</label>
                    <textarea id="note-body" name="body" rows="3" maxlength="2000" required aria-describedby="note-body-error"></textarea>
                    <small id="note-body-error" class="field-error" hidden=move || body_problem().is_none()>{body_problem}</small>
                </div>
                <button type="submit">{t("pipeline-note-add")}</button>
            </ActionForm>
            {if empty {
                view! { <p class="hint">{t("pipeline-notes-empty")}</p> }.into_any()
            } else {
                view! { <ul class="history notes">{items}</ul> }.into_any()
            }}
        </section>
    }
}

/// A select of stored values with their labels; `blank` labels the empty choice.
fn choice_select(name: &'static str, options: Vec<(&'static str, String)>, blank: Option<String>) -> impl IntoView {
    let id = format!("position-{name}");
    view! {
        <select id=id name=name aria-describedby=format!("position-{name}-error")>
            {blank.map(|label| view! { <option value="">{label}</option> })}
            {options.into_iter().map(|(value, label)| view! { <option value=value>{label}</option> }).collect_view()}
        </select>
    }
}

#[component]
fn PositionFormView(form: PositionForm) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<RecordPosition>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let problem_for = move |field: &'static str| move || problem_message(error.get(), field, locale);
    let general = move || match error.get() {
        Some(AppError::Conflict(changes)) => {
            let now = changes.first().and_then(|c| c.now.clone()).and_then(|p| Position::from_slug(&p));
            Some(locale.t_args(
                "position-conflict",
                &[("position", now.map_or_else(|| t("value-unknown"), position_label).into())],
            ))
        }
        Some(AppError::Invalid(problems)) => Some(
            problems
                .iter()
                .find(|p| p.field.is_empty())
                .map_or_else(|| locale.t("error-invalid-fields"), |p| field_message(p, locale)),
        ),
        Some(error) => Some(error.message(locale)),
        None => None,
    };
    let positions = Position::ALL.into_iter().map(|p| (p.slug(), position_label(p))).collect();
    let kinds = POSITION_KINDS.into_iter().map(|k| (k, locale.t(&format!("kind-{k}")))).collect();
    let confidences = CONFIDENCES.into_iter().map(|c| (c, locale.t(&format!("confidence-{c}")))).collect();
    let field = move |name: &'static str, label: &'static str, input: AnyView| {
        let message = problem_for(name);
        view! {
            <div class="filter">
                <label for=format!("position-{name}")>{t(label)}</label>
                {input}
                <small id=format!("position-{name}-error") class="field-error" hidden=move || message().is_none()>{message}</small>
            </div>
        }
    };
    let empty = form.history.is_empty();
    let (report_cycle, report_alpha2, report_latest) =
        (form.cycle_id.clone(), form.alpha2.clone(), form.latest_id.clone());
    view! {
        <PageTitle text=page_title(locale, &form.heading) />
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=format!("/reviews/{}", form.cycle_id)>{t("nav-reviews")}</a>
        </nav>
        <h1>{form.heading.clone()}</h1>
        <p class="lead">{t("position-edit-intro")}</p>
        <ActionForm action attr:class="edit-form">
            <input type="hidden" name="cycle" value=form.cycle_id.clone() />
            <input type="hidden" name="alpha2" value=form.alpha2.clone() />
            <input type="hidden" name="latest_id" value=form.latest_id.clone() />
            <div class="form-error" role="alert" id="edit-error" hidden=move || general().is_none()>
                <p>{general}</p>
            </div>
            {field("position", "field-position", choice_select("position", positions, None).into_any())}
            {field("kind", "field-kind-position", choice_select("kind", kinds, None).into_any())}
            {field("confidence", "field-confidence-position", choice_select("confidence", confidences, Some(t("choice-unknown"))).into_any())}
            <ProvenanceInputs error />
            <button type="submit">{t("position-save")}</button>
        </ActionForm>
        <crate::pages::outreach::ReportsSection cycle=report_cycle alpha2=report_alpha2 latest_id=report_latest />
        <section aria-labelledby="position-history-heading">
            <h2 id="position-history-heading">{t("position-history-heading")}</h2>
            {if empty {
                view! { <p class="hint">{t("position-history-empty")}</p> }.into_any()
            } else {
                view! { <PositionHistory positions=form.history /> }.into_any()
            }}
        </section>
    }
}

/// Recorded positions, the latest first: date, position, kind and source.
#[component]
pub(super) fn PositionHistory(positions: Vec<PositionRecord>) -> impl IntoView {
    let locale = use_locale();
    let items = positions
        .into_iter()
        .rev()
        .map(|p| {
            let line = locale.t_args(
                "body-review-position",
                &[
                    (
                        "date",
                        p.provenance
                            .as_of
                            .as_deref()
                            .map(|d| format_partial_date(locale, d))
                            .unwrap_or_default()
                            .into(),
                    ),
                    ("position", position_label(p.position).into()),
                    ("kind", locale.t(&format!("kind-{}", p.kind)).into()),
                ],
            );
            view! { <li>{line} " " <SourceNote provenance=Some(p.provenance) /></li> }
        })
        .collect_view();
    view! { <ul class="history">{items}</ul> }
}
