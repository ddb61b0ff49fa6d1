//! `/coordinate/letters?slug=…&letter_lang=xx` (coordinators): write a letter's text in one
//! language — beside the source text when translating — with the placeables it may use,
//! a preview for any body, and the review steps (draft → reviewed → published). A slug
//! without a letter yet starts a new one. Plain forms: everything works without
//! JavaScript.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::page_title;
use crate::components::form::{FormProblems, access_error, problem_message};
use crate::format::format_partial_date;
use crate::i18n::{t, use_locale};
use crate::letters::list_recipients;
use crate::open_letters::edit::{
    EditableText, LetterEditor, LetterSettings, SaveLetterSettings, SaveLetterText, SetLetterStatus,
    fetch_letter_editor,
};

#[component]
pub fn OpenLetterEditPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let save = ServerAction::<SaveLetterText>::new();
    let status = ServerAction::<SetLetterStatus>::new();
    let settings = ServerAction::<SaveLetterSettings>::new();
    let editor = Resource::new(
        move || {
            let query = query.read();
            (
                query.get("slug").unwrap_or_default(),
                query.get("letter_lang").unwrap_or_default(),
                query.get("preview").unwrap_or_default(),
            )
        },
        move |(slug, lang, preview)| fetch_letter_editor(slug, lang, preview, locale.tag().to_string()),
    );
    view! {
        <Transition fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                match editor.await {
                    Ok(editor) => view! { <EditorView editor save status settings /> }.into_any(),
                    Err(error) => access_error(error),
                }
            })}
        </Transition>
    }
}

fn status_label(status: &str) -> String {
    t(&format!("open-letter-status-{status}"))
}

