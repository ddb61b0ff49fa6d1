//! ISO's CSV files read by column name: the header says where each dotted column is, a
//! cell is trimmed and an empty one is no value, and a list cell is bracketed
//! (`[1485, 1511]`, `[SABS, DIN]`, `[]`) with `null` for a missing item.

use std::collections::HashMap;
use std::io::Read;

use csv::StringRecord;

use super::input::{Decoded, decode, unreadable};
use super::{LineProblem, Why};

/// Where each named column is in a record.
pub(super) struct Columns(HashMap<String, usize>);

/// One CSV record with the columns to read it by.
pub(super) struct Cells<'a> {
    columns: &'a Columns,
    record: &'a StringRecord,
}

impl Cells<'_> {
    /// The trimmed cell of `column`; `None` when the column is absent or the cell empty.
    pub(super) fn text(&self, column: &str) -> Option<&str> {
        let index = *self.columns.0.get(column)?;
        Some(self.record.get(index)?.trim()).filter(|cell| !cell.is_empty())
    }

    /// An integer cell.
    pub(super) fn number(&self, column: &str) -> Result<Option<i64>, Why> {
        self.text(column).map(|cell| integer(column, cell)).transpose()
    }

    /// A bracketed list cell, `null` items as `None`; no cell is an empty list.
    pub(super) fn list(&self, column: &str) -> Result<Vec<Option<&str>>, Why> {
        self.text(column).map_or(Ok(Vec::new()), |cell| list(column, cell))
    }

    /// A bracketed list of integers.
    pub(super) fn numbers(&self, column: &str) -> Result<Vec<Option<i64>>, Why> {
        self.list(column)?.into_iter().map(|item| item.map(|item| integer(column, item)).transpose()).collect()
    }
}

/// How much of a cell a message quotes.
const QUOTED: usize = 60;

fn integer(column: &str, cell: &str) -> Result<i64, Why> {
    cell.parse().map_err(|_| {
        Why::new("iso-line-not-number", &[("column", column.to_string()), ("cell", shorten(cell, QUOTED))])
    })
}

/// The items of a bracketed list. Quotes around an item are taken off, as a list written
/// by a scripting language would have them (`['en', 'fr']`).
pub(super) fn list<'a>(column: &str, cell: &'a str) -> Result<Vec<Option<&'a str>>, Why> {
    let inner = cell.strip_prefix('[').and_then(|rest| rest.strip_suffix(']')).ok_or_else(|| {
        Why::new("iso-line-not-list", &[("column", column.to_string()), ("cell", shorten(cell, QUOTED))])
    })?;
    if inner.trim().is_empty() {
        return Ok(Vec::new());
    }
    Ok(inner
        .split(',')
        .map(|item| {
            let item = item.trim();
            let unquoted = ['\'', '"']
                .into_iter()
                .find_map(|quote| item.strip_prefix(quote).and_then(|rest| rest.strip_suffix(quote)))
                .unwrap_or(item)
                .trim();
            Some(unquoted).filter(|item| !item.is_empty() && *item != "null")
        })
        .collect())
}

/// A text quoted in a message, cut after `longest` characters so that a hostile cell
/// cannot flood the report.
pub(super) fn shorten(text: &str, longest: usize) -> String {
    match text.char_indices().nth(longest) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// A CSV file of ISO's read one record at a time, each parsed by `parse` into `T`. The
/// header must name every column in `required`; a record whose cells do not match the
/// header's count is reported, and reading goes on with the next one.
pub(super) struct CsvRecords<R: Read, T> {
    /// `None` once the input is exhausted or unreadable.
    reader: Option<csv::Reader<Decoded<R>>>,
    columns: Columns,
    record: StringRecord,
    /// A problem with the file as a whole, yielded first and last.
    pending: Option<LineProblem>,
    parse: fn(&Cells) -> Result<T, Why>,
}

impl<R: Read, T> CsvRecords<R, T> {
    pub(super) fn new(input: R, required: &[&str], parse: fn(&Cells) -> Result<T, Why>) -> Self {
        let mut records = CsvRecords {
            reader: None,
            columns: Columns(HashMap::new()),
            record: StringRecord::new(),
            pending: None,
            parse,
        };
        let mut reader = match decode(input) {
            Ok(decoded) => csv::ReaderBuilder::new().from_reader(decoded),
            Err(error) => {
                records.pending = Some(unreadable(1, &error));
                return records;
            }
        };
        let header = match reader.headers() {
            Ok(header) => header,
            Err(error) => {
                records.pending = Some(csv_problem(&error, 1));
                return records;
            }
        };
        for (index, name) in header.iter().enumerate() {
            records.columns.0.entry(name.trim().trim_start_matches('\u{feff}').to_string()).or_insert(index);
        }
        let missing: Vec<&str> = required.iter().copied().filter(|c| !records.columns.0.contains_key(*c)).collect();
        if missing.is_empty() {
            records.reader = Some(reader);
        } else {
            let why = Why::new("iso-line-missing-columns", &[("columns", missing.join(", "))]);
            records.pending = Some(LineProblem { line: 1, why });
        }
        records
    }
}

/// A reading error of the csv crate, at the line it names.
fn csv_problem(error: &csv::Error, fallback_line: u64) -> LineProblem {
    let line = error.position().map_or(fallback_line, csv::Position::line);
    let why = match error.kind() {
        csv::ErrorKind::Io(io) => return unreadable(line, io),
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            Why::new("iso-line-cell-count", &[("count", len.to_string()), ("expected", expected_len.to_string())])
        }
        csv::ErrorKind::Utf8 { .. } => Why::new("iso-line-not-utf8", &[]),
        _ => Why::new("iso-line-csv", &[("detail", shorten(&error.to_string(), 160))]),
    };
    LineProblem { line, why }
}

