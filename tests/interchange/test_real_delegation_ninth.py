"""The delegationsordningar of real_delegation_ninth.py, read point by point: "F.1.1" numbers
under a section title written as a row across the table, three delegates in one cell, and a
heading over each chapter's table with its header row again."""

from __future__ import annotations

from pathlib import Path

import pytest

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_ninth import NINTH_DOCUMENTS


@pytest.mark.parametrize("name", sorted(NINTH_DOCUMENTS))
def test_each_point_of_a_ninth_real_document_is_read_right(name: str, tmp_path: Path) -> None:
    build, expected = NINTH_DOCUMENTS[name]
    path = tmp_path / f"{name}.docx"
    build(path)
    version, _report = read_file(path)
    got = [
        (p.nr, c.title, p.arende, p.delegat, p.ersattare, p.lagrum, p.anmarkning)
        for c, p in version.all_points()
    ]
    assert got == expected
