"""The last line of defence before a public PDF leaves ksdesk: an independent reader (pikepdf,
not the ReportLab and pypdf code that made the file) that reads every place a PDF can carry
text and reports each personnummer it finds that was not consciously kept, and each name or
secret title it is told to look for (core.withheld_words).

Read: the text drawn on every page (content streams and Form XObjects, in drawing order and as
it is seen: interchange.pdf_layout), annotations (their texts, link targets and appearance
streams), form fields (names, values, defaults, options), outlines, the Info dictionary, XMP
metadata, JavaScript, embedded files (a PDF inside is read the same way, any other file as
text), and then every other string and stream in the file, so that a place nobody thought of
is read too (the pages: interchange.pdf_audit_page; the places of no page:
interchange.pdf_audit_document). Fonts and images are not text and are skipped;
what a page's images show is the OCR's business before this point (services.public_pdf).
The values of a picture's pixels are not read as text, even where they happen to be the
bytes of ASCII digits (an inline image "BI /W 11 /H 1 /BPC 8 /CS /G ID 811022-7017 EI" is a
grey strip that carries the number in its data): read so, a photograph's smooth shading
gave ten false personnummer in one page at 300 dpi (the bytes 0x30 to 0x39 are a dark
grey, and a gradient through them spells dates), at 2.6 s of CPU a page, and a number
hidden in pixels in any other coding (the low bit of each, inverted, spread out) would
still pass: that is steganography, which no reader of the file can rule out.
Text drawn as outlines is read by Tesseract here too (interchange.outline_ocr; the scan's
readings are kept, so a packet checked after its scan reads nothing again).

A place that cannot be read is listed too, in Swedish and with its page (what the library
said goes to the log only): nothing unread passes as clean. A page the secretary decided to
publish unread carries a mark (interchange.pdf_kept_unread), which the audit reports."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

import pikepdf

from ksdesk.core.personnummer import find_personnummer, may_hold_number
from ksdesk.core.withheld_words import SHOWN, WithheldWords
from ksdesk.interchange import outline_ocr
from ksdesk.interchange.pdf_audit_document import DocumentPlaces
from ksdesk.interchange.pdf_audit_findings import Audit, AuditFinding, Unread
from ksdesk.interchange.pdf_audit_page import PagePlaces
from ksdesk.interchange.pdf_audit_parts import decode, is_font_file, name_of, text_of
from ksdesk.interchange.pdf_drawn import PageText
from ksdesk.interchange.pdf_kept_unread import kept_unread
from ksdesk.interchange.pdf_scrub import jpeg_metadata, jpeg_of
from ksdesk.logs import logger

_SKIP_STREAM_TYPES = {"/Font", "/FontDescriptor", "/XRef", "/ObjStm"}
# Glyph programs and glyph-to-character maps: the fonts themselves, never text of the file.
_NOT_TEXT_KEYS = {"/FontFile", "/FontFile2", "/FontFile3", "/ToUnicode", "/CIDToGIDMap"}
_MAX_NESTING = 3  # PDFs attached to PDFs attached to PDFs
_log = logger("pdf_audit")


def audit_pdf(
    data: bytes,
    kept: frozenset[str] = frozenset(),
    _depth: int = 0,
    withheld: WithheldWords | None = None,
) -> Audit:
    """Every personnummer in `data` whose twelve digits are not in `kept`, every place that
    holds one of the `withheld` names or secret titles (a finding whose `normalized` is the
    kind, core.withheld_words, whose `key` is that of a name or title kept in some text, and
    whose `shown` never quotes the words), and every place whose text could not be read."""
    audit = Audit()
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except Exception as error:  # pikepdf raises its own and qpdf's errors
        _log.warning("PDF-filen kan inte öppnas: %s: %s", type(error).__name__, error)
        audit.unread.append(Unread("filen kan inte läsas som PDF (den är skadad eller låst)"))
        return audit
    with pdf:
        _Reader(pdf, audit, kept, _depth, withheld or WithheldWords()).read()
    return audit


class _Reader(PagePlaces, DocumentPlaces):
    def __init__(
        self,
        pdf: pikepdf.Pdf,
        audit: Audit,
        kept: frozenset[str],
        depth: int,
        withheld: WithheldWords,
    ) -> None:
        self.pdf, self.audit, self.kept, self.depth = pdf, audit, kept, depth
        self.withheld = withheld
        self.done: set[tuple[int, int]] = set()  # objects read with a name for where they are
        self.fonts: dict = {}  # fonts read once for the whole file
        self.pages: list[PageText] = []  # each page's text, for the text across page breaks

    def scan(self, where: str, text: str, ocr: bool = False) -> None:
        for kind, key in self.withheld.found_in(text):
            found = AuditFinding(where, SHOWN[kind], kind, key)
            if found not in self.audit.findings:
                self.audit.findings.append(found)
        if not may_hold_number(text) and not ocr:
            return  # every number has six digits at least (the many names and keys have none)
        for hit in find_personnummer(text, ocr=ocr):
            found = AuditFinding(where, hit.masked, hit.normalized)
            if hit.normalized not in self.kept and found not in self.audit.findings:
                self.audit.findings.append(found)

    def read(self) -> None:
        self.audit.pages = len(self.pdf.pages)
        for number, page in enumerate(self.pdf.pages, start=1):
            self._guarded(f"sida {number}", lambda n=number, p=page: self._page(n, p), number)
            if kept_unread(page):
                self.audit.kept_unread.add(number)
        self._guarded("sidbrytningarna", self._across_pages)
        # Text drawn as outlines has no text to read: Tesseract reads the lines of it.
        self._guarded("text ritad som kurvor", self._outline_pages)
        for where, step in (
            ("dokumentinformationen", self._info),
            ("XMP-metadata", self._metadata),
            ("bokmärkena", self._outlines),
            ("formulärfälten", self._fields),
            ("dokumentkatalogen", self._catalog),
            ("filens övriga objekt", self._everything_else),
        ):
            self._guarded(where, step)

    def _guarded(self, where: str, step: Callable[[], None], page: int | None = None) -> None:
        """One step of the reading. A file so damaged that the library gives up on a part of
        it leaves that part unread, said in Swedish (what the library said goes to the log,
        never to the secretary), and the rest of the file is still read."""
        try:
            step()
        except Exception as error:  # pikepdf's and qpdf's errors, a parser's on bad content
            _log.warning("%s kan inte läsas: %s: %s", where, type(error).__name__, error)
            self._unread(f"{where}: innehållet är skadat och kan inte läsas", page)

    def _unread(self, where: str, page: int | None = None) -> None:
        self.audit.unread.append(Unread(where, page))

    def _outline_pages(self) -> None:
        for number, reading in enumerate(outline_ocr.read_pages(list(self.pdf.pages)), 1):
            if reading is not None:
                self.scan(f"sida {number} (text ritad som kurvor)", reading.text, ocr=True)
                if not reading.vouched:
                    self._unread(f"sida {number}: {reading.reason}", number)

    def _mark(self, obj) -> None:
        if isinstance(obj, pikepdf.Object) and obj.is_indirect:
            self.done.add(obj.objgen)

    def _strings(self, where: str, obj, skip: set[str] = frozenset(), depth: int = 0) -> None:
        """Every string reachable in `obj` (dictionaries, arrays, streams), read once each."""
        if depth > 10:
            return
        if isinstance(obj, pikepdf.String):
            self.scan(where, text_of(obj))
        elif isinstance(obj, pikepdf.Name):
            self.scan(where, str(obj)[1:])  # a font's or a layer's name is shown too
        elif isinstance(obj, pikepdf.Array):
            joined = []
            for item in obj:
                if isinstance(item, pikepdf.String):
                    joined.append(text_of(item))
                else:
                    self._strings(where, item, skip, depth + 1)
            self.scan(where, "\n".join(joined))
        elif isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            if obj.is_indirect and depth > 0:
                if obj.objgen in self.done:
                    return
                self._mark(obj)
            if isinstance(obj, pikepdf.Stream):
                self._stream(where, obj)
            for key, value in obj.items():
                if key not in skip and key not in _NOT_TEXT_KEYS:
                    self.scan(where, key[1:])  # a name as a key (a resource's, a glyph's)
                    self._strings(where, value, skip, depth + 1)

    def _stream(self, where: str, stream: pikepdf.Stream) -> None:
        if stream.get("/Type") == "/EmbeddedFile":
            self._embedded(where, stream)
            return
        if stream.get("/Subtype") == "/Image":
            self._image(where, stream)
        if stream.get("/Type") in _SKIP_STREAM_TYPES or is_font_file(stream):
            return
        try:
            data = stream.read_bytes()
        except pikepdf.PdfError:
            self._unread(f"{where}: en dataström kan inte avkodas")
            return
        if b"begincmap" in data[:600]:
            return  # a font's character map (ToUnicode, CMap): codes, not text
        self.scan(where, decode(data))

    def _image(self, where: str, image: pikepdf.Stream) -> None:
        """A JPEG's own metadata (EXIF, XMP, comments): the picture itself is the OCR's."""
        data = jpeg_of(image) if image.get("/Subtype") == "/Image" else None
        if data is not None:
            self.scan(f"{where}, bildens metadata", jpeg_metadata(data))

    def _embedded(self, where: str, stream: pikepdf.Stream) -> None:
        try:
            data = stream.read_bytes()
        except pikepdf.PdfError:
            self._unread(f"{where}: en bifogad fil kan inte avkodas")
            return
        label = where if "bifogad fil" in where else f"{where}, bifogad fil"
        if data.startswith(b"%PDF") and self.depth < _MAX_NESTING:
            inner = audit_pdf(data, self.kept, self.depth + 1, self.withheld)
            for found in inner.findings:
                self.audit.findings.append(replace(found, where=f"{label}: {found.where}"))
            self.audit.unread += [Unread(f"{label}: {u.where}") for u in inner.unread]
        else:
            self.scan(label, decode(data))

    def _everything_else(self) -> None:
        """Every object not yet read, by what it is: nothing in the file goes unread."""
        for obj in self.pdf.objects:
            if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream | pikepdf.Array):
                continue
            if obj.is_indirect and obj.objgen in self.done:
                continue
            if isinstance(obj, pikepdf.Stream) and is_font_file(obj):
                continue
            self._strings(name_of(obj), obj)
