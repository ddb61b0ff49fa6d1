//! A button that copies text to the clipboard. Shown only once hydrated (the `js-only`
//! class): without JavaScript it could do nothing, and each page offers a download
//! instead. The click is handled by `islands::install`'s listener on the document.

use leptos::prelude::*;

use crate::i18n::t;

/// `label` and `done` are message keys ("Copy contact" / "Contact copied").
#[component]
pub fn CopyButton(
    text: String,
    label: &'static str,
    done: &'static str,
    #[prop(optional)] id: &'static str,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let class = if class.is_empty() { "js-only".to_string() } else { format!("js-only {class}") };
    view! {
        <button type="button" id=(!id.is_empty()).then_some(id) class=class data-copy=text data-done=t(done)>
            {t(label)}
        </button>
        <span class="visually-hidden" role="status"></span>
    }
}
