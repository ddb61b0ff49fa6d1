//! Site header (brand, navigation, language switcher) and footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{LANG_PARAM, Locale, t, use_locale};

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href="/">
                {t("app-name")}
            </a>
            <nav aria-label=t("nav-label")>
                <ul class="nav-links">
                    <li>
                        <a href="/">{t("nav-home")}</a>
                    </li>
                    <li>
                        <a href="/nsbs">{t("nav-directory")}</a>
                    </li>
                    <li>
                        <a href="/standards">{t("nav-standards")}</a>
                    </li>
                    <li>
                        <a href="/reviews">{t("nav-reviews")}</a>
                    </li>
                    <li>
                        <a href="/letters/new">{t("nav-letters")}</a>
                    </li>
                    <li>
                        <a href="/open-letters">{t("nav-open-letters")}</a>
                    </li>
                </ul>
            </nav>
            <SignedInAs />
            <LanguageSwitcher />
        </header>
    }
}

/// The signed-in account, read once per request (no query without a session cookie):
/// `App` creates it, so the header, the footer and every page share the one lookup.
pub fn signed_in_user() -> Resource<Option<crate::auth::SignedInUser>> {
    match use_context::<Resource<Option<crate::auth::SignedInUser>>>() {
        Some(resource) => resource,
        None => {
            let resource = Resource::new(|| (), |_| async { crate::auth::current_user().await.ok().flatten() });
            provide_context(resource);
            resource
        }
    }
}

/// Signed in, the header says who you are and links to your account.
#[component]
fn SignedInAs() -> impl IntoView {
    let user = signed_in_user();
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                user.await.map(|user| view! {
                    <a class="signed-in-as" href="/account" id="signed-in-as">
                        <span class="visually-hidden">{t("nav-signed-in-as")} " "</span>
                        <bdi>{user.email}</bdi>
                    </a>
                })
            })}
        </Suspense>
    }
}

/// A compact menu of links to the current page in every shipped language, each named
/// in itself.
/// They are full page loads (`rel="external"`) so the server remembers the choice.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let current = use_locale();
    let location = use_location();
    let href_for = move |locale: Locale| {
        let path = location.pathname.get();
        let mut pairs: Vec<String> = location
            .search
            .get()
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some(LANG_PARAM))
            .map(str::to_string)
            .collect();
        pairs.push(format!("{LANG_PARAM}={}", locale.tag()));
        format!("{path}?{}", pairs.join("&"))
    };
    // One menu (no JavaScript needed): the current language as its button, every
    // language named in itself inside.
    view! {
        <nav class="language-switcher" aria-label=t("language-switcher-label")>
            <details class="language-menu">
                <summary>
                    <span class="visually-hidden">{t("language-switcher-label")} ": "</span>
                    <span lang=current.tag() dir=current.dir()>{current.t("language-name")}</span>
                </summary>
                <ul>
                    {Locale::all()
                        .map(|locale| {
                            let is_current = locale == current;
                            view! {
                                <li>
                                    <a
                                        href=move || href_for(locale)
                                        rel="external"
                                        hreflang=locale.tag()
                                        lang=locale.tag()
                                        dir=locale.dir()
                                        aria-current=is_current.then_some("true")
                                    >
                                        {locale.t("language-name")}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        </nav>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let user = signed_in_user();
    view! {
        <footer class="site-footer">
            <p>{t("footer-provenance")}</p>
            <p>{t("footer-licence")}</p>
            <p>
                <a href="/developers">{t("nav-developers")}</a>
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        // Signed in, the header already links to the account.
                        user.await.is_none().then(|| view! { " · " <a href="/signin">{t("nav-sign-in")}</a> })
                    })}
                </Suspense>
            </p>
        </footer>
    }
}
