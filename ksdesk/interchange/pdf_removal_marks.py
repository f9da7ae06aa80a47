"""The visible sign of what the public copy took out of a PDF page's text
(interchange.pdf_number_removal): the characters go from the strings that drew them, their
advance stands in their place (a TJ number), so the rest of the line stays where it stood
and a gap is left as wide as they were; a filled box is drawn on the gap. The text is
already gone, so the box hides nothing: it only shows the reader that something was taken
out, as Swedish practice asks (a black box, "(e-post borttagen)"), where a gap of white
looked like careless typing (walk29, finding 10).

The boxes are drawn after the page's own content, each in the text space its string was
drawn in, inside /Artifact marked content: a screen reader, the structure tree of a tagged
file and text extraction pass them by. In a tagged file a screen reader would then hear
nothing where the text was: the gap is wrapped in a /Span whose /ActualText is "maskerat",
inside the element the string belongs to. An untagged file gets no /ActualText (its readers
guess the reading order anyway). A string drawn invisible (a scanner's OCR layer over its
picture) keeps its gap but gets no box: the picture under it still shows what it read, and
the page is left out of the public copy for that (services.public_pdf). A standard font the
file gives no widths for (ReportLab's Helvetica, Times, Courier) is measured by its AFM
metrics, as a reader draws it (interchange.pdf_standard_widths); only a font neither
embedded nor standard and without widths gets no box: where its letters stand is a guess."""

from __future__ import annotations

from dataclasses import dataclass

import pikepdf

from ksdesk.interchange.pdf_drawn import DrawnPiece
from ksdesk.interchange.pdf_matrix import Matrix, applied

MARK_WORD = "maskerat"
# The box's foot and head in shares of the font size: from below the descenders to above
# the capitals and accents of the letters that stood there.
_FOOT, _HEAD = -0.22, 0.92
_END = object()  # where a mark ends among a TJ's elements


@dataclass(frozen=True)
class _Begin:
    """Where a mark begins among a TJ's elements, with the font's space (its code and its
    advance in thousandths of the size), if it has one: drawn inside a gap that keeps no
    space of its own, it is a glyph that shows nothing, for readers that say a /Span's
    /ActualText only where the span draws something (poppler)."""

    space: tuple[bytes, float] | None


Mark = tuple[Matrix, float, float, float, float]  # text space to page, x, y, width, height
# The strings of one instruction that lose characters: element (None: the operand of Tj, '
# or ") -> the string's piece and which of its characters are kept.
Cuts = dict[int | None, tuple[DrawnPiece, list[bool]]]


def rewritten(instructions: list, cuts: dict[int, Cuts], tagged: bool) -> bytes:
    """The content stream of `instructions` with the characters of `cuts` (by instruction)
    taken out, a gap left for each run and a box drawn on it (see the module)."""
    marks: list[Mark] = []
    kept: list = []
    for index, instruction in enumerate(instructions):
        if index in cuts:
            kept += _shown_without(instruction, cuts[index], marks, tagged)
        else:
            kept.append(instruction)
    if not marks:
        return pikepdf.unparse_content_stream(kept)
    content, depth = _balanced(kept)
    drawn = b"q\n" + pikepdf.unparse_content_stream(content) + b"\n" + b"Q\n" * (depth + 1)
    boxes = " ".join(
        f"q {' '.join(_number(v) for v in matrix)} cm "
        f"{_number(x)} {_number(y)} {_number(w)} {_number(h)} re f Q"
        for matrix, x, y, w, h in marks
    )
    return drawn + f"/Artifact BMC q 0 g {boxes} Q EMC\n".encode()


def _shown_without(instruction, cuts: Cuts, marks: list[Mark], tagged: bool) -> list:
    """A text-showing instruction as TJs whose strings lack the dropped codes, each run's
    advance in its place; with a marked /Span saying MARK_WORD around each gap if `tagged`."""
    operator, operands = str(instruction.operator), list(instruction.operands)
    if operator == "TJ":
        elements: list = []
        marked = False  # whether the last string cut ended with a box of its own
        for element, item in enumerate(operands[0]):
            if element not in cuts:
                elements.append(item)
                continue
            had = len(marks)
            cut = _cut(*cuts[element], marks)
            if _join(elements, cut) and marked and len(marks) > had:
                marks[had - 1 : had + 1] = [_merged(marks[had - 1], marks[had])]
            marked = len(marks) > had
            elements += cut
    else:
        elements = _cut(*cuts[None], marks)
    return moves_before(instruction) + _shown(elements, tagged)


def moves_before(instruction) -> list:
    """What a ' or " does before it shows its string, as instructions of their own, so that
    the string can be shown by TJ instead (of Tj, TJ: nothing)."""
    operator, operands = str(instruction.operator), list(instruction.operands)
    make = pikepdf.ContentStreamInstruction
    before = []
    if operator == '"':  # aw ac string ": word and character spacing, then a new line
        before = [make([operands[0]], pikepdf.Operator("Tw"))]
        before.append(make([operands[1]], pikepdf.Operator("Tc")))
    if operator in ("'", '"'):
        before.append(make([], pikepdf.Operator("T*")))
    return before


def _shown(elements: list, tagged: bool) -> list:
    """TJ instructions showing `elements`, split at the marks' ends when `tagged`."""
    make = pikepdf.ContentStreamInstruction
    span = [pikepdf.Name.Span, pikepdf.Dictionary(ActualText=pikepdf.String(MARK_WORD))]
    out, run = [], []
    for n, element in enumerate([*elements, None]):
        if isinstance(element, _Begin) or element is _END or element is None:
            if run:
                out.append(make([pikepdf.Array(run)], pikepdf.Operator("TJ")))
                run = []
            if tagged and isinstance(element, _Begin):
                out.append(make(span, pikepdf.Operator("BDC")))
                if element.space is not None and not _draws(elements[n + 1 :]):
                    code, advance = element.space
                    run += [pikepdf.String(code), advance]  # back over it: the gap stays
            elif tagged and element is _END:
                out.append(make([], pikepdf.Operator("EMC")))
        else:
            run.append(element)
    return out or [make([pikepdf.Array([])], pikepdf.Operator("TJ"))]


