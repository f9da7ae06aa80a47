"""A stored PDF bilaga as a public copy may carry it: only what its pages draw.

strip(data): annotations (links, notes, FreeText, form widgets, attached files), the form
    (AcroForm), attached files, JavaScript and actions, outlines, page labels, Info and XMP
    metadata (of the file, its pages, images and forms) are removed, and so is every key of the
    catalog, the page tree and the pages that does not serve drawing them. What is left is the page
    content that the scan read (interchange.pdf_content_text) and Tesseract read where there
    are images, and the structure tree of a tagged file (so it stays accessible), cleaned: no
    references to the removed annotations, no associated files. Every personnummer in a
    string or name left outside the pages' content (the structure tree's texts, a layer's or
    a font's name, marked-content properties) is masked (interchange.pdf_left_over). What
    the pages draw from without showing goes too (interchange.pdf_scrub): comments and
    skipped operators in the content, the metadata of JPEG pictures; inline images become
    image objects, so OCR reads them.
read_pages(data): per page, its text, its OCR result when it has images, and Tesseract's
    reading of the lines it draws as outlines, when it draws any (interchange.outline_ocr),
    and what is read across the break to the next page (interchange.pdf_page_seams).
leave_out_pages(data, notices, draw): each page named replaced by one of the same size that says
    why it is left out; nothing it drew (text, pictures) stays in the file.
remove_numbers(data, numbers): the digits of each personnummer in `numbers` taken out of the
    strings that draw them (never a box drawn over them alone; interchange.pdf_number_removal,
    across page breaks too), a marked box on the gap they leave (pdf_removal_marks), then the
    page is read again to check; a page where a number is still found is reported, not
    published."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace

import pikepdf

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import (
    ocr,
    ocr_doubts,
    outline_ocr,
    pdf_layout,
    pdf_left_over,
    pdf_number_removal,
    pdf_page_seams,
    pdf_scrub,
    pdf_structure,
    pdf_unreached,
)
from ksdesk.interchange.pdf_content_text import page_text

# What the catalog, the page tree's nodes and a page keep: what the pages draw with, their
# sizes, the layers and the structure of a tagged file, and how a viewer opens it. Anything
# else goes, whatever it is called: forms, outlines, names, actions, metadata, PieceInfo,
# thumbnails and keys no standard names, where a producer or a sender kept a picture or a
# drawing of a personnummer that no viewer shows and the file still carries (a list of the
# keys to remove let every key nobody had listed through).
_ROOT_KEPT = frozenset(
    {"/Type", "/Pages", "/StructTreeRoot", "/MarkInfo", "/Lang", "/Version", "/Extensions"}
    | {"/OutputIntents", "/OCProperties", "/ViewerPreferences", "/PageLayout", "/PageMode"}
)
_NODE_KEPT = frozenset({"/Type", "/Kids", "/Count", "/Parent", "/Resources", "/MediaBox"})
_NODE_KEPT |= {"/CropBox", "/Rotate"}  # inherited by the pages below
# A page may not bring the mark of a decision to publish it unread
# (pdf_kept_unread.KEPT_UNREAD): only ksdesk sets it, after this.
_PAGE_KEPT = _NODE_KEPT - {"/Kids", "/Count"} | {"/Contents", "/BleedBox", "/TrimBox"}
_PAGE_KEPT |= {"/ArtBox", "/Group", "/StructParents", "/Tabs", "/UserUnit"}
READINGS_BREAK = "\n|\n"  # between a page's two readings: no number is read across it
# Draws a notice page: (width, height, lines) -> a one-page PDF (reports.notice_page).
NoticeDrawer = Callable[[float, float, list[str]], bytes]


@dataclass(frozen=True)
class PublicPage:
    number: int  # 1-based
    text: str  # what the page's content streams draw, in drawing order
    images: int
    ocr: ocr.PageOcr | None  # None: no images
    unreadable: str = ""  # why the page's own drawing cannot be read, in Swedish
    layout: str = ""  # the same text as it is seen (interchange.pdf_layout)
    hidden: str = ""  # the text drawn invisible: a scanner's OCR layer over its picture
    picture_share: float = 0.0  # how much of the page its largest picture covers (0 to 1)
    codes: str = ""  # the strings' codes as Latin-1, when not the text (a lying ToUnicode)
    # What Tesseract read of text drawn as outlines (interchange.outline_ocr); None: none.
    outlines: outline_ocr.OutlineReading | None = None
    # The text across the break to the next page, in both readings (pdf_page_seams): a name
    # or number the break splits ("811218-" at the foot, "9876" at the head of the next).
    seam: str = ""

    @property
    def readings(self) -> str:
        """Every reading of the page, for the scan: a number is found in any."""
        return READINGS_BREAK.join(r for r in (self.text, self.layout, self.codes, self.seam) if r)


def strip(data: bytes) -> bytes:
    """The PDF with nothing but its pages' drawn content (see the module)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        _keep_only(pdf.Root, _ROOT_KEPT)
        _keep_only_in_tree(pdf.Root.get("/Pages"), set())
        if "/Info" in pdf.trailer:
            del pdf.trailer["/Info"]
        if "/StructTreeRoot" in pdf.Root:
            pdf_left_over.clean_structure(pdf.Root.StructTreeRoot)
        names = pdf_scrub.Names()
        pdf_scrub.scrub(pdf, names)
        pdf.remove_unreferenced_resources()
        pdf_unreached.empty_unreached(pdf)
        pdf_left_over.mask_left_over(pdf, names)
        out = io.BytesIO()
        # No XMP and no Info written back; unreferenced objects (the removed form, the
        # attached files) are dropped because qpdf writes only what is reachable.
        pdf.save(out, fix_metadata_version=False, deterministic_id=True)
        return out.getvalue()


