//! `/open-letters` (published open letters) and `/open-letters/:slug`: a letter in the
//! reader's language or the one chosen, side by side with a second language, and the
//! personal version addressed to a chosen body (`?nsb=BR`). Plain links and GET forms:
//! everything works without JavaScript, and the page prints as a letter.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::not_found::{Missing, NotFoundPage};
use super::page_title;
use crate::components::copy_button::CopyButton;
use crate::components::error_notice::ErrorNotice;
use crate::components::form::FormProblems;
use crate::components::listing::{Listing, PageIntro};
use crate::error::AppError;
use crate::format::format_partial_date;
use crate::i18n::{t, use_locale};
use crate::letters::list_recipients;
use crate::open_letters::signatures::{SignOpenLetter, fetch_signatures};
use crate::open_letters::{Addressees, LetterQuery, LetterText, OpenLetterView, fetch_open_letter, list_open_letters};

#[component]
pub fn OpenLettersPage() -> impl IntoView {
    let locale = use_locale();
    let letters = Resource::new(|| (), move |_| list_open_letters(locale.tag().to_string()));
    let user = crate::components::layout::signed_in_user();
    let item = move |letter: crate::open_letters::OpenLetterSummary| {
        let names: Vec<String> = letter.languages.iter().map(|(_, name)| name.clone()).collect();
        let slug = letter.slug.clone();
        let edit = move || {
            let slug = slug.clone();
            Suspend::new(async move {
                user.await.map(|_| {
                    view! {
                        <p><a href=format!("/coordinate/letters?slug={slug}")>{t("open-letter-edit-link")}</a></p>
                    }
                })
            })
        };
        view! {
            <li>
                <h2 lang=letter.lang.clone()><a href=format!("/open-letters/{}", letter.slug)>{letter.title}</a></h2>
                <p>{locale.t_args("open-letters-languages", &[("languages", names.join(", ").into())])}</p>
                <Suspense fallback=|| ()>{edit}</Suspense>
            </li>
        }
    };
    view! {
        <PageIntro title="open-letters-title" lead="open-letters-intro" />
        <crate::components::feed_links::FeedLinks atom="/open-letters.atom" />
        <Listing items=letters empty="open-letters-empty" item />
        <Suspense fallback=|| ()>
            {Suspend::new(async move { user.await.map(|_| view! { <NewLetterForm /> }) })}
        </Suspense>
    }
}

/// Coordinators start a letter: its slug and the language it is written in first.
#[component]
fn NewLetterForm() -> impl IntoView {
    let current = use_locale();
    let languages = crate::i18n::Locale::all()
        .map(|l| view! { <option value=l.tag() selected=l == current>{l.t("language-name")}</option> })
        .collect_view();
    view! {
        <section aria-labelledby="new-letter-heading">
            <h2 id="new-letter-heading">{t("open-letters-new-heading")}</h2>
            <form class="filters" method="get" action="/coordinate/letters" id="new-letter-form">
                <div class="filter">
                    <label for="new-letter-slug">{t("open-letters-new-slug")}</label>
                    <input id="new-letter-slug" type="text" name="slug" required pattern="[a-z0-9][a-z0-9-]{1,59}" maxlength="60" />
                </div>
                <div class="filter">
                    <label for="new-letter-lang">{t("open-letters-new-lang")}</label>
                    <select id="new-letter-lang" name="letter_lang">{languages}</select>
                </div>
                <button type="submit">{t("open-letters-new-button")}</button>
            </form>
        </section>
    }
}

