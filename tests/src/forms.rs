//! Forms as a browser sees them: the tests read a page's `<form>` as rendered, fill in
//! what a person can change (text, text areas, choices, boxes) and post exactly the
//! fields the browser would send — in document order, hidden fields as rendered,
//! unchecked boxes and disabled controls left out. Asking for a field the form does not
//! hold, or a choice it does not offer, fails the test: a hand-built request body could
//! pass while the real form fails.

#[derive(Debug, Clone)]
enum Kind {
    /// Text, e-mail, date, number, password, search, url, tel, textarea.
    Text,
    Hidden,
    /// A checkbox or radio button with its own value.
    Check {
        checked: bool,
        radio: bool,
    },
    /// A `<select>`: the offered values and the selected index.
    Select {
        options: Vec<String>,
        selected: usize,
    },
    /// A named submit button: sent only when it is the one pressed.
    Submit,
}

#[derive(Debug, Clone)]
struct Control {
    name: String,
    value: String,
    kind: Kind,
}

/// One `<form>` of a page.
#[derive(Debug, Clone)]
pub struct HtmlForm {
    pub action: String,
    pub method: String,
    controls: Vec<Control>,
    pressed: Option<usize>,
}

impl HtmlForm {
    /// Every form in `html`, in document order.
    pub fn all(html: &str) -> Vec<HtmlForm> {
        let mut forms = Vec::new();
        let mut rest = html;
        while let Some(start) = find_tag(rest, "form") {
            let (attributes, after) = read_tag(&rest[start..]);
            let end = rest[start + after..].find("</form>").map_or(rest.len(), |e| start + after + e);
            forms.push(HtmlForm {
                action: decode(attribute(&attributes, "action").unwrap_or_default()),
                method: attribute(&attributes, "method").unwrap_or("get").to_ascii_lowercase(),
                controls: controls(&rest[start + after..end]),
                pressed: None,
            });
            rest = &rest[end..];
        }
        forms
    }

    /// The first form posting to `action` (its path, before any `?`).
    pub fn find(html: &str, action: &str) -> HtmlForm {
        let forms = HtmlForm::all(html);
        let actions: Vec<String> = forms.iter().map(|f| f.action.clone()).collect();
        forms
            .into_iter()
            .find(|f| f.action.split('?').next() == Some(action))
            .unwrap_or_else(|| panic!("no form posting to {action}; the page's forms: {actions:?}"))
    }

    /// Types `value` into the text field or text area `name`, picks the option or the
    /// radio button with that value, or ticks a checkbox whose value it is ("" unticks
    /// it). Panics when the form holds no such field a person can change, or does not
    /// offer that choice.
    pub fn set(&mut self, name: &str, value: &str) -> &mut Self {
        let mut found = false;
        let mut radio_picked = false;
        let names: Vec<String> = self.controls.iter().map(|c| c.name.clone()).collect();
        for control in self.controls.iter_mut().filter(|c| c.name == name) {
            match &mut control.kind {
                Kind::Text => {
                    control.value = value.to_string();
                    found = true;
                }
                Kind::Select { options, selected } => {
                    let index = options
                        .iter()
                        .position(|o| o == value)
                        .unwrap_or_else(|| panic!("{name} offers {options:?}, not {value:?}"));
                    *selected = index;
                    control.value = value.to_string();
                    found = true;
                }
                Kind::Check { checked, radio: true } => {
                    *checked = control.value == value;
                    radio_picked |= *checked;
                    found = true;
                }
                Kind::Check { checked, radio: false } => {
                    *checked = !value.is_empty();
                    assert!(value.is_empty() || control.value == value, "{name} is ticked as {:?}", control.value);
                    found = true;
                }
                Kind::Hidden => panic!("{name} is hidden: a person cannot change it"),
                Kind::Submit => panic!("{name} is a button: use `press`"),
            }
        }
        assert!(found, "the form holds no field {name}; it holds {names:?}");
        let radios = self.controls.iter().any(|c| c.name == name && matches!(c.kind, Kind::Check { radio: true, .. }));
        assert!(!radios || radio_picked || value.is_empty(), "no radio button {name} with the value {value:?}");
        self
    }

