"""Every place in the window where a file comes in (ärendelista, tjänsteskrivelse, bilaga,
budget sheet, delegationsordning, list of delegationsbeslut, another database), given the
command line's wrong files (tests/safety/test_wrong_files_every_import.py) and six more a
secretary meets: a file gone between choosing and reading, one the computer will not let
ksdesk read, a folder, an empty file, a name of 200 characters with Swedish letters, and a
file in a read-only folder. Each is chosen in the (patched) file dialog, as she would.

What she sees is collected from every message box: Swedish, naming the file, saying what to
do. Nothing in the database changes, and the window is still usable (no modal left open)."""

from __future__ import annotations

import builtins
import hashlib
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow
from tests.safety.test_wrong_files_every_import import _ENGLISH, WRONG_FILES

LOCKED = "last_fil.docx"  # the computer refuses to read it (chmod 000 does not stop root)
LONG = "Tjänsteskrivelse ärende åäö " * 7 + ".docx"  # 203 characters, 238 bytes
# A sentence that tells the secretary what to do next.
TO_DO = re.compile(
    r"\b(välj|öppna|spara|leta|stäng|kopiera|kontrollera|importera|be|skriv|dra|bifoga)\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def wrong_files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Path]]:
    folder = tmp_path_factory.mktemp("fel")
    files = []
    for name, data in {**WRONG_FILES, LOCKED: b"PK\x03\x04", LONG: b""}.items():
        path = folder / name
        if data is None:
            path.mkdir()
        else:
            path.write_bytes(data)
        files.append(path)
    files.append(folder / "borta.docx")  # chosen, then moved away before ksdesk reads it
    read_only = folder / "skrivskyddad"
    read_only.mkdir()
    (read_only / "lista.csv").write_bytes(b"\x00\x01\x02")
    read_only.chmod(0o555)
    files.append(read_only / "lista.csv")
    yield files
    read_only.chmod(0o755)


@pytest.fixture
def seen(monkeypatch) -> list[tuple[str, str]]:
    """Every message box's title and text; a question is answered Ja (go on to the file)."""
    said: list[tuple[str, str]] = []

    def box(_parent, title, text, *_args, **_kwargs):
        said.append((title, text))
        return QMessageBox.StandardButton.Yes

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(box))
    real_open = io.open

    def refusing_open(file, *args, **kwargs):
        if str(file).endswith(LOCKED):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    monkeypatch.setattr(io, "open", refusing_open)
    return said


def _beslut(window: MainWindow) -> object:
    from ksdesk.ui.dialogs.delegationsbeslut_dialog import DelegationsbeslutDialog

    return DelegationsbeslutDialog(window.store, window).import_list()


def _tjansteskrivelse(window: MainWindow) -> object:
    agenda = window.tab("Kallelse").agenda
    agenda.select_row(2)
    return agenda.import_tjansteskrivelse()


# Each intake as the secretary starts it: a button or menu, then the file dialog.
INTAKES: dict[str, Callable[[MainWindow], object]] = {
    "ärendelista": lambda w: w.tab("Kallelse").agenda.import_agenda(),
    "tjänsteskrivelse": _tjansteskrivelse,
    "bilaga": lambda w: (
        w.tab("Kallelse").agenda.select_row(2),
        w.tab("Kallelse").bilagor.attach_pdf(),
    ),
    "budgetblad": lambda w: w.tab("Budget").import_document(),
    "delegationsordning": lambda w: w.tab("Delegation").import_document(),
    "delegationsbeslut": _beslut,
    "databas": lambda w: w._open_other(),
}


def _rows(window: MainWindow) -> str:
    """Every row of the database, but the caches the Delegation tab's first search fills in
    the background (citation_cache): what it finds is no import."""
    rows = (r for r in window.store.db.conn.iterdump() if not _CACHE.match(r))
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


_CACHE = re.compile(r'INSERT INTO "\w+_cache"')


@pytest.mark.parametrize("intake", sorted(INTAKES))
def test_every_wrong_file_in_the_window_is_refused_in_swedish_and_nothing_changes(
    intake: str, wrong_files: list[Path], seen: list, qtbot, demo_store, monkeypatch
) -> None:
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    chosen: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen[0]), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(chosen[0])], ""))
    before = _rows(window)
    for path in wrong_files:
        chosen[:] = [path]
        seen.clear()
        INTAKES[intake](window)
        refusals = [(t, s) for t, s in seen if t != "Importera tjänsteskrivelse"]
        assert len(refusals) == 1, (path.name, seen)
        title, said = refusals[0]
        assert path.name in said, (path.name, said)
        assert TO_DO.search(said), (path.name, said)
        assert not _ENGLISH.search(title + said), (path.name, said)
        assert title != "Kan inte spara", (path.name, said)  # nothing was being saved
        assert QApplication.activeModalWidget() is None
    assert window.store is demo_store and _rows(window) == before
    assert window.isEnabled()
