#!/usr/bin/env python3
"""`make bench`: Quorum's speed and size budgets, measured in one run on this machine.

Starts the release server (`target/release/server`, built by `make bench`) on a fresh
seeded SQLite database and, for each public page, loads it with wrk (64 connections over
loopback) and then loads the very same bytes served as a static file by nginx, in the
same run, so the ratio says how close Quorum comes to serving a file. Every request asks
for brotli (`Accept-Encoding: br`), as browsers do: Quorum answers from its page cache's
compressed pieces, nginx sends the very same compressed bytes as a file (with
`Content-Encoding: br`, as `brotli_static` would), and the bytes on the wire are checked
against the page budgets (40 KB for a page with the world map, 20 KB for any other).
The composer is never cached; its ratio has its own budget. Also measures the
hydrate bundle (raw, gzip, brotli), the server's memory under load, the letter render
and the cold start. Before the pages, ISO Open Data: the committees file shipped in seed/
and a synthetic deliverables file in ISO's format (scripts/iso_deliverables.py, 80,000
lines) are imported with `server import-iso-open-data` (time and peak memory), then the
deliverables again (time, and no audit row written); the pages are then measured with
those standards loaded. Prints a table with a verdict per budget; exits 1 when one fails.

Environment: BENCH_SECONDS (per measurement, default 10), BENCH_CONNECTIONS (64).
"""

import gzip
import os
import sqlite3
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

from release_server import ROOT, start, wait_for

SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "64"))
QUORUM_PORT, NGINX_PORT = 3107, 3108

# The pages the budgets name: (path, name, ratio budget, bytes budget or None). The
# composer is never cached (a writer's details travel in its query and it counts the
# letters it starts): it renders per request, so its ratio budget is lower.
MAP_PAGE_BYTES, PAGE_BYTES = 40 * 1024, 20 * 1024
PAGES = [
    ("/", "home", 0.5, PAGE_BYTES),
    ("/nsbs", "directory", 0.5, PAGE_BYTES),
    ("/nsbs/BR", "body page", 0.5, PAGE_BYTES),
    ("/standards/iso-20400", "standard page", 0.5, MAP_PAGE_BYTES),
    ("/reviews/iso-20400-2022", "review page", 0.5, MAP_PAGE_BYTES),
    ("/letters/new?nsb=BR", "letter (composer)", 0.25, PAGE_BYTES),
    ("/api/v1/nsbs", "API bodies", 0.5, None),
    ("/standards?q=procurement", "standards search", 0.5, PAGE_BYTES),
    ("/reviews/upcoming", "ballot radar", 0.5, PAGE_BYTES),
    ("/open-letters", "open letters", 0.5, PAGE_BYTES),
    ("/developers", "developers", 0.5, PAGE_BYTES),
]
BROTLI = {"Accept-Encoding": "br"}
LETTER_RENDER = "/api/v1/letters/render?nsb=BR&purpose=adopt&lang=pt"

BUDGETS = {
    "ratio": 0.5,  # Quorum's throughput ÷ nginx's for the same bytes, at least
    "p99_ms": 25.0,  # per page, at most
    "bundle_br_kb": 150.0,
    "letter_ms": 1.0,
    "rss_mb": 64.0,
    "cold_start_s": 1.0,
    "import_s": 60.0,  # 80,000 deliverables, SQLite
    "import_mb": 200.0,
    "reimport_s": 20.0,
}
DELIVERABLES = int(os.environ.get("BENCH_DELIVERABLES", "80000"))
SERVER = os.path.join(ROOT, "target", "release", "server")


