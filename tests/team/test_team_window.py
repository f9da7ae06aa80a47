"""Team mode in the window: the status bar's "Synkad …" and "Offline: … väntar", a colleague's
lease shown and respected in the Kallelse tab, and conflicts side by side."""

from __future__ import annotations

import re

import pytest

from ksdesk.services import team
from tests.team.helpers import meeting_on, set_place


@pytest.fixture
def window(qtbot):
    from ksdesk.ui.main_window import MainWindow

    made = []

    def make(store):
        shown = MainWindow(store)
        qtbot.addWidget(shown)
        made.append(shown)
        return shown

    yield make
    for shown in made:
        shown.team.stop()


def test_a_file_without_a_link_shows_nothing_of_team_mode(window, store) -> None:
    shown = window(store)
    assert not shown.team.label.isVisibleTo(shown)
    assert not shown.team.timer.isActive()
    assert not shown.findChild(type(shown.team.menu.actions()[0]), "action_team_sync").isEnabled()


def test_the_window_syncs_by_itself_and_says_when(window, laptop, qtbot) -> None:
    anna = laptop("anna", start="small")
    shown = window(anna)
    assert shown.team.label.isVisibleTo(shown)
    qtbot.waitUntil(lambda: shown.team.label.text().startswith("Synkad "), timeout=20_000)
    assert re.fullmatch(r"Synkad \d\d\.\d\d", shown.team.label.text())
    assert team.sync(anna).skickade == 0  # the window pushed everything


def test_offline_the_changes_wait_and_are_counted(window, laptop, qtbot, monkeypatch) -> None:
    from ksdesk.core.errors import ServerUnavailable
    from ksdesk.services import team_link

    anna = laptop("anna", start="small")
    team.sync(anna)
    connect = team_link.connect

    def unreachable(*_args, **_kwargs):
        raise ServerUnavailable("Servern svarar inte.")

    monkeypatch.setattr(team_link, "connect", unreachable)
    shown = window(anna)
    qtbot.waitUntil(lambda: shown.team.label.text() == "Offline", timeout=20_000)
    set_place(anna, "Tåget mot Borlänge")  # an edit at the meeting table, offline
    shown.team.sync_now()
    qtbot.waitUntil(lambda: shown.team.label.text() == "Offline: 1 ändring väntar", timeout=20_000)
    monkeypatch.setattr(team_link, "connect", connect)  # the server answers again
    shown.team.sync_now()
    qtbot.waitUntil(lambda: shown.team.label.text().startswith("Synkad "), timeout=20_000)
    assert team.sync(anna).skickade == 0


def test_a_colleagues_lease_shows_and_blocks_editing(window, ks_pair, qtbot, said) -> None:
    anna, cecilia = ks_pair
    team.checka_ut(anna, meeting_on(anna).date)
    team.sync(cecilia)
    shown = window(cecilia)
    tab = shown.tab("Kallelse")
    note = tab.agenda.ui.status_note.text()
    assert "Utcheckat av Anna Ek sedan" in note
    assert tab.agenda.ui.status_note.isVisibleTo(tab)
    assert not tab.agenda.ui.add_item_button.isEnabled()
    assert not tab.meetings.ui.edit_meeting_button.isEnabled()
    protokoll_tab = shown.tab("Sammanträde")
    assert "Utcheckat av Anna Ek sedan" in protokoll_tab.ui.meeting_heading.text()
    # The protokoll can be read but not typed into: no edit is refused after the typing.
    assert not protokoll_tab.ui.start_button.isEnabled()
    assert protokoll_tab.editor.ui.beslut_edit.isReadOnly()
    assert not protokoll_tab.upprop.ui.add_person_button.isEnabled()
    # Her own window says she has it checked out, lest she forget to check in (walk35 #5).
    own = window(anna)
    mine = "Utcheckat av dig sedan"
    assert mine in own.tab("Kallelse").agenda.ui.status_note.text()
    assert own.tab("Kallelse").agenda.ui.add_item_button.isEnabled()
    assert mine in own.tab("Sammanträde").ui.meeting_heading.text()
    qtbot.waitUntil(lambda: mine in own.team.label.text(), timeout=20_000)


