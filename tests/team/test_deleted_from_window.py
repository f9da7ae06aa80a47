"""Arkiv → Team → Borttaget på servern from the window: the window's own syncing paused
while the dialog is open, and a sync running when it is asked for waited for by the event
loop, never by the GUI thread (ui/team_bar.py)."""

from __future__ import annotations

from ksdesk.services import team


def test_arkiv_team_opens_it_with_the_windows_syncing_paused(ks_pair, qtbot, monkeypatch) -> None:
    from ksdesk.ui.dialogs import deleted_dialog
    from ksdesk.ui.main_window import MainWindow

    _anna, cecilia = ks_pair
    shown = MainWindow(cecilia)
    qtbot.addWidget(shown)
    seen = []
    monkeypatch.setattr(
        deleted_dialog.DeletedDialog, "exec", lambda self: seen.append(shown.team.timer.isActive())
    )
    try:
        (action,) = [
            a for a in shown.team.menu.actions() if a.objectName() == "action_team_deleted"
        ]
        assert action.text() == "&Borttaget på servern …" and action.isEnabled()
        action.trigger()
        qtbot.waitUntil(lambda: seen != [], timeout=20_000)  # after a sync running now
        assert seen == [False] and shown.team.timer.isActive()  # paused, then going again
    finally:
        shown.team.stop()


def test_a_sync_running_does_not_hold_the_window(ks_pair, qtbot, monkeypatch) -> None:
    """Opened while the window syncs: the dialog waits for the sync, the window does not."""
    import threading
    import time

    from ksdesk.ui.dialogs import deleted_dialog
    from ksdesk.ui.main_window import MainWindow

    _anna, cecilia = ks_pair
    release, began = threading.Event(), threading.Event()
    real = team.sync_beside

    def slow_sync(store):
        began.set()
        release.wait(3)
        return real(store)

    monkeypatch.setattr(team, "sync_beside", slow_sync)
    shown = MainWindow(cecilia)
    qtbot.addWidget(shown)
    seen = []
    monkeypatch.setattr(
        deleted_dialog.DeletedDialog, "exec", lambda self: seen.append(shown.team.runner.busy)
    )
    try:
        shown.team.sync_now()
        assert began.wait(5) and shown.team.runner.busy
        (action,) = [
            a for a in shown.team.menu.actions() if a.objectName() == "action_team_deleted"
        ]
        start = time.perf_counter()
        action.trigger()
        assert time.perf_counter() - start < 2.0  # stop() waited here for the sync (3 s)
        assert seen == [] and "fönstret öppnas när synkningen är klar" in shown.team.label.text()
        release.set()
        qtbot.waitUntil(lambda: seen != [], timeout=20_000)
        assert seen == [False]  # opened once the sync had ended, none running beside it
    finally:
        release.set()
        shown.team.stop()


def test_a_dialog_waiting_for_the_sync_is_dropped_with_the_file(
    ks_pair, qtbot, monkeypatch
) -> None:
    import threading

    from ksdesk.ui.dialogs import deleted_dialog
    from ksdesk.ui.main_window import MainWindow

    _anna, cecilia = ks_pair
    release, began = threading.Event(), threading.Event()
    real = team.sync_beside

    def slow_sync(store):
        began.set()
        release.wait(3)
        return real(store)

    monkeypatch.setattr(team, "sync_beside", slow_sync)
    shown = MainWindow(cecilia)
    qtbot.addWidget(shown)
    seen = []
    monkeypatch.setattr(deleted_dialog.DeletedDialog, "exec", lambda self: seen.append(1))
    try:
        shown.team.sync_now()
        assert began.wait(5)
        shown.team.show_deleted()
        release.set()
        shown.team.stop()  # another file opened, or the window closed, meanwhile
        qtbot.wait(200)
        assert seen == []
    finally:
        release.set()
        shown.team.stop()
