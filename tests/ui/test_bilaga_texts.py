"""The window reads the text of bilagor the search index has not read yet (a file from before
search existed, or files a team pull brought), so the search field finds it without a
command (ui/bilaga_texts.py)."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Arende
from ksdesk.services import meetings as meeting_service
from ksdesk.services import search
from ksdesk.services.store import open_database
from ksdesk.ui import bilaga_texts
from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow
from tests.pdf_helpers import make_pdf
from tests.ui.conftest import BUSY_MACHINE_MS

DAY = date(2020, 12, 7)


def _unread_bilagor(store, words: list[str]) -> None:
    """Bilagor whose text was never read, as in a file from before the search index."""
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    meeting.items.append(
        Arende(
            "Detaljplan",
            bilagor=[
                # Titled by hand: the word is found by the file's text only
                meeting_service.pdf_bilaga(
                    make_pdf(1, f"Kvarteret {word}"), f"karta {n}.pdf", f"karta {n}"
                )
                for n, word in enumerate(words, start=1)
            ],
        )
    )
    meeting_service.save_meeting(store, meeting)
    with store.atomic():
        store.db.execute("DELETE FROM file_text")
        store.db.execute("INSERT INTO search_dirty SELECT 'bilaga', id FROM bilaga")
    assert len(search.unread_files(store)) == len(words)


def _window(qtbot, store) -> MainWindow:
    create_application()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_reads_the_unread_bilagor_and_the_search_finds_them(qtbot, store) -> None:
    _unread_bilagor(store, ["Rapphonan", "Gulsparven", "Talgoxen"])
    assert search.search(store, "rapphonan") == []
    window = _window(qtbot, store)
    qtbot.waitUntil(lambda: not search.unread_files(store), timeout=10_000)
    for word in ("rapphonan", "gulsparven", "talgoxen"):
        assert [h.typ for h in search.search(store, word)] == ["bilaga"]
    qtbot.waitUntil(
        lambda: "3 bilagor" in window.ui.status_bar.currentMessage(), timeout=BUSY_MACHINE_MS
    )


def test_a_long_queue_is_read_in_batches(qtbot, store, monkeypatch) -> None:
    monkeypatch.setattr(bilaga_texts, "BATCH", 2)  # five files: three batches
    words = ["Rapphonan", "Gulsparven", "Talgoxen", "Blames", "Koltrasten"]
    _unread_bilagor(store, words)
    batches: list[int] = []
    real = search.store_unread_beside
    monkeypatch.setattr(search, "store_unread_beside", lambda *a: batches.append(1) or real(*a))
    window = _window(qtbot, store)
    qtbot.waitUntil(
        lambda: "5 bilagor" in window.ui.status_bar.currentMessage(), timeout=BUSY_MACHINE_MS
    )
    assert len(batches) == 3
    assert not search.unread_files(store)


def test_a_read_only_window_leaves_the_queue_to_the_ksdesk_that_writes(qtbot, store) -> None:
    _unread_bilagor(store, ["Rapphonan"])
    store.close()
    read_only = open_database(store.path, read_only=True)
    window = _window(qtbot, read_only)
    qtbot.wait(200)
    assert len(search.unread_files(read_only)) == 1
    window.close()
    read_only.close()


def test_the_window_reads_again_what_an_older_ksdesk_read_with_pypdf(qtbot, tmp_path) -> None:
    """Step m1806: a file from the ksdesk before it, whose index holds pypdf's "Me dlem"
    (tests/db/fixtures/schema-m1805-pdf-text.sqlite, the PDFMaker form), is read again in
    the background, and "medlem" finds it without a command."""
    import shutil
    from pathlib import Path

    fixture = Path(__file__).parents[1] / "db" / "fixtures" / "schema-m1805-pdf-text.sqlite"
    shutil.copy(fixture, tmp_path / fixture.name)
    store = open_database(tmp_path / fixture.name)
    assert search.search(store, "medlem") == []
    window = _window(qtbot, store)
    qtbot.waitUntil(lambda: not search.files_to_read(store), timeout=10_000)
    assert [h.rubrik for h in search.search(store, "medlem")] == ["ansokan_batplats"]
    # It was searchable before, by its older text: said as read again, not as new.
    qtbot.waitUntil(
        lambda: (
            window.ui.status_bar.currentMessage() == "Texten i 1 bilaga har lästs om för sökningen."
        ),
        timeout=BUSY_MACHINE_MS,
    )
    window.close()
    store.close()


def test_a_file_read_again_to_the_text_the_index_held_is_not_announced(
    qtbot, store, monkeypatch
) -> None:
    """Step m1806 queues every PDF an older ksdesk read; ReportLab's (and most files) read
    the same by both readers. Nothing new is searchable: the status line said "Texten i 2
    bilagor är nu sökbar." all the same."""
    from ksdesk.db.migrations.m1806_pdf_text_reread import m1806_pdf_text_reread

    _unread_bilagor(store, ["Rapphonan", "Gulsparven"])
    search.read_unread_files(store)
    with store.atomic():  # as the step finds them, read by the ksdesk before it
        m1806_pdf_text_reread(store.db)
    assert len(search.files_to_read(store)) == 2
    said: list[str] = []
    real = bilaga_texts.BilagaTexts._done

    def done(texts: bilaga_texts.BilagaTexts) -> None:
        real(texts)
        said.append(texts.window.ui.status_bar.currentMessage())

    monkeypatch.setattr(bilaga_texts.BilagaTexts, "_done", done)
    _window(qtbot, store)
    qtbot.waitUntil(lambda: bool(said), timeout=BUSY_MACHINE_MS)
    assert not search.files_to_read(store)
    assert said == [""]


def test_the_status_line_says_what_is_new_and_what_was_read_again() -> None:
    assert bilaga_texts.status_message(3, 0) == "Texten i 3 bilagor är nu sökbar."
    assert bilaga_texts.status_message(0, 1) == "Texten i 1 bilaga har lästs om för sökningen."
    assert bilaga_texts.status_message(1, 2) == (
        "Texten i 1 bilaga är nu sökbar, och texten i 2 bilagor har lästs om."
    )
    assert bilaga_texts.status_message(0, 0) == ""


def test_after_a_change_in_the_window_the_reading_waits_for_quiet(
    qtbot, store, monkeypatch
) -> None:
    """Each save made while a batch writes waits for it: after a change (a save, a team pull
    that queued files) the next batch waits until the file has been left alone QUIET_MS."""
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(bilaga_texts, "QUIET_MS", 1500)
    window = _window(qtbot, store)
    qtbot.wait(100)  # nothing queued: the first look finds nothing to read
    _unread_bilagor(store, ["Rapphonan"])
    QApplication.instance().data_changed.emit("meeting")  # as the save that queued it
    qtbot.wait(600)
    assert len(search.unread_files(store)) == 1  # the secretary may go on saving
    QApplication.instance().data_changed.emit("meeting")  # she does: the wait starts again
    qtbot.wait(1000)
    assert len(search.unread_files(store)) == 1
    qtbot.waitUntil(lambda: not search.unread_files(store), timeout=BUSY_MACHINE_MS)
    assert [h.typ for h in search.search(store, "rapphonan")] == ["bilaga"]
    window.close()