def test_conflicts_side_by_side_and_resolved(window, ks_pair, qtbot, said) -> None:
    from ksdesk.ui.dialogs.conflict_dialog import ConflictDialog

    anna, cecilia = ks_pair
    set_place(anna, "Sal A")
    team.sync(anna)
    set_place(cecilia, "Sal B")
    team.sync(cecilia)
    dialog = ConflictDialog(cecilia)
    qtbot.addWidget(dialog)
    assert dialog.wait()
    assert dialog.ui.conflict_list.count() == 1
    lines = [dialog.model.row_object(r) for r in range(dialog.model.rowCount())]
    assert [(x.field, x.lokal, x.server) for x in lines] == [("place", "Sal B", "Sal A")]
    assert "Anna Ek" in dialog.ui.heading_label.text()
    dialog.ui.take_server_button.click()
    assert dialog.wait()
    assert dialog.ui.conflict_list.count() == 0
    assert meeting_on(cecilia).place == "Sal A"


def test_a_colleagues_change_pulled_is_read_once(window, ks_pair, qtbot, qapp, monkeypatch) -> None:
    """A pulled meeting is three topics (meetings, agenda, protokoll): announced as one, the
    Kallelse tab reads the meeting once, not once for each topic it shows (twice)."""
    from ksdesk.core.topics import Topic
    from ksdesk.ui.tabs.kallelse_tab import KallelseTab

    anna, cecilia = ks_pair
    shown = window(cecilia)
    shown.tab("Kallelse")
    qtbot.waitUntil(lambda: shown.team.label.text().startswith("Synkad "), timeout=20_000)
    shown.team.runner.wait_reported()
    read: list[object] = []
    showing = KallelseTab._show_meeting
    monkeypatch.setattr(
        KallelseTab, "_show_meeting", lambda tab, *a, **kw: (read.append(a), showing(tab, *a, **kw))
    )
    told: list[object] = []
    qapp.data_changed.connect(told.append)
    try:
        set_place(anna, "Folkets hus")
        team.sync(anna)
        shown.team.sync_now()
        qtbot.waitUntil(lambda: told != [], timeout=20_000)
        assert told == [Topic.ALL] and len(read) == 1
        assert shown.tabs["Kallelse"].meeting.place == "Folkets hus"
    finally:
        qapp.data_changed.disconnect(told.append)


def test_a_refused_login_or_a_newer_server_is_not_offline(window, laptop, qtbot, monkeypatch):
    """walk35 #6: the server answers, so the label says what is wrong, and the message what
    to do in the window (its menu, not `ksdesk koppla`)."""
    from ksdesk.core.errors import ServerNeedsNewer
    from ksdesk.db.server import schema
    from ksdesk.services import team_link

    anna = laptop("anna", start="small")
    link = team.link_of(anna)
    team_link.save_password(link, "fel-lösen")
    shown = window(anna)
    label, bar = shown.team.label, shown.ui.status_bar
    refused = "Inloggningen till servern misslyckades"
    qtbot.waitUntil(lambda: label.text() == refused, timeout=20_000)
    assert "Arkiv → Team → Koppla till server" in bar.currentMessage()
    assert "ksdesk koppla" not in bar.currentMessage()
    assert bar.currentMessage().startswith("Fel användarnamn eller lösenord: koppla om")

    def newer(_conn):
        raise ServerNeedsNewer("Servern har förberetts av en nyare version av ksdesk (s9999).")

    team_link.save_password(link, "anna-lösen")
    monkeypatch.setattr(schema, "check_compatible", newer)
    shown.team.sync_now()
    qtbot.waitUntil(lambda: label.text() == "Servern kräver en nyare ksdesk", timeout=20_000)
    assert "nyare version av ksdesk" in bar.currentMessage()
