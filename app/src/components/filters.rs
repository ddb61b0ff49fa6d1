//! The filter forms of the pages that list bodies (a standard's adoptions, a review's
//! standings): a plain GET form, so a filtered view works without JavaScript and its
//! address can be shared. Each page adds its own selects around the body filters.

use leptos::prelude::*;

use crate::directory::{Category, RegionOption};
use crate::i18n::{t, use_locale};
use crate::pages::filter_option;

/// A select named `name` (id `filter-<name>`): first the unfiltered view, labelled by the
/// message `all`, then `choices` as (value, label); `chosen` is the URL's value.
#[component]
pub fn FilterSelect(
    name: &'static str,
    label: &'static str,
    all: &'static str,
    choices: Vec<(String, String)>,
    chosen: String,
) -> impl IntoView {
    let locale = use_locale();
    let id = format!("filter-{name}");
    let options = std::iter::once((String::new(), locale.t(all)))
        .chain(choices)
        .map(|(value, label)| filter_option(&value, label, &chosen))
        .collect_view();
    view! {
        <div class="filter">
            <label for=id.clone()>{t(label)}</label>
            <select id=id name=name>{options}</select>
        </div>
    }
}

/// The form: the page's leading selects (`children`), the body's category and region,
/// then `trailing` (more selects, hidden fields) and the button.
#[component]
pub fn BodyFilters(
    action: String,
    category: String,
    region: String,
    regions: Vec<RegionOption>,
    /// Offer "category unknown" (bodies whose category is not recorded).
    #[prop(optional)]
    unknown_category: bool,
    #[prop(optional, into)] trailing: ViewFn,
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    let mut categories: Vec<(String, String)> =
        Category::ALL.into_iter().map(|c| (c.slug().to_string(), locale.t(c.label_key()))).collect();
    if unknown_category {
        categories.push(("unknown".into(), locale.t("category-unknown")));
    }
    let regions = regions.into_iter().map(|r| (r.code, r.name)).collect();
    view! {
        <form class="filters" method="get" action=action>
            {children()}
            <FilterSelect name="category" label="filter-category" all="filter-category-all" choices=categories chosen=category />
            <FilterSelect name="region" label="filter-region" all="filter-region-all" choices=regions chosen=region />
            {trailing.run()}
            <button type="submit">{t("filter-apply")}</button>
        </form>
    }
}
