"""A page left out of a tagged bilaga goes from its structure tree too: no element keeps
content on it, an element that had all its content there is emptied of its words (an
alternate text that describes the left-out page is not in the file at all), a paragraph
running onto it keeps its other page, and the notice that stands in for it is tagged and
drawn in an embedded font. The file stays tagged and passes `pdfua check`."""

from __future__ import annotations

import io
import subprocess

import pikepdf

from ksdesk.interchange import pdf_public
from ksdesk.interchange.pdf_access import is_tagged
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.reports.notice_page import notice_page_pdf
from ksdesk.reports.web.model import Para, Part, WebDocument
from ksdesk.reports.web.typst_pdf import web_pdf
from tests.web_checks import assert_stripped_accessible

ALT = "Korkort for Anna Andersson"  # plain ASCII: found as bytes in an uncompressed file
LINES = ["Sidan 2 ingår inte i den offentliga versionen:", "bilden kan inte läsas säkert."]


def _tagged_five_pages() -> bytes:
    words = "Kommunstyrelsen beslutar om detaljplanen för Marnäs. " * 12
    paras = tuple(Para(f"Stycke {i}: {words}") for i in range(30))
    return web_pdf(WebDocument("Yttrande", "Kommunstyrelsen", [Part(paras)]))


def _elements(node, page=None):
    """(element, its page) for every element under `node`, depth first."""
    kids = node.get("/K")
    for kid in list(kids) if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            own = kid.get("/Pg", page)
            yield kid, own
            yield from _elements(kid, own)


def _content_pages(element, page) -> set[int]:
    """objgen of every page an element's own content (MCIDs, MCRs) is on."""
    kids = element.get("/K")
    found = set()
    for kid in list(kids) if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, int) and page is not None:
            found.add(page.objgen)
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
            found.add(kid.get("/Pg", page).objgen)
    return found


def _plant_alt_on_page_two(data: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        second = pdf.pages[1].obj.objgen
        for element, page in _elements(pdf.Root.StructTreeRoot):
            if _content_pages(element, page) == {second}:
                element.Alt = pikepdf.String(ALT)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _uncompressed(data: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        out = io.BytesIO()
        pdf.save(out, compress_streams=False, object_stream_mode=pikepdf.ObjectStreamMode.disable)
        return out.getvalue()


def test_a_left_out_page_leaves_the_structure_tree_and_its_notice_is_tagged(tmp_path) -> None:
    original = _plant_alt_on_page_two(_tagged_five_pages())
    assert ALT.encode() in _uncompressed(original)
    public = pdf_public.leave_out_pages(pdf_public.strip(original), {2: LINES}, notice_page_pdf)

    assert is_tagged(public)
    assert ALT.encode() not in _uncompressed(public)
    assert audit_pdf(public).findings == []
    with pikepdf.open(io.BytesIO(public)) as pdf:
        assert len(pdf.pages) == 5
        first, second = pdf.pages[0].obj.objgen, pdf.pages[1].obj.objgen
        on_second = [
            element
            for element, page in _elements(pdf.Root.StructTreeRoot)
            if second in _content_pages(element, page)
        ]
        (notice,) = on_second  # the notice's paragraph and nothing else
        assert notice.S == "/P" and notice.K == 0
        key = int(pdf.pages[1].obj.StructParents)
        nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
        assert nums[nums.index(key) + 1][0].objgen == notice.objgen
        # The paragraph that ran from page 1 onto page 2 keeps its page-1 part.
        assert any(_content_pages(e, p) == {first} for e, p in _elements(pdf.Root.StructTreeRoot))
        fonts = pdf.pages[1].obj.Resources.Font.values()
        assert all("/FontFile2" in font.FontDescriptor for font in fonts)  # embedded TrueType
    path = tmp_path / "offentlig.pdf"
    path.write_bytes(public)
    assert_stripped_accessible(path)  # no structure finding
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "LiberationSans" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts
