"""A sync killed with SIGKILL at a random moment of its push, 50 times: afterwards the server
holds either the whole push or none of it, the laptop's file opens whole, and the next sync
completes it. Every edit reaches the server exactly once: after n edits the meeting's version
on the server has risen by exactly n, however many pushes were killed on the way."""

from __future__ import annotations

import os
import random
import signal
import time

import pytest

from ksdesk.core.meeting import Arende
from ksdesk.db import team_repo
from ksdesk.db.connection import open_store
from ksdesk.db.unit_rows import UnitRows
from ksdesk.services import meetings, team
from tests.team.helpers import a_pdf, meeting_on

RUNS = 50
WINDOW_SYNCS = 3  # edits synced whole to time one sync

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")


def _edit(store, run: int) -> None:
    """One change per run, of varying size: the place, an ärende added or removed, a bilaga."""
    meeting = meeting_on(store)
    meeting.place = f"Sal {run}"
    if run % 5 == 0:
        meeting.items.append(Arende(f"Extra ärende {run}", dnr=f"KS 2020/{run}"))
    elif run % 7 == 0 and len(meeting.items) > 3:
        meeting.items.pop()
    if run % 9 == 0:
        meeting.items[0].bilagor = [
            meetings.pdf_bilaga(a_pdf(1 + run % 3, f"Version {run}"), "b.pdf", "Bilaga")
        ]
    meetings.save_meeting(store, meeting)


def _server_rows(server, uuid: str) -> tuple[int, dict[str, str]]:
    """The meeting's version and live rows on the server, in one snapshot (a killed
    laptop's last COMMIT may still be on its way to the server)."""
    from ksdesk.core.team_wire import UnitRow

    conn = _dba(server)
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        current = conn.execute(
            "SELECT version FROM ksdesk.unit WHERE uuid = %s", [uuid]
        ).fetchone()[0]
        rows = conn.execute(
            "SELECT key, tbl, parent_key, data, blob_sha FROM ksdesk.unit_row "
            "WHERE unit_uuid = %s AND NOT deleted",
            [uuid],
        ).fetchall()
        newest = conn.execute(
            "SELECT coalesce(max(changed_in), 0) FROM ksdesk.unit_row WHERE unit_uuid = %s",
            [uuid],
        ).fetchone()[0]
    assert newest <= current  # no row of a push that did not finish
    return current, {key: UnitRow(key, *rest).digest() for key, *rest in rows}


_connections: dict[str, object] = {}


def _dba(server):
    """One DBA connection per server for the whole test (a login costs a SCRAM exchange)."""
    if server.database not in _connections:
        _connections[server.database] = server.dba()
    return _connections[server.database]


def _local_rows(store, uuid: str) -> dict[str, str]:
    return {row.key: row.digest() for row in UnitRows(store).read("meeting", uuid)}


def _sync_in_child(path) -> int:
    """A child process that opens the file and syncs it; returns its pid once the file is
    open, so the kill falls within the sync itself."""
    ready, told = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: open the file, sync, leave without cleaning up
        code = 1
        try:
            os.close(ready)
            store = open_store(path)
            os.write(told, b".")
            team.sync(store)
            store.close()
            code = 0
        finally:
            os._exit(code)
    os.close(told)
    os.read(ready, 1)
    os.close(ready)
    return pid


def test_sync_killed_at_random_moments(laptop, server) -> None:
    """Even runs: Anna's laptop pushes an edit and is killed. Odd runs: her second laptop
    pushes an edit whole, and the first is killed while pulling it."""
    anna = laptop("anna", start="small")
    team.sync(anna)
    other = laptop("anna", name="annas-andra")
    team.sync(other)
    uuid = meeting_on(anna).uuid
    path = anna.path
    start_version, _rows = _server_rows(server, uuid)
    anna.close()
    # The kills fall within a typical sync: the quickest of a few (the first sync after the
    # set-up can take several times as long, and kills spread over it mostly came too late).
    window = min(_one_sync_takes(path) for _ in range(WINDOW_SYNCS))
    team.sync(other)
    rng = random.Random(18)
    killed = 0
    for run in range(1, RUNS + 1):
        store = open_store(path)
        before = _local_rows(store, uuid)
        if run % 2 == 0:
            _edit(store, run)
        store.close()
        if run % 2 == 1:
            _edit(other, run)
            assert team.sync(other).konflikter == []
        wanted = _local_rows(other, uuid) if run % 2 else None
        on_server_before = _server_rows(server, uuid)[1]
        child = _sync_in_child(path)
        time.sleep(rng.uniform(0, window * 1.1))
        os.kill(child, signal.SIGKILL)
        _pid, status = os.waitpid(child, 0)
        killed += os.WIFSIGNALED(status)
        store = open_store(path)  # the file opens whole
        if run % 2 == 0:  # the server holds the whole push or none of it
            assert _server_rows(server, uuid)[1] in (on_server_before, _local_rows(store, uuid))
        else:  # the file holds the whole pull or none of it
            assert _local_rows(store, uuid) in (before, wanted), f"run {run}"
        result = team.sync(store)  # and the next sync completes what was cut off
        assert result.konflikter == [], f"run {run}"
        version, on_server = _server_rows(server, uuid)
        assert on_server == _local_rows(store, uuid), f"run {run}"
        assert version == start_version + WINDOW_SYNCS + run, (
            f"run {run}: an edit pushed twice or lost"
        )
        assert team_repo.pending_count(store) == 0
        assert team_repo.pushes(store) == []
        store.close()
        if run % 2 == 0:
            team.sync(other)  # so that its next edit rests on the latest version
    _dba(server).close()
    assert killed >= RUNS // 3  # most runs were cut off somewhere


def _one_sync_takes(path) -> float:
    """How long a whole sync of one edit takes here: the kills fall within it."""
    store = open_store(path)
    _edit(store, 0)
    store.close()
    child = _sync_in_child(path)
    began = time.perf_counter()
    os.waitpid(child, 0)
    return time.perf_counter() - began


class _Died(BaseException):
    """Stands for the process dying at this exact moment."""


def test_a_push_whose_answer_was_lost_is_recorded_not_sent_again(
    laptop, server, monkeypatch
) -> None:
    """The server committed the push, the laptop died before it heard so: the next sync finds
    the receipt and records it, and the edit counts once."""
    from ksdesk.db.server import server_repo

    anna = laptop("anna", start="small")
    team.sync(anna)
    uuid = meeting_on(anna).uuid
    version, _rows = _server_rows(server, uuid)
    _edit(anna, 5)
    real_push = server_repo.push

    def push_then_die(conn, outgoing):
        real_push(conn, outgoing)
        raise _Died

    monkeypatch.setattr(server_repo, "push", push_then_die)
    with pytest.raises(_Died):
        team.sync(anna)
    monkeypatch.setattr(server_repo, "push", real_push)
    assert len(team_repo.pushes(anna)) == 1
    assert _server_rows(server, uuid)[0] == version + 1
    result = team.sync(anna)
    assert result.konflikter == [] and result.skickade == 0  # recorded, not sent again
    assert _server_rows(server, uuid) == (version + 1, _local_rows(anna, uuid))
    assert team_repo.pushes(anna) == [] and team_repo.pending_count(anna) == 0
