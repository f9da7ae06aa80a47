"""What a save of a § costs the window: the justering check runs when its page is in front
(its list is shown there only; bringing the page forward runs it), and the upprop's
Tjänstgör column is announced only when a seat changed. Each save ran both (20–50 ms at
ten years, bench/after_meeting.py). And the Justering page's empty Förvaringsplats."""

from __future__ import annotations

from ksdesk.core.protokoll import Deltagare
from ksdesk.services import protokoll as protokoll_service
from ksdesk.ui.models.upprop_model import UppropModel
from tests.ui.test_sammantrade_entries import started


def test_the_check_runs_when_its_page_is_in_front(qtbot, demo_store, monkeypatch) -> None:
    tab = started(qtbot, demo_store, monkeypatch)
    runs: list[int] = []
    real = protokoll_service.check
    monkeypatch.setattr(protokoll_service, "check", lambda *a: runs.append(1) or real(*a))
    tab.select_paragraf(220)
    tab.paragrafer.ui.beslut_edit.setPlainText("Kommunstyrelsen beslutar att avslå.")
    tab.editor.save_text()
    assert runs == []  # the Paragrafer page is in front
    tab.ui.pages.setCurrentWidget(tab.ui.justering_scroll)
    assert len(runs) == 1
    tab.select_paragraf(221)  # from the meeting view, say: the Justering page stays in front
    tab.paragrafer.ui.beslut_edit.setPlainText("")
    tab.editor.save_text()
    assert len(runs) == 2
    missing = [p.message for p in tab.justering.problem_model._rows]
    assert "§ 221: beslut saknas." in missing  # what the page shows follows the save


def test_the_seats_are_announced_when_they_change() -> None:
    model = UppropModel()
    changed: list[int] = []
    model.dataChanged.connect(lambda *a: changed.append(1))
    model.set_rows([Deltagare("Leif Pettersson", "S", "ordförande")])
    model.set_sits({"Leif Pettersson": "Hela sammanträdet"})
    assert len(changed) == 1
    model.set_sits({"Leif Pettersson": "Hela sammanträdet"})
    assert len(changed) == 1
    model.set_sits({"Leif Pettersson": "§§ 219–220"})
    assert len(changed) == 2


def test_no_forvaringsplats_shows_what_prints(qtbot, demo_store, monkeypatch) -> None:
    """The grey text of an empty Förvaringsplats is what the anslag prints: the organ's,
    else the kommun's name (forvaringsplats_of); with neither, none."""
    from ksdesk.services import meetings

    tab = started(qtbot, demo_store, monkeypatch)
    organ = meetings.get_organ(demo_store, tab.meeting.organ_id)
    edit = tab.justering.ui.forvaringsplats_edit
    organ.forvaringsplats = "Kommunarkivet"
    meetings.save_organ(demo_store, organ)
    tab.reload()
    assert edit.placeholderText() == "Kommunarkivet"
    organ.forvaringsplats = ""
    meetings.save_organ(demo_store, organ)
    tab.reload()
    assert organ.kommun and edit.placeholderText() == organ.kommun
    tab.justering.run_check()  # the check warns, and its summary counts a warning as one
    assert "1 varning" in tab.justering.ui.check_summary_label.text()
    organ.kommun = ""
    meetings.save_organ(demo_store, organ)
    tab.reload()
    assert edit.placeholderText() == "Ingen angiven"
