//! The HTML shell (server only) and the root component with its routes.

use leptos::prelude::*;
use leptos_meta::{Link, MetaTags, Stylesheet, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::components::layout::{SiteFooter, SiteHeader};
use crate::i18n::{Locale, t};
use crate::pages::account::{AccountPage, SignInPage};
use crate::pages::admin::{AccountsPage, InvitationPage};
use crate::pages::body::BodyPage;
use crate::pages::coordinate::CoordinatePage;
use crate::pages::developers::DevelopersPage;
use crate::pages::directory::DirectoryPage;
use crate::pages::edit::{ChangesPage, CorrectionsPage, EditPage};
use crate::pages::home::HomePage;
use crate::pages::import::{ImportPage, ImportPreviewPage};
use crate::pages::import_iso::IsoImportPage;
use crate::pages::letters::{ComposerPage, PrintPage};
use crate::pages::not_found::NotFoundPage;
use crate::pages::open_letter_edit::OpenLetterEditPage;
use crate::pages::open_letters::{OpenLetterPage, OpenLettersPage};
use crate::pages::record_edit::{
    AdoptionEditPage, CycleEditPage, MembershipEditPage, StandardEditPage, TranslationEditPage,
};
use crate::pages::reviews::{PositionEditPage, RadarPage, ReviewPage, ReviewsPage};
use crate::pages::signatures::SignaturesPage;
use crate::pages::standards::StandardPage;
use crate::pages::standards_list::StandardsPage;
use crate::pages::translations::TranslationsPage;
use crate::pages::unmatched::UnmatchedMembersPage;

/// The document around the app. Runs on the server only, per request: it settles
/// the language (and remembers an explicit `?lang=` in a cookie).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = request_locale();
    provide_context(locale);
    #[cfg(feature = "ssr")]
    content_security_policy();
    #[cfg(feature = "ssr")]
    let options = crate::assets::ssr::hydration_options(&options);
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <AutoReload options=options.clone() />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[cfg(feature = "ssr")]
fn request_locale() -> Locale {
    use crate::i18n::ssr::{lang_cookie, locale_from_request};
    let Some(parts) = use_context::<http::request::Parts>() else {
        return Locale::default();
    };
    let (locale, explicit) = locale_from_request(&parts);
    form_error_from_cookie(&parts);
    if explicit
        && let (Some(response), Ok(cookie)) =
            (use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(&lang_cookie(locale)))
    {
        response.append_header(http::header::SET_COOKIE, cookie);
    }
    locale
}

/// A plain form post's error, carried back in a cookie (see `security::form_error_out_of_url`):
/// the page's `ServerAction` reads it as it would from the URL, and the cookie ends here.
#[cfg(feature = "ssr")]
fn form_error_from_cookie(parts: &http::request::Parts) {
    let found = parts
        .headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(crate::security::form_error_from_cookie);
    let Some((path, error)) = found else { return };
    provide_context(leptos::server::ServerActionError::new(&path, &error));
    if let (Some(response), Ok(cleared)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(&crate::security::form_error_cleared()),
    ) {
        response.append_header(http::header::SET_COOKIE, cleared);
    }
}

/// The page's Content-Security-Policy: scripts only from this site or inline with this
/// response's nonce (Leptos stamps it on its hydration and streaming scripts), WebAssembly
/// compiled by the page's own script, no inline styles, no framing, forms only to here.
#[cfg(feature = "ssr")]
fn content_security_policy() {
    let (Some(nonce), Some(response)) = (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>())
    else {
        return;
    };
    if let Ok(value) = http::HeaderValue::from_str(&crate::security::page_policy(&nonce)) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(not(feature = "ssr"))]
fn request_locale() -> Locale {
    Locale::default()
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = use_context::<Locale>().unwrap_or_default();
    provide_context(locale);
    crate::components::layout::signed_in_user();

    view! {
        <Stylesheet id="leptos" href=crate::assets::stylesheet() />
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <Router>
            <a class="skip-link" href="#main">
                {t("skip-to-content")}
            </a>
            // `islands::install` marks the page hydrated once the wasm runs.
            <div class="site" data-hydrated="false">
                <SiteHeader />
                <main id="main" tabindex="-1">
                    <Routes fallback=|| view! { <NotFoundPage /> }>
                        <Route path=path!("") view=HomePage ssr=SsrMode::Async />
                        <Route path=path!("/nsbs") view=DirectoryPage ssr=SsrMode::Async />
                        <Route path=path!("/nsbs/:code") view=BodyPage ssr=SsrMode::Async />
                        <Route path=path!("/nsbs/:code/edit") view=EditPage ssr=SsrMode::Async />
                        <Route path=path!("/changes") view=ChangesPage ssr=SsrMode::Async />
                        <Route path=path!("/corrections") view=CorrectionsPage ssr=SsrMode::Async />
                        <Route path=path!("/admin/accounts") view=AccountsPage ssr=SsrMode::Async />
                        <Route path=path!("/admin/unmatched-members") view=UnmatchedMembersPage ssr=SsrMode::Async />
                        <Route path=path!("/invitation/:token") view=InvitationPage ssr=SsrMode::Async />
                        <Route path=path!("/standards") view=StandardsPage ssr=SsrMode::Async />
                        <Route path=path!("/standards/:slug") view=StandardPage ssr=SsrMode::Async />
                        <Route path=path!("/standards/:slug/edit") view=StandardEditPage ssr=SsrMode::Async />
                        <Route path=path!("/standards/:slug/adoptions/edit") view=AdoptionEditPage ssr=SsrMode::Async />
                        <Route path=path!("/standards/:slug/translations/edit") view=TranslationEditPage ssr=SsrMode::Async />
                        <Route path=path!("/standards/:slug/reviews/edit") view=CycleEditPage ssr=SsrMode::Async />
                        <Route path=path!("/committees/:id/members/edit") view=MembershipEditPage ssr=SsrMode::Async />
                        <Route path=path!("/reviews") view=ReviewsPage ssr=SsrMode::Async />
                        <Route path=path!("/coordinate") view=CoordinatePage ssr=SsrMode::Async />
                        <Route path=path!("/coordinate/letters") view=OpenLetterEditPage ssr=SsrMode::Async />
                        <Route path=path!("/coordinate/signatures") view=SignaturesPage ssr=SsrMode::Async />
                        <Route path=path!("/developers") view=DevelopersPage ssr=SsrMode::Async />
                        <Route path=path!("/developers/translations") view=TranslationsPage ssr=SsrMode::Async />
                        <Route path=path!("/open-letters") view=OpenLettersPage ssr=SsrMode::Async />
                        <Route path=path!("/open-letters/:slug") view=OpenLetterPage ssr=SsrMode::Async />
                        <Route path=path!("/import") view=ImportPage ssr=SsrMode::Async />
                        <Route path=path!("/import/:id") view=ImportPreviewPage ssr=SsrMode::Async />
                        <Route path=path!("/import/iso/:id") view=IsoImportPage ssr=SsrMode::Async />
                        <Route path=path!("/reviews/upcoming") view=RadarPage ssr=SsrMode::Async />
                        <Route path=path!("/reviews/:slug") view=ReviewPage ssr=SsrMode::Async />
                        <Route path=path!("/reviews/:slug/positions/edit") view=PositionEditPage ssr=SsrMode::Async />
                        <Route path=path!("/letters/new") view=ComposerPage ssr=SsrMode::Async />
                        <Route path=path!("/letters/print") view=PrintPage ssr=SsrMode::Async />
                        <Route path=path!("/signin") view=SignInPage ssr=SsrMode::Async />
                        <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                        <Route path=path!("/outcomes/:token") view=crate::pages::outreach::OutcomePage ssr=SsrMode::Async />
                        <Route path=path!("/mail/alerts/:token") view=crate::pages::mail::AlertPage ssr=SsrMode::Async />
                        <Route path=path!("/mail/unsubscribe/:token") view=crate::pages::mail::UnsubscribePage ssr=SsrMode::Async />
                        <Route path=path!("/mail/unsubscribed") view=crate::pages::mail::UnsubscribedPage ssr=SsrMode::Async />
                        <Route path=path!("/mail/signature/:token") view=crate::pages::mail::SignatureConfirmPage ssr=SsrMode::Async />
                        <Route path=path!("/mail/signature-confirmed") view=crate::pages::mail::SignatureConfirmedPage ssr=SsrMode::Async />
                    </Routes>
                </main>
                <SiteFooter />
            </div>
        </Router>
    }
}
