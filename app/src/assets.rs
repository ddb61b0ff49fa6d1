//! The site's static files under names that carry their content's hash, so a browser
//! keeps them for a year and never asks again: `/pkg/quorum.<hash>.js` and `.wasm` (one
//! hash for the pair, which must match), `/pkg/quorum.<hash>.css`.
//!
//! The hashes are read from the built site (`site-root`) once per process, when the first
//! page is rendered; pages name the hashed files, and `serve` answers for them with
//! `Cache-Control: public, max-age=31536000, immutable`, sending the `.br` or `.gz` file a
//! release build writes beside each one (`cargo leptos build --release --precompress`)
//! when the browser accepts it. A name with another hash is not found; the plain names
//! still answer, revalidated on every use.

/// The logical files, as `cargo leptos` writes them into `site-root/pkg`.
pub const BUNDLE_FILES: [&str; 2] = ["js", "wasm"];

/// The stylesheet's address for pages.
pub fn stylesheet() -> String {
    #[cfg(feature = "ssr")]
    if let Some(hash) = ssr::hashes().and_then(|h| h.css.clone()) {
        return format!("/pkg/quorum.{hash}.css");
    }
    "/pkg/quorum.css".to_string()
}

#[cfg(feature = "ssr")]
pub mod ssr {
    use std::path::{Path, PathBuf};
    use std::sync::OnceLock;

    use axum::body::Body;
    use axum::extract::Request;
    use axum::response::{IntoResponse, Response};
    use http::{HeaderValue, StatusCode, header};
    use leptos::prelude::LeptosOptions;
    use sha2::{Digest, Sha256};
    use tower::ServiceExt;

    /// How long a hashed file may be kept: a year, never revalidated.
    pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
    /// The plain names (and the favicon): kept, but asked again each time.
    pub const REVALIDATE: &str = "public, no-cache";

    /// The content hashes of the built site.
    #[derive(Debug, Clone, Default, PartialEq, Eq)]
    pub struct Hashes {
        /// `site-root` as read.
        pub root: PathBuf,
        /// `pkg` under it.
        pub pkg_dir: String,
        /// The output name (`quorum`).
        pub output: String,
        /// Of the script and the WebAssembly together.
        pub bundle: Option<String>,
        pub css: Option<String>,
    }

    static HASHES: OnceLock<Hashes> = OnceLock::new();

    /// The first 16 hex digits of the SHA-256 of the files, in order; `None` when one is
    /// missing (a site not built: pages then name the plain files).
    fn hash(files: &[PathBuf]) -> Option<String> {
        let mut digest = Sha256::new();
        for file in files {
            digest.update(std::fs::read(file).ok()?);
        }
        Some(hex::encode(digest.finalize())[..16].to_string())
    }

