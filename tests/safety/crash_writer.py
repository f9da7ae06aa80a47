"""The writer of the kill test, run as a small fork server so 100 writers cost one Python
start-up: it imports ksdesk once, then for each "fork" line on stdin forks a child that opens
the database and makes acknowledged edits through the real services until it is killed.

Protocol (one line each, on stdout; children write their acks to the same pipe):
    stdin  "fork <db> <first-edit-number>"  ->  stdout "child <pid>"
    child                                   ->  stdout "ack <n>" after edit n returned
    stdin  "reap <pid>"                     ->  stdout "reaped <pid>" (after the child died)
    stdin  "quit"
Every ack is written with one os.write (< PIPE_BUF, so never interleaved) after the service
call returned: an ack is an edit ksdesk told the user was saved."""

from __future__ import annotations

import os
import sys

import sqlite_utils  # noqa: F401 - loaded once here, not by every child on its first write

from ksdesk.core.public_copy import PublicHit
from ksdesk.services import backup as backup_service
from ksdesk.services import meetings as meeting_service
from ksdesk.services import public_copy
from ksdesk.services.store import open_database

BACKUP_EVERY = 9  # edits between backups, so some kills land in the middle of one


def first_scan(db: str) -> list[PublicHit]:
    """The meeting's one hit, scanned once in the server before the first fork. The edits
    never touch the scanned texts, so the hit stays the same; each child hands it to decide
    as the review dialog hands its own scan (public_check_dialog), instead of scanning the
    whole meeting again for 0.2-1 s per edit. So the kills land in the edits' writes, not in
    read-only scans, and every child inherits what the scan loaded (fonts, patterns)."""
    store = open_database(db)
    try:
        return public_copy.scan_public(store, meeting_service.list_meetings(store)[0].id)
    finally:
        store.close()  # no connection or lock is inherited by the children


def writer(db: str, first: int, scanned: list[PublicHit]) -> None:
    store = open_database(db)
    meeting_id = meeting_service.list_meetings(store)[0].id
    (hit,) = scanned
    n = first
    while True:
        # Two fields in one unit of work: after a kill they must still agree.
        meeting_service.update_meeting_fields(
            store, meeting_id, {"place": f"Sal {n}", "chair_name": f"Ordförande {n}"}
        )
        # An edit that adds a row: every acknowledged one must survive.
        public_copy.decide(
            store, meeting_id, [hit.key], "maskera", by="test", note=str(n), scanned=scanned
        )
        if n % BACKUP_EVERY == 0:
            backup_service.create_backup(store, "auto")
        os.write(1, f"ack {n}\n".encode())
        n += 1


def main() -> None:
    scanned: list[PublicHit] | None = None
    for line in sys.stdin:
        command, *args = line.split()
        if command == "fork":
            if scanned is None:
                scanned = first_scan(args[0])
            pid = os.fork()
            if pid == 0:
                try:
                    writer(args[0], int(args[1]), scanned)
                finally:
                    os._exit(3)  # never back into the server loop
            os.write(1, f"child {pid}\n".encode())
        elif command == "reap":
            os.waitpid(int(args[0]), 0)
            os.write(1, f"reaped {args[0]}\n".encode())
        elif command == "quit":
            return


if __name__ == "__main__":
    main()
