//! Systematic reviews of a standard: each body's position, who must vote, and the
//! projected outcome.

pub mod projection;
