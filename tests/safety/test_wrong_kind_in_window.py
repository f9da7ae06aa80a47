"""The right kind of document in the wrong place of the window: a real ärendelista pasted
with Klistra in tabell…, a tjänsteskrivelse pasted with Klistra in ledamöter och ersättare…,
a real delegationsordning chosen as an ärende's tjänsteskrivelse. Before, the first two
opened an import report of a two-row sheet and of one ledamot (session 24's sweep answered
them with any answer); the third was read as a tjänsteskrivelse. Each is now one refusal in
Swedish saying what the input seems to be and where it is read in, and nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPlainTextEdit

from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs import import_report_dialog, organ_dialog
from ksdesk.ui.main_window import MainWindow
from tests.interchange.real_agendas import REAL_AGENDAS
from tests.interchange.real_delegation_documents import write_vara
from tests.safety.test_wrong_clipboard_in_window import TJANSTESKRIVELSE, _organ
from tests.safety.test_wrong_files_every_import import _ENGLISH
from tests.safety.test_wrong_files_in_window import _rows

_AGENDA = "\n".join("\t".join(row) for row in (REAL_AGENDAS[0].header, *REAL_AGENDAS[0].rows))


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, str]]:
    """Every message box's title and text, and every import report shown (answered Avbryt)."""
    seen: list[tuple[str, str]] = []

    def box(_parent, title, text, *_args, **_kwargs):
        seen.append((title, text))
        return QMessageBox.StandardButton.Yes

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(box))

    def report(_parent, shown) -> bool:
        seen.append(("rapport", import_report_dialog.report_html(shown)))
        return False

    monkeypatch.setattr(import_report_dialog, "confirm_import", report)
    monkeypatch.setattr(organ_dialog, "confirm_import", report)
    monkeypatch.setattr(import_report_dialog, "ask_unit", lambda *_a: "tkr")
    return seen


def _window(qtbot, store) -> MainWindow:
    create_application()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def _clipboard(text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)


def _refusal(said: list[tuple[str, str]], kind: str, where: str) -> str:
    assert len(said) == 1 and said[0][0] != "rapport", said
    title, text = said[0]
    assert f"ser ut att vara {kind} (" in text and where in text, text
    assert not _ENGLISH.search(title + text), text
    assert QApplication.activeModalWidget() is None
    return text


def test_a_real_agenda_pasted_as_a_budget_table(qtbot, demo_store, said) -> None:
    window = _window(qtbot, demo_store)
    before = _rows(window)
    _clipboard(_AGENDA)
    assert window.tab("Budget").sheets.paste_table() is False
    _refusal(said, "en ärendelista", "fliken Kallelse")
    assert _rows(window) == before


def test_a_tjansteskrivelse_pasted_as_members(qtbot, demo_store, said, monkeypatch) -> None:
    window = _window(qtbot, demo_store)

    def pasted_into_the_box(_parent) -> str:
        box = QPlainTextEdit()
        box.paste()
        return box.toPlainText()

    monkeypatch.setattr(organ_dialog, "ask_list_text", pasted_into_the_box)
    dialog = organ_dialog.OrganDialog(_organ(window))
    qtbot.addWidget(dialog)
    register = dialog.ersattare_model.result()
    _clipboard(TJANSTESKRIVELSE)
    dialog._paste_members()
    _refusal(said, "en tjänsteskrivelse", "Tjänsteskrivelse från Word eller PDF")
    assert dialog.ersattare_model.result() == register


def test_a_delegationsordning_chosen_as_a_tjansteskrivelse(
    qtbot, demo_store, said, monkeypatch, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_store)
    write_vara(tmp_path / "Delegationsordning Vara.docx")
    chosen = str(tmp_path / "Delegationsordning Vara.docx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen, ""))
    before = _rows(window)
    agenda = window.tab("Kallelse").agenda
    agenda.select_row(2)
    agenda.import_tjansteskrivelse()
    said[:] = [(t, s) for t, s in said if t != "Importera tjänsteskrivelse" or "ser ut" in s]
    text = _refusal(said, "en delegationsordning", "fliken Delegation")
    assert text.startswith("Delegationsordning Vara.docx ser ut att vara")
    assert _rows(window) == before
