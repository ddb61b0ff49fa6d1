//! After the letter: "I sent it" (`SentForm`, under a composed letter and an open
//! letter's recipient), the advocate's private page `/outcomes/:token` ("they replied"),
//! the coordinators' list of reports on a body's pipeline page (`ReportsSection`) and the
//! public counts (`CycleCountsSection` on a review's page, `BodyCountsSection` on a body's).

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use crate::components::copy_button::CopyButton;
use crate::components::error_notice::ErrorNotice;
use crate::components::form::{general_message, problem_message};
use crate::components::page_meta::PageTitle;
use crate::error::AppError;
use crate::format::{format_integer, format_partial_date};
use crate::i18n::{Locale, t, use_locale};
use crate::outreach::{
    Counts, CycleCounts, DismissReport, MAX_REPLY_CHARS, PipelineReport, RecordReport, ReportReply, ReportSent,
    STANCES, fetch_body_counts, fetch_cycle_counts, fetch_own_report, fetch_pipeline_reports,
};

use super::page_title;

/// "I sent it": counts the letter as sent and gives the advocate a private link to tell
/// later whether the body replied (e-mailed too, when they give an address and the site
/// sends mail).
#[component]
pub fn SentForm(nsb: String, via: &'static str, #[prop(optional, into)] open_letter: String) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<ReportSent>::new();
    let error = move || action.value().get().and_then(Result::err);
    let general = move || general_message(error(), locale);
    let email_problem = move || problem_message(error(), "email", locale);
    let mail = crate::mail::enabled();
    view! {
        <section class="sent-report no-print" aria-labelledby="sent-heading">
            <h2 id="sent-heading">{t("outcome-sent-heading")}</h2>
            <p class="hint">{t("outcome-sent-intro")}</p>
            <ActionForm action attr:class="alert-form" attr:id="sent-form">
                <input type="hidden" name="nsb" value=nsb />
                <input type="hidden" name="via" value=via />
                <input type="hidden" name="open_letter" value=open_letter />
                <p class="form-error" role="alert" hidden=move || general().is_none()>{general}</p>
                {if mail {
                    view! {
                        <div class="filter">
                            <label for="sent-email">{t("outcome-sent-email")}</label>
                            <input id="sent-email" name="email" type="email" maxlength="254" autocomplete="email" aria-describedby="sent-email-hint sent-email-error" />
                            <small id="sent-email-hint" class="hint">{t("outcome-sent-email-hint")}</small>
                            <small id="sent-email-error" class="field-error" hidden=move || email_problem().is_none()>{email_problem}</small>
                        </div>
                    }
                    .into_any()
                } else {
                    view! { <input type="hidden" name="email" value="" /> }.into_any()
                }}
                <crate::components::form::Honeypot id="sent" />
                <button type="submit" class="secondary">{t("outcome-sent-button")}</button>
            </ActionForm>
        </section>
    }
}

