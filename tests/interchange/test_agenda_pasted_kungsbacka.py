"""The fourteenth round's ärendelistor (Kungsbacka's kallelser) selected in the kallelse's PDF
and pasted, as PDF viewers copy them: a cell a line (pypdf's text, as pdf.js copies it) and
with the layout kept (pdftotext -layout). Before, 1 of 68 rows was read right from either:
each line was an ärende, or the columns ran together (agenda_pasted_cells,
agenda_pasted_layout). Every word pasted is in a row, in the report, or the rubrikrad's."""

from __future__ import annotations

import io
import operator
import re
import subprocess

import pytest
from pypdf import PdfReader

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.kallelse_pdfs_kungsbacka import kungsbacka_table
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_fourteenth_more import FOURTEENTH_KALLELSER

_WORD = re.compile(r"\w+")


_CASES = [(*case, how) for case in FOURTEENTH_KALLELSER for how in ("pypdf", "layout")]
_EACH_COPY = pytest.mark.parametrize("case", _CASES, ids=[f"{c[0].name}-{c[3]}" for c in _CASES])


def _copied(case: tuple[RealAgenda, str, str, str]) -> str:
    """The kallelse's text as pypdf gives it, or pdftotext -layout."""
    agenda, organ, when, how = case
    pdf = kungsbacka_table(agenda, organ, when)
    if how == "pypdf":
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    run = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True)
    return run.stdout.decode("utf-8")


@_EACH_COPY
def test_each_row_of_a_pasted_kungsbacka_list_is_read_right(case) -> None:
    built = (_copied(case).encode(), "inklistrad text")
    assert operator.eq(*rows_read(case[0], built))


@_EACH_COPY
def test_every_word_pasted_is_in_a_row_or_in_the_report(case) -> None:
    text = _copied(case)
    read = read_agenda(text.encode(), "inklistrad text")
    kept = " ".join(
        " ".join((i.title, i.dnr, i.presenter, i.time_slot, i.proposal)) for i in read.items
    )
    kept += " " + " ".join(str(n) for n in read.numbers if n is not None)
    kept += " " + " ".join(case[0].header)  # the rubrikrad: the columns read
    kept += " Föredragande Handläggare"  # the label of a föredragande read
    for _heading, lines in read.report.sections():
        kept += " " + " ".join(line.text for line in lines)
    missing = set(_WORD.findall(text.lower())) - set(_WORD.findall(kept.lower()))
    assert not missing


_CELLS = """Ärende
Beteckning
Förslag
Tid
Val av justerare
Ordinarie: Anna Berg (M)
Information
1.
Information från
förvaltningschefen
2024-00003
10
min
6.
Antagande av detaljplan för
Varla 6:18
Föredragande: Magnus Björned,
planarkitekt
BN-2020-
00017
Förslag till beslut
Nämnden godkänner
granskningsutlåtandet.
5 min
KUNGSBACKA KOMMUN
2(2)
Ärende
Beteckning
Förslag
Tid
7.
Sekretessärende
BN-2023-
000367
Förslag till beslut
5 min
Lisa Andersson
ordförande
"""


def test_a_list_copied_a_cell_a_line_is_set_back_into_its_columns() -> None:
    """The structures: an unnumbered first row and its förslag, a heading over a number, the
    Tid "10" over "min" (no ärende 10), the Dnr broken after its year, the page's head and
    the rubrikrad repeated, the signatures."""
    read = read_agenda(_CELLS.encode(), "inklistrad text")
    got = [
        (n, i.title, i.dnr, i.presenter, i.is_section)
        for n, i in zip(read.numbers, read.items, strict=True)
    ]
    assert got == [
        (None, "Val av justerare", "", "", False),
        (None, "Information", "", "", True),
        (1, "Information från förvaltningschefen", "2024-00003", "", False),
        (
            6,
            "Antagande av detaljplan för Varla 6:18",
            "BN-2020-00017",
            "Magnus Björned, planarkitekt",
            False,
        ),
        (7, "Sekretessärende", "BN-2023-000367", "", False),
    ]
    assert read.items[0].proposal == "Ordinarie: Anna Berg (M)"
    dropped = [line.text for line in read.report.dropped]
    assert {"KUNGSBACKA KOMMUN", "2(2)", "Lisa Andersson", "ordförande"} <= set(dropped)


_POPPLER = """Ärende
Beteckning
Val av justerare
Förslag
Ordinarie: Johan Tolinsson (S)
Information
1.
Information om samråd
2025-00014
Beslutsärenden
5.
Förhandsbesked för nybyggnad
BN-2023002242
Förslag till beslut
Nämnden lämnar negativt förhandsbesked.
"""


def test_poppler_s_copy_the_first_title_between_the_headings_and_the_dash_lost() -> None:
    """pdftotext (poppler) reads "Val av justerare" between the headings and joins
    "BN-2023-" and "002242" without the dash: the rubrikrad is still found, the Dnr in its
    column as the copy wrote it (the import warns of its format)."""
    read = read_agenda(_POPPLER.encode(), "inklistrad text")
    got = [(n, i.title, i.dnr) for n, i in zip(read.numbers, read.items, strict=True)]
    assert got == [
        (None, "Val av justerare", ""),
        (None, "Information", ""),
        (1, "Information om samråd", "2025-00014"),
        (None, "Beslutsärenden", ""),
        (5, "Förhandsbesked för nybyggnad", "BN-2023002242"),
    ]
    # The förslag without its cell's heading "Förslag till beslut" (agendaword28).
    assert read.items[-1].proposal == "Nämnden lämnar negativt förhandsbesked."
