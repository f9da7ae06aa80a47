"""The list of §§ in the Sammanträde tab notes what the secretary checks before the
justering: a § under sekretess (left without content in the public version: an
individutskott's personärenden) and a protokollsanteckning, beside reservation and jäv; the
heading says when the protokoll was justerat."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from ksdesk.core.protokoll import Protokollsanteckning
from ksdesk.services import meeting_lookup, meetings, protokoll
from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow


def test_secret_and_anteckning_are_noted(qtbot, demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    started = protokoll.start_protokoll(demo_store, meeting.id)
    secret_item = next(i for i in meeting.items if not i.is_section and not i.is_standard)
    secret_item.secret, secret_item.secrecy_ref = True, "26 kap. 1 § OSL"
    meetings.save_meeting(demo_store, meeting)
    secret = next(p for p in started.paragrafer if p.item_id == secret_item.id)
    noted = next(p for p in started.paragrafer if p.item_id != secret_item.id and p.beslut)
    noted.anteckningar = [Protokollsanteckning(["Roland Johansson"], "SD vill se en utredning.")]
    protokoll.save_paragraf(demo_store, noted)

    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    tab = window.tab("Sammanträde")
    tab.ui.meeting_combo.setCurrentIndex(tab.ui.meeting_combo.findData(meeting.id))
    model = tab.paragraf_model
    notes = {model.row_object(r).nr: model.index(r, 2).data() for r in range(model.rowCount())}
    assert notes[secret.nr].startswith("sekretess")
    assert "protokollsanteckning" in notes[noted.nr] and "sekretess" not in notes[noted.nr]


def test_the_heading_says_the_protokoll_is_justerat(qtbot, demo_store, monkeypatch) -> None:
    """The meeting's status ("Utkast", "Genomförd") says nothing of the justering. (The demo's
    §§ have no beslut yet: the secretary answers Ja to "Markera det som justerat ändå?".)"""
    asked: list[str] = []

    def yes(_parent, _title, text, *_buttons):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    started = protokoll.start_protokoll(demo_store, meeting.id)
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    tab = window.tab("Sammanträde")
    tab.ui.meeting_combo.setCurrentIndex(tab.ui.meeting_combo.findData(meeting.id))
    assert "justerat" not in tab.ui.meeting_heading.text()
    tab.ui.pages.setCurrentWidget(tab.justering)
    tab.justering.ui.justerat_edit.setText("2020-12-14")
    tab.justering.save_fields()
    heading = tab.ui.meeting_heading.text()
    assert "Protokollet justerat måndag 14 december 2020" in heading
    # A justerat protokoll means the meeting was held, whatever its stored status (walk27 #17).
    assert "Genomförd · Protokollet justerat" in heading and "Utkast" not in heading
    assert started.justering.justerat is None  # written through the page, not here
    assert len(asked) == 1
