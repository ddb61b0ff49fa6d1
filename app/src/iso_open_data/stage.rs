//! Stage codes and what they mean for a standard's systematic review, the date its next
//! review is due, and the ids Quorum gives standards and review cycles. All pure.
//!
//! The stage rules (`review_change`), from the harmonized stage codes of the ISO/IEC
//! Directives as the shared README lists them. A move to:
//! - 90.20 (under systematic review): the review ballot runs, so a cycle opens.
//! - 90.60 (close of review), 90.99 (withdrawal proposed), 95.20 (withdrawal ballot): the
//!   review ballot is over but nothing is final — the committee is deciding, or has
//!   proposed withdrawal and the member bodies vote on it (a withdrawal ballot can fail,
//!   and the standard then goes back to confirmed). The cycle is closed, undecided.
//! - 90.93 (confirmed) or 90.92 (to be revised): the review is decided with that outcome.
//! - 95.99 (withdrawn): decided as withdrawn, but only when the standard was in a review
//!   (90.20, 90.60, 90.99, 95.20) when last seen. Withdrawn from anywhere else, it was
//!   replaced by a new edition or withdrawn outside a review: no review outcome.
//! - anything else, or the stage already known: no change.
//!
//! A decision needs a known previous stage: a deliverable the import sees for the first
//! time at 90.93 was confirmed at some date ISO's data does not give, so no cycle is
//! invented for it. A running or closed ballot is news whenever it is first seen.

use chrono::{Months, NaiveDate};

/// A harmonized stage code: stage and substage, `90.93` held as 9093 (the integer ISO's
/// `currentStage` carries).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Stage(u16);

impl Stage {
    pub const PUBLISHED: Stage = Stage(6060);
    pub const UNDER_REVIEW: Stage = Stage(9020);
    pub const REVIEW_CLOSED: Stage = Stage(9060);
    pub const TO_BE_REVISED: Stage = Stage(9092);
    pub const CONFIRMED: Stage = Stage(9093);
    pub const WITHDRAWAL_PROPOSED: Stage = Stage(9099);
    pub const WITHDRAWAL_BALLOT: Stage = Stage(9520);
    pub const WITHDRAWN: Stage = Stage(9599);

    /// The stage of an integer code (`9093`); `None` outside 0..=9999.
    pub fn from_code(code: i64) -> Option<Stage> {
        u16::try_from(code).ok().filter(|code| *code <= 9999).map(Stage)
    }

    /// The stage of a text: the integer code (`9093`) or the dotted form (`90.93`).
    pub fn parse(text: &str) -> Option<Stage> {
        let text = text.trim();
        let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
        match text.split_once('.') {
            Some((stage, substage)) if stage.len() == 2 && substage.len() == 2 && digits(stage) && digits(substage) => {
                Stage::from_code(i64::from(stage.parse::<u16>().ok()? * 100 + substage.parse::<u16>().ok()?))
            }
            None if text.len() <= 4 && digits(text) => Stage::from_code(text.parse().ok()?),
            _ => None,
        }
    }

    /// The integer code (`9093`).
    pub fn code(self) -> u16 {
        self.0
    }

    /// Whether the standard is inside a systematic review: a ballot running or just over,
    /// or a withdrawal proposed or balloted.
    pub fn in_review(self) -> bool {
        [Stage::UNDER_REVIEW, Stage::REVIEW_CLOSED, Stage::WITHDRAWAL_PROPOSED, Stage::WITHDRAWAL_BALLOT]
            .contains(&self)
    }
}

/// As the Directives and `review_cycle.stage` write it: `90.93`.
impl std::fmt::Display for Stage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}.{:02}", self.0 / 100, self.0 % 100)
    }
}

/// How a systematic review ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    Confirmed,
    Revised,
    Withdrawn,
}

impl Outcome {
    /// The value stored in `review_cycle.outcome`.
    pub fn stored(self) -> &'static str {
        match self {
            Outcome::Confirmed => "confirmed",
            Outcome::Revised => "revised",
            Outcome::Withdrawn => "withdrawn",
        }
    }
}

