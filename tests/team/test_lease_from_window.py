"""Arkiv → Team → Checka ut / Checka in from the window: the server is asked on a worker
(ui/team_lease.py) with a busy line in the status bar and the Team actions off meanwhile, the
result or a Swedish refusal said after, and a server that does not answer said in Swedish
without the window standing still. Konflikter opens with the window's syncing paused.
KSDESK_GRAB=folder saves the window as PNG to look at."""

from __future__ import annotations

import socket
import threading
import time
from itertools import pairwise

from PySide6.QtCore import QTimer

from ksdesk.services import team
from tests.team.helpers import KS_DAY, grab, meeting_on


def _action(shown, name: str):
    (action,) = [a for a in shown.team.menu.actions() if a.objectName() == name]
    return action


def _team_actions_on(shown) -> list[bool]:
    return [action.isEnabled() for action in shown.team.menu.actions()]


def test_check_out_and_in_run_on_a_worker_with_a_busy_line(
    window, ks_pair, qtbot, said, monkeypatch
) -> None:
    from ksdesk.db.server import server_repo
    from ksdesk.ui.team_lease import CHECKED_IN

    _anna, cecilia = ks_pair
    shown = window(cecilia)
    release, threads = threading.Event(), []
    taking = server_repo.take_lease

    def slow_take(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(5)
        return taking(*args, **kwargs)

    monkeypatch.setattr(server_repo, "take_lease", slow_take)
    checkout = _action(shown, "action_team_checkout")
    start = time.perf_counter()
    checkout.trigger()
    # The window waited here for the server (5 s); the margin is for a loaded CI machine.
    assert time.perf_counter() - start < 2.0
    assert shown.team.label.text() == "Checkar ut sammanträdet den 2020-12-07 …"
    assert not any(_team_actions_on(shown))  # no second click, no sync, no dialog
    grab(shown, "checkar_ut")
    shown.team.check_out()  # the shortcut, while the first runs
    shown.team.sync_now()
    assert not shown.team.runner.busy
    release.set()
    qtbot.waitUntil(lambda: said != [], timeout=20_000)
    assert said == [
        "Sammanträdet är utcheckat av dig (Cecilia Dahl). Du kan arbeta med det offline; "
        "checka in det när du är klar."
    ]
    assert threads == [False]  # once, not on the GUI thread
    assert all(_team_actions_on(shown))
    uuid = meeting_on(cecilia).uuid
    assert team.my_lease(cecilia, uuid) is not None  # the window's connection sees it

    shown.team.runner.wait_reported()  # the window's sync after the check-out
    _action(shown, "action_team_checkin").trigger()
    assert shown.team.label.text() == "Checkar in sammanträdet den 2020-12-07 …"
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20_000)
    assert said[1] == CHECKED_IN
    assert team.lease_of(cecilia, uuid) is None


def test_a_server_that_does_not_answer_is_said_in_swedish(
    window, ks_pair, qtbot, said, monkeypatch
) -> None:
    from ksdesk.core.errors import ServerUnavailable
    from ksdesk.services import team_link
    from ksdesk.ui.team_lease import NO_ANSWER_IN, NO_ANSWER_OUT

    _anna, cecilia = ks_pair
    team.checka_ut(cecilia, KS_DAY)
    shown = window(cecilia)
    shown.team.runner.wait_reported()

    def unreachable(*_args, **_kwargs):
        raise ServerUnavailable("Servern svarar inte.")

    monkeypatch.setattr(team_link, "connect", unreachable)
    _action(shown, "action_team_checkin").trigger()
    qtbot.waitUntil(lambda: said != [], timeout=20_000)
    assert said == [NO_ANSWER_IN]
    assert team.my_lease(cecilia, meeting_on(cecilia).uuid) is not None  # still hers
    assert all(_team_actions_on(shown))
    shown.team.runner.wait_reported()
    _action(shown, "action_team_checkout").trigger()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20_000)
    assert said[1] == NO_ANSWER_OUT