def _keep_only(dictionary, kept: frozenset[str]) -> None:
    for key in [key for key in dictionary if key not in kept]:
        del dictionary[key]


def _keep_only_in_tree(node, seen: set) -> None:
    """The page tree below `node` with nothing but what _NODE_KEPT and _PAGE_KEPT name."""
    if not isinstance(node, pikepdf.Dictionary) or (node.is_indirect and node.objgen in seen):
        return  # a loop in a damaged tree
    seen.add(node.objgen)
    kids = node.get("/Kids")
    if node.get("/Type") == "/Page" or not isinstance(kids, pikepdf.Array):
        _keep_only(node, _PAGE_KEPT)
        return
    _keep_only(node, _NODE_KEPT)
    for kid in kids:
        _keep_only_in_tree(kid, seen)


def read_pages(data: bytes, cache: ocr.OcrCache | None = None) -> list[PublicPage]:
    """Every page's text, and what Tesseract read in its images."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts: dict = {}
        texts = [page_text(page, fonts) for page in pdf.pages]
        pictured = [
            index
            for index, (page, text) in enumerate(zip(pdf.pages, texts, strict=True))
            if text.images or ocr.images_of(page)
        ]
        read = ocr.read_pages([pdf.pages[i] for i in pictured], cache) if pictured else []
        found = dict(zip(pictured, map(ocr_doubts.doubted, read), strict=True))
        outlined = outline_ocr.read_pages(list(pdf.pages))
        return _with_seams(
            [
                PublicPage(
                    number,
                    text.text,
                    text.images,
                    found.get(number - 1),
                    _unreadable(text),
                    text.layout,
                    text.hidden,
                    _share(text.picture_area, pdf.pages[number - 1]),
                    text.codes,
                    outlined[number - 1],
                )
                for number, text in enumerate(texts, start=1)
            ]
        )


def _with_seams(pages: list[PublicPage]) -> list[PublicPage]:
    """The pages, each with the text across the break to the next (pdf_page_seams)."""
    texts = pdf_page_seams.seam_texts([page.text for page in pages], "\n")
    layouts = pdf_page_seams.seam_texts([page.layout for page in pages], pdf_layout.LINE_BREAK)
    return [
        replace(page, seam=READINGS_BREAK.join(seam for seam in seams if seam))
        for page, *seams in zip(pages, [*texts, ""], [*layouts, ""], strict=True)
    ]


def _share(area: float, page: pikepdf.Page) -> float:
    try:
        box = [float(v) for v in page.mediabox]
    except (pikepdf.PdfError, TypeError, ValueError):
        return 1.0  # a page of no known size: the picture counts as large
    page_area = abs(box[2] - box[0]) * abs(box[3] - box[1])
    return min(1.0, area / page_area) if page_area else 1.0


def _unreadable(text) -> str:
    if text.unreadable_fonts:
        return "texten kan inte avkodas"
    if text.inline_images:
        # Left inline where pdf_scrub could not make it an image object: Tesseract never
        # sees it, so what it shows is unread.
        return "en bild på sidan kan inte läsas"
    if not text.text.strip() and not text.images:
        # Drawn without a text layer (text turned into outlines, a vector scan): what it
        # shows cannot all be read (the lines of outlines Tesseract reads are only those
        # that look like text), so a person has to look.
        return "sidan har ingen text som kan läsas"
    return ""


def leave_out_pages(data: bytes, notices: dict[int, list[str]], draw: NoticeDrawer) -> bytes:
    """`data` with each page numbered in `notices` (from 1) replaced by its lines of text,
    drawn by `draw(width, height, lines)` (a one-page PDF: reports.notice_page). The page
    object stays (links and the page count are kept); what it drew goes, and so does its
    content in the structure tree of a tagged file (interchange.pdf_structure)."""
    if not notices:
        return data
    with pikepdf.open(io.BytesIO(data)) as pdf:
        replaced = []
        for number, lines in sorted(notices.items()):
            if 1 <= number <= len(pdf.pages):
                page = pdf.pages[number - 1]
                _draw_notice(pdf, page, draw, lines)
                replaced.append(page)
        if replaced and "/StructTreeRoot" in pdf.Root:
            pdf_structure.drop_pages(pdf.Root.StructTreeRoot, {p.obj.objgen for p in replaced})
            for page in replaced:
                pdf_structure.tag_notice(pdf, page)
        pdf.remove_unreferenced_resources()
        out = io.BytesIO()
        pdf.save(out, fix_metadata_version=False, deterministic_id=True)
        return out.getvalue()


def _draw_notice(pdf: pikepdf.Pdf, page: pikepdf.Page, draw: NoticeDrawer, lines: list[str]):
    """The page's resources and content replaced by the notice's, drawn at its size."""
    box = [float(v) for v in page.mediabox]
    width, height = box[2] - box[0], box[3] - box[1]
    with pikepdf.open(io.BytesIO(draw(width, height, lines))) as notice:
        drawn = notice.pages[0].obj
        resources = drawn.Resources
        if not resources.is_indirect:  # copy_foreign takes indirect objects only
            resources = notice.make_indirect(resources)
        page.obj.Resources = pdf.copy_foreign(resources)
        contents = [pdf.copy_foreign(s) for s in pdf_structure.as_list(drawn.Contents)]
    if box[0] or box[1]:  # a media box that does not start at 0, 0: the notice moved onto it
        shift = f"1 0 0 1 {box[0]:g} {box[1]:g} cm\n".encode()
        contents.insert(0, pdf.make_stream(shift))
    page.obj.Contents = pikepdf.Array(contents)
    if "/Group" in page.obj:  # the transparency group of what it drew
        del page.obj["/Group"]


def remove_numbers(data: bytes, numbers: frozenset[str]) -> tuple[bytes, list[int]]:
    """`data` with the personnummer in `numbers` (twelve digits) taken out of the text drawn
    on its pages; also the pages where one is still found when the page is read again."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf_number_removal.remove(pdf, numbers)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    result = out.getvalue()
    left = [
        page.number
        for page in read_pages_text(result)
        if any(h.normalized in numbers for h in find_personnummer(page.readings))
    ]
    return result, left


def read_pages_text(data: bytes) -> list[PublicPage]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts: dict = {}
        return _with_seams(
            [
                PublicPage(
                    n,
                    (t := page_text(p, fonts)).text,
                    t.images,
                    None,
                    layout=t.layout,
                    codes=t.codes,
                )
                for n, p in enumerate(pdf.pages, start=1)
            ]
        )
