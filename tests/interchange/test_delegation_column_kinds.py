"""Columns that hold two fields, or the points' group: "Delegat/Vidaredelegat" with
"Förvaltningschef/Enhetschef" in its cells (read as one delegate named with its slash, the
vidaredelegat lost in it), and "Ärendegrupp" beside an "Ärende" column (the group was read as
the Ärende and the Ärende kept as an extra column)."""

from __future__ import annotations

from pathlib import Path

import docx

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import _merge_down, _table


def _read(tmp_path: Path, header: list[str], rows: list[list[str]], merge=None):
    document = docx.Document()
    table = _table(document, header, rows)
    if merge:
        _merge_down(table, *merge)
    path = tmp_path / "d.docx"
    document.save(str(path))
    return read_file(path)


def test_a_delegat_vidaredelegat_column_gives_both_fields(tmp_path: Path) -> None:
    rows = [
        ["1", "Beslutsattest", "Förvaltningschef/Enhetschef", "KL"],
        ["2", "Direktupphandling", "Förvaltningschef / Inköpare", "LOU"],
        ["3", "Yttrande", "Förvaltningschef", ""],
    ]
    version, report = _read(tmp_path, ["Nr", "Ärende", "Delegat/Vidaredelegat", "Lagrum"], rows)
    got = [(p.nr, p.delegat, p.vidaredelegation) for _, p in version.all_points()]
    assert got == [
        ("1", ["Förvaltningschef"], "Enhetschef"),
        ("2", ["Förvaltningschef"], "Inköpare"),
        ("3", ["Förvaltningschef"], ""),
    ]
    assert not report.unknown_columns


def test_an_arendegrupp_beside_an_arende_column_is_the_chapter(tmp_path: Path) -> None:
    rows = [
        ["Upphandling", "1", "Direktupphandling", "Enhetschef"],
        ["", "2", "Avrop från ramavtal", "Inköpare"],
        ["Personal", "3", "Anställning av personal", "Enhetschef"],
    ]
    header = ["Ärendegrupp", "Nr", "Ärende", "Delegat"]
    version, report = _read(tmp_path, header, rows, merge=(0, 1, 2))
    got = [(c.title, p.nr, p.arende, p.delegat) for c, p in version.all_points()]
    assert got == [
        ("Upphandling", "1", "Direktupphandling", ["Enhetschef"]),
        ("Upphandling", "2", "Avrop från ramavtal", ["Inköpare"]),
        ("Personal", "3", "Anställning av personal", ["Enhetschef"]),
    ]
    assert version.extra_columns == []
    assert not report.unknown_columns


def test_an_arendegrupp_after_the_arende_is_the_chapter_too(tmp_path: Path) -> None:
    rows = [["1", "Direktupphandling", "Upphandling", "Enhetschef"]]
    version, _report = _read(tmp_path, ["Nr", "Ärende", "Ärendegrupp", "Delegat"], rows)
    got = [(c.title, p.arende) for c, p in version.all_points()]
    assert got == [("Upphandling", "Direktupphandling")]
