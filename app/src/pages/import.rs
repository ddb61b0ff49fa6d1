//! `/import` (coordinators): upload a spreadsheet of bodies, adoptions or positions, with
//! the columns, a template and the current data to start from; `/import/:id`: the dry
//! run, row by row, and the button that writes it. Plain forms: they work without
//! JavaScript.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::page_title;
use crate::auth::current_user;
use crate::components::form::{FormProblems, access_error, field_message};
use crate::components::islands::LiveRegion;
use crate::error::AppError;
use crate::format::{format_integer, format_partial_date};
use crate::i18n::{t, use_locale};
use crate::import::{ConfirmImport, ImportKind, ImportPreview, MAX_ROWS, RowAction, RowOutcome, fetch_import};

/// Rows shown on the preview page; the counts cover the whole file.
const SHOWN_ROWS: usize = 1000;

fn kind_key(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Bodies => "import-kind-bodies",
        ImportKind::Adoptions => "import-kind-adoptions",
        ImportKind::Positions => "import-kind-positions",
    }
}

/// Where the current data of a kind can be downloaded, to edit and upload again.
fn export_link(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Bodies => "/api/v1/nsbs.csv",
        ImportKind::Adoptions => "/api/v1/standards/iso-20400/adoptions.csv",
        ImportKind::Positions => "/api/v1/reviews/iso-20400-2022/positions.csv",
    }
}

