//! What every reader shares below the format: gzip recognised by its first two bytes
//! rather than by the file's name (an upload's name is whatever the browser sent), and
//! JSON Lines cut into numbered lines with a bound on a line's length.

use std::io::{self, BufRead, BufReader, Chain, Cursor, Read, Take};

use flate2::read::MultiGzDecoder;

use super::{LineProblem, Why};

/// The first bytes of every gzip member (RFC 1952).
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// The longest JSON line read. ISO's longest lines carry a scope of a few kilobytes; a
/// longer one is reported, and skipped without being held in memory.
pub(super) const MAX_LINE_BYTES: usize = 4 << 20;

/// The input with the bytes read to look for the gzip magic put back in front.
type Rewound<R> = Chain<Take<Cursor<[u8; 2]>>, R>;

/// A file as its records are read from it: as it came, or gunzipped (every member of a
/// multi-member file, as `gzip -d` does).
pub(super) enum Decoded<R: Read> {
    Plain(BufReader<Rewound<R>>),
    Gzip(BufReader<MultiGzDecoder<Rewound<R>>>),
}

/// Looks at the first two bytes: gzip's magic means a gzipped file.
pub(super) fn decode<R: Read>(mut input: R) -> io::Result<Decoded<R>> {
    let mut head = [0u8; 2];
    let mut filled = 0;
    while filled < head.len() {
        match input.read(&mut head[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    let rewound = Cursor::new(head).take(filled as u64).chain(input);
    Ok(if filled == 2 && head == GZIP_MAGIC {
        Decoded::Gzip(BufReader::with_capacity(64 << 10, MultiGzDecoder::new(rewound)))
    } else {
        Decoded::Plain(BufReader::with_capacity(64 << 10, rewound))
    })
}

impl<R: Read> Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Decoded::Plain(input) => input.read(buf),
            Decoded::Gzip(input) => input.read(buf),
        }
    }
}

impl<R: Read> BufRead for Decoded<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        match self {
            Decoded::Plain(input) => input.fill_buf(),
            Decoded::Gzip(input) => input.fill_buf(),
        }
    }

    fn consume(&mut self, amount: usize) {
        match self {
            Decoded::Plain(input) => input.consume(amount),
            Decoded::Gzip(input) => input.consume(amount),
        }
    }
}

/// How a reader says the bytes themselves could not be read (a broken gzip stream, a
/// dropped upload): nothing after it can be trusted, so the reader stops there.
pub(super) fn unreadable(line: u64, error: &io::Error) -> LineProblem {
    LineProblem { line, why: Why::new("iso-line-unreadable", &[("detail", error.to_string())]) }
}

/// A JSON Lines file read one line at a time, each parsed by `parse` into `T`. Blank lines
/// are skipped but counted, so line numbers stay the physical ones an editor shows.
pub(super) struct JsonLines<R: Read, T> {
    /// `None` once the input is exhausted or unreadable.
    input: Option<Decoded<R>>,
    /// A problem found before the first line (the input could not even be opened).
    pending: Option<LineProblem>,
    line: u64,
    buffer: Vec<u8>,
    parse: fn(&[u8]) -> Result<T, Why>,
}

impl<R: Read, T> JsonLines<R, T> {
    pub(super) fn new(input: R, parse: fn(&[u8]) -> Result<T, Why>) -> Self {
        let (input, pending) = match decode(input) {
            Ok(decoded) => (Some(decoded), None),
            Err(error) => (None, Some(unreadable(1, &error))),
        };
        JsonLines { input, pending, line: 0, buffer: Vec::new(), parse }
    }

