#!/usr/bin/env python3
"""Writes a synthetic ISO Open Data deliverables file in ISO's exact JSON Lines format
(the fields and shapes of iso_deliverables_metadata.jsonl; see
tests/fixtures/iso-open-data/README.md): N lines (default 80,000) with realistic
deliverable types, editions that replace each other, owner committees taken from the
committees file shipped in seed/, stages in the proportions of a real catalogue, and
scopes of a few hundred bytes. Deterministic (fixed seed). Nothing in it is a fact about
a real standard.

    scripts/iso_deliverables.py [N] > iso_deliverables_metadata.jsonl
"""

import csv
import gzip
import io
import json
import random
import sys

COMMITTEES = "seed/iso-open-data/iso_technical_committees-2026-05-02.csv.gz"
TYPES = [("IS", 70), ("TS", 8), ("TR", 9), ("PAS", 2), ("Guide", 1), ("IWA", 1), ("ISP", 1), ("R", 8)]
STAGES = [(6060, 40), (9093, 30), (9599, 20), (9020, 3), (9060, 1), (9092, 2), (4020, 2), (5020, 1), (9520, 1)]
WORDS = ("procurement sustainability textiles fibres analysis method information technology security "
         "management systems requirements guidance vocabulary quality environmental measurement testing "
         "road vehicles water soil air plastics rubber steel aluminium paper timber medical devices "
         "health informatics energy efficiency electrical terminology graphical symbols food safety").split()


def weighted(rng, choices):
    total = sum(w for _, w in choices)
    pick = rng.uniform(0, total)
    for value, weight in choices:
        pick -= weight
        if pick <= 0:
            return value
    return choices[-1][0]


def committees():
    with gzip.open(COMMITTEES, "rt", encoding="utf-8") as fh:
        return [row["reference"] for row in csv.DictReader(fh) if row["reference"].startswith("ISO")]


def title(rng):
    words = rng.sample(WORDS, rng.randint(3, 8))
    return " — ".join(" ".join(words[i:i + 3]).capitalize() for i in range(0, len(words), 3))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 80_000
    rng = random.Random(20400)
    owners = committees()
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
    number, written, next_id = 1000, 0, 1
    while written < n:
        number += rng.randint(1, 3)
        kind = weighted(rng, TYPES)
        prefix = {"IS": "ISO", "R": "ISO/R"}.get(kind, f"ISO/{kind}")
        owner = "ISO/TMBG" if rng.random() < 0.02 else rng.choice(owners)
        editions = rng.choice([1, 1, 1, 2, 2, 3])
        year = rng.randint(1975, 2024 - 4 * editions)
        ids = list(range(next_id, next_id + editions))
        next_id += editions + rng.randint(0, 3)
        for edition, deliverable_id in enumerate(ids, start=1):
            if written >= n:
                break
            latest = edition == editions
            stage = weighted(rng, STAGES) if latest else 9599
            published = None if stage < 6000 else f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            ics = [f"{rng.randint(1, 97):02d}.{rng.randint(0, 200):03d}.{rng.randint(0, 99):02d}"
                   for _ in range(rng.randint(0, 2))] or None
            line = {
                "id": deliverable_id,
                "deliverableType": kind,
                "supplementType": None,
                "reference": f"{prefix} {number}:{year}",
                "title": {"en": title(rng), "fr": title(rng) if rng.random() < 0.8 else None},
                "publicationDate": published,
                "edition": edition,
                "icsCode": ics,
                "ownerCommittee": owner,
                "currentStage": stage,
                "replaces": [ids[edition - 2]] if edition > 1 else None,
                "replacedBy": None if latest else [ids[edition]],
                "languages": ["en", "fr"] if rng.random() < 0.7 else ["en"],
                "pages": {"en": rng.randint(4, 180)},
                "scope": {"en": "<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 90))) + ".</p>"},
            }
            out.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
            written += 1
            year += rng.randint(4, 9)
    out.flush()


if __name__ == "__main__":
    main()
