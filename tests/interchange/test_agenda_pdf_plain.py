"""A kallelse's table with a page that pypdf read (its font one ksdesk's reader cannot read):
pypdf gives each cell a line of its own and the columns were lost, so the page's rows were
refused ("ärendet saknar rubrik") or read into the wrong columns. Now its lines are set back
into the rubrikrad's columns (agenda_pdf_plain.py)."""

from __future__ import annotations

import pytest

from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.kallelse_pdfs import REAL_KALLELSER
from tests.interchange.test_beslut_text import _with_a_font_without_map

_TABLES = [kallelse for kallelse in REAL_KALLELSER if "numrerad" not in kallelse[0]]


def _fields(read) -> list[tuple]:
    return [
        (n, i.title, i.dnr, i.time_slot, i.presenter)
        for n, i in zip(read.numbers, read.items, strict=True)
    ]


@pytest.mark.parametrize(("name", "agenda", "make"), [pytest.param(*k, id=k[0]) for k in _TABLES])
def test_a_table_page_read_by_pypdf_is_read_into_its_columns(name, agenda, make) -> None:
    """Page 2: Stockholm's and Hultsfred's were refused, the beredande kommunstyrelse's
    first two rows (its rubrikrad on that page) left out as lines above the list."""
    read = read_agenda(_with_a_font_without_map(make(), 2), f"{name}.pdf")
    assert _fields(read) == [
        (e.nr, e.title, e.dnr, e.time_slot, e.presenter) for e in agenda.expected
    ]
    assert read.report.warnings[0].where == "Sida 2"


def test_a_rows_dnr_last_on_a_page_read_by_pypdf_is_no_footer() -> None:
    """Stockholm's page 1 by pypdf: item 9's "Dnr 106-156/2013", the page's last line, was
    taken for a footer (page 2 has a Dnr near its top), and the rows read as text."""
    name, agenda, make = REAL_KALLELSER[0]
    read = read_agenda(_with_a_font_without_map(make(), 1), f"{name}.pdf")
    assert _fields(read) == [
        (e.nr, e.title, e.dnr, e.time_slot, e.presenter) for e in agenda.expected
    ]
    footers = [d.text for d in read.report.dropped if d.why == "sidhuvud eller sidfot"]
    assert "Dnr 106-156/2013" not in footers


@pytest.mark.parametrize(
    "name", ["hultsfred-kf-tabbar", "stockholm-socialnamnden-numrerad"], ids=lambda n: n
)
def test_page_1_read_by_pypdf_gives_every_row(name: str) -> None:
    """Hultsfred's tab stops: its rubrikrad, a heading a line on page 1, is not repeated on
    page 2, whose rows ran their Dnr onto the title (15 of 23 right); the columns are now
    read off page 2's numbered rows. Stockholm's numbered list: a title broken after "och"
    and the line between a title and its Dnr were rows of their own (13 of 16)."""
    _, agenda, make = next(k for k in REAL_KALLELSER if k[0] == name)
    read = read_agenda(_with_a_font_without_map(make(), 1), f"{name}.pdf")
    assert _fields(read) == [
        (e.nr, e.title, e.dnr, e.time_slot, e.presenter) for e in agenda.expected
    ]
