"""A PDF page nobody could read (text drawn as outlines and no Tesseract to read it) cannot be
read for the register of skyddade personuppgifter either: while the register holds anyone
the review says so in the hit's context, "behåll" is asked about in the window and warned of from a
terminal, and the public packet's notes name each page published unread. With nobody
registered, the review is as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QMessageBox

from ksdesk.core.skyddad_person import SkyddadPerson
from ksdesk.interchange import outline_ocr
from ksdesk.services import meeting_lookup, meetings, public_copy, public_pdf, skyddade
from ksdesk.services.packet import PartCache, build_packet
from ksdesk.services.public_skyddade import UNCHECKED_CONTEXT, unchecked_warning
from tests import attack_outlines

DAY = date(2020, 12, 7)


def _unreadable(store, monkeypatch):
    """A one-page PDF in outlines as bilaga 9 of ärende 3, Tesseract missing; its hit."""
    monkeypatch.setattr(outline_ocr.shutil, "which", lambda name: None)
    public_pdf.clear_caches()
    meeting = meeting_lookup.find_meeting(store, DAY)
    data = attack_outlines.outlined_line("5001011234")
    meeting.items[2].bilagor.append(
        replace(meetings.pdf_bilaga(data, "ansokan.pdf", "Ansökan"), nr="9")
    )
    meetings.save_meeting(store, meeting)
    hits = public_copy.scan_public(store, meeting.id)
    (unread,) = [h for h in hits if h.kind == "oläslig"]
    return meeting, hits, unread


def _keep_and_print(store, meeting, hits, unread) -> list[str]:
    others = [h.key for h in hits if not h.resolved and h.key != unread.key]
    public_copy.decide(store, meeting.id, others, "maskera", by="Anna")
    public_copy.decide(store, meeting.id, [unread.key], "behåll", by="Anna")
    packet = build_packet(store, meeting.id, public=True, cache=PartCache())
    public_pdf.clear_caches()
    return packet.problems


def test_a_page_kept_unread_is_said_to_be_unchecked(demo_store, monkeypatch) -> None:
    skyddade.save(demo_store, SkyddadPerson("Kalle Karlsson"), by="Anna")
    meeting, hits, unread = _unreadable(demo_store, monkeypatch)
    assert unread.context == UNCHECKED_CONTEXT
    assert "kan inte kontrolleras mot en sida" in unchecked_warning([unread])
    problems = _keep_and_print(demo_store, meeting, hits, unread)
    (note,) = [p for p in problems if "registret över skyddade" in p]
    assert note.startswith("Ärende 3, bilaga 9 Ansökan, sida 1 publiceras oläst")
    assert "Karlsson" not in note


def test_with_nobody_registered_nothing_is_said(demo_store, monkeypatch) -> None:
    meeting, hits, unread = _unreadable(demo_store, monkeypatch)
    assert not unread.context and not unchecked_warning(hits)
    problems = _keep_and_print(demo_store, meeting, hits, unread)
    assert not [p for p in problems if "skyddade" in p]


def test_the_window_asks_before_keeping_it(qtbot, demo_store, monkeypatch) -> None:
    from ksdesk.ui.dialogs.public_check_dialog import PublicCheckDialog

    skyddade.save(demo_store, SkyddadPerson("Kalle Karlsson"), by="Anna")
    meeting, _hits, unread = _unreadable(demo_store, monkeypatch)
    asked: list[str] = []

    def answer(_parent, _title, text):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = PublicCheckDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.wait_for_scan()
    assert "kan inte kontrolleras mot registret" in dialog.ui.status_label.text()
    row = next(r for r, h in enumerate(dialog.hits) if h.key == unread.key)
    dialog.ui.hit_table.selectRow(row)
    assert not dialog.decide_selected("behåll")  # "No": nothing decided
    assert asked and "Behålla sidan ändå?" in asked[0]
    assert not next(h for h in dialog.hits if h.key == unread.key).resolved
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    assert dialog.decide_selected("behåll")
    public_pdf.clear_caches()
