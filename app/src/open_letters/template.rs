//! The open letters' template language: a letter's title and body are Fluent patterns
//! (`Dear colleagues at { $body },`), parsed at run time. A text is checked when it is
//! saved — syntax, known placeables only, no references to other messages or functions,
//! a size limit — and every problem names its line. Rendering only fills in values; no
//! text is ever executed.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;

pub use super::PLACEABLES;

/// The longest title and body, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_BODY_CHARS: usize = 20_000;

/// A problem with a text: a message key, the line (1-based, 0 for the whole text) and a
/// detail to show (the unknown placeable's name, the parser's complaint).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TemplateProblem {
    pub key: String,
    pub line: usize,
    pub detail: String,
}

fn problem(key: &str, line: usize, detail: impl Into<String>) -> TemplateProblem {
    TemplateProblem { key: key.into(), line, detail: detail.into() }
}

/// The text as one Fluent message: every line indented under `letter =` (blank lines stay
/// blank, so paragraphs survive).
fn wrap(text: &str) -> String {
    let lines: Vec<String> = text
        .trim_matches('\n')
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .map(|l| if l.trim().is_empty() { String::new() } else { format!("    {l}") })
        .collect();
    format!("letter =\n{}\n", lines.join("\n"))
}

/// The line of `text` a byte offset of `wrap(text)` falls on.
fn line_of(wrapped: &str, offset: usize) -> usize {
    let before = wrapped.get(..offset.min(wrapped.len())).unwrap_or(wrapped);
    // Line 1 of the wrapped source is `letter =`.
    before.matches('\n').count().max(1)
}

/// The first line of `text` that mentions `needle` (0 if none).
fn line_mentioning(text: &str, needle: &str) -> usize {
    text.trim_matches('\n').lines().position(|l| l.contains(needle)).map_or(0, |i| i + 1)
}

fn check_pattern(pattern: &ast::Pattern<&str>, text: &str, problems: &mut Vec<TemplateProblem>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            check_expression(expression, text, problems);
        }
    }
}

fn check_inline(inline: &ast::InlineExpression<&str>, text: &str, problems: &mut Vec<TemplateProblem>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            if !PLACEABLES.contains(&id.name) {
                let line = line_mentioning(text, &format!("${}", id.name));
                problems.push(problem("letter-template-unknown-placeable", line, id.name));
            }
        }
        ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
        ast::InlineExpression::Placeable { expression } => check_expression(expression, text, problems),
        ast::InlineExpression::MessageReference { id, .. }
        | ast::InlineExpression::TermReference { id, .. }
        | ast::InlineExpression::FunctionReference { id, .. } => {
            let line = line_mentioning(text, id.name);
            problems.push(problem("letter-template-reference", line, id.name));
        }
    }
}

fn check_expression(expression: &ast::Expression<&str>, text: &str, problems: &mut Vec<TemplateProblem>) {
    match expression {
        ast::Expression::Inline(inline) => check_inline(inline, text, problems),
        ast::Expression::Select { selector, variants } => {
            check_inline(selector, text, problems);
            for variant in variants {
                check_pattern(&variant.value, text, problems);
            }
        }
    }
}

/// How deep braces may nest (`{ $n -> [one] { $body } *[other] … }` is two).
pub const MAX_NESTING: usize = 6;

/// The line where braces first nest deeper than [`MAX_NESTING`], if they do.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (number, line) in text.lines().enumerate() {
        for c in line.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > MAX_NESTING {
                return Some(number + 1);
            }
        }
    }
    None
}

