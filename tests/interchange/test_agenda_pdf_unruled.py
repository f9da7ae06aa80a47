"""A kallelse PDF's table read by where its lines stand (agenda_pdf_table): Kungsbacka's
Nämnden för Kultur & Fritid 2025-10-22, its Dnr broken in the Beteckning cell ("KFT-2025-"
over "00189", as the kallelse prints it), in a standard font the file gives no widths for
(ReportLab's Helvetica, as walk27 printed it), with and without the table's grid; and its
förslag, whose lines broken where the cell was full are one paragraph."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from ksdesk.interchange.agenda_import import read_agenda
from ksdesk.interchange.agenda_pdf_lines import Cell, SeenLine
from ksdesk.interchange.agenda_pdf_table import at_edges, runs_on
from tests.interchange.kallelse_pdfs_kungsbacka import kungsbacka_table
from tests.interchange.real_agendas_fourteenth_kultur_october import KULTUR_2025_10

_ORGAN = "Nämnden för Kultur & Fritid"
_WHEN = "onsdagen den 22 oktober 2025 kl. 17.00"


def _expected(row: tuple[str, ...]) -> tuple[str, str, str]:
    """The row's title (its Ärende cell's first line), Dnr and föredragande."""
    lines = row[1].split("\n")
    said = [line for line in lines if line.startswith("Föredragande: ")]
    return lines[0], row[2], said[0].removeprefix("Föredragande: ") if said else ""


@pytest.mark.parametrize("ruled", [False, True], ids=["utan rutnät", "med rutnät"])
def test_a_dnr_broken_in_its_cell_stays_out_of_the_title(ruled: bool) -> None:
    """Before, "00189" (its string starting where "Beteckning" does, the font's widths only
    guessed) was joined to the title's line: "…lokaler och00189 anläggningar", Dnr
    "KFT-2025-"; 6 of 17 rows right, each way."""
    pdf = kungsbacka_table(KULTUR_2025_10, _ORGAN, _WHEN, ruled=ruled, standard=True)
    read = read_agenda(pdf, "k.pdf")
    got = [(item.title, item.dnr, item.presenter) for item in read.items]
    assert got == [_expected(row) for row in KULTUR_2025_10.rows]
    assert not any("okänt format" in line.text for line in read.report.warnings)


@pytest.mark.parametrize("standard", [False, True], ids=["typsnitt med bredder", "Helvetica"])
@pytest.mark.parametrize("ruled", [False, True], ids=["utan rutnät", "med rutnät"])
def test_a_forslag_is_never_broken_inside_its_sentence(ruled: bool, standard: bool) -> None:
    """Before, a line the widths said was broken short began a paragraph of its own:
    "…av God" / "och Nära vård.", "…är väl" / "genomarbetat" (3 to 6 förslag of 17)."""
    pdf = kungsbacka_table(KULTUR_2025_10, _ORGAN, _WHEN, ruled=ruled, standard=standard)
    read = read_agenda(pdf, "k.pdf")
    rows = list(zip(read.items, KULTUR_2025_10.rows, strict=True))
    assert all(item.proposal.split() == row[3].split() for item, row in rows)  # no word lost
    # Ärende 4's förslag: two paragraphs end on a full line; the next opens as the first
    # does ("Nämnden för …") and is read as a paragraph of its own (agenda_pdf_table.
    # next_paragraph; before, it ran on). In Helvetica "föreslår" / "Kommunfullmäktige"
    # stayed two while its widths were guessed; read from AFM's (pdf_standard_widths), one.
    assert [row[0] for item, row in rows if item.proposal != row[3]] == []


def _line(*parts: tuple[str, float, float]) -> SeenLine:
    pieces = [Cell(text, x, end) for text, x, end in parts]
    return SeenLine(
        [Cell("".join(p.text for p in pieces).strip(), 76.9, 260.6, pieces)], 0, 10, False
    )


def test_a_string_at_a_headings_start_is_a_cell_of_its_own() -> None:
    headings = [Cell("", 0.0, 0.0), Cell("Ärende", 76.9, 110.2), Cell("Beteckning", 232.8, 288.4)]
    at_edge = _line(("korttidsuthyrning av lokaler och", 76.9, 236.0), ("00189", 232.8, 260.6))
    assert [c.text for c in at_edges(at_edge, headings)] == [
        "korttidsuthyrning av lokaler och",
        "00189",
    ]
    # A title across the columns, drawn word by word: a word off the column's start is its.
    across = _line(("Ärenden för kännedom till", 76.9, 228.0), (" nämnden", 230.0, 270.0))
    assert [c.text for c in at_edges(across, headings)] == ["Ärenden för kännedom till nämnden"]


def test_a_line_that_runs_on_from_the_line_above() -> None:
    assert runs_on("Nämnden godkänner delårsrapportering av God och", "Nära vård.")
    assert runs_on("Nämnden anser att planförslaget är väl", "genomarbetat och att")
    assert not runs_on("Justeringarna ska redovisas till kommunfullmäktige.", "nämnden")
    assert not runs_on("Nämnden beslutar att", "* godkänna nämndbudget 2026")
    assert not runs_on("Information till nämnd: platsvarumärke", "Föredragande: Nina")
    assert not runs_on("Minnesanteckningar från mötet med", "a) Minnesanteckningar")


@pytest.mark.parametrize("ruled", [True, False])
def test_a_later_pages_own_head_over_the_repeated_rubrikrad_is_no_arende(ruled: bool) -> None:
    """A two-page list whose page 2 has "KUNGSBACKA KOMMUN" over the Nr column and no page
    number (walk28, Byggnadsnämndens AU): once only, it was no running header, became a row
    without a title, and the whole import was refused ("sida 2, rad 1, kolumn Ärende: ärendet
    saknar rubrik"). It is the page's head: reported, every ärende read."""
    agenda = dataclasses.replace(KULTUR_2025_10, rows=KULTUR_2025_10.rows[:7])
    when = "onsdagen den 22 oktober 2025 kl. 17.00"
    pdf = kungsbacka_table(
        agenda, "Nämnden för Kultur & Fritid", when, ruled=ruled, page_numbers=False
    )
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2
    read = read_agenda(pdf, "k.pdf")
    assert [n for n in read.numbers if n is not None] == list(range(1, 7))
    assert any("KUNGSBACKA" in line.text for line in read.report.dropped)
