"""The Uppföljning tab shows what `ksdesk uppfoljning` shows: the demo's § 216 återremitterad
and back as ärende 5, and a motion past its year in the warning colour."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from ksdesk.services import motioner
from ksdesk.ui.models.uppfoljning_models import WARNING
from ksdesk.ui.tabs.uppfoljning_tab import UppfoljningTab

# The demo's one open matter as the Öppna ärenden table shows it.
DEMO_MATTER = [
    "Kommunstyrelsen",
    "2020-11-24",
    "216",
    "2019/507",
    "Revidering av kommunstyrelsens delegationsordning",
    "Återremitterat",
    "Ärende 5 den 2020-12-07",
]


def test_tab_shows_the_216_chain_and_a_late_motion(qtbot, demo_store) -> None:
    motioner.add(demo_store, "motion", "Solceller", date(2019, 11, 18), av="Anna (C)")
    tab = UppfoljningTab(demo_store)
    qtbot.addWidget(tab)
    tab.day_edit.setDate(QDate(2021, 1, 15))
    model = tab.matters.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == DEMO_MATTER
    assert tab.pages.tabText(0) == "Öppna ärenden (1)"
    tab.pages.setCurrentWidget(tab.motion_page)  # a page takes its rows when brought forward
    motions = tab.motion_page.model
    assert motions.index(0, 6).data() == "Ja"
    assert motions.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) == WARNING
    assert tab.pages.tabText(2) == "Motioner (1)"
    # "Ärendets gång" needs a row: enabled once one is chosen.
    assert not tab.matters.buttons["gang"].isEnabled()
    tab.matters.table.selectRow(0)
    assert tab.matters.buttons["gang"].isEnabled()


def test_expediering_shows_the_meeting_just_held_not_one_planned_ahead(qtbot, demo_store):
    """A secretary who has put the year's sammanträdesplan in the file (Tyresö's barn- och
    utbildningsnämnd fixes its dates a year ahead, https://insynsverige.se/tyreso-barn/
    protokoll?date=2023-10-25, ärende 3) opens Expediering after a meeting and finds it, not
    an empty planned one."""
    from datetime import time, timedelta

    from ksdesk.services import meetings, protokoll

    held = meetings.list_meetings(demo_store)[0]
    protokoll.start_protokoll(demo_store, held.id)
    for weeks in (4, 8):
        meetings.create_meeting(
            demo_store, "Kommunstyrelsen", date.today() + timedelta(weeks=weeks), time(14)
        )
    tab = UppfoljningTab(demo_store)
    qtbot.addWidget(tab)
    assert tab.meeting_combo.currentData() == held.id
    tab.pages.setCurrentWidget(tab.expediering_page)
    rows = tab.expediering_page.model
    assert rows.rowCount() == 7 and rows.index(0, 0).data() == "217"


def test_the_protokoll_is_read_for_expediering_only_with_its_page_in_front(
    qtbot, demo_store, monkeypatch
) -> None:
    """The Expediering page lists every § of the meeting chosen: read when the page is
    brought forward, not at each opening or reload of the tab behind it."""
    from ksdesk.services import expediering, meetings, protokoll

    protokoll.start_protokoll(demo_store, meetings.list_meetings(demo_store)[0].id)
    read: list[int] = []
    rows_of = expediering.paragraf_rows
    monkeypatch.setattr(
        expediering, "paragraf_rows", lambda store, mid: read.append(mid) or rows_of(store, mid)
    )
    tab = UppfoljningTab(demo_store)
    qtbot.addWidget(tab)
    tab.refresh()
    assert read == []
    tab.pages.setCurrentWidget(tab.expediering_page)
    assert read == [tab.meeting_combo.currentData()]
    assert tab.expediering_page.model.rowCount() == 7
    tab.refresh()  # in front: read again
    assert len(read) == 2


def test_the_laga_kraft_page_says_which_appeal_its_dates_are_for(qtbot, demo_store) -> None:
    """A Miljö- och byggnadsnämnd's bygglov is appealed from its delgivning or kungörelse
    (plan- och bygglagen 13 kap.; the byggnadsnämnd's sakägare "delges beslut efter
    justering", https://www.umea.se/kommunochpolitik/kommunensorganisation/namnder/
    byggnadsnamnden/protokollochforedragningslistor.4.533ba3d3171b940e900627.html), not from
    the anslag: the page says its dates are those of laglighetsprövning, and where such a §
    is marked and its days written (the § box on the Sammanträde tab's Paragrafer page)."""
    tab = UppfoljningTab(demo_store)
    qtbot.addWidget(tab)
    hint = tab.laga_kraft_page.hint.text()
    assert "laglighetsprövning (kommunallagen 13 kap.)" in hint and "bygglov" in hint
    assert "Sammanträde → Paragrafer → Överklagande och laga kraft" in hint


def test_an_appeal_is_recorded_on_the_laga_kraft_page_and_undone(qtbot, demo_store, monkeypatch):
    """Överklagande… on a § of the Laga kraft page: the § then reads "Överklagat …" with no
    laga kraft day; Ctrl+Z takes the record back."""
    from ksdesk.services import overklagande
    from ksdesk.ui.dialogs.overklagande_dialog import OverklagandeDialog
    from tests.reports.test_protokoll_pdf import held_demo

    held_demo(demo_store)  # justerat 2020-12-10, anslaget 2020-12-11

    def fill(dialog: OverklagandeDialog) -> int:
        dialog.inkom.setText("2020-12-28")
        dialog.instans.setText("Förvaltningsrätten i Falun")
        dialog.malnummer.setText("5678-20")
        dialog.accept()
        return 1

    monkeypatch.setattr(OverklagandeDialog, "exec", fill)
    tab = UppfoljningTab(demo_store)
    qtbot.addWidget(tab)
    tab.day_edit.setDate(QDate(2021, 1, 10))
    page = tab.laga_kraft_page
    tab.pages.setCurrentWidget(page)
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 4).data() == "§ 222")
    page.table.selectRow(row)
    page.buttons["overklagande"].click()

    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 4).data() == "§ 222")
    assert page.model.index(row, 6).data() == (
        "Överklagat 2020-12-28, Förvaltningsrätten i Falun, mål 5678-20"
    )
    assert page.model.index(row, 0).data() == ""  # no laga kraft day while it is tried
    paragraf_id = page.model.row_object(row).paragraf_id
    assert overklagande.get(demo_store, paragraf_id).malnummer == "5678-20"
    tab.undo_stack.undo()
    assert overklagande.get(demo_store, paragraf_id) is None