/// Checks a title or body; all problems at once, each with its line.
pub fn check(text: &str, max_chars: usize) -> Result<(), Vec<TemplateProblem>> {
    if text.trim().is_empty() {
        return Err(vec![problem("letter-template-empty", 0, "")]);
    }
    let chars = text.chars().count();
    if chars > max_chars {
        return Err(vec![problem("letter-template-too-long", 0, max_chars.to_string())]);
    }
    if let Some(line) = text.lines().position(|l| l.chars().any(|c| c.is_control() && c != '\t' && c != '\r')) {
        return Err(vec![problem("letter-template-control", line + 1, "")]);
    }
    // The parser descends once per nested brace: a deep nest would exhaust the stack.
    if let Some(line) = too_deep(text) {
        return Err(vec![problem(
            "letter-template-syntax",
            line,
            format!("braces nested more than {MAX_NESTING} deep"),
        )]);
    }
    let wrapped = wrap(text);
    let resource = match FluentResource::try_new(wrapped.clone()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| {
                    // A problem noticed at the end of the text belongs to its last line.
                    let line = line_of(&wrapped, e.pos.start).min(text.trim_matches('\n').lines().count().max(1));
                    problem("letter-template-syntax", line, e.kind.to_string())
                })
                .collect());
        }
    };
    let mut problems = Vec::new();
    let messages: Vec<&ast::Message<&str>> = resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message),
            _ => None,
        })
        .collect();
    match messages.as_slice() {
        [message] if message.attributes.is_empty() => {
            if let Some(pattern) = &message.value {
                check_pattern(pattern, text, &mut problems);
            }
        }
        // A line like `name = …` or `.attribute = …` split the text into messages.
        _ => problems.push(problem("letter-template-syntax", 0, "")),
    }
    problems.sort_by_key(|p| p.line);
    if problems.is_empty() { Ok(()) } else { Err(problems) }
}

/// The values of a letter's placeables for one reading (a body, or everyone).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Values {
    pub body: String,
    pub acronym: String,
    pub country: String,
    pub in_country: String,
    pub standard: String,
    pub standard_title: String,
    pub deadline: String,
    pub committee: String,
    pub adoptions: u32,
    pub languages: u32,
}