impl<R: Read, T> Iterator for CsvRecords<R, T> {
    type Item = Result<T, LineProblem>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(problem) = self.pending.take() {
            return Some(Err(problem));
        }
        let reader = self.reader.as_mut()?;
        let fallback_line = reader.position().line();
        match reader.read_record(&mut self.record) {
            Ok(false) => {
                self.reader = None;
                None
            }
            Ok(true) => {
                let line = self.record.position().map_or(fallback_line, csv::Position::line);
                let cells = Cells { columns: &self.columns, record: &self.record };
                Some((self.parse)(&cells).map_err(|why| LineProblem { line, why }))
            }
            Err(error) => {
                if error.is_io_error() {
                    self.reader = None;
                }
                Some(Err(csv_problem(&error, fallback_line)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_as_iso_writes_them() {
        assert_eq!(list("c", "[1485, 1511]"), Ok(vec![Some("1485"), Some("1511")]));
        assert_eq!(list("c", "[11634359,11713099]"), Ok(vec![Some("11634359"), Some("11713099")]));
        assert_eq!(list("c", "[SABS, null, GOST R]"), Ok(vec![Some("SABS"), None, Some("GOST R")]));
        assert_eq!(list("c", "[O'ZTTSA]"), Ok(vec![Some("O'ZTTSA")]));
        assert_eq!(list("c", "['en', \"fr\", ]"), Ok(vec![Some("en"), Some("fr"), None]));
        assert_eq!(list("c", "[]"), Ok(vec![]));
        assert_eq!(list("c", "[ ]"), Ok(vec![]));
        assert!(list("pMembers.id", "1485, 1511").is_err_and(|why| why.to_string().contains("“pMembers.id”")));
        assert!(list("c", "[1485").is_err());
    }

    #[test]
    fn messages_quote_a_short_cell() {
        assert_eq!(shorten("abc", 3), "abc");
        let long = "é".repeat(100);
        assert_eq!(shorten(&long, 60).chars().count(), 61);
    }

    /// The records, a problem said in English with its line.
    fn read(text: &str) -> Vec<Result<Vec<Option<i64>>, String>> {
        CsvRecords::new(text.as_bytes(), &["id"], |cells| {
            cells.numbers("ids").map(|mut n| {
                n.insert(0, cells.number("id").ok().flatten());
                n
            })
        })
        .map(|record| record.map_err(|problem| problem.to_string()))
        .collect()
    }

    #[test]
    fn records_are_read_by_column_name_with_their_starting_line() {
        let text = "ids,other,id\n\"[1, 2]\",\"two\nlines\",7\n[],x,\n[x],y,9\n";
        assert_eq!(
            read(text),
            vec![
                Ok(vec![Some(7), Some(1), Some(2)]),
                Ok(vec![None]),
                Err("line 5: “ids” should be a whole number, not “x”.".into()),
            ]
        );
    }

    #[test]
    fn a_missing_column_or_a_ragged_record_is_reported() {
        assert_eq!(read("name,ids\nx,[1]\n"), vec![Err("line 1: The header has no column id.".into())]);
        let ragged = read("id,ids\n1,[1]\n2\n3,[3]\n");
        assert_eq!(ragged.len(), 3);
        assert_eq!(ragged[1], Err("line 3: This record has 1 cells; the header has 2.".into()));
        assert_eq!(ragged[2], Ok(vec![Some(3), Some(3)]));
    }

    #[test]
    fn invalid_utf8_is_reported_and_reading_goes_on() {
        let read: Vec<_> = CsvRecords::new(&b"id\n\xff\xfe\n2\n"[..], &["id"], |cells| cells.number("id")).collect();
        assert_eq!(read.len(), 2);
        assert_eq!(read[0], Err(LineProblem { line: 2, why: Why::new("iso-line-not-utf8", &[]) }));
        assert_eq!(read[1], Ok(Some(2)));
    }
}