/// What a new stage does to a standard's review cycle. The import applies it to the
/// standard's latest undecided cycle, or records a new cycle `<slug>-<year seen>` when
/// there is none; the date is the one the import saw the stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReviewChange {
    /// Nothing to record.
    None,
    /// The review ballot runs: the cycle is open.
    Opens,
    /// The ballot is over and the outcome not final: the cycle is closed, undecided.
    BallotClosed,
    /// The review is decided.
    Decided(Outcome),
}

/// The stage rules (see the module's documentation): what moving from `previous` (the
/// stage Quorum last recorded, `None` for a deliverable not seen before) to `new` does
/// to the standard's review.
pub fn review_change(previous: Option<Stage>, new: Stage) -> ReviewChange {
    if previous == Some(new) {
        return ReviewChange::None;
    }
    match new {
        Stage::UNDER_REVIEW => ReviewChange::Opens,
        Stage::REVIEW_CLOSED | Stage::WITHDRAWAL_PROPOSED | Stage::WITHDRAWAL_BALLOT => ReviewChange::BallotClosed,
        Stage::CONFIRMED if previous.is_some() => ReviewChange::Decided(Outcome::Confirmed),
        Stage::TO_BE_REVISED if previous.is_some() => ReviewChange::Decided(Outcome::Revised),
        Stage::WITHDRAWN if previous.is_some_and(Stage::in_review) => ReviewChange::Decided(Outcome::Withdrawn),
        _ => ReviewChange::None,
    }
}

/// When the next systematic review is due at the latest: five years after the later of
/// the publication and the last confirmation (29 February gives 28 February). `None`
/// when neither is known. Meant for published standards; a withdrawn one is not reviewed.
pub fn next_review_due(publication_date: Option<NaiveDate>, last_confirmed: Option<NaiveDate>) -> Option<NaiveDate> {
    publication_date.max(last_confirmed)?.checked_add_months(Months::new(60))
}

