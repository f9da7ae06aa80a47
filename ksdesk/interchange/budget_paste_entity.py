"""Where the figures of a short pasted row stand when its post belongs to one part of the
table only: the kommun's columns and the koncern's (or "Sammanställd redovisning") side by
side, pasted with single spaces, so the text does not show which columns are empty
("Minoritetsintresse 0,0 0,0" under KOMMUNEN 2018, 2017 and KONCERNEN 2018, 2017).

Some posts exist in one part's accounts only, whatever the kommun: a minority's share
(minoritetsintresse, innehav utan bestämmande inflytande) arises only when companies the
kommun does not wholly own are consolidated, and income tax (uppskjuten skatt, skatt på
årets resultat) is paid by the companies, not the kommun; the balanskrav and the
resultatutjämningsreserv are rules for the kommun itself. A row of such a post with exactly
as many figures as its part has columns is put under that part's columns, when the sums hold
there as well as anywhere (budget_paste_placing.py tries it among the ways that hold); the
report names the row, for the text alone does not show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.budget_grid import GridValue
from ksdesk.core.import_report import ImportReport, count
from ksdesk.interchange.budget_report import row_named

_KONCERN_ONLY = re.compile(
    r"minoritet|bestämmande inflytande|uppskjuten skatt|skatt på årets resultat|"
    r"aktuell skatt|inkomstskatt|^skatt$",
    re.IGNORECASE,
)
_KOMMUN_ONLY = re.compile(r"balanskrav|resultatutjämning", re.IGNORECASE)
# "Kommunkoncernen" and "Kommunala koncernen" are the koncern, so koncern is asked first.
_KONCERN = re.compile(r"koncern|sammanställd", re.IGNORECASE)
_KOMMUN = re.compile(r"kommun", re.IGNORECASE)


@dataclass(frozen=True)
class PartPlaced:
    """A short row put under the columns of the one part its post belongs to."""

    row: int
    part: str  # "koncernens" or "kommunens"


def part_way(
    cells: list[list[GridValue]], r: int, slots: list[int], figures: int
) -> tuple[str, tuple[int, ...]] | None:
    """(the part, its columns) that row `r`'s post belongs to, when the table has both
    parts and the row has as many figures as that part has columns; else None."""
    header = next((row for row in cells if len(row) > 1), None)
    if header is None:
        return None
    label = " ".join(str(cells[r][0] or "").split()).strip(" –-:")
    koncern = tuple(c for c in slots if c < len(header) and _KONCERN.search(str(header[c] or "")))
    kommun = tuple(
        c
        for c in slots
        if c < len(header) and c not in koncern and _KOMMUN.search(str(header[c] or ""))
    )
    if not koncern or not kommun:
        return None  # one part alone: nothing to tell its columns from
    if _KONCERN_ONLY.search(label):
        part, columns = "koncernens", koncern
    elif _KOMMUN_ONLY.search(label):
        part, columns = "kommunens", kommun
    else:
        return None
    return (part, columns) if len(columns) == figures else None


def report_part_placing(
    placed: list[PartPlaced], cells: list[list[GridValue]], report: ImportReport
) -> None:
    """The rows put under one part's columns, named in the report per part: the text did
    not show it, so the secretary checks them against the source (the PDF or
    the web page)."""
    for part in ("koncernens", "kommunens"):
        rows = [p.row for p in placed if p.part == part]
        if not rows:
            continue
        what = (
            "som minoritetsintresse och skatt"
            if part == "koncernens"
            else "som balanskravet och resultatutjämningsreserven"
        )
        report.warn(
            "Tabellen",
            count(len(rows), "rad", "rader")
            + f" lades under {part} kolumner, t.ex. {row_named(cells[rows[0]])}",
            f"färre tal än kolumner, och posten finns bara i {part} räkenskaper, {what}; "
            "summorna går ihop så, men texten visar inte vilka kolumner som är tomma: stäm "
            "av mot källan (PDF:en eller webbsidan), eller kopiera tabellen med kolumnerna "
            "utlagda",
        )
