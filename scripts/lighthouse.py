#!/usr/bin/env python3
"""`make lighthouse`: Lighthouse 12.2.3 (npm, installed by `scripts/setup.sh --lighthouse`)
against the release server on a fresh seeded database, through Debian's Chromium, with
Lighthouse's default mobile emulation (a mid-range phone on a throttled 4G connection,
simulated) on every kind of public page, in English and Arabic. Budgets: performance ≥ 95,
accessibility, best practices and SEO 100. Prints a table and each failing audit; exits
1 when a budget fails. Reports stay in target/lighthouse/reports/.
`python3 scripts/lighthouse.py /nsbs /letters/new` runs only the pages named.
A run Lighthouse itself could not record (its trace sometimes misses the navigation in
headless Chromium: NO_NAVSTART) is tried again, up to three times in all.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

from release_server import ROOT, free_port, start

LIGHTHOUSE = os.path.join(ROOT, "target", "lighthouse", "node_modules", ".bin", "lighthouse")
REPORTS = os.path.join(ROOT, "target", "lighthouse", "reports")
BUDGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
PAGES = [
    ("/", "home"),
    ("/nsbs", "directory"),
    ("/nsbs/BR", "body page"),
    ("/standards", "standards"),
    ("/standards/iso-20400", "standard (map)"),
    ("/reviews", "reviews"),
    ("/reviews/iso-20400-2022", "review (map)"),
    ("/reviews/upcoming", "ballot radar"),
    ("/letters/new", "composer"),
    ("/open-letters", "open letters"),
    ("/open-letters/iso-20400-next-review", "open letter"),
    ("/developers", "developers"),
    ("/standards/iso-20400?lang=ar", "standard, Arabic"),
    ("/nsbs/EG?lang=ar", "body page, Arabic"),
]


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    sys.exit("lighthouse: Chromium is missing; run `make lighthouse`, which installs it")


def main():
    if not os.path.exists(LIGHTHOUSE):
        sys.exit("lighthouse: not installed; run `make lighthouse`, which installs it")
    os.makedirs(REPORTS, exist_ok=True)
    work = tempfile.mkdtemp(prefix="quorum-lighthouse-")
    port = free_port()
    server, _ = start(os.path.join(work, "quorum.db"), port)
    env = dict(os.environ, CHROME_PATH=chromium())
    failures = 0
    print(f"{'page':<44}{'perf':>6}{'a11y':>6}{'BP':>6}{'SEO':>6}  verdict")
    try:
        chosen = sys.argv[1:]
        for path, name in PAGES:
            if chosen and path not in chosen:
                continue
            report = os.path.join(REPORTS, name.replace(" ", "-").replace(",", "").replace("(", "").replace(")", "") + ".json")
            for _attempt in range(3):
                if os.path.exists(report):
                    os.remove(report)
                done = subprocess.run(
                    [LIGHTHOUSE, f"http://127.0.0.1:{port}{path}", "--quiet", "--output=json",
                     f"--output-path={report}", "--only-categories=performance,accessibility,best-practices,seo",
                     "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
                    env=env, capture_output=True, text=True, timeout=240,
                )
                if done.returncode == 0 and os.path.exists(report) or "Runtime error" not in done.stderr:
                    break
            if done.returncode != 0 or not os.path.exists(report):
                print(f"{name:<44}  Lighthouse failed: {done.stderr.strip()[-400:]}")
                failures += 1
                continue
            with open(report) as f:
                result = json.load(f)
            scores = {key: round((result["categories"][key]["score"] or 0) * 100) for key in BUDGETS}
            ok = all(scores[key] >= budget for key, budget in BUDGETS.items())
            failures += not ok
            print(f"{name + ' ' + path:<44.44}{scores['performance']:>6}{scores['accessibility']:>6}"
                  f"{scores['best-practices']:>6}{scores['seo']:>6}  {'pass' if ok else 'FAIL'}")
            if not ok:
                for key in BUDGETS:
                    for ref in result["categories"][key]["auditRefs"]:
                        audit = result["audits"][ref["id"]]
                        if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                            print(f"    {key}: {audit['id']} ({audit['score']}): {audit['title']}")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nbudgets: performance ≥ {BUDGETS['performance']}, accessibility, best practices and SEO 100 "
          f"(mobile emulation, Lighthouse 12.2.3)")
    print(f"{failures} page(s) failed" if failures else "every budget met")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