def _draws(elements: list) -> bool:
    """Whether the mark's elements (up to its end) draw a string."""
    for element in elements:
        if element is _END:
            return False
        if isinstance(element, pikepdf.String):
            return True
    return False


def _join(elements: list, cut: list) -> bool:
    """Make the mark `cut` begins with and the one `elements` end with one, when only TJ
    numbers stand between them (a kerning inside a number drawn as two strings): one box
    and one word for a screen reader, not two. Whether they were joined."""
    if not cut or not isinstance(cut[0], _Begin) or _END not in elements:
        return False
    end = len(elements) - 1 - elements[::-1].index(_END)
    if any(isinstance(e, (pikepdf.String, _Begin)) for e in elements[end + 1 :]):
        return False
    del elements[end]
    del cut[0]
    return True


def _merged(first: Mark, second: Mark) -> Mark:
    """One box from the start of `first` to the end of `second` (drawn on one baseline)."""
    matrix, x, y, width, height = first
    a, b, c, d, e, f = matrix
    px, py = applied(second[0], second[1] + second[3], second[2])
    end = (d * (px - e) - c * (py - f)) / (a * d - b * c)
    return matrix, x, y, max(width, end - x), height


def _cut(piece: DrawnPiece, keep: list[bool], marks: list[Mark]) -> list:
    """The TJ elements that draw `piece` without the characters not in `keep`: a run of
    dropped codes becomes its advance (with the spaces kept between two runs, one mark),
    between a _Begin and _END; each mark's box is added to `marks`."""
    setting, font = piece.setting, piece.font
    assert setting is not None and font is not None
    size = setting.size
    groups: list[tuple[bool, bytes, float, bool]] = []  # kept, codes, advance, all spaces
    for code, text, kept in piece.code_runs(keep):
        advance = _advance(piece, code)
        if groups and groups[-1][0] == kept:
            was = groups[-1]
            groups[-1] = (kept, was[1] + code, was[2] + advance, was[3] and text.isspace())
        else:
            groups.append((kept, code, advance, text.isspace()))
    space = _space(piece)
    elements: list = []
    offset, start = 0.0, None
    for n, (kept, codes, advance, spaces) in enumerate(groups):
        inside = kept and spaces and start is not None and n + 1 < len(groups)
        if kept and not inside and start is not None:
            elements.append(_END)
            _mark(piece, start, offset, marks)
            start = None
        if not kept and start is None:
            elements.append(_Begin(space))
            start = offset
        if kept:
            elements.append(pikepdf.String(codes))
        elif size and advance:  # at size 0 nothing was seen, nor moved by thousandths of it
            elements.append(round(-1000 * advance / size, 3))
        offset += advance
    if start is not None:
        elements.append(_END)
        _mark(piece, start, offset, marks)
    return elements


def _advance(piece: DrawnPiece, code: bytes) -> float:
    """How far the code moves the text position (text space, before horizontal scaling)."""
    setting, font = piece.setting, piece.font
    assert setting is not None and font is not None
    advance = font.advance(code) * setting.size + setting.char_spacing
    if font.width == 1 and code == b" ":  # word spacing: the one-byte code 32 alone
        advance += setting.word_spacing
    return advance


def _space(piece: DrawnPiece) -> tuple[bytes, float] | None:
    """The code of a space in the piece's font and its advance in thousandths of the size;
    None when the font has none (a subset of other glyphs) or the size is 0."""
    font, setting = piece.font, piece.setting
    if font is None or setting is None or not setting.size:
        return None
    if font.width == 1:  # with a width of its own: a subset may lack the glyph
        drawn = font.decode(b" ") == " " and (font.widths.get(32) or not font.widths)
        code = b" " if drawn else None
    else:
        code = next((c for c, text in font.map.items() if text == " "), None)
    if code is None:
        return None
    return code, round(1000 * _advance(piece, code) / setting.size, 3)


def _mark(piece: DrawnPiece, start: float, end: float, marks: list[Mark]) -> None:
    """A box from `start` to `end` along the string's baseline (text space, before the
    horizontal scaling), the height of its letters; none for a string drawn invisible, nor
    where the font's widths are not known."""
    setting, font = piece.setting, piece.font
    if piece.hidden or setting is None or not setting.size or end <= start:
        return
    if font is not None and not font.widths and not font.missing:
        # A font without widths that is no standard one (whose AFM widths pdf_fonts reads):
        # its letters' widths are only guessed, and a box placed by a guess stood 12 pt off
        # after 42 letters at 9 pt, over kept text ("439 33"). The gap is left.
        return
    foot = setting.rise + _FOOT * setting.size
    height = (_HEAD - _FOOT) * setting.size
    width = (end - start) * setting.scale
    marks.append((setting.matrix, start * setting.scale, foot, width, height))


def _balanced(instructions: list) -> tuple[list, int]:
    """`instructions` without a Q that restores nothing (a viewer ignores it; here it would
    end the q that wraps the page), and how many q are left open at the end."""
    depth, kept = 0, []
    for instruction in instructions:
        operator = str(getattr(instruction, "operator", ""))
        if operator == "Q":
            if depth == 0:
                continue
            depth -= 1
        elif operator == "q":
            depth += 1
        kept.append(instruction)
    return kept, depth


def _number(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".") or "0"
