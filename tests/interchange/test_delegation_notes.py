"""Footnotes and endnotes of a Word delegationsordning: each goes with the point or the
introduction paragraph that refers to it, under the name Word prints it by, "Fotnot" for a
footnote and "Slutnot" for an endnote, and the report says which it was."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import VARA_HEADER, _table, add_footnote

_W = nsdecls("w")


def _endnotes(document, notes: list[str]) -> None:
    """Word's endnotes part (python-docx writes none), the notes numbered from 1."""
    body = "".join(
        f'<w:endnote w:id="{i}"><w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p></w:endnote>'
        for i, text in enumerate(notes, start=1)
    )
    blob = (
        f'<w:endnotes {_W}><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
        f"</w:r></w:p></w:endnote>{body}</w:endnotes>"
    ).encode()
    part = Part(PackURI("/word/endnotes.xml"), CONTENT_TYPE.WML_ENDNOTES, blob, None)
    document.part.relate_to(part, RELATIONSHIP_TYPE.ENDNOTES)


def _refer(paragraph, number: int) -> None:
    paragraph._p.append(parse_xml(f'<w:r {_W}><w:endnoteReference w:id="{number}"/></w:r>'))


def test_an_endnote_is_a_slutnot_and_a_footnote_a_fotnot(tmp_path: Path) -> None:
    document = docx.Document()
    rule = document.add_paragraph("Delegerade beslut ska anmälas till nämnden.")
    add_footnote(document, rule, "Kommunallagen (2017:725)")
    basis = document.add_paragraph("Nämnden får delegera enligt kommunallagen.")
    _endnotes(document, ["6 kap. 37 § KL", "Arkivlagen (1990:782)"])
    _refer(basis, 1)
    document.add_heading("1 Allmänna ärenden", 1)
    table = _table(
        document,
        VARA_HEADER,
        [
            ["1.1", "Gallring av handlingar", "Arkivarie", "", "", ""],
            ["1.2", "Utse ombud", "Kanslichef", "", "", ""],
        ],
    )
    _refer(table.rows[1].cells[1].paragraphs[0], 2)
    add_footnote(document, table.rows[2].cells[1].paragraphs[0], "Rättegångsbalken")
    path = tmp_path / "noter.docx"
    document.save(str(path))
    version, report = read_file(path)
    assert [s.text for s in version.intro] == [
        "Delegerade beslut ska anmälas till nämnden.\n\nFotnot: Kommunallagen (2017:725)\n\n"
        "Nämnden får delegera enligt kommunallagen.\n\nSlutnot: 6 kap. 37 § KL"
    ]
    assert [p.anmarkning for _, p in version.all_points()] == [
        "Slutnot: Arkivlagen (1990:782)",
        "Fotnot: Rättegångsbalken",
    ]
    assert [(line.text, line.why) for line in report.changed if "not:" in line.why] == [
        ("Arkivlagen (1990:782)", "slutnot: står i Anmärkning"),
        ("Rättegångsbalken", "fotnot: står i Anmärkning"),
    ]


def test_an_endnote_outside_the_introduction_is_reported_as_one(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("1 Allmänna ärenden", 1)
    _table(document, VARA_HEADER, [["1.1", "Utse ombud", "Kanslichef", "", "", ""]])
    after = document.add_paragraph("Beslut anmäls enligt nämndens rutin.")
    _endnotes(document, ["Reglemente för nämnden"])
    _refer(after, 1)
    path = tmp_path / "slutnot.docx"
    document.save(str(path))
    _, report = read_file(path)
    dropped = [(line.text, line.why) for line in report.dropped if "not" in line.why]
    assert dropped == [("Reglemente för nämnden", "slutnot till ett stycke utanför inledningen")]
