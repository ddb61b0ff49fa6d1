//! The open letters shipped with Quorum (`seed/open_letters/`), imported published at
//! start.

use sqlx::AnyPool;

use crate::directory::ssr::import::ImportError;
use crate::open_letters::template::{self, MAX_BODY_CHARS, MAX_TITLE_CHARS};
use crate::records::ssr::{Value, insert_missing};
use crate::standards::DEFAULT_STANDARD;

/// A shipped letter: (slug, source language, (language, file) for each text).
type SeedLetter = (&'static str, &'static str, &'static [(&'static str, &'static str)]);

/// The letters shipped with Quorum.
const SEED: [SeedLetter; 1] = [(
    "iso-20400-next-review",
    "en",
    &[
        ("en", include_str!("../../../../seed/open_letters/iso-20400-next-review/en.txt")),
        ("zh-Hans", include_str!("../../../../seed/open_letters/iso-20400-next-review/zh-Hans.txt")),
        ("ar", include_str!("../../../../seed/open_letters/iso-20400-next-review/ar.txt")),
    ],
)];

/// A seed file: the title on the first line, the body after it.
fn split(file: &str) -> (&str, &str) {
    let (title, body) = file.split_once('\n').unwrap_or((file, ""));
    (title.trim(), body.trim_matches('\n'))
}

/// Imports the seed letters, published (each text checked first). Idempotent: nothing
/// that exists is overwritten.
pub async fn import_seed(pool: &AnyPool) -> Result<usize, ImportError> {
    for (slug, _, texts) in SEED {
        for (lang, file) in texts {
            let (title, body) = split(file);
            let checked = template::check(title, MAX_TITLE_CHARS).and(template::check(body, MAX_BODY_CHARS));
            if let Err(problems) = checked {
                let reason = format!("open letter {slug} ({lang}): {problems:?}");
                return Err(ImportError::BadRow { line: problems.first().map_or(0, |p| p.line as u64), reason });
            }
        }
    }
    let now = crate::records::ssr::stamp();
    let mut tx = crate::db::begin_write(pool).await?;
    let mut inserted = 0;
    for (slug, source, texts) in SEED {
        let text = |value: &str| Value::Text(Some(value.to_string()));
        let letter = [
            ("id", text(slug)),
            ("source_lang", text(source)),
            ("standard_id", text(DEFAULT_STANDARD)),
            ("target", text("all")),
            ("created_at", text(&now)),
        ];
        inserted += insert_missing(&mut tx, "open_letter", &letter).await? as usize;
        for (lang, file) in texts {
            let (title, body) = split(file);
            let row = [
                ("letter_id", text(slug)),
                ("lang", text(lang)),
                ("title", text(title)),
                ("body", text(body)),
                ("status", text("published")),
                ("revision", Value::Integer(1)),
                ("source_revision", Value::Integer(1)),
                ("reviewed_at", text(&now)),
                ("updated_at", text(&now)),
            ];
            inserted += insert_missing(&mut tx, "open_letter_text", &row).await? as usize;
        }
    }
    tx.commit().await?;
    Ok(inserted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::open_letters::template::Values;

    #[test]
    fn every_seed_letter_checks_in_every_language() {
        for (slug, source, texts) in SEED {
            assert!(texts.iter().any(|(lang, _)| *lang == source), "{slug} has its source text");
            for (lang, file) in texts {
                let (title, body) = split(file);
                assert_eq!(template::check(title, MAX_TITLE_CHARS), Ok(()), "{slug} {lang} title");
                assert_eq!(template::check(body, MAX_BODY_CHARS), Ok(()), "{slug} {lang} body");
                let values = Values { body: "ABNT".into(), adoptions: 4, languages: 5, ..Values::default() };
                let letter = template::render(body, lang, &values);
                assert!(letter.contains("ABNT") && !letter.contains("{ $"), "{slug} {lang}: {letter}");
            }
        }
    }
}
