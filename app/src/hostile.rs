//! Hostile inputs for the parsers' property tests: deterministic (xorshift), so a failure
//! repeats, and mixed from the fragments attackers and accidents send — markup, SQL,
//! header injection, bidirectional overrides, control characters, invalid UTF-8 (as a
//! browser or `from_utf8_lossy` would pass it on), very long runs.

/// Fragments every generated string is made of.
const FRAGMENTS: [&str; 24] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'; DROP TABLE nsb; --",
    "' OR '1'='1",
    "\r\nSet-Cookie: evil=1",
    "\r\n\r\n",
    "\u{202E}gnp.exe",
    "\u{2066}\u{2069}\u{200F}",
    "\0",
    "\u{7}\u{1b}[2J",
    "{ $body }",
    "{ $ }",
    "{{",
    "%00%0d%0a",
    "../../etc/passwd",
    "BR",
    "pt-BR;q=0.8, zh;q=abc, *;q=",
    "é́́́",
    "𝓠𝓾𝓸𝓻𝓾𝓶 🇧🇷",
    "\u{FFFD}",
    ",;=&?#",
    " ",
    "ع",
    "巴西",
];

/// A xorshift generator.
pub struct Hostile(u64);

impl Hostile {
    pub fn new(seed: u64) -> Self {
        Hostile(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A string of up to `max_parts` fragments, sometimes random bytes made valid the way
    /// a lossy decoder does, sometimes one fragment repeated to a great length.
    pub fn string(&mut self, max_parts: usize) -> String {
        let parts = (self.next() % (max_parts as u64 + 1)) as usize;
        let mut out = String::new();
        for _ in 0..parts {
            match self.next() % 10 {
                0 => {
                    let bytes: Vec<u8> = (0..(self.next() % 16)).map(|_| self.next() as u8).collect();
                    out.push_str(&String::from_utf8_lossy(&bytes));
                }
                1 => {
                    let fragment = FRAGMENTS[(self.next() % FRAGMENTS.len() as u64) as usize];
                    out.push_str(&fragment.repeat(1 + (self.next() % 2_000) as usize));
                }
                _ => out.push_str(FRAGMENTS[(self.next() % FRAGMENTS.len() as u64) as usize]),
            }
        }
        out
    }
}
