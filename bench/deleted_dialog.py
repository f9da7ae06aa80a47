"""Borttaget på servern: what listing and restoring cost the GUI thread, over the loopback to
a real PostgreSQL (bench/team_sync.py's server and meeting: 30 ärenden, 200 bilaga pages).

Before, the dialog asked the server on the GUI thread: the window stood still for the whole
call. Now both run on ui/worker.py. Anna deletes ärenden and syncs; on Cecilia's laptop:

  on the GUI thread   the service's wall time = the time the event loop stands still
  in the dialog       wall time until the answer is shown, and the longest gap between two
                      ticks of a 10 ms timer on the GUI thread meanwhile (GuiGaps)

and the same against a server that accepts the connection and never answers (a socket that
listens and says nothing): libpq waits for its connect timeout.

On the 2-core machine the team shares (Dec 2026, other jobs running; two runs):

                                 GUI thread stood   in the dialog   longest gap
  the list (10 ärenden deleted)       63–77 ms         42–86 ms       16–35 ms
  restore one ärende + sync         177–298 ms       154–307 ms       23–38 ms
  a server that does not answer      5001 ms          5011 ms        16–18 ms

    QT_QPA_PLATFORM=offscreen python bench/deleted_dialog.py
"""

from __future__ import annotations

import contextlib
import gc
import os
import socket
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEventLoop
from team_sync import bench_server, build_meeting
from timing import GuiGaps

RUNS = 5


def _timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _in_dialog(start):
    """(the dialog, wall time until its job reported, longest GUI gap meanwhile). `start`
    opens the dialog or starts its job and returns the dialog; its time on the GUI thread
    counts as a gap. The job's answer is queued to the GUI thread, so connecting after
    the start misses nothing."""
    probe = GuiGaps()
    loop = QEventLoop()
    probe.start_clock()
    probe.start_ticks()
    dialog = start()
    dialog.runner.finished.connect(loop.quit)
    dialog.runner.failed.connect(loop.quit)
    loop.exec()  # the event loop runs as in the app while the worker talks to the server
    wall = probe.elapsed()
    probe.stop()
    dialog.runner.finished.disconnect(loop.quit)
    dialog.runner.failed.disconnect(loop.quit)
    return dialog, wall, probe.longest()


def _deleted_items(anna, count: int) -> None:
    from datetime import date

    from ksdesk.services import meetings, team
    from ksdesk.services.meeting_lookup import find_meeting

    meeting = find_meeting(anna, date(2024, 3, 12))
    meeting.items = meeting.items[count:]
    meetings.save_meeting(anna, meeting)
    team.sync(anna)


def main() -> None:
    from ksdesk.db.connection import open_store
    from ksdesk.services import team, team_deleted, team_server
    from ksdesk.ui.app import create_application
    from ksdesk.ui.dialogs.deleted_dialog import DeletedDialog

    create_application()
    with bench_server() as (cluster, _relay, url, folder):
        anna = open_store(folder / "anna.sqlite", create=True)
        build_meeting(anna)
        team.koppla(anna, url, "anna", "anna", "Anna Ek")
        team.sync(anna)
        team_server.grant(cluster.superuser_url("ksdesk"), "Kommunstyrelsen", "cecilia")
        cecilia = open_store(folder / "cecilia.sqlite", create=True)
        team.koppla(cecilia, url, "cecilia", "cecilia", "Cecilia Dahl")
        team.sync(cecilia)
        _deleted_items(anna, 2 * RUNS)

        old_list = [_timed(lambda: team_deleted.deleted(cecilia)) for _ in range(RUNS)]
        old_restore = []
        for _ in range(RUNS):
            ref = team_deleted.deleted(cecilia)[0].ref
            old_restore.append(_timed(lambda ref=ref: team_deleted.restore_row(cecilia, ref)))

        # The garbage of building the meeting and of the runs above is collected here, not
        # in the first dialog's figures: a collection of it once took 80-90 ms of the GUI
        # thread during the first listing (gc.callbacks), whatever that dialog did.
        gc.collect()
        lists, restores = [], []
        for _ in range(RUNS):
            dialog, wall, gap = _in_dialog(lambda: DeletedDialog(cecilia))
            lists.append((wall, gap))
            dialog.ui.deleted_table.selectRow(0)
            _same, wall, gap = _in_dialog(lambda d=dialog: d.restore() or d)
            restores.append((wall, gap))
            dialog.reject()

        quiet = socket.create_server(("127.0.0.1", 0))  # accepts, never answers
        silent_url = f"postgresql://127.0.0.1:{quiet.getsockname()[1]}/ksdesk"
        _relink(cecilia, silent_url)
        old_quiet = _timed(lambda: _swallow(lambda: team_deleted.deleted(cecilia)))
        dialog, quiet_wall, quiet_gap = _in_dialog(lambda: DeletedDialog(cecilia))
        shown = dialog.ui.message_label.text()
        dialog.reject()
        quiet.close()

        def ms(seconds: float) -> str:
            return f"{seconds * 1000:7.0f} ms"

        print(f"Borttaget på servern, loopback, {RUNS} körningar (median; gap: största)")
        print(f"{'':34} {'GUI-tråden stod':>16} {'i dialogen: tid':>16} {'största gap':>12}")
        print(f"{'listan (10 ärenden borttagna)':34} {ms(statistics.median(old_list)):>16} "
              f"{ms(statistics.median(w for w, _ in lists)):>16} "
              f"{ms(max(g for _, g in lists)):>12}")  # fmt: skip
        print(f"{'återställ ett ärende + synk':34} {ms(statistics.median(old_restore)):>16} "
              f"{ms(statistics.median(w for w, _ in restores)):>16} "
              f"{ms(max(g for _, g in restores)):>12}")  # fmt: skip
        print(f"{'servern svarar inte (listan)':34} {ms(old_quiet):>16} {ms(quiet_wall):>16} "
              f"{ms(quiet_gap):>12}")  # fmt: skip
        print(f"dialogen sade: {shown}")
        print("största gap per listning, ms:", [round(g * 1000) for _, g in lists])
        anna.close()
        cecilia.close()


def _relink(store, url: str) -> None:
    """The file's link pointed at another server (the password stays in the keyring's
    entry for the login, which the bench's memory keyring gives for any URL)."""
    from ksdesk.db import team_repo

    link = team_repo.link(store)
    team_repo.save_link(store, type(link)(url, link.user, link.display_name))


def _swallow(work) -> None:
    # The old dialog showed the refusal; the time is what is measured.
    with contextlib.suppress(Exception):
        work()


if __name__ == "__main__":
    main()
