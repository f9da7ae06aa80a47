"""The Utskrift page's line under the preview says which ärenden print characters as �, for
the kallelse alone as for the packet, on paper and in the public version."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.db import meeting_repo
from ksdesk.services import meetings, public_copy
from ksdesk.ui.tabs.kallelse_print import Request, build_document


def _unprintable_title(store) -> int:
    meeting = meeting_repo.find_by_date(store, date(2020, 12, 7))
    meeting.items[3].title = "Vänort 中山 ☐ klart"
    meetings.save_meeting(store, meeting)
    hits = public_copy.scan_public(store, meeting.id)
    public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    return meeting.id


@pytest.mark.parametrize("packet", [False, True], ids=["kallelse", "paket"])
@pytest.mark.parametrize("public", [False, True], ids=["papper", "offentlig"])
def test_the_print_status_names_characters_printed_as_replacement(
    demo_store, packet: bool, public: bool
) -> None:
    meeting_id = _unprintable_title(demo_store)
    request = Request(meeting_id, packet=packet, public=public, review=False)
    built = build_document(demo_store, request, lambda *_: None)
    assert built.pdf.startswith(b"%PDF")
    assert "tecknen ”中山” finns inte i typsnitten" in built.status
    assert "⚠ Ärende 4 (Vänort 中山 ☐ klart)" in built.status


def test_many_notes_scroll_in_a_few_lines_and_never_grow_the_page(qtbot) -> None:
    """A packet with a note for each of 30 ärenden: the line under the options shows a few
    lines and scrolls the rest, where it pushed the preview away and the window past
    1280 × 680 at 150 %."""
    from PySide6.QtWidgets import QApplication

    from ksdesk.ui.tabs.kallelse_print import STATUS_LINES, PrintPage, _status

    page = PrintPage()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page._say(_status(["17 bokmärken."], []))
    QApplication.processEvents()
    one_line = page.ui.print_status_area.height()
    bare = page.minimumSizeHint().height()
    notes = [f"Ärende {n}: tecknen ”中山” finns inte i typsnitten." for n in range(1, 31)]
    page._say(_status(["17 bokmärken."], notes))
    QApplication.processEvents()
    line = page.ui.print_status.fontMetrics().lineSpacing()
    assert one_line < 2 * line  # one line of status takes one line
    assert page.ui.print_status_area.height() <= STATUS_LINES * line
    assert page.minimumSizeHint().height() <= bare + STATUS_LINES * line
    assert "Ärende 30" in page.ui.print_status.text()  # all there, to scroll to
    assert page.ui.print_status_area.verticalScrollBar().maximum() > 0


def test_a_failure_that_is_a_bug_is_said_in_swedish_and_goes_to_the_error_dialog(
    qtbot, monkeypatch
) -> None:
    """A library's English ("'NoneType' object has no attribute …") stood under the preview;
    it goes to the log and the error dialog, and the page says in Swedish what happened."""
    import sys

    from ksdesk.ui.tabs.kallelse_print import PrintPage

    page = PrintPage()
    qtbot.addWidget(page)
    caught = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: caught.append(error))
    bug = AttributeError("'NoneType' object has no attribute 'pages'")
    page._failed(bug)
    said = page.ui.print_status.text()
    assert "fel i ksdesk" in said and "NoneType" not in said
    assert caught == [bug]
