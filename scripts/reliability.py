#!/usr/bin/env python3
"""`make reliability`: Quorum under read load with coordinators writing, and after a crash.

1. Load + writes: RELIABILITY_SECONDS (default 60) of wrk read load (64 connections over
   the public pages) while a coordinator saves 20 changes a second (each a new open
   letter draft, through the same server function the editor uses). Passes when no read
   and no write failed, the log has no "database is locked", and every write the server
   acknowledged is in the database afterwards.
2. Crash: the same write loop, the server killed with SIGKILL in the middle of it, then
   started again on the same file. Passes when every acknowledged write is there and
   SQLite's `PRAGMA integrity_check` says ok.

Uses the release server of `make bench` (`target/release/server`) and a fresh database.
"""

import http.client
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

import release_server
SECONDS = int(os.environ.get("RELIABILITY_SECONDS", "60"))
PORT = 3109
EMAIL, PASSWORD = "bench@example.org", "a long bench password"
READ_PATHS = ["/", "/nsbs", "/nsbs/BR", "/standards/iso-20400", "/reviews/iso-20400-2022", "/api/v1/nsbs"]


def request(method, path, body="", cookie=None):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
    if cookie:
        headers["Cookie"] = cookie
    connection.request(method, path, body=body.encode(), headers=headers)
    response = connection.getresponse()
    data = response.read()
    cookies = [v.split(";")[0] for k, v in response.getheaders() if k.lower() == "set-cookie"]
    connection.close()
    return response.status, data, cookies


def sign_in():
    status, data, cookies = request("POST", "/api/sign_in",
                                    urllib.parse.urlencode({"email": EMAIL, "password": PASSWORD}))
    if not cookies:
        sys.exit(f"reliability: sign-in failed ({status} {data[:200]!r})")
    return "; ".join(cookies)


class Writer(threading.Thread):
    """Saves `rate` new letter drafts a second; remembers the acknowledged ones."""

    def __init__(self, cookie, prefix, rate=20):
        super().__init__(daemon=True)
        self.cookie, self.prefix, self.rate = cookie, prefix, rate
        self.acknowledged, self.failed, self.stop = [], [], threading.Event()

    def run(self):
        n, started = 0, time.monotonic()
        while not self.stop.is_set():
            slug = f"{self.prefix}-{n}"
            form = urllib.parse.urlencode({"slug": slug, "lang": "en", "revision": "0", "title": f"Letter {n}",
                                           "body": "Dear { $body },\n\nPlease vote.\n\nThank you."})
            try:
                status, data, _ = request("POST", "/api/save_letter_text", form, self.cookie)
                if status == 200:
                    self.acknowledged.append(slug)
                else:
                    self.failed.append((slug, status, data[:200]))
            except OSError as error:
                self.failed.append((slug, "connection", str(error)))
            n += 1
            time.sleep(max(0.0, started + n / self.rate - time.monotonic()))


def stored(database, slugs):
    connection = sqlite3.connect(database)
    present = {row[0] for row in connection.execute("SELECT id FROM open_letter")}
    integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    connection.close()
    return [s for s in slugs if s not in present], integrity


def load_with_writes(work):
    database, log_path = os.path.join(work, "load.db"), os.path.join(work, "load.log")
    with open(log_path, "w") as log:
        create_admin(database, log)
        server, _ = release_server.start(database, PORT, log)
        cookie = sign_in()
        # Five coordinators at 4 changes a second each: 20 a second together.
        writers = [Writer(cookie, f"load{i}", rate=4) for i in range(5)]
        for writer in writers:
            writer.start()
        script = os.path.join(work, "paths.lua")
        with open(script, "w") as f:
            quoted = ", ".join(f'"{p}"' for p in READ_PATHS)
            f.write(f"paths = {{{quoted}}}\ni = 0\nrequest = function()\n  i = i % #paths + 1\n"
                    f"  return wrk.format(\"GET\", paths[i])\nend\n")
        out = subprocess.run(["wrk", "-t2", "-c64", f"-d{SECONDS}s", "-s", script, f"http://127.0.0.1:{PORT}"],
                             capture_output=True, text=True).stdout
        for writer in writers:
            writer.stop.set()
            writer.join()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    acknowledged = [slug for w in writers for slug in w.acknowledged]
    failed = [failure for w in writers for failure in w.failed]
    reads = int(out.split(" requests in ")[0].split()[-1]) if " requests in " in out else 0
    read_errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    read_errors += sum(int(n) for n in socket.groups()) if socket else 0
    locked = open(log_path).read().count("database is locked")
    missing, integrity = stored(database, acknowledged)
    rate = len(acknowledged) / SECONDS
    ok = read_errors == 0 and not failed and locked == 0 and not missing and integrity == "ok" and rate >= 19
    print(f"load + writes ({SECONDS} s): {reads} reads, {read_errors} read errors; "
          f"{len(acknowledged)} writes acknowledged ({rate:.1f}/s), {len(failed)} failed; "
          f"'database is locked' {locked}×; missing after {len(missing)}; integrity {integrity}: "
          f"{'pass' if ok else 'FAIL'}")
    for failure in failed[:5]:
        print(f"  failed write: {failure}")
    return ok


def crash(work):
    database, log_path = os.path.join(work, "crash.db"), os.path.join(work, "crash.log")
    with open(log_path, "w") as log:
        create_admin(database, log)
        server, _ = release_server.start(database, PORT, log)
        writer = Writer(sign_in(), "crash", rate=50)
        writer.start()
        time.sleep(3)
        server.send_signal(signal.SIGKILL)
        server.wait()
        writer.stop.set()
        writer.join()
        acknowledged = list(writer.acknowledged)
        server, _ = release_server.start(database, PORT, log)
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    missing, integrity = stored(database, acknowledged)
    ok = bool(acknowledged) and not missing and integrity == "ok"
    print(f"crash (SIGKILL during writes): {len(acknowledged)} writes acknowledged before the kill, "
          f"{len(missing)} missing after restart; integrity {integrity}: {'pass' if ok else 'FAIL'}")
    return ok


def create_admin(database, log):
    subprocess.run([release_server.SERVER, "create-admin", "--email", EMAIL],
                   input=PASSWORD + "\n", text=True, env=release_server.env(database, PORT),
                   cwd=release_server.ROOT, check=True,
                   stdout=log, stderr=log)


def main():
    work = tempfile.mkdtemp(prefix="quorum-reliability-")
    results = [load_with_writes(work), crash(work)]
    print("every reliability check passed" if all(results) else "a reliability check FAILED")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
