//! ISO's deliverables dataset (`iso_deliverables_metadata`) read from JSON Lines, the
//! format of the README's published lines, or CSV. Both formats become the same raw
//! record, checked in one place. Fields Quorum does not keep (`pages`, `scope`, anything
//! ISO adds) are skipped without being held.

use std::io::Read;

use chrono::NaiveDate;
use serde::Deserialize;

use super::cells::{Cells, CsvRecords, shorten};
use super::input::JsonLines;
use super::{Deliverable, LineProblem, RawTitle, Stage, Why, clean, json_problem, positive_id, slug};

/// Deliverables from ISO's JSON Lines file, one result per non-blank line.
pub fn deliverables_jsonl<R: Read>(input: R) -> impl Iterator<Item = Result<Deliverable, LineProblem>> {
    JsonLines::new(input, from_json)
}

/// Deliverables from CSV with the committees file's conventions: the JSON fields as
/// columns, nested ones dotted (`title.en`, `title.fr`), lists bracketed (`icsCode`,
/// `replaces`, `replacedBy`, `languages`), `currentStage` as `9093` or `90.93`. The header
/// must have `id` and `reference`; other columns may be missing.
pub fn deliverables_csv<R: Read>(input: R) -> impl Iterator<Item = Result<Deliverable, LineProblem>> {
    CsvRecords::new(input, &["id", "reference"], from_cells)
}

/// A deliverable as either format gives it, before it is checked. Every key may be
/// absent or null, and so may a list's item.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawDeliverable {
    id: Option<i64>,
    deliverable_type: Option<String>,
    supplement_type: Option<String>,
    reference: Option<String>,
    title: Option<RawTitle>,
    publication_date: Option<String>,
    edition: Option<i64>,
    ics_code: Option<Vec<Option<String>>>,
    owner_committee: Option<String>,
    current_stage: Option<i64>,
    replaces: Option<Vec<Option<i64>>>,
    replaced_by: Option<Vec<Option<i64>>>,
    languages: Option<Vec<Option<String>>>,
}

fn from_json(line: &[u8]) -> Result<Deliverable, Why> {
    let raw: RawDeliverable =
        serde_json::from_slice(line).map_err(|error| json_problem("iso-line-not-deliverable", &error))?;
    checked(raw)
}

fn from_cells(cells: &Cells) -> Result<Deliverable, Why> {
    let owned = |column: &str| cells.text(column).map(str::to_string);
    let texts = |column: &str| -> Result<Vec<Option<String>>, Why> {
        Ok(cells.list(column)?.into_iter().map(|item| item.map(str::to_string)).collect())
    };
    let current_stage = match cells.text("currentStage") {
        None => None,
        Some(cell) => Some(
            Stage::parse(cell)
                .map(|stage| i64::from(stage.code()))
                .ok_or_else(|| Why::new("iso-line-stage-format", &[("cell", shorten(cell, 60))]))?,
        ),
    };
    let raw = RawDeliverable {
        id: cells.number("id")?,
        deliverable_type: owned("deliverableType"),
        supplement_type: owned("supplementType"),
        reference: owned("reference"),
        title: Some(RawTitle { en: owned("title.en"), fr: owned("title.fr") }),
        publication_date: owned("publicationDate"),
        edition: cells.number("edition")?,
        ics_code: Some(texts("icsCode")?),
        owner_committee: owned("ownerCommittee"),
        current_stage,
        replaces: Some(cells.numbers("replaces")?),
        replaced_by: Some(cells.numbers("replacedBy")?),
        languages: Some(texts("languages")?),
    };
    checked(raw)
}

/// The checks both formats share: an id and a reference with a letter or digit in it
/// (what a standard's slug is made of) are required; a date must be a date and a stage a
/// stage code; `null` and blank list items are left out.
fn checked(raw: RawDeliverable) -> Result<Deliverable, Why> {
    let id = positive_id(raw.id)?;
    let reference = clean(raw.reference).ok_or_else(|| Why::new("iso-line-no-reference", &[]))?;
    if slug(&reference).is_empty() {
        return Err(Why::new("iso-line-reference", &[("cell", shorten(&reference, 60))]));
    }
    let title = raw.title.unwrap_or_default();
    let publication_date = clean(raw.publication_date).map(|text| date(&text)).transpose()?;
    let stage = raw
        .current_stage
        .map(|code| {
            Stage::from_code(code).ok_or_else(|| Why::new("iso-line-unknown-stage", &[("cell", code.to_string())]))
        })
        .transpose()?;
    Ok(Deliverable {
        id,
        deliverable_type: clean(raw.deliverable_type),
        supplement_type: clean(raw.supplement_type),
        reference,
        title_en: clean(title.en),
        title_fr: clean(title.fr),
        publication_date,
        edition: raw.edition,
        ics: texts(raw.ics_code),
        owner_committee: clean(raw.owner_committee),
        stage,
        replaces: ids(raw.replaces),
        replaced_by: ids(raw.replaced_by),
        languages: texts(raw.languages),
    })
}

