//! The letter composer (`/letters/new`) and the printable letter (`/letters/print`).
//!
//! The composer is a POST form: submitting it renders the letter on the server, and the
//! writer's details travel in the request's body, never in its address (the server hands
//! them to the page as `PostedDetails`; only the choices — body, purpose, languages —
//! appear in the address). Hydrated (a live region), the form applies as it changes: the
//! server renders the preview again, the page takes it without reloading and the address
//! keeps the choices only. Downloads, printing and "back" are POST forms too; the details
//! enter a link only when the writer asks for one. The details are never stored.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::page_title;
use crate::components::copy_button::CopyButton;
use crate::components::error_notice::ErrorNotice;
use crate::components::field::SourceNote;
use crate::components::islands::LiveRegion;
use crate::directory::Provenance;
use crate::error::AppError;
use crate::format::format_partial_date;
use crate::i18n::{Locale, t, use_locale};
use crate::letters::compose::{Letter, MAILTO_SAFE_LENGTH, RenderedLetter, body_name, place_and_date, render};
#[cfg(feature = "ssr")]
use crate::letters::form::PostedDetails;
use crate::letters::form::{FormError, LetterForm, PARAMS, SenderField, validate};
use crate::letters::{LetterFacts, Purpose, get_letter_facts, letter_languages, list_recipients};

/// The composer's fields as the URL gives them, with the details a POST carried.
fn form_from_query() -> LetterForm {
    let query = use_query_map();
    let query = query.read_untracked();
    let mut form = LetterForm::default();
    for name in PARAMS {
        if let Some(value) = query.get(name) {
            form.set(name, value);
        }
    }
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<http::request::Parts>()
        && let Some(details) = parts.extensions.get::<PostedDetails>()
    {
        details.fill(&mut form);
    }
    form
}

/// A form that sends the composer's choices and details by POST to `action` (the details
/// stay out of the address); `data-navigate`: the browser follows it, no live region
/// takes it over.
#[component]
fn LetterPostForm(action: &'static str, form: LetterForm, children: Children) -> impl IntoView {
    let hidden = form
        .pairs(true)
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
        .collect_view();
    view! {
        <form method="post" action=action class="inline-form" data-navigate="">
            {hidden}
            {children()}
        </form>
    }
}

/// The facts for a body code; `None` before one is chosen.
async fn facts_for(nsb: String) -> Result<Option<LetterFacts>, AppError> {
    if nsb.trim().is_empty() { Ok(None) } else { get_letter_facts(nsb).await.map(Some) }
}

