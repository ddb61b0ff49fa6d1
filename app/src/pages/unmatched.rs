//! `/admin/unmatched-members` (admins): ISO member ids no body carries, and the form that
//! creates a body from one. Plain forms; they work without JavaScript.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;

use super::page_title;
use crate::components::form::{FormProblems, access_error};
use crate::directory::Category;
use crate::directory::unmatched::{CreateBodyFromMember, UnmatchedMember, fetch_unmatched};
use crate::i18n::{t, use_locale};

#[component]
pub fn UnmatchedMembersPage() -> impl IntoView {
    let locale = use_locale();
    let page = Resource::new(|| (), move |_| fetch_unmatched(locale.tag().to_string()));
    let create = ServerAction::<CreateBodyFromMember>::new();
    view! {
        <PageTitle text=page_title(locale, &locale.t("unmatched-title")) />
        <h1>{t("unmatched-title")}</h1>
        <p class="lead">{t("unmatched-intro")}</p>
        <Suspense fallback=|| view! { <p>{t("loading")}</p> }>
            {Suspend::new(async move {
                match page.await {
                    Ok(page) if page.members.is_empty() => view! { <p class="notice">{t("unmatched-none")}</p> }.into_any(),
                    Ok(page) => {
                        let countries = page.countries.clone();
                        page.members
                            .into_iter()
                            .map(|member| view! { <MemberCard member countries=countries.clone() create /> })
                            .collect_view()
                            .into_any()
                    }
                    Err(error) => access_error(error),
                }
            })}
        </Suspense>
    }
}

#[component]
fn MemberCard(
    member: UnmatchedMember,
    countries: Vec<(String, String)>,
    create: ServerAction<CreateBodyFromMember>,
) -> impl IntoView {
    let locale = use_locale();
    let error = Signal::derive(move || create.value().get().and_then(Result::err));
    let id = member.member_id.clone();
    let heading = format!("member-{id}");
    let label = member.acronym.clone().unwrap_or_else(|| id.clone());
    let options = countries
        .into_iter()
        .map(|(code, name)| view! { <option value=code.clone()>{format!("{name} ({code})")}</option> })
        .collect_view();
    let categories = Category::ALL
        .into_iter()
        .map(|c| view! { <option value=c.db_value()>{t(&format!("category-{}", c.slug()))}</option> })
        .collect_view();
    let field = move |name: &str| format!("{name}-{id}");
    view! {
        <section class="import-kind unmatched-member" aria-labelledby=heading.clone()>
            <h2 id=heading.clone()>{label.clone()} " · " {locale.t_args("unmatched-id", &[("id", member.member_id.clone().into())])}</h2>
            <p>
                {locale.t_args(
                    "unmatched-counts",
                    &[("p", member.p_committees.into()), ("o", member.o_committees.into())],
                )}
                " " {member.examples.join(", ")}
            </p>
            <ActionForm action=create attr:class="edit-form">
                <input type="hidden" name="member_id" value=member.member_id.clone() />
                <FormProblems error label=|_| None />
                <div class="filter">
                    <label for=field("alpha2")>{t("unmatched-country")}</label>
                    <select id=field("alpha2") name="alpha2" required>
                        <option value="">{t("unmatched-country-choose")}</option>
                        {options}
                    </select>
                </div>
                <div class="filter">
                    <label for=field("acronym")>{t("field-acronym")}</label>
                    <input id=field("acronym") name="acronym" value=member.acronym.clone().unwrap_or_default() maxlength="40" />
                </div>
                <div class="filter">
                    <label for=field("name")>{t("field-body-name-en")}</label>
                    <input id=field("name") name="body_name_en" maxlength="200" />
                </div>
                <div class="filter">
                    <label for=field("category")>{t("field-category")}</label>
                    <select id=field("category") name="iso_category">
                        <option value="">{t("value-unknown")}</option>
                        {categories}
                    </select>
                </div>
                <div class="filter">
                    <label for=field("source")>{t("edit-source")}</label>
                    <input id=field("source") name="source" value=member.source.clone() maxlength="500" required />
                </div>
                <div class="filter">
                    <label for=field("as_of")>{t("edit-as-of")}</label>
                    <input id=field("as_of") name="as_of" value=member.as_of.clone().unwrap_or_default() maxlength="10" />
                </div>
                <button type="submit">{t("unmatched-create")}</button>
            </ActionForm>
        </section>
    }
}
