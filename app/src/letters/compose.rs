//! Writes the letter: long-form paragraphs per purpose and language from the Fluent
//! messages, with the facts and the writer's details as placeables. Pure, so the same
//! code renders the browser preview, the server page, the text download and the API.

use chrono::NaiveDate;
use fluent_templates::fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use super::form::{LetterChoices, Sender, clean_record_value, is_bidi_control, percent_encode};
use super::{LetterFacts, Purpose};
use crate::format::format_partial_date;
use crate::i18n::Locale;

/// Mail programs and browsers cut `mailto:` links somewhere above 2,000 characters
/// (Outlook and Internet Explorer at 2,083); past this the composer warns.
pub const MAILTO_SAFE_LENGTH: usize = 2000;

/// One letter in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenderedLetter {
    /// BCP 47 tag.
    pub language: String,
    /// `ltr` or `rtl`.
    pub direction: String,
    pub subject: String,
    /// Greeting, the body paragraphs (with the writer's own paragraph), the sign-off.
    pub paragraphs: Vec<String>,
    /// Name, role and organisation, city, e-mail: the lines that are known.
    pub signature: Vec<String>,
}

impl RenderedLetter {
    /// Plain text: paragraphs separated by blank lines, the signature block last.
    pub fn text(&self) -> String {
        let mut blocks = self.paragraphs.clone();
        if !self.signature.is_empty() {
            blocks.push(self.signature.join("\n"));
        }
        blocks.join("\n\n")
    }
}

/// The letter with its optional second language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    pub primary: RenderedLetter,
    pub second: Option<RenderedLetter>,
    /// The body's address for `mailto:`, when one is recorded.
    pub to: Option<String>,
}

impl Letter {
    pub fn subject(&self) -> String {
        match &self.second {
            Some(second) => format!("{} / {}", self.primary.subject, second.subject),
            None => self.primary.subject.clone(),
        }
    }

    /// Plain text of the whole letter; a bilingual letter gives one language after the
    /// other, separated by a rule.
    pub fn text(&self) -> String {
        match &self.second {
            Some(second) => format!("{}\n\n{}\n\n{}", self.primary.text(), "—".repeat(20), second.text()),
            None => self.primary.text(),
        }
    }

    /// `mailto:` with subject and body percent-encoded as UTF-8 and line breaks as
    /// CRLF (RFC 6068). `None` when no usable address is recorded.
    pub fn mailto(&self) -> Option<String> {
        let to = self.to.as_deref()?;
        let body = self.text().replace('\n', "\r\n");
        Some(format!("mailto:{to}?subject={}&body={}", percent_encode(&self.subject()), percent_encode(&body)))
    }
}

/// An address safe to put in the path of a `mailto:` link as it is.
pub fn mailto_address(value: &str) -> Option<String> {
    value.split([';', ',', ' ', '/']).map(str::trim).find_map(|candidate| {
        let (local, domain) = candidate.split_once('@')?;
        let ok_local = !local.is_empty() && local.chars().all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c));
        let ok_domain = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && domain.chars().all(|c| c.is_ascii_alphanumeric() || ".-".contains(c));
        (ok_local && ok_domain).then(|| candidate.to_string())
    })
}

/// Which stored language tag (`pt`, `zh-Hant`, `sr-Latn`) a letter language can write:
/// the same language, and the same script when the tag names one (Simplified Chinese
/// does not write Traditional, Cyrillic Serbian not Latin).
fn locale_speaks(locale: Locale, language: &str) -> bool {
    let base = language.split('-').next().unwrap_or_default();
    let locale_base = locale.langid().language.as_str();
    if !base.eq_ignore_ascii_case(locale_base) {
        return false;
    }
    let wanted_script = language.split('-').skip(1).find(|part| part.len() == 4);
    match (locale.langid().script, wanted_script) {
        (Some(script), Some(wanted)) => script.as_str().eq_ignore_ascii_case(wanted),
        (None, Some(_)) => false,
        _ => true,
    }
}

