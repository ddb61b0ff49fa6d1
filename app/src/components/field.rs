//! One row of a contact card: label, value (or "unknown") and where it came from.

use leptos::prelude::*;

use crate::directory::{Field, Provenance};
use crate::format::format_partial_date;
use crate::i18n::{t, use_locale};

/// Marks where the source list goes in a translated sentence, so the sentence keeps each
/// language's word order while the list holds links.
const SOURCES_MARK: &str = "\u{E000}";

/// "Source: iso.org member page (official), as of January 2022": each cited source by its
/// public name, linked where it has an address, with its kind, official first; a value
/// resting only on secondary sources says so.
#[component]
pub fn SourceNote(provenance: Option<Provenance>) -> impl IntoView {
    let locale = use_locale();
    provenance.map(|p| {
        let sources = crate::sources::read(&p.source);
        let secondary_only = crate::sources::secondary_only(&sources);
        let text = match &p.as_of {
            Some(as_of) => locale.t_args(
                "field-source-dated",
                &[("source", SOURCES_MARK.into()), ("date", format_partial_date(locale, as_of).into())],
            ),
            None => locale.t_args("field-source-undated", &[("source", SOURCES_MARK.into())]),
        };
        let (before, after) = text.split_once(SOURCES_MARK).unwrap_or((text.as_str(), ""));
        let count = sources.len();
        // Each script's own semicolon between sources.
        let separator = locale.t("source-separator");
        let list = sources
            .into_iter()
            .enumerate()
            .map(|(i, source)| {
                let name = match source.url {
                    Some(url) => view! { <a href=url rel="noopener nofollow"><bdi>{source.name}</bdi></a> }.into_any(),
                    None => view! { <bdi>{source.name}</bdi> }.into_any(),
                };
                let kind = source.kind.map(|k| view! { " " <span class="source-kind">{t(k.label_key())}</span> });
                view! { {name}{kind}{(i + 1 < count).then(|| separator.clone())} }
            })
            .collect_view();
        view! {
            <span class="source">
                {before.to_string()}{list}{after.to_string()}
                {secondary_only.then(|| view! { " " <em class="secondary-only">{t("source-secondary-only")}</em> })}
            </span>
        }
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
