#!/usr/bin/env python3
"""A real SMTP server for the mail tests (aiosmtpd), keeping what it receives as a mailbox
would: one file per Message-ID in DIR (`<n>.eml`, written whole, then renamed), a copy
with a Message-ID it already holds dropped and counted in DIR/duplicates.

    smtp_sink.py PORT DIR [--die-after-first]

Prints "ready" once it listens. With --die-after-first it stores the first message, then
exits before answering (a server killed mid-send: the sender never hears "250 OK").
"""
import os
import sys
import time

from aiosmtpd.controller import Controller
from email.parser import BytesHeaderParser


class Mailbox:
    def __init__(self, folder, die_after_first):
        self.folder = folder
        self.die_after_first = die_after_first

    async def handle_DATA(self, server, session, envelope):
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8")
        headers = BytesHeaderParser().parsebytes(data)
        message_id = (headers.get("Message-ID") or "").strip()
        seen = os.path.join(self.folder, "seen-ids")
        known = open(seen, encoding="utf-8").read().split("\n") if os.path.exists(seen) else []
        if message_id and message_id in known:
            with open(os.path.join(self.folder, "duplicates"), "a", encoding="utf-8") as f:
                f.write(message_id + "\n")
            return "250 OK duplicate dropped"
        count = len([n for n in os.listdir(self.folder) if n.endswith(".eml")])
        tmp = os.path.join(self.folder, f".{count}.tmp")
        with open(tmp, "wb") as f:
            f.write(b"X-Envelope-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(data)
        os.rename(tmp, os.path.join(self.folder, f"{count}.eml"))
        with open(seen, "a", encoding="utf-8") as f:
            f.write(message_id + "\n")
        if self.die_after_first:
            os._exit(3)
        return "250 OK"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Mailbox(folder, "--die-after-first" in sys.argv), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
