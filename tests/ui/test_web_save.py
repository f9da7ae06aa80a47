"""Spara för webben…: from the Kallelse tab's Utskrift page (the public kallelse or packet)
and from the preview of a public protokollsutdrag, the web edition is built off the GUI
thread and saved where the secretary says, as a tagged PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.services.test_protokoll_public import SECRET_BESLUT, decide, justera, recorded
from tests.ui.conftest import wait_for_prints
from tests.ui.test_kallelse_tab import _show_print_page, window  # noqa: F401 (fixture)
from tests.ui.test_sammantrade_print import _capture
from tests.ui.test_sammantrade_tab import open_tab
from tests.web_checks import structure_text


def _answer(monkeypatch, path: Path) -> list[str]:
    """The save dialog answers `path`; the closing message is kept, not shown."""
    said: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append("VARNING " + a[2]))
    return said


def _tagged(data: bytes) -> bool:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return bool(pdf.Root.MarkInfo.Marked) and "/StructTreeRoot" in pdf.Root


def test_kallelse_tab_saves_the_public_kallelse_for_the_web(
    window,  # noqa: F811
    qtbot,
    tmp_path,
    monkeypatch,
) -> None:
    tab = window.tab("Kallelse")
    _show_print_page(tab, packet=False)
    qtbot.waitUntil(lambda: not tab.printing.runner.busy, timeout=20_000)
    assert (
        not tab.printing.ui.web_button.isEnabled()
    )  # the paper kallelse on show, not the public one
    tab.printing.ui.public_check.setChecked(True)
    qtbot.waitUntil(lambda: tab.printing.ui.web_button.isEnabled(), timeout=20_000)
    said = _answer(monkeypatch, tmp_path / "kallelse-webb.pdf")
    tab.printing.ui.web_button.click()
    saver = tab.printing.web_saver
    qtbot.waitUntil(lambda: not saver.runner.busy and bool(said), timeout=20_000)
    data = (tmp_path / "kallelse-webb.pdf").read_bytes()
    assert _tagged(data) and "Till kommunstyrelsens ledamöter" in structure_text(data)
    assert "PDF/UA-1 och PDF/A-2a" in said[0] and "kallelse-webb.pdf" in said[0]


def test_the_public_utdrag_preview_saves_the_web_edition(
    qtbot, demo_store, tmp_path, monkeypatch
) -> None:
    from ksdesk.ui.dialogs import utdrag_dialog

    shown = _capture(monkeypatch)
    meeting_id = recorded(demo_store)
    decide(demo_store, meeting_id)
    justera(demo_store, meeting_id)
    tab = open_tab(qtbot, demo_store)
    tab.select_paragraf(222)

    def public(dialog) -> int:
        dialog.public_check.setChecked(True)
        return 1

    monkeypatch.setattr(utdrag_dialog.UtdragDialog, "exec", public)
    tab.ui.utdrag_button.click()
    wait_for_prints(tab)
    dialog = shown[0]
    assert dialog.web_button is not None and dialog.web_button.text() == "Spara för webben…"
    said = _answer(monkeypatch, tmp_path / "utdrag.pdf")
    dialog.web_button.click()
    qtbot.waitUntil(lambda: not dialog.web_saver.runner.busy and bool(said), timeout=20_000)
    data = (tmp_path / "utdrag.pdf").read_bytes()
    assert _tagged(data) and SECRET_BESLUT not in structure_text(data)
    assert "§ 222" in structure_text(data)


def test_the_paper_protokoll_preview_offers_no_web_edition(qtbot, demo_store, monkeypatch):
    shown = _capture(monkeypatch)
    recorded(demo_store)
    tab = open_tab(qtbot, demo_store)
    tab.ui.print_button.click()
    wait_for_prints(tab)
    assert shown[0].web_button is None


def test_the_public_protokoll_is_offered_for_the_web_once_it_is_justerat(
    qtbot, demo_store, monkeypatch
) -> None:
    """Spara för webben… was offered on a protokoll not justerat yet and then refused with a
    message: it is shown disabled, its tooltip saying why, until the protokoll is justerat."""
    shown = _capture(monkeypatch)
    meeting_id = recorded(demo_store)
    decide(demo_store, meeting_id)
    tab = open_tab(qtbot, demo_store)
    tab.ui.public_button.click()
    wait_for_prints(tab)
    button = shown[-1].web_button
    assert button is not None and not button.isEnabled()
    assert "Protokollet är inte justerat ännu" in button.toolTip()
    justera(demo_store, meeting_id)
    tab.ui.public_button.click()
    wait_for_prints(tab)
    button = shown[-1].web_button
    assert button.isEnabled() and "PDF/UA-1" in button.toolTip()


def test_the_utdrag_of_a_paragraf_not_justerad_is_not_offered_for_the_web(
    qtbot, demo_store, monkeypatch
) -> None:
    shown = _capture(monkeypatch)
    meeting_id = recorded(demo_store)
    decide(demo_store, meeting_id)
    tab = open_tab(qtbot, demo_store)
    tab.print_utdrag(222, public=True)
    wait_for_prints(tab)
    button = shown[-1].web_button
    assert not button.isEnabled() and "§ 222 är inte justerad ännu" in button.toolTip()