#[component]
fn EditorView(
    editor: LetterEditor,
    save: ServerAction<SaveLetterText>,
    status: ServerAction<SetLetterStatus>,
    settings: ServerAction<SaveLetterSettings>,
) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let stale = editor.stale();
    let LetterEditor { slug, exists, source_lang, lang, source, text, languages, preview, choices, settings: current } =
        editor;
    let settings_block = current.map(|current| view! { <SettingsForm slug=slug.clone() current action=settings /> });
    let name_of = |tag: &str| choices.iter().find(|(t, _)| t == tag).map_or(tag.to_string(), |(_, n)| n.clone());
    let language = name_of(&lang);
    let heading = if exists {
        locale.t_args("open-letter-edit-title", &[("slug", slug.clone().into()), ("language", language.clone().into())])
    } else {
        locale.t_args("open-letter-new-title", &[("slug", slug.clone().into()), ("language", language.clone().into())])
    };
    let save_error = Signal::derive(move || save.value().get().and_then(Result::err));
    let status_error = Signal::derive(move || status.value().get().and_then(Result::err));
    let saved = move || query.read().get("saved").is_some() || matches!(save.value().get(), Some(Ok(())));
    let field_problem = move |field: &'static str| move || problem_message(save_error.get(), field, locale);
    let (title_problem, body_problem) = (field_problem("title"), field_problem("body"));
    let revision = text.as_ref().map_or(0, |t| t.revision);
    let (title, body) = text.as_ref().map(|t| (t.title.clone(), t.body.clone())).unwrap_or_default();
    let language_links = languages
        .iter()
        .map(|(tag, state, old)| {
            let href = format!("/coordinate/letters?slug={slug}&letter_lang={tag}");
            let current = *tag == lang;
            let mut label = format!("{} — {}", name_of(tag), status_label(state));
            if *old {
                label.push_str(&format!(" ({})", locale.t("open-letter-stale-short")));
            }
            view! { <li><a href=href aria-current=current.then_some("true")>{label}</a></li> }
        })
        .collect_view();
    let missing: Vec<(String, String)> =
        choices.iter().filter(|(tag, _)| !languages.iter().any(|(l, _, _)| l == tag)).cloned().collect();
    let source_column = source.filter(|s| s.lang != lang).map(|s| {
        let source_name = name_of(&s.lang);
        view! {
            <section class="letter-source" aria-labelledby="source-heading" lang=s.lang.clone()>
                <h2 id="source-heading">{locale.t_args("open-letter-source-heading", &[("language", source_name.into())])}</h2>
                <p><strong>{s.title.clone()}</strong></p>
                <pre class="letter-source-body">{s.body.clone()}</pre>
            </section>
        }
    });
    let editor_class = if source_column.is_some() { "letter-editor two-columns" } else { "letter-editor" };
    let placeables = crate::open_letters::PLACEABLES
        .iter()
        .map(|p| view! { <li><code>{format!("{{ ${p} }}")}</code> " " {t(&format!("open-letter-placeable-{p}"))}</li> })
        .collect_view();
    let preview_block = preview.map(|(title, body)| {
        view! {
            <section aria-labelledby="preview-heading" class="letter-preview">
                <h2 id="preview-heading">{t("open-letter-preview-heading")}</h2>
                <PreviewForm slug=slug.clone() lang=lang.clone() />
                <article class="open-letter-text" lang=lang.clone()>
                    <h3>{title}</h3>
                    <div class="letter-body">{body.split("\n\n").map(|p| view! { <p>{p.to_string()}</p> }).collect_view()}</div>
                </article>
            </section>
        }
    });
    let status_block = text.map(|text| view! { <StatusForms text slug=slug.clone() status error=status_error /> });
    view! {
        <PageTitle text=page_title(locale, &heading) />
        <nav class="breadcrumb" aria-label=t("breadcrumb-label")>
            <a href="/open-letters">{t("open-letters-title")}</a>
            {exists.then(|| view! { " · " <a href=format!("/open-letters/{slug}")>{t("open-letter-public-page")}</a> })}
        </nav>
        <h1>{heading}</h1>
        <p class="lead">{t("open-letter-edit-intro")}</p>
        <nav aria-label=t("open-letter-languages-heading")>
            <ul class="inline-list open-letter-languages">{language_links}</ul>
        </nav>
        {(exists && !missing.is_empty()).then(|| view! {
            <form class="filters" method="get" action="/coordinate/letters">
                <input type="hidden" name="slug" value=slug.clone() />
                <div class="filter">
                    <label for="add-language">{t("open-letter-add-language")}</label>
                    <select id="add-language" name="letter_lang">
                        {missing.into_iter().map(|(tag, name)| view! { <option value=tag>{name}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit">{t("open-letter-add-language-button")}</button>
            </form>
        })}
        {stale.then(|| view! { <p class="notice" role="status" id="stale-translation">{t("open-letter-stale")}</p> })}
        <div class=editor_class>
            {source_column}
            <ActionForm action=save attr:class="edit-form" attr:id="letter-form">
                <input type="hidden" name="slug" value=slug.clone() />
                <input type="hidden" name="lang" value=lang.clone() />
                <input type="hidden" name="revision" value=revision.to_string() />
                <p class="notice" role="status" hidden=move || !saved()>{t("open-letter-saved")}</p>
                <FormProblems error=save_error label=|field| match field { "title" => Some("open-letter-field-title"), "body" => Some("open-letter-field-body"), _ => None } />
                <div class="filter">
                    <label for="letter-title">{t("open-letter-field-title")}</label>
                    <input id="letter-title" type="text" name="title" value=title maxlength="200" required lang=lang.clone() aria-describedby="letter-title-error" />
                    <small id="letter-title-error" class="field-error" hidden=move || title_problem().is_none()>{title_problem}</small>
                </div>
                <div class="filter">
                    <label for="letter-body">{t("open-letter-field-body")}</label>
                    <textarea id="letter-body" name="body" rows="18" maxlength="20000" required lang=lang.clone() aria-describedby="letter-body-error letter-placeables" inner_html=crate::security::escape_text(&body)></textarea>
                    <small id="letter-body-error" class="field-error" hidden=move || body_problem().is_none()>{body_problem}</small>
                </div>
                <button type="submit">{t("open-letter-save")}</button>
            </ActionForm>
        </div>
        <section aria-labelledby="placeables-heading" id="letter-placeables">
            <h2 id="placeables-heading">{t("open-letter-placeables-heading")}</h2>
            <p>{t("open-letter-placeables-help")}</p>
            <ul>{placeables}</ul>
        </section>
        {status_block}
        {settings_block}
        {preview_block}
        <p>{t("open-letter-source-language")} " " {name_of(&source_lang)}</p>
    }
}

/// The text's review status and the next steps as one-button forms.
#[component]
fn StatusForms(
    text: EditableText,
    slug: String,
    status: ServerAction<SetLetterStatus>,
    error: Signal<Option<crate::error::AppError>>,
) -> impl IntoView {
    let locale = use_locale();
    let reviewed = text.reviewed_at.as_deref().map(|at| {
        locale.t_args(
            "open-letter-reviewed-by",
            &[
                ("who", text.reviewed_by.clone().unwrap_or_else(|| t("history-by-coordinator")).into()),
                ("date", format_partial_date(locale, at.get(..10).unwrap_or_default()).into()),
            ],
        )
    });
    let steps: &[(&str, &str)] = match text.status.as_str() {
        "draft" => &[("reviewed", "open-letter-mark-reviewed")],
        "reviewed" => &[("published", "open-letter-publish"), ("draft", "open-letter-back-to-draft")],
        _ => &[("draft", "open-letter-unpublish")],
    };
    let buttons = steps
        .iter()
        .map(|(next, label)| {
            let (slug, lang) = (slug.clone(), text.lang.clone());
            view! {
                <ActionForm action=status attr:class="inline-form">
                    <input type="hidden" name="slug" value=slug />
                    <input type="hidden" name="lang" value=lang />
                    <input type="hidden" name="revision" value=text.revision.to_string() />
                    <input type="hidden" name="status" value=*next />
                    <button type="submit" id=format!("letter-status-{next}")>{t(label)}</button>
                </ActionForm>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="status-heading" class="letter-status">
            <h2 id="status-heading">{t("open-letter-status-heading")}</h2>
            <p id="letter-status"><strong>{status_label(&text.status)}</strong> {reviewed.map(|r| view! { " · " {r} })}</p>
            <FormProblems error label=|_| None />
            <div class="actions">{buttons}</div>
        </section>
    }
}

/// Whom the letter is for (every body, the voters of the linked review, a list of
/// codes) and the standard and review it is about.
#[component]
fn SettingsForm(slug: String, current: LetterSettings, action: ServerAction<SaveLetterSettings>) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let saved = move || query.read().get("settings").is_some() || matches!(action.value().get(), Some(Ok(())));
    let problem = move |field: &'static str| move || problem_message(error.get(), field, locale);
    let (target_problem, list_problem, standard_problem, cycle_problem) =
        (problem("target"), problem("target_list"), problem("standard"), problem("cycle"));
    let LetterSettings { version, standard, cycle, target, target_list, standards, cycles } = current;
    let targets = crate::open_letters::TARGETS
        .iter()
        .map(|value| {
            view! { <option value=*value selected=target == *value>{t(&format!("open-letter-target-{value}"))}</option> }
        })
        .collect_view();
    let standard_options = standards
        .into_iter()
        .map(|(id, reference)| view! { <option value=id.clone() selected=id == standard>{reference}</option> })
        .collect_view();
    let cycle_options = cycles
        .into_iter()
        .map(|(id, _)| view! { <option value=id.clone() selected=id == cycle>{id.clone()}</option> })
        .collect_view();
    let label = |field: &str| match field {
        "target" => Some("open-letter-field-target"),
        "target_list" => Some("open-letter-field-target-list"),
        "standard" => Some("open-letter-field-standard"),
        "cycle" => Some("open-letter-field-cycle"),
        _ => None,
    };
    view! {
        <section aria-labelledby="settings-heading" class="letter-settings">
            <h2 id="settings-heading">{t("open-letter-settings-heading")}</h2>
            <ActionForm action attr:class="edit-form" attr:id="letter-settings-form">
                <input type="hidden" name="slug" value=slug />
                <input type="hidden" name="version" value=version.to_string() />
                <p class="notice" role="status" hidden=move || !saved()>{t("open-letter-settings-saved")}</p>
                <FormProblems error label />
                <div class="filter">
                    <label for="letter-target">{t("open-letter-field-target")}</label>
                    <select id="letter-target" name="target" aria-describedby="letter-target-error">{targets}</select>
                    <small id="letter-target-error" class="field-error" hidden=move || target_problem().is_none()>{target_problem}</small>
                </div>
                <div class="filter">
                    <label for="letter-target-list">{t("open-letter-field-target-list")}</label>
                    <input id="letter-target-list" type="text" name="target_list" value=target_list maxlength="1000" aria-describedby="letter-target-list-error letter-target-list-hint" />
                    <small id="letter-target-list-hint" class="hint">{t("open-letter-target-list-hint")}</small>
                    <small id="letter-target-list-error" class="field-error" hidden=move || list_problem().is_none()>{list_problem}</small>
                </div>
                <div class="filter">
                    <label for="letter-standard">{t("open-letter-field-standard")}</label>
                    <select id="letter-standard" name="standard" aria-describedby="letter-standard-error">
                        <option value="">{t("open-letter-no-link")}</option>
                        {standard_options}
                    </select>
                    <small id="letter-standard-error" class="field-error" hidden=move || standard_problem().is_none()>{standard_problem}</small>
                </div>
                <div class="filter">
                    <label for="letter-cycle">{t("open-letter-field-cycle")}</label>
                    <select id="letter-cycle" name="cycle" aria-describedby="letter-cycle-error">
                        <option value="">{t("open-letter-no-link")}</option>
                        {cycle_options}
                    </select>
                    <small id="letter-cycle-error" class="field-error" hidden=move || cycle_problem().is_none()>{cycle_problem}</small>
                </div>
                <button type="submit" id="letter-settings-save">{t("open-letter-settings-save")}</button>
            </ActionForm>
        </section>
    }
}

/// Preview the text as one body would receive it (a GET form).
#[component]
fn PreviewForm(slug: String, lang: String) -> impl IntoView {
    let locale = use_locale();
    let recipients = Resource::new(|| (), move |_| list_recipients(locale.tag().to_string()));
    view! {
        <form class="filters" method="get" action="/coordinate/letters">
            <input type="hidden" name="slug" value=slug />
            <input type="hidden" name="letter_lang" value=lang />
            <div class="filter">
                <label for="preview-nsb">{t("open-letter-preview-for")}</label>
                <select id="preview-nsb" name="preview">
                    <option value="">{t("open-letter-preview-everyone")}</option>
                    <Suspense fallback=|| ()>
                        {Suspend::new(async move {
                            recipients.await.unwrap_or_default().into_iter().map(|r| view! { <option value=r.alpha2>{r.label}</option> }).collect_view()
                        })}
                    </Suspense>
                </select>
            </div>
            <button type="submit">{t("open-letter-preview-button")}</button>
        </form>
    }
}
