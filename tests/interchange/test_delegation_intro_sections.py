"""A numbered heading of the introduction ("2 DELEGERING", prose about delegation in general)
is told from a part over chapters by what follows it: prose, then chapters of points, keeps it
in the introduction; nothing but chapters under it makes it their part.

The documents are variants of the regional utvecklingsnämnd's "Delegationsbestämmelser för
Regionala utvecklingsnämnden", version 3 (real_delegation_fourth.write_run, from
https://docplayer.se/40791514-Delegationsbestammelser-for-regionala-utvecklingsnamnden-version-3-beslutsinstans-regionala-utvecklingsnamnden.html):
its front ("1 ALLMÄNT", "2 DELEGERING" / "Regionala utvecklingsnämnden uppdrar till") as the
document has it, its points set in tables as most kommuner set theirs (ours, not the region's).
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import VARA_HEADER, _table

_LEAD = "Regionala utvecklingsnämnden uppdrar till"
_ALLMANT = (
    "Regionala utvecklingsnämnden har under de förutsättningar som anges i 6 kap "
    "kommunallagen rätt att delegera beslutanderätt i ett visst ärende eller en viss grupp "
    "av ärenden."
)
_ORDF = "2.1 Ordföranden"
_AU = "2.2 Arbetsutskottet"
_POINTS = {
    _ORDF: ["1", "Ärenden som är så brådskande att nämndens avgörande inte kan avvaktas"],
    _AU: ["1", "Fördelning av medel för regionala utvecklingsinsatser upp till 1 mnkr"],
}


def _front(prose: list[str]) -> docx.Document:
    document = docx.Document()
    document.add_paragraph("Regionala utvecklingsnämnden", style="Title")
    document.add_heading("1 ALLMÄNT", 1)
    document.add_paragraph(_ALLMANT)
    document.add_heading("2 DELEGERING", 1)
    for line in prose:
        document.add_paragraph(line)
    return document


def _row(title: str) -> list[str]:
    number, arende = _POINTS[title]
    return [number, arende, title.split(" ", 1)[1], "", "", ""]


def _headings_over_tables(prose: list[str]) -> docx.Document:
    document = _front(prose)
    for title in (_ORDF, _AU):
        document.add_heading(title, 2)
        _table(document, VARA_HEADER, [_row(title)])
    return document


def _chapter_rows(prose: list[str]) -> docx.Document:
    document = _front(prose)
    _table(document, VARA_HEADER, [[_ORDF], _row(_ORDF), [_AU], _row(_AU)])
    return document


def _read(document: docx.Document, tmp_path: Path):
    path = tmp_path / "run.docx"
    document.save(str(path))
    return read_file(path)


@pytest.mark.parametrize("build", [_headings_over_tables, _chapter_rows])
@pytest.mark.parametrize("prose", [[_LEAD], [_ALLMANT, "Se 6 kap. 37–40 §§ kommunallagen"]])
def test_a_numbered_heading_with_prose_over_chapters_stays_in_the_introduction(
    tmp_path, build, prose
) -> None:
    version, report = _read(build(prose), tmp_path)
    assert [(c.part, c.title) for c in version.chapters] == [("", _ORDF), ("", _AU)]
    assert [(s.heading, s.text) for s in version.intro][1:] == [
        ("2 DELEGERING", "\n\n".join(prose))
    ]
    assert not report.dropped and not any("rubrik för kapitel" in r for r in report.read)


@pytest.mark.parametrize("build", [_headings_over_tables, _chapter_rows])
def test_a_numbered_heading_with_nothing_but_chapters_under_it_is_their_part(
    tmp_path, build
) -> None:
    version, _ = _read(build([]), tmp_path)
    assert [(c.part, c.title) for c in version.chapters] == [
        ("2 DELEGERING", _ORDF),
        ("2 DELEGERING", _AU),
    ]


def test_a_plain_line_over_the_first_table_is_its_chapter_and_not_the_introduction_too(
    tmp_path,
) -> None:
    document = _front([_ALLMANT, "Ordföranden"])
    _table(document, VARA_HEADER, [_row(_ORDF)])
    version, _ = _read(document, tmp_path)
    assert [c.title for c in version.chapters] == ["Ordföranden"]
    assert version.intro[-1].text == _ALLMANT


def test_a_bullet_of_the_introduction_over_a_chapters_heading_is_no_part(tmp_path) -> None:
    """Mölndals stad's överförmyndarnämnd (real_delegation_ofn): the list of what may not be
    delegated ends in a bullet without a full stop straight over the first chapter's
    heading. Before, the bullet was the part of that chapter and stood twice."""
    from tests.interchange.test_real_delegation_documents import _read as read_real

    _, version, report, _ = read_real("molndal", tmp_path)
    assert [(c.part, c.title) for c in version.chapters] == [
        ("", "1 Förmyndare, god man och förvaltare")
    ]
    assert version.intro[-1].text.endswith(
        "- ärenden som avser verksamhetens mål, inriktning, omfattning eller kvalitet"
    )
    assert not any("rubrik för kapitel" in line for line in report.read)