#[component]
pub fn OpenLetterPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let letter_query = Memo::new(move |_| {
        let query = query.read();
        let param = |key: &str| query.get(key).unwrap_or_default();
        LetterQuery { letter_lang: param("letter_lang"), second_lang: param("second_lang"), nsb: param("nsb") }
    });
    let letter = Resource::new(
        move || (params.read().get("slug").unwrap_or_default(), letter_query.get()),
        move |(slug, query)| fetch_open_letter(slug, query, locale.tag().to_string()),
    );
    view! {
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                match letter.await {
                    Ok(view) => view! { <LetterView view query=letter_query.get_untracked() /> }.into_any(),
                    Err(AppError::NotFound) => view! { <NotFoundPage missing=Missing::OpenLetter /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The address of this letter with some of its query changed.
fn letter_href(slug: &str, lang: &str, second: &str, nsb: &str) -> String {
    let pairs: Vec<String> = [("letter_lang", lang), ("second_lang", second), ("nsb", nsb)]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", crate::letters::form::percent_encode(v)))
        .collect();
    if pairs.is_empty() { format!("/open-letters/{slug}") } else { format!("/open-letters/{slug}?{}", pairs.join("&")) }
}

#[component]
fn LetterColumn(text: LetterText) -> impl IntoView {
    let locale = use_locale();
    let paragraphs = text.body.split("\n\n").map(|p| view! { <p>{p.to_string()}</p> }).collect_view();
    view! {
        <article class="open-letter-text" lang=text.lang.clone() dir=text.dir.clone()>
            <h1>{text.title}</h1>
            <div class="letter-body">{paragraphs}</div>
            {text.reviewed_at.map(|at| view! {
                <p class="hint no-print">{locale.t_args("open-letter-reviewed", &[("date", format_partial_date(locale, at.get(..10).unwrap_or_default()).into())])}</p>
            })}
        </article>
    }
}

#[component]
fn LetterView(view: OpenLetterView, query: LetterQuery) -> impl IntoView {
    let locale = use_locale();
    let plain = view.plain_text();
    let OpenLetterView { slug, text, second, fallback_from, languages, recipient, mailto, addressees, not_addressed } =
        view;
    let title = text.title.clone();
    let shown_lang = text.lang.clone();
    let fallback = fallback_from.map(|wanted| {
        locale.t_args("open-letter-fallback", &[("language", wanted.into()), ("shown", text.language.clone().into())])
    });
    let nsb = query.nsb.clone();
    let language_links = languages
        .iter()
        .map(|(tag, name)| {
            let current = *tag == shown_lang;
            let href = letter_href(&slug, tag, &query.second_lang, &nsb);
            view! { <li><a href=href hreflang=tag.clone() aria-current=current.then_some("true")>{name.clone()}</a></li> }
        })
        .collect_view();
    let side_by_side = if second.is_some() {
        let href = letter_href(&slug, &shown_lang, "", &nsb);
        Some(view! { <a href=href>{t("open-letter-single")}</a> }.into_any())
    } else {
        languages.iter().find(|(tag, _)| *tag != shown_lang).map(|(tag, name)| {
            let href = letter_href(&slug, &shown_lang, tag, &nsb);
            view! { <a href=href>{locale.t_args("open-letter-side-by-side", &[("language", name.clone().into())])}</a> }
                .into_any()
        })
    };
    let share = letter_href(&slug, &query.letter_lang, &query.second_lang, &nsb);
    let download = share.replacen(&format!("/open-letters/{slug}"), &format!("/open-letters/{slug}/letter.txt"), 1);
    let addressed = match addressees.target.as_str() {
        "cycle" => {
            let cycle = addressees.cycle.clone().unwrap_or_default();
            view! {
                <p id="open-letter-addressees">
                    {locale.t_args("open-letter-addressed-cycle", &[("cycle", crate::reviews::cycle_year(&cycle).to_string().into()), ("count", addressees.codes.len().into())])}
                    " " <a href=format!("/reviews/{cycle}")>{t("open-letter-review-link")}</a>
                </p>
            }
            .into_any()
        }
        "list" => view! {
            <p id="open-letter-addressees">{locale.t_args("open-letter-addressed-list", &[("countries", addressees.names.join(", ").into())])}</p>
        }
        .into_any(),
        _ => view! { <p id="open-letter-addressees">{t("open-letter-addressed-all")}</p> }.into_any(),
    };
    let not_addressed = not_addressed.map(|country| {
        view! {
            <p class="notice no-print" role="status" id="open-letter-not-addressed">
                {locale.t_args("open-letter-not-addressed", &[("country", country.into())])}
            </p>
        }
    });
    let recipient_block = recipient.map(|r| {
        let to = locale.t_args("open-letter-to", &[("body", r.name.clone().into()), ("country", r.country.clone().into())]);
        view! {
            <section class="recipient" aria-label=t("open-letter-send-heading")>
                <p><strong>{to}</strong></p>
                {r.address.map(|a| view! { <p class="address">{locale.t_args("open-letter-to-address", &[("address", a.into())])}</p> })}
                <p class="no-print">
                    {match mailto {
                        Some(href) => view! { <a class="button" href=href id="open-letter-mailto">{t("open-letter-mailto")}</a> }.into_any(),
                        None => view! { <span class="hint">{t("open-letter-no-email")}</span> }.into_any(),
                    }}
                    " " <a href=format!("/nsbs/{}", r.alpha2)>{t("open-letter-body-page")}</a>
                </p>
                <crate::pages::outreach::SentForm nsb=r.alpha2.clone() via="open-letter" open_letter=slug.clone() />
            </section>
        }
    });
    let two = second.is_some();
    view! {
        <PageTitle text=page_title(locale, &title) description=locale.t("meta-open-letter") image=format!("/share/open-letters/{slug}.png") />
        <nav class="breadcrumb no-print" aria-label=t("breadcrumb-label")>
            <a href="/open-letters">{t("open-letters-title")}</a>
        </nav>
        {fallback.map(|message| view! { <p class="notice no-print" role="status" id="open-letter-fallback">{message}</p> })}
        <nav class="no-print open-letter-languages" aria-label=t("open-letter-other-languages")>
            <span>{t("open-letter-other-languages")} " "</span>
            <ul class="inline-list">{language_links}</ul>
            {side_by_side.map(|link| view! { <p>{link}</p> })}
        </nav>
        {not_addressed}
        {recipient_block}
        <div class=if two { "open-letter bilingual" } else { "open-letter" }>
            <LetterColumn text />
            {second.map(|text| view! { <LetterColumn text /> })}
        </div>
        <div class="letter-actions no-print">
            <CopyButton text=plain label="open-letter-copy" done="open-letter-copied" id="open-letter-copy" />
            <a class="button secondary" id="open-letter-download" href=download download="">{t("open-letter-download")}</a>
        </div>
        <section class="no-print" aria-labelledby="send-heading">
            <h2 id="send-heading">{t("open-letter-send-heading")}</h2>
            {addressed}
            <p>{t("open-letter-send-intro")}</p>
            <SendForm slug=slug.clone() chosen=nsb.clone() addressees />
            <p class="hint">{t("open-letter-print")}</p>
            <p>
                <label for="share-link">{t("open-letter-share")}</label>
                " "
                <input id="share-link" type="text" readonly value=format!("{}{share}", super::public_origin()) size="60" />
            </p>
        </section>
        <SignSection slug=slug.clone() />
    }
}

/// Choose a country; the page comes back as the letter to its body (a GET form).
#[component]
fn SendForm(slug: String, chosen: String, addressees: Addressees) -> impl IntoView {
    let locale = use_locale();
    let recipients = Resource::new(|| (), move |_| list_recipients(locale.tag().to_string()));
    let chosen = chosen.to_ascii_uppercase();
    view! {
        <form class="filters" method="get" action=format!("/open-letters/{slug}")>
            <div class="filter">
                <label for="open-letter-nsb">{t("open-letter-send-country")}</label>
                <select id="open-letter-nsb" name="nsb" required>
                    <option value="">"—"</option>
                    <Suspense fallback=|| ()>
                        {{
                            let chosen = chosen.clone();
                            let addressees = addressees.clone();
                            Suspend::new(async move {
                                let all = recipients.await.unwrap_or_default();
                                all.into_iter().filter(|r| addressees.includes(&r.alpha2)).map(|r| {
                                    let selected = r.alpha2 == chosen;
                                    view! { <option value=r.alpha2 selected=selected>{r.label}</option> }
                                }).collect_view()
                            })
                        }}
                    </Suspense>
                </select>
            </div>
            <button type="submit">{t("open-letter-send-button")}</button>
        </form>
    }
}

/// Co-signing: the form (a honeypot hidden from people), the thanks, the approved
/// signatures listed with consent and counted per country.
#[component]
fn SignSection(slug: String) -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let sign = ServerAction::<SignOpenLetter>::new();
    let error = Signal::derive(move || sign.value().get().and_then(Result::err));
    let signed = move || query.read().get("signed").is_some() || matches!(sign.value().get(), Some(Ok(())));
    let problem_for =
        move |field: &'static str| move || crate::components::form::problem_message(error.get(), field, locale);
    let signatures = Resource::new(
        {
            let slug = slug.clone();
            move || slug.clone()
        },
        move |slug| fetch_signatures(slug, locale.tag().to_string()),
    );
    let recipients = Resource::new(|| (), move |_| list_recipients(locale.tag().to_string()));
    // With e-mail, a signature counts once its signer confirms it from the message.
    let mail = crate::mail::enabled();
    let thanks = if mail { "signature-thanks-confirm" } else { "signature-thanks" };
    let email_hint = if mail { "signature-email-hint-confirm" } else { "signature-email-hint" };
    let field = move |name: &'static str, label: &'static str, input: AnyView| {
        let message = problem_for(name);
        view! {
            <div class="filter">
                <label for=format!("sign-{name}")>{t(label)}</label>
                {input}
                <small id=format!("sign-{name}-error") class="field-error" hidden=move || message().is_none()>{message}</small>
            </div>
        }
    };
    view! {
        <section class="no-print" aria-labelledby="sign-heading" id="sign">
            <h2 id="sign-heading">{t("signature-heading")}</h2>
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let list = signatures.await.unwrap_or_default();
                    let counts = list.per_country.iter().map(|(country, n)| format!("{country} ({n})")).collect::<Vec<_>>().join(", ");
                    view! {
                        <p id="signature-count">{locale.t_args("signature-count", &[("count", list.total.into())])}</p>
                        {(!counts.is_empty()).then(|| view! { <p class="hint">{locale.t_args("signature-per-country", &[("countries", counts.into())])}</p> })}
                        {(!list.listed.is_empty()).then(|| view! {
                            <ul class="signatures">
                                {list.listed.into_iter().map(|s| view! {
                                    <li><strong>{s.name}</strong> ", " {s.organisation} {s.role.map(|r| view! { " (" {r} ")" })} " — " {s.country}</li>
                                }).collect_view()}
                            </ul>
                        })}
                    }
                })}
            </Suspense>
            <p class="notice" role="status" hidden=move || !signed()>{t(thanks)}</p>
            <p>{t("signature-intro")}</p>
            <ActionForm action=sign attr:class="edit-form" attr:id="sign-form">
                <input type="hidden" name="slug" value=slug.clone() />
                <FormProblems error label=|_| None />
                {field("name", "signature-field-name", view! { <input id="sign-name" type="text" name="name" required maxlength="120" autocomplete="name" aria-describedby="sign-name-error" /> }.into_any())}
                {field("organisation", "signature-field-organisation", view! { <input id="sign-organisation" type="text" name="organisation" required maxlength="200" autocomplete="organization" aria-describedby="sign-organisation-error" /> }.into_any())}
                {field("country", "signature-field-country", view! {
                    <select id="sign-country" name="country" required aria-describedby="sign-country-error">
                        <option value="">"—"</option>
                        <Suspense fallback=|| ()>
                            {Suspend::new(async move {
                                recipients.await.unwrap_or_default().into_iter().map(|r| view! { <option value=r.alpha2>{r.label}</option> }).collect_view()
                            })}
                        </Suspense>
                    </select>
                }.into_any())}
                {field("role", "signature-field-role", view! { <input id="sign-role" type="text" name="role" maxlength="120" autocomplete="organization-title" aria-describedby="sign-role-error" /> }.into_any())}
                {field("email", "signature-field-email", view! { <input id="sign-email" type="email" name="email" maxlength="254" required=mail autocomplete="email" aria-describedby="sign-email-error sign-email-hint" /> }.into_any())}
                <small id="sign-email-hint" class="hint">{t(email_hint)}</small>
                <div class="filter checkbox">
                    <input id="sign-listed" type="checkbox" name="listed" value="yes" />
                    <label for="sign-listed">{t("signature-field-listed")}</label>
                </div>
                <crate::components::form::Honeypot id="sign" />
                <button type="submit">{t("signature-submit")}</button>
            </ActionForm>
        </section>
    }
}