/// A standard's id in Quorum, from its reference, matching the seed's ids (`iso-20400`
/// for `ISO 20400:2017`, `iso-pc-277` for the committee `ISO/PC 277`): the final
/// `:<year>` of publication is dropped, so that the id names the standard across its
/// editions; letters are lower-cased; every run of other characters (spaces, slashes,
/// colons, anything not an ASCII letter or digit) becomes one hyphen, none at either end.
/// `ISO/TS 14067:2018` → `iso-ts-14067`, `ISO/IEC 27001:2022` → `iso-iec-27001`,
/// `ISO 9001:2015/Amd 1:2024` → `iso-9001-2015-amd-1` (a supplement keeps the year of
/// the edition it amends). Two editions share a slug; ISO's `id` tells them apart.
pub fn slug(reference: &str) -> String {
    let reference = reference.trim();
    let without_year = match reference.rsplit_once(':') {
        Some((rest, year)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => rest,
        _ => reference,
    };
    let mut slug = String::with_capacity(without_year.len());
    for c in without_year.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// A review cycle's id: `<standard slug>-<year>` (`iso-20400-2027`), the year being the
/// one the ballot runs in.
pub fn cycle_id(standard_slug: &str, year: i32) -> String {
    format!("{standard_slug}-{year}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    /// Every code ISO's harmonized system uses, plus some it does not.
    fn stages() -> Vec<Stage> {
        let mut all: Vec<Stage> = [0, 10, 20, 30, 40, 50, 60, 90, 95, 99]
            .into_iter()
            .flat_map(|stage| [0, 20, 60, 92, 93, 98, 99].map(|sub| Stage(stage * 100 + sub)))
            .collect();
        all.extend([Stage(1), Stage(9021), Stage(9999)]);
        all
    }

    #[test]
    fn stage_codes_read_and_print() {
        assert_eq!(Stage::from_code(9093), Some(Stage::CONFIRMED));
        assert_eq!(Stage::parse("90.93"), Some(Stage::CONFIRMED));
        assert_eq!(Stage::parse(" 9093 "), Some(Stage::CONFIRMED));
        assert_eq!(Stage::parse("0"), Some(Stage(0)));
        assert_eq!(Stage::CONFIRMED.to_string(), "90.93");
        assert_eq!(Stage(20).to_string(), "00.20");
        assert_eq!(Stage(20).code(), 20);
        for bad in ["", "90.9", "9.093", "90093", "-9093", "+909", "90.-3", "9O93", "90,93", "١٢"] {
            assert_eq!(Stage::parse(bad), None, "{bad}");
        }
        assert_eq!(Stage::from_code(-1), None);
        assert_eq!(Stage::from_code(10_000), None);
        for stage in stages() {
            assert_eq!(Stage::parse(&stage.to_string()), Some(stage));
            assert_eq!(Stage::parse(&stage.code().to_string()), Some(stage));
        }
    }

    #[test]
    fn the_stage_rules() {
        use Outcome::*;
        use ReviewChange::{BallotClosed, Decided, Opens};
        let cases = [
            (Some(Stage::PUBLISHED), Stage::UNDER_REVIEW, Opens),
            (None, Stage::UNDER_REVIEW, Opens),
            (Some(Stage::CONFIRMED), Stage::UNDER_REVIEW, Opens),
            (Some(Stage::UNDER_REVIEW), Stage::REVIEW_CLOSED, BallotClosed),
            (Some(Stage::UNDER_REVIEW), Stage::CONFIRMED, Decided(Confirmed)),
            (Some(Stage::REVIEW_CLOSED), Stage::TO_BE_REVISED, Decided(Revised)),
            // The import did not run during the ballot: the decision is still news.
            (Some(Stage::PUBLISHED), Stage::CONFIRMED, Decided(Confirmed)),
            (Some(Stage::REVIEW_CLOSED), Stage::WITHDRAWAL_PROPOSED, BallotClosed),
            (Some(Stage::WITHDRAWAL_PROPOSED), Stage::WITHDRAWAL_BALLOT, BallotClosed),
            (Some(Stage::WITHDRAWAL_BALLOT), Stage::WITHDRAWN, Decided(Withdrawn)),
            (Some(Stage::UNDER_REVIEW), Stage::WITHDRAWN, Decided(Withdrawn)),
            // A failed withdrawal ballot: the standard stays, confirmed.
            (Some(Stage::WITHDRAWAL_BALLOT), Stage::CONFIRMED, Decided(Confirmed)),
            // Replaced by its next edition: not a review outcome.
            (Some(Stage::TO_BE_REVISED), Stage::WITHDRAWN, ReviewChange::None),
            (Some(Stage::CONFIRMED), Stage::WITHDRAWN, ReviewChange::None),
            (Some(Stage::PUBLISHED), Stage::WITHDRAWN, ReviewChange::None),
            // Seen for the first time after its review: no cycle is invented.
            (None, Stage::CONFIRMED, ReviewChange::None),
            (None, Stage::TO_BE_REVISED, ReviewChange::None),
            (None, Stage::WITHDRAWN, ReviewChange::None),
            (None, Stage::REVIEW_CLOSED, BallotClosed),
            (None, Stage::PUBLISHED, ReviewChange::None),
            (Some(Stage(4060)), Stage::PUBLISHED, ReviewChange::None),
        ];
        for (previous, new, expected) in cases {
            assert_eq!(review_change(previous, new), expected, "{previous:?} → {new}");
        }
    }

    /// Seeing the stage Quorum already recorded (the same file imported twice) changes
    /// nothing; the catalogue's tests check the same over whole imports.
    #[test]
    fn the_same_stage_twice_changes_nothing() {
        for stage in stages() {
            assert_eq!(review_change(Some(stage), stage), ReviewChange::None, "{stage} twice");
        }
    }

    /// Each change belongs to its stage: only 90.20 opens, only a decision stage decides,
    /// with its own outcome, and stages outside the review never touch a cycle.
    #[test]
    fn every_change_matches_its_stage() {
        let known: Vec<Option<Stage>> = std::iter::once(None).chain(stages().into_iter().map(Some)).collect();
        for previous in &known {
            for new in stages() {
                let change = review_change(*previous, new);
                let expected_outcome = match new {
                    Stage::CONFIRMED => Some(Outcome::Confirmed),
                    Stage::TO_BE_REVISED => Some(Outcome::Revised),
                    Stage::WITHDRAWN => Some(Outcome::Withdrawn),
                    _ => None,
                };
                match change {
                    ReviewChange::Opens => assert_eq!(new, Stage::UNDER_REVIEW),
                    ReviewChange::BallotClosed => assert!(new.in_review() && new != Stage::UNDER_REVIEW),
                    ReviewChange::Decided(outcome) => {
                        assert_eq!(Some(outcome), expected_outcome);
                        assert!(previous.is_some());
                    }
                    ReviewChange::None => {}
                }
                if new.code() < 9000 || !(new.in_review() || expected_outcome.is_some()) {
                    assert_eq!(change, ReviewChange::None, "{previous:?} → {new}");
                }
            }
        }
    }

    #[test]
    fn the_next_review_is_due_five_years_after_the_later_date() {
        let published = Some(date("2017-04-19"));
        assert_eq!(next_review_due(published, None), Some(date("2022-04-19")));
        // ISO 20400: confirmed on 2023-04-05, so due about 2028-04.
        assert_eq!(next_review_due(published, Some(date("2023-04-05"))), Some(date("2028-04-05")));
        assert_eq!(next_review_due(None, Some(date("2023-04-05"))), Some(date("2028-04-05")));
        assert_eq!(next_review_due(Some(date("2020-02-29")), None), Some(date("2025-02-28")));
        assert_eq!(next_review_due(None, None), None);
        assert_eq!(next_review_due(Some(NaiveDate::MAX), None), None);
        let mut day = date("2000-01-01");
        while day < date("2004-12-31") {
            let later = day + chrono::Days::new(400);
            for (a, b) in [(Some(day), Some(later)), (Some(later), Some(day))] {
                let due = next_review_due(a, b);
                assert_eq!(due, next_review_due(b, a));
                assert!(due.is_some_and(|due| due > later && (due - later).num_days() <= 1827), "{a:?} {b:?}");
            }
            day = day + chrono::Days::new(7);
        }
    }

    #[test]
    fn slugs_match_the_seed() {
        let seed_standards = include_str!("../../../seed/standards.csv");
        let mut rows = csv::Reader::from_reader(seed_standards.as_bytes());
        let mut checked = 0;
        for row in rows.records().flatten() {
            assert_eq!(slug(&row[1]), &row[0], "standard {}", &row[1]);
            checked += 1;
        }
        let seed_committees = include_str!("../../../seed/committees.csv");
        let mut rows = csv::Reader::from_reader(seed_committees.as_bytes());
        for row in rows.records().flatten() {
            assert_eq!(slug(&row[1]), &row[0], "committee {}", &row[1]);
            checked += 1;
        }
        assert!(checked >= 2);
        for (reference, expected) in [
            ("ISO 20400:2017", "iso-20400"),
            ("ISO/TS 14067:2018", "iso-ts-14067"),
            ("ISO/IEC 27001:2022", "iso-iec-27001"),
            ("ISO 9001:2015/Amd 1:2024", "iso-9001-2015-amd-1"),
            ("ISO/R 102:1959", "iso-r-102"),
            ("ISO 80000-1:2022", "iso-80000-1"),
            ("IWA 42:2022", "iwa-42"),
            ("ISO/IEC DIS 99003", "iso-iec-dis-99003"),
            (" ISO  20400:2017 ", "iso-20400"),
            ("ISO 20400:17", "iso-20400-17"),
            ("ISO/TC 207/SC 1", "iso-tc-207-sc-1"),
            ("ISO/TMBG", "iso-tmbg"),
            ("", ""),
            (":2017", ""),
            ("—:—", ""),
        ] {
            assert_eq!(slug(reference), expected, "{reference}");
        }
        assert_eq!(cycle_id(&slug("ISO 20400:2017"), chrono::Datelike::year(&date("2027-03-01"))), "iso-20400-2027");
    }

    #[test]
    fn hostile_references_give_url_safe_slugs() {
        let mut hostile = crate::hostile::Hostile::new(61);
        for _ in 0..3_000 {
            let reference = hostile.string(4);
            let slug = slug(&reference);
            assert!(slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{slug}");
            assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"), "{slug}");
            assert_eq!(super::slug(&slug), slug, "a slug is its own slug");
            let _ = Stage::parse(&reference);
        }
    }
}
