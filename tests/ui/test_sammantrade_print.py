"""The Sammanträde tab's paper: Protokollsutdrag… asks which § and whether public; a public
utdrag the safety check refuses opens Granska offentlig kopia, and goes on once every hit is
decided there."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.services.test_protokoll_public import PNR, SECRET_BESLUT, recorded, words
from tests.ui.conftest import wait_for_prints
from tests.ui.test_sammantrade_tab import open_tab


def _capture(monkeypatch) -> list:
    from ksdesk.ui.dialogs import pdf_dialog

    shown: list = []
    monkeypatch.setattr(pdf_dialog.PdfDialog, "exec", lambda self: shown.append(self) or 0)
    return shown


def _pdf_text(dialog) -> str:
    return words(dialog.preview.data)


def test_utdrag_dialog_offers_the_public_version(qtbot, demo_store, monkeypatch) -> None:
    from ksdesk.ui.dialogs import utdrag_dialog

    shown = _capture(monkeypatch)
    meeting_id = recorded(demo_store)
    from ksdesk.services import public_copy

    hits = public_copy.scan_public(demo_store, meeting_id)
    public_copy.decide(demo_store, meeting_id, [h.key for h in hits], "maskera", by="Test")
    tab = open_tab(qtbot, demo_store)
    tab.select_paragraf(222)
    asked = []

    def answer(dialog) -> int:
        asked.append(dialog.paragraf_combo.currentData())
        dialog.public_check.setChecked(True)
        return 1

    monkeypatch.setattr(utdrag_dialog.UtdragDialog, "exec", answer)
    tab.ui.utdrag_button.click()
    wait_for_prints(tab)
    assert asked == [222]  # the § on screen is offered first
    assert shown[0].windowTitle() == "Protokollsutdrag § 222, offentlig version"
    text = _pdf_text(shown[0])
    assert "OFFENTLIG VERSION" in text and SECRET_BESLUT not in text
    assert shown[0].preview.suggested_name.endswith("-paragraf-222-offentlig.pdf")


def test_a_blocked_public_utdrag_opens_the_review(qtbot, demo_store, monkeypatch) -> None:
    from ksdesk.ui.dialogs import public_check_dialog

    shown = _capture(monkeypatch)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    recorded(demo_store)
    tab = open_tab(qtbot, demo_store)
    reviews = []

    def leave_open(dialog) -> int:
        reviews.append(dialog)
        return 0

    monkeypatch.setattr(public_check_dialog.PublicCheckDialog, "exec", leave_open)
    tab.print_utdrag(219, public=True)
    wait_for_prints(tab)
    assert len(reviews) == 1 and reviews[0].for_print and not shown and not warnings

    def mask_all(dialog) -> int:
        reviews.append(dialog)
        assert dialog.wait_for_scan()
        assert dialog.ui.close_button.text() == "Avbryt utskriften"
        assert dialog.mask_all_open()
        assert dialog.ui.close_button.text() == "Fortsätt med den offentliga utskriften"
        return 1

    monkeypatch.setattr(public_check_dialog.PublicCheckDialog, "exec", mask_all)
    tab.print_utdrag(219, public=True)
    wait_for_prints(tab)
    assert len(reviews) == 2 and len(shown) == 1 and not warnings
    text = _pdf_text(shown[0])
    assert "XXXXXX-XXXX" in text and PNR not in text


def test_public_protokoll_from_the_tab_opens_the_review_too(qtbot, demo_store, monkeypatch):
    from ksdesk.ui.dialogs import public_check_dialog

    shown = _capture(monkeypatch)
    recorded(demo_store)
    tab = open_tab(qtbot, demo_store)
    opened = []
    monkeypatch.setattr(
        public_check_dialog.PublicCheckDialog, "exec", lambda d: opened.append(d) or 0
    )
    tab.ui.public_button.click()
    wait_for_prints(tab)
    assert len(opened) == 1 and not shown