#[component]
pub fn ComposerPage() -> impl IntoView {
    let locale = use_locale();
    // The form as the URL gives it: the page is rendered on the server only (hydrated,
    // the live region asks the server again).
    let form = form_from_query();
    let chosen = form.nsb.trim().to_ascii_uppercase();
    let nsb = chosen.clone();
    let facts = Resource::new(move || nsb.clone(), facts_for);
    let recipients = Resource::new(|| (), move |_| list_recipients(locale.tag().to_string()));
    let languages = Resource::new(|| (), move |_| letter_languages(locale.tag().to_string()));

    let recipient_select = move || {
        let chosen = chosen.clone();
        Suspend::new(async move {
            recipients
                .await
                .unwrap_or_default()
                .into_iter()
                .map(|r| {
                    let selected = r.alpha2 == chosen;
                    view! { <option value=r.alpha2 selected=selected>{r.label}</option> }
                })
                .collect_view()
        })
    };

    let (purpose_form, language_form, share) = (form.clone(), form.clone(), form.share);
    let sender_inputs =
        SenderField::ALL.map(|f| view! { <SenderInput value=form.get(f).to_string() field=f /> }).collect_view();
    view! {
        <PageTitle text=page_title(locale, &locale.t("letters-title")) />
        <h1>{t("letters-heading")}</h1>
        <p class="lead">{t("letters-intro")}</p>
        <LiveRegion id="composer".to_string() swap=vec!["letter-preview".to_string()] live=true>
        <div class="composer">
            <form class="letter-form" method="post" action="/letters/new" data-live="">
                <div class="filter">
                    <label for="letter-nsb">{t("letter-field-recipient")}</label>
                    <select id="letter-nsb" name="nsb">
                        <option value="">{t("letter-field-recipient-choose")}</option>
                        <Suspense>{recipient_select}</Suspense>
                    </select>
                </div>
                <fieldset class="purposes">
                    <legend>{t("letter-field-purpose")}</legend>
                    <Suspense>
                        {{
                            let form = purpose_form.clone();
                            Suspend::new(async move {
                                let suggested = facts.await.ok().flatten().map(|f| f.suggested);
                                view! { <PurposeChoices form suggested /> }
                            })
                        }}
                    </Suspense>
                </fieldset>
                <Suspense>
                    {{
                            let form = language_form.clone();
                            Suspend::new(async move {
                                let facts = facts.await.ok().flatten();
                                let country = facts.as_ref().map(|f| f.country(locale.tag()).address);
                                let options = languages.await.unwrap_or_default();
                                view! {
                                    <LanguageChoices form options />
                                    {country.map(|country| view! {
                                        <p class="hint">{locale.t_args("letter-language-default", &[("country", country.into())])}</p>
                                    })}
                                }
                            })
                        }}
                </Suspense>
                <fieldset class="sender">
                    <legend>{t("letter-sender-heading")}</legend>
                    <p class="hint">{t("letters-privacy")}</p>
                    {sender_inputs}
                    <label class="checkbox">
                        <input
                            type="checkbox"
                            name="share"
                            value="1"
                            checked=share
                        />
                        {t("letter-field-share-details")}
                    </label>
                </fieldset>
                <button type="submit">{t("letter-update")}</button>
            </form>
            <section class="letter-preview" id="letter-preview" aria-labelledby="letter-preview-heading">
                <h2 id="letter-preview-heading">{t("letter-preview-heading")}</h2>
                <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
                    {{
                        let form = form.clone();
                        Suspend::new(async move {
                            match facts.await {
                                Ok(Some(facts)) => view! { <Preview facts form /> }.into_any(),
                                Ok(None) => view! { <p class="hint">{t("letter-choose-body")}</p> }.into_any(),
                                Err(AppError::NotFound) => {
                                    view! { <p class="form-error" role="alert">{t("letter-error-body")}</p> }.into_any()
                                }
                                Err(error) => view! { <ErrorNotice error /> }.into_any(),
                            }
                        })
                    }}
                </Suspense>
            </section>
        </div>
        </LiveRegion>
    }
}

#[component]
fn PurposeChoices(form: LetterForm, suggested: Option<Purpose>) -> impl IntoView {
    let chosen = Purpose::from_slug(&form.purpose).or(suggested).unwrap_or(Purpose::Review);
    Purpose::ALL
        .map(|purpose| {
            let id = format!("purpose-{}", purpose.slug());
            let label_for = id.clone();
            view! {
                <label class="radio" for=label_for>
                    <input
                        type="radio"
                        id=id
                        name="purpose"
                        value=purpose.slug()
                        checked=purpose == chosen
                    />
                    <span>
                        {t(purpose.label_key())}
                        {(Some(purpose) == suggested)
                            .then(|| view! { <small class="hint suggested">{t("letter-purpose-suggested")}</small> })}
                    </span>
                </label>
            }
        })
        .collect_view()
}

#[component]
fn LanguageChoices(form: LetterForm, options: Vec<(String, String)>) -> impl IntoView {
    // No language chosen: the country's main language (see `validate`), also for the
    // next recipient the writer picks.
    let LetterForm { lang, second_lang: second, .. } = form;
    let first_options = options
        .iter()
        .map(|(tag, label)| view! { <option value=tag.clone() selected=*tag == lang>{label.clone()}</option> })
        .collect_view();
    let second_options = options
        .iter()
        .map(|(tag, label)| view! { <option value=tag.clone() selected=*tag == second>{label.clone()}</option> })
        .collect_view();
    view! {
        <div class="filter">
            <label for="letter-lang">{t("letter-field-language")}</label>
            <select id="letter-lang" name="letter_lang">
                <option value="" selected=lang.is_empty()>{t("letter-language-automatic")}</option>
                {first_options}
            </select>
        </div>
        <div class="filter">
            <label for="letter-second-lang">{t("letter-field-second-language")}</label>
            <select id="letter-second-lang" name="second_lang">
                <option value="">{t("letter-second-language-none")}</option>
                {second_options}
            </select>
        </div>
    }
}

