//! iCalendar (RFC 5545) as Quorum writes it: all-day events in UTC dates, stable UIDs,
//! text escaped and lines folded at 75 octets.

/// One all-day event.
pub struct Event<'a> {
    /// Stable across runs: the same event keeps its UID (`due-iso-9001-2027@…`).
    pub uid: String,
    /// `YYYY-MM-DD`.
    pub date: chrono::NaiveDate,
    pub summary: &'a str,
    pub description: &'a str,
    pub url: Option<String>,
}

/// `text` escaped as an iCalendar TEXT value.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a UTF-8 character), CRLF-ended.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A calendar named `name` with `events`; `stamp` is when it was made (UTC).
pub fn calendar(name: &str, stamp: chrono::DateTime<chrono::Utc>, events: &[Event<'_>]) -> String {
    let mut out = String::new();
    for content in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Quorum//Ballot radar//EN", "CALSCALE:GREGORIAN"] {
        line(&mut out, content);
    }
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    let dtstamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for event in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape(&event.uid)));
        line(&mut out, &format!("DTSTAMP:{dtstamp}"));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", event.date.format("%Y%m%d")));
        let next = event.date.succ_opt().unwrap_or(event.date);
        line(&mut out, &format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
        line(&mut out, &format!("SUMMARY:{}", escape(event.summary)));
        line(&mut out, &format!("DESCRIPTION:{}", escape(event.description)));
        if let Some(url) = &event.url {
            line(&mut out, &format!("URL:{url}"));
        }
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_escaped_folded_and_dated() {
        let date = chrono::NaiveDate::from_ymd_opt(2028, 4, 5).unwrap_or_default();
        let long = "ISO 20400:2017 — Sustainable procurement; guidance, with a long, long title that folds".to_string();
        let events =
            [Event { uid: "due-iso-20400-2028-04-05@q".into(), date, summary: &long, description: "a\nb", url: None }];
        let stamp = chrono::DateTime::from_timestamp(0, 0).unwrap_or_default();
        let text = calendar("Radar", stamp, &events);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20280405\r\n") && text.contains("DTEND;VALUE=DATE:20280406\r\n"));
        assert!(text.contains("procurement\\; guidance\\,") && text.contains("DESCRIPTION:a\\nb"));
        assert!(text.split("\r\n").all(|l| l.len() <= 75), "{text}");
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains("that folds"));
    }
}
