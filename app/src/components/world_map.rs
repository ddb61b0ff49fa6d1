//! The choropleth of the standard and review pages, drawn on the server as an SVG string
//! (`standards::map`); the browser never carries the map's geometry. When JavaScript
//! runs, the country under the pointer or focus is spelled out under the map
//! (`islands::MapReadout`).

use leptos::prelude::*;

use crate::components::islands::MapReadout;
use crate::i18n::t;

/// `markup` is the SVG; `skip_to` is the anchor after the map (some 170 countries are
/// links, so keyboard users can jump past them).
#[component]
pub fn WorldMap(markup: String, skip_to: &'static str) -> impl IntoView {
    view! {
        <a class="skip-link" href=skip_to>{t("map-skip")}</a>
        <MapReadout>
            <div class="map-drawing" inner_html=markup></div>
        </MapReadout>
        // Pointing means nothing on a touch screen: each kind of screen gets its own hint.
        <p class="hint hint-pointer">{t("map-hint")}</p>
        <p class="hint hint-touch">{t("map-hint-touch")}</p>
    }
}
