//! The composer's input: raw strings from a query string or a form, validated into
//! choices. Every limit and refusal has a translated message; nothing invalid reaches a
//! letter.

use serde::{Deserialize, Serialize};

use super::{LetterFacts, Purpose};
use crate::i18n::Locale;

/// The composer's fields, as typed. Names match the query string and the API.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterForm {
    pub nsb: String,
    pub purpose: String,
    pub lang: String,
    pub second_lang: String,
    pub sender_name: String,
    pub organisation: String,
    pub role: String,
    pub city: String,
    pub email: String,
    pub personal: String,
    /// Whether the shareable link carries the writer's details too.
    pub share: bool,
}

/// The writer's own fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SenderField {
    Name,
    Organisation,
    Role,
    City,
    Email,
    Personal,
}

impl SenderField {
    pub const ALL: [SenderField; 6] = [
        SenderField::Name,
        SenderField::Organisation,
        SenderField::Role,
        SenderField::City,
        SenderField::Email,
        SenderField::Personal,
    ];

    /// The parameter name in URLs, forms and the API.
    pub fn param(self) -> &'static str {
        match self {
            SenderField::Name => "sender_name",
            SenderField::Organisation => "organisation",
            SenderField::Role => "role",
            SenderField::City => "city",
            SenderField::Email => "email",
            SenderField::Personal => "personal",
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            SenderField::Name => "letter-field-sender-name",
            SenderField::Organisation => "letter-field-organisation",
            SenderField::Role => "letter-field-role",
            SenderField::City => "letter-field-city",
            SenderField::Email => "letter-field-email",
            SenderField::Personal => "letter-field-personal",
        }
    }

    /// Most characters accepted.
    pub fn max_chars(self) -> usize {
        match self {
            SenderField::Name | SenderField::Role | SenderField::City => 100,
            SenderField::Organisation => 150,
            SenderField::Email => 254,
            SenderField::Personal => 2000,
        }
    }

    pub fn multiline(self) -> bool {
        self == SenderField::Personal
    }
}

/// Every query parameter of the composer's form (the page's URL and `from_pairs`).
pub const PARAMS: [&str; 11] = [
    "nsb",
    "purpose",
    "letter_lang",
    "second_lang",
    "sender_name",
    "organisation",
    "role",
    "city",
    "email",
    "personal",
    "share",
];

impl LetterForm {
    pub fn get(&self, field: SenderField) -> &str {
        match field {
            SenderField::Name => &self.sender_name,
            SenderField::Organisation => &self.organisation,
            SenderField::Role => &self.role,
            SenderField::City => &self.city,
            SenderField::Email => &self.email,
            SenderField::Personal => &self.personal,
        }
    }

    pub fn set(&mut self, name: &str, value: String) {
        match name {
            "nsb" => self.nsb = value,
            "purpose" => self.purpose = value,
            // `lang` is the page's own language; the letter's is `letter_lang` (the API
            // says `lang`, see `from_api_pairs`).
            "letter_lang" => self.lang = value,
            "second_lang" => self.second_lang = value,
            "sender_name" => self.sender_name = value,
            "organisation" => self.organisation = value,
            "role" => self.role = value,
            "city" => self.city = value,
            "email" => self.email = value,
            "personal" => self.personal = value,
            "share" => self.share = matches!(value.as_str(), "1" | "on" | "true" | "yes"),
            _ => {}
        }
    }

    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> LetterForm {
        let mut form = LetterForm::default();
        for (name, value) in pairs {
            form.set(name, value.to_string());
        }
        form
    }

    /// The API's parameters: as the page's, but `lang` is the letter's language.
    pub fn from_api_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> LetterForm {
        LetterForm::from_pairs(pairs.into_iter().map(|(k, v)| (if k == "lang" { "letter_lang" } else { k }, v)))
    }