/// The letter language that writes `language`: its own tag (`pt-PT`), else the same
/// language in the same script (`pt` for `pt-BR`); none when Quorum has no letters in it.
pub fn letter_locale_for(language: &str) -> Option<Locale> {
    Locale::letter_language(language).or_else(|| Locale::letter_languages().find(|l| locale_speaks(*l, language)))
}

/// The letter language to start in: the country's first language (see
/// [`crate::territory::letter_languages`]) when Quorum has letters in it, else English —
/// never another of the country's languages (Ukraine's body is not written to in Russian
/// for want of Ukrainian letters).
pub fn default_letter_locale(languages: &[String]) -> Locale {
    languages.first().and_then(|language| letter_locale_for(language)).unwrap_or_default()
}

/// The paragraphs of a purpose's letter, adapted to what is recorded: an adoption in
/// progress is asked to be completed, a national edition that exists is named.
fn paragraph_keys(purpose: Purpose, facts: &LetterFacts) -> [&'static str; 5] {
    match purpose {
        Purpose::Adopt if facts.adoption_in_progress => [
            "letter-adopt-opening",
            "letter-adopt-why",
            "letter-adopt-evidence",
            "letter-adopt-ask-in-progress",
            "letter-adopt-closing",
        ],
        Purpose::Translate if facts.national_edition.is_some() => [
            "letter-translate-opening-exists",
            "letter-translate-why-exists",
            "letter-translate-evidence-exists",
            "letter-translate-ask-exists",
            "letter-translate-closing",
        ],
        Purpose::Review => [
            "letter-review-opening",
            "letter-review-why",
            "letter-review-evidence",
            "letter-review-ask",
            "letter-review-closing",
        ],
        Purpose::Adopt => [
            "letter-adopt-opening",
            "letter-adopt-why",
            "letter-adopt-evidence",
            "letter-adopt-ask",
            "letter-adopt-closing",
        ],
        Purpose::Translate => [
            "letter-translate-opening",
            "letter-translate-why",
            "letter-translate-evidence",
            "letter-translate-ask",
            "letter-translate-closing",
        ],
    }
}

fn subject_key(purpose: Purpose, facts: &LetterFacts) -> &'static str {
    match purpose {
        Purpose::Translate if facts.national_edition.is_some() => "letter-subject-translate-exists",
        Purpose::Review => "letter-subject-review",
        Purpose::Adopt => "letter-subject-adopt",
        Purpose::Translate => "letter-subject-translate",
    }
}

/// The body's name as the letter gives it: the native name when the letter is in one of
/// the country's languages, else the English name, else the acronym.
pub fn body_name(facts: &LetterFacts, locale: Locale) -> String {
    let writes_native = facts.official_languages.iter().any(|l| locale_speaks(locale, l));
    let native = facts.body_name_native.as_ref().filter(|_| writes_native);
    native
        .or(facts.body_name_en.as_ref())
        .or(facts.acronym.as_ref())
        .map(|name| clean_record_value(name))
        .unwrap_or_else(|| facts.country(locale.tag()).address)
}

/// The body as the letter's sentences name it (`$body`): the native name in one of the
/// country's languages, the English name in English; in any other language the acronym
/// (an English name inside a Ukrainian or Japanese sentence reads as a foreign quotation),
/// and the English name only when no acronym is recorded.
pub fn body_in_prose(facts: &LetterFacts, locale: Locale) -> String {
    let writes_native = facts.official_languages.iter().any(|l| locale_speaks(locale, l));
    let has_native = writes_native && facts.body_name_native.is_some();
    match &facts.acronym {
        Some(acronym) if !has_native && locale.langid().language.as_str() != "en" => clean_record_value(acronym),
        _ => body_name(facts, locale),
    }
}

