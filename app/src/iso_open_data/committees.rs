//! ISO's committees dataset (`iso_technical_committees`) read from CSV or JSON Lines.
//! Both formats become the same raw record, checked in one place.

use std::io::Read;

use serde::Deserialize;

use super::cells::{Cells, CsvRecords};
use super::input::JsonLines;
use super::{Committee, LineProblem, Member, RawTitle, Why, clean, json_problem, positive_id};

/// Committees from ISO's CSV (`id, reference, status, title.en, …, pMembers.id,
/// pMembers.acronym, oMembers.id, oMembers.acronym, …`), one result per record. The header
/// must have `id`, `reference` and `status`; the other columns may be missing.
pub fn committees_csv<R: Read>(input: R) -> impl Iterator<Item = Result<Committee, LineProblem>> {
    CsvRecords::new(input, &["id", "reference", "status"], from_cells)
}

/// Committees from JSON Lines, one object per line in the shape the CSV's dotted columns
/// flatten (see the module's documentation), one result per non-blank line.
pub fn committees_jsonl<R: Read>(input: R) -> impl Iterator<Item = Result<Committee, LineProblem>> {
    JsonLines::new(input, from_json)
}

/// A committee as either format gives it, before it is checked.
#[derive(Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawCommittee {
    id: Option<i64>,
    reference: Option<String>,
    status: Option<String>,
    title: Option<RawTitle>,
    secretariat: Option<RawMember>,
    parent_id: Option<i64>,
    p_members: Option<Vec<Option<RawMember>>>,
    o_members: Option<Vec<Option<RawMember>>>,
}

#[derive(Deserialize)]
struct RawMember {
    id: Option<i64>,
    acronym: Option<String>,
}

fn from_json(line: &[u8]) -> Result<Committee, Why> {
    let raw: RawCommittee =
        serde_json::from_slice(line).map_err(|error| json_problem("iso-line-not-committee", &error))?;
    checked(raw)
}

fn from_cells(cells: &Cells) -> Result<Committee, Why> {
    let raw = RawCommittee {
        id: cells.number("id")?,
        reference: cells.text("reference").map(str::to_string),
        status: cells.text("status").map(str::to_string),
        title: Some(RawTitle {
            en: cells.text("title.en").map(str::to_string),
            fr: cells.text("title.fr").map(str::to_string),
        }),
        secretariat: Some(RawMember {
            id: cells.number("secretariat.id")?,
            acronym: cells.text("secretariat.acronym").map(str::to_string),
        }),
        parent_id: cells.number("parentId")?,
        p_members: Some(members(cells, "pMembers")?),
        o_members: Some(members(cells, "oMembers")?),
    };
    checked(raw)
}

/// A list's members from its two CSV columns, `<list>.id` and `<list>.acronym`, paired by
/// position. Lists of different lengths cannot be paired safely, so they are a problem;
/// a missing acronym column or cell leaves every acronym unknown.
fn members(cells: &Cells, list: &str) -> Result<Vec<Option<RawMember>>, Why> {
    let ids_column = format!("{list}.id");
    let acronyms_column = format!("{list}.acronym");
    let ids = cells.numbers(&ids_column)?;
    let acronyms = cells.list(&acronyms_column)?;
    if !acronyms.is_empty() && acronyms.len() != ids.len() {
        return Err(Why::new(
            "iso-line-unpaired",
            &[
                ("ids", ids_column),
                ("ids_count", ids.len().to_string()),
                ("acronyms", acronyms_column),
                ("acronyms_count", acronyms.len().to_string()),
            ],
        ));
    }
    Ok(ids
        .into_iter()
        .enumerate()
        .map(|(index, id)| {
            let acronym = acronyms.get(index).copied().flatten().map(str::to_string);
            Some(RawMember { id, acronym })
        })
        .collect())
}

