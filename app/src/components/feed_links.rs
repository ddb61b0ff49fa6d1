//! Links to a page's calendar (iCalendar) and change feed (Atom), with the
//! `<link rel="alternate">` that lets feed readers find the feed from the page.

use leptos::prelude::*;
use leptos_meta::Link;

use crate::i18n::t;

/// `calendar` and `atom` are site paths (`/nsbs/BR/reviews.ics`); either may be absent.
#[component]
pub fn FeedLinks(
    #[prop(optional, into)] calendar: Option<String>,
    #[prop(optional, into)] atom: Option<String>,
) -> impl IntoView {
    let alternate = atom.clone().map(|href| {
        view! { <Link rel="alternate" type_="application/atom+xml" href=href title=t("feed-atom-link") /> }
    });
    view! {
        {alternate}
        <ul class="feed-links">
            {calendar.map(|href| view! {
                <li>
                    <a href=href class="feed-calendar" type="text/calendar">{t("feed-calendar-link")}</a>
                    " — " <small class="hint">{t("feed-calendar-hint")}</small>
                </li>
            })}
            {atom.map(|href| view! {
                <li>
                    <a href=href class="feed-atom" type="application/atom+xml">{t("feed-atom-link")}</a>
                    " — " <small class="hint">{t("feed-atom-hint")}</small>
                </li>
            })}
        </ul>
    }
}
