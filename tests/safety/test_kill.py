"""The kill test: a writer making acknowledged edits through the real services is SIGKILLed
at random moments, 100 times (1 000 in bench/kill.py). After each kill the file passes
integrity_check, the lock is free, and every edit the writer reported as saved is there (and
no edit is half there)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from ksdesk.db.backup import check_backup
from ksdesk.db.connection import open_store
from ksdesk.services import backup as backup_service
from ksdesk.services import meetings as meeting_service
from ksdesk.services import public_copy

KILLS = 100
WRITER = Path(__file__).with_name("crash_writer.py")
PNR = "811218-9876"  # Luhn-valid: gives the meeting one hit whose decisions the writer logs


class Server:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )

    def send(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def read_until(self, prefix: str, acks: list[int], min_acks: int = 0) -> str:
        """Read lines (collecting acks) until `prefix` came, or `min_acks` acks came."""
        while True:
            line = self.process.stdout.readline()
            assert line, "the fork server died"
            word, value = line.split()
            if word == "ack":
                acks.append(int(value))
                if min_acks and len(acks) >= min_acks:
                    return value
            elif word == prefix:
                return value

    def close(self) -> None:
        self.send("quit")
        self.process.wait(timeout=10)


def _prepare(path: Path) -> int:
    store = open_store(path)
    meeting = meeting_service.list_meetings(store)[0]
    full = meeting_service.get_meeting(store, meeting.id)
    item = next(i for i in full.items if not i.is_section)
    from ksdesk.db import meeting_repo  # test set-up: put one personnummer in a proposal

    item.proposal += f" Ersättning till {PNR}."
    full.place, full.chair_name = "Sal 0", "Ordförande 0"
    meeting_repo.save(store, full)
    store.close()
    return meeting.id


def _verify(path: Path, meeting_id: int, acked: set[int], last_ack: int) -> int:
    """Everything acknowledged is there, the two-field edit is whole; returns the edit
    number found (the last acknowledged one, or the one in flight when killed)."""
    store = open_store(path)  # also proves the killed writer left no lock behind
    try:
        assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        meeting = meeting_service.get_meeting(store, meeting_id)
        place_n = int(meeting.place.removeprefix("Sal "))
        assert meeting.chair_name == f"Ordförande {place_n}", "a unit of work was split"
        assert place_n >= last_ack
        notes = {int(e.decision.note) for e in public_copy.redaction_log(store, meeting_id)}
        assert acked <= notes, f"lost acknowledged edits: {sorted(acked - notes)[:5]}"
    finally:
        store.close()
    return max(place_n, max(notes, default=0))


@dataclass
class KillResult:
    kills: int
    acked: int
    kills_before_first_ack: int
    seconds: float
    backups: int


def kill_rounds(path: Path, kills: int, seed: int = 20201207) -> KillResult:
    """SIGKILL the writer `kills` times at random moments, checking the file after each kill
    (bench/kill.py runs this with 1 000 kills)."""
    meeting_id = _prepare(path)
    rng = random.Random(seed)
    server = Server()
    acked: set[int] = set()
    last_ack = next_edit = 0
    rounds_without_ack = 0
    started = time.monotonic()
    try:
        for _round in range(kills):
            acks: list[int] = []
            server.send(f"fork {path} {next_edit + 1}")
            pid = int(server.read_until("child", acks))
            if rng.random() < 0.3:
                # While the child opens the file (lock, checks) or makes its first edit.
                time.sleep(rng.uniform(0.0, 0.015))
            else:
                # Among edits and backups: after a few acks (whatever the machine's load),
                # then a moment more so the kill lands inside the next edit.
                server.read_until("", acks, min_acks=len(acks) + rng.randint(1, 4))
                time.sleep(rng.uniform(0.0, 0.004))
            os.kill(pid, signal.SIGKILL)
            server.send(f"reap {pid}")
            server.read_until("reaped", acks)
            acked.update(acks)
            last_ack = max(acks, default=last_ack)
            found = _verify(path, meeting_id, acked, last_ack)
            rounds_without_ack += not acks
            next_edit = max(found, last_ack)
    finally:
        server.close()
    # A kill in the middle of a backup leaves a hidden temporary file, never a half backup.
    backups = backup_service.list_backups(path)
    for backup in backups:
        assert check_backup(backup.path) is None, backup.name
    return KillResult(
        kills, len(acked), rounds_without_ack, time.monotonic() - started, len(backups)
    )


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the fork server needs POSIX")
def test_a_hundred_kills_lose_nothing(demo_path: Path) -> None:
    result = kill_rounds(demo_path, KILLS)
    print(
        f"{result.kills} kills, {result.acked} acknowledged edits, "
        f"{result.kills_before_first_ack} kills before the first ack, {result.seconds:.1f} s"
    )
    assert result.acked > KILLS  # the writer got real work done between kills (2.5 per kill)
    assert result.backups
