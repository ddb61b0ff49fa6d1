"""The release server (`target/release/server`) on a database file, for `make bench`,
`make reliability` and `make security`: its environment, starting it and waiting for its
first page, a free port and its memory."""

import os
import socket
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SERVER = os.path.join(ROOT, "target", "release", "server")


def env(database, port):
    values = dict(os.environ)
    values.update(
        DATABASE_URL=f"sqlite://{database}",
        LEPTOS_SITE_ADDR=f"127.0.0.1:{port}",
        LEPTOS_SITE_ROOT=os.path.join(ROOT, "target", "site"),
        LEPTOS_OUTPUT_NAME="quorum",
        RUST_LOG="warn",
    )
    return values


def wait_for(url, deadline):
    """Polls `url` until it answers 200 (True) or `deadline` (time.monotonic) passes."""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.005)
    return False


def start(database, port, log=subprocess.DEVNULL):
    """Starts the server; returns it and the seconds until its home page answered 200."""
    started = time.monotonic()
    process = subprocess.Popen([SERVER], env=env(database, port), cwd=ROOT, stdout=log, stderr=log)
    if not wait_for(f"http://127.0.0.1:{port}/", started + 60):
        process.kill()
        sys.exit("the server did not answer within 60 s")
    return process, time.monotonic() - started


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def memory_mb(pid, field="VmRSS"):
    """A memory figure of a process from /proc/<pid>/status (VmRSS, VmHWM…) in MB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0
