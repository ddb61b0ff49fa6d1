//! The islands: the only parts of Quorum compiled to WebAssembly (Leptos `islands` mode).
//!
//! Every page is complete as the server sends it; forms are plain GET and POST forms. The
//! browser adds comfort, never function:
//! - [`LiveRegion`]: a region of server-rendered HTML that updates in place. GET forms
//!   inside a live region apply as their fields change (the server renders the answer,
//!   the region takes the new parts and the URL stays in step); so do POST forms marked
//!   `data-live` (the composer), whose fields marked `data-private` are sent in the body
//!   and never enter the URL; other POST forms inside any region are sent in the
//!   background and the region shows the page the server answers with, so the page is
//!   not reloaded (a form marked `data-navigate` is left to the browser); a region can
//!   also read its page again while a long job runs.
//! - [`MapReadout`]: spells out the country under the pointer or focus on a map.
//! - Copy and print buttons (`button[data-copy]`, `button[data-print]`, hidden until the
//!   page is hydrated) are handled by one listener on the document, so that buttons in
//!   HTML a live region brings in work too.
//!
//! No island reads a translation: every text comes from the server's HTML, so the wasm
//! carries neither the Fluent messages nor the rest of the app.

use leptos::prelude::*;

/// Waiting time after a keystroke before the region asks the server.
#[cfg(feature = "hydrate")]
const SETTLE: std::time::Duration = std::time::Duration::from_millis(150);

/// `id` is the region's element id; `swap` the ids of the elements it replaces from the
/// server's answer (the region's content when empty); `live` makes GET forms apply as
/// they change; with `poll_ms`, while an element marked `data-running` is in the page,
/// the region reads its page again that often.
#[island]
pub fn LiveRegion(
    id: String,
    #[prop(optional)] swap: Option<Vec<String>>,
    #[prop(optional)] live: Option<bool>,
    #[prop(optional)] poll_ms: Option<u32>,
    children: Children,
) -> impl IntoView {
    let targets = StoredValue::new(swap.filter(|ids| !ids.is_empty()).unwrap_or_else(|| vec![id.clone()]));
    let (live, poll_ms) = (live.unwrap_or_default(), poll_ms.unwrap_or_default());
    // The newest change; answers to older ones are dropped.
    let latest = StoredValue::new(0_u32);
    let on_change = move |event: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        if live {
            client::changed(&event, targets, latest);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (event, live, latest, targets);
    };
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        client::submitted(&event, targets);
        #[cfg(not(feature = "hydrate"))]
        let _ = event;
    };
    #[cfg(feature = "hydrate")]
    if poll_ms > 0 {
        client::poll(targets, poll_ms);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = poll_ms;
    view! {
        <div id=id class="live-region" on:input=on_change on:change=on_change on:submit=on_submit>
            {children()}
        </div>
    }
}

