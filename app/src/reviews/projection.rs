//! The projected outcome of a systematic review: a pure function of the bodies' positions,
//! who must vote, and how widely the standard is used. No database, no clock, so it runs
//! the same on the server and in the browser and is tested exhaustively.
//!
//! The rules are DOMAIN.md's reading of ISO's practice and stay configurable: a standard
//! used in fewer than `withdrawal_usage_threshold` countries is a withdrawal candidate;
//! otherwise the simple majority of the obliged voters (P-members) who cast a vote
//! decides, abstentions not counted; a tie or no majority goes to the committee, which has
//! the last word in every case — the projection is an estimate.
//!
//! Unknown is not zero. A body whose adoption is not recorded may use the standard, and an
//! obliged voter without a recorded position may vote either way: the projection states a
//! verdict only when no values of the unknowns could change it, and otherwise says that
//! the records are not enough (`Outcome::NotEnoughRecords`, with how many are unknown).

use serde::{Deserialize, Serialize};

/// A body's recommendation in a systematic review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Position {
    Confirm,
    Revise,
    Amend,
    Withdraw,
    Abstain,
    NoneYet,
}

impl Position {
    pub const ALL: [Position; 6] = [
        Position::Confirm,
        Position::Revise,
        Position::Amend,
        Position::Withdraw,
        Position::Abstain,
        Position::NoneYet,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Position::Confirm => "confirm",
            Position::Revise => "revise",
            Position::Amend => "amend",
            Position::Withdraw => "withdraw",
            Position::Abstain => "abstain",
            Position::NoneYet => "none",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Position> {
        Position::ALL.into_iter().find(|p| p.slug() == slug)
    }

    /// The outcome a vote counts towards; abstentions and missing votes count for none.
    fn counts_for(self, rules: &Rules) -> Option<Outcome> {
        match self {
            Position::Confirm => Some(Outcome::Confirm),
            Position::Revise => Some(Outcome::Revise),
            Position::Amend if rules.amend_counts_as_revise => Some(Outcome::Revise),
            Position::Amend => Some(Outcome::Amend),
            Position::Withdraw => Some(Outcome::Withdraw),
            Position::Abstain | Position::NoneYet => None,
        }
    }
}

/// How sure a recorded position is: an announced intention may still change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Certainty {
    StatedIntention,
    CastVote,
    PublishedResult,
}

/// Whether a body must vote: P-members of the owning committee must, other member bodies
/// may, correspondent and subscriber members do not vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Voter {
    Obliged,
    Optional,
    NonVoting,
}

/// One body's standing in a cycle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standing {
    pub alpha2: String,
    pub voter: Voter,
    pub position: Position,
    pub certainty: Option<Certainty>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Confirm,
    Revise,
    Amend,
    Withdraw,
    /// No majority, a tie, or too few votes: the committee decides.
    CommitteeDecides,
    /// Unknowns (unrecorded adoptions, obliged voters without a position) could still
    /// change the verdict: the records cannot support one.
    NotEnoughRecords,
}

/// How widely the standard is used, as recorded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Usage {
    /// Countries recorded as having adopted it.
    pub adopted: u32,
    /// Bodies whose adoption is not recorded (any of them may use it).
    pub unknown: u32,
    /// Every body counted (adopted, not adopted and unknown).
    pub bodies: u32,
}

impl Usage {
    /// Usage when every body's adoption is recorded.
    pub fn known(adopted: u32) -> Usage {
        Usage { adopted, unknown: 0, bodies: adopted }
    }
}

/// The thresholds of the projection; `Default` is DOMAIN.md's reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    /// Below this many countries using the standard, withdrawal is the likely outcome.
    pub withdrawal_usage_threshold: u32,
    /// An amendment is a kind of revision (both lead to stage 90.92).
    pub amend_counts_as_revise: bool,
}

impl Default for Rules {
    fn default() -> Self {
        Rules { withdrawal_usage_threshold: 5, amend_counts_as_revise: true }
    }
}

/// Why the projection says what it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Used in fewer countries than the threshold.
    LowUsage,
    /// The leading outcome has more than half the obliged votes cast.
    Majority,
    /// Two outcomes have the same number of votes.
    Tie,
    /// No outcome has more than half, or no obliged voter has a position yet.
    NoMajority,
    /// The recorded adoptions are below the threshold, but the bodies whose adoption is
    /// unknown could lift usage above it.
    UsageUnknown,
    /// Obliged voters without a position could change the majority.
    VotesUnknown,
    /// No obliged voter is recorded (the committee's P-members are unknown).
    VotersUnknown,
}

