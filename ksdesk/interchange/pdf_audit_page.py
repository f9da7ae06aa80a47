"""What a PDF's pages hold, as the last reader (interchange.pdf_audit) reads them: each page's
text in every reading (as drawn, as seen, its codes, an OCR layer drawn invisible, what the
content says without drawing), its forms and images, its annotations with their appearance,
and the text that runs on across a page break."""

from __future__ import annotations

import pikepdf

from ksdesk.interchange.pdf_audit_findings import Audit
from ksdesk.interchange.pdf_audit_parts import ANNOT_NAMES, streams
from ksdesk.interchange.pdf_content_text import page_text, stream_text
from ksdesk.interchange.pdf_drawn import PageText
from ksdesk.interchange.pdf_layout import LINE_BREAK
from ksdesk.interchange.pdf_page_seams import seam_texts
from ksdesk.interchange.pdf_undrawn import undrawn_text


class PagePlaces:
    """Read by the reader's own `scan`, `_unread`, `_strings`, `_image` and `_mark`
    (pdf_audit._Reader)."""

    audit: Audit
    done: set[tuple[int, int]]
    fonts: dict
    pages: list[PageText]

    def scan(self, where: str, text: str, ocr: bool = False) -> None:
        raise NotImplementedError

    def _unread(self, where: str, page: int | None = None) -> None:
        raise NotImplementedError

    def _strings(self, where: str, obj, skip: set[str] = frozenset(), depth: int = 0) -> None:
        raise NotImplementedError

    def _image(self, where: str, image: pikepdf.Stream) -> None:
        raise NotImplementedError

    def _mark(self, obj) -> None:
        raise NotImplementedError

    def _page(self, number: int, page: pikepdf.Page) -> None:
        self._mark(page.obj)
        text = page_text(page, self.fonts)
        self.pages.append(text)
        self.scan(f"sida {number} (text)", text.text)
        self.scan(f"sida {number} (text)", text.layout)  # as seen: parts drawn apart
        self.scan(f"sida {number} (teckenkoder)", text.codes)  # if the ToUnicode map lies
        # Text drawn invisible is a scanner's OCR layer: read with OCR's faults, as the scan is.
        self.scan(f"sida {number} (dold text)", text.hidden, ocr=True)
        for font in sorted(text.unreadable_fonts):
            # "(skadat innehåll)", "(för djupt nästlade figurer)": the reader's, not a font
            why = f"({font[1:-1]})" if font.startswith("(") else f"(typsnittet {font})"
            self._unread(f"sida {number}: texten kan inte avkodas {why}", number)
        # What the content says without drawing it: comments, tags, skipped operators.
        self.scan(f"sida {number} (innehåll som inte visas)", undrawn_text(page))
        contents = page.obj.get("/Contents")
        for stream in contents if isinstance(contents, pikepdf.Array) else [contents]:
            self._mark(stream)
        self._forms_of(f"sida {number}", page.obj.get("/Resources"))
        for annot in page.obj.get("/Annots", []) or []:
            self._annotation(number, annot)
        # The rest of the page: its resources (marked-content properties, fonts, patterns)
        # and any key no standard names.
        self._strings(f"sida {number}", page.obj, skip={"/Parent", "/Contents", "/Annots"})

    def _across_pages(self) -> None:
        """A name or number that a page break splits, read as a reader turning the page reads
        it (interchange.pdf_page_seams); named by the page it begins on."""
        if len(self.pages) != self.audit.pages:
            return  # a page could not be read: it is listed unread, and no break is known
        for reading, line_break in (("text", "\n"), ("layout", LINE_BREAK)):
            texts = [getattr(text, reading) for text in self.pages]
            for number, seam in enumerate(seam_texts(texts, line_break), start=1):
                self.scan(f"sida {number} (texten som fortsätter på sida {number + 1})", seam)

    def _forms_of(self, where: str, resources, depth: int = 0) -> None:
        """Form XObjects and images are read with the page (text, OCR): mark them so that
        their content is not read raw, and read what their dictionaries hold (metadata,
        private data, any key)."""
        xobjects = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
        if not isinstance(xobjects, pikepdf.Dictionary) or depth > 8:
            return
        for xobject in xobjects.values():
            if isinstance(xobject, pikepdf.Stream) and xobject.is_indirect:
                if xobject.objgen in self.done:
                    continue
                self._mark(xobject)
                if xobject.get("/Subtype") == "/Form":
                    self.scan(f"{where} (innehåll som inte visas)", undrawn_text(xobject))
                self._image(where, xobject)
                for key, value in xobject.items():
                    if key not in ("/Resources", "/Length", "/Filter", "/DecodeParms"):
                        self._strings(where, value, depth=1)
                self._forms_of(where, xobject.get("/Resources"), depth + 1)

    def _annotation(self, number: int, annot) -> None:
        if not isinstance(annot, pikepdf.Dictionary):
            return
        self._mark(annot)
        kind = str(annot.get("/Subtype", "/Annot"))[1:]
        where = f"sida {number}, {ANNOT_NAMES.get(kind, 'anteckning')} ({kind})"
        self._strings(where, annot, skip={"/Parent", "/P", "/AP", "/Popup", "/IRT"})
        appearance = annot.get("/AP")
        if isinstance(appearance, pikepdf.Dictionary):
            for state in streams(appearance):
                self._mark(state)
                shown = stream_text(state, state.get("/Resources"), self.fonts)
                self.scan(f"{where}, utseende", shown.text)
                self.scan(f"{where}, utseende", shown.layout)