def test_an_uppdrag_is_marked_done_and_removed_from_the_tab_and_both_undone(
    qtbot, demo_store
) -> None:
    """Klart and Ta bort on the Uppdrag page each write one undoable edit."""
    from ksdesk.core.uppdrag import Uppdrag, UppdragStatus
    from ksdesk.services import uppdrag

    saved = uppdrag.save(demo_store, Uppdrag("Utred ärendet", ansvarig="Kanslichef", kalla="KS"))
    tab = UppfoljningTab(demo_store)
    qtbot.addWidget(tab)
    tab.day_edit.setDate(QDate(2021, 2, 1))
    tab._action("done", uppdrag.get(demo_store, saved.id))
    done = uppdrag.get(demo_store, saved.id)
    assert (done.status, done.klart) == (UppdragStatus.KLART, date(2021, 2, 1))
    tab._action("delete", done)
    assert saved.id not in {u.id for u in uppdrag.list_uppdrag(demo_store)}
    tab.undo_stack.undo()
    assert uppdrag.get(demo_store, saved.id).status == UppdragStatus.KLART
    tab.undo_stack.undo()
    assert uppdrag.get(demo_store, saved.id).status == UppdragStatus.PAGAR


def test_a_filter_does_not_list_the_meetings_again(qtbot, demo_store, monkeypatch) -> None:
    """The day and the nämnd change what the pages show, not the nämnder and meetings to
    choose from (ten years of meetings listed again at each change of the day)."""
    from ksdesk.services import uppdrag_choices

    listed: list[int] = []
    real = uppdrag_choices.meeting_choices
    monkeypatch.setattr(
        uppdrag_choices, "meeting_choices", lambda store: listed.append(1) or real(store)
    )
    tab = UppfoljningTab(demo_store)
    qtbot.addWidget(tab)
    chosen = tab.meeting_combo.currentData()
    assert len(listed) == 1
    tab.day_edit.setDate(QDate(2020, 12, 30))
    tab.organ_combo.setCurrentIndex(1)
    assert len(listed) == 1 and tab.meeting_combo.currentData() == chosen
    assert tab.organ_combo.currentIndex() == 1  # the filter holds
    tab.refresh()  # Uppdatera, or a change elsewhere: listed again
    assert len(listed) == 2 and tab.organ_combo.currentIndex() == 1


def test_decisions_imported_after_their_meeting_say_where_and_are_linked(
    qtbot, demo_store, tmp_path, said
) -> None:
    """walk37 #10: the row says the decisions were probably reported at the held meeting with
    the anmälan, and Koppla till sammanträdet… files them there; Ctrl+Z takes it back."""
    from tests.services.test_anmalan_meeting import held_with_anmalan

    _held, nr, _report = held_with_anmalan(demo_store, tmp_path)
    tab = UppfoljningTab(demo_store)
    qtbot.addWidget(tab)
    page = tab.ej_anmalda_page
    tab.pages.setCurrentWidget(page)
    assert page.model.index(0, 4).data() == "2020-12-07 – troligen anmält där"
    tip = page.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Anmäldes troligen vid sammanträdet 2020-12-07, § {nr}: koppla dem där"
    page.table.selectRow(0)
    page.buttons["koppla"].click()
    assert said[0].startswith(f"Koppla 1 beslut till sammanträdet 2020-12-07, § {nr}?")
    assert page.model.rowCount() == 0
    tab.undo_stack.undo()
    assert page.model.rowCount() == 1
