//! `/admin/accounts` (admins): accounts, invitations, disabling, password-reset links;
//! `/invitation/:token` (anyone with the link): set a password and sign in.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::account::SignInNeeded;
use super::page_title;
use crate::auth::admin::{
    AccountSummary, InviteAccount, LINK_HOURS, MailStatus, PasswordResetLink, SetAccountDisabled, UseLink,
    fetch_link_info, fetch_mail_status, fetch_new_link, list_accounts,
};
use crate::auth::{MIN_PASSWORD_CHARS, Role};
use crate::components::error_notice::ErrorNotice;
use crate::error::AppError;
use crate::format::format_partial_date;
use crate::i18n::{Locale, t, use_locale};

/// The first message of an error, translated (field problems carry their own keys).
fn error_text(error: &AppError, locale: Locale) -> String {
    match error {
        AppError::Invalid(problems) => problems.first().map_or_else(
            || error.message(locale),
            |p| locale.t_args(&p.key, &[("min", MIN_PASSWORD_CHARS.into()), ("max", p.max.unwrap_or_default().into())]),
        ),
        _ => error.message(locale),
    }
}

#[component]
pub fn AccountsPage() -> impl IntoView {
    let locale = use_locale();
    let invite = ServerAction::<InviteAccount>::new();
    let disable = ServerAction::<SetAccountDisabled>::new();
    let reset = ServerAction::<PasswordResetLink>::new();
    let accounts = Resource::new(|| (), |_| list_accounts());
    let new_link = Resource::new(|| (), |_| fetch_new_link());
    let mail = Resource::new(|| (), |_| fetch_mail_status());
    let query = use_query_map();
    let mailed = move || query.read().get("mailed").is_some();
    let error = move || {
        [invite.value().get(), disable.value().get(), reset.value().get()]
            .into_iter()
            .flatten()
            .find_map(Result::err)
            .map(|e| error_text(&e, locale))
    };
    view! {
        <PageTitle text=page_title(locale, &locale.t("accounts-title")) />
        <h1>{t("accounts-heading")}</h1>
        <p class="form-error" role="alert" hidden=move || error().is_none()>{error}</p>
        <p class="notice" role="status" hidden=move || !mailed()>{t("accounts-link-mailed")}</p>
        <Transition>
            {Suspend::new(async move {
                new_link.await.ok().flatten().map(|link| {
                    let key = if link.purpose == "reset" { "accounts-link-reset" } else { "accounts-link-invite" };
                    let text = locale.t_args(key, &[("email", link.email.into()), ("hours", LINK_HOURS.into())]);
                    let href = format!("/invitation/{}", link.token);
                    view! {
                        <div class="notice" role="status">
                            <p>{text}</p>
                            <p><a id="one-time-link" dir="ltr" href=href.clone()>{href.clone()}</a></p>
                        </div>
                    }
                })
            })}
        </Transition>
        <Transition fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                match accounts.await {
                    Ok(list) => view! { <AccountList list disable reset invite /> }.into_any(),
                    Err(AppError::Unauthorized) => view! { <SignInNeeded /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Transition>
        <Transition>
            {Suspend::new(async move { mail.await.ok().map(|status| view! { <MailSection status /> }) })}
        </Transition>
    }
}

/// E-mail as admins see it: configured or not, and the outbox (counts, newest messages).
#[component]
fn MailSection(status: MailStatus) -> impl IntoView {
    let locale = use_locale();
    let state = if status.enabled { t("mail-admin-enabled") } else { t("mail-admin-disabled") };
    let outbox = status.outbox;
    let counts = locale.t_args(
        "mail-admin-counts",
        &[("queued", outbox.queued.into()), ("sent", outbox.sent.into()), ("failed", outbox.failed.into())],
    );
    let rows = outbox
        .recent
        .into_iter()
        .map(|row| {
            let when = row.sent_at.unwrap_or(row.created_at);
            view! {
                <tr>
                    <td>{row.kind}</td>
                    <td dir="ltr">{row.recipient}</td>
                    <td>{t(&format!("mail-status-{}", row.status))}</td>
                    <td>{row.attempts}</td>
                    <td>{format_partial_date(locale, when.get(..10).unwrap_or_default())}</td>
                    <td>{row.last_error.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section id="mail" aria-labelledby="mail-heading">
            <h2 id="mail-heading">{t("mail-admin-heading")}</h2>
            <p>{state}</p>
            <p>{counts}</p>
            <div class="table-scroll">
                <table class="outbox">
                    <thead>
                        <tr>
                            <th scope="col">{t("mail-admin-kind")}</th>
                            <th scope="col">{t("accounts-email")}</th>
                            <th scope="col">{t("mail-admin-status")}</th>
                            <th scope="col">{t("mail-admin-attempts")}</th>
                            <th scope="col">{t("mail-admin-when")}</th>
                            <th scope="col">{t("mail-admin-error")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn AccountList(
    list: Vec<AccountSummary>,
    disable: ServerAction<SetAccountDisabled>,
    reset: ServerAction<PasswordResetLink>,
    invite: ServerAction<InviteAccount>,
) -> impl IntoView {
    let locale = use_locale();
    let rows = list
        .into_iter()
        .map(|account| {
            let status = if account.disabled { t("accounts-status-disabled") } else { t("accounts-status-active") };
            let created = format_partial_date(locale, account.created_at.get(..10).unwrap_or_default());
            let (toggle_id, reset_id) = (account.id.clone(), account.id.clone());
            let next = (!account.disabled).to_string();
            let toggle_label = if account.disabled { t("accounts-enable") } else { t("accounts-disable") };
            let toggle = (!account.is_you).then(|| {
                view! {
                    <ActionForm action=disable>
                        <input type="hidden" name="id" value=toggle_id />
                        <input type="hidden" name="disabled" value=next />
                        <button type="submit" class="secondary toggle">{toggle_label}</button>
                    </ActionForm>
                }
            });
            view! {
                <tr>
                    <td>{account.email.clone()} {account.is_you.then(|| view! { " " {t("accounts-you")} })}</td>
                    <td>{t(account.role.label_key())}</td>
                    <td>{status}</td>
                    <td>{created}</td>
                    <td class="row-actions">
                        {toggle}
                        <ActionForm action=reset>
                            <input type="hidden" name="id" value=reset_id />
                            <button type="submit" class="secondary">{t("accounts-reset")}</button>
                        </ActionForm>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let role_options = [Role::Coordinator, Role::Admin]
        .map(|role| view! { <option value=role.db_value()>{t(role.label_key())}</option> })
        .collect_view();
    view! {
        <div class="table-scroll">
        <table class="accounts">
            <thead>
                <tr>
                    <th scope="col">{t("accounts-email")}</th>
                    <th scope="col">{t("accounts-role")}</th>
                    <th scope="col"></th>
                    <th scope="col"></th>
                    <th scope="col"></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
        <h2>{t("accounts-invite")}</h2>
        <p class="hint">{locale.t_args("accounts-intro", &[("hours", LINK_HOURS.into())])}</p>
        <ActionForm action=invite attr:class="auth-form">
            <div class="filter">
                <label for="invite-email">{t("accounts-email")}</label>
                <input id="invite-email" name="email" type="email" required maxlength="254" />
            </div>
            <div class="filter">
                <label for="invite-role">{t("accounts-role")}</label>
                <select id="invite-role" name="role">{role_options}</select>
            </div>
            <button type="submit">{t("accounts-invite")}</button>
        </ActionForm>
    }
}

#[component]
pub fn InvitationPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let info = Resource::new(token, fetch_link_info);
    let action = ServerAction::<UseLink>::new();
    let error = move || action.value().get().and_then(Result::err).map(|e| error_text(&e, locale));
    view! {
        <PageTitle text=page_title(locale, &locale.t("invitation-title")) />
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                match info.await {
                    Ok(info) => {
                        let heading = if info.purpose == "reset" { "invitation-heading-reset" } else { "invitation-heading-invite" };
                        let intro = locale.t_args(
                            "invitation-intro",
                            &[
                                ("email", info.email.clone().into()),
                                ("role", locale.t(info.role.label_key()).into()),
                                ("min", MIN_PASSWORD_CHARS.into()),
                            ],
                        );
                        let token = token();
                        view! {
                            <h1>{t(heading)}</h1>
                            <p class="lead">{intro}</p>
                            <ActionForm action attr:class="auth-form">
                                <input type="hidden" name="token" value=token />
                                <input type="email" name="username" value=info.email autocomplete="username" hidden />
                                <div class="filter">
                                    <label for="new-password">{t("invitation-password")}</label>
                                    <input id="new-password" type="password" name="password" required minlength=MIN_PASSWORD_CHARS maxlength="1000" autocomplete="new-password" />
                                </div>
                                <div class="filter">
                                    <label for="new-password-again">{t("invitation-password-again")}</label>
                                    <input id="new-password-again" type="password" name="password_again" required minlength=MIN_PASSWORD_CHARS maxlength="1000" autocomplete="new-password" />
                                </div>
                                <p class="form-error" role="alert" hidden=move || error().is_none()>{error}</p>
                                <button type="submit">{t("invitation-submit")}</button>
                            </ActionForm>
                        }
                        .into_any()
                    }
                    Err(error) => view! {
                        <h1>{t("invitation-title")}</h1>
                        <p class="form-error" role="alert">{error_text(&error, locale)}</p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}