/// `2017-04-21`, also with a time after it (`2017-04-21T00:00:00Z`), which a CSV written
/// from a date-time column has.
fn date(text: &str) -> Result<NaiveDate, Why> {
    let day = match text.split_once(['T', ' ']) {
        Some((day, _)) => day,
        None => text,
    };
    NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| Why::new("iso-line-date", &[("cell", shorten(text, 60))]))
}

fn texts(list: Option<Vec<Option<String>>>) -> Vec<String> {
    list.into_iter().flatten().filter_map(clean).collect()
}

fn ids(list: Option<Vec<Option<i64>>>) -> Vec<i64> {
    list.into_iter().flatten().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::*;

    fn day(text: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
    }

    /// The two lines the shared README quotes as published, read.
    fn published() -> [Deliverable; 2] {
        [
            Deliverable {
                id: 61292,
                deliverable_type: Some("IS".into()),
                supplement_type: None,
                reference: "ISO 18074:2015".into(),
                title_en: Some("Textiles — Identification of some animal fibres by DNA analysis method — Cashmere, wool, yak and their blends".into()),
                title_fr: Some("Textiles — Identification de certaines fibres animales par la méthode d'analyse de l'ADN — Cachemire, laine, yack et leurs mélanges".into()),
                publication_date: day("2015-11-19"),
                edition: Some(1),
                ics: vec!["59.080.01".into()],
                owner_committee: Some("ISO/TC 38".into()),
                stage: Some(Stage::CONFIRMED),
                replaces: vec![],
                replaced_by: vec![],
                languages: vec!["en".into(), "fr".into()],
            },
            Deliverable {
                id: 3,
                deliverable_type: Some("R".into()),
                supplement_type: None,
                reference: "ISO/R 102:1959".into(),
                title_en: None,
                title_fr: None,
                publication_date: day("1959-01-01"),
                edition: Some(1),
                ics: vec![],
                owner_committee: Some("ISO/TMBG".into()),
                stage: Some(Stage::WITHDRAWN),
                replaces: vec![],
                replaced_by: vec![],
                languages: vec!["en".into(), "fr".into()],
            },
        ]
    }

    fn split(read: impl Iterator<Item = Result<Deliverable, LineProblem>>) -> (Vec<Deliverable>, Vec<LineProblem>) {
        let (good, bad): (Vec<_>, Vec<_>) = read.partition(Result::is_ok);
        (good.into_iter().flatten().collect(), bad.into_iter().filter_map(Result::err).collect())
    }

    #[test]
    fn the_published_lines_read_as_published() {
        let (read, problems) = split(deliverables_jsonl(DELIVERABLES_JSONL));
        assert_eq!(read[..2], published());
        assert_eq!(read[0].slug(), "iso-18074");
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn nulls_absent_keys_and_unknown_fields() {
        let (read, _) = split(deliverables_jsonl(DELIVERABLES_JSONL));
        let by_id = |id: i64| read.iter().find(|d| d.id == id).cloned().unwrap_or_else(|| panic!("no {id}"));
        let review = by_id(900001);
        assert_eq!(review.title_fr, None);
        assert_eq!(review.ics, ["03.100.70", "03.100.01"]);
        assert_eq!((review.replaces.as_slice(), review.languages.as_slice()), (&[900010][..], &["en".to_string()][..]));
        assert_eq!((review.stage, review.owner_committee.as_deref()), (Some(Stage::UNDER_REVIEW), Some("ISO/TC 309")));
        let amendment = by_id(900002);
        assert_eq!((amendment.supplement_type.as_deref(), amendment.edition), (Some("Amd"), None));
        assert_eq!(
            (amendment.slug().as_str(), amendment.publication_date),
            ("iso-99002-2019-amd-1", day("2022-02-28"))
        );
        let bare = Deliverable {
            id: 900003,
            deliverable_type: None,
            supplement_type: None,
            reference: "ISO/IEC 99003".into(),
            title_en: None,
            title_fr: None,
            publication_date: None,
            edition: None,
            ics: vec![],
            owner_committee: None,
            stage: None,
            replaces: vec![],
            replaced_by: vec![],
            languages: vec![],
        };
        assert_eq!(by_id(900003), bare);
        assert_eq!(by_id(900004), Deliverable { id: 900004, reference: "ISO 99004:2016".into(), ..bare });
        let unknown_fields = by_id(900005);
        assert_eq!(
            (unknown_fields.stage, unknown_fields.replaced_by.as_slice()),
            (Some(Stage::TO_BE_REVISED), &[900006][..])
        );
        let iso_20400 = by_id(900007);
        assert_eq!((iso_20400.slug().as_str(), iso_20400.owner_committee.as_deref()), ("iso-20400", Some("ISO/TMBG")));
    }

    #[test]
    fn the_malformed_line_is_named_and_the_rest_still_read() {
        let (read, problems) = split(deliverables_jsonl(DELIVERABLES_JSONL));
        assert_eq!(read.len(), 8);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 9, "{}", problems[0]);
        assert!(problems[0].why.key == "iso-line-not-deliverable", "{}", problems[0]);
    }

    #[test]
    fn every_format_reads_the_same() {
        let jsonl = split(deliverables_jsonl(DELIVERABLES_JSONL));
        assert_eq!(split(deliverables_jsonl(DELIVERABLES_JSONL_GZ)), jsonl);
        let (csv, problems) = split(deliverables_csv(DELIVERABLES_CSV));
        assert_eq!(csv, jsonl.0);
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(said, ["line 7: “id” should be a whole number, not “90000x”."]);
        assert_eq!(split(deliverables_csv(DELIVERABLES_CSV_GZ)), (csv, problems));
    }

    #[test]
    fn values_that_are_not_what_they_say_are_problems() {
        let lines = [
            (
                r#"{"id":1,"reference":"ISO 1:2000","publicationDate":"2000-02-30"}"#,
                "“publicationDate” should be a date like 2017-04-21, not “2000-02-30”.",
            ),
            (r#"{"id":1,"reference":"ISO 1:2000","currentStage":12345}"#, "“currentStage” 12345 is not a stage code."),
            (r#"{"id":1,"reference":"   "}"#, "The record has no reference."),
            (r#"{"id":1,"reference":"—"}"#, "The reference “—” has no letter or digit."),
            (r#"{"reference":"ISO 1:2000"}"#, "The record has no id."),
            (r#"{"id":0,"reference":"ISO 1:2000"}"#, "The id should be a positive number, not 0."),
            (
                r#"{"id":1,"reference":"ISO 1:2000","edition":"first"}"#,
                "The line is not a deliverable as ISO publishes it: invalid type: string \"first\", expected i64 (column 50).",
            ),
            (
                "null",
                "The line is not a deliverable as ISO publishes it: invalid type: null, expected struct RawDeliverable (column 4).",
            ),
        ];
        for (line, expected) in lines {
            let read: Vec<_> = deliverables_jsonl(line.as_bytes()).map(|r| r.map_err(|p| p.to_string())).collect();
            assert_eq!(read, [Err(format!("line 1: {expected}"))], "{line}");
        }
        let with_time = r#"{"id":1,"reference":"ISO 1:2000","publicationDate":"2000-02-29T00:00:00Z"}"#;
        let read: Vec<_> = deliverables_jsonl(with_time.as_bytes()).collect();
        assert!(read[0].as_ref().is_ok_and(|d| d.publication_date == day("2000-02-29")));
        let csv = "id,reference,currentStage\n1,ISO 1,90.2\n2,ISO 2,90.20\n";
        let read: Vec<_> = deliverables_csv(csv.as_bytes()).collect();
        assert!(read[0].as_ref().is_err_and(|p| p.line == 2 && p.to_string().contains("stage code")));
        assert!(read[1].as_ref().is_ok_and(|d| d.stage == Some(Stage::UNDER_REVIEW)));
    }

    #[test]
    fn hostile_files_never_panic() {
        let mut hostile = crate::hostile::Hostile::new(83);
        let fields = ["deliverableType", "reference", "publicationDate", "ownerCommittee", "title"];
        for _ in 0..600 {
            let mut jsonl = String::new();
            let mut csv =
                String::from("id,reference,title.en,publicationDate,icsCode,currentStage,replaces,languages\n");
            for n in 0..4 {
                let value = hostile.string(3);
                let field = fields[n % fields.len()];
                jsonl.push_str(&format!(
                    "{{\"id\":{n},\"reference\":\"ISO {n}\",{}:{}}}\n",
                    serde_json::json!(field),
                    serde_json::json!(value)
                ));
                jsonl.push_str(&hostile.string(3));
                jsonl.push('\n');
                let cells: Vec<String> = (0..8).map(|_| hostile.string(2)).collect();
                csv.push_str(&cells.join(","));
                csv.push('\n');
            }
            for deliverable in deliverables_jsonl(jsonl.as_bytes()).chain(deliverables_csv(csv.as_bytes())) {
                match deliverable {
                    Ok(deliverable) => assert!(!deliverable.slug().is_empty()),
                    Err(problem) => {
                        assert!(problem.line >= 1 && problem.to_string().chars().count() < 400, "{problem}")
                    }
                }
            }
            let bytes = hostile.string(6).into_bytes();
            let _ = deliverables_jsonl(&bytes[..]).count();
            let _ = deliverables_csv(&bytes[..]).count();
        }
    }
}
