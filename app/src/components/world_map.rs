//! The choropleth of the standard and review pages, drawn on the server as an SVG string
//! (`standards::map`). Hydration keeps the server's markup (`inner_html` is not
//! re-applied), so the browser never carries the map's geometry; a page drawn in the
//! browser (after a client-side navigation) fetches the same SVG from the server. When
//! JavaScript runs, the country under the pointer or focus is spelled out under the map.

use std::future::Future;

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::t;

/// `markup` is the SVG on the server and empty in the browser; `fetch` asks the server
/// for it; `skip_to` is the anchor after the map (some 170 countries are links, so
/// keyboard users can jump past them).
#[component]
pub fn WorldMap<F, Fut>(markup: String, fetch: F, skip_to: &'static str) -> impl IntoView
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Result<String, AppError>> + 'static,
{
    let (map_markup, set_map_markup) = signal(markup);
    let (readout, set_readout) = signal(String::new());
    let map_ref = NodeRef::<leptos::html::Div>::new();
    // Effects run in the browser only: a map drawn there is empty, so fetch it.
    Effect::new(move |_| {
        if map_ref.get().is_some_and(|div| div.child_element_count() == 0) {
            let request = fetch();
            leptos::task::spawn_local(async move {
                if let Ok(markup) = request.await {
                    set_map_markup.set(markup);
                }
            });
        }
    });
    let point = move |target: Option<leptos::web_sys::EventTarget>| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let link = target
                .and_then(|target| target.dyn_into::<leptos::web_sys::Element>().ok())
                .and_then(|element| element.closest("a").ok().flatten());
            if let Some(label) = link.and_then(|a| a.get_attribute("aria-label")) {
                set_readout.set(label);
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (target, set_readout);
    };
    view! {
        <a class="skip-link" href=skip_to>{t("map-skip")}</a>
        <div
            class="map"
            node_ref=map_ref
            inner_html=move || map_markup.get()
            on:mouseover=move |event: leptos::ev::MouseEvent| point(event.target())
            on:focusin=move |event: leptos::ev::FocusEvent| point(event.target())
        ></div>
        <p class="hint">{t("map-hint")}</p>
        <p class="map-readout" aria-live="polite">{readout}</p>
    }
}