/// An obliged voter whose vote could still move the outcome towards *confirm*.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Swing {
    pub alpha2: String,
    pub position: Position,
    /// How much confirm's lead grows if this body votes confirm: 1 for an undecided body
    /// or an abstention, 2 for a body leaning towards another outcome.
    pub gain: u32,
    /// This body's confirm alone would make confirm the projected outcome.
    pub decisive: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Projection {
    pub outcome: Outcome,
    pub reason: Reason,
    /// Obliged votes cast per outcome, in `Outcome` order (committee-decides excluded).
    pub obliged_votes: Vec<(Outcome, u32)>,
    /// Votes of the leader minus the runner-up among obliged votes cast.
    pub margin: u32,
    /// Obliged voters without a position yet.
    pub undecided: u32,
    pub swing: Vec<Swing>,
}

const OUTCOMES: [Outcome; 4] = [Outcome::Confirm, Outcome::Revise, Outcome::Amend, Outcome::Withdraw];

/// Obliged votes per outcome.
fn tally(standings: &[Standing], rules: &Rules) -> Vec<(Outcome, u32)> {
    OUTCOMES
        .into_iter()
        .map(|outcome| {
            let votes = standings
                .iter()
                .filter(|s| s.voter == Voter::Obliged && s.position.counts_for(rules) == Some(outcome))
                .count();
            (outcome, u32::try_from(votes).unwrap_or(u32::MAX))
        })
        .collect()
}

/// The outcome of a tally: (outcome, reason, margin).
fn decide(votes: &[(Outcome, u32)]) -> (Outcome, Reason, u32) {
    let cast: u32 = votes.iter().map(|(_, n)| n).sum();
    let mut sorted: Vec<(Outcome, u32)> = votes.to_vec();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let (leader, most) = sorted.first().copied().unwrap_or((Outcome::CommitteeDecides, 0));
    let runner_up = sorted.get(1).map_or(0, |(_, n)| *n);
    let margin = most - runner_up;
    if cast == 0 {
        (Outcome::CommitteeDecides, Reason::NoMajority, 0)
    } else if margin == 0 {
        (Outcome::CommitteeDecides, Reason::Tie, 0)
    } else if most * 2 > cast {
        (leader, Reason::Majority, margin)
    } else {
        (Outcome::CommitteeDecides, Reason::NoMajority, margin)
    }
}

/// Whether the vote's verdict holds whatever the `undecided` obliged voters do: they may
/// all vote for one other outcome, or all abstain.
fn firm(votes: &[(Outcome, u32)], verdict: (Outcome, Reason, u32), undecided: u32) -> bool {
    if undecided == 0 {
        return true;
    }
    let cast: u32 = votes.iter().map(|(_, n)| n).sum();
    let of = |o: Outcome| votes.iter().find(|(x, _)| *x == o).map_or(0, |(_, n)| *n);
    match verdict {
        // A majority that survives every undecided vote going to another outcome.
        (leader, Reason::Majority, _) => of(leader) * 2 > cast + undecided,
        _ => false,
    }
}

/// Projects the outcome of a review from what is recorded: each body's standing and how
/// widely the standard is used. The order of `standings` does not matter.
pub fn project(standings: &[Standing], usage: Usage, rules: &Rules) -> Projection {
    let votes = tally(standings, rules);
    let undecided = standings.iter().filter(|s| s.voter == Voter::Obliged && s.position == Position::NoneYet).count();
    let undecided = u32::try_from(undecided).unwrap_or(u32::MAX);
    let obliged = standings.iter().any(|s| s.voter == Voter::Obliged);
    let vote = decide(&votes);
    let vote_known = obliged && firm(&votes, vote, undecided);
    let threshold = rules.withdrawal_usage_threshold;
    let (outcome, reason, margin) = if usage.adopted.saturating_add(usage.unknown) < threshold {
        // Even if every unknown body used it, usage stays below the threshold.
        (Outcome::Withdraw, Reason::LowUsage, vote.2)
    } else if usage.adopted < threshold && !(vote_known && vote.0 == Outcome::Withdraw) {
        // The unknowns decide whether the usage rule applies.
        (Outcome::NotEnoughRecords, Reason::UsageUnknown, vote.2)
    } else if !obliged {
        (Outcome::NotEnoughRecords, Reason::VotersUnknown, 0)
    } else if !vote_known {
        (Outcome::NotEnoughRecords, Reason::VotesUnknown, vote.2)
    } else {
        vote
    };
    let usage_met = usage.adopted >= threshold;

    let mut swing: Vec<Swing> = standings
        .iter()
        .filter(|s| s.voter == Voter::Obliged && s.position != Position::Confirm)
        // A published result is final; everything else may still move.
        .filter(|s| s.certainty != Some(Certainty::PublishedResult))
        .map(|s| {
            let gain = if s.position.counts_for(rules).is_some() { 2 } else { 1 };
            let mut moved: Vec<Standing> = standings.to_vec();
            if let Some(m) = moved.iter_mut().find(|m| m.alpha2 == s.alpha2) {
                m.position = Position::Confirm;
            }
            let moved_votes = tally(&moved, rules);
            let after = decide(&moved_votes);
            let still_undecided = undecided - u32::from(s.position == Position::NoneYet);
            // Decisive only when confirm would then win whatever the others still do.
            let decisive = after.0 == Outcome::Confirm
                && firm(&moved_votes, after, still_undecided)
                && outcome != Outcome::Confirm
                && usage_met;
            Swing { alpha2: s.alpha2.clone(), position: s.position, gain, decisive }
        })
        .collect();
    swing.sort_by(|a, b| b.decisive.cmp(&a.decisive).then(b.gain.cmp(&a.gain)).then(a.alpha2.cmp(&b.alpha2)));

    Projection { outcome, reason, obliged_votes: votes, margin, undecided, swing }
}

