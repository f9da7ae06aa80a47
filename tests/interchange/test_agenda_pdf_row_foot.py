"""A kallelse PDF's table as walk34 found two (finding 8): Kungsbacka's byggnadsnämnd
2025-03-20 (real_agendas_fourteenth.BYGG_2025_03) with its Dnr broken inside the digits by a
narrow Beteckning column ("BN-2021-0001" over "7"), and with each cell set at the foot of its
row, the number beside the title's last line, its first lines above the number's line."""

from __future__ import annotations

import dataclasses
import operator

import pytest

from ksdesk.interchange.agenda_import import read_agenda
from ksdesk.interchange.agenda_pdf_table import dnr_goes_on
from tests.interchange.kallelse_pdfs_kungsbacka import kungsbacka_table
from tests.interchange.real_agendas import rows_read
from tests.interchange.real_agendas_fourteenth import BYGG_2025_03

_MEETING = ("Byggnadsnämnden", "Torsdagen den 20 mars 2025 kl. 13.00")


def _broken_in_digits(dnr: str) -> str:
    """ "BN-2021-\n00017" as a column too narrow for it breaks it: after its 12th character."""
    whole = dnr.replace("-\n", "-")
    return f"{whole[:12]}\n{whole[12:]}" if len(whole) > 12 else whole


def test_a_dnr_broken_inside_its_digits_is_read_whole() -> None:
    """Before, "BN-2021-0001" over "7" was read "BN-2021-0001 7", a Dnr of no known shape:
    warned about, and its ärende matched none on the agenda (added twice)."""
    rows = tuple((r[0], r[1], _broken_in_digits(r[2]), *r[3:]) for r in BYGG_2025_03.rows)
    agenda = dataclasses.replace(BYGG_2025_03, rows=rows)
    pdf = kungsbacka_table(agenda, *_MEETING, ruled=False)
    assert any("0001\n" in row[2] for row in rows)  # the fixture breaks inside the digits
    assert operator.eq(*rows_read(agenda, (pdf, "k.pdf")))
    read = read_agenda(pdf, "k.pdf")
    assert not any("okänt format" in line.text for line in read.report.warnings)


@pytest.mark.parametrize(
    ("cell", "line", "joined"),
    [
        ("BN-2024-0024", "00", True),
        ("TE-2025-0036", "9,", True),  # Teknik's cell: the Dnr, a comma, the föredragande
        ("KS 2020/434", "12", False),  # "KS 2020/434 12": a document number after a space
        ("BN-2024-", "002400", False),  # broken at the dash: read so where the Dnr is cleaned
    ],
)
def test_a_dnr_cells_next_line_goes_on_inside_the_digits_only_where_one_dnr(
    cell: str, line: str, joined: bool
) -> None:
    assert dnr_goes_on(cell, line) is joined


@pytest.mark.parametrize("ruled", [None, True], ids=["utan linjer", "med rutnät"])
def test_a_table_set_at_its_rows_foot_is_read_by_its_rows(ruled: bool | None) -> None:
    """Before, the title's first lines (above the number's line) were read as a row without
    number and the import was refused: ”…Förslag till beslut …” har ingen rubrik ovanför sig."""
    pdf = kungsbacka_table(
        BYGG_2025_03, *_MEETING, ruled=bool(ruled), bare=ruled is None, valign="BOTTOM"
    )
    assert operator.eq(*rows_read(BYGG_2025_03, (pdf, "k.pdf")))
