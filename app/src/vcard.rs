//! vCard 3.0 export of a contact card (`/nsbs/BR.vcf`), for mail clients and phones.

use crate::directory::NsbCard;
use crate::i18n::Locale;

/// Escapes a text value (RFC 6350 §3.4).
fn escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace(',', "\\,").replace(';', "\\;").replace('\n', "\\n")
}

/// Folds a content line at 75 octets without splitting a character (RFC 6350 §3.2).
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            folded.push_str("\r\n ");
            width = 1;
        }
        folded.push(c);
        width += c.len_utf8();
    }
    folded
}

pub fn vcard(card: &NsbCard, locale: Locale) -> String {
    let mut lines = vec!["BEGIN:VCARD".to_string(), "VERSION:3.0".to_string()];
    let name = card.display_name().unwrap_or(&card.country);
    lines.push(format!("FN:{}", escape(name)));
    lines.push(format!("N:{};;;;", escape(name)));
    let organisation = card.body_name_native.value.as_deref().or(card.body_name_en.value.as_deref()).unwrap_or(name);
    lines.push(format!("ORG:{}", escape(organisation)));
    if let Some(acronym) = &card.acronym.value {
        lines.push(format!("NICKNAME:{}", escape(acronym)));
    }
    if let Some(email) = &card.email.value {
        lines.push(format!("EMAIL;TYPE=INTERNET,WORK:{}", escape(email)));
    }
    for number in card.phone.value.iter().flat_map(|v| v.split('/')).map(str::trim).filter(|n| !n.is_empty()) {
        lines.push(format!("TEL;TYPE=WORK,VOICE:{}", escape(number)));
    }
    for number in card.fax.value.iter().flat_map(|v| v.split('/')).map(str::trim).filter(|n| !n.is_empty()) {
        lines.push(format!("TEL;TYPE=WORK,FAX:{}", escape(number)));
    }
    if let Some(address) = &card.address.value {
        let street = address.split(';').map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
        lines.push(format!("ADR;TYPE=WORK:;;{};;;;{}", escape(&street), escape(&card.country)));
        lines.push(format!("LABEL;TYPE=WORK:{}", escape(&street)));
    }
    if let Some(website) = &card.website.value {
        let url = if website.contains("://") { website.clone() } else { format!("https://{website}") };
        lines.push(format!("URL:{}", escape(&url)));
    }
    let sources: Vec<String> = [&card.email, &card.phone, &card.address, &card.website]
        .iter()
        .filter_map(|f| f.provenance.as_ref())
        .map(|p| {
            // The public names of the sources, as the pages show them.
            let named = crate::sources::read(&p.source)
                .into_iter()
                .map(|s| match s.kind {
                    Some(kind) => format!("{} {}", s.name, locale.t(kind.label_key())),
                    None => s.name,
                })
                .collect::<Vec<_>>()
                .join("; ");
            match &p.as_of {
                Some(date) => {
                    locale.t_args("field-source-dated", &[("source", named.into()), ("date", date.clone().into())])
                }
                None => locale.t_args("field-source-undated", &[("source", named.into())]),
            }
        })
        .fold(Vec::new(), |mut unique, s| {
            if !unique.contains(&s) {
                unique.push(s);
            }
            unique
        });
    if !sources.is_empty() {
        lines.push(format!("NOTE:{}", escape(&sources.join("\n"))));
    }
    lines.push("END:VCARD".to_string());
    lines.iter().map(|line| fold(line)).collect::<Vec<_>>().join("\r\n") + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::{Field, Provenance};

    fn field(value: &str) -> Field {
        Field {
            value: Some(value.into()),
            provenance: Some(Provenance { source: "iso.org member page".into(), as_of: Some("2022-01".into()) }),
        }
    }

    fn card() -> NsbCard {
        NsbCard {
            alpha2: "BR".into(),
            alpha3: Some("BRA".into()),
            country: "Brazil".into(),
            country_name_en: field("Brazil"),
            region: Some("019".into()),
            acronym: field("ABNT"),
            body_name_en: Field::default(),
            body_name_native: field("Associação Brasileira de Normas Técnicas"),
            category: None,
            category_field: Field::default(),
            category_note: None,
            iso_member_id: field("1579"),
            website: Field::default(),
            email: field("atendimento@abnt.org.br"),
            phone: field("+55 11 3017 3600 / +55 21 3974 2300"),
            fax: Field::default(),
            address: field("Rua Minas Gerais, 190; Higienópolis; 01244-010 São Paulo-SP; Brazil"),
        }
    }

    #[test]
    fn vcard_has_the_contact_escaped_and_folded() {
        let text = vcard(&card(), Locale::default());
        assert!(text.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        assert!(text.ends_with("END:VCARD\r\n"));
        assert!(text.contains("FN:Associação Brasileira de Normas Técnicas\r\n"));
        assert!(text.contains("EMAIL;TYPE=INTERNET,WORK:atendimento@abnt.org.br\r\n"));
        assert!(text.contains("TEL;TYPE=WORK,VOICE:+55 21 3974 2300\r\n"));
        assert!(text.contains("ADR;TYPE=WORK:;;Rua Minas Gerais\\, 190\\nHigienópolis"));
        assert!(!text.contains("URL:"), "no website is known, so none is invented");
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
    }
}
