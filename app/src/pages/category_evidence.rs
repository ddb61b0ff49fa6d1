//! On a body's page: ISO's committee data listing it as P-member while its recorded
//! category says otherwise — the evidence for everyone, and for coordinators the button
//! that records *member body* with that evidence as its source.

use leptos::prelude::*;

use crate::components::form::FormProblems;
use crate::directory::evidence::{CategoryEvidence, ConfirmMemberBody, fetch_category_evidence};
use crate::i18n::{t, use_locale};

#[component]
pub fn CategoryEvidenceNotice(alpha2: String) -> impl IntoView {
    let evidence = Resource::new(move || alpha2.clone(), fetch_category_evidence);
    let user = crate::components::layout::signed_in_user();
    view! {
        <Suspense>
            {Suspend::new(async move {
                let coordinator = user.await.is_some();
                evidence.await.ok().flatten().map(|evidence| view! { <Evidence evidence coordinator /> })
            })}
        </Suspense>
    }
}

#[component]
fn Evidence(evidence: CategoryEvidence, coordinator: bool) -> impl IntoView {
    let locale = use_locale();
    let confirm = ServerAction::<ConfirmMemberBody>::new();
    let error = Signal::derive(move || confirm.value().get().and_then(Result::err));
    let recorded = evidence.recorded.map_or_else(|| t("value-unknown"), |c| t(c.label_key()));
    let committees = evidence.examples.iter().map(|(_, reference)| reference.clone()).collect::<Vec<_>>().join(", ");
    view! {
        <aside class="notice category-evidence" id="category-evidence">
            <p>
                {locale.t_args(
                    "category-evidence",
                    &[
                        ("count", evidence.p_committees.into()),
                        ("committees", committees.into()),
                        ("recorded", recorded.into()),
                    ],
                )}
            </p>
            <p class="explain">{evidence.source.clone()}</p>
            {coordinator.then(|| view! {
                <ActionForm action=confirm attr:class="edit-form" attr:id="confirm-member-body">
                    <input type="hidden" name="code" value=evidence.alpha2.clone() />
                    <input type="hidden" name="version" value=evidence.version />
                    <FormProblems error label=|_| None />
                    <button type="submit">{t("category-evidence-confirm")}</button>
                </ActionForm>
            })}
        </aside>
    }
}
