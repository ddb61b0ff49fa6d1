//! ISO Open Data on the import page (admins): the upload form (`IsoUploadForm`) and
//! `/import/iso/:id`, the file's dry run — committees, memberships, standards and review
//! cycles that would be added, changed and left alone, or the lines that cannot be read —
//! and the button that writes it. Plain forms: they work without JavaScript; with it, the
//! page reads itself again while the file is checked or written.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::page_title;
use crate::components::form::{FormProblems, access_error};
use crate::components::islands::LiveRegion;
use crate::format::format_integer;
use crate::i18n::{t, use_locale};
use crate::import::iso::{ConfirmIsoImport, Counts, Dataset, IsoImportView, MAX_ISO_BYTES, fetch_iso_import};

fn dataset_key(dataset: Dataset) -> &'static str {
    match dataset {
        Dataset::Committees => "import-iso-committees",
        Dataset::Deliverables => "import-iso-deliverables",
    }
}

/// The upload form, on `/import` for admins.
#[component]
pub fn IsoUploadForm() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let refusal = move || {
        let key = query.read().get("iso_error").filter(|k| k.starts_with("import-"))?;
        Some(locale.t(&key))
    };
    let today = chrono::Utc::now().date_naive().to_string();
    let options = Dataset::ALL
        .into_iter()
        .map(|dataset| view! { <option value=dataset.slug()>{t(dataset_key(dataset))}</option> })
        .collect_view();
    view! {
        <section aria-labelledby="iso-open-data" class="import-kind">
            <h2 id="iso-open-data">{t("import-iso-heading")}</h2>
            <p>{t("import-iso-intro")}</p>
            <p>{locale.t_args("import-iso-limits", &[("megabytes", (MAX_ISO_BYTES / (1024 * 1024)).into())])}</p>
            <p><a href="/admin/unmatched-members" id="unmatched-link">{t("unmatched-link")}</a></p>
            <div class="form-error" role="alert" hidden=move || refusal().is_none()>
                <p>{refusal}</p>
            </div>
            <form class="edit-form" method="post" action="/import/iso" enctype="multipart/form-data">
                <div class="filter">
                    <label for="iso-dataset">{t("import-iso-dataset")}</label>
                    <select id="iso-dataset" name="dataset">{options}</select>
                </div>
                <div class="filter">
                    <label for="iso-date">{t("import-iso-date")}</label>
                    <input id="iso-date" type="date" name="date" value=today />
                </div>
                <div class="filter">
                    <label for="iso-file">{t("import-file-label")}</label>
                    <input id="iso-file" type="file" name="file" accept=".csv,.jsonl,.json,.ndjson,.gz" required />
                </div>
                <button type="submit">{t("import-iso-check")}</button>
            </form>
        </section>
    }
}

/// `/import/iso/:id`.
#[component]
pub fn IsoImportPage() -> impl IntoView {
    let params = use_params_map();
    let confirm = ServerAction::<ConfirmIsoImport>::new();
    let import = Resource::new(move || params.read().get("id").unwrap_or_default(), fetch_iso_import);
    view! {
        <LiveRegion id="iso-import".to_string() poll_ms=700>
            <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
                {Suspend::new(async move {
                    match import.await {
                        Ok(import) => view! { <IsoImportView import confirm /> }.into_any(),
                        Err(error) => access_error(error),
                    }
                })}
            </Suspense>
        </LiveRegion>
    }
}

