"""The texts a public copy of a meeting may print, each named as the review and the public
edition name it: the fields of the meeting, its organ and its protokoll (walked by
core.text_walk), and the content of each bilaga (a stored PDF page by page, a list made from
ksdesk's registers, what a referenced bilaga prints and the data it is printed from)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ksdesk.core import text_walk
from ksdesk.core.errors import InvalidInput
from ksdesk.core.meeting import Arende, Bilaga, Sammantrade, numbered
from ksdesk.core.not_in_full import scanned_protokoll
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.core.public_copy import REGISTER
from ksdesk.core.public_where import Labels
from ksdesk.db import organ_repo
from ksdesk.db.connection import Store
from ksdesk.interchange.pdf_text import PDF_MAGIC, bilaga_text
from ksdesk.services import public_pdf, public_rendered
from ksdesk.services.bilaga_registers import PUBLIC_AWARE


@dataclass(frozen=True)
class TextSource:
    source: str
    where: str
    text: str | None  # None: a bilaga whose text cannot be read (its content is unknown)
    item_id: int | None = None
    bilaga_id: int | None = None
    unreadable: str = ""  # when text is None: what cannot be read, shown in the list
    ocr: bool = False  # what OCR read of a picture (core.personnummer_ocr)


def meeting_root(meeting: Sammantrade) -> str:
    return f"meeting:{meeting.id}"


def protokoll_root(meeting: Sammantrade) -> str:
    return f"protokoll:{meeting.id}"


def organ_root(meeting: Sammantrade) -> str:
    return f"organ:{meeting.organ_id}"


def text_sources(
    store: Store, meeting: Sammantrade, step: Callable[[str], None] | None = None
) -> Iterator[TextSource]:
    """Every text a public copy of the meeting may print, found by walking the meeting, its
    protokoll and its organ field by field (core.text_walk: a field nobody listed is walked
    too), then the content of each bilaga."""
    labels = Labels(meeting)
    for source, text in text_walk.texts(meeting, meeting_root(meeting)):
        yield TextSource(source, labels.where(source), text, labels.item_of(source))
    organ = organ_repo.get(store, meeting.organ_id)
    for source, text in text_walk.texts(organ, organ_root(meeting)):
        yield TextSource(source, labels.where(source), text)
    for nr, item in numbered(meeting.items):
        label = f"ärende {nr}" if nr is not None else f"rubriken {item.title}"
        for bilaga in item.bilagor:
            where = mask_personnummer(f"{label}, bilaga {bilaga.nr} {bilaga.title}")
            where = " ".join(where.split())
            if step is not None:
                step(where[:1].upper() + where[1:])
            yield from _bilaga_sources(store, bilaga, where, item.id)
    if step is not None:
        step("Protokollet")
    from ksdesk.services.protokoll import get_protokoll

    protokoll = scanned_protokoll(get_protokoll(store, meeting.id), meeting)
    labels.add_protokoll(protokoll, protokoll_root(meeting))
    for source, text in text_walk.texts(protokoll, protokoll_root(meeting)):
        yield TextSource(source, labels.where(source), text, labels.item_of(source))


def item_source(item: Arende) -> str:
    """A secret item is judged with what it is: a new item under a reused id, or the same
    item given another title or Dnr, needs a new decision."""
    judged = hashlib.sha256(f"{item.title}\x1f{item.dnr}\x1f{item.secrecy_ref}".encode())
    return f"item:{item.uuid or item.id}:{judged.hexdigest()[:16]}"


def bilaga_source(bilaga: Bilaga) -> str:
    """A bilaga's content is named by its row and the hash of what was judged: a changed
    file, or another file under a reused id, is new content and needs a new decision."""
    judged = bilaga.sha256 or hashlib.sha256(f"{bilaga.ref}\x1f{bilaga.title}".encode()).hexdigest()
    return f"bilaga:{bilaga.uuid or bilaga.id}:{judged[:16]}"


def _bilaga_sources(
    store: Store, bilaga: Bilaga, where: str, item_id: int | None
) -> Iterator[TextSource]:
    source = bilaga_source(bilaga)
    content = bilaga.content
    if content is not None and content.startswith(PDF_MAGIC):
        try:
            found = public_pdf.sources(bilaga.sha256, content)
        except InvalidInput:
            yield TextSource(source, where, None, item_id, bilaga.id)
            return
        for part in found:
            yield TextSource(
                source + part.suffix,
                where + part.where,
                part.text,
                item_id,
                bilaga.id,
                part.shown,
                part.ocr,
            )
        return
    prefix = (bilaga.ref or "").partition(":")[0].strip()
    if content is None and prefix in PUBLIC_AWARE:
        # A list from ksdesk's registers masks personnummer itself in its public version:
        # what its full version holds is shown for a decision, and masked in place.
        # The register rows themselves are read too, also fields the list does not print.
        printed = public_rendered.rendered_text(store, bilaga.ref or "", public=False)
        text = public_pdf.PAGE_BREAK.join([printed, _register_text(store, bilaga.ref or "")])
        yield TextSource(f"{source}{REGISTER}", where, text, item_id, bilaga.id)
        return
    yield TextSource(source, where, _bilaga_text(store, bilaga), item_id, bilaga.id)


def _bilaga_text(store: Store, bilaga) -> str | None:
    if bilaga.content is not None:
        return bilaga_text(bilaga.filename, bilaga.content)
    if bilaga.ref:
        # What the packet prints of a budget sheet, a document, the delegationsordning, a
        # delegationsbeslut or the list of them, read from the pages themselves (a label, a
        # header or a register field nobody thought of is read too) and from every field of
        # the data they are printed from (a number a narrow column breaks is read whole).
        printed = public_rendered.rendered_text(store, bilaga.ref)
        data = public_rendered.referenced_data_text(store, bilaga.ref)
        return public_pdf.PAGE_BREAK.join([printed, data])
    return ""


def _register_text(store: Store, ref: str) -> str:
    kind = ref.partition(":")[0].strip()
    if kind not in ("motionsredovisning", "uppfoljning"):
        # The register of delegationsbeslut: every field of the decisions the list prints.
        return public_rendered.referenced_data_text(store, ref)
    if kind == "motionsredovisning":
        from ksdesk.services.motioner import register_text

        return register_text(store)
    from ksdesk.services.uppdrag import register_text as uppdrag_text

    return uppdrag_text(store)
