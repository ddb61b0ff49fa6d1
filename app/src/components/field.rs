//! One row of a contact card: label, value (or "unknown") and where it came from.

use leptos::prelude::*;

use crate::directory::{Field, Provenance};
use crate::format::format_partial_date;
use crate::i18n::{t, use_locale};

/// "Source: iso.org member page, StanDat scrape (2021/22) · as of 2022-01".
#[component]
pub fn SourceNote(provenance: Option<Provenance>) -> impl IntoView {
    let locale = use_locale();
    provenance.map(|p| {
        let text = match &p.as_of {
            Some(as_of) => locale.t_args(
                "field-source-dated",
                &[("source", p.source.clone().into()), ("date", format_partial_date(locale, as_of).into())],
            ),
            None => locale.t_args("field-source-undated", &[("source", p.source.clone().into())]),
        };
        view! { <span class="source">{text}</span> }
    })
}

/// A labelled field. `render` turns a known value into markup (a link, lines…).
#[component]
pub fn FieldRow<F, V>(label: String, field: Field, render: F) -> impl IntoView
where
    F: Fn(String) -> V + 'static,
    V: IntoView + 'static,
{
    let Field { value, provenance } = field;
    view! {
        <div class="field">
            <dt>{label}</dt>
            <dd>
                {match value {
                    Some(value) => render(value).into_any(),
                    None => view! { <span class="unknown">{t("value-unknown")}</span> }.into_any(),
                }}
                <SourceNote provenance />
            </dd>
        </div>
    }
}
