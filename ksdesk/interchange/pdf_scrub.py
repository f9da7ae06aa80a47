"""What a PDF carries in the bytes its pages draw from but do not show, taken out of a public
copy (interchange.pdf_public.strip calls `scrub`):

- inline images (BI … ID … EI) become image objects, so that Tesseract reads them as it reads
  every other picture (a scanned ID card drawn inline was published unread), in the pages,
  their forms, soft masks and tiling patterns (not in Type 3 glyphs, which pdf_type3 reads
  through their font), and what their
  dictionaries say is masked with the rest of the file;
- the metadata segments of JPEG images (EXIF, XMP, IPTC, comments and JFIF thumbnails: the
  camera's or scanner's words about the picture, where a caption or a file name may carry a
  personnummer) are dropped; Adobe's segment, which says how the colours are coded, stays;
- content streams are written anew from what they draw: comments go, and so do the operators
  a viewer skips (unknown ones, allowed inside BX … EX) with their operands; a personnummer
  in a name or a string that draws nothing (a marked-content tag, an inline dictionary) is
  masked;
- a personnummer in a name is masked the same way wherever the name stands, also where it is
  a dictionary key (a resource's name, a Type 3 glyph's name) and where a content stream uses
  it, so that the page still finds its font (`Names`).

The strings that draw text are left alone: they are glyph codes, read and masked through
their fonts (interchange.pdf_content_text, pdf_public.remove_numbers)."""

from __future__ import annotations

import contextlib

import pikepdf

from ksdesk.core.personnummer import may_hold_number
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.interchange.pdf_content_text import CONTENT_ERRORS
from ksdesk.interchange.pdf_inline_images import externalized

_SHOWS_TEXT = {"Tj", "TJ", "'", '"'}
_MARKED = {"BDC", "DP"}  # marked content: the strings of its properties are read as text
# Operands that are words, or may hold them (the others are numbers).
_WORDS = (pikepdf.Name, pikepdf.String, pikepdf.Array, pikepdf.Dictionary)
# Every operator of PDF 32000-1 (table A.1); any other is skipped by a viewer inside BX … EX.
OPERATORS = frozenset(
    {
        *("b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d"),
        *("d0", "d1", "Do", "DP", "EI", "EMC", "ET", "EX", "f", "F", "f*", "G", "g", "gs"),
        *("h", "i", "ID", "j", "J", "K", "k", "l", "m", "M", "MP", "n", "q", "Q", "re"),
        *("RG", "rg", "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD"),
        *("Tf", "Tj", "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y"),
        *("'", '"'),
    }
)
# JPEG markers: application segments APP0–APP15 and the comment.
_APP0, _APP14, _APP15, _COMMENT = 0xE0, 0xEE, 0xEF, 0xFE
_START_OF_SCAN, _END_OF_IMAGE = 0xDA, 0xD9


class Names:
    """Each name holding a personnummer, masked, and the same masked name for it wherever it
    stands; two names that mask alike are told apart by a number after them."""

    def __init__(self) -> None:
        self.masked: dict[str, str] = {}
        self.taken: set[str] = set()

    def of(self, name: str) -> str:
        """`name` ("/F811218-9876") as it may be published ("/FXXXXXX-XXXX")."""
        if not may_hold_number(name):
            return name
        if name not in self.masked:
            masked = "/" + mask_personnummer(name[1:])
            if masked == name:
                return name
            candidate, count = masked, 1
            while candidate in self.taken:
                count += 1
                candidate = f"{masked}_{count}"
            self.taken.add(candidate)
            self.masked[name] = candidate
        return self.masked[name]


def scrub(pdf: pikepdf.Pdf, names: Names) -> None:
    """Inline images made objects, JPEG metadata dropped, content streams written anew (see
    the module)."""
    for page in pdf.pages:
        # A content stream that cannot be parsed is read as unreadable by the scan.
        with contextlib.suppress(pikepdf.PdfError):
            page.externalize_inline_images(min_size=0)
    for obj in list(pdf.objects):
        if not isinstance(obj, pikepdf.Stream):
            continue
        if obj.get("/Subtype") == "/Image":
            _jpeg_scrubbed(obj)
    for stream in _drawing_streams(pdf, glyphs=False):
        externalized(stream)
    for page in pdf.pages:
        data = _rewritten(page, names)
        if data is not None:  # the page's streams as one: an operator may span two of them
            page.obj.Contents = pdf.make_stream(data)
    for stream in _drawing_streams(pdf):
        data = _rewritten(stream, names)
        if data is not None:
            stream.write(data)


def _drawing_streams(pdf: pikepdf.Pdf, glyphs: bool = True) -> list[pikepdf.Stream]:
    """Every content stream of the file that is not a page's: Form XObjects (a soft mask's
    group too), tiling patterns, and Type 3 glyphs unless `glyphs` is False."""
    found: list = []
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Stream | pikepdf.Dictionary):
            continue
        if obj.get("/Subtype") == "/Form" or obj.get("/PatternType") == 1:
            found.append(obj)
        elif glyphs and obj.get("/Subtype") == "/Type3":
            procs = obj.get("/CharProcs")
            found += list(procs.values()) if isinstance(procs, pikepdf.Dictionary) else []
    return [s for s in found if isinstance(s, pikepdf.Stream)]


def _rewritten(holder, names: Names) -> bytes | None:
    """The content of a page or stream written anew (see the module); None when it has
    nothing to take out, or cannot be parsed (the scan reports such a page; the last reader
    reads its bytes)."""
    try:
        instructions = pikepdf.parse_content_stream(holder)
    except CONTENT_ERRORS:
        return None
    kept = []
    changed = _has_comment(holder)
    for instruction in instructions:
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            kept.append(instruction)  # one externalize could not take out
            continue
        operator = str(instruction.operator)
        if operator not in OPERATORS:
            changed = True  # skipped by every viewer (BX … EX): nothing it says is shown
            continue
        operands = list(instruction.operands)
        if operator in _SHOWS_TEXT or not any(isinstance(o, _WORDS) for o in operands):
            kept.append(instruction)  # numbers only, or glyph codes read through the font
            continue
        # The texts of marked content are read as drawn text by the scan (a hit that needs
        # a decision): its tag and any other name or value are masked here.
        masked = [_masked(o, names, shown=operator in _MARKED) for o in operands]
        if masked != operands:
            changed = True
            instruction = pikepdf.ContentStreamInstruction(masked, instruction.operator)
        kept.append(instruction)
    return pikepdf.unparse_content_stream(kept) if changed else None


def _has_comment(holder) -> bool:
    """Whether the stream may hold a comment (a % anywhere: in a string too, to be safe)."""
    try:
        if isinstance(holder, pikepdf.Page):
            contents = holder.obj.get("/Contents")
            streams = contents if isinstance(contents, pikepdf.Array) else [contents]
            return any(b"%" in s.read_bytes() for s in streams if isinstance(s, pikepdf.Stream))
        return b"%" in holder.read_bytes()
    except pikepdf.PdfError:
        return True


def _masked(value, names: Names, shown: bool = False):
    """An operand or a value inside it, with each personnummer masked; `shown`: a marked-
    content dictionary, whose own strings are left for the scan."""
    if isinstance(value, pikepdf.Name):
        return pikepdf.Name(names.of(str(value)))
    if isinstance(value, pikepdf.String):
        try:
            text = str(value)
        except UnicodeDecodeError:
            text = bytes(value).decode("latin-1")
        if may_hold_number(text) and (masked := mask_personnummer(text)) != text:
            return pikepdf.String(masked)
        return value
    if isinstance(value, pikepdf.Array):
        return pikepdf.Array([_masked(v, names) for v in value])
    if isinstance(value, pikepdf.Dictionary):
        return pikepdf.Dictionary(
            {
                names.of(str(k)): v
                if shown and isinstance(v, pikepdf.String)
                else _masked(v, names)
                for k, v in value.items()
            }
        )
    return value


