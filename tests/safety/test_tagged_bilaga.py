"""A tagged bilaga stays tagged in the public edition (accessible on the web), but its
structure tree carries nothing the stripped file must not: no references to the removed
annotations, no associated files, no personnummer in its alternate texts. Marked content
written into a page's stream (/ActualText) is read like the drawn text."""

from __future__ import annotations

import io

import pikepdf

from ksdesk.interchange import pdf_public
from ksdesk.interchange.pdf_access import is_tagged
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.reports.web.model import Para, Part, WebDocument
from ksdesk.reports.web.typst_pdf import web_pdf
from tests.pdf_helpers import make_pdf

NUMBER = "19121212-1212"


def _saved(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _first_element(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    kids = pdf.Root.StructTreeRoot.K
    return kids[0] if isinstance(kids, pikepdf.Array) else kids


def test_a_tagged_bilaga_keeps_a_clean_structure_tree() -> None:
    tagged = web_pdf(WebDocument("Karta", "Kommunstyrelsen", [Part((Para("Karta"),))]))
    with pikepdf.open(io.BytesIO(tagged)) as pdf:
        element = _first_element(pdf)
        element.ActualText = pikepdf.String(f"Sökande {NUMBER}")
        spec = pikepdf.Dictionary(Type=pikepdf.Name.Filespec, F=pikepdf.String(f"{NUMBER}.txt"))
        element.AF = pikepdf.Array([pdf.make_indirect(spec)])
        element.K = pikepdf.Array(
            [*element.get("/K", []), pikepdf.Dictionary(Type=pikepdf.Name.OBJR, Obj=spec)]
        )
        attacked = _saved(pdf)
    assert audit_pdf(attacked).findings

    public = pdf_public.strip(attacked)
    assert is_tagged(public)
    assert audit_pdf(public).findings == []
    with pikepdf.open(io.BytesIO(public)) as pdf:
        element = _first_element(pdf)
        assert str(element.ActualText) == "Sökande XXXXXXXX-XXXX"
        assert "/AF" not in element
        assert not any(
            isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR"
            for k in element.get("/K", [])
        )


def test_actual_text_in_the_page_stream_is_read() -> None:
    with pikepdf.open(io.BytesIO(make_pdf(1, "Yttrande"))) as pdf:
        stream = f"/Span <</ActualText ({NUMBER})>> BDC EMC".encode()
        pdf.pages[0].contents_add(pikepdf.Stream(pdf, stream), prepend=False)
        data = _saved(pdf)
    (found,) = audit_pdf(data).findings
    assert found.where == "sida 1 (text)"
    (page,) = pdf_public.read_pages(pdf_public.strip(data))
    assert NUMBER in page.text
