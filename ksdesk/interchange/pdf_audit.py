"""The last line of defence before a public PDF leaves ksdesk: an independent reader (pikepdf,
not the ReportLab and pypdf code that made the file) that reads every place a PDF can carry
text and reports each personnummer it finds that was not consciously kept.

Read: the text drawn on every page (content streams and Form XObjects, in drawing order and as
it is seen: interchange.pdf_layout), annotations (their texts, link targets and appearance
streams), form fields (names, values, defaults, options), outlines, the Info dictionary, XMP
metadata, JavaScript, embedded files (a PDF inside is read the same way, any other file as
text), and then every other string and stream in the file, so that a place nobody thought of
is read too. Fonts and images are not text and are skipped;
what a page's images show is the OCR's business before this point (services.public_pdf).
Text drawn as outlines is read by Tesseract here too (interchange.outline_ocr; the scan's
readings are kept, so a packet checked after its scan reads nothing again)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import pikepdf

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import outline_ocr
from ksdesk.interchange.pdf_content_text import page_text, stream_text
from ksdesk.interchange.pdf_scrub import jpeg_metadata, jpeg_of
from ksdesk.interchange.pdf_undrawn import undrawn_text

_SKIP_STREAM_TYPES = {"/Font", "/FontDescriptor", "/XRef", "/ObjStm"}
_SKIP_SUBTYPES = {"/Image", "/Type1C", "/CIDFontType0C", "/OpenType"}
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
# Glyph programs and glyph-to-character maps: the fonts themselves, never text of the file.
_NOT_TEXT_KEYS = {"/FontFile", "/FontFile2", "/FontFile3", "/ToUnicode", "/CIDToGIDMap"}
_MAX_NESTING = 3  # PDFs attached to PDFs attached to PDFs
_SIX_DIGITS = re.compile(r"(?:\d\D*){6}")


@dataclass(frozen=True)
class AuditFinding:
    where: str  # in Swedish: "sida 3 (text)", "formulärfält ”pnr” (värde)", "bokmärke"
    shown: str  # the number masked: "811218-XXXX"
    normalized: str  # never shown; compared with what was kept


@dataclass
class Audit:
    findings: list[AuditFinding] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # places whose text could not be read
    pages: int = 0

    @property
    def clean(self) -> bool:
        return not self.findings


def audit_pdf(data: bytes, kept: frozenset[str] = frozenset(), _depth: int = 0) -> Audit:
    """Every personnummer in `data` whose twelve digits are not in `kept`."""
    audit = Audit()
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as error:
        audit.unreadable.append(f"filen kan inte läsas som PDF ({error})")
        return audit
    with pdf:
        _Reader(pdf, audit, kept, _depth).read()
    return audit


class _Reader:
    def __init__(self, pdf: pikepdf.Pdf, audit: Audit, kept: frozenset[str], depth: int) -> None:
        self.pdf, self.audit, self.kept, self.depth = pdf, audit, kept, depth
        self.done: set[tuple[int, int]] = set()  # objects read with a name for where they are
        self.fonts: dict = {}  # fonts read once for the whole file

    def scan(self, where: str, text: str, ocr: bool = False) -> None:
        if not _SIX_DIGITS.search(text) and not ocr:
            return  # every number has six digits at least (the many names and keys have none)
        for hit in find_personnummer(text, ocr=ocr):
            found = AuditFinding(where, hit.masked, hit.normalized)
            if hit.normalized not in self.kept and found not in self.audit.findings:
                self.audit.findings.append(found)

    def read(self) -> None:
        self.audit.pages = len(self.pdf.pages)
        for number, page in enumerate(self.pdf.pages, start=1):
            self._page(number, page)
        # Text drawn as outlines has no text to read: Tesseract reads the lines of it.
        for number, reading in enumerate(outline_ocr.read_pages(list(self.pdf.pages)), 1):
            if reading is not None:
                self.scan(f"sida {number} (text ritad som kurvor)", reading.text, ocr=True)
                if not reading.vouched:
                    self.audit.unreadable.append(f"sida {number}: {reading.reason}")
        self._info()
        self._metadata()
        self._outlines()
        self._fields()
        self._catalog()
        self._everything_else()

    def _mark(self, obj) -> None:
        if isinstance(obj, pikepdf.Object) and obj.is_indirect:
            self.done.add(obj.objgen)

    def _page(self, number: int, page: pikepdf.Page) -> None:
        self._mark(page.obj)
        text = page_text(page, self.fonts)
        self.scan(f"sida {number} (text)", text.text)
        self.scan(f"sida {number} (text)", text.layout)  # as seen: parts drawn apart
        self.scan(f"sida {number} (teckenkoder)", text.codes)  # if the ToUnicode map lies
        # Text drawn invisible is a scanner's OCR layer: read with OCR's faults, as the scan is.
        self.scan(f"sida {number} (dold text)", text.hidden, ocr=True)
        for font in sorted(text.unreadable_fonts):
            self.audit.unreadable.append(f"sida {number}: typsnittet {font} kan inte avkodas")
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
        where = f"sida {number}, {_ANNOT_NAMES.get(kind, 'anteckning')} ({kind})"
        self._strings(where, annot, skip={"/Parent", "/P", "/AP", "/Popup", "/IRT"})
        appearance = annot.get("/AP")
        if isinstance(appearance, pikepdf.Dictionary):
            for state in _streams(appearance):
                self._mark(state)
                shown = stream_text(state, state.get("/Resources"), self.fonts)
                self.scan(f"{where}, utseende", shown.text)
                self.scan(f"{where}, utseende", shown.layout)

    def _strings(self, where: str, obj, skip: set[str] = frozenset(), depth: int = 0) -> None:
        """Every string reachable in `obj` (dictionaries, arrays, streams), read once each."""
        if depth > 10:
            return
        if isinstance(obj, pikepdf.String):
            self.scan(where, _text(obj))
        elif isinstance(obj, pikepdf.Name):
            self.scan(where, str(obj)[1:])  # a font's or a layer's name is shown too
        elif isinstance(obj, pikepdf.Array):
            joined = []
            for item in obj:
                if isinstance(item, pikepdf.String):
                    joined.append(_text(item))
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
        if stream.get("/Type") in _SKIP_STREAM_TYPES or _is_font_file(stream):
            return
        try:
            data = stream.read_bytes()
        except pikepdf.PdfError:
            self.audit.unreadable.append(f"{where}: en dataström kan inte avkodas")
            return
        if b"begincmap" in data[:600]:
            return  # a font's character map (ToUnicode, CMap): codes, not text
        self.scan(where, _decode(data))

    def _image(self, where: str, image: pikepdf.Stream) -> None:
        """A JPEG's own metadata (EXIF, XMP, comments): the picture itself is the OCR's."""
        data = jpeg_of(image) if image.get("/Subtype") == "/Image" else None
        if data is not None:
            self.scan(f"{where}, bildens metadata", jpeg_metadata(data))

    def _embedded(self, where: str, stream: pikepdf.Stream) -> None:
        try:
            data = stream.read_bytes()
        except pikepdf.PdfError:
            self.audit.unreadable.append(f"{where}: en bifogad fil kan inte avkodas")
            return
        label = where if "bifogad fil" in where else f"{where}, bifogad fil"
        if data.startswith(b"%PDF") and self.depth < _MAX_NESTING:
            inner = audit_pdf(data, self.kept, self.depth + 1)
            for found in inner.findings:
                self.audit.findings.append(
                    AuditFinding(f"{label}: {found.where}", found.shown, found.normalized)
                )
            self.audit.unreadable += [f"{label}: {u}" for u in inner.unreadable]
        else:
            self.scan(label, _decode(data))

    def _info(self) -> None:
        info = self.pdf.trailer.get("/Info")
        if isinstance(info, pikepdf.Dictionary):
            self._mark(info)
            for key, value in info.items():
                self._strings(f"dokumentinformation ({key})", value)

    def _metadata(self) -> None:
        metadata = self.pdf.Root.get("/Metadata")
        if isinstance(metadata, pikepdf.Stream):
            self._mark(metadata)
            self._stream("XMP-metadata", metadata)

    def _outlines(self) -> None:
        outlines = self.pdf.Root.get("/Outlines")
        if isinstance(outlines, pikepdf.Dictionary):
            self._outline_items(outlines.get("/First"), 0)

    def _outline_items(self, item, depth: int) -> None:
        while isinstance(item, pikepdf.Dictionary) and depth < 32:
            if item.is_indirect and item.objgen in self.done:
                return  # a loop in a damaged outline
            self._mark(item)
            self._strings("bokmärke", item.get("/Title"))
            self._strings("bokmärke (åtgärd)", item.get("/A"))
            self._outline_items(item.get("/First"), depth + 1)
            item = item.get("/Next")

    def _fields(self) -> None:
        form = self.pdf.Root.get("/AcroForm")
        if isinstance(form, pikepdf.Dictionary):
            for top in form.get("/Fields", []) or []:
                self._field(top, "", 0)

    def _field(self, field_obj, parent: str, depth: int) -> None:
        if not isinstance(field_obj, pikepdf.Dictionary) or depth > 16:
            return
        name = ".".join(p for p in (parent, _text(field_obj.get("/T", ""))) if p)
        where = f"formulärfält ”{name or 'utan namn'}”"
        for key in ("/T", "/TU", "/TM", "/V", "/DV", "/Opt"):
            self._strings(where, field_obj.get(key))
        for kid in field_obj.get("/Kids", []) or []:
            self._field(kid, name, depth + 1)

    def _catalog(self) -> None:
        """Attached files and scripts by name, and the actions run when the file opens."""
        root = self.pdf.Root
        names = root.get("/Names")
        if isinstance(names, pikepdf.Dictionary):
            for tree, label in (("/EmbeddedFiles", "bifogad fil"), ("/JavaScript", "JavaScript")):
                if tree in names:
                    for name, value in _name_tree(names[tree]):
                        self._strings(f"{label} ”{name}”", value)
        self._strings("åtgärd när filen öppnas", root.get("/OpenAction"))
        self._strings("åtgärder i dokumentet", root.get("/AA"))
        self._mark(root)
        read = {"/OpenAction", "/AA", "/Pages", "/Outlines", "/AcroForm", "/Metadata", "/Names"}
        self._strings("dokumentkatalogen", root, skip=read)

    def _everything_else(self) -> None:
        """Every object not yet read, by what it is: nothing in the file goes unread."""
        for obj in self.pdf.objects:
            if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream | pikepdf.Array):
                continue
            if obj.is_indirect and obj.objgen in self.done:
                continue
            if isinstance(obj, pikepdf.Stream) and _is_font_file(obj):
                continue
            self._strings(_name_of(obj), obj)


_ANNOT_NAMES = {
    "Link": "länk",
    "FreeText": "textruta",
    "Text": "kommentar",
    "FileAttachment": "bifogad fil",
    "Widget": "formulärfält",
    "Popup": "kommentar",
}


def _name_tree(node, depth: int = 0):
    """(name, value) of a PDF name tree (/Names pairs, /Kids below)."""
    if not isinstance(node, pikepdf.Dictionary) or depth > 16:
        return
    pairs = node.get("/Names", []) or []
    for index in range(0, len(pairs) - 1, 2):
        yield _text(pairs[index]), pairs[index + 1]
    for kid in node.get("/Kids", []) or []:
        yield from _name_tree(kid, depth + 1)


def _streams(appearance: pikepdf.Dictionary):
    for value in appearance.values():
        if isinstance(value, pikepdf.Stream):
            yield value
        elif isinstance(value, pikepdf.Dictionary):
            yield from (v for v in value.values() if isinstance(v, pikepdf.Stream))


def _is_font_file(stream: pikepdf.Stream) -> bool:
    return (
        "/Length1" in stream
        or "/CIDSystemInfo" in stream
        or stream.get("/Subtype") in _SKIP_SUBTYPES
    )


def _name_of(obj) -> str:
    if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        kind = obj.get("/Type") or obj.get("/S") or obj.get("/Subtype")
        if kind == "/Filespec":
            return "bifogad fil (filspecifikation)"
        if kind == "/JavaScript" or "/JS" in obj:
            return "JavaScript"
        if kind is not None:
            return f"PDF-objekt {str(kind)[1:]}"
    return "PDF-objekt"


def _text(value) -> str:
    if isinstance(value, pikepdf.String):
        raw = bytes(value)
        if raw.startswith((b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf")):
            return str(value)
        try:
            return str(value)
        except UnicodeDecodeError:
            return raw.decode("latin-1")
    return str(value) if value is not None else ""


def _decode(data: bytes) -> str:
    """A stream or file of unknown kind as text: UTF-16 when it says so, else UTF-8, else
    Latin-1 (every byte a character: digits come through whatever the encoding)."""
    if data.startswith((b"\xfe\xff", b"\xff\xfe")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")
