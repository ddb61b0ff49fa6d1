//! Quorum: pages, components, domain types and server functions, shared by the
//! server (feature `ssr`) and the browser (feature `hydrate`).
// Leptos views are deeply nested types; the release hydrate build computes their
// layouts with more query depth than the default allows.
#![recursion_limit = "512"]

pub mod app;
pub mod assets;
pub mod auth;
pub mod components;
pub mod directory;
pub mod error;
pub mod format;
#[cfg(test)]
pub mod hostile;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod ics;
pub mod import;
pub mod letters;
pub mod mail;
pub mod open_letters;
pub mod outreach;
pub mod pages;
pub mod records;
pub mod reviews;
pub mod security;
pub mod sources;
pub mod standards;
pub mod translations;

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod collation;
#[cfg(feature = "ssr")]
pub mod config;
#[cfg(feature = "ssr")]
pub mod cookies;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod embed;
#[cfg(feature = "ssr")]
pub mod feeds;
#[cfg(feature = "ssr")]
pub mod iso_open_data;
#[cfg(feature = "ssr")]
pub mod limits;
#[cfg(feature = "ssr")]
pub mod seed_updates;
#[cfg(feature = "ssr")]
pub mod seo;
#[cfg(feature = "ssr")]
pub mod share;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod territory;
#[cfg(feature = "ssr")]
pub mod vcard;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    components::islands::install();
    leptos::mount::hydrate_islands();
}