    /// The (name, value) pairs that reproduce these choices, blanks left out; the
    /// writer's details only when `with_sender`.
    pub fn pairs(&self, with_sender: bool) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&'static str, &str)> = vec![
            ("nsb", &self.nsb),
            ("purpose", &self.purpose),
            ("letter_lang", &self.lang),
            ("second_lang", &self.second_lang),
        ];
        if with_sender {
            pairs.extend(SenderField::ALL.map(|f| (f.param(), self.get(f))));
            if self.share {
                pairs.push(("share", "1"));
            }
        }
        pairs.into_iter().filter(|(_, v)| !v.trim().is_empty()).map(|(k, v)| (k, v.trim().to_string())).collect()
    }

    /// The query string that reproduces these choices; the writer's details only when
    /// `with_sender` (they then live in the link, never on Quorum's server).
    pub fn query(&self, with_sender: bool) -> String {
        self.pairs(with_sender)
            .into_iter()
            .map(|(k, v)| format!("{k}={}", percent_encode(&v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// The writer's details of a composer form sent by POST (`/letters/new`, `/letters/print`,
/// `/letters/letter.txt`): the server reads them from the request, never from its address.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PostedDetails(pub Vec<(String, String)>);

impl PostedDetails {
    /// Fills the writer's details into `form` (its choices came from the address).
    pub fn fill(&self, form: &mut LetterForm) {
        for (name, value) in &self.0 {
            form.set(name, value.clone());
        }
    }
}

/// The choices a composer address may carry; everything else a writer types stays out
/// of addresses unless they ask for a link.
pub const PUBLIC_PARAMS: [&str; 6] = ["nsb", "purpose", "letter_lang", "second_lang", "share", "lang"];

/// Whether a composer query holds only choices (no detail of the writer's): such a page
/// is the same for everyone, per language and data version, and may be kept.
pub fn only_choices(query: &str) -> bool {
    form_urlencoded::parse(query.as_bytes()).all(|(name, _)| PUBLIC_PARAMS.contains(&name.as_ref()) && name != "share")
}

/// Splits a posted composer form (`application/x-www-form-urlencoded`) into the query of
/// its public choices and the writer's details; unknown fields are dropped.
pub fn split_posted(body: &str) -> (String, PostedDetails) {
    let mut query = Vec::new();
    let mut details = Vec::new();
    for (name, value) in form_urlencoded::parse(body.as_bytes()) {
        if PUBLIC_PARAMS.contains(&name.as_ref()) {
            if !value.trim().is_empty() {
                query.push(format!("{name}={}", percent_encode(value.trim())));
            }
        } else if PARAMS.contains(&name.as_ref()) {
            details.push((name.into_owned(), value.into_owned()));
        }
    }
    (query.join("&"), PostedDetails(details))
}

/// The writer, validated; blanks are `None` and are left out of the letter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sender {
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub role: Option<String>,
    pub city: Option<String>,
    pub email: Option<String>,
    pub personal: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LetterChoices {
    pub purpose: Purpose,
    pub lang: Locale,
    pub second: Option<Locale>,
    pub sender: Sender,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormError {
    TooLong { field: SenderField, max: usize, length: usize },
    Control(SenderField),
    Email,
    Purpose,
    Language,
}

impl FormError {
    /// The field the error belongs to (for `aria-describedby` and the API).
    pub fn param(&self) -> &'static str {
        match self {
            FormError::TooLong { field, .. } | FormError::Control(field) => field.param(),
            FormError::Email => "email",
            FormError::Purpose => "purpose",
            FormError::Language => "lang",
        }
    }

    pub fn message(&self, locale: Locale) -> String {
        match self {
            FormError::TooLong { field, max, length } => locale.t_args(
                "letter-error-too-long",
                &[("field", locale.t(field.label_key()).into()), ("max", (*max).into()), ("length", (*length).into())],
            ),
            FormError::Control(field) => {
                locale.t_args("letter-error-control", &[("field", locale.t(field.label_key()).into())])
            }
            FormError::Email => locale.t("letter-error-email"),
            FormError::Purpose => locale.t("letter-error-purpose"),
            FormError::Language => locale.t("letter-error-language"),
        }
    }
}

/// Bidirectional formatting characters: never wanted in a letter, and a way to make
/// text read differently from how it is stored.
pub use crate::records::is_bidi_control;

/// Removes bidi controls and line breaks from a value taken from the records.
pub fn clean_record_value(value: &str) -> String {
    value.chars().filter(|c| !is_bidi_control(*c)).map(|c| if c.is_control() { ' ' } else { c }).collect()
}

fn validate_field(field: SenderField, raw: &str) -> Result<Option<String>, FormError> {
    let value = raw.replace("\r\n", "\n").replace('\r', "\n");
    let value = value.trim();
    let length = value.chars().count();
    if length > field.max_chars() {
        return Err(FormError::TooLong { field, max: field.max_chars(), length });
    }
    let allowed = |c: char| field.multiline() && c == '\n';
    if value.chars().any(|c| (c.is_control() && !allowed(c)) || is_bidi_control(c)) {
        return Err(FormError::Control(field));
    }
    Ok((!value.is_empty()).then(|| value.to_string()))
}

/// A plausible address: something@domain.tld, no spaces or characters that would
/// break a header or a link.
pub use crate::records::looks_like_email;

/// Validates everything; every problem is reported at once.
pub fn validate(form: &LetterForm, facts: &LetterFacts) -> Result<LetterChoices, Vec<FormError>> {
    let mut errors = Vec::new();
    let purpose =
        if form.purpose.trim().is_empty() { Some(facts.suggested) } else { Purpose::from_slug(&form.purpose) };
    if purpose.is_none() {
        errors.push(FormError::Purpose);
    }
    let lang_tag = if form.lang.trim().is_empty() { facts.default_lang.as_str() } else { form.lang.as_str() };
    let lang = Locale::letter_language(lang_tag);
    if lang.is_none() {
        errors.push(FormError::Language);
    }
    let second = match form.second_lang.trim() {
        "" | "none" => None,
        tag => match Locale::letter_language(tag) {
            Some(locale) => Some(locale),
            None => {
                errors.push(FormError::Language);
                None
            }
        },
    };
    let mut field = |f: SenderField| match validate_field(f, form.get(f)) {
        Ok(value) => value,
        Err(error) => {
            errors.push(error);
            None
        }
    };
    let sender = Sender {
        name: field(SenderField::Name),
        organisation: field(SenderField::Organisation),
        role: field(SenderField::Role),
        city: field(SenderField::City),
        email: field(SenderField::Email),
        personal: field(SenderField::Personal),
    };
    if sender.email.as_deref().is_some_and(|e| !looks_like_email(e)) {
        errors.push(FormError::Email);
    }
    match (purpose, lang) {
        (Some(purpose), Some(lang)) if errors.is_empty() => {
            Ok(LetterChoices { purpose, lang, second: second.filter(|s| *s != lang), sender })
        }
        _ => Err(errors),
    }
}

/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`).
pub const NOT_UNRESERVED: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Percent-encodes everything but RFC 3986 unreserved characters, as UTF-8.
pub fn percent_encode(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, NOT_UNRESERVED).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_posted_form_keeps_the_details_out_of_the_address() {
        let body = "nsb=BR&purpose=review&letter_lang=pt&sender_name=Ana+Souza&email=ana%40example.org\
                    &personal=Ol%C3%A1%0Amundo&share=1&evil=x";
        let (query, details) = split_posted(body);
        assert_eq!(query, "nsb=BR&purpose=review&letter_lang=pt&share=1");
        assert_eq!(
            details.0,
            [
                ("sender_name".to_string(), "Ana Souza".to_string()),
                ("email".to_string(), "ana@example.org".to_string()),
                ("personal".to_string(), "Olá\nmundo".to_string()),
            ]
        );
    }

    /// Brazil with little recorded: no names or contacts, nothing adopted, no ballot.
    fn facts() -> LetterFacts {
        LetterFacts {
            body_name_en: None,
            body_name_native: None,
            email: None,
            address: None,
            country_names: Default::default(),
            language_names: Default::default(),
            titles: Default::default(),
            adopted: 0,
            last_confirmed: None,
            deadline: None,
            due_by: None,
            committee: None,
            suggested: Purpose::Adopt,
            default_lang: "en".into(),
            ..crate::letters::compose::tests::brazil()
        }
    }

    /// Any value in any composer field is refused with errors or rendered, never a panic;
    /// a rendered letter's `mailto:` link carries no raw line break (no header injection).
    #[test]
    fn hostile_letter_fields_never_panic() {
        let mut hostile = crate::hostile::Hostile::new(53);
        let names = PARAMS;
        for _ in 0..1_500 {
            let values: Vec<String> = names.iter().map(|_| hostile.string(3)).collect();
            let form = LetterForm::from_pairs(names.iter().copied().zip(values.iter().map(String::as_str)));
            if let Ok(choices) = validate(&form, &facts()) {
                let letter = crate::letters::compose::render(&facts(), &choices);
                let _ = (letter.subject(), letter.text());
                if let Some(link) = letter.mailto() {
                    assert!(!link.contains(['\r', '\n']), "{link}");
                }
            }
        }
    }

    #[test]
    fn blanks_take_the_suggestions() {
        let choices = validate(&LetterForm::default(), &facts());
        assert_eq!(choices.map(|c| (c.purpose, c.lang.tag(), c.second)), Ok((Purpose::Adopt, "en", None)));
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let form = LetterForm {
            purpose: "praise".into(),
            lang: "xx".into(),
            sender_name: "a".repeat(101),
            city: "Rio\u{2066}".into(),
            email: "not an address".into(),
            ..Default::default()
        };
        let errors = validate(&form, &facts()).err().unwrap_or_default();
        assert_eq!(
            errors,
            vec![
                FormError::Purpose,
                FormError::Language,
                FormError::TooLong { field: SenderField::Name, max: 100, length: 101 },
                FormError::Control(SenderField::City),
                FormError::Email,
            ]
        );
        let message = errors[2].message(Locale::default());
        assert!(message.contains("100") && message.contains("101"), "{message}");
    }

    #[test]
    fn only_the_personal_paragraph_may_have_line_breaks() {
        let form = LetterForm {
            personal: "First line.\r\nSecond line.".into(),
            role: "Buyer\nInjected: header".into(),
            ..Default::default()
        };
        assert_eq!(validate(&form, &facts()).err(), Some(vec![FormError::Control(SenderField::Role)]));
        let form = LetterForm { personal: "First line.\r\nSecond line.".into(), ..Default::default() };
        let personal = validate(&form, &facts()).ok().and_then(|c| c.sender.personal);
        assert_eq!(personal.as_deref(), Some("First line.\nSecond line."));
    }

    #[test]
    fn addresses() {
        assert!(looks_like_email("ana@example.org"));
        assert!(looks_like_email("ana.souza+iso@abnt.org.br"));
        assert!(!looks_like_email("ana@example"));
        assert!(!looks_like_email("ana example@x.org"));
        assert!(!looks_like_email("a@b.org?cc=x@y.org"));
    }

    #[test]
    fn share_link_carries_the_sender_only_when_asked() {
        let form = LetterForm {
            nsb: "BR".into(),
            purpose: "review".into(),
            lang: "pt".into(),
            sender_name: "Ana Souza".into(),
            ..Default::default()
        };
        assert_eq!(form.query(false), "nsb=BR&purpose=review&letter_lang=pt");
        assert_eq!(form.query(true), "nsb=BR&purpose=review&letter_lang=pt&sender_name=Ana%20Souza");
        let back =
            LetterForm::from_pairs([("nsb", "BR"), ("sender_name", "Ana Souza"), ("share", "1"), ("lang", "fr")]);
        assert_eq!((back.sender_name.as_str(), back.share, back.lang.as_str()), ("Ana Souza", true, ""));
        let api = LetterForm::from_api_pairs([("nsb", "BR"), ("lang", "pt")]);
        assert_eq!(api.lang, "pt");
    }
}
