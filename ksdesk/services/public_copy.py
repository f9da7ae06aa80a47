"""Before any public copy of a meeting: scan for personnummer and secret material, record
the secretary's decision on each hit, and refuse the copy while any hit is unresolved.

    hits = scan_public(store, meeting_id)
    decide(store, meeting_id, [h.key for h in hits], "maskera", by="Anna")
    rules = ensure_public_ok(store, meeting_id)   # PublicCopyBlocked while hits are open
    rules.mask(source, text); rules.omit_bilaga(bilaga.id); rules.omit_item_content(item.id)

The public kallelse report calls ensure_public_ok and follows the rules it returns; text
sources are named by the walk of core.text_walk ("meeting:3/items/Arende:12/proposal")."""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from ksdesk.core import text_walk
from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.handlingar import published_pdf_bilagor
from ksdesk.core.meeting import Arende, Bilaga, Sammantrade, numbered
from ksdesk.core.personnummer import find_personnummer, mask_personnummer
from ksdesk.core.public_copy import (
    DECISIONS,
    REGISTER,
    Decision,
    LogEntry,
    PublicCopyRules,
    PublicHit,
    hit_key,
    rules_from,
)
from ksdesk.core.public_where import Labels
from ksdesk.db import (
    meeting_repo,
    organ_repo,
    redaction_repo,
)
from ksdesk.db.connection import Store
from ksdesk.interchange.pdf_text import PDF_MAGIC, bilaga_text
from ksdesk.services import bilaga_render, public_pdf
from ksdesk.services.public_mentions import Mentions

_CONTEXT = 40  # characters shown on each side of a hit


@dataclass(frozen=True)
class TextSource:
    source: str
    where: str
    text: str | None  # None: a bilaga whose text cannot be read (its content is unknown)
    item_id: int | None = None
    bilaga_id: int | None = None
    unreadable: str = ""  # when text is None: what cannot be read, shown in the list
    ocr: bool = False  # what OCR read of a picture (core.personnummer_ocr)


Progress = Callable[[int, int, str], None]  # (steps done, steps in all, what is read now)


def scan_public(store: Store, meeting_id: int, progress: Progress | None = None) -> list[PublicHit]:
    """Every hit in the meeting's texts, tjänsteskrivelser and bilagor, with its decision.
    `progress` is told before each bilaga is read (the slow part: PDF text) and may raise
    core.errors.Cancelled to stop the scan."""
    meeting = meeting_repo.get(store, meeting_id)
    decisions = redaction_repo.current(store, meeting_id)
    mentions = Mentions(meeting, *_kept_secrets(meeting, decisions))
    hits = _hits(store, meeting, mentions, _Steps(meeting, progress) if progress else None)
    return [hit.decided(decisions.get(hit.key)) for hit in hits]


class _Steps:
    """One step per bilaga, and one for the rest (texts, protokoll)."""

    def __init__(self, meeting: Sammantrade, progress: Progress) -> None:
        self.progress = progress
        self.total = 1 + sum(len(item.bilagor) for item in meeting.items)
        self.done = 0

    def __call__(self, what: str) -> None:
        self.progress(min(self.done, self.total - 1), self.total, what)
        self.done += 1


def decide(
    store: Store,
    meeting_id: int,
    keys: list[str],
    decision: str,
    *,
    by: str | None = None,
    note: str = "",
    scanned: list[PublicHit] | None = None,
) -> list[PublicHit]:
    """Record `decision` ("maskera" or "behåll") for the hits `keys`, in one transaction.
    `scanned`: the caller's own scan of the meeting (the review dialog scans off the GUI
    thread and must not scan again on it for every click); otherwise it is scanned here."""
    if decision not in DECISIONS:
        raise InvalidInput(f"Beslutet måste vara ”maskera” eller ”behåll”, inte ”{decision}”.")
    found = scanned if scanned is not None else scan_public(store, meeting_id)
    hits = {h.key: h for h in found}
    missing = [k for k in keys if k not in hits]
    if missing:
        raise NotFound(f"Ingen träff med nyckeln {missing[0]} i det här sammanträdet.")
    who = (by or current_user()).strip()
    if not who:
        raise InvalidInput("Ange vem som fattar beslutet.")
    entry = Decision(decision, who, datetime.now().isoformat(timespec="seconds"), note)
    with store.atomic():
        for key in keys:
            hit = hits[key]
            redaction_repo.add(
                store,
                meeting_id,
                hit_key=key,
                kind=hit.kind,
                source=hit.source,
                shown=hit.shown,
                decision=entry,
            )
    return [hits[k].decided(entry) for k in keys]


def ensure_public_ok(store: Store, meeting_id: int) -> PublicCopyRules:
    """The guard before a public PDF or export: PublicCopyBlocked (a Swedish InvalidInput
    naming the open hits) while any hit is unresolved, else the rules to follow."""
    return rules_from(scan_public(store, meeting_id))


def redaction_log(store: Store, meeting_id: int) -> list[LogEntry]:
    return redaction_repo.log(store, meeting_id)


