"""What a Kungsbacka kallelse writes in its cells besides the cell's own field (walk28's
findings 4, 9, 13): the Förslag cell opening with the heading "Förslag till beslut" (or "… i
byggnadsnämnden"), kept as the förslag's first line and so copied into every § beslut; a cell
holding only that heading; the föredragande each on a line of their own under the title
without "Föredragande:" (IFO), merged into the title; "Val av justerare"'s förslag read
whole. From Word, from the kallelse's PDF, and from text."""

from __future__ import annotations

import dataclasses
import operator

import pytest

from ksdesk.interchange.agenda_import import read_agenda
from ksdesk.interchange.agenda_presenter import officials_under
from tests.interchange.kallelse_pdfs_kungsbacka import kungsbacka_table
from tests.interchange.real_agenda_groups import as_word
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_fourteenth import BYGG_AU_2024_02
from tests.interchange.real_agendas_fourteenth_more import FOURTEENTH_KALLELSER
from tests.interchange.real_agendas_kungsbacka_ifo import IFO_2025_09, IFO_2025_11, IFO_MEETING

# The IFO list's rows on its PDF's first page (a row over a page break is agenda_pdf's).
_IFO_PAGE_1 = dataclasses.replace(
    IFO_2025_09, rows=IFO_2025_09.rows[:8], expected=IFO_2025_09.expected[:8]
)


def _proposal_meant(cell: str) -> str:
    """The förslag a Förslag cell means: its words without the heading on its first line
    ("Förslag till beslut", "… i byggnadsnämnden", "… i kommunstyrelsens arbetsutskott"),
    but a förslag to kommunfullmäktige keeps its headings (core.beslut_groups)."""
    first, _, rest = cell.partition("\n")
    meant = rest if first.startswith("Förslag till beslut") else cell
    if "Förslag till beslut i kommunfullmäktige" in cell:  # kept: who decides what
        meant = cell
    # "Sekretessärende." on the förslag's first line marks the ärende, it is no förslag.
    meant = meant.removeprefix("Sekretessärende.\n")
    return " ".join(meant.split())


def _proposals(agenda: RealAgenda, built: tuple[bytes, str]) -> tuple[list[str], list[str]]:
    """(the förslag each ärende got, the förslag each row's cell means), words only (a PDF's
    cell breaks its lines where it will)."""
    read = read_agenda(*built)
    at = agenda.header.index("Förslag")
    return [" ".join(i.proposal.split()) for i in read.items], [
        _proposal_meant(row[at]) for row in agenda.rows
    ]


@pytest.mark.parametrize(
    "agenda", [IFO_2025_09, IFO_2025_11, BYGG_AU_2024_02], ids=lambda a: a.name
)
def test_the_forslag_cells_heading_is_no_part_of_the_forslag_in_word(agenda) -> None:
    """Before, "Förslag till beslut" (and "… i byggnadsnämnden") stayed the förslag's first
    line; "Övrigt"'s and a tillsyn ärende's cell, only the heading, was the whole förslag."""
    assert operator.eq(*_proposals(agenda, (as_word(agenda), "k.docx")))


@pytest.mark.parametrize(("agenda", "organ", "when"), FOURTEENTH_KALLELSER, ids=lambda a: "")
def test_the_forslag_cells_heading_is_no_part_of_the_forslag_in_the_pdf(
    agenda: RealAgenda, organ: str, when: str
) -> None:
    """A PDF's cell runs the förslag onto the heading's line ("Förslag till beslut i
    byggnadsnämnden Byggnadsnämnden godkänner …"): the heading still goes. Every word of the
    förslag stays, "Val av justerare"'s "Ordinarie: … Ersättare: …" whole."""
    built = (kungsbacka_table(agenda, organ, when), "k.pdf")
    assert operator.eq(*_proposals(agenda, built))


