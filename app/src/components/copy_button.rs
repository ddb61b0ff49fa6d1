//! A button that copies text to the clipboard. Shown only once hydrated: without
//! JavaScript it could do nothing, and each page offers a download instead.

use leptos::prelude::*;

use crate::app::Hydrated;
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
    let hydrated = use_context::<Hydrated>().map(|h| h.0);
    let (copied, set_copied) = signal(false);
    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        {
            let _promise = window().navigator().clipboard().write_text(&text);
            set_copied.set(true);
        }
        #[cfg(not(feature = "hydrate"))]
        {
            let _ = (&text, set_copied);
        }
    };
    view! {
        <button
            type="button"
            id=(!id.is_empty()).then_some(id)
            class=class
            hidden=move || !hydrated.is_some_and(|h| h.get())
            on:click=on_click
        >
            {move || if copied.get() { t(done) } else { t(label) }}
        </button>
        <span class="visually-hidden" role="status">{move || copied.get().then(|| t(done))}</span>
    }
}