#[component]
pub fn ImportPage() -> impl IntoView {
    let locale = use_locale();
    let user = Resource::new(|| (), |_| current_user());
    let query = use_query_map();
    let refusal = move || {
        let query = query.read();
        let key = query.get("error").filter(|k| k.starts_with("import-error-"))?;
        let column = query.get("column").unwrap_or_default();
        Some(locale.t_args(&key, &[("column", column.into())]))
    };
    let limits = move || {
        locale.t_args(
            "import-limits",
            &[
                ("megabytes", (crate::import::MAX_BYTES / (1024 * 1024)).into()),
                ("rows", format_integer(locale, MAX_ROWS).into()),
            ],
        )
    };
    view! {
        <PageTitle text=page_title(locale, &locale.t("import-title")) />
        <h1>{t("import-title")}</h1>
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                match user.await {
                    Ok(Some(user)) => {
                        let admin = user.role.allows(crate::auth::Role::Admin);
                        view! {
                            <p class="lead">{t("import-intro")}</p>
                            <p>{limits()}</p>
                            <div class="form-error" role="alert" hidden=move || refusal().is_none()>
                                <p>{refusal}</p>
                            </div>
                            {ImportKind::ALL.into_iter().map(|kind| view! { <UploadForm kind /> }).collect_view()}
                            {admin.then(|| view! { <crate::pages::import_iso::IsoUploadForm /> })}
                        }
                        .into_any()
                    }
                    Ok(None) => access_error(AppError::Unauthorized),
                    Err(error) => access_error(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn UploadForm(kind: ImportKind) -> impl IntoView {
    let slug = kind.slug();
    let heading = format!("import-{slug}-heading");
    let columns = kind.columns().join(", ");
    view! {
        <section aria-labelledby=heading.clone() class="import-kind">
            <h2 id=heading.clone()>{t(kind_key(kind))}</h2>
            <p>{t(&format!("import-columns-{slug}"))}</p>
            <p><code>{columns}</code></p>
            <p>
                <a href=format!("/import/templates/{slug}.csv") rel="external">{t("import-template")}</a>
                " · "
                <a href=export_link(kind) rel="external">{t("import-export-current")}</a>
            </p>
            <form class="edit-form" method="post" action="/import/upload" enctype="multipart/form-data">
                <input type="hidden" name="kind" value=slug />
                <div class="filter">
                    <label for=format!("import-file-{slug}")>{t("import-file-label")}</label>
                    <input id=format!("import-file-{slug}") type="file" name="file" accept=".csv,text/csv" required />
                </div>
                <button type="submit">{t("import-upload")}</button>
            </form>
        </section>
    }
}

/// `/import/:id`: the dry run of an uploaded file.
#[component]
pub fn ImportPreviewPage() -> impl IntoView {
    let params = use_params_map();
    let confirm = ServerAction::<ConfirmImport>::new();
    let preview = Resource::new(move || params.read().get("id").unwrap_or_default(), fetch_import);
    // Hydrated, the confirmation is sent in the background and, while the file is being
    // written, the page reads its progress again.
    view! {
        <LiveRegion id="import-preview".to_string() poll_ms=700>
            <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
                {Suspend::new(async move {
                    match preview.await {
                        Ok(preview) => view! { <PreviewView preview confirm /> }.into_any(),
                        Err(error) => access_error(error),
                    }
                })}
            </Suspense>
        </LiveRegion>
    }
}

#[component]
fn PreviewView(preview: ImportPreview, confirm: ServerAction<ConfirmImport>) -> impl IntoView {
    let locale = use_locale();
    let error = Signal::derive(move || confirm.value().get().and_then(Result::err));
    let running = preview.status == "running";
    let progress = preview.progress.map(|(done, total)| {
        locale.t_args(
            "import-running",
            &[("done", format_integer(locale, done).into()), ("total", format_integer(locale, total).into())],
        )
    });
    let last_error = preview.error.clone().filter(|_| !running).map(|key| locale.t(&key));
    let report = &preview.report;
    let count = |action: RowAction| report.count(action);
    let (added, changed, same, refused) =
        (count(RowAction::Add), count(RowAction::Change), count(RowAction::Same), count(RowAction::Refused));
    let title = locale.t_args("import-preview-title", &[("file", preview.file_name.clone().into())]);
    let applied = preview.status == "applied";
    let can_apply = !applied && !running && report.can_apply();
    let counts = [
        ("import-count-add", added),
        ("import-count-change", changed),
        ("import-count-same", same),
        ("import-count-refused", refused),
    ]
    .into_iter()
    .map(|(key, n)| view! { <li>{locale.t_args(key, &[("count", n.into())])}</li> })
    .collect_view();
    let listed: Vec<RowOutcome> =
        report.rows.iter().filter(|r| r.action != RowAction::Same).take(SHOWN_ROWS).cloned().collect();
    let more = (added + changed + refused).saturating_sub(listed.len());
    let rows = listed.into_iter().map(|row| view! { <PreviewRow row /> }).collect_view();
    let when = preview.applied_at.as_deref().map(|at| format_partial_date(locale, at.get(..10).unwrap_or_default()));
    view! {
        <PageTitle text=page_title(locale, &title) />
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href=format!("/import?kind={}", preview.kind.slug())>{t("import-title")}</a>
        </nav>
        <h1>{title}</h1>
        <p class="eyebrow">{t(kind_key(preview.kind))}</p>
        <ul class="import-counts" role="status">{counts}</ul>
        {when.map(|date| view! {
            <p class="notice" role="status" id="import-applied">{locale.t_args("import-applied", &[("date", date.into())])} " " <a href="/changes">{t("nav-changes")}</a></p>
        })}
        {running.then(|| view! {
            <p class="notice" role="status" id="import-running" data-running="">{progress.unwrap_or_else(|| t("import-running-start"))}</p>
            // Without JavaScript the page reloads itself until the file is written.
            <noscript><meta http-equiv="refresh" content="2" /></noscript>
        })}
        {last_error.map(|message| view! { <div class="form-error" role="alert"><p>{message}</p></div> })}
        {(!applied && refused > 0).then(|| view! { <div class="form-error" role="alert"><p>{t("import-refused-notice")}</p></div> })}
        {(!applied && refused == 0 && !can_apply).then(|| view! { <p class="notice">{t("import-nothing-notice")}</p> })}
        {can_apply.then(|| view! {
            <ActionForm action=confirm attr:class="edit-form" attr:id="confirm-import">
                <input type="hidden" name="id" value=preview.id.clone() />
                <FormProblems error label=|_| None />
                <p>{t("import-confirm-intro")}</p>
                <button type="submit">{locale.t_args("import-confirm", &[("count", (added + changed).into())])}</button>
            </ActionForm>
        })}
        <div class="table-scroll">
            <table class="adoptions import-rows">
                <thead>
                    <tr>
                        <th scope="col">{t("import-column-line")}</th>
                        <th scope="col">{t("import-column-record")}</th>
                        <th scope="col">{t("import-column-action")}</th>
                        <th scope="col">{t("import-column-details")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {(more > 0).then(|| view! { <p class="hint">{locale.t_args("import-rows-more", &[("count", more.into())])}</p> })}
        <p><a href=format!("/import?kind={}", preview.kind.slug())>{t("import-again")}</a></p>
    }
}

#[component]
fn PreviewRow(row: RowOutcome) -> impl IntoView {
    let locale = use_locale();
    let unknown = t("value-unknown");
    let action = match row.action {
        RowAction::Add => "import-action-add",
        RowAction::Change => "import-action-change",
        RowAction::Same => "import-action-same",
        RowAction::Refused => "import-action-refused",
    };
    let changes = row
        .changes
        .into_iter()
        .map(|(field, before, after)| {
            let line = locale.t_args(
                "history-entry",
                &[
                    ("field", field.into()),
                    ("before", before.unwrap_or_else(|| unknown.clone()).into()),
                    ("after", after.unwrap_or_else(|| unknown.clone()).into()),
                ],
            );
            view! { <li>{line}</li> }
        })
        .collect_view();
    let problems = row
        .problems
        .iter()
        .map(|p| {
            let field = if p.field.is_empty() { String::new() } else { format!("{}: ", p.field) };
            view! { <li class="field-error">{field}{field_message(p, locale)}</li> }
        })
        .collect_view();
    view! {
        <tr class=format!("import-{}", action.trim_start_matches("import-action-"))>
            <td>{row.line}</td>
            <th scope="row"><code>{row.key}</code></th>
            <td>{t(action)}</td>
            <td><ul class="plain">{changes}{problems}</ul></td>
        </tr>
    }
}
