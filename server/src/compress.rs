//! Brotli and gzip for the page cache: a kept page is compressed once, in pieces cut at
//! its Content-Security-Policy nonce, and every hit joins the compressed pieces around a
//! fresh nonce — no compression per response, and still a new nonce in each one.
//!
//! - **brotli**: each piece is a *catable*, byte-aligned, bare stream (the `brotli`
//!   crate's concatenation mode: no reference before its own start, no dictionary); the
//!   nonce goes between them as an uncompressed meta-block written by hand; a stream
//!   header first and an empty last meta-block at the end.
//! - **gzip**: each piece is raw deflate ended by a sync flush (byte-aligned, nothing
//!   carried over), the nonce a stored block, then an empty final block and the trailer,
//!   whose CRC-32 is combined from the pieces' and the nonce's.
//!
//! Each kept encoding is decoded once with another nonce and compared before it is
//! served; an encoding that does not give back the page is not offered for it.

use std::io::Read;
use std::sync::LazyLock;

use axum::body::Bytes;
use http::{HeaderMap, HeaderValue, header};

/// Brotli quality for a kept page: compressed once per data version, on the request that
/// rendered it (`make bench` measures the bytes this gives).
pub const BROTLI_QUALITY: i32 = 5;
/// Brotli window (log2 bytes): larger than any page Quorum renders.
const BROTLI_WINDOW: i32 = 22;
/// gzip level for a kept page.
pub const GZIP_LEVEL: u32 = 6;
/// Bodies smaller than this are sent as they are.
pub const MIN_BYTES: usize = 256;

/// A content coding Quorum sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coding {
    Brotli,
    Gzip,
}

impl Coding {
    pub fn header(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            Coding::Brotli => "br",
            Coding::Gzip => "gzip",
        })
    }
}

/// The coding to answer with, from `Accept-Encoding` (brotli before gzip at equal
/// weight; `q=0` refuses one; `*` accepts both).
pub fn negotiate(headers: &HeaderMap) -> Option<Coding> {
    let mut best: Option<(Coding, f32)> = None;
    let mut star = None;
    let mut refused = Vec::new();
    for value in headers.get_all(header::ACCEPT_ENCODING) {
        let Ok(value) = value.to_str() else { continue };
        for item in value.split(',') {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()))
                .unwrap_or(1.0);
            let coding = match name.as_str() {
                "br" => Coding::Brotli,
                "gzip" | "x-gzip" => Coding::Gzip,
                "*" => {
                    star = Some(weight);
                    continue;
                }
                _ => continue,
            };
            if weight <= 0.0 {
                refused.push(coding);
                continue;
            }
            if best.is_none_or(|(held, w)| weight > w || (weight == w && held == Coding::Gzip)) {
                best = Some((coding, weight));
            }
        }
    }
    if let Some((coding, _)) = best {
        return Some(coding);
    }
    match star {
        Some(weight) if weight > 0.0 => {
            [Coding::Brotli, Coding::Gzip].into_iter().find(|coding| !refused.contains(coding))
        }
        _ => None,
    }
}

/// Whether a response of this type is worth compressing (text and data; not pictures
/// other than SVG, not what is compressed already).
pub fn compressible(headers: &HeaderMap) -> bool {
    if headers.contains_key(header::CONTENT_ENCODING) {
        return false;
    }
    let Some(kind) = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else { return false };
    let kind = kind.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    kind.starts_with("text/")
        || matches!(
            kind.as_str(),
            "application/json"
                | "application/xml"
                | "application/atom+xml"
                | "application/javascript"
                | "application/problem+json"
                | "image/svg+xml"
        )
}

