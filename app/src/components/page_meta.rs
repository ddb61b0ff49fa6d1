//! A page's title with what search engines and link previews read: the meta description
//! and the Open Graph and Twitter card tags (title, description, canonical address
//! without the query, language). Every page names itself through [`PageTitle`].

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_location;

use crate::i18n::use_locale;

/// `text` is the whole `<title>` ("Brazil — ABNT · Quorum"); `description` a sentence
/// about this page, else the site's; `image` the site path of the page's share picture
/// (`/share/reviews/….png`, drawn in the page's language), which makes the card large.
#[component]
pub fn PageTitle(
    #[prop(into)] text: String,
    #[prop(optional, into)] description: Option<String>,
    #[prop(optional, into)] image: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    // The path only: a query may carry what a writer typed.
    let url = format!("{}{}", crate::pages::public_origin(), use_location().pathname.get_untracked());
    let card = if image.is_some() { "summary_large_image" } else { "summary" };
    let description = description.filter(|d| !d.trim().is_empty()).unwrap_or_else(|| locale.t("site-description"));
    // One address per language: `?lang=` names it; without it the page answers in the
    // reader's own language (the `x-default`). Each names itself as canonical, so no
    // canonical points at another language's alternate.
    let explicit = leptos_router::hooks::use_query_map().get_untracked().get("lang").is_some();
    let canonical = if explicit { format!("{url}?lang={}", locale.tag()) } else { url.clone() };
    let alternates = crate::i18n::INTERFACE
        .into_iter()
        .map(|tag| view! { <Link rel="alternate" hreflang=tag href=format!("{url}?lang={tag}") /> })
        .collect_view();
    view! {
        <Link rel="canonical" href=canonical />
        {alternates}
        <Link rel="alternate" hreflang="x-default" href=url.clone() />
        <Title text=text.clone() />
        <Meta name="description" content=description.clone() />
        <Meta property="og:type" content="website" />
        <Meta property="og:site_name" content="Quorum" />
        <Meta property="og:title" content=text.clone() />
        <Meta property="og:description" content=description.clone() />
        <Meta property="og:url" content=url />
        <Meta property="og:locale" content=locale.tag().replace('-', "_") />
        {image.map(|path| {
            let src = format!("{}{path}?lang={}", crate::pages::public_origin(), locale.tag());
            view! {
                <Meta property="og:image" content=src.clone() />
                <Meta property="og:image:width" content=crate::pages::SHARE_WIDTH />
                <Meta property="og:image:height" content=crate::pages::SHARE_HEIGHT />
                <Meta name="twitter:image" content=src />
            }
        })}
        <Meta name="twitter:card" content=card />
        <Meta name="twitter:title" content=text />
        <Meta name="twitter:description" content=description />
    }
}
