//! Standards Quorum tracks, their titles per language, national adoptions and review
//! ballots. ISO 20400 is the first and the default; others are added as data.

#[cfg(feature = "ssr")]
pub mod ssr;

/// The standard letters are about until campaigns choose others.
pub const DEFAULT_STANDARD: &str = "iso-20400";