    /// Reads the next physical line into `buffer` (without its line break); `Ok(false)` at
    /// the end. A line over `MAX_LINE_BYTES` is drained and reported.
    fn next_line(&mut self) -> Result<bool, LineProblem> {
        let Some(input) = self.input.as_mut() else { return Ok(false) };
        self.buffer.clear();
        self.line += 1;
        let limit = MAX_LINE_BYTES as u64 + 1;
        match input.by_ref().take(limit).read_until(b'\n', &mut self.buffer) {
            Ok(0) => {
                self.input = None;
                return Ok(false);
            }
            Ok(_) => {}
            Err(error) => {
                self.input = None;
                return Err(unreadable(self.line, &error));
            }
        }
        if self.buffer.len() > MAX_LINE_BYTES && self.buffer.last() != Some(&b'\n') {
            let line = self.line;
            loop {
                self.buffer.clear();
                match input.by_ref().take(limit).read_until(b'\n', &mut self.buffer) {
                    Ok(0) => break,
                    Ok(_) if self.buffer.last() == Some(&b'\n') => break,
                    Ok(_) => {}
                    Err(error) => {
                        self.input = None;
                        return Err(unreadable(line, &error));
                    }
                }
            }
            self.buffer.clear();
            let why = Why::new("iso-line-too-long", &[("bytes", MAX_LINE_BYTES.to_string())]);
            return Err(LineProblem { line, why });
        }
        while matches!(self.buffer.last(), Some(b'\n' | b'\r')) {
            self.buffer.pop();
        }
        if self.line == 1 && self.buffer.starts_with(b"\xEF\xBB\xBF") {
            self.buffer.drain(..3);
        }
        Ok(true)
    }
}

impl<R: Read, T> Iterator for JsonLines<R, T> {
    type Item = Result<T, LineProblem>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(problem) = self.pending.take() {
            return Some(Err(problem));
        }
        loop {
            match self.next_line() {
                Ok(false) => return None,
                Err(problem) => return Some(Err(problem)),
                Ok(true) if self.buffer.iter().all(u8::is_ascii_whitespace) => continue,
                Ok(true) => {
                    return Some((self.parse)(&self.buffer).map_err(|why| LineProblem { line: self.line, why }));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8]) -> Vec<Result<String, LineProblem>> {
        JsonLines::new(input, |line| Ok(String::from_utf8_lossy(line).into_owned())).collect()
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        let _ = encoder.write_all(bytes);
        encoder.finish().unwrap_or_default()
    }

    #[test]
    fn plain_and_gzipped_read_the_same() {
        let text = b"{\"a\":1}\r\n\n  \n{\"b\":2}";
        let expected = vec![Ok("{\"a\":1}".to_string()), Ok("{\"b\":2}".to_string())];
        assert_eq!(lines(text), expected);
        assert_eq!(lines(&gzip(text)), expected);
        // Two gzip members one after the other read as one file, as `gzip -d` reads them.
        let mut two = gzip(b"{\"a\":1}\n");
        two.extend(gzip(b"{\"b\":2}"));
        assert_eq!(lines(&two), expected);
    }

    #[test]
    fn line_numbers_are_physical_and_a_bom_is_dropped() {
        let numbered: Vec<Result<(), LineProblem>> = JsonLines::new(&b"\xEF\xBB\xBFone\n\n\nfour\n"[..], |line| {
            Err(Why::new("iso-line-csv", &[("detail", String::from_utf8_lossy(line).into_owned())]))
        })
        .collect();
        assert_eq!(
            numbered,
            vec![
                Err(LineProblem { line: 1, why: Why::new("iso-line-csv", &[("detail", "one".into())]) }),
                Err(LineProblem { line: 4, why: Why::new("iso-line-csv", &[("detail", "four".into())]) })
            ]
        );
    }

    #[test]
    fn tiny_and_empty_inputs() {
        assert_eq!(lines(b""), vec![]);
        assert_eq!(lines(b"x"), vec![Ok("x".to_string())]);
        assert_eq!(lines(&[0x1f]), vec![Ok("\u{1f}".to_string())]);
    }

    #[test]
    fn a_broken_gzip_stream_is_reported_once_and_ends_the_file() {
        let mut broken = gzip(&b"{\"a\":1}\n".repeat(10_000));
        broken.truncate(broken.len() / 2);
        let read = lines(&broken);
        let problems: Vec<_> = read.iter().filter_map(|r| r.as_ref().err()).collect();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(read.last().is_some_and(Result::is_err));
        assert!(problems[0].to_string().contains("could not be read"));
    }

    #[test]
    fn an_overlong_line_is_reported_and_skipped() {
        let mut text = vec![b'x'; MAX_LINE_BYTES + 10];
        text.extend_from_slice(b"\nnext\n");
        let read = lines(&text);
        assert_eq!(read.len(), 2);
        assert!(read[0].as_ref().is_err_and(|p| p.line == 1 && p.to_string().contains("longer")));
        assert_eq!(read[1], Ok("next".to_string()));
    }
}