/// Wraps a map whose countries are links labelled "Country: status"; the label of the one
/// under the pointer or focus is written under the map (and read by screen readers).
#[island]
pub fn MapReadout(children: Children) -> impl IntoView {
    let (readout, set_readout) = signal(String::new());
    let point = move |target: Option<leptos::web_sys::EventTarget>| {
        #[cfg(feature = "hydrate")]
        if let Some(label) = client::link_label(target) {
            set_readout.set(label);
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (target, set_readout);
    };
    view! {
        <div
            class="map"
            on:mouseover=move |event: leptos::ev::MouseEvent| point(event.target())
            on:focusin=move |event: leptos::ev::FocusEvent| point(event.target())
        >
            {children()}
        </div>
        <p class="map-readout" aria-live="polite">{readout}</p>
    }
}

/// Marks the page hydrated and handles copy and print buttons; `hydrate` calls it.
#[cfg(feature = "hydrate")]
pub fn install() {
    client::install();
}

#[cfg(feature = "hydrate")]
mod client {
    use leptos::prelude::*;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        Document, DomParser, Element, FormData, Headers, HtmlElement, HtmlFormElement, RequestInit, Response,
        SupportedType, UrlSearchParams,
    };

    use super::SETTLE;

    pub fn install() {
        let page = document();
        if let Ok(Some(site)) = page.query_selector(".site") {
            let _ = site.set_attribute("data-hydrated", "true");
        }
        let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(|event: web_sys::MouseEvent| {
            if let Some(button) = closest(event.target(), "button[data-copy], button[data-print]") {
                press(&button);
            }
        });
        let _ = page.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        on_click.forget();
    }

    fn press(button: &Element) {
        if button.has_attribute("data-print") {
            let _ = window().print();
            return;
        }
        let Some(text) = button.get_attribute("data-copy") else { return };
        let _promise = window().navigator().clipboard().write_text(&text);
        if let Some(done) = button.get_attribute("data-done") {
            button.set_text_content(Some(&done));
            // The status next to the button tells screen readers.
            if let Some(status) = button.next_element_sibling() {
                status.set_text_content(Some(&done));
            }
        }
    }

    fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<Element> {
        target?.dyn_into::<Element>().ok()?.closest(selector).ok()?
    }

    pub fn link_label(target: Option<web_sys::EventTarget>) -> Option<String> {
        closest(target, "a")?.get_attribute("aria-label")
    }

    /// A field changed in a live region: after a pause, the form's GET answer.
    pub fn changed(event: &web_sys::Event, targets: StoredValue<Vec<String>>, latest: StoredValue<u32>) {
        let Some(form) = closest(event.target(), "form").and_then(|f| f.dyn_into::<HtmlFormElement>().ok()) else {
            return;
        };
        let post = form.method().eq_ignore_ascii_case("post") && form.has_attribute("data-live");
        if !post && !form.method().eq_ignore_ascii_case("get") {
            return;
        }
        let turn = latest.get_value().wrapping_add(1);
        latest.set_value(turn);
        set_timeout(
            move || {
                if latest.get_value() != turn {
                    return;
                }
                // The address shows what is not private; a POST sends everything.
                let Some(query) = fields(&form, false, false) else { return };
                let body = if post { fields(&form, true, true) } else { None };
                let action = form.action();
                let url = if query.is_empty() { action.clone() } else { format!("{action}?{query}") };
                leptos::task::spawn_local(async move {
                    let answer = match body {
                        Some(body) => fetch_page(&action, Some(body)).await,
                        None => fetch_page(&url, None).await,
                    };
                    let Some((_, Some(page))) = answer else { return };
                    // A newer change is on its way: its answer will be shown instead.
                    if latest.get_value() == turn
                        && swap(&page, &targets.get_value())
                        && let Ok(history) = window().history()
                    {
                        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
                    }
                });
            },
            SETTLE,
        );
    }

    /// A POST form in a region is sent in the background. If the request cannot be made
    /// the browser sends the form itself; if the answer lacks the region, the browser
    /// goes to the answer's address (the write is not sent twice).
    pub fn submitted(event: &web_sys::SubmitEvent, targets: StoredValue<Vec<String>>) {
        let Some(form) = event.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else { return };
        if !form.method().eq_ignore_ascii_case("post")
            || form.enctype().eq_ignore_ascii_case("multipart/form-data")
            || form.has_attribute("data-navigate")
        {
            return;
        }
        let Some(body) = fields(&form, true, true) else { return };
        event.prevent_default();
        let action = form.action();
        leptos::task::spawn_local(async move {
            match fetch_page(&action, Some(body)).await {
                None => {
                    let _ = form.submit();
                }
                Some((url, page)) => {
                    if !page.is_some_and(|page| swap(&page, &targets.get_value())) {
                        let _ = window().location().assign(&url);
                    }
                }
            }
        });
    }

    /// While something in the page is marked `data-running`, read the page again.
    pub fn poll(targets: StoredValue<Vec<String>>, every_ms: u32) {
        set_timeout(
            move || {
                let running = document().query_selector("[data-running]").ok().flatten().is_some();
                leptos::task::spawn_local(async move {
                    if running {
                        let here = window().location().href().unwrap_or_default();
                        if let Some((_, Some(page))) = fetch_page(&here, None).await {
                            swap(&page, &targets.get_value());
                        }
                    }
                    poll(targets, every_ms);
                });
            },
            std::time::Duration::from_millis(every_ms.into()),
        );
    }

    /// The form's fields URL-encoded; without `keep_empty`, empty ones are left out so
    /// that the address stays short; without `private`, fields marked `data-private` are
    /// left out (files are never included).
    fn fields(form: &HtmlFormElement, keep_empty: bool, private: bool) -> Option<String> {
        let data = FormData::new_with_form(form).ok()?;
        let params = UrlSearchParams::new().ok()?;
        let mut hidden = Vec::new();
        if !private && let Ok(marked) = form.query_selector_all("[data-private]") {
            for i in 0..marked.length() {
                if let Some(name) = marked.item(i).and_then(|n| n.dyn_into::<Element>().ok()?.get_attribute("name")) {
                    hidden.push(name);
                }
            }
        }
        for entry in js_sys::try_iter(&data).ok()?? {
            let pair: js_sys::Array = entry.ok()?.dyn_into().ok()?;
            if let (Some(name), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string())
                && (keep_empty || !value.is_empty())
                && !hidden.contains(&name)
            {
                params.append(&name, &value);
            }
        }
        Some(params.to_string().into())
    }

    /// The page at `url` (after redirects) and its final address; `None` when no answer
    /// came (or an error status), the document `None` when it was not HTML.
    async fn fetch_page(url: &str, post: Option<String>) -> Option<(String, Option<Document>)> {
        let headers = Headers::new().ok()?;
        headers.set("Accept", "text/html").ok()?;
        let init = RequestInit::new();
        if let Some(body) = post {
            init.set_method("POST");
            headers.set("Content-Type", "application/x-www-form-urlencoded").ok()?;
            init.set_body(&JsValue::from_str(&body));
        }
        init.set_headers(&headers);
        let response: Response =
            JsFuture::from(window().fetch_with_str_and_init(url, &init)).await.ok()?.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        let html = match response.text() {
            Ok(text) => JsFuture::from(text).await.ok().and_then(|t| t.as_string()),
            Err(_) => None,
        };
        let page = html.and_then(|html| DomParser::new().ok()?.parse_from_string(&html, SupportedType::TextHtml).ok());
        Some((response.url(), page))
    }

    /// Gives each element named in `ids` the content of its namesake in `page`; false
    /// (and nothing changed) when one is missing. Focus inside a replaced part returns to
    /// the element with the same id.
    fn swap(page: &Document, ids: &[String]) -> bool {
        let here = document();
        let pairs: Option<Vec<(Element, Element)>> =
            ids.iter().map(|id| Some((here.get_element_by_id(id)?, page.get_element_by_id(id)?))).collect();
        let Some(pairs) = pairs else { return false };
        let focused = here.active_element().map(|element| element.id()).filter(|id| !id.is_empty());
        for (old, new) in pairs {
            old.set_inner_html(&new.inner_html());
        }
        let lost = match here.active_element() {
            None => true,
            Some(element) => {
                !element.is_connected() || here.body().is_some_and(|body| body.is_same_node(Some(&element)))
            }
        };
        if let Some(id) = focused.filter(|_| lost)
            && let Some(element) = here.get_element_by_id(&id).and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let _ = element.focus();
        }
        true
    }
}
