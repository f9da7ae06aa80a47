"""What a content stream says without drawing it, for the last reader (interchange.pdf_audit):
its comments, the operands of operators that draw no text (a marked-content tag, the
dictionary of marked content or of an inline image), and the operators no viewer knows
(allowed inside BX … EX and skipped) with their operands. None of it shows on the page, and
all of it is in the file's bytes for anyone who opens them.

Read here with a tokenizer of its own for the comments (qpdf's parser drops them) and with
pikepdf for the operands; the public copy writes its content streams anew without them
(interchange.pdf_scrub), and this is the check that it did."""

from __future__ import annotations

import re

import pikepdf

from ksdesk.interchange.pdf_content_text import CONTENT_ERRORS

_SHOWS_TEXT = {"Tj", "TJ", "'", '"'}  # their strings are glyph codes, read through the font
_MARKED = {"BDC", "DP"}  # pdf_content_text reads the texts of their properties
# The operators whose operands may be words: marked content, resources by name, inline images.
_WITH_WORDS = "BDC BMC DP MP Tf Do gs cs CS scn SCN sh ri BI ID EI"
# A comment, or what may hold a % that is none: a literal string (with parentheses inside
# it, one deep), a hex string, a dictionary's opening, an inline image's ID.
_TOKEN = re.compile(
    rb"%[^\r\n]*|\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)|<<|<[^<>]*>|(?<=\s)ID(?=\s)",
    re.DOTALL,
)
_WHITESPACE = b" \t\r\n\f\x00"
_DELIMITERS = b"()<>[]{}/%"


def undrawn_text(holder) -> str:
    """The comments and the undrawn operands of a page or content stream, one to a line."""
    data = _bytes_of(holder)
    # Only the operators that take a name, a string or a dictionary, unless the stream may
    # hold operators no viewer knows (allowed only inside BX … EX).
    wanted = "" if b"BX" in data else _WITH_WORDS
    try:
        instructions = pikepdf.parse_content_stream(holder, wanted)
    except CONTENT_ERRORS:
        instructions = []  # a stream that cannot be parsed: its comments are still read
    lines: list[str] = []
    for instruction in instructions:
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            head = instruction.iimage.unparse().split(b"ID", 1)[0]
            lines.append(head.decode("latin-1"))
            continue
        operator = str(instruction.operator)
        if operator in _SHOWS_TEXT:
            continue
        for operand in instruction.operands:
            if operator in _MARKED and isinstance(operand, pikepdf.Dictionary):
                # Its texts (/ActualText, /Alt) are read with the drawn text: the rest here.
                operand = pikepdf.Dictionary(
                    {k: v for k, v in operand.items() if not isinstance(v, pikepdf.String)}
                )
            _texts(operand, lines, 0)
    lines += comments(data)
    return "\n".join(line for line in lines if line)


def _bytes_of(holder) -> bytes:
    try:
        if isinstance(holder, pikepdf.Page):
            contents = holder.obj.get("/Contents")
            streams = contents if isinstance(contents, pikepdf.Array) else [contents]
            return b"\n".join(s.read_bytes() for s in streams if isinstance(s, pikepdf.Stream))
        return holder.read_bytes()
    except pikepdf.PdfError:
        return b""


def _texts(value, lines: list[str], depth: int) -> None:
    if depth > 16:
        return
    if isinstance(value, pikepdf.String):
        try:
            lines.append(str(value))
        except UnicodeDecodeError:
            lines.append(bytes(value).decode("latin-1"))
    elif isinstance(value, pikepdf.Name):
        lines.append(str(value)[1:])
    elif isinstance(value, pikepdf.Array):
        for item in value:
            _texts(item, lines, depth + 1)
    elif isinstance(value, pikepdf.Dictionary):
        for key, item in value.items():
            lines.append(key[1:])
            _texts(item, lines, depth + 1)


def comments(data: bytes) -> list[str]:
    """The comments of a content stream: from a % outside a string to the end of its line.
    Strings (literal and hex) and the data of inline images are stepped over."""
    found: list[str] = []
    if b"%" not in data:
        return found  # most streams: nothing to look for
    position = 0
    while (match := _TOKEN.search(data, position)) is not None:
        token = match.group()
        position = match.end()
        if token.startswith(b"%"):
            found.append(token[1:].decode("latin-1"))
        elif token.startswith(b"ID"):  # the inline image's data follows
            position = _inline_data_end(data, position)
    return found


def _token_apart(data: bytes, position: int, length: int) -> bool:
    before = data[position - 1 : position] if position else b" "
    after = data[position + length : position + length + 1] or b" "
    return before in _WHITESPACE and (after in _WHITESPACE or after in _DELIMITERS)


def _inline_data_end(data: bytes, position: int) -> int:
    """Just after the EI that ends an inline image's data (an EI standing apart)."""
    while True:
        found = data.find(b"EI", position)
        if found < 0:
            return len(data)
        if _token_apart(data, found, 2):
            return found + 2
        position = found + 2
