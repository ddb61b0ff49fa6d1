//! E-mail's pages: the alert form on a body's, a standard's and a review's page
//! (`AlertForm`), and the pages the messages link to — an alert's page
//! (`/mail/alerts/:token`: confirm, or unsubscribe and delete the address), the
//! unsubscribe question (`/mail/unsubscribe/:token`, also for the coordinators' digest),
//! and a co-signature's confirmation (`/mail/signature/:token`). Every button is a plain
//! form: a scanner that fetches a link changes nothing.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::components::error_notice::ErrorNotice;
use crate::components::form::{general_message, problem_message};
use crate::components::page_meta::PageTitle;
use crate::error::AppError;
use crate::i18n::{t, use_locale};
use crate::mail::alerts::{ConfirmAlert, SubscribeAlert, Topic, UnsubscribeAlert, fetch_alert_info};
use crate::open_letters::signatures::ConfirmSignature;

use super::page_title;

/// "Tell me by e-mail": an address, double opt-in. Without mail configured, says so and
/// points to the calendar and feed links beside it.
#[component]
pub fn AlertForm(topic: Topic, key: String) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<SubscribeAlert>::new();
    let query = use_query_map();
    let sent = move || query.read().get("alert").is_some() || matches!(action.value().get(), Some(Ok(())));
    let error = move || action.value().get().and_then(Result::err);
    let email_problem = move || problem_message(error(), "email", locale);
    let general = move || general_message(error(), locale);
    let (intro, button) = match topic {
        Topic::Standard => ("alert-intro-standard", "alert-button"),
        Topic::Body => ("alert-intro-body", "alert-button"),
        Topic::Review => ("alert-intro-review", "alert-button-review"),
    };
    let form = if crate::mail::enabled() {
        view! {
            <p class="hint">{t(intro)}</p>
            <ActionForm action attr:class="alert-form">
                <input type="hidden" name="topic" value=topic.db_value() />
                <input type="hidden" name="key" value=key />
                <p class="form-error" role="alert" hidden=move || general().is_none()>{general}</p>
                <div class="filter">
                    <label for="alert-email">{t("alert-email")}</label>
                    <input id="alert-email" name="email" type="email" required maxlength="254" autocomplete="email" aria-describedby="alert-email-hint alert-email-error" />
                    <small id="alert-email-hint" class="hint">{t("alert-email-hint")}</small>
                    <small id="alert-email-error" class="field-error" hidden=move || email_problem().is_none()>{email_problem}</small>
                </div>
                <crate::components::form::Honeypot id="alert" />
                <button type="submit" class="secondary">{t(button)}</button>
            </ActionForm>
        }
        .into_any()
    } else {
        view! { <p class="hint">{t("alert-no-mail")}</p> }.into_any()
    };
    view! {
        <section id="alerts" class="alerts no-print" aria-labelledby="alerts-heading">
            <h2 id="alerts-heading">{t("alert-heading")}</h2>
            <p class="notice" role="status" hidden=move || !sent()>{t("alert-sent")}</p>
            {form}
        </section>
    }
}

fn token_param() -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get("token").unwrap_or_default())
}

