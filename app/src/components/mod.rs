//! Widgets shared by several pages.

pub mod copy_button;
pub mod error_notice;
pub mod feed_links;
pub mod field;
pub mod filters;
pub mod form;
pub mod islands;
pub mod layout;
#[cfg(test)]
mod legend_contrast;
pub mod listing;
pub mod page_meta;
pub mod world_map;