def timed_import(database, *args):
    """Runs `server import-iso-open-data ARGS` on `database`: (seconds, peak MB)."""
    env = dict(os.environ, DATABASE_URL=f"sqlite://{database}", RUST_LOG="warn")
    started = time.monotonic()
    done = subprocess.run(["/usr/bin/time", "-v", SERVER, "import-iso-open-data", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        sys.exit(f"bench: the import failed: {done.stdout}{done.stderr}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return seconds, (int(peak.group(1)) / 1024 if peak else float("nan"))


def audit_rows(database):
    with sqlite3.connect(database) as db:
        return db.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]


def start_nginx(root):
    conf = os.path.join(root, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""
worker_processes 1;
daemon off;
pid {root}/nginx.pid;
error_log {root}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type text/html;
    types {{ application/json json; }}
    client_body_temp_path {root}/tmp; proxy_temp_path {root}/tmp; fastcgi_temp_path {root}/tmp;
    uwsgi_temp_path {root}/tmp; scgi_temp_path {root}/tmp;
    server {{
        listen 127.0.0.1:{NGINX_PORT}; root {root}/www;
        # The compressed page as a file, labelled as brotli_static labels it.
        location ~ \\.br$ {{ add_header Content-Encoding br; }}
    }}
}}
""")
    os.makedirs(os.path.join(root, "www"), exist_ok=True)
    os.makedirs(os.path.join(root, "tmp"), exist_ok=True)
    return subprocess.Popen(["nginx", "-c", conf, "-p", root], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url, connections=CONNECTIONS, threads=2, seconds=SECONDS, on_sample=None, headers=None):
    """Requests per second, p50 and p99 in ms, and the count of errors."""
    threads = min(threads, connections)
    extra = [arg for name, value in (headers or {}).items() for arg in ("-H", f"{name}: {value}")]
    process = subprocess.Popen(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", *extra, url],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    while process.poll() is None:
        if on_sample:
            on_sample()
        time.sleep(0.2)
    out = process.stdout.read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = dict(
        (p, to_ms(v, u)) for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    )
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if socket:
        errors += sum(int(n) for n in socket.groups())
    mean = re.search(r"Latency\s+([\d.]+)(us|ms|s)", out)
    return {
        "rps": rps,
        "p50": latency.get("50", float("nan")),
        "p99": latency.get("99", float("nan")),
        "mean": to_ms(*mean.groups()) if mean else float("nan"),
        "errors": errors,
    }


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def bundle_sizes():
    pkg = os.path.join(ROOT, "target", "site", "pkg")
    files = [os.path.join(pkg, name) for name in os.listdir(pkg) if name.endswith((".wasm", ".js"))]
    raw = sum(os.path.getsize(f) for f in files)
    gz = sum(len(gzip.compress(open(f, "rb").read(), 9)) for f in files)
    br = sum(len(subprocess.run(["brotli", "-c", "-q", "11", f], capture_output=True, check=True).stdout) for f in files)
    return raw / 1024, gz / 1024, br / 1024


def static_assets():
    """Whether the files the home page names are hashed, kept a year and sent as the
    build's own `.br` (the bytes on disk), with their sizes on the wire."""
    with urllib.request.urlopen(f"http://127.0.0.1:{QUORUM_PORT}/") as response:
        page = response.read().decode()
    names = sorted(set(re.findall(r'/pkg/quorum\.[0-9a-f]{16}\.(?:js|wasm|css)', page)))
    sizes = []
    ok = len(names) == 3
    for name in names:
        request = urllib.request.Request(f"http://127.0.0.1:{QUORUM_PORT}{name}", headers=BROTLI)
        with urllib.request.urlopen(request) as response:
            body = response.read()
            ok &= response.headers.get("Content-Encoding") == "br"
            ok &= response.headers.get("Cache-Control") == "public, max-age=31536000, immutable"
        plain = name.split("/")[-1].split(".")
        on_disk = os.path.join(ROOT, "target", "site", "pkg", f"{plain[0]}.{plain[-1]}.br")
        ok &= os.path.exists(on_disk) and open(on_disk, "rb").read() == body
        sizes.append(f"{plain[-1]} {len(body) / 1024:.0f} KB")
    return ok, ", ".join(sizes) or "none named"


def verdict(ok):
    return "pass" if ok else "FAIL"


def main():
    for tool in ("wrk", "nginx", "brotli"):
        if not shutil.which(tool):
            sys.exit(f"bench: {tool} is missing; run `make bench`, which installs it")
    work = tempfile.mkdtemp(prefix="quorum-bench-")
    # nginx's workers run as an unprivileged user: the pages must be readable by it (a
    # 0700 directory gave them 403 Forbidden, a tiny answer, and a meaningless baseline).
    os.chmod(work, 0o755)
    failures = 0
    database = os.path.join(work, "quorum.db")
    quorum, fresh_start = start(database, QUORUM_PORT)
    quorum.terminate()
    quorum.wait()
    # ISO Open Data: the shipped committees, then 80,000 synthetic deliverables, twice.
    deliverables = os.path.join(work, "iso_deliverables_metadata.jsonl")
    with open(deliverables, "w") as out:
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "iso_deliverables.py"), str(DELIVERABLES)],
                       stdout=out, cwd=ROOT, check=True)
    timed_import(database, "--as-of", "2026-05-02", "--committees",
                 os.path.join(ROOT, "seed", "iso-open-data", "iso_technical_committees-2026-05-02.csv.gz"))
    import_s, import_mb = timed_import(database, "--as-of", "2026-11-01", "--deliverables", deliverables)
    before = audit_rows(database)
    reimport_s, reimport_mb = timed_import(database, "--as-of", "2026-11-01", "--deliverables", deliverables)
    reimport_writes = audit_rows(database) - before
    with sqlite3.connect(database) as db:
        standards = db.execute("SELECT COUNT(*) FROM standard").fetchone()[0]
        unfollowed = db.execute("SELECT id FROM standard WHERE followed = 'no' ORDER BY id LIMIT 1").fetchone()[0]
    PAGES.append((f"/standards/{unfollowed}", "standard (not followed)", 0.5, PAGE_BYTES))
    quorum, restart = start(os.path.join(work, "quorum.db"), QUORUM_PORT)
    nginx = start_nginx(work)
    peak = [0.0]

    def sample():
        peak[0] = max(peak[0], rss_mb(quorum.pid))

    try:
        if not wait_for(f"http://127.0.0.1:{NGINX_PORT}/", time.monotonic() + 1) and nginx.poll() is not None:
            sys.exit("bench: nginx did not start")
        print(f"Quorum bench: {SECONDS} s per measurement, {CONNECTIONS} connections, loopback, "
              f"{os.cpu_count()} cores\n")
        print(f"{'page':<28}{'bytes br':>9}{'Quorum r/s':>12}{'p50 ms':>9}{'p99 ms':>9}{'nginx r/s':>11}"
              f"{'ratio':>8}{'errors':>8}  verdict")
        for index, (path, name, ratio_budget, bytes_budget) in enumerate(PAGES):
            request = urllib.request.Request(f"http://127.0.0.1:{QUORUM_PORT}{path}", headers=BROTLI)
            with urllib.request.urlopen(request) as response:
                encoding = response.headers.get("Content-Encoding")
                body = response.read()
            if encoding != "br":
                sys.exit(f"bench: Quorum did not answer {path} in brotli ({encoding})")
            plain = subprocess.run(["brotli", "-d", "-c"], input=body, capture_output=True)
            if plain.returncode != 0:
                sys.exit(f"bench: Quorum's brotli for {path} does not decode")
            static = f"page{index}.br"
            with open(os.path.join(work, "www", static), "wb") as f:
                f.write(body)
            ours = wrk(f"http://127.0.0.1:{QUORUM_PORT}{path}", on_sample=sample, headers=BROTLI)
            os.chmod(os.path.join(work, "www", static), 0o644)
            with urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{NGINX_PORT}/{static}",
                                                               headers=BROTLI)) as response:
                if response.read() != body or response.headers.get("Content-Encoding") != "br":
                    sys.exit(f"bench: nginx does not serve the same bytes as Quorum for {path}")
            theirs = wrk(f"http://127.0.0.1:{NGINX_PORT}/{static}", headers=BROTLI)
            if theirs["errors"]:
                sys.exit(f"bench: nginx answered {theirs['errors']} requests with an error for {path}")
            ratio = ours["rps"] / theirs["rps"] if theirs["rps"] else 0.0
            ok = (ratio >= ratio_budget and ours["p99"] <= BUDGETS["p99_ms"] and ours["errors"] == 0
                  and (bytes_budget is None or len(body) < bytes_budget))
            failures += not ok
            budget = f"≥ {ratio_budget}" + (f", < {bytes_budget // 1024} KB" if bytes_budget else "")
            print(f"{name + ' ' + path:<28.28}{len(body):>9}{ours['rps']:>12.0f}{ours['p50']:>9.2f}"
                  f"{ours['p99']:>9.2f}{theirs['rps']:>11.0f}{ratio:>8.2f}{ours['errors']:>8}  {verdict(ok)} ({budget})")
        letter = wrk(f"http://127.0.0.1:{QUORUM_PORT}{LETTER_RENDER}", connections=1, threads=1)
        raw, gz, br = bundle_sizes()
        assets_ok, assets_note = static_assets()
        sample()
        print()
        checks = [
            ("letter render (1 connection, mean)", f"{letter['mean']:.2f} ms", letter["mean"] <= BUDGETS["letter_ms"],
             f"≤ {BUDGETS['letter_ms']} ms"),
            ("hydrate bundle wasm+js raw / gzip / brotli", f"{raw:.0f} / {gz:.0f} / {br:.0f} KB",
             br <= BUDGETS["bundle_br_kb"], f"brotli ≤ {BUDGETS['bundle_br_kb']:.0f} KB"),
            ("static files: hashed, immutable, precompressed br", assets_note, assets_ok, "all three"),
            ("server RSS, peak under load", f"{peak[0]:.1f} MB", peak[0] <= BUDGETS["rss_mb"],
             f"≤ {BUDGETS['rss_mb']:.0f} MB"),
            ("cold start to first 200 (fresh database, seeded)", f"{fresh_start:.2f} s",
             fresh_start <= BUDGETS["cold_start_s"], f"≤ {BUDGETS['cold_start_s']} s"),
            ("restart to first 200 (existing database)", f"{restart:.2f} s", restart <= BUDGETS["cold_start_s"],
             f"≤ {BUDGETS['cold_start_s']} s"),
            (f"ISO import: {DELIVERABLES:,} deliverables ({standards:,} standards)", f"{import_s:.1f} s, {import_mb:.0f} MB",
             import_s <= BUDGETS["import_s"] and import_mb <= BUDGETS["import_mb"],
             f"≤ {BUDGETS['import_s']:.0f} s, ≤ {BUDGETS['import_mb']:.0f} MB"),
            ("ISO re-import, unchanged file", f"{reimport_s:.1f} s, {reimport_mb:.0f} MB, {reimport_writes} writes",
             reimport_s <= BUDGETS["reimport_s"] and reimport_writes == 0, f"≤ {BUDGETS['reimport_s']:.0f} s, 0 writes"),
        ]
        for name, value, ok, budget in checks:
            failures += not ok
            print(f"{name:<52}{value:>24}  {budget:<20}{verdict(ok)}")
        print(f"\npage budget: ratio as listed, p99 ≤ {BUDGETS['p99_ms']:.0f} ms, no errors, bytes on the wire "
              f"(brotli) under the listed size")
        print(f"{failures} budget(s) failed" if failures else "every budget met")
    finally:
        quorum.terminate()
        nginx.terminate()
        quorum.wait()
        nginx.wait()
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