def jpeg_of(image: pikepdf.Stream) -> bytes | None:
    """The JPEG file an image stream holds (DCTDecode, after any other filter), or None."""
    filters = image.get("/Filter")
    chain = list(filters) if isinstance(filters, pikepdf.Array) else [filters]
    if not chain or chain[-1] != "/DCTDecode":
        return None
    try:
        if len(chain) == 1:
            return image.read_raw_bytes()
        # The filters before the JPEG's undone on a copy (qpdf undoes only whole chains).
        before = pikepdf.Pdf.new().make_stream(image.read_raw_bytes())
        before.Filter = pikepdf.Array(chain[:-1])
        parms = image.get("/DecodeParms")
        if isinstance(parms, pikepdf.Array):
            before.DecodeParms = pikepdf.Array(list(parms)[:-1])
        return before.read_bytes()
    except pikepdf.PdfError:
        return None


def _jpeg_scrubbed(image: pikepdf.Stream) -> None:
    data = jpeg_of(image)
    if data is None:
        return
    segments = jpeg_segments(data)
    if segments is None:
        return  # not a JPEG that can be walked: the last reader reads all of it
    kept = b"".join(data[start:end] for start, end, marker in segments if not _is_metadata(marker))
    if kept == data:
        return
    parms = image.get("/DecodeParms")
    if isinstance(parms, pikepdf.Array):  # one for each filter: the JPEG's is the last
        parms = parms[-1] if len(parms) else None
    if not isinstance(parms, pikepdf.Dictionary):  # Adobe's colour transform, or nothing
        parms = None
    image.write(kept, filter=pikepdf.Name.DCTDecode, decode_parms=parms)


def _is_metadata(marker: int) -> bool:
    return (_APP0 <= marker <= _APP15 and marker != _APP14) or marker == _COMMENT


def jpeg_segments(data: bytes) -> list[tuple[int, int, int]] | None:
    """(start, end, marker) of every segment of a JPEG, entropy-coded data counted to the
    scan before it, covering every byte; None when `data` is no JPEG that can be walked."""
    if not data.startswith(b"\xff\xd8"):
        return None
    segments = [(0, 2, 0xD8)]
    position = 2
    while position < len(data):
        if data[position] != 0xFF or position + 1 >= len(data):
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # a fill byte before a marker
            segments.append((position, position + 1, marker))
            position += 1
            continue
        if marker == _END_OF_IMAGE:
            segments.append((position, len(data), marker))
            return segments
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            segments.append((position, position + 2, marker))
            position += 2
            continue
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        end = position + 2 + length
        if length < 2 or end > len(data):
            return None
        if marker == _START_OF_SCAN:
            end = _scan_end(data, end)
        segments.append((position, end, marker))
        position = end
    return segments


def _scan_end(data: bytes, position: int) -> int:
    """Where the entropy-coded data after a scan header ends: at the next marker (0xFF not
    followed by 0x00, a restart marker or a fill byte)."""
    while True:
        position = data.find(b"\xff", position)
        if position < 0 or position + 1 >= len(data):
            return len(data)
        following = data[position + 1]
        if following == 0 or 0xD0 <= following <= 0xD7:
            position += 2
            continue
        return position


def jpeg_metadata(data: bytes) -> str:
    """What the metadata segments of a JPEG say (all of it when it cannot be walked), as text
    for the last reader (interchange.pdf_audit)."""
    segments = jpeg_segments(data)
    if segments is None:
        return data.decode("latin-1")
    return "\n".join(
        data[start + 4 : end].decode("latin-1")
        for start, end, marker in segments
        if _APP0 <= marker <= _APP15 or marker == _COMMENT
    )
