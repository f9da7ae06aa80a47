"""Arkiv → Team → Checka ut / Checka in, Bryt utcheckning and Konflikter: the longest pause of
the GUI thread during each, from the window, over the loopback to a real PostgreSQL
(bench/team_sync.py's server and meeting: 30 ärenden, 200 bilaga pages), and against a server
that accepts the connection and never answers (the relay in front of the server led to a
socket that listens and says nothing: libpq waits for its connect timeout, 5 s).

A 10 ms timer ticks on the GUI thread (GuiGaps); an action is triggered as from the menu and
the event loop runs until its message box (answered at once here) has said the result.
  tid   the time from the click to the message (or the dialog's answer)
  gap   the longest gap between two ticks meanwhile: how long the window stood still
The window's own sync is let finish before each run. Konflikter: Anna and Cecilia both
change the meeting (Anna each ärende's title): 35 rows differ; the dialog reads them, "Ta
serverns version" resolves, closing lets the window read the file again.

Before (everything on the GUI thread) and after (ui/team_lease.py and the conflict dialog's
worker), on the 2-core machine the team shares (Dec 2026; load average 2-6 during the four
runs before, 7-8 during the two after, which is why the walls grew):

                                       before: tid / gap          after: tid / gap
  checka ut                              44-125 /  77-433 ms     103-174 /  42-78 ms
  checka in                              48-113 /  83-250 ms      70-183 /  68-97 ms
  konflikter: dialogen läser             29-80  /  38-111 ms      79-94  /  31-35 ms
  konflikter: ta serverns version       422-916 / 486-1657 ms    362-580 /  24-35 ms
  konflikter: stäng (fönstret läser om)     0   /    0 ms        229-501 / 442-609 ms
  servern svarar inte: checka ut      5008-5018 / 5008-5019 ms  5048-5052 /  35-37 ms
  servern svarar inte: checka in      5006-5012 / 5008-5013 ms  5070-5077 /  66-73 ms

Closing the conflict dialog is where the window's tabs now read the resolved meeting again
(before: after each resolve, inside its figure): that is the Kallelse tab's refresh of a
meeting of 30 ärenden, the same after any edit of it.

That refresh was mostly the agenda table fitting its columns once for each ärende changed
(each was a dataChanged of its own: 35 fits of some 6 columns over 30 rows); neighbouring
rows are one dataChanged now (ObjectTableModel.replace_rows), and closing announces only the
topics of the units resolved. Before and after, runs interleaved (Dec 2026, 2 cores):

                                       before: tid / gap          after: tid / gap
  stäng, load 0.3-1 (1 + 1 run)          156 / 193-245 ms            21 / 54 ms
  stäng, load 3.5-5.8 (3 + 3 runs)   244-363 / 398-480 ms         40-51 / 82-155 ms

Bryt utcheckning (Cecilia, the organ's administrator, breaks Anna's check-out; her window
heard of it by a sync; the question answered at once): 87-114 ms / 52-101 ms, and against the
silent server 5037 ms / 49 ms, said as Checka ut says it.

    QT_QPA_PLATFORM=offscreen python bench/team_actions.py
"""

from __future__ import annotations

import os
import socket
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QMessageBox
from team_sync import bench_server, build_meeting
from timing import GuiGaps

RUNS = 5
DAY = (2024, 3, 12)


class Said:
    """Message boxes answer at once and end the wait for the action."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.loop: QEventLoop | None = None
        for name in ("information", "warning", "critical"):
            setattr(QMessageBox, name, staticmethod(self._show))
        QMessageBox.exec = lambda box: self._answer(box)  # Bryt utcheckning asks first

    def _answer(self, box: QMessageBox) -> int:
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                button.click()
        return 0

    def _show(self, _parent, _title, text, *_args, **_kwargs):
        self.texts.append(text)
        if self.loop is not None:
            self.loop.quit()
        return QMessageBox.StandardButton.Ok


def _settle(window) -> None:
    """The window's own sync (after opening, after an action) ended; its timers off."""
    deadline = time.monotonic() + 0.6
    while time.monotonic() < deadline:  # the sync 300 ms after an action starts
        QCoreApplication.processEvents()
        time.sleep(0.01)
    window.team.runner.wait_reported(30_000)
    window.team.timer.stop()
    window.team.soon.stop()


