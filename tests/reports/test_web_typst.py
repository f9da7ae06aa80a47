"""Whatever the secretary types reaches the web edition literally: Typst's markup characters
in every kind of block come out as typed (they reach Typst as strings, never as markup)."""

from __future__ import annotations

import io

import pikepdf

from ksdesk.reports.web.model import (
    Boxed,
    Cell,
    Columns,
    Fields,
    Heading,
    Items,
    Para,
    Part,
    Run,
    Signature,
    Signatures,
    Table,
    WebDocument,
)
from ksdesk.reports.web.typst_pdf import web_pdf
from tests.pdf_helpers import pages_text
from tests.web_checks import squeezed, structure_tags, structure_text

HOSTILE = (
    '#set text(fill: red) *fet* _kursiv_ $x^2$ @ref <etikett> [a] \\ "citat" `kod` '
    '// kommentar /* block */ ~ -- --- ... #{1+1} #import "x.typ" = rubrik\n- punkt\n+ numrerad'
)


def test_hostile_text_comes_out_literally_everywhere(tmp_path) -> None:
    places = [
        Heading(HOSTILE, 1),
        Para(HOSTILE),
        Para((Run(HOSTILE, bold=True), Run(HOSTILE, link="#a")), "small"),
        Heading(HOSTILE, 2, anchor="a"),
        Items((HOSTILE,)),
        Items((HOSTILE,), labels=("1.",)),
        Table((1, 1), ((Cell(HOSTILE), Cell("Dnr")),), ((Cell(HOSTILE), Cell(HOSTILE)),)),
        Fields(((HOSTILE, (HOSTILE,)),)),
        Columns(((Para(HOSTILE),), (Para(HOSTILE),)), (1, 1)),
        Signatures((Signature(HOSTILE, HOSTILE, HOSTILE),), lines=True, lead=(HOSTILE,)),
        Boxed((Para(HOSTILE),)),
    ]
    document = WebDocument(HOSTILE, HOSTILE, [Part(tuple(places), (HOSTILE,), (HOSTILE,))])
    pdf = web_pdf(document)
    text = squeezed(structure_text(pdf))
    h = squeezed(HOSTILE)
    # Every occurrence in reading order; the lists add their labels.
    expected = h * 5 + "•" + h + "1." + h + h + "Dnr" + h * 2 + h * 2 + h * 2 + h * 4 + h
    assert text == expected
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert str(doc.docinfo.Title) == HOSTILE
        assert str(doc.docinfo.Author) == HOSTILE


def test_header_rows_repeat_on_every_page_and_page_furniture_is_artifact(tmp_path) -> None:
    """What a reader sees on each page (the table's header row, the running header, "Sida X
    av Y") against what a screen reader reads once (the header row) or never (the rest)."""
    rows = tuple((Cell(f"Rad {n}"), Cell(f"{n},0")) for n in range(150))
    table = Table((3, 1), ((Cell("Verksamhet"), Cell("Belopp")),), rows)
    document = WebDocument(
        "Budget", "Kommunstyrelsen", [Part((Heading("Budget", 1), table), ("Löpande rubrik",))]
    )
    pdf = web_pdf(document)
    pages = pages_text(pdf)
    assert len(pages) >= 3
    assert all("Verksamhet Belopp" in page and "Löpande rubrik" in page for page in pages)
    assert all(f"Sida {n} av {len(pages)}" in page for n, page in enumerate(pages, start=1))
    text = structure_text(pdf)
    assert text.count("Verksamhet") == 1 and "Löpande rubrik" not in text and "Sida" not in text
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        tags = structure_tags(doc)
    assert tags["Table"] == 1 and tags["TH"] == 2 and tags["TR"] == 151
