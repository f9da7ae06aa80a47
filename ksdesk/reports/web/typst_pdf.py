"""Writing a WebDocument as tagged PDF/UA-1 and PDF/A-2a with Typst.

The document goes to Typst as JSON (sys.inputs) and one fixed template
(resources/web/ksdesk.typ) lays it out: user text reaches Typst only as string values, never
as markup, so a title with # * _ $ @ < [ ] or \\ in it prints exactly as typed. Typst tags
what it lays out, embeds the bundled Liberation fonts, with DejaVu Sans for the signs they
lack (system fonts are ignored: the same PDF on every machine), sets /Lang sv-SE, shows the
title, and writes the XMP of both standards. It refuses to write a file that breaks them, so
every string passes core.glyphs.for_print first: Word's symbol bullets, a BOM or a character
no bundled font has would stop it."""

from __future__ import annotations

import dataclasses
import io
import json
import threading
from functools import cache
from typing import Any

from ksdesk import paths
from ksdesk.core.errors import KsdeskError
from ksdesk.core.glyphs import for_print
from ksdesk.reports.font_coverage import PRINTABLE
from ksdesk.reports.web.model import Run, WebDocument, local_link

STANDARDS = ["a-2a", "ua-1"]

_TYPE_NAMES = {
    "Heading": "heading",
    "Para": "para",
    "Items": "items",
    "Table": "table",
    "Fields": "fields",
    "Columns": "columns",
    "Signatures": "signatures",
    "Boxed": "boxed",
    "Keep": "keep",
    "Space": "space",
    "PageBreak": "pagebreak",
}

# One compiler per process: it has read the fonts once (about a second the first time).
# Typst's compiler is not ours to call from two threads at once.
_LOCK = threading.Lock()


class WebEditionError(KsdeskError):
    """The web edition could not be set (a fault in ksdesk, never in the user's text)."""


@cache
def _compiler() -> Any:
    import typst  # imported on use: printing on paper does not pay for it

    return typst.Compiler(font_paths=[str(paths.fonts_dir())], ignore_system_fonts=True)


@cache
def _template() -> bytes:
    return paths.resource("web", "ksdesk.typ").read_bytes()


def document_json(document: WebDocument) -> str:
    """The document as the template reads it: each block a dict with its type in "t"."""
    return json.dumps(_plain(document), ensure_ascii=False)


_SCALARS = (str, int, float, bool, type(None))
_FIELDS: dict[type, tuple[str, ...]] = {}  # a dataclass's field names, looked up once


def _plain(value: Any) -> Any:
    """JSON-ready: a 60-§ protokoll is some 40 000 objects, so this walks them plainly."""
    kind = type(value)
    if kind is str:
        return for_print(value, PRINTABLE)
    if kind in _SCALARS:
        return value
    if kind is tuple or kind is list:
        return [_plain(v) for v in value]
    if kind is Run:
        run: dict[str, Any] = {"s": for_print(value.text, PRINTABLE)}
        flags = (("b", value.bold), ("i", value.italic), ("m", value.mark), ("small", value.small))
        for key, on in flags:
            if on:
                run[key] = True
        if local_link(value.link):
            run["link"] = value.link
        return run
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in dataclasses.fields(value))
    out = {name: _plain(getattr(value, name)) for name in names}
    if kind.__name__ in _TYPE_NAMES:
        out["t"] = _TYPE_NAMES[kind.__name__]
    return out


def web_pdf(document: WebDocument) -> bytes:
    """The document as tagged PDF/UA-1 + PDF/A-2a bytes."""
    import typst

    try:
        return compile_json(document_json(document))
    except typst.TypstError as error:
        raise WebEditionError(
            f"Webbversionen av ”{document.title}” kunde inte sättas. Det är ett fel i ksdesk, "
            "inte i texten: skriv ut pappersversionen och rapportera felet."
        ) from error


def compile_json(data: str) -> bytes:
    """Typst on the template and a document as `document_json` writes it (the benchmark
    times this alone). Typst's own errors pass through."""
    with _LOCK:
        pdf = _compiler().compile(_template(), sys_inputs={"doc": data}, pdf_standards=STANDARDS)
    assert isinstance(pdf, bytes)
    return compact(pdf)


def compact(pdf: bytes) -> bytes:
    """The same PDF with its objects packed into compressed object streams (allowed in
    PDF/A-2). Typst writes each structure element as an object of its own, uncompressed: a
    60-§ protokoll shrinks from 1.2 MB to 0.34 MB, for about 0.2 s."""
    import pikepdf

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        document.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()
