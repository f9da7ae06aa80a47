"""Backing the server up with pg_dump and reading it back with pg_restore, as docs/TEAM.md tells
the DBA: the rights survive, and the laptops notice that the server went back in time. What
only a laptop still has goes back to the server; what differs is shown, never overwritten."""

from __future__ import annotations

import subprocess
from pathlib import Path

from ksdesk.core.team import CHANGED_ON_BOTH
from ksdesk.services import team, team_conflicts
from tests.team.helpers import SN_DAY, meeting_on, place, set_place, socialnamnden


def _pg_tool(pg, name: str, *args: str) -> None:
    subprocess.run([str(pg.bindir / name), *args], check=True, capture_output=True, timeout=120)


def test_a_server_read_back_from_a_backup(pg, server, ks_pair, tmp_path: Path) -> None:
    anna, cecilia = ks_pair
    backup = tmp_path / "ksdesk.dump"
    _pg_tool(pg, "pg_dump", "-Fc", "-f", str(backup), server.dba_url)
    set_place(anna, "Efter säkerhetskopian")
    socialnamnden(anna)  # a new organ and meeting, only after the backup
    team.sync(anna)
    _pg_tool(pg, "pg_restore", "--clean", "--if-exists", "-d", server.dba_url, str(backup))

    result = team.sync(anna)
    [conflict] = result.konflikter  # the meeting: which copy is newer is hers to say
    assert conflict.server["orsak"] == CHANGED_ON_BOTH
    assert "säkerhetskopia" in conflict.server["beskrivning"]
    assert place(anna) == "Efter säkerhetskopian"
    team_conflicts.resolve(anna, conflict.uuid, "lokal")
    assert team.sync(anna).konflikter == []

    # Cecilia had only what the backup holds: nothing to decide, and she gets it all.
    assert team.sync(cecilia).konflikter == []
    assert place(cecilia) == "Efter säkerhetskopian"
    assert meeting_on(cecilia, SN_DAY)
    # The rights came back with the backup: Bertil may still not write Kommunstyrelsen's.
    with server.connect("bertil") as conn:
        changed = conn.execute(
            "UPDATE ksdesk.unit SET version = version + 1 WHERE kind = 'meeting'"
        ).rowcount
    assert changed == 0