def test_the_report_says_the_heading_went_once_and_a_heading_alone_per_row() -> None:
    read = read_agenda(as_word(IFO_2025_09), "k.docx")
    went = [line for line in read.report.changed if line.text == "Förslag till beslut"]
    assert [(line.where, line.why) for line in went] == [
        (
            "Tabell 1, rad 3",
            "rubriken i cellen Förslag togs bort ur förslaget, här och på 9 rader till",
        )
    ]
    alone = [(line.where, line.text, line.why) for line in read.report.dropped]
    why = "cellen Förslag har bara sin rubrik: ärendet får inget förslag till beslut"
    assert ("Tabell 1, rad 12", "Förslag till beslut", why) in alone
    assert next(i for i in read.items if i.title == "Övrigt").proposal == ""


def test_a_heading_naming_the_namnd_at_its_arbetsutskott_is_said() -> None:
    """Bygg-au's cells write "Förslag till beslut i byggnadsnämnden": the förslag is the
    nämnd's, and the report names the organ."""
    read = read_agenda(as_word(BYGG_AU_2024_02), "k.docx")
    named = [line.why for line in read.report.changed if "byggnadsnämnden" in line.text]
    assert len(named) == 1
    assert "förslagen är till beslut i byggnadsnämnden" in named[0]
    justerare = read.items[0]
    assert justerare.proposal == "Ordinarie: Daniel Hognert (M)\nErsättare: Stefan Vilumsons (SD)"


@pytest.mark.parametrize(
    "cell",
    [
        "Förslag till beslut lämnas på sammanträdet.",
        "Förslag till beslut i nämnden för\nIndivid & Familjeomsorg: bifall",
        "Bifall",
    ],
)
def test_a_forslag_that_only_begins_with_the_words_keeps_them(cell: str) -> None:
    text = f'Nr;Ärende;Förslag till beslut\n1;Taxor;"{cell}"\n'
    assert read_agenda(text.encode(), "l.csv").items[0].proposal == cell


@pytest.mark.parametrize("agenda", [IFO_2025_09, IFO_2025_11], ids=lambda a: a.name)
def test_the_ifo_kallelses_rows_in_word_with_the_foredragande_under_the_title(agenda) -> None:
    """Before, "Karin Nielsen, enhetschef" under "Delårsrapport per augusti 2025" was merged
    into the title (in the kallelse, the § titles, Innehåll, webb and utdrag)."""
    assert operator.eq(*rows_read(agenda, (as_word(agenda), "k.docx")))


def test_the_ifo_kallelses_rows_in_its_pdf_names_run_onto_the_title() -> None:
    """The PDF's cell runs a name onto the line above ("Delårsrapport per augusti 2025 Karin
    Nielsen, enhetschef", "Björn Lundström, enhetschef Ira Svedhage Tufekcic, enhetschef")."""
    pdf = kungsbacka_table(_IFO_PAGE_1, *IFO_MEETING)
    assert operator.eq(*rows_read(_IFO_PAGE_1, (pdf, "k.pdf")))


@pytest.mark.parametrize(
    "title",
    [
        "Information om regional\növerenskommelse om\nsamverkan mellan Region\nHalland",
        "Systematiskt arbetsmiljöarbete,\nSAM",
        "Val av ombud till Kommuninvest, Kungsbacka",
        "Rapport från Region Halland, Kommunal",
        "Budget\nFöredragande: Christina\nNordberg, controller",
    ],
)
def test_a_title_without_an_officials_line_keeps_its_lines(title: str) -> None:
    assert officials_under(title) == (title, [])


def test_a_name_with_its_title_broken_over_two_lines() -> None:
    title = "Information från förvaltningen\nMärta Lycken, tf.\nförvaltningschef"
    assert officials_under(title) == (
        "Information från förvaltningen",
        ["Märta Lycken, tf. förvaltningschef"],
    )


def test_a_forslag_that_says_sekretessarende_marks_the_arende_secret() -> None:
    """IFO's § 21 (faderskapsutredning) says "Sekretessärende." where the förslag stands: the
    ärende was imported public, its title printed in the public kallelse (agendaword28)."""
    read = read_agenda(as_word(IFO_2025_09), "k.docx")
    item = next(i for i in read.items if i.title.startswith("Nedläggning av faderskapsutredning"))
    assert item.secret
    assert item.proposal.startswith("Nämnden för Individ & Familjeomsorg förklarar")
    assert any("Sekretessärende" in line.text for line in read.report.changed)
    assert any("fyll i paragrafen" in line.why for line in read.report.warnings)