def test_a_silent_server_never_holds_the_window(window, laptop, qtbot, said, monkeypatch) -> None:
    """A server that accepts the connection and never answers: libpq waits for its connect
    timeout on the worker, the GUI thread's timer ticks on meanwhile."""
    from ksdesk.db import team_repo
    from ksdesk.db.server import connection
    from ksdesk.ui.team_lease import NO_ANSWER_OUT

    monkeypatch.setattr(connection, "CONNECT_TIMEOUT_S", 3)
    anna = laptop("anna", start="small")
    quiet = socket.create_server(("127.0.0.1", 0))  # accepts, says nothing
    link = team_repo.link(anna)
    silent = f"postgresql://127.0.0.1:{quiet.getsockname()[1]}/ksdesk"
    team_repo.save_link(anna, type(link)(silent, link.user, link.display_name))
    try:
        shown = window(anna, synced=False)
        qtbot.waitUntil(lambda: shown.team.label.text().startswith("Offline"), timeout=20_000)
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start(10)
        _action(shown, "action_team_checkout").trigger()
        qtbot.waitUntil(lambda: said != [], timeout=20_000)
        timer.stop()
        assert said == [NO_ANSWER_OUT]
        gaps = [later - earlier for earlier, later in pairwise(ticks)]
        # Held, the window would stand still for the whole 3 s; under half of it leaves a
        # loaded CI machine its own pauses.
        assert ticks[-1] - ticks[0] > 2.5 and max(gaps) < 1.5
    finally:
        quiet.close()


def test_asked_while_the_window_syncs_it_waits_for_the_sync_not_the_window(
    window, ks_pair, qtbot, said, monkeypatch
) -> None:
    _anna, cecilia = ks_pair
    shown = window(cecilia)
    release, began = threading.Event(), threading.Event()
    real = team.sync_beside

    def slow_sync(store):
        began.set()
        release.wait(3)
        return real(store)

    monkeypatch.setattr(team, "sync_beside", slow_sync)
    shown.team.sync_now()
    assert began.wait(5)
    start = time.perf_counter()
    _action(shown, "action_team_checkout").trigger()
    assert time.perf_counter() - start < 2.0  # stop() waited here for the sync (3 s)
    assert "checkar ut när synkningen är klar" in shown.team.label.text()
    assert not any(_team_actions_on(shown))
    grab(shown, "checkar_ut_efter_synkningen")
    release.set()
    qtbot.waitUntil(lambda: said != [], timeout=20_000)
    assert said[0].startswith("Sammanträdet är utcheckat av dig")


def test_no_meeting_chosen_is_said(window, laptop, said) -> None:
    shown = window(laptop("anna"))
    shown.team.check_out()
    assert said == ["Välj ett sammanträde först."]
    assert all(_team_actions_on(shown))


def test_konflikter_opens_with_the_windows_syncing_paused(
    window, ks_pair, qtbot, monkeypatch
) -> None:
    from ksdesk.ui.dialogs import conflict_dialog

    _anna, cecilia = ks_pair
    shown = window(cecilia)
    seen = []
    monkeypatch.setattr(
        conflict_dialog.ConflictDialog,
        "exec",
        lambda self: seen.append((shown.team.timer.isActive(), shown.team.runner.busy)),
    )
    _action(shown, "action_team_conflicts").trigger()
    qtbot.waitUntil(lambda: seen != [], timeout=20_000)
    assert seen == [(False, False)] and shown.team.timer.isActive()


def test_closing_while_it_runs_finishes_it_and_says_nothing(
    window, ks_pair, qtbot, said, monkeypatch
) -> None:
    """The window closing (or another file opened) waits for a running check-out, then
    neither restarts the team bar on the file let go nor opens a message over it."""
    from ksdesk.db.server import server_repo

    _anna, cecilia = ks_pair
    shown = window(cecilia)
    release = threading.Event()
    taking = server_repo.take_lease

    def slow_take(*args, **kwargs):
        release.wait(5)
        return taking(*args, **kwargs)

    monkeypatch.setattr(server_repo, "take_lease", slow_take)
    _action(shown, "action_team_checkout").trigger()
    assert shown.team.lease.runner.busy
    QTimer.singleShot(100, release.set)
    shown.team.stop()  # as closing the window does: the check-out finishes first
    qtbot.wait(200)  # its answer, queued to the GUI thread, arrives
    assert said == [] and not shown.team.timer.isActive() and not shown.team.lease.busy
    assert team.my_lease(cecilia, meeting_on(cecilia).uuid) is not None