/// Adds `Accept-Encoding` to the response's `Vary` unless it is there.
pub fn vary_on_encoding(headers: &mut HeaderMap) {
    let present = headers
        .get_all(header::VARY)
        .iter()
        .any(|v| v.to_str().is_ok_and(|v| v.split(',').any(|v| v.trim().eq_ignore_ascii_case("accept-encoding"))));
    if !present {
        headers.append(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
}

/// The headers of a response sent in `coding`: its encoding, no stale length, and a
/// weak validator (the bytes differ from the identity representation's).
pub fn encoded_headers(headers: &mut HeaderMap, coding: Coding) {
    headers.insert(header::CONTENT_ENCODING, coding.header());
    headers.remove(header::CONTENT_LENGTH);
    if let Some(tag) = headers.get(header::ETAG).and_then(|v| v.to_str().ok()).filter(|t| !t.starts_with("W/"))
        && let Ok(weak) = HeaderValue::from_str(&format!("W/{tag}"))
    {
        headers.insert(header::ETAG, weak);
    }
}

/// A page's pieces compressed in one coding, to be joined around any nonce.
pub struct Encoded {
    coding: Coding,
    pieces: Vec<Bytes>,
    /// gzip only: the CRC-32 state of each piece, combined per response.
    crcs: Vec<crc32fast::Hasher>,
    /// gzip only: the length of each piece.
    lens: Vec<usize>,
}

/// The brotli stream header for [`BROTLI_WINDOW`]: an empty appendable, byte-aligned
/// stream without its last meta-block.
static BROTLI_HEADER: LazyLock<Bytes> = LazyLock::new(|| {
    let mut params = brotli_params();
    params.catable = false;
    params.appendable = true;
    let mut out = Vec::new();
    let _ = brotli::BrotliCompress(&mut &b""[..], &mut out, &params);
    Bytes::from(out)
});
/// An empty last meta-block (ISLAST, ISLASTEMPTY).
const BROTLI_END: &[u8] = &[0x03];
const GZIP_HEADER: &[u8] = &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
/// An empty final stored block.
const DEFLATE_END: &[u8] = &[0x01, 0x00, 0x00, 0xff, 0xff];

fn brotli_params() -> brotli::enc::BrotliEncoderParams {
    brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY,
        lgwin: BROTLI_WINDOW,
        catable: true,
        byte_align: true,
        bare_stream: true,
        ..Default::default()
    }
}

fn brotli_piece(piece: &[u8]) -> Option<Bytes> {
    let mut out = Vec::with_capacity(piece.len() / 4 + 16);
    brotli::BrotliCompress(&mut &piece[..], &mut out, &brotli_params()).ok()?;
    Some(Bytes::from(out))
}

/// Raw deflate of `piece` ended by a sync flush: byte-aligned, not final.
fn deflate_piece(piece: &[u8]) -> Option<Bytes> {
    use flate2::{Compress, Compression, FlushCompress};
    let mut deflate = Compress::new(Compression::new(GZIP_LEVEL), false);
    let mut out = Vec::with_capacity(piece.len() / 3 + 64);
    loop {
        if out.capacity() - out.len() < 64 {
            out.reserve(out.capacity().max(4096));
        }
        let read = deflate.total_in() as usize;
        deflate.compress_vec(&piece[read..], &mut out, FlushCompress::Sync).ok()?;
        // Done when every byte went in and the flush left room unused.
        if deflate.total_in() as usize == piece.len() && out.len() < out.capacity() {
            return Some(Bytes::from(out));
        }
    }
}

/// An uncompressed brotli meta-block (ISLAST 0, 4 nibbles of length, ISUNCOMPRESSED),
/// starting and ending on a byte boundary.
fn brotli_stored(data: &[u8]) -> Bytes {
    let length = (data.len().clamp(1, 1 << 16) - 1) as u32;
    let bits = (length << 3) | (1 << 19);
    let mut out = Vec::with_capacity(data.len() + 3);
    out.extend_from_slice(&bits.to_le_bytes()[..3]);
    out.extend_from_slice(data);
    Bytes::from(out)
}

/// A stored (uncompressed) deflate block, not final.
fn deflate_stored(data: &[u8]) -> Bytes {
    let length = data.len().min(u16::MAX as usize) as u16;
    let mut out = Vec::with_capacity(data.len() + 5);
    out.push(0);
    out.extend_from_slice(&length.to_le_bytes());
    out.extend_from_slice(&(!length).to_le_bytes());
    out.extend_from_slice(data);
    Bytes::from(out)
}

impl Encoded {
    /// `pieces` (a page cut at its nonce) compressed in `coding`, checked by decoding it
    /// joined around a different nonce of `nonce_len` bytes. `None`: not offered.
    pub fn new(coding: Coding, pieces: &[Bytes], nonce_len: usize) -> Option<Encoded> {
        let encoded = match coding {
            Coding::Brotli => Encoded {
                coding,
                pieces: pieces.iter().map(|p| brotli_piece(p)).collect::<Option<_>>()?,
                crcs: Vec::new(),
                lens: Vec::new(),
            },
            Coding::Gzip => Encoded {
                coding,
                pieces: pieces.iter().map(|p| deflate_piece(p)).collect::<Option<_>>()?,
                crcs: pieces
                    .iter()
                    .map(|p| {
                        let mut crc = crc32fast::Hasher::new();
                        crc.update(p);
                        crc
                    })
                    .collect(),
                lens: pieces.iter().map(Bytes::len).collect(),
            },
        };
        let probe = "q".repeat(nonce_len.max(1));
        let expected = pieces.iter().map(|p| p.as_ref()).collect::<Vec<_>>().join(probe.as_bytes());
        let joined: Vec<u8> = encoded.chunks(&probe).concat();
        let mut decoded = Vec::with_capacity(expected.len());
        let read = match coding {
            Coding::Brotli => brotli::Decompressor::new(&joined[..], 4096).read_to_end(&mut decoded),
            Coding::Gzip => flate2::read::GzDecoder::new(&joined[..]).read_to_end(&mut decoded),
        };
        (read.is_ok() && decoded == expected).then_some(encoded)
    }

    /// The compressed body with `nonce` between the pieces.
    pub fn chunks(&self, nonce: &str) -> Vec<Bytes> {
        let mut chunks = Vec::with_capacity(self.pieces.len() * 2 + 2);
        match self.coding {
            Coding::Brotli => {
                chunks.push(BROTLI_HEADER.clone());
                let stored = (!nonce.is_empty()).then(|| brotli_stored(nonce.as_bytes()));
                for (i, piece) in self.pieces.iter().enumerate() {
                    if let (true, Some(stored)) = (i > 0, &stored) {
                        chunks.push(stored.clone());
                    }
                    chunks.push(piece.clone());
                }
                chunks.push(Bytes::from_static(BROTLI_END));
            }
            Coding::Gzip => {
                chunks.push(Bytes::from_static(GZIP_HEADER));
                let stored = deflate_stored(nonce.as_bytes());
                let mut nonce_crc = crc32fast::Hasher::new();
                nonce_crc.update(nonce.as_bytes());
                let mut crc = crc32fast::Hasher::new();
                let mut total = 0usize;
                for (i, piece) in self.pieces.iter().enumerate() {
                    if i > 0 {
                        chunks.push(stored.clone());
                        crc.combine(&nonce_crc);
                        total += nonce.len();
                    }
                    chunks.push(piece.clone());
                    crc.combine(&self.crcs[i]);
                    total += self.lens[i];
                }
                let mut end = DEFLATE_END.to_vec();
                end.extend_from_slice(&crc.finalize().to_le_bytes());
                end.extend_from_slice(&(total as u32).to_le_bytes());
                chunks.push(Bytes::from(end));
            }
        }
        chunks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(nonce: &str) -> String {
        let mut page = format!("<!DOCTYPE html><html><head><script nonce=\"{nonce}\">go()</script></head><body>");
        for i in 0..4000 {
            page.push_str(&format!("<tr><td>row {i}</td><td>ünïcode ✓ {}</td></tr>", i * 7 % 13));
        }
        page.push_str(&format!(
            "</body><script nonce=\"{nonce}\">x</script><script nonce=\"{nonce}\">y</script></html>"
        ));
        page
    }

    #[test]
    fn pieces_joined_around_any_nonce_decode_to_the_page_with_that_nonce() {
        let old = "OyFRhOsV07l-XZM09rlpQA";
        let pieces: Vec<Bytes> = page(old).split(old).map(|p| Bytes::from(p.to_string())).collect();
        assert_eq!(pieces.len(), 4);
        for coding in [Coding::Brotli, Coding::Gzip] {
            let encoded = Encoded::new(coding, &pieces, old.len()).expect("checked");
            for fresh in ["AAAAAAAAAAAAAAAAAAAAAA", "_-z9Y0bq1Vx3LmP8rT2wKe", old] {
                let body = encoded.chunks(fresh).concat();
                let mut decoded = String::new();
                match coding {
                    Coding::Brotli => brotli::Decompressor::new(&body[..], 4096).read_to_string(&mut decoded),
                    Coding::Gzip => flate2::read::GzDecoder::new(&body[..]).read_to_string(&mut decoded),
                }
                .unwrap();
                assert_eq!(decoded, page(fresh), "{coding:?}");
                assert!(body.len() * 10 < page(fresh).len(), "{coding:?}: {} bytes", body.len());
            }
        }
        // A page without a nonce is one piece.
        let whole = [Bytes::from(page(""))];
        for coding in [Coding::Brotli, Coding::Gzip] {
            let body = Encoded::new(coding, &whole, 0).unwrap().chunks("").concat();
            let mut decoded = String::new();
            match coding {
                Coding::Brotli => brotli::Decompressor::new(&body[..], 4096).read_to_string(&mut decoded),
                Coding::Gzip => flate2::read::GzDecoder::new(&body[..]).read_to_string(&mut decoded),
            }
            .unwrap();
            assert_eq!(decoded, page(""));
        }
    }

    #[test]
    fn the_coding_follows_accept_encoding() {
        let ask = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(value).unwrap());
            negotiate(&headers)
        };
        assert_eq!(ask("gzip, deflate, br, zstd"), Some(Coding::Brotli));
        assert_eq!(ask("gzip"), Some(Coding::Gzip));
        assert_eq!(ask("br;q=0.5, gzip"), Some(Coding::Gzip));
        assert_eq!(ask("br;q=0, *"), Some(Coding::Gzip));
        assert_eq!(ask("*"), Some(Coding::Brotli));
        assert_eq!(ask("identity"), None);
        assert_eq!(ask("br;q=0, gzip;q=0"), None);
        assert_eq!(negotiate(&HeaderMap::new()), None);
    }
}
