//! `/coordinate/signatures` (coordinators): the signatures waiting for a decision, each
//! approved or rejected with one button; the CSV export of a letter's approved ones.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::page_title;
use crate::components::form::{FormProblems, access_error};
use crate::format::format_partial_date;
use crate::i18n::{t, use_locale};
use crate::open_letters::signatures::{ModerateSignature, PendingSignature, fetch_pending_signatures};

#[component]
pub fn SignaturesPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let moderate = ServerAction::<ModerateSignature>::new();
    let pending = Resource::new(|| (), move |_| fetch_pending_signatures(locale.tag().to_string()));
    let error = Signal::derive(move || moderate.value().get().and_then(Result::err));
    let done = move || query.read().get("moderated").is_some() || matches!(moderate.value().get(), Some(Ok(())));
    view! {
        <PageTitle text=page_title(locale, &locale.t("signatures-title")) />
        <h1>{t("signatures-title")}</h1>
        <p class="lead">{t("signatures-intro")}</p>
        <p class="notice" role="status" hidden=move || !done()>{t("signatures-moderated")}</p>
        <FormProblems error label=|_| None />
        <Transition fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                match pending.await {
                    Ok(list) if list.is_empty() => view! { <p class="hint">{t("signatures-empty")}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="history">
                            {list.into_iter().map(|signature| view! { <PendingEntry signature moderate /> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => access_error(error),
                }
            })}
        </Transition>
    }
}

#[component]
fn PendingEntry(signature: PendingSignature, moderate: ServerAction<ModerateSignature>) -> impl IntoView {
    let locale = use_locale();
    let PendingSignature { id, letter, name, organisation, country, role, email, listed, created_at } = signature;
    let buttons = [("approved", "signatures-approve"), ("rejected", "signatures-reject")]
        .into_iter()
        .map(|(decision, label)| {
            let id = id.clone();
            view! {
                <ActionForm action=moderate attr:class="inline-form">
                    <input type="hidden" name="id" value=id.clone() />
                    <input type="hidden" name="decision" value=decision />
                    <button type="submit" id=format!("{decision}-{id}") class=(decision == "rejected").then_some("reject")>{t(label)}</button>
                </ActionForm>
            }
        })
        .collect_view();
    let date = format_partial_date(locale, created_at.get(..10).unwrap_or_default());
    view! {
        <li class="pending-signature">
            <p>
                <strong>{name}</strong> ", " {organisation} {role.map(|r| view! { " (" {r} ")" })} " — " {country}
            </p>
            <p class="hint">
                <a href=format!("/open-letters/{letter}")>{letter.clone()}</a>
                " · " {date}
                " · " {email.unwrap_or_else(|| t("signatures-no-email"))}
                " · " {t(if listed { "signatures-listed" } else { "signatures-not-listed" })}
                " · " <a href=format!("/open-letters/{letter}/signatures.csv") rel="external">{t("signatures-export")}</a>
            </p>
            <div class="actions">{buttons}</div>
        </li>
    }
}