/// Fills in a checked text in `lang` (plural rules follow the language). A text that
/// does not check renders as its unchanged source, so a reader never sees an error.
pub fn render(text: &str, lang: &str, values: &Values) -> String {
    if check(text, usize::MAX).is_err() {
        return text.to_string();
    }
    let Ok(resource) = FluentResource::try_new(wrap(text)) else {
        return text.to_string();
    };
    let langid: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
    let locale = crate::i18n::Locale::letter_language(lang).unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    if bundle.add_resource(resource).is_err() {
        return text.to_string();
    }
    let Some(pattern) = bundle.get_message("letter").and_then(|m| m.value()) else {
        return String::new();
    };
    let mut args = FluentArgs::new();
    for (name, value) in [
        ("body", &values.body),
        ("acronym", &values.acronym),
        ("country", &values.country),
        ("in_country", &values.in_country),
        ("standard", &values.standard),
        ("standard_title", &values.standard_title),
        ("deadline", &values.deadline),
        ("committee", &values.committee),
    ] {
        // Record values lose their bidi controls; in a right-to-left letter a value
        // written left to right is isolated (FSI…PDI) so mail programs keep it one run.
        let value = crate::letters::compose::isolate(locale, crate::letters::form::clean_record_value(value));
        args.set(name, FluentValue::from(value));
    }
    args.set("adoptions", FluentValue::from(values.adoptions));
    args.set("languages", FluentValue::from(values.languages));
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
    crate::format::merge_final_dots(text, &[values.deadline.as_str()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = format!("Dear colleagues,\n{}", "{ ".repeat(5_000));
        assert_eq!(keys(&deep), vec![("letter-template-syntax".into(), 2, "braces nested more than 6 deep".into())]);
        let nested = "{ $adoptions ->\n    [one] { $body }\n   *[other] { { $country } }\n}";
        assert_eq!(check(nested, MAX_BODY_CHARS), Ok(()));
    }

    /// Any text is either refused with problems or rendered; never a panic, and a
    /// refused text names a line inside it.
    #[test]
    fn hostile_templates_never_panic() {
        let mut hostile = crate::hostile::Hostile::new(37);
        let values = Values { body: "<b>ABNT</b>".into(), adoptions: 3, ..Values::default() };
        for _ in 0..2_000 {
            let text = hostile.string(6);
            match check(&text, MAX_BODY_CHARS) {
                Ok(()) => {
                    let _ = render(&text, "ar", &values);
                }
                Err(problems) => {
                    let lines = text.lines().count().max(1);
                    assert!(problems.iter().all(|p| p.line <= lines + 1), "{problems:?}");
                }
            }
        }
    }

    fn keys(text: &str) -> Vec<(String, usize, String)> {
        check(text, MAX_BODY_CHARS).err().unwrap_or_default().into_iter().map(|p| (p.key, p.line, p.detail)).collect()
    }

    #[test]
    fn a_good_letter_checks_and_renders_with_plurals_per_language() {
        let text = "Dear { $body },\n\nWe count { $adoptions ->\n    [one] one adoption\n   *[other] { $adoptions } adoptions\n} in { $country }.\n\n– a list line\nRegards,";
        assert_eq!(check(text, MAX_BODY_CHARS), Ok(()));
        let values = Values { body: "ABNT".into(), country: "Brazil".into(), adoptions: 1, ..Values::default() };
        assert_eq!(
            render(text, "en", &values),
            "Dear ABNT,\n\nWe count one adoption in Brazil.\n\n– a list line\nRegards,"
        );
        let many = Values { adoptions: 4, ..values };
        assert!(render(text, "en", &many).contains("We count 4 adoptions in Brazil."));
    }

    /// In a right-to-left letter, a value written left to right is isolated (FSI…PDI) so
    /// that mail programs keep it one run; a bidi control in a record never passes.
    #[test]
    fn values_in_right_to_left_letters_are_isolated() {
        let text = "إلى { $body } في { $country }";
        let values = Values { body: "ABNT\u{202e}".into(), country: "البرازيل".into(), ..Values::default() };
        assert_eq!(render(text, "ar", &values), "إلى \u{2068}ABNT\u{2069} في البرازيل");
        assert_eq!(render("To { $body }", "en", &values), "To ABNT");
    }

    #[test]
    fn problems_name_their_line() {
        assert_eq!(
            keys("Dear { $body },\nSee { $secret } and { $body }."),
            [("letter-template-unknown-placeable".to_string(), 2, "secret".to_string())]
        );
        let unclosed = keys("Line one\nDear { $body ,\nLine three");
        assert_eq!(unclosed.first().map(|(k, l, _)| (k.as_str(), *l)), Some(("letter-template-syntax", 2)));
        assert_eq!(
            keys("Hello\n{ other-message }").first().map(|(k, l, _)| (k.as_str(), *l)),
            Some(("letter-template-reference", 2))
        );
        assert_eq!(
            keys("Hello\n{ NUMBER($adoptions) }").first().map(|(k, _, _)| k.as_str()),
            Some("letter-template-reference")
        );
        assert_eq!(
            keys("Hi\n* a bullet").first().map(|(k, l, _)| (k.as_str(), *l)),
            Some(("letter-template-syntax", 2))
        );
        assert_eq!(keys("  \n").first().map(|(k, _, _)| k.as_str()), Some("letter-template-empty"));
        assert_eq!(
            check(&"a".repeat(MAX_BODY_CHARS + 1), MAX_BODY_CHARS).err().map(|p| p[0].key.clone()),
            Some("letter-template-too-long".to_string())
        );
        assert_eq!(
            keys("ok\nbad\u{7}").first().map(|(k, l, _)| (k.as_str(), *l)),
            Some(("letter-template-control", 2))
        );
    }

    #[test]
    fn text_that_does_not_check_renders_as_written() {
        assert_eq!(render("Dear { $secret }", "en", &Values::default()), "Dear { $secret }");
    }
}