#[component]
fn SenderInput(value: String, field: SenderField) -> impl IntoView {
    let locale = use_locale();
    let id = format!("letter-{}", field.param());
    let hint_id = format!("{id}-hint");
    // Browsers enforce maxlength while typing; the server checks again (pasted text,
    // crafted URLs) and explains.
    let max = field.max_chars();
    let limit = locale.t_args("letter-field-limit", &[("max", max.into())]);
    let hint =
        if field == SenderField::Personal { format!("{} {limit}", t("letter-field-personal-hint")) } else { limit };
    let input = if field.multiline() {
        view! {
            <textarea
                id=id.clone()
                name=field.param()
                data-private=""
                rows="5"
                maxlength=max
                aria-describedby=hint_id.clone()
                inner_html=crate::security::escape_text(&value)
            ></textarea>
        }
        .into_any()
    } else {
        let kind = if field == SenderField::Email { "email" } else { "text" };
        view! {
            <input
                id=id.clone()
                type=kind
                name=field.param()
                data-private=""
                value=value
                maxlength=max
                aria-describedby=hint_id.clone()
                autocomplete=match field {
                    SenderField::Name => "name",
                    SenderField::Organisation => "organization",
                    SenderField::Role => "organization-title",
                    SenderField::City => "address-level2",
                    SenderField::Email => "email",
                    SenderField::Personal => "off",
                }
            />
        }
        .into_any()
    };
    view! {
        <div class="filter">
            <label for=id>{t(field.label_key())}</label>
            {input}
            <small id=hint_id class="hint">{hint}</small>
        </div>
    }
}

/// The letter as it stands, with its outputs; or what must be corrected first.
#[component]
fn Preview(facts: LetterFacts, form: LetterForm) -> impl IntoView {
    let locale = use_locale();
    let letter_locale = Locale::letter_language(&form.lang).or_else(|| Locale::letter_language(&facts.default_lang));
    // The country's first language has no letters yet: the letter starts in English, and
    // the writer is told so (and can choose another of the languages offered).
    let in_english = matches!(form.lang.trim(), "" | "en");
    let missing = (facts.first_language_missing() && in_english).then(|| {
        let language = facts.language_names.get(locale.tag()).or_else(|| facts.language_names.get("en")).cloned();
        let language = language.unwrap_or_else(|| t("value-unknown"));
        view! {
            <p class="notice" id="letter-language-missing" role="note">
                {locale.t_args("letter-language-missing", &[("language", language.into())])}
            </p>
        }
    });
    let outcome = match validate(&form, &facts) {
        Ok(choices) => view! { <LetterView letter=render(&facts, &choices) form /> }.into_any(),
        Err(errors) => view! { <FormErrors errors locale /> }.into_any(),
    };
    view! {
        <p class="hint js-only">{t("letter-preview-live")}</p>
        {missing}
        {outcome}
        <FactsAside facts letter_locale=letter_locale.unwrap_or_default() />
    }
}