    /// Presses the submit button `name` with `value` (sent with the form).
    pub fn press(&mut self, name: &str, value: &str) -> &mut Self {
        let index = self
            .controls
            .iter()
            .position(|c| c.name == name && c.value == value && matches!(c.kind, Kind::Submit))
            .unwrap_or_else(|| panic!("the form has no button {name}={value}"));
        self.pressed = Some(index);
        self
    }

    /// The value the form would send for `name` (the first one), if any.
    pub fn value(&self, name: &str) -> Option<String> {
        self.fields().into_iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// What the browser sends: (name, value) in document order.
    pub fn fields(&self) -> Vec<(String, String)> {
        self.controls
            .iter()
            .enumerate()
            .filter(|(i, c)| match &c.kind {
                Kind::Check { checked, .. } => *checked,
                Kind::Submit => self.pressed == Some(*i),
                Kind::Select { options, .. } => !options.is_empty(),
                _ => true,
            })
            .map(|(_, c)| (c.name.clone(), c.value.clone()))
            .collect()
    }

    /// The fields as `application/x-www-form-urlencoded`.
    pub fn body(&self) -> String {
        form_urlencoded::Serializer::new(String::new()).extend_pairs(self.fields()).finish()
    }
}

/// Where the next `<tag` (followed by a space, `>` or `/`) starts.
/// The text a person reads: tags and comments removed, entities decoded, white space
/// collapsed (scripts and styles left out).
pub fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        text.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = if rest.starts_with("<!--") {
            rest.find("-->").map_or(rest.len(), |e| e + 3)
        } else if rest.starts_with("<script") || rest.starts_with("<style") {
            let close = if rest.starts_with("<script") { "</script>" } else { "</style>" };
            rest.find(close).map_or(rest.len(), |e| e + close.len())
        } else {
            rest.find('>').map_or(rest.len(), |e| e + 1)
        };
        rest = &rest[end..];
    }
    text.push_str(rest);
    decode(&text).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn find_tag(html: &str, tag: &str) -> Option<usize> {
    let open = format!("<{tag}");
    let mut from = 0;
    while let Some(i) = html[from..].find(&open) {
        let at = from + i;
        match html.as_bytes().get(at + open.len()) {
            Some(b' ' | b'>' | b'/' | b'\n' | b'\t') => return Some(at),
            _ => from = at + open.len(),
        }
    }
    None
}

/// A tag's attribute text and the offset just after its `>`.
fn read_tag(html: &str) -> (String, usize) {
    let mut quote = None;
    for (i, c) in html.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return (html[..i].to_string(), i + 1),
            _ => {}
        }
    }
    (html.to_string(), html.len())
}

/// The value of attribute `name` in a tag's text (`Some("")` for a bare attribute).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let bytes = tag.as_bytes();
    // Skip the tag name.
    let mut i = tag.find(|c: char| c.is_whitespace()).unwrap_or(tag.len());
    while i < bytes.len() {
        while i < bytes.len() && (bytes[i] as char).is_whitespace() || bytes.get(i) == Some(&b'/') {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && !matches!(bytes[i], b'=' | b' ' | b'\n' | b'\t' | b'/') {
            i += 1;
        }
        let key = &tag[start..i];
        let mut value = "";
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = tag[i + 1..].find(q as char).map_or(tag.len(), |e| i + 1 + e);
                    value = &tag[i + 1..end];
                    i = end + 1;
                }
                _ => {
                    let end = tag[i..].find(char::is_whitespace).map_or(tag.len(), |e| i + e);
                    value = &tag[i..end];
                    i = end;
                }
            }
        }
        if key.eq_ignore_ascii_case(name) {
            return Some(value);
        }
        if key.is_empty() {
            i += 1;
        }
    }
    None
}

