"""What a stripped PDF (interchange.pdf_public.strip) keeps outside what its pages draw, made
safe to publish: the structure tree of a tagged file cleaned (no references to removed
annotations, no associated files, its texts masked), and every personnummer in a string or
name left anywhere in the file masked, a name the same way wherever it stands."""

from __future__ import annotations

import io

import pikepdf

from ksdesk.core.contact_data import contacts, mask_contacts, spans_of
from ksdesk.core.personnummer import may_hold_number
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.interchange import pdf_scrub, pdf_structure

_NOT_STRUCTURE = {"/P", "/Pg", "/Stm", "/StmOwn", "/Obj"}  # links out of the tree
# Strings that are codes, never words anyone wrote: a language tag, a CID font's registry,
# the file's identifier (in a cross-reference stream).
_CODES = {"/Lang", "/Registry", "/Ordering", "/ID"}


def clean_structure(root: pikepdf.Object) -> None:
    """The structure tree without what the stripped file no longer has or must not carry:
    object references (to annotations), associated files; its texts masked. Everything
    reachable from the root is visited (the parent and ID trees too), pages and content
    streams excepted."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_indirect:
            if node.objgen in seen:
                continue
            seen.add(node.objgen)
        if isinstance(node, pikepdf.Array):
            stack.extend(v for v in node if isinstance(v, pikepdf.Dictionary | pikepdf.Array))
            continue
        for key in ("/AF", "/Metadata"):
            if key in node:
                del node[key]
        for key in pdf_structure.ELEMENT_TEXTS:  # masked wherever a personnummer is in them
            if isinstance(node.get(key), pikepdf.String):
                node[key] = pikepdf.String(mask_personnummer(str(node[key])))
        kids = node.get("/K")
        if isinstance(kids, pikepdf.Array):
            node.K = pikepdf.Array([kid for kid in kids if not _is_object_ref(kid)])
        elif _is_object_ref(kids):
            del node["/K"]
        for key, value in node.items():
            if key not in _NOT_STRUCTURE and isinstance(value, pikepdf.Dictionary | pikepdf.Array):
                stack.append(value)


def mask_left_over(pdf: pikepdf.Pdf, names: pdf_scrub.Names) -> None:
    """Outside what the pages draw, nothing of the file is published on purpose: the metadata
    of images and forms and their private data go, and a personnummer in any string or name
    left (a layer's name, a font's name, a key of the page nobody reads, the texts of marked
    content kept in a page's /Properties) is masked; a name the same way wherever it stands,
    as a key too (a resource's or a glyph's name: the content streams use it masked)."""
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream | pikepdf.Array):
            _mask_in(obj, names, 0)


def _mask_in(obj, names: pdf_scrub.Names, depth: int) -> None:
    """`obj` and the direct objects inside it (indirect ones are masked on their own)."""
    if depth > 32:
        return
    if isinstance(obj, pikepdf.Array):
        for index, value in enumerate(obj):
            masked = _masked(value, names)
            if masked is not None:
                obj[index] = masked
            elif _nested(value):
                _mask_in(value, names, depth + 1)
        return
    for key in ("/Metadata", "/PieceInfo"):
        if key in obj:
            del obj[key]
    for key, value in list(obj.items()):
        masked = _masked(value, names)
        if masked is not None:
            obj[key] = masked
        elif _nested(value):
            _mask_in(value, names, depth + 1)
        if names.of(key) != key:
            obj[names.of(key)] = obj[key]
            del obj[key]


def left_over_texts_of(data: bytes) -> list[str]:
    """left_over_texts of the PDF file `data`."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return left_over_texts(pdf)


def left_over_texts(pdf: pikepdf.Pdf) -> list[str]:
    """Every string a stripped file keeps outside what its pages draw, once each and in the
    order of its objects: the structure tree's alternate and actual texts and titles, a
    layer's name, marked-content properties; a name too where it reads as contact data (a
    font's: viewers list a file's fonts). A screen reader says them, a viewer lists them:
    the scan reads them for what no mask takes out by itself (a private person's contact
    data, core.contact_data); personnummer are masked there already (mask_left_over)."""
    found: dict[str, None] = {}
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream | pikepdf.Array):
            _collect(obj, found, 0)
    return list(found)


def _collect(obj, found: dict[str, None], depth: int) -> None:
    if depth > 32:
        return
    if isinstance(obj, pikepdf.Array):
        values = list(obj)
    else:
        values = [value for key, value in obj.items() if key not in _CODES]
    for value in values:
        if text := _words_of(value):
            found[" ".join(text.split())] = None
        elif _nested(value):
            _collect(value, found, depth + 1)


def _words_of(value) -> str:
    """A string's text; a name's only when it reads as contact data (a font or a layer named
    with an address), as a name is a code otherwise (/F1, /Span); "" for anything else."""
    if isinstance(value, pikepdf.String):
        return _string_text(value)
    if isinstance(value, pikepdf.Name) and contacts(str(value)[1:]):
        return str(value)[1:]
    return ""


def mask_contacts_left_over(pdf: pikepdf.Pdf, values: frozenset[str]) -> None:
    """Each piece of contact data of `values` (decided "maskera") replaced by its kind's
    words in every string and name the file keeps outside what its pages draw
    (left_over_texts); a name as a value only (a font's /BaseFont: the content streams name
    their resources by the keys, which stay)."""
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream | pikepdf.Array):
            _mask_contacts_in(obj, values, 0)


def _mask_contacts_in(obj, values: frozenset[str], depth: int) -> None:
    if depth > 32:
        return
    keys = range(len(obj)) if isinstance(obj, pikepdf.Array) else list(obj.keys())
    for key in keys:
        value = obj[key]
        text = _words_of(value)
        if text and spans_of(text, values):
            masked = mask_contacts(text, values)
            named = isinstance(value, pikepdf.Name)
            obj[key] = pikepdf.Name(f"/{masked}") if named else pikepdf.String(masked)
        elif _nested(value):
            _mask_contacts_in(value, values, depth + 1)


def _nested(value) -> bool:
    return isinstance(value, pikepdf.Dictionary | pikepdf.Array) and not value.is_indirect


def _masked(value, names: pdf_scrub.Names):
    """The string or name masked, or None when it holds no personnummer."""
    if isinstance(value, pikepdf.String):
        text = _string_text(value)
        if may_hold_number(text) and (masked := mask_personnummer(text)) != text:
            return pikepdf.String(masked)
    elif isinstance(value, pikepdf.Name) and names.of(str(value)) != str(value):
        return pikepdf.Name(names.of(str(value)))
    return None


def _string_text(value: pikepdf.String) -> str:
    """A PDF string as text (PDFDocEncoding or UTF-16); bytes no encoding reads, as Latin-1."""
    try:
        return str(value)
    except UnicodeDecodeError:
        return bytes(value).decode("latin-1")


def _is_object_ref(kid: object) -> bool:
    return isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR"
