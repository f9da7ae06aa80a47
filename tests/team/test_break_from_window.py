"""Arkiv → Team → Bryt utcheckning from the window: asked first (whose check-out, since when,
and that nothing the colleague did is lost), then run on a worker as a check-out is (busy line,
Team actions off, the window never still), through the CLI's service. A secretary who is not
the organ's administrator is told so by the server, in Swedish; a server that does not answer
is said as Checka ut says it. KSDESK_GRAB=folder saves the window as PNG to look at."""

from __future__ import annotations

import re
import socket
import threading
import time
from itertools import pairwise

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from ksdesk.services import team
from tests.team.helpers import KS_DAY, grab, meeting_on, set_place
from tests.team.test_lease_from_window import _action, _team_actions_on


@pytest.fixture
def answer_break(monkeypatch, said):
    """The question answered with Bryt utcheckningen (said's default is Avbryt)."""

    def breaking(box: QMessageBox) -> int:
        said.append(f"{box.text()}\n{box.informativeText()}")
        [button] = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        ]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", breaking)


def _checked_out_by_cecilia(ks_pair):
    """Cecilia has the meeting checked out and changed it offline; Anna's file knows."""
    anna, cecilia = ks_pair
    team.checka_ut(cecilia, KS_DAY)
    set_place(cecilia, "Cecilias plats")
    team.sync(anna)
    return anna, cecilia


def test_the_administrator_breaks_it_after_being_asked(
    window, ks_pair, qtbot, said, answer_break, monkeypatch
) -> None:
    from ksdesk.core.team import when_in_text
    from ksdesk.db.server import server_repo
    from ksdesk.ui.team_lease import BROKEN

    anna, cecilia = _checked_out_by_cecilia(ks_pair)
    uuid = meeting_on(anna).uuid
    since = team.lease_of(anna, uuid).since
    shown = window(anna)
    assert shown.tabs["Kallelse"].lease_reason(meeting_on(anna)).startswith("Utcheckat av")
    release, threads = threading.Event(), []
    breaking = server_repo.break_lease

    def slow_break(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(5)
        return breaking(*args, **kwargs)

    monkeypatch.setattr(server_repo, "break_lease", slow_break)
    start = time.perf_counter()
    _action(shown, "action_team_break").trigger()
    assert time.perf_counter() - start < 2.0  # the window does not wait for the server
    question, more = said[0].split("\n", 1)
    assert question == (
        "Sammanträdet den 2020-12-07 (Kommunstyrelsen) är utcheckat av Cecilia Dahl sedan "
        f"{when_in_text(since)}."
    )
    # "6 december" and "kl. 10.42" do not wrap apart in the message box (150 %).
    assert re.search(r"sedan \d{1,2}\u00a0[a-zåäö]+ \d{4} kl\.\u00a0\d\d\.\d\d\.$", question)
    assert "Det som Cecilia Dahl har ändrat går inte förlorat" in more
    assert "konfliktkopia" in more and "administratör" in more
    assert shown.team.label.text() == "Bryter utcheckningen av sammanträdet den 2020-12-07 …"
    assert not any(_team_actions_on(shown))
    grab(shown, "bryter_utcheckning")
    shown.team.break_lease()  # a second click while it runs starts nothing
    release.set()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20_000)
    assert said[1] == BROKEN.format(holder="Cecilia Dahl")
    assert threads == [False]  # once, on the worker
    assert all(_team_actions_on(shown))
    assert team.lease_of(anna, uuid) is None  # the window's connection sees it
    assert shown.tabs["Kallelse"].lease_reason(meeting_on(anna)) == ""
    [conflict] = team.sync(cecilia).konflikter  # her work is kept, to choose from
    assert conflict.server["beskrivning"].startswith("Utcheckningen bröts av Anna Ek")
    assert meeting_on(cecilia).place == "Cecilias plats"


def test_avbryt_breaks_nothing(window, ks_pair, qtbot, said) -> None:
    anna, _cecilia = _checked_out_by_cecilia(ks_pair)
    shown = window(anna)
    _action(shown, "action_team_break").trigger()  # said answers the default: Avbryt
    assert len(said) == 1 and "Cecilia Dahl" in said[0]
    assert not shown.team.lease.busy and all(_team_actions_on(shown))
    assert team.lease_of(anna, meeting_on(anna).uuid).holder == "Cecilia Dahl"


def test_one_not_the_organs_administrator_is_told_by_the_server(
    window, ks_pair, qtbot, said, answer_break
) -> None:
    anna, cecilia = ks_pair
    team.checka_ut(anna, KS_DAY)
    team.sync(cecilia)
    shown = window(cecilia)
    _action(shown, "action_team_break").trigger()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20_000)
    assert said[1] == (
        "Bara organets administratör kan bryta en utcheckning. Be den som har sammanträdet "
        "utcheckat (Anna Ek) att checka in det."
    )
    assert team.lease_of(cecilia, meeting_on(cecilia).uuid).holder == "Anna Ek"
    assert all(_team_actions_on(shown))


def test_nothing_to_break_is_said_without_asking_the_server(window, ks_pair, said) -> None:
    from ksdesk.ui.team_lease import NOT_CHECKED_OUT, YOURS

    anna, _cecilia = ks_pair
    shown = window(anna)
    shown.team.break_lease()
    assert said == [NOT_CHECKED_OUT.format(day="2020-12-07")]
    team.checka_ut(anna, KS_DAY)
    shown.team.break_lease()
    assert said[1] == YOURS.format(day="2020-12-07")
    assert not shown.team.lease.busy and all(_team_actions_on(shown))


def test_a_silent_server_is_said_as_checka_ut_says_it(
    window, ks_pair, qtbot, said, answer_break, monkeypatch
) -> None:
    """A server that accepts the connection and never answers: libpq waits for its connect
    timeout on the worker, the GUI thread's timer ticks on meanwhile."""
    from ksdesk.db.server import connection

    anna, _cecilia = _checked_out_by_cecilia(ks_pair)
    shown = window(anna)
    shown.team.runner.wait_reported()
    quiet = socket.create_server(("127.0.0.1", 0))  # accepts, says nothing
    url = f"postgresql://127.0.0.1:{quiet.getsockname()[1]}/ksdesk"
    real = connection.connect
    monkeypatch.setattr(connection, "CONNECT_TIMEOUT_S", 3)
    monkeypatch.setattr(connection, "connect", lambda _url, *a, **kw: real(url, *a, **kw))
    try:
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start(10)
        _action(shown, "action_team_break").trigger()
        qtbot.waitUntil(lambda: len(said) == 2, timeout=20_000)
        timer.stop()
        assert said[1] == (
            "Servern svarar inte, så utcheckningen är inte bruten: sammanträdet är "
            "fortfarande utcheckat av Cecilia Dahl. Försök igen när datorn når servern."
        )
        gaps = [later - earlier for earlier, later in pairwise(ticks)]
        # Held, the window would stand still for the whole 3 s; under half of it leaves a
        # loaded CI machine its own pauses.
        assert ticks[-1] - ticks[0] > 2.5 and max(gaps) < 1.5
        assert team.lease_of(anna, meeting_on(anna).uuid).holder == "Cecilia Dahl"
    finally:
        quiet.close()