/// The recipient's block as a letter heads it: the body's name, its recorded postal
/// address line by line, and the country unless the address already names it.
pub fn recipient_lines(facts: &LetterFacts, locale: Locale) -> Vec<String> {
    let mut lines = vec![body_name(facts, locale)];
    lines.extend(facts.address.iter().flat_map(|a| a.split(';').map(|l| l.trim().to_string())));
    let country = facts.country(locale.tag()).address;
    let named = |name: &str| facts.address.as_deref().is_some_and(|a| a.contains(name));
    if !named(&country) && !named(&facts.country("en").address) {
        lines.push(country);
    }
    lines.retain(|l| !l.is_empty());
    lines
}

/// Renders the letter in one language.
pub fn render_one(facts: &LetterFacts, purpose: Purpose, sender: &Sender, locale: Locale) -> RenderedLetter {
    let tag = locale.tag();
    let body = body_in_prose(facts, locale);
    let acronym = facts.acronym.as_deref().map(clean_record_value).unwrap_or_else(|| body.clone());
    let title = facts.title_for(locale).map(|(_, t)| clean_record_value(t));
    let country = facts.country(tag);
    let language = facts.language_names.get(tag).cloned().unwrap_or_else(|| Locale::default().t("language-name"));
    let date = |value: &Option<String>| value.as_deref().map(|d| format_partial_date(locale, d)).unwrap_or_default();
    // Record values lose any bidi control they carry (`clean_record_value`); in a
    // right-to-left letter each one written left to right is then isolated, so that a
    // mail program lays it out as one run ("ISO 20400:2017" inside Arabic).
    let text = |value: String| FluentValue::from(isolate(locale, value));
    let args: Vec<(&'static str, FluentValue<'static>)> = vec![
        ("body", text(body)),
        ("acronym", text(acronym)),
        ("country", text(clean_record_value(&country.name))),
        ("in_country", text(clean_record_value(&country.in_phrase))),
        ("country_kind", super::country_kind(&facts.alpha2).into()),
        ("standard", text(clean_record_value(&facts.standard))),
        ("has_title", (if title.is_some() { "yes" } else { "no" }).into()),
        ("title", text(title.unwrap_or_default())),
        ("language", text(clean_record_value(&language))),
        ("adopted", facts.adopted.into()),
        ("confirmed", date(&facts.last_confirmed).into()),
        ("deadline", date(&facts.deadline).into()),
        ("due_by", date(&facts.due_by).into()),
        (
            "has_deadline",
            (if facts.deadline.is_some() {
                "yes"
            } else if facts.due_by.is_some() {
                "due"
            } else {
                "no"
            })
            .into(),
        ),
        ("edition", text(facts.national_edition.as_deref().map(clean_record_value).unwrap_or_default())),
    ];
    let dates = [&facts.last_confirmed, &facts.deadline, &facts.due_by].map(date);
    // The translator's own marks stay: only the values above were cleaned.
    let message = |key: &str| {
        crate::format::merge_final_dots(
            locale.t_args(key, &args),
            &dates.iter().map(String::as_str).collect::<Vec<_>>(),
        )
    };

    let [opening, why, evidence, ask, closing] = paragraph_keys(purpose, facts).map(message);
    let mut paragraphs = vec![message("letter-greeting"), opening, why];
    if let Some(personal) = &sender.personal {
        paragraphs.push(personal.clone());
    }
    paragraphs.extend([evidence, ask, closing, message("letter-sign-off")]);

    let role_organisation = match (&sender.role, &sender.organisation) {
        (Some(role), Some(organisation)) => Some(locale.t_args(
            "letter-role-organisation",
            &[
                ("role", isolate(locale, strip_bidi(role)).into()),
                ("organisation", isolate(locale, strip_bidi(organisation)).into()),
            ],
        )),
        (Some(one), None) | (None, Some(one)) => Some(one.clone()),
        (None, None) => None,
    };
    let signature = [sender.name.clone(), role_organisation, sender.city.clone(), sender.email.clone()]
        .into_iter()
        .flatten()
        .collect();

    RenderedLetter {
        language: tag.to_string(),
        direction: locale.dir().to_string(),
        subject: message(subject_key(purpose, facts)).replace(['\r', '\n'], " "),
        paragraphs,
        signature,
    }
}