/// What the letter draws on from the records, each fact with its source and date.
#[component]
fn FactsAside(facts: LetterFacts, letter_locale: Locale) -> impl IntoView {
    let locale = use_locale();
    let date = |value: &str| format_partial_date(locale, value);
    let standard_source = Provenance { source: facts.standard_source.clone(), as_of: facts.standard_as_of.clone() };
    let title = facts.title_for(letter_locale).map(|(lang, title)| {
        let source = facts
            .title_sources
            .get(lang)
            .cloned()
            .map(|source| Provenance { source, as_of: facts.standard_as_of.clone() });
        (title.to_string(), source)
    });
    view! {
        <aside class="letter-facts" aria-labelledby="letter-facts-heading">
            <h3 id="letter-facts-heading">{t("letter-facts-heading")}</h3>
            <ul>
                <li>
                    {locale.t_args(
                        "letter-fact-adopted",
                        &[("count", facts.adopted.into()), ("standard", facts.standard.clone().into())],
                    )}
                </li>
                {facts.last_confirmed.as_deref().map(|confirmed| view! {
                    <li>
                        {locale.t_args("letter-fact-confirmed", &[("date", date(confirmed).into())])}
                        " "
                        <SourceNote provenance=Some(standard_source.clone()) />
                    </li>
                })}
                <li>
                    {match (facts.deadline.as_deref(), facts.due_by.as_deref()) {
                        (Some(deadline), _) => locale.t_args("letter-fact-ballot", &[("date", date(deadline).into())]),
                        (None, Some(due)) => locale.t_args("letter-fact-due-by", &[("date", date(due).into())]),
                        (None, None) => t("letter-fact-no-ballot"),
                    }}
                </li>
                {facts.committee.as_deref().map(|committee| view! {
                    <li>{locale.t_args("letter-fact-committee", &[("committee", committee.to_string().into())])}</li>
                })}
                {title.map(|(title, source)| view! {
                    <li>
                        {locale.t_args("letter-fact-title", &[("title", title.into())])}
                        " "
                        <SourceNote provenance=source />
                    </li>
                })}
            </ul>
        </aside>
    }
}

#[component]
fn FormErrors(errors: Vec<FormError>, locale: Locale) -> impl IntoView {
    view! {
        <div class="form-error" role="alert">
            <p>{t("letter-error-summary")}</p>
            <ul>{errors.iter().map(|e| view! { <li>{e.message(locale)}</li> }).collect_view()}</ul>
        </div>
    }
}

#[component]
fn LetterView(letter: Letter, form: LetterForm) -> impl IntoView {
    let locale = use_locale();
    let query_share = form.query(form.share);
    let mailto = letter.mailto();
    let mailto_length = mailto.as_ref().map_or(0, |m| m.chars().count());
    let text = format!("{}\n\n{}", letter.subject(), letter.text());
    let share_href = format!("/letters/new?{query_share}");
    let to = letter.to.clone().unwrap_or_else(|| t("value-unknown"));
    view! {
        <p class="letter-meta">
            {locale.t_args("letter-to", &[("recipient", to.into())])}
            <br />
            {locale.t_args("letter-subject", &[("subject", letter.subject().into())])}
        </p>
        {[Some(&letter.primary), letter.second.as_ref()].into_iter().flatten().filter(|l| drafted(&l.language)).map(|l| {
            let language = Locale::letter_language(&l.language).map_or_else(|| l.language.clone(), |ll| ll.t("language-name"));
            view! {
                <p class="notice letter-drafted" data-lang=l.language.clone() role="note">
                    {locale.t_args("letter-drafted-notice", &[("language", language.into())])}
                    " "
                    <a href="/developers/translations">{t("letter-drafted-help")}</a>
                </p>
            }
        }).collect_view()}
        <div class="letter-pair" class:bilingual=letter.second.is_some()>
            <LetterText letter=letter.primary.clone() />
            {letter.second.clone().map(|second| view! { <LetterText letter=second /> })}
        </div>
        <div class="letter-actions">
            {match mailto {
                Some(href) => view! { <a class="button" id="letter-mailto" href=href>{t("letter-mailto")}</a> }.into_any(),
                None => view! { <p class="hint">{t("letter-mailto-no-address")}</p> }.into_any(),
            }}
            <CopyButton text label="letter-copy" done="letter-copied" id="letter-copy" />
            <LetterPostForm action="/letters/letter.txt" form=form.clone()>
                <button type="submit" class="button secondary" id="letter-download">{t("letter-download")}</button>
            </LetterPostForm>
            <LetterPostForm action="/letters/print" form=form.clone()>
                <button type="submit" class="button secondary" id="letter-print">{t("letter-print")}</button>
            </LetterPostForm>
        </div>
        {(mailto_length > MAILTO_SAFE_LENGTH).then(|| view! {
            <p class="warning" id="letter-mailto-warning">
                {locale.t_args("letter-mailto-too-long", &[("length", mailto_length.into())])}
            </p>
        })}
        <p class="share">
            <a id="letter-share" href=share_href.clone()>{t("letter-share")}</a>
            " — "
            <span class="hint">{t("letter-share-hint")}</span>
        </p>
        <crate::pages::outreach::SentForm nsb=form.nsb.clone() via="letter" />
    }
}

