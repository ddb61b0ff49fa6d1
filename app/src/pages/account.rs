//! Sign-in (`/signin`) and the account page (`/account`). Both forms are `<ActionForm>`s:
//! without JavaScript they post and the server redirects (errors come back in the URL and
//! show next to the form).

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;

use super::page_title;
use crate::auth::{SignIn, SignOut, SignedInUser, current_user};
use crate::components::error_notice::ErrorNotice;
use crate::directory::corrections::open_correction_count;
use crate::error::AppError;
use crate::i18n::{t, use_locale};

#[component]
pub fn SignInPage() -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<SignIn>::new();
    let user = crate::components::layout::signed_in_user();
    let error = move || action.value().get().and_then(Result::err).map(|e: AppError| e.message(locale));
    view! {
        <PageTitle text=page_title(locale, &locale.t("signin-title")) />
        <h1>{t("signin-heading")}</h1>
        <p class="lead">{t("signin-intro")}</p>
        <Suspense>
            {Suspend::new(async move {
                user.await.map(|user| view! {
                    <p class="notice">
                        {locale.t_args("signin-already", &[("email", user.email.into())])} " "
                        <a href="/account">{t("nav-account")}</a>
                    </p>
                })
            })}
        </Suspense>
        <ActionForm action attr:class="auth-form">
            <div class="filter">
                <label for="signin-email">{t("signin-email")}</label>
                <input id="signin-email" type="email" name="email" autocomplete="username" required maxlength="254" />
            </div>
            <div class="filter">
                <label for="signin-password">{t("signin-password")}</label>
                <input
                    id="signin-password"
                    type="password"
                    name="password"
                    autocomplete="current-password"
                    required
                    maxlength="1000"
                    aria-describedby="signin-error"
                />
            </div>
            <p id="signin-error" class="form-error" role="alert" hidden=move || error().is_none()>
                {error}
            </p>
            <button type="submit">{t("signin-submit")}</button>
        </ActionForm>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let user = Resource::new(|| (), |_| current_user());
    let locale = use_locale();
    view! {
        <PageTitle text=page_title(locale, &locale.t("account-title")) />
        <h1>{t("account-heading")}</h1>
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                match user.await {
                    Ok(Some(user)) => view! { <AccountDetails user /> }.into_any(),
                    Ok(None) => view! { <SignInNeeded /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AccountDetails(user: SignedInUser) -> impl IntoView {
    let locale = use_locale();
    let sign_out = ServerAction::<SignOut>::new();
    view! {
        <p>
            {locale.t_args(
                "account-signed-in-as",
                &[("email", user.email.into()), ("role", locale.t(user.role.label_key()).into())],
            )}
        </p>
        <p>
            <a href="/coordinate" id="coordinate">{t("nav-coordinate")}</a>
            " · "
            <a href="/import" id="import">{t("nav-import")}</a>
        </p>
        <OpenCorrectionsCount />
        {(user.role == crate::auth::Role::Admin).then(|| view! {
            <p>
                <a href="/admin/accounts" id="manage-accounts">{t("nav-accounts")}</a>
            </p>
        })}
        <p>
            <a href="/changes">{t("nav-changes")}</a>
        </p>
        <DigestSetting />
        <ActionForm action=sign_out>
            <button type="submit" id="sign-out">{t("account-sign-out")}</button>
        </ActionForm>
    }
}

/// The weekly digest: on or off, and the button that changes it (when the site sends
/// mail; otherwise says none is sent).
#[component]
fn DigestSetting() -> impl IntoView {
    let action = ServerAction::<crate::mail::alerts::SetDigest>::new();
    let setting = Resource::new(|| (), |_| crate::mail::alerts::fetch_digest_setting());
    let mail = crate::mail::enabled();
    view! {
        <section id="digest" aria-labelledby="digest-heading">
            <h2 id="digest-heading">{t("digest-heading")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let on = setting.await.unwrap_or(false);
                    if !mail {
                        return view! { <p class="hint">{t("digest-no-mail")}</p> }.into_any();
                    }
                    let (state, button, next) = if on {
                        ("digest-on", "digest-turn-off", "0")
                    } else {
                        ("digest-off", "digest-turn-on", "1")
                    };
                    view! {
                        <p id="digest-state">{t(state)}</p>
                        <ActionForm action attr:class="inline-form">
                            <input type="hidden" name="on" value=next />
                            <button type="submit" class="secondary">{t(button)}</button>
                        </ActionForm>
                    }
                    .into_any()
                })}
            </Suspense>
        </section>
    }
}

/// 401 with a way to sign in.
#[component]
pub fn SignInNeeded() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::UNAUTHORIZED);
    }
    view! {
        <p>{t("account-sign-in-needed")}</p>
        <p>
            <a class="button" href="/signin">{t("account-go-sign-in")}</a>
        </p>
    }
}

/// The coordinators' dashboard line: how many reports wait, linking to the queue.
#[component]
fn OpenCorrectionsCount() -> impl IntoView {
    let locale = use_locale();
    let count = Resource::new(|| (), |_| open_correction_count());
    view! {
        <Suspense>
            {Suspend::new(async move {
                count.await.ok().map(|n| view! {
                    <p>
                        <a href="/corrections" id="open-corrections">
                            {locale.t_args("corrections-open-count", &[("count", n.into())])}
                        </a>
                    </p>
                })
            })}
        </Suspense>
    }
}