pub fn render(facts: &LetterFacts, choices: &LetterChoices) -> Letter {
    Letter {
        primary: render_one(facts, choices.purpose, &choices.sender, choices.lang),
        second: choices.second.map(|second| render_one(facts, choices.purpose, &choices.sender, second)),
        to: facts.email.as_deref().and_then(mailto_address),
    }
}

fn strip_bidi(text: &str) -> String {
    text.chars().filter(|c| !is_bidi_control(*c)).collect()
}

/// A value in a right-to-left letter that has a letter written left to right (Latin,
/// Cyrillic, CJK…) between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (U+2068,
/// U+2069), as HTML's `<bdi>` does; any other value, or any value in a left-to-right
/// letter, as it is.
pub fn isolate(locale: Locale, value: String) -> String {
    let right_to_left = |c: char| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
    if locale.is_rtl() && value.chars().any(|c| c.is_alphabetic() && !right_to_left(c)) {
        format!("\u{2068}{value}\u{2069}")
    } else {
        value
    }
}

/// The place-and-date line of a printed letter, in the letter's language.
pub fn place_and_date(locale: Locale, city: Option<&str>, today: NaiveDate) -> String {
    let date = crate::format::format_date(locale, today);
    match city {
        Some(city) => {
            let city = isolate(locale, strip_bidi(city));
            locale.t_args("letter-place-date", &[("city", city.into()), ("date", date.into())])
        }
        None => date,
    }
}

