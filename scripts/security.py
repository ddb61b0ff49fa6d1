#!/usr/bin/env python3
"""`make security`: a time-boxed security check of the release server on loopback.

On a fresh database in a temporary directory, with an admin account made by
`server create-admin`, the release server (`target/release/server`) is started on a free
127.0.0.1 port, and then:

1. Sign-in burst (first, while the sign-in limits are untouched): 200 anonymous
   `POST /api/sign_in` at once, each on its own connection, half with wrong passwords for
   the admin, half for e-mails that have no account. Passes when the server checked at
   most 5 passwords for the admin (401; the per-account limit) and at most 20 in all (the
   per-address limit), refused the rest with 429, answered nothing else, kept its peak
   RSS (VmHWM) under 128 MB, and then refuses the admin's right password with 429.
2. wapiti crawls and attacks the whole site as the signed-in admin (a session taken
   before the burst). QUORUM_SECURITY_SCAN_SECONDS (default 240) is shared out: half for
   the crawl, half split evenly between the attack modules.
3. sqlmap (batch mode, level 2, risk 1) against a few public endpoints with parameters,
   each run stopped after QUORUM_SECURITY_SQLMAP_SECONDS (default 90).

Every wapiti vulnerability or anomaly (anomalies include 500 answers) and every
parameter sqlmap calls injectable or vulnerable is a finding; a finding fails the run
unless an entry of scripts/security-allowlist.json (reviewed, each with its reason)
matches it. A "panicked" in the server log fails it too. Prints one table and exits 1
when anything failed; the server is always stopped and the directory removed.
"""

import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

import release_server

SCAN_SECONDS = int(os.environ.get("QUORUM_SECURITY_SCAN_SECONDS", "240"))
SQLMAP_SECONDS = int(os.environ.get("QUORUM_SECURITY_SQLMAP_SECONDS", "90"))
ALLOWLIST = os.path.join(release_server.ROOT, "scripts", "security-allowlist.json")
EMAIL, PASSWORD = "admin@example.org", "a long admin password for the security check"
# The sign-in limits of app/src/limits.rs (ACCOUNT_FAILURES, ADDRESS_FAILURES in
# app/src/auth/ssr.rs): failed sign-ins per account and per client address.
ACCOUNT_FAILURES, ADDRESS_FAILURES = 5, 20
BURST, PEAK_RSS_MB = 200, 128
# Not ssrf: it detects only through wapiti's own server on the internet, out of reach here.
WAPITI_MODULES = ["xss", "permanentxss", "sql", "blindsql", "exec", "file", "crlf", "redirect",
                  "csp", "http_headers", "cookieflags", "methods"]
SIGNED_IN_PAGES = ["account", "coordinate", "corrections", "changes", "import", "admin/accounts"]
# Debian's wapiti 3.0.4 cannot compile its own -x patterns on Python 3.11 ("global flags
# not at the start"): it runs with that one function corrected.
WAPITI = ("import re, sys; from wapitiCore.net import crawler; crawler.wildcard_translate = lambda p: "
          "re.compile('(?s)' + '.*'.join(map(re.escape, p.split('*'))) + r'\\Z'); "
          "from wapitiCore.main.wapiti import wapiti_main; sys.exit(wapiti_main())")
SQLMAP_TARGETS = [
    ("/nsbs?q=brasil", None),
    ("/api/v1/nsbs?q=br&category=member-body", None),
    ("/standards/iso-20400?status=adopted-any", None),
    ("/letters/new?nsb=BR&purpose=review", None),
    ("/api/report_correction", "alpha2=FR&field=website&value=x&source=y&email=&website="),
]
# What sqlmap prints when a parameter looks injectable (lib/controller/checks.py and
# controller.py), including its heuristic XSS and file-inclusion hints.
SQLMAP_FINDING = re.compile(r"(?:(\w+) )?parameter '([^']+)' (is vulnerable|appears to be .* injectable"
                            r"|might be injectable|might be vulnerable to [^(]+)")