/// Character references as Leptos writes them.
pub(crate) fn decode(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|e| *e < 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The successful-control candidates inside one form's HTML, in document order.
fn controls(html: &str) -> Vec<Control> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(lt) = html[i..].find('<') {
        let at = i + lt;
        let rest = &html[at..];
        let tag_name: String =
            rest[1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        let (tag, after) = read_tag(rest);
        i = at + after;
        let disabled = attribute(&tag, "disabled").is_some();
        let name = attribute(&tag, "name").map(decode);
        match tag_name.as_str() {
            "input" => {
                let (Some(name), false) = (name, disabled) else { continue };
                let kind = attribute(&tag, "type").unwrap_or("text").to_ascii_lowercase();
                let value = attribute(&tag, "value").map(decode);
                let checked = attribute(&tag, "checked").is_some();
                let kind = match kind.as_str() {
                    "hidden" => Kind::Hidden,
                    "checkbox" | "radio" => Kind::Check { checked, radio: kind == "radio" },
                    "submit" | "image" => Kind::Submit,
                    "button" | "reset" | "file" => continue,
                    _ => Kind::Text,
                };
                let default = if matches!(kind, Kind::Check { .. }) { "on" } else { "" };
                out.push(Control { name, value: value.unwrap_or_else(|| default.into()), kind });
            }
            "button" => {
                let button_type = attribute(&tag, "type").unwrap_or("submit").to_ascii_lowercase();
                let (Some(name), false, "submit") = (name, disabled, button_type.as_str()) else { continue };
                let value = attribute(&tag, "value").map(decode).unwrap_or_default();
                out.push(Control { name, value, kind: Kind::Submit });
            }
            "textarea" => {
                let end = html[i..].find("</textarea>").map_or(html.len(), |e| i + e);
                let mut value = decode(&html[i..end]);
                // The HTML parser drops one newline right after <textarea>.
                if value.starts_with('\n') {
                    value.remove(0);
                }
                i = end;
                let (Some(name), false) = (name, disabled) else { continue };
                out.push(Control { name, value, kind: Kind::Text });
            }
            "select" => {
                let end = html[i..].find("</select>").map_or(html.len(), |e| i + e);
                let inner = &html[i..end];
                i = end;
                let (Some(name), false) = (name, disabled) else { continue };
                let mut options = Vec::new();
                let mut selected = None;
                let mut j = 0;
                while let Some(o) = find_tag(&inner[j..], "option") {
                    let (option, after) = read_tag(&inner[j + o..]);
                    let text_start = j + o + after;
                    let text_end = inner[text_start..].find('<').map_or(inner.len(), |e| text_start + e);
                    j = text_end;
                    if attribute(&option, "disabled").is_some() {
                        continue;
                    }
                    let value = attribute(&option, "value")
                        .map(decode)
                        .unwrap_or_else(|| decode(inner[text_start..text_end].trim()));
                    if attribute(&option, "selected").is_some() {
                        selected = Some(options.len());
                    }
                    options.push(value);
                }
                let selected = selected.unwrap_or(0);
                let value = options.get(selected).cloned().unwrap_or_default();
                out.push(Control { name, value, kind: Kind::Select { options, selected } });
            }
            "script" | "style" => {
                let close = format!("</{tag_name}>");
                i = html[i..].find(&close).map_or(html.len(), |e| i + e + close.len());
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_form_as_a_browser_would() {
        let html = r#"<p>x</p><form action="/api/save" method="post">
            <input type="hidden" name="key" value="a&amp;b"/>
            <input name="title" value="Old"><input type="checkbox" name="flag" value="yes">
            <input type="radio" name="r" value="1" checked><input type="radio" name="r" value="2">
            <select name="s"><option value="x">X</option><option value="y" selected>Y</option></select>
            <textarea name="t">
line &lt;b&gt;</textarea><input name="off" disabled value="z"><button name="go" value="1">Go</button>
            </form><form action="/other"></form>"#;
        let mut form = HtmlForm::find(html, "/api/save");
        assert_eq!(form.method, "post");
        assert_eq!(form.body(), "key=a%26b&title=Old&r=1&s=y&t=line+%3Cb%3E");
        form.set("title", "New").set("flag", "yes").set("r", "2").set("s", "x").press("go", "1");
        assert_eq!(form.body(), "key=a%26b&title=New&flag=yes&r=2&s=x&t=line+%3Cb%3E&go=1");
        assert_eq!(HtmlForm::all(html).len(), 2);
    }

    #[test]
    #[should_panic(expected = "holds no field")]
    fn a_field_the_form_lacks_fails() {
        HtmlForm::find(r#"<form action="/a"><input name="b"></form>"#, "/a").set("c", "1");
    }

    #[test]
    #[should_panic(expected = "hidden")]
    fn hidden_fields_cannot_be_typed_into() {
        HtmlForm::find(r#"<form action="/a"><input type="hidden" name="b"></form>"#, "/a").set("b", "1");
    }
}