def _action(window, said: Said, name: str) -> tuple[float, float, str]:
    """(wall, longest GUI gap, what the message box said) for the menu action `name`."""
    (action,) = [a for a in window.team.menu.actions() if a.objectName() == name]
    _settle(window)
    said.texts.clear()
    probe, loop = GuiGaps(), QEventLoop()
    said.loop = loop
    probe.start_clock()
    probe.start_ticks()
    action.trigger()
    if not said.texts:  # the answer comes from the worker
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
    wall = probe.elapsed()
    QCoreApplication.processEvents()  # the tick due when the message came
    probe.stop()
    said.loop = None
    return wall, probe.longest(), said.texts[-1] if said.texts else "(inget besked)"


def _timed_gui(work, runner=None) -> tuple[float, float]:
    """(wall, longest GUI gap) of `work` started on the GUI thread, and of the job it left
    running on `runner` (the event loop runs meanwhile, as in the app)."""
    probe, loop = GuiGaps(), QEventLoop()
    probe.start_clock()
    probe.start_ticks()
    work()
    if callable(runner):
        runner = runner()
    if runner is not None and runner.busy:
        runner.finished.connect(loop.quit)
        runner.failed.connect(loop.quit)
        loop.exec()
        runner.finished.disconnect(loop.quit)
        runner.failed.disconnect(loop.quit)
    wall = probe.elapsed()
    QCoreApplication.processEvents()  # the tick due when the work ended
    probe.stop()
    return wall, probe.longest()


def _conflict(anna, cecilia, round_no: int) -> None:
    """Anna and Cecilia both change the meeting's place (and Anna every ärende's title): Cecilia's
    sync lists a conflict with 31 rows differing."""
    from datetime import date

    from ksdesk.services import meetings, team
    from ksdesk.services.meeting_lookup import find_meeting

    meeting = find_meeting(anna, date(*DAY))
    meeting.place = f"Sal A{round_no}"
    for number, item in enumerate(meeting.items, 1):
        item.title = f"Ärende {number}, omgång {round_no}"
    meetings.save_meeting(anna, meeting)
    team.sync(anna)
    mine = find_meeting(cecilia, date(*DAY))
    meetings.update_meeting_fields(cecilia, mine.id, {"place": f"Sal B{round_no}"})
    assert team.sync(cecilia).konflikter


def _in_conflict_dialog(window, cecilia) -> tuple:
    """(load wall, load gap, resolve wall, resolve gap, rows shown, closing wall, closing
    gap): the conflict opened in the dialog, resolved with Ta serverns version, closed."""
    from ksdesk.ui.dialogs.conflict_dialog import ConflictDialog

    made: list = []
    load = _timed_gui(
        lambda: made.append(ConflictDialog(cecilia, window)),
        lambda: getattr(made[0], "runner", None),  # before: read on the GUI thread
    )
    dialog = made[0]
    rows = dialog.model.rowCount()
    take = getattr(dialog, "ui", dialog)  # before: the buttons were the dialog's own
    take = getattr(take, "take_server_button", getattr(take, "take_server", None))
    resolve = _timed_gui(take.click, getattr(dialog, "runner", None))
    closing = _timed_gui(dialog.reject)  # the window reads the file again
    return (*load, *resolve, rows, *closing)


def _break_annas(window, said: Said, anna, quiet=None) -> tuple[float, float, str]:
    """Anna checks the meeting out, Cecilia's window hears of it by a sync, and Cecilia
    breaks the check-out from the menu (through a relay to a silent socket: `quiet`)."""
    from datetime import date

    from ksdesk.services import team

    _settle(window)
    team.checka_ut(anna, date(*DAY))
    window.team.store_changed()
    window.team.sync_now()
    _settle(window)
    if quiet is not None:
        relay, silent = quiet
        relay.target = silent
        return _action(window, said, "action_team_break")
    broken = _action(window, said, "action_team_break")
    team.sync(anna)  # Anna (no changes of hers) hears that her check-out is gone
    return broken