def silent_pictures(store: Store, meeting_id: int) -> list[str]:
    """The PDF bilagor a public copy publishes with pictures in which OCR found no text, with
    their pages, for the secretary to look at (published all the same: not a hit):
    "ärende 3, bilaga 2 Foto: sida 1, 4". Call after scan_public (its readings are reused)."""
    meeting = meeting_repo.get(store, meeting_id)
    found = []
    for nr, bilaga in published_pdf_bilagor(meeting):
        pages = public_pdf.silent_pages(bilaga.sha256, bilaga.content or b"")
        if pages:
            where = mask_personnummer(f"ärende {nr}, bilaga {bilaga.nr} {bilaga.title}")
            listed = ", ".join(str(n) for n in pages)
            pages_word = "sidan" if len(pages) == 1 else "sidorna"
            found.append(f"{' '.join(where.split())}: {pages_word} {listed}")
    return found


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

    protokoll = get_protokoll(store, meeting.id)
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
    if content is None and prefix in bilaga_render.PUBLIC_AWARE:
        # A list from ksdesk's registers masks personnummer itself in its public version:
        # what its full version holds is shown for a decision, and masked in place.
        # The register rows themselves are read too, also fields the list does not print.
        printed = public_pdf.rendered_text(store, bilaga.ref or "", public=False)
        text = public_pdf.PAGE_BREAK.join([printed, _register_text(store, prefix)])
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
        printed = public_pdf.rendered_text(store, bilaga.ref)
        data = public_pdf.referenced_data_text(store, bilaga.ref)
        return public_pdf.PAGE_BREAK.join([printed, data])
    return ""


def _register_text(store: Store, kind: str) -> str:
    if kind == "motionsredovisning":
        from ksdesk.services.motioner import register_text

        return register_text(store)
    from ksdesk.services.uppdrag import register_text as uppdrag_text

    return uppdrag_text(store)


def _kept_secrets(meeting: Sammantrade, decisions: dict[str, Decision]) -> tuple[set, set]:
    """The ids of the secret items and of the secret bilagor decided "behåll"."""

    def kept(source: str) -> bool:
        decision = decisions.get(hit_key("sekretess", source))
        return decision is not None and decision.decision == "behåll"

    items = {i.id for i in meeting.items if i.secret and kept(item_source(i))}
    bilagor = {
        b.id for i in meeting.items for b in i.bilagor if b.secret and kept(bilaga_source(b))
    }
    return items, bilagor


def _hits(
    store: Store,
    meeting: Sammantrade,
    mentions: Mentions,
    step: Callable[[str], None] | None = None,
) -> Iterator[PublicHit]:
    for nr, item in numbered(meeting.items):
        label = mask_personnummer(f"ärende {nr}, {item.title}" if nr is not None else item.title)
        if item.secret:
            yield _secret_hit(item_source(item), label, item.secrecy_ref, item.id)
        for bilaga in item.bilagor:
            if bilaga.secret:
                where = " ".join(mask_personnummer(f"{label}, bilaga {bilaga.nr}").split())
                yield _secret_hit(
                    bilaga_source(bilaga), where, bilaga.secrecy_ref, item.id, bilaga.id
                )
    seen: set[str] = set()
    for source in text_sources(store, meeting, step):
        if source.text is None:
            key = hit_key("oläslig", source.source)
            yield PublicHit(
                key,
                "oläslig",
                source.source,
                source.where,
                source.unreadable or "texten kan inte läsas",
                item_id=source.item_id,
                bilaga_id=source.bilaga_id,
            )
            continue
        yield from mentions.hits(source.source, source.where, source.text, source.item_id)
        for found in find_personnummer(source.text, ocr=source.ocr):
            key = hit_key("personnummer", source.source, found.normalized)
            if key in seen:
                continue  # the same number twice in one text: one decision covers both
            seen.add(key)
            yield PublicHit(
                key,
                "personnummer",
                source.source,
                source.where,
                found.masked,
                context=_context(source.text, found.start, found.end, source.ocr),
                normalized=found.normalized,
                item_id=source.item_id,
                bilaga_id=source.bilaga_id,
            )


def _secret_hit(
    source: str, where: str, ref: str, item_id: int | None, bilaga_id: int | None = None
) -> PublicHit:
    shown = ref or "sekretessmarkerad"
    return PublicHit(
        hit_key("sekretess", source),
        "sekretess",
        source,
        where,
        shown,
        item_id=item_id,
        bilaga_id=bilaga_id,
    )


def _context(text: str, start: int, end: int, ocr: bool = False) -> str:
    """The words around a hit (whole words, "…" where cut), the number masked."""
    left = max(0, start - _CONTEXT)
    right = min(len(text), end + _CONTEXT)
    if left > 0:
        left = text.find(" ", left, start) + 1 or left
    if right < len(text):
        right = text.rfind(" ", end, right) if text.rfind(" ", end, right) > 0 else right
    snippet = " ".join(mask_personnummer(text[left:right], ocr=ocr).split())
    return f"{'…' if left > 0 else ''}{snippet}{'…' if right < len(text) else ''}"


def current_user() -> str:
    """The login name: who decides, unless told otherwise."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
