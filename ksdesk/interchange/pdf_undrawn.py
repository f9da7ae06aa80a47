"""What a content stream says without drawing it, for the last reader (interchange.pdf_audit):
its comments, the operands of operators that draw no text (a marked-content tag, the
dictionary of marked content or of an inline image), and the operators no viewer knows
(allowed inside BX … EX and skipped) with their operands. None of it shows on the page, and
all of it is in the file's bytes for anyone who opens them.

Read here with a tokenizer of its own for the comments (qpdf's parser drops them) and with
pikepdf for the operands; the public copy writes its content streams anew without them
(interchange.pdf_scrub), and this is the check that it did."""

from __future__ import annotations

import pikepdf

_SHOWS_TEXT = {"Tj", "TJ", "'", '"'}  # their strings are glyph codes, read through the font
_MARKED = {"BDC", "DP"}  # pdf_content_text reads the texts of their properties
_WHITESPACE = b" \t\r\n\f\x00"
_DELIMITERS = b"()<>[]{}/%"


def undrawn_text(holder) -> str:
    """The comments and the undrawn operands of a page or content stream, one to a line."""
    try:
        instructions = pikepdf.parse_content_stream(holder)
    except pikepdf.PdfError:
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
    lines += comments(_bytes_of(holder))
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
    position, end = 0, len(data)
    while position < end:
        byte = data[position : position + 1]
        if byte == b"%":
            stop = _line_end(data, position)
            found.append(data[position + 1 : stop].decode("latin-1"))
            position = stop
        elif byte == b"(":
            position = _literal_end(data, position)
        elif byte == b"<" and data[position + 1 : position + 2] != b"<":
            close = data.find(b">", position)
            position = end if close < 0 else close + 1
        elif data.startswith(b"ID", position) and _token_apart(data, position, 2):
            close = _inline_data_end(data, position + 3)
            position = close
        else:
            position += 1
    return found


def _line_end(data: bytes, position: int) -> int:
    ends = [i for i in (data.find(b"\n", position), data.find(b"\r", position)) if i >= 0]
    return min(ends) if ends else len(data)


def _literal_end(data: bytes, position: int) -> int:
    """Just after the literal string that opens at `position` (balanced parentheses)."""
    depth, position = 0, position
    while position < len(data):
        byte = data[position]
        if byte == 0x5C:  # a backslash: the next byte is escaped
            position += 2
            continue
        if byte == 0x28:
            depth += 1
        elif byte == 0x29:
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    return len(data)


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