def request(port, method, path, body="", headers=None, timeout=60):
    """One request on a fresh connection: (status, set-cookie values, body)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body.encode(),
                           headers={"Content-Type": "application/x-www-form-urlencoded", **(headers or {})})
        response = connection.getresponse()
        data = response.read()
        cookies = [v.split(";")[0] for k, v in response.getheaders() if k.lower() == "set-cookie"]
        return response.status, cookies, data
    finally:
        connection.close()


def sign_in_form(email, password):
    return urllib.parse.urlencode({"email": email, "password": password})


def create_admin(database, port, log):
    subprocess.run([release_server.SERVER, "create-admin", "--email", EMAIL], input=PASSWORD + "\n", text=True,
                   env=release_server.env(database, port), cwd=release_server.ROOT, check=True,
                   stdout=log, stderr=log)


def burst(port, server):
    """200 wrong sign-ins at once; the answers per kind and the server's memory."""
    gate = threading.Barrier(BURST)
    answers = [None] * BURST

    def attempt(i):
        admin = i % 2 == 0
        form = sign_in_form(EMAIL if admin else f"nobody-{i}@example.org", f"wrong password number {i}")
        try:
            gate.wait()
            answers[i] = (admin, request(port, "POST", "/api/sign_in", form)[0])
        except (OSError, threading.BrokenBarrierError) as error:
            answers[i] = (admin, f"{type(error).__name__}")

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(BURST)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.monotonic() - started
    peak = release_server.memory_mb(server.pid, "VmHWM")
    time.sleep(5)
    settled = release_server.memory_mb(server.pid, "VmRSS")
    status, cookies, _ = request(port, "POST", "/api/sign_in", sign_in_form(EMAIL, PASSWORD),
                                 {"Accept": "application/json"})
    admin_401 = sum(1 for admin, s in answers if admin and s == 401)
    all_401 = sum(1 for _, s in answers if s == 401)
    refused = sum(1 for _, s in answers if s == 429)
    others = [s for _, s in answers if s not in (401, 429)]
    return [
        (f"sign-in burst: {BURST} wrong, at once", f"{seconds:.1f} s; {all_401}× 401, {refused}× 429",
         "—", True),
        ("  passwords checked for the admin (401)", admin_401, f"≤ {ACCOUNT_FAILURES}", admin_401 <= ACCOUNT_FAILURES),
        ("  passwords checked in all (401)", all_401, f"≤ {ADDRESS_FAILURES}", all_401 <= ADDRESS_FAILURES),
        ("  other answers (5xx, 2xx, errors)", f"{len(others)} {sorted(set(map(str, others)))}" if others else 0,
         "0", not others),
        ("  server peak RSS (VmHWM)", f"{peak:.1f} MB", f"< {PEAK_RSS_MB} MB", peak < PEAK_RSS_MB),
        ("  server RSS 5 s later", f"{settled:.1f} MB", "—", True),
        ("  right admin password right after", f"{status}{' + session' if cookies else ''}", "429",
         status == 429 and not cookies),
    ]


def wapiti(port, work, cookie):
    """Crawls and attacks the site as the signed-in admin; its findings, or None without a report."""
    cookie_file, report = os.path.join(work, "cookies.json"), os.path.join(work, "wapiti.json")
    name, value = cookie.split("=", 1)
    with open(cookie_file, "w") as f:
        json.dump({"127.0.0.1": {"/": {name: {"value": value, "expires": None, "secure": False,
                                              "port": None, "version": 0}}}}, f)
    crawl = SCAN_SECONDS / 2
    per_module = (SCAN_SECONDS - crawl) / len(WAPITI_MODULES)
    base = f"http://127.0.0.1:{port}/"
    with open(shutil.which("wapiti")) as script:
        python = script.readline()[2:].strip()  # its own interpreter, as its #! line says
    # Starts from the signed-in pages too; one copy of each page, not one per language
    # (`lang`), 10 pages per folder (not every body's page and form), no static files.
    starts = [arg for page in SIGNED_IN_PAGES for arg in ("-s", base + page)]
    command = [python, "-c", WAPITI, "-u", base, *starts, "--scope", "folder", "-m", ",".join(WAPITI_MODULES),
               "-c", cookie_file, "-x", base + "api/sign_out*", "-x", base + "pkg/*", "-r", "lang", "--max-files-per-dir", "10",
               "--max-scan-time", str(crawl), "--max-attack-time", str(per_module),
               "--flush-session", "--store-session", os.path.join(work, "wapiti-session"),
               "--store-config", os.path.join(work, "wapiti-config"), "--no-bugreport", "-v", "1",
               "-f", "json", "-o", report]
    with open(os.path.join(work, "wapiti.log"), "w") as log:
        try:
            subprocess.run(command, stdout=log, stderr=log, timeout=SCAN_SECONDS * 2 + 120)
        except subprocess.TimeoutExpired:
            pass
    if not os.path.exists(report):
        print(open(os.path.join(work, "wapiti.log")).read()[-3000:])
        return None
    with open(report) as f:
        data = json.load(f)
    found = {(category, item["path"], item.get("parameter") or "", f"{item['method']} {item['info']}")
             for kind in ("vulnerabilities", "anomalies") for category, items in data.get(kind, {}).items()
             for item in items}
    return [dict(zip(("tool", "category", "path", "parameter", "info"), ("wapiti", *key))) for key in sorted(found)]


