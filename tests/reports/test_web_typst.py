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
from tests.web_checks import squeezed, structure_text

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
