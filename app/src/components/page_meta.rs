//! A page's title with what search engines and link previews read: the meta description
//! and the Open Graph and Twitter card tags (title, description, canonical address
//! without the query, language). Every page names itself through [`PageTitle`].

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_location;

use crate::i18n::use_locale;

/// `text` is the whole `<title>` ("Brazil — ABNT · Quorum"); `description` a sentence
/// about this page, else the site's.
#[component]
pub fn PageTitle(#[prop(into)] text: String, #[prop(optional, into)] description: Option<String>) -> impl IntoView {
    let locale = use_locale();
    // The path only: a query may carry what a writer typed.
    let url = format!("{}{}", crate::pages::public_origin(), use_location().pathname.get_untracked());
    let description = description.filter(|d| !d.trim().is_empty()).unwrap_or_else(|| locale.t("site-description"));
    view! {
        <Title text=text.clone() />
        <Meta name="description" content=description.clone() />
        <Meta property="og:type" content="website" />
        <Meta property="og:site_name" content="Quorum" />
        <Meta property="og:title" content=text.clone() />
        <Meta property="og:description" content=description.clone() />
        <Meta property="og:url" content=url />
        <Meta property="og:locale" content=locale.tag().replace('-', "_") />
        <Meta name="twitter:card" content="summary" />
        <Meta name="twitter:title" content=text />
        <Meta name="twitter:description" content=description />
    }
}