def sqlmap(port, work, path, data):
    """One sqlmap run; its findings, seconds taken and whether it was stopped."""
    command = ["sqlmap", "-u", f"http://127.0.0.1:{port}{path}", "--batch", "--level", "2", "--risk", "1",
               "--disable-coloring", "--output-dir", os.path.join(work, "sqlmap")]
    if data:
        command += ["--data", data]
    started, stopped = time.monotonic(), False
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=SQLMAP_SECONDS).stdout
    except subprocess.TimeoutExpired as timeout:
        out = timeout.stdout.decode(errors="replace") if isinstance(timeout.stdout, bytes) else timeout.stdout or ""
        stopped = True
    with open(os.path.join(work, "sqlmap.log"), "a") as log:
        log.write(f"==== {path}\n{out}")
    findings = {}
    for match in SQLMAP_FINDING.finditer(out):
        place, parameter, verdict = match.groups()
        category = ("sql injection (heuristic)" if verdict == "might be injectable" else
                    "sql injection" if "injectable" in verdict or verdict == "is vulnerable" else
                    "xss (heuristic)" if "scripting" in verdict else "file inclusion (heuristic)")
        findings.setdefault((category, parameter), {"tool": "sqlmap", "category": category,
                                                    "path": path.split("?")[0], "parameter": parameter,
                                                    "info": f"{place or ''} parameter {parameter}: {verdict.strip()}"})
    return list(findings.values()), time.monotonic() - started, stopped


def load_allowlist():
    """The reviewed entries; exits when one lacks a field or its reason."""
    with open(ALLOWLIST) as f:
        entries = json.load(f)
    for entry in entries:
        if not all(str(entry.get(key, "")).strip() for key in ("tool", "category", "path", "reason")):
            sys.exit(f"security: allowlist entry without tool, category, path or reason: {entry}")
    return entries


def allowed(finding, allowlist):
    """The first entry that matches: same tool and category, the path exact (or a prefix
    when the entry's ends in `*`), the parameter when given, its `info` text when given."""
    for entry in allowlist:
        path = entry["path"]
        if (entry["tool"] == finding["tool"] and entry["category"].lower() == finding["category"].lower()
                and (finding["path"].startswith(path[:-1]) if path.endswith("*") else finding["path"] == path)
                and entry.get("parameter", finding["parameter"]) == finding["parameter"]
                and entry.get("info", "") in finding["info"]):
            return entry
    return None


def judge(findings, allowlist):
    """(failing, allowlisted) findings."""
    failing, excused = [], []
    for finding in findings:
        entry = allowed(finding, allowlist)
        (excused if entry else failing).append((finding, entry))
    return failing, excused


def main():
    for tool in ("wapiti", "sqlmap"):
        if not shutil.which(tool):
            sys.exit(f"security: {tool} is missing (scripts/setup.sh --security installs it)")
    if not os.access(release_server.SERVER, os.X_OK):
        sys.exit("security: target/release/server is missing (cargo leptos build --release)")
    allowlist = load_allowlist()
    work = tempfile.mkdtemp(prefix="quorum-security-")
    port, server, rows, findings = release_server.free_port(), None, [], []
    database, log_path = os.path.join(work, "quorum.db"), os.path.join(work, "server.log")
    try:
        with open(log_path, "w") as log:
            create_admin(database, port, log)
            server, _ = release_server.start(database, port, log)
            _, cookies, _ = request(port, "POST", "/api/sign_in", sign_in_form(EMAIL, PASSWORD),
                                    {"Accept": "application/json"})
            session = next((c for c in cookies if c.startswith("quorum_session=")), None)
            if not session:
                sys.exit("security: the admin could not sign in before the checks")
            rows += burst(port, server)

            started = time.monotonic()
            found = wapiti(port, work, session)
            seconds = time.monotonic() - started
            if found is None:
                rows.append(("wapiti (as admin)", f"no report after {seconds:.0f} s", "a report", False))
            else:
                findings += found
                failing, _ = judge(found, allowlist)
                rows.append((f"wapiti (as admin, {len(WAPITI_MODULES)} modules)",
                             f"{len(found)} findings, {len(failing)} not allowlisted, {seconds:.0f} s",
                             "0 not allowlisted", not failing))

            for path, data in SQLMAP_TARGETS:
                found, seconds, stopped = sqlmap(port, work, path, data)
                findings += found
                failing, _ = judge(found, allowlist)
                rows.append((f"sqlmap {'POST ' if data else ''}{path}",
                             f"{len(found)} findings, {len(failing)} not allowlisted, "
                             f"{seconds:.0f} s{' (stopped)' if stopped else ''}", "0 not allowlisted", not failing))

            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        panics = open(log_path, errors="replace").read().count("panicked")
        rows.append(('server log: "panicked"', panics, "0", panics == 0))
    finally:
        if server and server.poll() is None:
            server.kill()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)

    width = max(len(row[0]) for row in rows)
    print(f"\n{'check':<{width}}  {'measured':<44}  {'budget':<18}  result")
    for check, measured, budget, ok in rows:
        print(f"{check:<{width}}  {str(measured):<44}  {budget:<18}  {'pass' if ok else 'FAIL'}")
    failing, excused = judge(findings, allowlist)
    for finding, entry in excused:
        print(f"allowlisted: {finding['tool']} {finding['category']} {finding['path']} "
              f"{finding['parameter']} ({entry['reason']})")
    for finding, _ in failing:
        print(f"FINDING: {finding['tool']} {finding['category']} {finding['path']} "
              f"[{finding['parameter']}] {finding['info'][:300]}")
    ok = all(row[3] for row in rows)
    print("every security check passed" if ok else "a security check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
