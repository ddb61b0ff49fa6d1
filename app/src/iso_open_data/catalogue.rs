//! What an import has read from ISO's files, keyed by ISO's ids, and the review changes it
//! implies against the stages Quorum recorded before. The committees file and the
//! deliverables file may come in either order (or one without the other): a record
//! replaces an earlier one with the same id, whatever file it came from, so the plan
//! depends only on what was read, never on the order it was read in.

use std::collections::BTreeMap;

use super::{Committee, Deliverable, ReviewChange, Stage, review_change};

/// One record of either file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    Committee(Committee),
    Deliverable(Deliverable),
}

/// Everything read, by ISO id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    committees: BTreeMap<i64, Committee>,
    /// Committee ids by reference (`ISO/TC 309`), what a deliverable's owner names.
    committee_ids: BTreeMap<String, i64>,
    deliverables: BTreeMap<i64, Deliverable>,
}

/// A review change the import should record for one deliverable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedReview {
    pub deliverable_id: i64,
    /// The standard's id in Quorum (`iso-20400`).
    pub standard: String,
    /// The stage that causes the change (also what `review_cycle.stage` records).
    pub stage: Stage,
    pub change: ReviewChange,
    /// The owner committee, when the committees read include it. `ISO/TMBG` (the
    /// Technical Management Board) is not a committee of that file, so a deliverable it
    /// owns has none here, and no obliged voters: the import applies its own rule.
    pub owner_committee_id: Option<i64>,
    /// The owner committee's P-members by ISO member id: the bodies obliged to vote.
    pub obliged_voters: Vec<i64>,
}

impl Catalogue {
    /// Keeps a record, replacing one with the same id.
    pub fn add(&mut self, record: Record) {
        match record {
            Record::Committee(committee) => {
                if let Some(earlier) = self.committees.get(&committee.id)
                    && self.committee_ids.get(&earlier.reference) == Some(&earlier.id)
                {
                    self.committee_ids.remove(&earlier.reference);
                }
                self.committee_ids.insert(committee.reference.clone(), committee.id);
                self.committees.insert(committee.id, committee);
            }
            Record::Deliverable(deliverable) => {
                self.deliverables.insert(deliverable.id, deliverable);
            }
        }
    }

    /// The committees read, by id.
    pub fn committees(&self) -> impl Iterator<Item = &Committee> {
        self.committees.values()
    }

    /// The deliverables read, by id.
    pub fn deliverables(&self) -> impl Iterator<Item = &Deliverable> {
        self.deliverables.values()
    }

    /// The committee a reference names (`ISO/TC 309`).
    pub fn committee(&self, reference: &str) -> Option<&Committee> {
        self.committee_ids.get(reference.trim()).and_then(|id| self.committees.get(id))
    }

