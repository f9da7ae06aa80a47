"""CSV injection: a cell a spreadsheet would run as a formula is written as text, an amount
stays a number, and the delegation CSV imports back to exactly what was exported."""

from __future__ import annotations

import csv
import io

import pytest

from ksdesk.db import delegation_repo
from ksdesk.interchange.csv_cells import escape_cell, unescape_cell
from ksdesk.services import delegation_edit, delegation_export, delegation_import

DRAFT = "reviderad-2020-11-26"
FORMULAS = [
    '=HYPERLINK("http://example.com","Klicka")',
    "+46 70 123 45 67",
    "-2+3",
    "- se punkt 3",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    "'=1+1",
    "''@x",
]
AMOUNTS = ["-0,5", "-1 373", "-1\u00a0373,25", "-12.5", "-7", "\u22120,5", "1 373"]
PLAIN = ["", "Kommunchef", "'citat'", "1.", "2.10", "-", "--", "–", "a=b"]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_would_be_formula_is_written_as_text(text: str) -> None:
    assert escape_cell(text) == "'" + text
    assert unescape_cell(escape_cell(text)) == text


@pytest.mark.parametrize("text", AMOUNTS + PLAIN)
def test_amounts_and_plain_text_are_written_as_they_are(text: str) -> None:
    assert escape_cell(text) == text
    assert unescape_cell(escape_cell(text)) == text


def test_delegation_csv_round_trip_with_formulas_and_amounts(demo_store, tmp_path) -> None:
    version = delegation_repo.find(demo_store, DRAFT)
    points = version.chapters[0].points
    # The importer folds whitespace in a cell (tab, CR, no-break space), so texts holding any
    # are left to the unit tests above.
    texts = [t for t in FORMULAS + AMOUNTS if t == " ".join(t.split())] + ["-"]
    for point, text in zip(points, texts, strict=False):
        delegation_edit.update_point(demo_store, version.id, point.uid, "anmarkning", text)
    delegation_edit.update_point(demo_store, version.id, points[0].uid, "lagrum", "=1+1")
    path = tmp_path / "delegationsordning.csv"
    delegation_export.export_file(demo_store, DRAFT, path)

    cells = [
        cell
        for row in csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";")
        for cell in row
    ]
    for cell in cells:
        if cell.lstrip("'")[:1] in ("=", "+", "@") or cell.startswith(("\t", "\r")):
            assert cell.startswith("'"), cell
    assert "-0,5" in cells and "\u22120,5" in cells  # amounts stay numbers in Excel

    imported = delegation_import.read_file(path)[0]
    exported = delegation_repo.find(demo_store, DRAFT)
    assert [(p.nr, p.lagrum, p.anmarkning) for _, p in imported.all_points()] == [
        (p.nr, p.lagrum, p.anmarkning) for _, p in exported.all_points()
    ]