def main() -> None:
    from datetime import date

    from ksdesk.db.connection import open_store
    from ksdesk.services import team, team_server
    from ksdesk.ui.app import create_application
    from ksdesk.ui.main_window import MainWindow

    create_application()
    said = Said()
    with bench_server() as (cluster, relay, url, folder):
        anna = open_store(folder / "anna.sqlite", create=True)
        build_meeting(anna)
        team.koppla(anna, url, "anna", "anna", "Anna Ek")
        team.sync(anna)
        # Cecilia is the organ's administrator: she breaks Anna's check-outs.
        team_server.grant(
            cluster.superuser_url("ksdesk"), "Kommunstyrelsen", "cecilia", administrator=True
        )
        cecilia = open_store(folder / "cecilia.sqlite", create=True)
        team.koppla(cecilia, url, "cecilia", "cecilia", "Cecilia Dahl")
        team.sync(cecilia)
        window = MainWindow(cecilia)
        window.resize(1366, 768)
        window.show()
        window.tab("Kallelse")
        outs, ins = [], []
        for _ in range(RUNS):
            outs.append(_action(window, said, "action_team_checkout"))
            ins.append(_action(window, said, "action_team_checkin"))
        conflicts = []
        for round_no in range(RUNS):
            _settle(window)
            window.team.stop()
            _conflict(anna, cecilia, round_no)
            conflicts.append(_in_conflict_dialog(window, cecilia))
            window.team.store_changed()

        breaks = []
        for _ in range(RUNS):
            breaks.append(_break_annas(window, said, anna))

        # The relay in front of the server now leads to a socket that accepts and never
        # answers: the file's link stays as it is (linking anew would forget its state).
        quiet = socket.create_server(("127.0.0.1", 0))
        _settle(window)
        window.team.stop()
        _conflict(anna, cecilia, RUNS)
        relay.target = quiet.getsockname()
        quiet_conflict = _in_conflict_dialog(window, cecilia)
        window.team.store_changed()
        quiet_out = _action(window, said, "action_team_checkout")
        relay.target = ("127.0.0.1", cluster.port)
        _settle(window)
        window.team.stop()
        team.checka_ut(cecilia, date(*DAY))
        relay.target = quiet.getsockname()
        window.team.store_changed()
        quiet_in = _action(window, said, "action_team_checkin")
        window.team.stop()
        relay.target = ("127.0.0.1", cluster.port)
        team.checka_in(cecilia, date(*DAY))
        quiet_break = _break_annas(window, said, anna, quiet=(relay, quiet.getsockname()))
        window.team.stop()
        relay.target = ("127.0.0.1", cluster.port)  # the relay's thread outlives the socket
        quiet.close()

        def ms(seconds: float) -> str:
            return f"{seconds * 1000:7.0f} ms"

        def row(label: str, figures) -> None:
            walls = [f[0] for f in figures]
            print(f"{label:40} {ms(statistics.median(walls)):>12} "
                  f"{ms(max(f[1] for f in figures)):>12}")  # fmt: skip

        print(f"Arkiv → Team, loopback, {RUNS} körningar (tid: median; gap: största)")
        print(f"{'':40} {'tid':>12} {'största gap':>12}")
        row("checka ut (30 ärenden, 200 sidor)", outs)
        row("checka in", ins)
        row("konflikter: dialogen läser (31 rader)", [(c[0], c[1]) for c in conflicts])
        row("konflikter: ta serverns version", [(c[2], c[3]) for c in conflicts])
        row("konflikter: stäng (fönstret läser om)", [(c[5], c[6]) for c in conflicts])
        row("servern svarar inte: konflikt läses", [quiet_conflict[:2]])
        row("servern svarar inte: ta serverns", [quiet_conflict[2:4]])
        row("servern svarar inte: checka ut", [quiet_out])
        row("servern svarar inte: checka in", [quiet_in])
        row("bryt utcheckning (Annas)", breaks)
        row("servern svarar inte: bryt utcheckning", [quiet_break])
        print("största gap per utcheckning, ms:", [round(o[1] * 1000) for o in outs])
        print("rader i konfliktdialogen:", sorted({c[4] for c in conflicts}))
        print(f"besked, utcheckning: {outs[-1][2]}")
        print(f"besked, servern svarar inte (ut): {quiet_out[2]}")
        print(f"besked, servern svarar inte (in): {quiet_in[2]}")
        print(f"besked, bryt utcheckning: {breaks[-1][2]}")
        print(f"besked, servern svarar inte (bryt): {quiet_break[2]}")
        window.close()
        anna.close()
        cecilia.close()


if __name__ == "__main__":
    main()
