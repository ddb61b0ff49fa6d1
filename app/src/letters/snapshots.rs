//! Every purpose in every language, snapshotted (`cargo insta review` shows changes to
//! letter text for review), and properties every rendered letter must have.

use super::Purpose;
use super::compose::tests::brazil;
use super::compose::{Letter, render};
use super::form::{LetterForm, validate};
use crate::i18n::Locale;

fn letter(form: LetterForm, adopted: u32, deadline: Option<&str>) -> Letter {
    let mut facts = brazil();
    facts.adopted = adopted;
    facts.deadline = deadline.map(str::to_string);
    let choices = validate(&form, &facts).unwrap_or_else(|e| panic!("{e:?}"));
    render(&facts, &choices)
}

fn writer(purpose: Purpose, locale: Locale) -> LetterForm {
    LetterForm {
        nsb: "BR".into(),
        purpose: purpose.slug().into(),
        lang: locale.tag().into(),
        sender_name: "Ana Souza".into(),
        role: "Procurement lead".into(),
        organisation: "Cidade Limpa".into(),
        city: "Recife".into(),
        email: "ana@example.org".into(),
        personal: "Our city has bought cleaning services under a sustainable procurement policy since 2019.".into(),
        ..Default::default()
    }
}

#[test]
fn every_purpose_in_every_language() {
    assert!(Locale::letter_languages().count() >= 59, "ships at least 59 letter languages");
    for locale in Locale::letter_languages() {
        for purpose in Purpose::ALL {
            let letter = letter(writer(purpose, locale), 4, Some("2027-03-15"));
            // A subject begins with a word of the letter's language, not the reference.
            let subject = letter.primary.subject.trim_start_matches(['\u{2068}', '\u{2069}']);
            assert!(
                subject.starts_with(char::is_alphabetic) && !subject.starts_with("ISO") && !subject.starts_with("ABNT"),
                "{} {}: {subject}",
                locale.tag(),
                purpose.slug()
            );
            let name = format!("{}-{}", purpose.slug(), locale.tag());
            let text = format!("Subject: {}\n\n{}", letter.primary.subject, letter.primary.text());
            insta::assert_snapshot!(name, text);
        }
    }
}

/// Visible or invisible traces of a broken render: an unfilled Fluent placeable
/// (`{$country}`, `{ $country }`), an unresolved message id, a bidi control.
fn defects(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    if text.contains('{') || text.contains('}') {
        found.push("unfilled placeable".to_string());
    }
    if text.contains("letter-") {
        found.push("missing message".to_string());
    }
    // Only the isolates a right-to-left letter puts around its left-to-right values,
    // balanced; and the marks a translator wrote (RLM, LRM, ALM).
    let marks = ['\u{200E}', '\u{200F}', '\u{061C}'];
    if let Some(c) = text
        .chars()
        .find(|c| super::form::is_bidi_control(*c) && !marks.contains(c) && !matches!(c, '\u{2068}' | '\u{2069}'))
    {
        found.push(format!("bidi control U+{:04X}", c as u32));
    }
    if text.matches('\u{2068}').count() != text.matches('\u{2069}').count() {
        found.push("unbalanced isolates".to_string());
    }
    if text.contains("\n\n\n") || text.contains("  ") && !text.contains("\u{3000}") {
        found.push("empty paragraph or doubled space".to_string());
    }
    found
}

/// A small deterministic generator (no extra dependency): the same cases every run.
struct Cases(u64);

impl Cases {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

#[test]
fn no_letter_has_an_unfilled_placeable_or_a_bidi_mark() {
    let names = ["", "Ana", "محمد الأحمد", "王小明", "José Ñúñez", "O'Brien & Sons <b>", "Σ"];
    let adopted_counts = [0, 1, 2, 3, 5, 11, 21, 100, 1000];
    let mut cases = Cases(0x9E37_79B9_7F4A_7C15);
    let languages: Vec<Locale> = Locale::letter_languages().collect();
    for &locale in &languages {
        for purpose in Purpose::ALL {
            for _ in 0..12 {
                let second = languages[(cases.next() % languages.len() as u64) as usize];
                let form = LetterForm {
                    purpose: purpose.slug().into(),
                    lang: locale.tag().into(),
                    second_lang: if cases.next().is_multiple_of(2) { second.tag().into() } else { String::new() },
                    sender_name: cases.pick(&names).into(),
                    organisation: cases.pick(&names).into(),
                    role: cases.pick(&names).into(),
                    city: cases.pick(&names).into(),
                    personal: cases.pick(&names).into(),
                    ..Default::default()
                };
                let adopted = adopted_counts[(cases.next() % adopted_counts.len() as u64) as usize];
                let deadline = if cases.next().is_multiple_of(2) { Some("2027-03-15") } else { None };
                let letter = letter(form, adopted, deadline);
                let text = format!("{}\n{}", letter.subject(), letter.text());
                let problems = defects(&text);
                assert!(problems.is_empty(), "{} {}: {problems:?}\n{text}", locale.tag(), purpose.slug());
                let mailto = letter.mailto().unwrap_or_default();
                assert!(!mailto.contains("%E2%81%A6") && !mailto.contains("%E2%81%A7"), "no LRI or RLI in mailto");
                let left_to_right = !locale.is_rtl() && letter.second.as_ref().is_none_or(|s| s.direction == "ltr");
                if left_to_right {
                    assert!(
                        !text.contains('\u{2068}'),
                        "{} {}: isolates in a left-to-right letter",
                        locale.tag(),
                        purpose.slug()
                    );
                }
            }
        }
    }
}

#[test]
fn bilingual_letters_keep_each_language_whole() {
    let form =
        LetterForm { purpose: "review".into(), lang: "zh-Hans".into(), second_lang: "en".into(), ..Default::default() };
    let letter = letter(form, 4, None);
    let second = letter.second.clone().map(|s| (s.language, s.direction));
    assert_eq!(second, Some(("en".to_string(), "ltr".to_string())));
    let text = letter.text();
    let (chinese, english) = text.split_once(&"—".repeat(20)).unwrap_or_default();
    assert!(chinese.contains("ISO 20400:2017") && !chinese.contains("Dear Sir or Madam"));
    assert!(english.contains("Dear Sir or Madam"));
    assert!(letter.subject().contains(" / "));
}
