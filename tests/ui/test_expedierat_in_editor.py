"""The § editor of the Sammanträde tab says where the beslut went once the justerat protokoll
is expedierat (from the Uppföljning tab): "Expedierat 2020-12-22 till …" under the
recipients, and nothing for a § not sent out. The utdrag are written off the GUI thread."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ksdesk.core.protokoll import Justering
from ksdesk.services import meeting_lookup, protokoll
from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow

DAY = date(2020, 12, 7)


def _expediera(follow) -> None:
    """Expediera clicked, and waited for until it has written, asked and logged."""
    follow._action("expediera", None)
    while follow.expediera_work.busy:
        follow.expediera_work.runner.wait_reported()


def test_expedierat_shows_under_the_recipients(qtbot, demo_store, tmp_path, monkeypatch):
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    started = protokoll.start_protokoll(demo_store, meeting.id)
    j: Justering = started.justering
    j.justerare = ["Roland Johansson", "Åsa Bergkvist"]
    j.justerat, j.anslaget = date(2020, 12, 14), date(2020, 12, 15)
    protokoll.save_justering(demo_store, meeting.id, j)
    sent_to = {p.nr: p.beslut_skickas_till for p in started.paragrafer}
    with_recipients = next(nr for nr, to in sent_to.items() if to)
    without = next(nr for nr, to in sent_to.items() if not to)

    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    samm = window.tab("Sammanträde")
    samm.select_paragraf(with_recipients)
    assert samm.paragrafer.ui.expedierat_label.isHidden()

    follow = window.tab("Uppföljning")
    follow.day_edit.setDate(date(2020, 12, 22))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path / "ut"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    _expediera(follow)

    samm.select_paragraf(with_recipients)
    label = samm.paragrafer.ui.expedierat_label
    assert not label.isHidden()
    assert "Expedierat 2020-12-22 till " in label.text()
    assert sent_to[with_recipients][0].split()[0] in label.text()
    samm.select_paragraf(without)
    assert label.isHidden()


def test_expediera_twice_asks_before_sending_all_again(qtbot, demo_store, monkeypatch, tmp_path):
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    started = protokoll.start_protokoll(demo_store, meeting.id)
    started.justering.justerat = date(2020, 12, 14)
    protokoll.save_justering(demo_store, meeting.id, started.justering)
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    follow = window.tab("Uppföljning")
    follow.day_edit.setDate(date(2020, 12, 22))
    folder = tmp_path / "ut"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    _expediera(follow)
    written = len(list(folder.iterdir()))
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    _expediera(follow)
    assert "redan expedierade" in asked[0] and len(list(folder.iterdir())) == written
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    _expediera(follow)
    assert len(list(folder.iterdir())) == 2 * written


def test_the_utdrag_are_written_off_the_gui_thread(qtbot, demo_store, monkeypatch, tmp_path):
    """The click returns at once; the utdrag are made on a worker, the log written after."""
    from ksdesk.reports import utdrag_pdf
    from ksdesk.services import expediering

    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    started = protokoll.start_protokoll(demo_store, meeting.id)
    started.justering.justerat = date(2020, 12, 14)
    protokoll.save_justering(demo_store, meeting.id, started.justering)
    made_on: list[threading.Thread] = []
    real = utdrag_pdf.utdrag_till_pdf

    def recorded(*args, **kwargs):
        made_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(utdrag_pdf, "utdrag_till_pdf", recorded)
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    follow = window.tab("Uppföljning")
    follow.day_edit.setDate(date(2020, 12, 22))
    folder = tmp_path / "ut"
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    follow._action("expediera", None)
    assert follow.expediera_work.busy and not told
    follow.expediera_work.runner.wait_reported()
    assert made_on and threading.main_thread() not in made_on
    sent = expediering.log(demo_store, meeting.id)
    assert len(sent) == len(list(folder.iterdir())) == len(made_on)
    assert told and f"{len(sent)} protokollsutdrag är skrivna" in told[0]


def test_expediera_reads_again_only_its_own_page(qtbot, demo_store, monkeypatch, tmp_path):
    """The log changes nothing else the Uppföljning tab shows: at ten years reading the laga
    kraft and open ärenden again after each expediering cost the window 0.2 s."""
    from ksdesk.services import uppfoljning

    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    started = protokoll.start_protokoll(demo_store, meeting.id)
    started.justering.justerat = date(2020, 12, 14)
    protokoll.save_justering(demo_store, meeting.id, started.justering)
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    follow = window.tab("Uppföljning")
    follow.day_edit.setDate(date(2020, 12, 22))
    follow.meeting_combo.setCurrentIndex(follow.meeting_combo.findData(meeting.id))
    follow.pages.setCurrentWidget(follow.expediering_page)
    read: list[int] = []
    real = uppfoljning.overview
    monkeypatch.setattr(uppfoljning, "overview", lambda *a, **k: read.append(1) or real(*a, **k))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path / "ut"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    _expediera(follow)
    assert read == []
    model = follow.expediering_page.model
    sent = [model.row_object(r) for r in range(model.rowCount()) if model.row_object(r)[3]]
    assert sent and all(row[3].startswith("Expedierat 2020-12-22 till ") for row in sent)
    follow.day_edit.setDate(date(2020, 12, 23))  # anything else: read again as before
    assert read == [1]