#[cfg(test)]
pub mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::letters::form::{LetterForm, validate};

    /// Brazil as the seed records describe it, with an open ballot.
    pub fn brazil() -> LetterFacts {
        let names = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
        };
        LetterFacts {
            alpha2: "BR".into(),
            acronym: Some("ABNT".into()),
            body_name_en: Some("Brazilian National Standards Organization".into()),
            body_name_native: Some("Associação Brasileira de Normas Técnicas".into()),
            email: Some("atendimento.rj@abnt.org.br".into()),
            address: Some("Rua Minas Gerais, 190; Higienópolis; 01244-010 São Paulo-SP".into()),
            official_languages: vec!["pt".into()],
            // As the letter languages name it (locales/<tag>/countries.ftl).
            country_names: Locale::letter_languages()
                .map(|l| (l.tag().to_string(), crate::territory::letter_country("BR", l)))
                .collect(),
            language_names: names(&[
                ("en", "Portuguese"),
                ("fr", "portugais"),
                ("es", "portugués"),
                ("ar", "البرتغالية"),
                ("zh-Hans", "葡萄牙语"),
                ("ru", "португальский"),
                ("pt", "português"),
                ("de", "Portugiesisch"),
                ("ja", "ポルトガル語"),
                ("ko", "포르투갈어"),
                ("it", "portoghese"),
                ("nl", "Portugees"),
                ("tr", "Portekizce"),
            ]),
            standard: "ISO 20400:2017".into(),
            titles: names(&[("en", "Sustainable procurement — Guidance"), ("pt", "Compras sustentáveis — Diretrizes")]),
            adopted: 4,
            last_confirmed: Some("2023-04-05".into()),
            deadline: Some("2027-03-15".into()),
            due_by: None,
            committee: None,
            suggested: Purpose::Review,
            default_lang: "pt".into(),
            today: "2026-11-25".into(),
            title_sources: Default::default(),
            standard_source: "test".into(),
            standard_as_of: None,
            adoption_in_progress: false,
            national_edition: None,
        }
    }

    fn letter(form: LetterForm) -> Letter {
        let facts = brazil();
        let choices = validate(&form, &facts).unwrap_or_else(|e| panic!("{e:?}"));
        render(&facts, &choices)
    }

    /// The letter follows the records in every language: an adoption in progress is asked
    /// to be completed (not started), and a national edition that exists is named instead
    /// of asked for.
    #[test]
    fn letters_follow_the_records_in_every_language() {
        let sender = Sender::default();
        for locale in Locale::all() {
            let plain = brazil();
            let mut in_progress = brazil();
            in_progress.adoption_in_progress = true;
            let start = render_one(&plain, Purpose::Adopt, &sender, locale);
            let complete = render_one(&in_progress, Purpose::Adopt, &sender, locale);
            let ask = |letter: &RenderedLetter| letter.paragraphs[4].clone();
            assert_ne!(ask(&start), ask(&complete), "{}", locale.tag());
            assert!(complete.paragraphs.iter().any(|p| p.contains("ABNT") && p.contains("ISO 20400:2017")));
            if !locale.is_rtl() {
                assert_eq!(ask(&complete), strip_bidi(&ask(&complete)), "no isolation marks left to right");
            }

            let mut edition = brazil();
            edition.national_edition = Some("ABNT NBR ISO 20400".into());
            let asked = render_one(&plain, Purpose::Translate, &sender, locale);
            let exists = render_one(&edition, Purpose::Translate, &sender, locale);
            assert!(!asked.text().contains("ABNT NBR ISO 20400"));
            assert!(exists.paragraphs[1].contains("ABNT NBR ISO 20400"), "{}: {}", locale.tag(), exists.paragraphs[1]);
            assert!(exists.paragraphs[4].contains("ABNT NBR ISO 20400"), "{}: {}", locale.tag(), exists.paragraphs[4]);
            assert_ne!(asked.paragraphs[4], exists.paragraphs[4]);
            // Nothing in it argues for a translation that exists: subject, why, evidence.
            assert!(exists.subject.contains("ABNT NBR ISO 20400"), "{}: {}", locale.tag(), exists.subject);
            for paragraph in [2, 3] {
                assert_ne!(asked.paragraphs[paragraph], exists.paragraphs[paragraph], "{}", locale.tag());
                assert!(
                    exists.paragraphs[paragraph].contains("ABNT NBR ISO 20400"),
                    "{}",
                    exists.paragraphs[paragraph]
                );
            }
        }
        let english = render_one(
            &LetterFacts { adoption_in_progress: true, ..brazil() },
            Purpose::Adopt,
            &sender,
            Locale::default(),
        );
        assert!(!english.text().contains("to start the adoption"), "{}", english.text());
        assert!(english.text().contains("complete the adoption"));
    }

    #[test]
    fn english_review_letter_carries_the_facts_and_the_writer() {
        let letter = letter(LetterForm {
            lang: "en".into(),
            sender_name: "Ana Souza".into(),
            role: "Procurement lead".into(),
            organisation: "Cidade Limpa".into(),
            personal: "Our city buys €2m of cleaning services a year.".into(),
            ..Default::default()
        });
        let text = letter.text();
        for expected in [
            "Dear Sir or Madam,",
            "ISO 20400:2017, Sustainable procurement — Guidance",
            "At least 4 national standards bodies",
            "April 5, 2023",
            "The current ballot closes on March 15, 2027.",
            "Our city buys €2m",
            "Ana Souza\nProcurement lead, Cidade Limpa",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
        assert!(letter.primary.subject.contains("ISO 20400:2017"));
    }

    #[test]
    fn one_adoption_is_singular_and_no_deadline_is_said_plainly() {
        let mut facts = brazil();
        facts.adopted = 1;
        facts.deadline = None;
        let choices = validate(&LetterForm { lang: "en".into(), ..Default::default() }, &facts);
        let text = choices.map(|c| render(&facts, &c).text()).unwrap_or_default();
        assert!(text.contains("At least 1 national standards body has adopted"), "{text}");
        assert!(text.contains("when the ballot opens"), "{text}");
        assert!(!text.contains("is due by"), "no due date is known: {text}");
    }

    #[test]
    fn without_a_ballot_the_review_letter_quotes_the_date_the_review_is_due_by() {
        let mut facts = brazil();
        facts.deadline = None;
        facts.due_by = Some("2028-04-05".into());
        for (lang, expected) in [("en", "is due by April 5, 2028"), ("pt", "2028")] {
            let choices =
                validate(&LetterForm { lang: lang.into(), purpose: "review".into(), ..Default::default() }, &facts);
            let text = choices.map(|c| render(&facts, &c).text()).unwrap_or_default();
            assert!(text.contains(expected), "{lang}: {text}");
        }
    }

    #[test]
    fn letters_start_in_the_countrys_first_language_or_in_english() {
        assert_eq!(default_letter_locale(&["pt".into()]).tag(), "pt");
        assert_eq!(default_letter_locale(&["zh".into()]).tag(), "zh-Hans");
        // A tag of its own first (Portugal), the same script only (Hong Kong).
        for wanted in ["pt-PT", "zh-Hant", "sr-Latn"] {
            let chosen = default_letter_locale(&[wanted.into()]).tag();
            let own = Locale::letter_language(wanted).is_some();
            assert_eq!(chosen, if own { wanted } else { "en" }, "{wanted}");
        }
        // A first language without letters: English, never the country's second language
        // (Ukraine is not written to in Russian for want of Ukrainian).
        assert_eq!(default_letter_locale(&["xx".into(), "ru".into()]).tag(), "en");
        assert_eq!(default_letter_locale(&[]).tag(), "en");
        assert!(letter_locale_for("xx").is_none());
    }

    #[test]
    fn mailto_is_percent_encoded_utf8_with_crlf_and_no_injection() {
        let letter = letter(LetterForm {
            lang: "ar".into(),
            second_lang: "en".into(),
            city: "São Paulo".into(),
            personal: "Line one\nLine two".into(),
            ..Default::default()
        });
        let mailto = letter.mailto().unwrap_or_default();
        assert!(mailto.starts_with("mailto:atendimento.rj@abnt.org.br?subject="), "{mailto}");
        assert!(mailto.contains("Line%20one%0D%0ALine%20two"));
        assert!(mailto.contains("S%C3%A3o%20Paulo"));
        let after_to = mailto.split_once('?').map(|(_, q)| q).unwrap_or_default();
        assert_eq!(after_to.matches('&').count(), 1, "only subject and body parameters");
        assert!(!mailto.chars().any(|c| c.is_whitespace() || c.is_control() || !c.is_ascii()));
        // The Arabic part isolates its Latin values (FSI … PDI, balanced); the English part has none.
        let (arabic, english) =
            letter.text().split_once(&"—".repeat(20)).map(|(a, e)| (a.to_string(), e.to_string())).unwrap_or_default();
        assert!(arabic.contains("\u{2068}ISO 20400:2017\u{2069}"), "{arabic}");
        assert_eq!(arabic.matches('\u{2068}').count(), arabic.matches('\u{2069}').count());
        assert!(!english.contains('\u{2068}') && !english.contains('\u{2069}'));
        assert!(mailto.contains("%E2%81%A8ISO%2020400%3A2017%E2%81%A9"), "isolated in the mailto too");
    }

    #[test]
    fn unusable_addresses_give_no_mailto() {
        assert_eq!(mailto_address("info@abnt.org.br; vendas@abnt.org.br").as_deref(), Some("info@abnt.org.br"));
        assert_eq!(mailto_address("a@b.org?cc=evil@x.org"), None);
        assert_eq!(mailto_address("see website"), None);
    }

    fn text_in(facts: &LetterFacts, lang: &str, purpose: &str) -> String {
        let form = LetterForm { lang: lang.into(), purpose: purpose.into(), ..Default::default() };
        let choices = validate(&form, facts).unwrap_or_else(|e| panic!("{lang}: {e:?}"));
        let letter = render(facts, &choices);
        format!("{}\n{}", letter.primary.subject, letter.text())
    }

    /// A title is quoted only in its own language: a Ukrainian or Chinese letter names
    /// the standard by its reference when only English and Portuguese titles are recorded.
    #[test]
    fn titles_in_another_language_are_left_out() {
        let facts = brazil();
        for lang in ["uk", "zh-Hans", "ja", "pl", "fr"] {
            for purpose in ["review", "adopt", "translate"] {
                let text = text_in(&facts, lang, purpose);
                assert!(!text.contains("Sustainable procurement"), "{lang} {purpose}: {text}");
                assert!(!text.contains("Compras sustentáveis"), "{lang} {purpose}: {text}");
                assert!(text.contains("ISO 20400:2017"), "{lang} {purpose}: {text}");
                assert!(!text.contains(", ,") && !text.contains("«»") && !text.contains("“”"), "{lang}: {text}");
            }
        }
        assert!(text_in(&facts, "pt", "review").contains("Compras sustentáveis — Diretrizes"));
        assert!(text_in(&facts, "pt-PT", "review").contains("Compras sustentáveis — Diretrizes"));
        assert!(text_in(&facts, "en", "review").contains("Sustainable procurement — Guidance"));
    }

    /// French writes the first of the month "1er", Italian "1º"; Italian letters put no
    /// article before a date ("il 8" would need elision: "l'8").
    #[test]
    fn dates_read_as_the_language_writes_them() {
        let mut facts = brazil();
        facts.last_confirmed = Some("2023-03-01".into());
        facts.deadline = Some("2027-03-08".into());
        let french = text_in(&facts, "fr", "review");
        assert!(french.contains("1er mars 2023") && french.contains("8 mars 2027"), "{french}");
        let italian = text_in(&facts, "it", "review");
        assert!(italian.contains("1º marzo 2023") && italian.contains("8 marzo 2027"), "{italian}");
        for article in ["il 8", "al 8", "dal 8", "del 8", "nel 8", "lo 8", "il 11", "l' 8"] {
            assert!(!italian.contains(&format!(" {article} ")), "{article}: {italian}");
        }
        facts.deadline = None;
        facts.due_by = Some("2028-08-11".into());
        let italian = text_in(&facts, "it", "review");
        assert!(italian.contains("11 agosto 2028") && !italian.contains(" il 11 "), "{italian}");
    }

    /// In the letter's sentences the body has its own name in its country's language,
    /// its English name in English, and its acronym in any other language.
    #[test]
    fn the_body_is_named_in_the_letters_language_or_by_its_acronym() {
        let facts = brazil();
        assert!(text_in(&facts, "pt", "adopt").contains("Associação Brasileira de Normas Técnicas"));
        assert!(text_in(&facts, "en", "adopt").contains("Brazilian National Standards Organization"));
        let ukrainian = text_in(&facts, "uk", "adopt");
        assert!(ukrainian.contains("ABNT") && !ukrainian.contains("Brazilian National"), "{ukrainian}");
    }

    /// Hong Kong is not a state: no letter language calls its adoption *national* in the
    /// English letter, and every language names it as "Hong Kong, China".
    #[test]
    fn hong_kong_is_not_asked_for_a_national_standard() {
        let mut facts = brazil();
        facts.alpha2 = "HK".into();
        facts.country_names = Locale::letter_languages()
            .map(|l| (l.tag().to_string(), crate::territory::letter_country("HK", l)))
            .collect();
        let english = text_in(&facts, "en", "adopt");
        assert!(english.contains("as a standard of Hong Kong, China"), "{english}");
        assert!(!english.contains("national standard of"), "{english}");
        let brazil = text_in(&brazil(), "en", "adopt");
        assert!(brazil.contains("as a national standard of Brazil"), "{brazil}");
    }

    #[test]
    fn arabic_letters_are_right_to_left() {
        let letter = letter(LetterForm { lang: "ar".into(), ..Default::default() });
        assert_eq!((letter.primary.language.as_str(), letter.primary.direction.as_str()), ("ar", "rtl"));
        assert!(letter.primary.text().contains("البرازيل"));
    }
}