/// `/outcomes/:token`: the advocate's own report, and "they replied".
#[component]
pub fn OutcomePage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let token = Memo::new(move |_| params.read().get("token").unwrap_or_default());
    let report = Resource::new(move || token.get(), fetch_own_report);
    let action = ServerAction::<ReportReply>::new();
    let error = move || action.value().get().and_then(Result::err);
    let general = move || general_message(error(), locale);
    let text_problem = move || problem_message(error(), "reply_text", locale);
    let is_new = move || query.read().get("new").is_some();
    let replied = move || query.read().get("replied").is_some();
    view! {
        <PageTitle text=page_title(locale, &locale.t("outcome-title")) />
        <h1>{t("outcome-title")}</h1>
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {move || Suspend::new(async move {
                match report.await {
                    Ok(report) => {
                        let link = format!("{}/outcomes/{}", super::public_origin(), token.get_untracked());
                        let sent = locale.t_args(
                            "outcome-sent-on",
                            &[("body", report.body.clone().into()), ("date", format_partial_date(locale, &report.sent_on).into())],
                        );
                        let answer = report.stance.clone().map(|stance| {
                            locale.t_args(
                                "outcome-replied-on",
                                &[
                                    ("date", format_partial_date(locale, report.replied_on.as_deref().unwrap_or_default()).into()),
                                    ("answer", locale.t(&format!("outcome-stance-{stance}")).into()),
                                ],
                            )
                        });
                        let stances = STANCES.into_iter().map(|stance| {
                            let id = format!("stance-{stance}");
                            let checked = report.stance.as_deref() == Some(stance);
                            view! {
                                <div class="checkbox">
                                    <input type="radio" id=id.clone() name="stance" value=stance checked=checked required />
                                    <label for=id>{t(&format!("outcome-stance-{stance}"))}</label>
                                </div>
                            }
                        }).collect_view();
                        view! {
                            <div class="notice" role="status" hidden=move || !is_new()>
                                <p>{t("outcome-new")}</p>
                                <p><a id="outcome-link" dir="ltr" href=link.clone()>{link.clone()}</a></p>
                                <CopyButton text=link.clone() label="outcome-copy" done="outcome-copied" />
                            </div>
                            <p class="notice" role="status" hidden=move || !replied()>{t("outcome-thanks")}</p>
                            <p>{sent}</p>
                            {answer.map(|answer| view! { <p id="outcome-answer">{answer}</p> })}
                            <p><a href=format!("/nsbs/{}", report.alpha2)>{report.body.clone()}</a></p>
                            <h2 id="reply-heading">{t("outcome-reply-heading")}</h2>
                            <p class="hint">{t("outcome-reply-intro")}</p>
                            <ActionForm action attr:class="edit-form" attr:id="reply-form">
                                <input type="hidden" name="token" value=token.get_untracked() />
                                <p class="form-error" role="alert" hidden=move || general().is_none()>{general}</p>
                                <fieldset>
                                    <legend>{t("outcome-reply-stance")}</legend>
                                    {stances}
                                </fieldset>
                                <div class="filter">
                                    <label for="reply-text">{t("outcome-reply-text")}</label>
                                    <textarea id="reply-text" name="reply_text" rows="5" maxlength=MAX_REPLY_CHARS.to_string() aria-describedby="reply-text-hint reply-text-error"></textarea>
                                    <small id="reply-text-hint" class="hint">{t("outcome-reply-text-hint")}</small>
                                    <small id="reply-text-error" class="field-error" hidden=move || text_problem().is_none()>{text_problem}</small>
                                </div>
                                <crate::components::form::Honeypot id="reply" />
                                <button type="submit">{t("outcome-reply-button")}</button>
                            </ActionForm>
                        }
                        .into_any()
                    }
                    Err(AppError::NotFound) => view! { <p>{t("outcome-unknown")}</p> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Public reports on one body in one review, for coordinators: record a position from
/// one, or dismiss it. `latest_id` is the position form's (a stale page is refused).
#[component]
pub fn ReportsSection(cycle: String, alpha2: String, latest_id: String) -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let query = use_query_map();
    let here = move || super::reviews::return_path(&location.pathname.get(), &location.search.get());
    let record = ServerAction::<RecordReport>::new();
    let dismiss = ServerAction::<DismissReport>::new();
    let decided = move || query.read().get("reported").is_some();
    let error = move || [record.value().get(), dismiss.value().get()].into_iter().flatten().find_map(Result::err);
    let general = move || general_message(error(), locale);
    let reports =
        Resource::new(move || (cycle.clone(), alpha2.clone()), |(cycle, nsb)| fetch_pipeline_reports(cycle, nsb));
    view! {
        <section id="reports" aria-labelledby="reports-heading">
            <h2 id="reports-heading">{t("outcome-reports-heading")}</h2>
            <p class="hint">{t("outcome-reports-intro")}</p>
            <p class="notice" role="status" hidden=move || !decided()>{t("outcome-reports-decided")}</p>
            <p class="form-error" role="alert" hidden=move || general().is_none()>{general}</p>
            <Suspense fallback=|| ()>
                {move || {
                    let latest_id = latest_id.clone();
                    Suspend::new(async move {
                    let list: Vec<PipelineReport> = reports.await.unwrap_or_default();
                    if list.is_empty() {
                        return view! { <p class="hint">{t("outcome-reports-none")}</p> }.into_any();
                    }
                    let rows = list.into_iter().map(|report| {
                        let sent = format_partial_date(locale, &report.sent_on);
                        let answer = report.stance.clone().map_or_else(
                            || t("outcome-reports-no-reply"),
                            |stance| locale.t_args(
                                "outcome-replied-on",
                                &[
                                    ("date", format_partial_date(locale, report.replied_on.as_deref().unwrap_or_default()).into()),
                                    ("answer", locale.t(&format!("outcome-stance-{stance}")).into()),
                                ],
                            ),
                        );
                        let recordable = report.status == "open"
                            && report.stance.as_deref().is_some_and(|s| s != "no-answer");
                        let open = report.status == "open";
                        let (id_record, id_dismiss, latest) = (report.id.clone(), report.id.clone(), latest_id.clone());
                        view! {
                            <li class="report-row">
                                <p>
                                    <strong>{t(&format!("outcome-via-{}", report.via))}</strong> " · " {sent} " · " {answer}
                                    " · " <span class="hint">{t(&format!("outcome-status-{}", report.status))}</span>
                                </p>
                                {report.reply_text.clone().map(|text| view! { <blockquote class="reply-text">{text}</blockquote> })}
                                {recordable.then(|| view! {
                                    <ActionForm action=record attr:class="inline-form">
                                        <input type="hidden" name="id" value=id_record />
                                        <input type="hidden" name="latest_id" value=latest />
                                        <input type="hidden" name="return_to" value=here />
                                        <button type="submit">{t("outcome-record-button")}</button>
                                    </ActionForm>
                                })}
                                {open.then(|| view! {
                                    <ActionForm action=dismiss attr:class="inline-form">
                                        <input type="hidden" name="id" value=id_dismiss />
                                        <input type="hidden" name="return_to" value=here />
                                        <button type="submit" class="secondary">{t("outcome-dismiss-button")}</button>
                                    </ActionForm>
                                })}
                            </li>
                        }
                    }).collect_view();
                    view! { <ul class="reports">{rows}</ul> }.into_any()
                })}}
            </Suspense>
        </section>
    }
}

fn counts_sentence(locale: Locale, counts: &Counts) -> String {
    locale.t_args(
        "outcome-counts",
        &[
            ("letters", i64::from(counts.letters_started).into()),
            ("sent", i64::from(counts.reported_sent).into()),
            ("replies", i64::from(counts.replies).into()),
        ],
    )
}

/// A review's public counts: the total and a table of the bodies with any.
#[component]
pub fn CycleCountsSection(cycle: String) -> impl IntoView {
    let locale = use_locale();
    let counts = Resource::new(move || cycle.clone(), move |cycle| fetch_cycle_counts(cycle, locale.tag().to_string()));
    view! {
        <section id="outreach" aria-labelledby="outreach-heading">
            <h2 id="outreach-heading">{t("outcome-counts-heading")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let counts: CycleCounts = counts.await.unwrap_or_default();
                    let rows = counts.bodies.iter().map(|(alpha2, country, c)| view! {
                        <tr>
                            <th scope="row"><a href=format!("/nsbs/{alpha2}")>{country.clone()}</a></th>
                            <td>{format_integer(locale, c.letters_started as usize)}</td>
                            <td>{format_integer(locale, c.reported_sent as usize)}</td>
                            <td>{format_integer(locale, c.replies as usize)}</td>
                        </tr>
                    }).collect_view();
                    view! {
                        <p id="outreach-total">{counts_sentence(locale, &counts.total)}</p>
                        <p class="hint">{t("outcome-counts-hint")}</p>
                        {(!counts.bodies.is_empty()).then(|| view! {
                            <div class="table-scroll">
                                <table class="outreach">
                                    <thead>
                                        <tr>
                                            <th scope="col">{t("outcome-counts-country")}</th>
                                            <th scope="col">{t("outcome-counts-letters")}</th>
                                            <th scope="col">{t("outcome-counts-sent")}</th>
                                            <th scope="col">{t("outcome-counts-replies")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>{rows}</tbody>
                                </table>
                            </div>
                        })}
                    }
                })}
            </Suspense>
        </section>
    }
}

/// A body's public counts in each review it has any in.
#[component]
pub fn BodyCountsSection(alpha2: String) -> impl IntoView {
    let locale = use_locale();
    let counts = Resource::new(move || alpha2.clone(), fetch_body_counts);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let list = counts.await.unwrap_or_default();
                (!list.is_empty()).then(|| view! {
                    <section id="outreach" aria-labelledby="outreach-heading">
                        <h2 id="outreach-heading">{t("outcome-counts-heading")}</h2>
                        <ul>
                            {list.into_iter().map(|(cycle, reference, c)| view! {
                                <li>
                                    <a href=format!("/reviews/{cycle}")>{locale.t_args("alert-label-review", &[("reference", reference.into())])}</a>
                                    ": " {counts_sentence(locale, &c)}
                                </li>
                            }).collect_view()}
                        </ul>
                        <p class="hint">{t("outcome-counts-hint")}</p>
                    </section>
                })
            })}
        </Suspense>
    }
}
