"""PDFs dragged onto an ärende's bilagor, some of them wrong: the good ones are attached and
every one that is not is named with its reason, in one message that also says which were
attached. Files dropped while no ärende is selected are named as not attached, never
swallowed without a word."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtWidgets import QMessageBox

from ksdesk.services import meeting_lookup
from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow
from tests.ui.test_kallelse_tab import _drop_files


@pytest.fixture
def window(qtbot, demo_store) -> MainWindow:
    create_application()
    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    win.show()
    return win


def _pdf(path: Path) -> Path:
    out = io.BytesIO()
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(out)
    path.write_bytes(out.getvalue())
    return path


def _drop(window: MainWindow, paths: list[Path]) -> None:
    assert _drop_files(window.tab("Kallelse").bilagor.ui.bilaga_table, paths)


def _said(monkeypatch) -> list[str]:
    """What the warnings said; each good file's title taken as ksdesk read it."""
    from ksdesk.ui.dialogs.bilaga_dialog import BilagaDialog
    from tests.ui.test_kallelse_tab import _accept_with

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    _accept_with(monkeypatch, BilagaDialog, lambda _dialog: None)
    return said


def _bilagor(demo_store) -> list[str]:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    return [b.filename for b in meeting.items[2].bilagor]


def test_the_good_pdfs_are_attached_and_each_wrong_one_named(
    window, demo_store, tmp_path, monkeypatch
) -> None:
    said = _said(monkeypatch)
    window.tab("Kallelse").agenda.select_row(2)
    before = _bilagor(demo_store)
    good = _pdf(tmp_path / "yttrande.pdf")
    gone = tmp_path / "borttagen.pdf"  # moved away between the drag and the drop
    empty = tmp_path / "tom.pdf"
    empty.write_bytes(b"")
    _drop(window, [good, gone, empty])
    assert _bilagor(demo_store) == [*before, "yttrande.pdf"]
    assert len(said) == 1
    assert "borttagen.pdf finns inte" in said[0] and "tom.pdf är tom" in said[0]
    assert "De andra bifogades: yttrande.pdf." in said[0]


def test_files_dropped_with_no_arende_selected_are_named(
    window, demo_store, tmp_path, monkeypatch
) -> None:
    said = _said(monkeypatch)
    bilagor = window.tab("Kallelse").bilagor
    bilagor.show_item(None, None)  # a rubrik, or nothing, selected
    _drop(window, [_pdf(tmp_path / "yttrande.pdf")])
    assert len(said) == 1
    assert "Välj först det ärende" in said[0] and "yttrande.pdf" in said[0]


def test_every_wrong_file_dropped_with_a_good_one_is_named(
    window, demo_store, tmp_path, monkeypatch
) -> None:
    from tests.safety.test_wrong_files_every_import import _ENGLISH, WRONG_FILES

    said = _said(monkeypatch)
    window.tab("Kallelse").agenda.select_row(2)
    before = _bilagor(demo_store)
    dropped = [_pdf(tmp_path / "yttrande.pdf")]
    for name, data in WRONG_FILES.items():
        dropped.append(tmp_path / name)
        if data is None:
            dropped[-1].mkdir()
        else:
            dropped[-1].write_bytes(data)
    _drop(window, dropped)
    assert _bilagor(demo_store) == [*before, "yttrande.pdf"]
    for name in WRONG_FILES:
        assert any(name in text for text in said), (name, said)
    assert not any(_ENGLISH.search(text) for text in said), said