/// The checks both formats share: an id, a reference and a status are required; a list
/// item without a member id (`null`) cannot be matched to a body and is left out, as is a
/// second mention of the same member in one list.
fn checked(raw: RawCommittee) -> Result<Committee, Why> {
    let id = positive_id(raw.id)?;
    let reference = clean(raw.reference).ok_or_else(|| Why::new("iso-line-no-reference", &[]))?;
    let status = clean(raw.status).ok_or_else(|| Why::new("iso-line-no-status", &[]))?;
    let title = raw.title.unwrap_or_default();
    let (secretariat_id, secretariat_acronym) = match raw.secretariat {
        Some(secretariat) => (secretariat.id, clean(secretariat.acronym)),
        None => (None, None),
    };
    Ok(Committee {
        id,
        reference,
        status,
        title_en: clean(title.en),
        title_fr: clean(title.fr),
        secretariat_id,
        secretariat_acronym,
        parent_id: raw.parent_id,
        p_members: member_list(raw.p_members),
        o_members: member_list(raw.o_members),
    })
}

fn member_list(raw: Option<Vec<Option<RawMember>>>) -> Vec<Member> {
    let mut members: Vec<Member> = Vec::new();
    for member in raw.into_iter().flatten().flatten() {
        if let Some(id) = member.id
            && !members.iter().any(|known| known.id == id)
        {
            members.push(Member { id, acronym: clean(member.acronym) });
        }
    }
    members
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::*;

    fn all(read: impl Iterator<Item = Result<Committee, LineProblem>>) -> Vec<Committee> {
        read.map(|committee| committee.unwrap_or_else(|problem| panic!("{problem}"))).collect()
    }

    fn member(id: i64, acronym: Option<&str>) -> Member {
        Member { id, acronym: acronym.map(str::to_string) }
    }

    #[test]
    fn the_fixture_reads_the_same_in_every_format() {
        let csv = all(committees_csv(COMMITTEES_CSV));
        assert_eq!(csv.len(), 6);
        assert_eq!(all(committees_csv(COMMITTEES_CSV_GZ)), csv);
        assert_eq!(all(committees_jsonl(COMMITTEES_JSONL)), csv);
        assert_eq!(all(committees_jsonl(COMMITTEES_JSONL_GZ)), csv);
    }

    #[test]
    fn committees_as_published() {
        let committees = all(committees_csv(COMMITTEES_CSV));
        let tc309 = &committees[0];
        assert_eq!((tc309.id, tc309.reference.as_str(), tc309.status.as_str()), (6266703, "ISO/TC 309", "Active"));
        assert_eq!(tc309.title_en.as_deref(), Some("Governance of organizations"));
        assert_eq!(tc309.title_fr.as_deref(), Some("Gouvernance des organisations"));
        assert_eq!((tc309.secretariat_id, tc309.secretariat_acronym.as_deref()), (Some(2064), Some("BSI")));
        assert_eq!(tc309.parent_id, None);
        // The shared README: ISO/TC 309 has 63 P-members and 30 O-members.
        assert_eq!((tc309.p_members.len(), tc309.o_members.len()), (63, 30));
        assert_eq!(tc309.p_members[..2], [member(1485, Some("SABS")), member(1511, Some("DIN"))]);

        let pc302 = &committees[1];
        assert_eq!(pc302.reference, "ISO/PC 302");
        assert!(pc302.o_members.contains(&member(308878, Some("O'ZTTSA"))));

        let suspended = &committees[2];
        assert_eq!((suspended.reference.as_str(), suspended.status.as_str()), ("ISO/TC 19", "Suspended"));
        assert!(suspended.o_members.contains(&member(2172, Some("SE UkrNDNC"))));

        let empty = &committees[3];
        assert_eq!(empty.reference, "ISO/IEC JTC 1/SC 25");
        assert_eq!((empty.secretariat_id, &empty.secretariat_acronym), (None, &None));
        assert_eq!((empty.parent_id, empty.p_members.len(), empty.o_members.len()), (Some(45020), 0, 0));

        assert_eq!((committees[4].reference.as_str(), committees[4].parent_id), ("ISO/TC 207/SC 1", Some(54808)));
    }

    #[test]
    fn null_inside_a_list_leaves_out_the_member_or_its_acronym() {
        let committees = all(committees_csv(COMMITTEES_CSV));
        let synthetic = &committees[5];
        assert_eq!(synthetic.reference, "ISO/TC 999");
        assert_eq!(synthetic.title_fr, None);
        assert_eq!((synthetic.secretariat_id, &synthetic.secretariat_acronym), (Some(1738), &None));
        assert_eq!(synthetic.p_members, [member(1485, Some("SABS")), member(1511, Some("DIN")), member(1738, None)]);
        assert_eq!(synthetic.o_members, []);
    }

    #[test]
    fn problems_name_their_line() {
        let text = "id,reference,status,pMembers.id,pMembers.acronym\n\
                    1,ISO/TC 1,Active,\"[1, 2]\",[A]\n\
                    2,,Active,,\n\
                    x,ISO/TC 3,Active,,\n\
                    4,ISO/TC 4,,,\n\
                    -5,ISO/TC 5,Active,,\n\
                    6,ISO/TC 6,Active,\"[1, 1]\",\n";
        let read: Vec<_> = committees_csv(text.as_bytes()).collect();
        let problems: Vec<(u64, String)> =
            read.iter().filter_map(|r| r.as_ref().err()).map(|p| (p.line, p.why.to_string())).collect();
        assert_eq!(
            problems,
            [
                (2, "“pMembers.id” has 2 items but “pMembers.acronym” has 1, so they cannot be paired.".into()),
                (3, "The record has no reference.".into()),
                (4, "“id” should be a whole number, not “x”.".into()),
                (5, "The committee has no status.".into()),
                (6, "The id should be a positive number, not -5.".into()),
            ]
        );
        assert_eq!(read.last().and_then(|r| r.as_ref().ok()).map(|c| c.p_members.clone()), Some(vec![member(1, None)]));

        let lines = "{\"id\":1,\"reference\":\"ISO/TC 1\",\"status\":\"Active\",\"pMembers\":[{\"id\":\"1485\"}]}\n\
                     {\"id\":2,\"reference\":\"ISO/TC 2\",\"status\":\"Active\",\"future\":[1,{\"x\":null}],\"pMembers\":null}\n\
                     [1,2]\n";
        let read: Vec<_> = committees_jsonl(lines.as_bytes()).collect();
        assert!(read[0].as_ref().is_err_and(|p| p.line == 1
            && p.to_string().starts_with("line 1: The line is not a committee as ISO publishes it: invalid type")));
        assert!(read[1].as_ref().is_ok_and(|c| c.id == 2 && c.p_members.is_empty()));
        assert!(read[2].as_ref().is_err_and(|p| p.line == 3));
    }

    #[test]
    fn a_file_without_the_needed_columns_says_so_once() {
        let read: Vec<_> = committees_csv(&b"id,reference\n1,ISO/TC 1\n"[..]).collect();
        assert_eq!(
            read,
            [Err(LineProblem { line: 1, why: Why::new("iso-line-missing-columns", &[("columns", "status".into())]) })]
        );
        assert_eq!(
            read[0].as_ref().map_err(ToString::to_string),
            Err("line 1: The header has no column status.".into())
        );
    }

    #[test]
    fn hostile_files_never_panic() {
        let mut hostile = crate::hostile::Hostile::new(71);
        let header = "id,reference,status,title.en,secretariat.id,parentId,pMembers.id,pMembers.acronym\n";
        for _ in 0..600 {
            let mut csv = header.to_string();
            let mut jsonl = String::new();
            for _ in 0..4 {
                let cells: Vec<String> = (0..8).map(|_| hostile.string(2)).collect();
                csv.push_str(&cells.join(","));
                csv.push('\n');
                jsonl.push_str(&format!(
                    "{{\"id\":{},\"reference\":{:?},\"status\":\"Active\",\"pMembers\":[{{\"id\":{}}}]}}\n{}\n",
                    cells[0].len(),
                    cells[1],
                    cells[2],
                    cells[3]
                ));
            }
            for committee in committees_csv(csv.as_bytes()).chain(committees_jsonl(jsonl.as_bytes())) {
                if let Err(problem) = committee {
                    assert!(problem.line >= 1 && problem.to_string().chars().count() < 400, "{problem}");
                }
            }
            let bytes = hostile.string(6).into_bytes();
            let _ = committees_csv(&bytes[..]).count();
            let _ = committees_jsonl(&bytes[..]).count();
        }
    }
}
