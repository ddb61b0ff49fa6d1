//! Lists in each language's alphabetical order: CLDR collation through ICU4X (Chinese by
//! pinyin, Spanish with "África" among the A's, Turkish with its own İ and Ç…). Keys are
//! made once per item and compared as bytes.

use std::collections::HashMap;
use std::sync::LazyLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};

use crate::i18n::Locale;

/// One collator per shipped language, built from the compiled CLDR data at first use.
static COLLATORS: LazyLock<HashMap<&'static str, CollatorBorrowed<'static>>> = LazyLock::new(|| {
    Locale::all()
        .filter_map(|locale| {
            let tag = icu_locale_core::Locale::try_from_str(locale.tag()).ok()?;
            let collator = Collator::try_new((&tag).into(), CollatorOptions::default()).ok()?;
            Some((locale.tag(), collator))
        })
        .collect()
});

/// The key that sorts `text` where `locale` puts it (compare keys as bytes).
pub fn key(locale: Locale, text: &str) -> Vec<u8> {
    let mut key = Vec::new();
    match COLLATORS.get(locale.tag()).or_else(|| COLLATORS.get("en")) {
        Some(collator) => {
            let Ok(()) = collator.write_sort_key_to(text, &mut key);
        }
        None => key.extend_from_slice(crate::directory::search::normalize(text).as_bytes()),
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(tag: &str, words: &[&str]) -> Vec<String> {
        let locale = Locale::from_tag(tag).unwrap();
        let mut words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        words.sort_by_cached_key(|w| key(locale, w));
        words
    }

    #[test]
    fn each_language_sorts_as_its_readers_expect() {
        // Spanish: accents do not send a name to the end.
        assert_eq!(sorted("es", &["Zambia", "África", "Albania"]), ["África", "Albania", "Zambia"]);
        // Chinese: by pinyin — 阿富汗 (Afuhan), 巴西 (Baxi), 中国 (Zhongguo).
        assert_eq!(sorted("zh-Hans", &["中国", "巴西", "阿富汗"]), ["阿富汗", "巴西", "中国"]);
        // German: Ö with O, not after Z.
        assert_eq!(sorted("de", &["Österreich", "Zypern", "Oman"]), ["Oman", "Österreich", "Zypern"]);
        // Turkish: Ç after C.
        assert_eq!(sorted("tr", &["Çin", "Cezayir", "Dominika"]), ["Cezayir", "Çin", "Dominika"]);
    }
}
