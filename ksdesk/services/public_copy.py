"""Before any public copy of a meeting: scan for personnummer and secret material, record
the secretary's decision on each hit, and refuse the copy while any hit is unresolved.

    hits = scan_public(store, meeting_id)
    decide(store, meeting_id, [h.key for h in hits], "maskera", by="Anna")
    rules = ensure_public_ok(store, meeting_id)   # PublicCopyBlocked while hits are open
    rules.mask(source, text); rules.omit_bilaga(bilaga.id); rules.omit_item_content(item.id)

The public kallelse report calls ensure_public_ok and follows the rules it returns; text
sources are named as in `text_sources` ("item:<id>:proposal", ...)."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.meeting import Arende, Sammantrade, numbered
from ksdesk.core.personnummer import find_personnummer, mask_personnummer
from ksdesk.core.protokoll_public import paragraf_texts
from ksdesk.core.public_copy import (
    DECISIONS,
    Decision,
    LogEntry,
    PublicCopyRules,
    PublicHit,
    hit_key,
    rules_from,
)
from ksdesk.db import (
    delegationsbeslut_repo,
    document_repo,
    meeting_repo,
    protokoll_repo,
    redaction_repo,
)
from ksdesk.db.connection import Store
from ksdesk.interchange.pdf_text import bilaga_text

_CONTEXT = 40  # characters shown on each side of a hit


@dataclass(frozen=True)
class TextSource:
    source: str
    where: str
    text: str | None  # None: a bilaga whose text cannot be read (its content is unknown)
    item_id: int | None = None
    bilaga_id: int | None = None


Progress = Callable[[int, int, str], None]  # (steps done, steps in all, what is read now)


def scan_public(store: Store, meeting_id: int, progress: Progress | None = None) -> list[PublicHit]:
    """Every hit in the meeting's texts, tjänsteskrivelser and bilagor, with its decision.
    `progress` is told before each bilaga is read (the slow part: PDF text) and may raise
    core.errors.Cancelled to stop the scan."""
    meeting = meeting_repo.get(store, meeting_id)
    decisions = redaction_repo.current(store, meeting_id)
    hits = _hits(store, meeting, _Steps(meeting, progress) if progress else None)
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


def text_sources(
    store: Store, meeting: Sammantrade, step: Callable[[str], None] | None = None
) -> Iterator[TextSource]:
    """Every text of the meeting a public copy may show, each named by a source key."""
    for name, label in (("place", "plats"), ("remote_note", "distansdeltagande")):
        yield TextSource(
            f"meeting:{meeting.id}:{name}", f"kallelsens {label}", getattr(meeting, name)
        )
    yield TextSource(
        f"meeting:{meeting.id}:absence_note", "kallelsens förhinderrad", meeting.absence_note
    )
    for nr, item in numbered(meeting.items):
        label = f"ärende {nr}" if nr is not None else f"rubriken {item.title}"
        yield from _item_sources(store, item, label, step)
    # The protokoll's texts (beslut, behandling, yrkanden, ...) once it is being written.
    if step is not None:
        step("Protokollet")
    for paragraf in protokoll_repo.list_for_meeting(store, meeting.id):
        for source, where, text in paragraf_texts(paragraf):
            yield TextSource(source, where, text, paragraf.item_id)


def _item_sources(
    store: Store, item: Arende, label: str, step: Callable[[str], None] | None = None
) -> Iterator[TextSource]:
    for name, what in (("title", "rubrik"), ("proposal", "förslag"), ("presenter", "föredragande")):
        yield TextSource(f"item:{item.id}:{name}", f"{label}, {what}", getattr(item, name), item.id)
    ts = item.tjansteskrivelse
    if ts is not None:
        where = f"{label}, tjänsteskrivelsen"
        header = "\n".join([ts.title, ts.handlaggare, ts.mottagare, ts.er_referens])
        yield TextSource(f"ts:{item.id}:header", where, header, item.id)
        for i, forslag in enumerate(ts.forslag):
            yield TextSource(f"ts:{item.id}:forslag:{i}", where, forslag.text, item.id)
        for i, section in enumerate(ts.sections):
            text = f"{section.heading}\n{section.text}"
            yield TextSource(
                f"ts:{item.id}:section:{i}", f"{where} ({section.heading})", text, item.id
            )
        yield TextSource(f"ts:{item.id}:skickas", where, "\n".join(ts.beslut_skickas_till), item.id)
    for bilaga in item.bilagor:
        where = f"{label}, bilaga {bilaga.nr} {bilaga.title}".replace("  ", " ")
        if step is not None:
            step(where[:1].upper() + where[1:])
        text = _bilaga_text(store, bilaga)
        yield TextSource(f"bilaga:{bilaga.id}", where, text, item.id, bilaga.id)


def _bilaga_text(store: Store, bilaga) -> str | None:
    if bilaga.content is not None:
        return bilaga_text(bilaga.filename, bilaga.content)
    kind, _, key = (bilaga.ref or "").partition(":")
    if kind == "doc":
        document = document_repo.find(store, key)
        if document is not None:
            return "\n".join(f"{b.heading}\n{b.text}" for b in document.blocks)
    if kind == "delegationsbeslut":
        # Individual decisions (social services, personnel) name people: read them too.
        beslut = delegationsbeslut_repo.find_by_dnr(store, key)
        if beslut is not None:
            return "\n".join([beslut.title, beslut.beslut, beslut.beskrivning])
    if kind in ("uppfoljning", "motionsredovisning"):
        # Lists from ksdesk's registers: uppdrag name who is responsible; the register of
        # motioner and medborgarförslag holds citizens' names and addresses.
        return _register_text(store, kind)
    return ""  # budget sheets, the delegationsordning: amounts and points, no persons


def _register_text(store: Store, kind: str) -> str:
    if kind == "motionsredovisning":
        from ksdesk.services.motioner import register_text

        return register_text(store)
    from ksdesk.services.uppdrag import register_text as uppdrag_text

    return uppdrag_text(store)


def _hits(
    store: Store, meeting: Sammantrade, step: Callable[[str], None] | None = None
) -> Iterator[PublicHit]:
    for nr, item in numbered(meeting.items):
        label = f"ärende {nr}, {item.title}" if nr is not None else item.title
        if item.secret:
            yield _secret_hit(f"item:{item.id}", label, item.secrecy_ref, item.id)
        for bilaga in item.bilagor:
            if bilaga.secret:
                where = f"{label}, bilaga {bilaga.nr} {bilaga.title}".replace("  ", " ")
                yield _secret_hit(
                    f"bilaga:{bilaga.id}", where, bilaga.secrecy_ref, item.id, bilaga.id
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
                "texten kan inte läsas",
                item_id=source.item_id,
                bilaga_id=source.bilaga_id,
            )
            continue
        for found in find_personnummer(source.text):
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
                context=_context(source.text, found.start, found.end),
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


def _context(text: str, start: int, end: int) -> str:
    """The words around a hit (whole words, "…" where cut), the number masked."""
    left = max(0, start - _CONTEXT)
    right = min(len(text), end + _CONTEXT)
    if left > 0:
        left = text.find(" ", left, start) + 1 or left
    if right < len(text):
        right = text.rfind(" ", end, right) if text.rfind(" ", end, right) > 0 else right
    snippet = " ".join(mask_personnummer(text[left:right]).split())
    return f"{'…' if left > 0 else ''}{snippet}{'…' if right < len(text) else ''}"


def current_user() -> str:
    """The login name: who decides, unless told otherwise."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