/// How far confirm is from winning: its votes minus the best other outcome's (negative
/// when behind). The measure "adding a confirm never lowers confirm's chance" is about.
pub fn confirm_lead(projection: &Projection) -> i64 {
    let of = |o: Outcome| projection.obliged_votes.iter().find(|(x, _)| *x == o).map_or(0, |(_, n)| i64::from(*n));
    let best_other = OUTCOMES.into_iter().filter(|o| *o != Outcome::Confirm).map(of).max().unwrap_or(0);
    of(Outcome::Confirm) - best_other
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standing(alpha2: &str, voter: Voter, position: Position) -> Standing {
        Standing { alpha2: alpha2.into(), voter, position, certainty: Some(Certainty::StatedIntention) }
    }

    fn obliged(positions: &[(&str, Position)]) -> Vec<Standing> {
        positions.iter().map(|(c, p)| standing(c, Voter::Obliged, *p)).collect()
    }

    /// A small deterministic generator (xorshift), so property tests need no crate and
    /// fail the same way every time.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    fn random_cycle(rng: &mut Rng) -> Vec<Standing> {
        let voters = [Voter::Obliged, Voter::Obliged, Voter::Optional, Voter::NonVoting];
        let certainties =
            [None, Some(Certainty::StatedIntention), Some(Certainty::CastVote), Some(Certainty::PublishedResult)];
        (0..rng.below(30))
            .map(|i| Standing {
                alpha2: format!("{}{}", (b'A' + (i / 26) as u8) as char, (b'A' + (i % 26) as u8) as char),
                voter: voters[rng.below(voters.len())],
                position: Position::ALL[rng.below(Position::ALL.len())],
                certainty: certainties[rng.below(certainties.len())],
            })
            .collect()
    }

    fn random_usage(rng: &mut Rng) -> Usage {
        let adopted = rng.below(10) as u32;
        let unknown = [0, 0, 1, 3, 10][rng.below(5)];
        Usage { adopted, unknown, bodies: adopted + unknown + rng.below(5) as u32 }
    }

    #[test]
    fn the_2022_review_confirmed_with_four_for_revision() {
        // Four revisions (FR, AU, NO, NL) against a larger confirming majority.
        let mut positions = vec![
            ("FR", Position::Revise),
            ("AU", Position::Revise),
            ("NO", Position::Revise),
            ("NL", Position::Revise),
        ];
        positions.extend([
            ("BR", Position::Confirm),
            ("DE", Position::Confirm),
            ("GB", Position::Confirm),
            ("CR", Position::Confirm),
            ("JP", Position::Confirm),
            ("SE", Position::Confirm),
        ]);
        let projection = project(&obliged(&positions), Usage::known(17), &Rules::default());
        assert_eq!((projection.outcome, projection.reason, projection.margin), (Outcome::Confirm, Reason::Majority, 2));
    }

    #[test]
    fn low_usage_makes_withdrawal_likely_whatever_the_votes() {
        let standings = obliged(&[("FR", Position::Confirm), ("DE", Position::Confirm)]);
        let projection = project(&standings, Usage::known(4), &Rules::default());
        assert_eq!((projection.outcome, projection.reason), (Outcome::Withdraw, Reason::LowUsage));
        let lenient = Rules { withdrawal_usage_threshold: 0, ..Rules::default() };
        assert_eq!(project(&standings, Usage::known(4), &lenient).outcome, Outcome::Confirm);
    }

    #[test]
    fn unknown_adoptions_are_not_zero() {
        // ISO 20400 in December 2026: 4 adoptions recorded, 167 of 172 bodies unknown.
        let standings = obliged(&[("FR", Position::Confirm), ("DE", Position::Confirm)]);
        let usage = Usage { adopted: 4, unknown: 167, bodies: 172 };
        let projection = project(&standings, usage, &Rules::default());
        assert_eq!((projection.outcome, projection.reason), (Outcome::NotEnoughRecords, Reason::UsageUnknown));
        // One unknown body cannot lift 3 above 5: withdrawal stays likely.
        let few = Usage { adopted: 3, unknown: 1, bodies: 10 };
        assert_eq!(project(&standings, few, &Rules::default()).reason, Reason::LowUsage);
        // Enough recorded adoptions: the vote decides, unknowns or not.
        let wide = Usage { adopted: 5, unknown: 160, bodies: 172 };
        assert_eq!(project(&standings, wide, &Rules::default()).outcome, Outcome::Confirm);
    }

    #[test]
    fn undecided_voters_who_could_turn_the_majority_leave_it_open() {
        let mut standings = obliged(&[("FR", Position::Confirm), ("DE", Position::Confirm), ("GB", Position::Revise)]);
        standings.push(standing("NO", Voter::Obliged, Position::NoneYet));
        let projection = project(&standings, Usage::known(20), &Rules::default());
        // 2 of 4 possible votes: NO voting revise makes it a tie.
        assert_eq!((projection.outcome, projection.reason), (Outcome::NotEnoughRecords, Reason::VotesUnknown));
        assert_eq!(projection.undecided, 1);
        standings.push(standing("SE", Voter::Obliged, Position::Confirm));
        // 3 of at most 5: a majority whatever NO does.
        assert_eq!(project(&standings, Usage::known(20), &Rules::default()).outcome, Outcome::Confirm);
        let optional_only: Vec<Standing> = vec![standing("BR", Voter::Optional, Position::Confirm)];
        assert_eq!(project(&optional_only, Usage::known(20), &Rules::default()).reason, Reason::VotersUnknown);
    }

    #[test]
    fn abstentions_optional_and_non_voters_do_not_count() {
        let mut standings = obliged(&[("FR", Position::Confirm), ("DE", Position::Revise), ("GB", Position::Abstain)]);
        standings.push(standing("BR", Voter::Optional, Position::Revise));
        standings.push(standing("KE", Voter::NonVoting, Position::Revise));
        let projection = project(&standings, Usage::known(20), &Rules::default());
        assert_eq!((projection.outcome, projection.reason), (Outcome::CommitteeDecides, Reason::Tie));
    }

    #[test]
    fn amendments_count_as_revisions_unless_configured_otherwise() {
        let standings = obliged(&[("FR", Position::Confirm), ("DE", Position::Revise), ("GB", Position::Amend)]);
        assert_eq!(project(&standings, Usage::known(20), &Rules::default()).outcome, Outcome::Revise);
        let split = Rules { amend_counts_as_revise: false, ..Rules::default() };
        assert_eq!(
            project(&standings, Usage::known(20), &split).outcome,
            Outcome::CommitteeDecides,
            "1-1-1: no majority"
        );
    }

    #[test]
    fn nobody_has_voted_yet_so_nothing_can_be_said() {
        let standings = obliged(&[("FR", Position::NoneYet), ("DE", Position::NoneYet)]);
        let projection = project(&standings, Usage::known(20), &Rules::default());
        assert_eq!(
            (projection.outcome, projection.reason, projection.undecided),
            (Outcome::NotEnoughRecords, Reason::VotesUnknown, 2)
        );
        let abstained = obliged(&[("FR", Position::Abstain), ("DE", Position::Abstain)]);
        let projection = project(&abstained, Usage::known(20), &Rules::default());
        assert_eq!((projection.outcome, projection.reason), (Outcome::CommitteeDecides, Reason::NoMajority));
    }

    #[test]
    fn the_swing_list_puts_decisive_and_persuadable_bodies_first() {
        let mut standings = obliged(&[
            ("FR", Position::Revise),
            ("AU", Position::Revise),
            ("DE", Position::Confirm),
            ("GB", Position::Abstain),
            ("NO", Position::Abstain),
        ]);
        standings[1].certainty = Some(Certainty::PublishedResult);
        standings.push(standing("BR", Voter::Optional, Position::NoneYet));
        let projection = project(&standings, Usage::known(20), &Rules::default());
        assert_eq!(projection.outcome, Outcome::Revise);
        let order: Vec<(&str, u32, bool)> =
            projection.swing.iter().map(|s| (s.alpha2.as_str(), s.gain, s.decisive)).collect();
        // FR moving to confirm makes it 2-1 for confirm; GB or NO alone make it 2-2.
        assert_eq!(order, [("FR", 2, true), ("GB", 1, false), ("NO", 1, false)]);
    }

    #[test]
    fn property_the_order_of_rows_never_matters() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..2000 {
            let standings = random_cycle(&mut rng);
            let usage = random_usage(&mut rng);
            let mut shuffled = standings.clone();
            for i in (1..shuffled.len()).rev() {
                shuffled.swap(i, rng.below(i + 1));
            }
            assert_eq!(project(&standings, usage, &Rules::default()), project(&shuffled, usage, &Rules::default()));
        }
    }

    #[test]
    fn property_adding_a_confirm_never_lowers_confirms_chance() {
        let mut rng = Rng(42);
        for _ in 0..2000 {
            let standings = random_cycle(&mut rng);
            let usage = random_usage(&mut rng);
            let before = project(&standings, usage, &Rules::default());
            let mut more = standings.clone();
            more.push(standing("ZZ", Voter::Obliged, Position::Confirm));
            let after = project(&more, usage, &Rules::default());
            assert!(confirm_lead(&after) > confirm_lead(&before), "{standings:?}");
            assert!(before.outcome != Outcome::Confirm || after.outcome == Outcome::Confirm, "{standings:?}");
            // Turning any swing body to confirm never hurts confirm either.
            for swing in &before.swing {
                let mut moved = standings.clone();
                if let Some(m) = moved.iter_mut().find(|m| m.alpha2 == swing.alpha2) {
                    m.position = Position::Confirm;
                }
                let after = project(&moved, usage, &Rules::default());
                assert!(confirm_lead(&after) > confirm_lead(&before));
                assert!(!swing.decisive || after.outcome == Outcome::Confirm);
            }
        }
    }

    /// Whatever the unknowns turn out to be — each unknown adoption adopted or not, each
    /// obliged voter without a position voting any way or abstaining — a verdict the
    /// projection stated still holds.
    #[test]
    fn property_filling_in_unknowns_never_contradicts_a_verdict() {
        let mut rng = Rng(2026);
        let mut verdicts = 0;
        for _ in 0..3000 {
            let standings = random_cycle(&mut rng);
            let usage = random_usage(&mut rng);
            let before = project(&standings, usage, &Rules::default());
            if before.outcome == Outcome::NotEnoughRecords {
                continue;
            }
            verdicts += 1;
            for _ in 0..20 {
                let mut known = standings.clone();
                for body in known.iter_mut().filter(|b| b.voter == Voter::Obliged && b.position == Position::NoneYet) {
                    body.position = Position::ALL[rng.below(Position::ALL.len() - 1)];
                }
                let adopted = usage.adopted + rng.below(usage.unknown as usize + 1) as u32;
                let after = project(&known, Usage { adopted, unknown: 0, bodies: usage.bodies }, &Rules::default());
                assert_eq!(after.outcome, before.outcome, "{standings:?} {usage:?} → {known:?} {adopted}");
            }
        }
        assert!(verdicts > 300, "the generator states verdicts too rarely to test them: {verdicts}");
    }

    #[test]
    fn property_only_obliged_voters_are_tallied_and_listed() {
        let mut rng = Rng(7);
        for _ in 0..1000 {
            let standings = random_cycle(&mut rng);
            let projection = project(&standings, Usage::known(9), &Rules::default());
            let cast: u32 = projection.obliged_votes.iter().map(|(_, n)| n).sum();
            let obliged_cast = standings
                .iter()
                .filter(|s| s.voter == Voter::Obliged && !matches!(s.position, Position::Abstain | Position::NoneYet))
                .count();
            assert_eq!(cast as usize, obliged_cast);
            for swing in &projection.swing {
                let body = standings.iter().find(|s| s.alpha2 == swing.alpha2);
                assert!(body.is_some_and(|b| b.voter == Voter::Obliged && b.position != Position::Confirm));
            }
        }
    }
}
