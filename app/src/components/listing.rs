//! What the pages that list records (standards, reviews, open letters) share: their
//! title, heading and lead, and the list itself once it loads.

use crate::components::page_meta::PageTitle;
use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::components::form::Loaded;
use crate::error::AppError;
use crate::i18n::{t, use_locale};
use crate::pages::page_title;

/// The page's `<title>`, its heading (the message `title`) and the lead paragraph.
#[component]
pub fn PageIntro(title: &'static str, lead: &'static str) -> impl IntoView {
    let locale = use_locale();
    view! {
        <PageTitle text=page_title(locale, &locale.t(title)) />
        <h1>{t(title)}</h1>
        <p class="lead">{t(lead)}</p>
    }
}

/// The records as a list, each rendered by `item` as an `<li>`; the message `empty` when
/// there are none, the error when they cannot be read.
#[component]
pub fn Listing<T, F, V>(items: Resource<Result<Vec<T>, AppError>>, empty: &'static str, item: F) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let render = move |list: Vec<T>| {
        if list.is_empty() {
            view! { <p>{t(empty)}</p> }.into_any()
        } else {
            view! { <ul class="standards-list">{list.into_iter().map(item.clone()).collect_view()}</ul> }.into_any()
        }
    };
    view! { <Loaded resource=items render /> }
}