/// `/mail/alerts/:token`: what the alert follows, for which address; confirm it, or end
/// it (which deletes the address).
#[component]
pub fn AlertPage() -> impl IntoView {
    let locale = use_locale();
    let token = token_param();
    let query = use_query_map();
    let confirmed_now = move || query.read().get("confirmed").is_some();
    let info = Resource::new(move || token.get(), fetch_alert_info);
    let confirm = ServerAction::<ConfirmAlert>::new();
    let unsubscribe = ServerAction::<UnsubscribeAlert>::new();
    view! {
        <PageTitle text=page_title(locale, &locale.t("alert-page-title")) />
        <h1>{t("alert-page-title")}</h1>
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {move || Suspend::new(async move {
                match info.await {
                    Ok(info) => {
                        let what_key = match info.topic {
                            Topic::Standard => "alert-what-standard",
                            Topic::Body => "alert-what-body",
                            Topic::Review => "alert-what-review",
                        };
                        let what = locale.t_args(what_key, &[("label", info.label.clone().into())]);
                        let page = info.topic.page(&info.key);
                        let state = if info.confirmed { "alert-state-confirmed" } else { "alert-state-waiting" };
                        view! {
                            <p class="notice" role="status" hidden=move || !confirmed_now()>{t("alert-confirmed")}</p>
                            <p>{locale.t_args("alert-page-lead", &[("what", what.into()), ("email", info.email.clone().into())])}</p>
                            <p><a href=page>{info.label.clone()}</a></p>
                            <p>{t(state)}</p>
                            {(!info.confirmed).then(|| view! {
                                <ActionForm action=confirm attr:class="inline-form">
                                    <input type="hidden" name="token" value=token.get_untracked() />
                                    <button type="submit">{t("alert-confirm-button")}</button>
                                </ActionForm>
                            })}
                            <ActionForm action=unsubscribe attr:class="inline-form">
                                <input type="hidden" name="token" value=token.get_untracked() />
                                <button type="submit" class="secondary">{t("alert-unsubscribe-button")}</button>
                            </ActionForm>
                            <p class="hint">{t("alert-privacy")}</p>
                        }
                        .into_any()
                    }
                    Err(AppError::NotFound) => view! { <p>{t("alert-unknown")}</p> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/mail/unsubscribe/:token`: the question before an alert or a digest ends.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let locale = use_locale();
    let token = token_param();
    let unsubscribe = ServerAction::<UnsubscribeAlert>::new();
    let failed = move || matches!(unsubscribe.value().get(), Some(Err(_)));
    view! {
        <PageTitle text=page_title(locale, &locale.t("alert-unsubscribe-title")) />
        <h1>{t("alert-unsubscribe-title")}</h1>
        <p class="form-error" role="alert" hidden=move || !failed()>{t("alert-unknown")}</p>
        <p>{t("alert-unsubscribe-lead")}</p>
        <ActionForm action=unsubscribe attr:class="inline-form">
            <input type="hidden" name="token" value=move || token.get() />
            <button type="submit">{t("alert-unsubscribe-button")}</button>
        </ActionForm>
    }
}

/// `/mail/unsubscribed`: done.
#[component]
pub fn UnsubscribedPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <PageTitle text=page_title(locale, &locale.t("alert-unsubscribe-title")) />
        <h1>{t("alert-unsubscribe-title")}</h1>
        <p class="notice" role="status">{t("alert-unsubscribed")}</p>
        <p><a href="/">{t("nav-home")}</a></p>
    }
}

/// `/mail/signature/:token`: the co-signer confirms; `/mail/signature-confirmed` thanks.
#[component]
pub fn SignatureConfirmPage() -> impl IntoView {
    let locale = use_locale();
    let token = token_param();
    let confirm = ServerAction::<ConfirmSignature>::new();
    let failed = move || matches!(confirm.value().get(), Some(Err(_)));
    view! {
        <PageTitle text=page_title(locale, &locale.t("signature-confirm-title")) />
        <h1>{t("signature-confirm-title")}</h1>
        <p class="form-error" role="alert" hidden=move || !failed()>{t("signature-confirm-invalid")}</p>
        <p>{t("signature-confirm-lead")}</p>
        <ActionForm action=confirm attr:class="inline-form">
            <input type="hidden" name="token" value=move || token.get() />
            <button type="submit">{t("signature-confirm-button")}</button>
        </ActionForm>
    }
}

#[component]
pub fn SignatureConfirmedPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <PageTitle text=page_title(locale, &locale.t("signature-confirm-title")) />
        <h1>{t("signature-confirm-title")}</h1>
        <p class="notice" role="status">{t("signature-confirmed")}</p>
        <p><a href="/open-letters">{t("nav-open-letters")}</a></p>
    }
}