    /// The review changes to record, by deliverable id: each deliverable's stage against
    /// `recorded(id)`, the stage Quorum recorded for it (`None` if never seen). A
    /// deliverable without a stage, or whose stage changes nothing, is not listed.
    pub fn review_plan(&self, recorded: impl Fn(i64) -> Option<Stage>) -> Vec<PlannedReview> {
        let mut plan = Vec::new();
        for deliverable in self.deliverables.values() {
            let Some(stage) = deliverable.stage else { continue };
            let change = review_change(recorded(deliverable.id), stage);
            if change == ReviewChange::None {
                continue;
            }
            let owner = deliverable.owner_committee.as_deref().and_then(|reference| self.committee(reference));
            plan.push(PlannedReview {
                deliverable_id: deliverable.id,
                standard: deliverable.slug(),
                stage,
                change,
                owner_committee_id: owner.map(|committee| committee.id),
                obliged_voters: owner.map(|c| c.p_members.iter().map(|m| m.id).collect()).unwrap_or_default(),
            });
        }
        plan
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::super::{Outcome, committees_csv, committees_jsonl, deliverables_csv, deliverables_jsonl};
    use super::*;

    fn committees() -> Vec<Record> {
        committees_csv(COMMITTEES_CSV).flatten().map(Record::Committee).collect()
    }

    fn deliverables() -> Vec<Record> {
        deliverables_jsonl(DELIVERABLES_JSONL).flatten().map(Record::Deliverable).collect()
    }

    fn catalogue(records: impl IntoIterator<Item = Record>) -> Catalogue {
        let mut catalogue = Catalogue::default();
        records.into_iter().for_each(|record| catalogue.add(record));
        catalogue
    }

    /// The two sequences merged, taking from `first` where `mask`'s next bit is set.
    fn interleaved(first: &[Record], second: &[Record], mut mask: u32) -> Vec<Record> {
        let (mut a, mut b) = (first.iter(), second.iter());
        let mut merged = Vec::new();
        loop {
            let take_first = mask & 1 == 1;
            mask = mask.rotate_right(1);
            let next = if take_first { a.next().or_else(|| b.next()) } else { b.next().or_else(|| a.next()) };
            match next {
                Some(record) => merged.push(record.clone()),
                None => return merged,
            }
        }
    }

    #[test]
    fn a_plan_from_the_fixtures() {
        let catalogue = catalogue(committees().into_iter().chain(deliverables()));
        let plan = catalogue.review_plan(|_| None);
        // Seen for the first time, only the running ballot is news.
        assert_eq!(plan.len(), 1, "{plan:?}");
        let review = &plan[0];
        assert_eq!((review.deliverable_id, review.standard.as_str()), (900001, "iso-ts-99001"));
        assert_eq!((review.stage, review.change), (Stage::UNDER_REVIEW, ReviewChange::Opens));
        assert_eq!(review.owner_committee_id, Some(6266703));
        assert_eq!(review.obliged_voters.len(), 63);
        assert_eq!(review.obliged_voters[..3], [1485, 1511, 1516]);

        // Recorded as published before: the confirmed ones are decided now; ISO/TMBG owns
        // two of them and is no committee of the file.
        let plan = catalogue.review_plan(|_| Some(Stage::PUBLISHED));
        let decided: Vec<(&str, ReviewChange, Option<i64>)> =
            plan.iter().map(|r| (r.standard.as_str(), r.change, r.owner_committee_id)).collect();
        assert_eq!(
            decided,
            [
                ("iso-18074", ReviewChange::Decided(Outcome::Confirmed), None),
                ("iso-ts-99001", ReviewChange::Opens, Some(6266703)),
                ("iso-99005", ReviewChange::Decided(Outcome::Revised), None),
                ("iso-20400", ReviewChange::Decided(Outcome::Confirmed), None),
            ]
        );
        assert!(plan.iter().filter(|r| r.owner_committee_id.is_none()).all(|r| r.obliged_voters.is_empty()));
    }

    /// Committees then deliverables, deliverables then committees, or any interleaving:
    /// the same catalogue and the same plan.
    #[test]
    fn the_order_of_the_files_does_not_matter() {
        let (committees, deliverables) = (committees(), deliverables());
        let expected = catalogue(committees.iter().cloned().chain(deliverables.iter().cloned()));
        let recorded = |id: i64| if id % 2 == 0 { Some(Stage::PUBLISHED) } else { None };
        let expected_plan = expected.review_plan(recorded);
        for mask in 0..4096 {
            let read = catalogue(interleaved(&committees, &deliverables, mask));
            assert_eq!(read, expected, "mask {mask:b}");
            assert_eq!(read.review_plan(recorded), expected_plan, "mask {mask:b}");
        }
        // The same committees from JSON Lines, and the deliverables from CSV.
        let other_formats = catalogue(
            deliverables_csv(DELIVERABLES_CSV)
                .flatten()
                .map(Record::Deliverable)
                .chain(committees_jsonl(COMMITTEES_JSONL).flatten().map(Record::Committee)),
        );
        assert_eq!(other_formats, expected);
    }

    #[test]
    fn a_committee_read_again_is_replaced_with_its_reference() {
        let mut read = catalogue(committees());
        let mut renamed = read.committee("ISO/TC 309").cloned().unwrap_or_else(|| panic!("no ISO/TC 309"));
        renamed.reference = "ISO/TC 309 renamed".into();
        read.add(Record::Committee(renamed.clone()));
        assert_eq!(read.committee("ISO/TC 309"), None);
        assert_eq!(read.committee(" ISO/TC 309 renamed "), Some(&renamed));
        assert_eq!(read.committees().count(), 6);
    }

    /// A review cycle as the import keeps it, for the model below.
    #[derive(Clone, Debug, PartialEq, Eq)]
    enum Cycle {
        Open,
        Closed,
        Decided(Outcome),
    }

    /// The import's side, modelled: the latest undecided cycle takes the change, or a new
    /// cycle is recorded.
    fn apply(cycles: &mut Vec<Cycle>, change: ReviewChange) {
        let cycle = match change {
            ReviewChange::None => return,
            ReviewChange::Opens => Cycle::Open,
            ReviewChange::BallotClosed => Cycle::Closed,
            ReviewChange::Decided(outcome) => Cycle::Decided(outcome),
        };
        match cycles.last_mut() {
            Some(last @ (Cycle::Open | Cycle::Closed)) => *last = cycle,
            _ => cycles.push(cycle),
        }
    }

    /// Daily imports of one deliverable through every path of three stages: importing a
    /// day's files twice, or in the other order, changes nothing more than once; at most
    /// one cycle is ever undecided; no cycle appears for a review decided before the
    /// first import saw the deliverable.
    #[test]
    fn imports_day_after_day() {
        let stages = [
            Stage::PUBLISHED,
            Stage::UNDER_REVIEW,
            Stage::REVIEW_CLOSED,
            Stage::TO_BE_REVISED,
            Stage::CONFIRMED,
            Stage::WITHDRAWAL_PROPOSED,
            Stage::WITHDRAWAL_BALLOT,
            Stage::WITHDRAWN,
        ];
        let committees = committees();
        let template = deliverables_jsonl(DELIVERABLES_JSONL).flatten().find(|d| d.id == 900001);
        let Some(template) = template else { panic!("no synthetic deliverable 900001") };
        for path in 0..stages.len().pow(3) {
            let days = [path % 8, path / 8 % 8, path / 64].map(|i| stages[i]);
            let mut recorded: Option<Stage> = None;
            let mut cycles: Vec<Cycle> = Vec::new();
            for stage in days {
                let file = [Record::Deliverable(Deliverable { stage: Some(stage), ..template.clone() })];
                let forward = catalogue(committees.iter().cloned().chain(file.iter().cloned()));
                let backward = catalogue(file.iter().cloned().chain(committees.iter().cloned()));
                let plan = forward.review_plan(|_| recorded);
                assert_eq!(backward.review_plan(|_| recorded), plan);
                plan.iter().for_each(|review| apply(&mut cycles, review.change));
                let first_seen_decided = recorded.is_none() && !stage.in_review();
                recorded = Some(stage);
                if first_seen_decided {
                    assert!(cycles.is_empty(), "{days:?}: {cycles:?}");
                }
                let again = cycles.clone();
                forward.review_plan(|_| recorded).iter().for_each(|review| apply(&mut cycles, review.change));
                assert_eq!(cycles, again, "{days:?}: the same day imported twice");
                let undecided = cycles.iter().filter(|c| matches!(c, Cycle::Open | Cycle::Closed)).count();
                assert!(undecided <= 1 && cycles.iter().rev().skip(1).all(|c| matches!(c, Cycle::Decided(_))));
            }
        }
    }
}