#[component]
fn LetterText(letter: RenderedLetter) -> impl IntoView {
    view! {
        <article class="letter" lang=letter.language.clone() dir=letter.direction.clone()>
            {letter.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            {(!letter.signature.is_empty()).then(|| view! { <p class="signature">{letter.signature.join("\n")}</p> })}
        </article>
    }
}

/// `/letters/print`: the letter laid out for A4, one column per language.
#[component]
pub fn PrintPage() -> impl IntoView {
    let locale = use_locale();
    let form = form_from_query();
    let nsb = form.nsb.clone();
    let facts = Resource::new(move || nsb.clone(), facts_for);
    view! {
        <div class="print-toolbar no-print">
            <LetterPostForm action="/letters/new" form=form.clone()>
                <button type="submit" class="link-button" id="letter-print-back">{t("letter-print-back")}</button>
            </LetterPostForm>
            <PrintButton />
            <span class="hint">{t("letter-print-hint")}</span>
        </div>
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {{
                let form = form.clone();
                Suspend::new(async move {
                    match facts.await {
                        Ok(Some(facts)) => match validate(&form, &facts) {
                            Ok(choices) => {
                                let letter = render(&facts, &choices);
                                let title = page_title(
                                    locale,
                                    &locale.t_args("letter-print-title", &[("body", body_name(&facts, locale).into())]),
                                );
                                let city = choices.sender.city.clone();
                                let pages = std::iter::once(letter.primary.clone())
                                    .chain(letter.second.clone())
                                    .map(|one| view! { <PrintedLetter letter=one facts=facts.clone() city=city.clone() /> })
                                    .collect_view();
                                view! {
                                    <PageTitle text=title />
                                    <div class="print-pair" class:bilingual=letter.second.is_some()>{pages}</div>
                                }
                                .into_any()
                            }
                            Err(errors) => view! { <FormErrors errors locale /> }.into_any(),
                        },
                        Ok(None) | Err(AppError::NotFound) => {
                            view! { <p class="form-error" role="alert">{t("letter-error-body")}</p> }.into_any()
                        }
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// Opens the browser's print dialog; only once hydrated (without JavaScript the
/// browser's own Print command does the same). `islands::install` handles the click.
#[component]
fn PrintButton() -> impl IntoView {
    view! {
        <button type="button" id="letter-print-now" class="js-only" data-print="">
            {t("letter-print-button")}
        </button>
    }
}

#[component]
fn PrintedLetter(letter: RenderedLetter, facts: LetterFacts, city: Option<String>) -> impl IntoView {
    let locale = Locale::letter_language(&letter.language).unwrap_or_default();
    let today = chrono::NaiveDate::parse_from_str(&facts.today, "%Y-%m-%d").unwrap_or_default();
    let date_line = place_and_date(locale, city.as_deref(), today);
    let recipient = crate::letters::compose::recipient_lines(&facts, locale);
    let signature = letter.signature.clone();
    let name = signature.first().cloned();
    let mut paragraphs = letter.paragraphs.clone();
    let sign_off = paragraphs.pop();
    view! {
        <article class="printed-letter" lang=letter.language.clone() dir=letter.direction.clone()>
            {(!signature.is_empty()).then(|| view! { <p class="sender-block">{signature.join("\n")}</p> })}
            <p class="date-line">{date_line}</p>
            <p class="recipient-block">{recipient.join("\n")}</p>
            <p class="subject-line">
                <strong>{letter.subject.clone()}</strong>
            </p>
            {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            // The sign-off and the signature stay together on one page, in each language.
            <div class="sign-off">
                {sign_off.map(|p| view! { <p>{p}</p> })}
                <div class="signature-space" aria-hidden="true"></div>
                <p class="signature-line">{name.unwrap_or_else(|| locale.t("letter-signature-line"))}</p>
            </div>
        </article>
    }
}

/// Whether a letter language's texts are still waiting for a native speaker's review.
fn drafted(tag: &str) -> bool {
    crate::translations::letter_status(tag).status == Some(crate::translations::ReviewStatus::Drafted)
}