    /// Reads the built site's hashes (once per process).
    pub fn init(options: &LeptosOptions) -> &'static Hashes {
        HASHES.get_or_init(|| {
            let root = PathBuf::from(options.site_root.as_ref());
            let pkg = root.join(options.site_pkg_dir.as_ref());
            let output = options.output_name.to_string();
            let file = |ext: &str| pkg.join(format!("{output}.{ext}"));
            Hashes {
                bundle: hash(&super::BUNDLE_FILES.map(file)),
                css: hash(&[file("css")]),
                root,
                pkg_dir: options.site_pkg_dir.to_string(),
                output,
            }
        })
    }

    pub fn hashes() -> Option<&'static Hashes> {
        HASHES.get()
    }

    /// The options `HydrationScripts` gets: the output name with the bundle's hash, so
    /// that it names `quorum.<hash>.js` and `quorum.<hash>.wasm`.
    pub fn hydration_options(options: &LeptosOptions) -> LeptosOptions {
        let mut options = options.clone();
        if let Some(hash) = &init(&options).bundle {
            options.output_name = format!("{}.{hash}", options.output_name).into();
        }
        options
    }

    /// The file on disk a request under `/pkg/` names, and whether its name is hashed.
    pub fn resolve(hashes: &Hashes, name: &str) -> Option<(PathBuf, bool)> {
        if name.contains('/') || name.contains('\\') || name.starts_with('.') {
            return None;
        }
        let pkg = hashes.root.join(&hashes.pkg_dir);
        let hashed = |hash: &Option<String>, ext: &str| {
            let hash = hash.as_deref()?;
            let rest = name.strip_prefix(&hashes.output)?.strip_prefix('.')?.strip_prefix(hash)?;
            // `_bg.wasm`: the name Leptos gives when the output name was not set at build.
            (rest == format!(".{ext}") || (ext == "wasm" && rest == "_bg.wasm"))
                .then(|| pkg.join(format!("{}.{ext}", hashes.output)))
        };
        for ext in super::BUNDLE_FILES {
            if let Some(path) = hashed(&hashes.bundle, ext) {
                return Some((path, true));
            }
        }
        if let Some(path) = hashed(&hashes.css, "css") {
            return Some((path, true));
        }
        let plain = pkg.join(name);
        plain.is_file().then_some((plain, false))
    }

    /// Answers `request` with `path` (its `.br`/`.gz` beside it when accepted).
    async fn send(path: &Path, cache_control: &'static str, request: Request) -> Response {
        let service = tower_http::services::ServeFile::new(path).precompressed_br().precompressed_gzip();
        let mut response = match service.oneshot(request).await {
            Ok(response) => response.map(Body::new),
            Err(error) => match error {},
        };
        // `Vary: Accept-Encoding` is added with the security headers.
        if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache_control));
        }
        response
    }

    /// `GET /pkg/{file}`.
    pub async fn serve(
        axum::extract::State(state): axum::extract::State<crate::state::AppState>,
        axum::extract::Path(file): axum::extract::Path<String>,
        request: Request,
    ) -> Response {
        let hashes = init(&state.leptos_options);
        match resolve(hashes, &file) {
            Some((path, true)) => send(&path, IMMUTABLE, request).await,
            Some((path, false)) => send(&path, REVALIDATE, request).await,
            None => StatusCode::NOT_FOUND.into_response(),
        }
    }

    /// `GET /favicon.svg`.
    pub async fn favicon(
        axum::extract::State(state): axum::extract::State<crate::state::AppState>,
        request: Request,
    ) -> Response {
        let path = PathBuf::from(state.leptos_options.site_root.as_ref()).join("favicon.svg");
        send(&path, REVALIDATE, request).await
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn hashed_names_lead_to_the_built_files_and_other_names_to_nothing() {
            let root = std::env::temp_dir().join(format!("quorum-assets-{}", std::process::id()));
            let pkg = root.join("pkg");
            std::fs::create_dir_all(&pkg).unwrap();
            for (name, content) in [("quorum.js", "js"), ("quorum.wasm", "wasm"), ("quorum.css", "css")] {
                std::fs::write(pkg.join(name), content).unwrap();
            }
            let file = |ext: &str| pkg.join(format!("quorum.{ext}"));
            let hashes = Hashes {
                bundle: hash(&[file("js"), file("wasm")]),
                css: hash(&[file("css")]),
                root: root.clone(),
                pkg_dir: "pkg".into(),
                output: "quorum".into(),
            };
            let bundle = hashes.bundle.clone().unwrap();
            let css = hashes.css.clone().unwrap();
            assert_eq!(bundle.len(), 16);
            assert_ne!(bundle, css);
            assert_eq!(resolve(&hashes, &format!("quorum.{bundle}.js")), Some((file("js"), true)));
            assert_eq!(resolve(&hashes, &format!("quorum.{bundle}.wasm")), Some((file("wasm"), true)));
            assert_eq!(resolve(&hashes, &format!("quorum.{bundle}_bg.wasm")), Some((file("wasm"), true)));
            assert_eq!(resolve(&hashes, &format!("quorum.{css}.css")), Some((file("css"), true)));
            assert_eq!(resolve(&hashes, &format!("quorum.{css}.js")), None, "the stylesheet's hash names no script");
            assert_eq!(resolve(&hashes, "quorum.0123456789abcdef.js"), None, "an old hash is gone");
            assert_eq!(resolve(&hashes, "quorum.js"), Some((file("js"), false)));
            assert_eq!(resolve(&hashes, "../Cargo.toml"), None);
            assert_eq!(resolve(&hashes, "missing.js"), None);
            // A change of content is a new name.
            std::fs::write(pkg.join("quorum.wasm"), "wasm 2").unwrap();
            assert_ne!(hash(&[file("js"), file("wasm")]), Some(bundle));
            std::fs::remove_dir_all(root).unwrap();
        }
    }
}
