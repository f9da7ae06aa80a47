"""What the last reader (interchange.pdf_audit) knows of a PDF's objects: how a string or
a stream of unknown kind is read as text, which streams are fonts (never text), how the
kinds of annotations and objects are named in Swedish, and the walk of a name tree."""

from __future__ import annotations

import pikepdf

SKIP_SUBTYPES = {"/Image", "/Type1C", "/CIDFontType0C", "/OpenType"}


ANNOT_NAMES = {
    "Link": "länk",
    "FreeText": "textruta",
    "Text": "kommentar",
    "FileAttachment": "bifogad fil",
    "Widget": "formulärfält",
    "Popup": "kommentar",
}


def name_tree(node, depth: int = 0):
    """(name, value) of a PDF name tree (/Names pairs, /Kids below)."""
    if not isinstance(node, pikepdf.Dictionary) or depth > 16:
        return
    pairs = node.get("/Names", []) or []
    for index in range(0, len(pairs) - 1, 2):
        yield text_of(pairs[index]), pairs[index + 1]
    for kid in node.get("/Kids", []) or []:
        yield from name_tree(kid, depth + 1)


def streams(appearance: pikepdf.Dictionary):
    for value in appearance.values():
        if isinstance(value, pikepdf.Stream):
            yield value
        elif isinstance(value, pikepdf.Dictionary):
            yield from (v for v in value.values() if isinstance(v, pikepdf.Stream))


def is_font_file(stream: pikepdf.Stream) -> bool:
    return (
        "/Length1" in stream
        or "/CIDSystemInfo" in stream
        or stream.get("/Subtype") in SKIP_SUBTYPES
    )


def name_of(obj) -> str:
    if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
        kind = obj.get("/Type") or obj.get("/S") or obj.get("/Subtype")
        if kind == "/Filespec":
            return "bifogad fil (filspecifikation)"
        if kind == "/JavaScript" or "/JS" in obj:
            return "JavaScript"
        if kind is not None:
            return f"PDF-objekt {str(kind)[1:]}"
    return "PDF-objekt"


def text_of(value) -> str:
    if isinstance(value, pikepdf.String):
        raw = bytes(value)
        if raw.startswith((b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf")):
            return str(value)
        try:
            return str(value)
        except UnicodeDecodeError:
            return raw.decode("latin-1")
    return str(value) if value is not None else ""


def decode(data: bytes) -> str:
    """A stream or file of unknown kind as text: UTF-16 when it says so, else UTF-8, else
    Latin-1 (every byte a character: digits come through whatever the encoding)."""
    if data.startswith((b"\xfe\xff", b"\xff\xfe")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")
