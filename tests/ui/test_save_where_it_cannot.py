"""A document saved where it cannot be written: a folder gone meanwhile (a USB stick pulled
out, a network drive dropped), a read-only folder (chmod 555 does not stop root, so the
system's refusal is given by the test), a name too long for the disk. The secretary reads
in Swedish why and what to do; nothing is left half-written."""

from __future__ import annotations

import errno
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ksdesk.ui.app import create_application
from ksdesk.ui.widgets.pdf_preview import PdfPreview
from tests.safety.test_wrong_files_every_import import _ENGLISH
from tests.safety.test_wrong_files_in_window import TO_DO

PDF = b"%PDF-1.4\n%%EOF\n"


def _refused(error: int):
    def mkstemp(*_args, **_kwargs):
        raise OSError(error, "refused by the test")

    return mkstemp


@pytest.mark.parametrize("where", ["borta", "skrivskyddad", "full disk", "långt namn"])
def test_a_pdf_saved_where_it_cannot_be_is_refused_in_swedish(
    qtbot, tmp_path: Path, monkeypatch, where: str
) -> None:
    create_application()
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(PDF, "kallelse.pdf")
    target = tmp_path / "kallelse.pdf"
    if where == "borta":
        target = tmp_path / "USB-minnet" / "kallelse.pdf"
    elif where == "skrivskyddad":
        monkeypatch.setattr(tempfile, "mkstemp", _refused(errno.EACCES))
    elif where == "full disk":
        monkeypatch.setattr(tempfile, "mkstemp", _refused(errno.ENOSPC))
    else:
        monkeypatch.setattr(tempfile, "mkstemp", _refused(errno.ENAMETOOLONG))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    assert preview.save_as() is None
    assert len(said) == 1 and str(target.parent) in said[0], said
    assert TO_DO.search(said[0]) and not _ENGLISH.search(said[0]), said[0]
    assert not target.exists() and list(tmp_path.glob("*.tmp")) == []