#[component]
fn IsoImportView(import: IsoImportView, confirm: ServerAction<ConfirmIsoImport>) -> impl IntoView {
    let locale = use_locale();
    let error = Signal::derive(move || confirm.value().get().and_then(Result::err));
    let title = locale.t_args("import-preview-title", &[("file", import.file_name.clone().into())]);
    let running = import.running();
    let applied = import.status == "applied";
    let can_apply = import.can_apply();
    let count_row = move |key: &'static str, counts: Counts| {
        view! {
            <tr>
                <th scope="row">{t(key)}</th>
                <td>{format_integer(locale, counts.added as usize)}</td>
                <td>{format_integer(locale, counts.changed as usize)}</td>
                <td>{format_integer(locale, counts.same as usize)}</td>
            </tr>
        }
    };
    let summary = import.summary.clone().map(|summary| {
        let rows = match import.dataset {
            Dataset::Committees => view! {
                {count_row("import-iso-row-committees", summary.committees)}
                {count_row("import-iso-row-memberships", summary.memberships)}
            }
            .into_any(),
            Dataset::Deliverables => count_row("import-iso-row-standards", summary.standards).into_any(),
        };
        let problems = summary
            .problems
            .iter()
            .map(|(line, why)| view! { <li>{locale.t_args("import-iso-problem", &[("line", (*line).into())])} " " {why.say(locale)}</li> })
            .collect_view();
        let extra = match import.dataset {
            Dataset::Committees => locale.t_args("import-iso-unmatched", &[("count", summary.unmatched_members.into())]),
            Dataset::Deliverables => locale.t_args(
                "import-iso-reviews",
                &[("opened", summary.reviews_opened.into()), ("closed", summary.reviews_closed.into())],
            ),
        };
        view! {
            <p role="status">{locale.t_args("import-iso-read", &[("count", summary.read.into()), ("source", summary.source.clone().into())])}</p>
            {(!summary.problems.is_empty()).then(|| view! {
                <div class="form-error" role="alert">
                    <p>{t("import-iso-problems")}</p>
                    <ul>{problems}</ul>
                </div>
            })}
            {summary.problems.is_empty().then(|| view! {
                <div class="table-scroll">
                    <table class="adoptions import-counts-table" id="iso-counts">
                        <thead>
                            <tr>
                                <th scope="col">{t("import-iso-records")}</th>
                                <th scope="col">{t("import-iso-added")}</th>
                                <th scope="col">{t("import-iso-changed")}</th>
                                <th scope="col">{t("import-iso-same")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <p>{extra}</p>
                {(import.dataset == Dataset::Committees && summary.unmatched_members > 0).then(|| view! {
                    <p><a href="/admin/unmatched-members">{t("unmatched-link")}</a></p>
                })}
            })}
        }
    });
    let failure = import.error.clone().filter(|_| !running).map(|key| locale.t(&key));
    let nothing =
        import.status == "checked" && !can_apply && import.summary.as_ref().is_some_and(|s| s.problems.is_empty());
    view! {
        <PageTitle text=page_title(locale, &title) />
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href="/import#iso-open-data">{t("import-title")}</a>
        </nav>
        <h1>{title}</h1>
        <p class="eyebrow">{t(dataset_key(import.dataset))}</p>
        {running.then(|| view! {
            <p class="notice" role="status" id="iso-running" data-running="">
                {t(if import.status == "checking" { "import-iso-checking" } else { "import-iso-writing" })}
            </p>
            <noscript><meta http-equiv="refresh" content="2" /></noscript>
        })}
        {applied.then(|| view! {
            <p class="notice" role="status" id="import-applied">{t("import-iso-applied")} " " <a href="/changes">{t("nav-changes")}</a></p>
        })}
        {failure.map(|message| view! { <div class="form-error" role="alert"><p>{message}</p></div> })}
        {summary}
        {nothing.then(|| view! { <p class="notice">{t("import-nothing-notice")}</p> })}
        {can_apply.then(|| view! {
            <ActionForm action=confirm attr:class="edit-form" attr:id="confirm-iso-import">
                <input type="hidden" name="id" value=import.id.clone() />
                <FormProblems error label=|_| None />
                <p>{t("import-iso-confirm-intro")}</p>
                <button type="submit">{t("import-iso-confirm")}</button>
            </ActionForm>
        })}
    }
}
