"""Before any public copy of a meeting: scan for personnummer and secret material, record
the secretary's decision on each hit, and refuse the copy while any hit is unresolved.

    hits = scan_public(store, meeting_id)
    decide(store, meeting_id, [h.key for h in hits], "maskera", by="Anna")
    rules = ensure_public_ok(store, meeting_id)   # PublicCopyBlocked while hits are open
    rules.mask(source, text); rules.omit_bilaga(bilaga.id); rules.omit_item_content(item.id)

The public kallelse report calls ensure_public_ok and follows the rules it returns; text
sources are named by the walk of core.text_walk ("meeting:3/items/Arende:12/proposal")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.handlingar import published_pdf_bilagor
from ksdesk.core.meeting import Sammantrade, numbered
from ksdesk.core.not_in_full import scanned_meeting
from ksdesk.core.personnummer_masking import mask_personnummer, masked_hits
from ksdesk.core.protected_phones import is_phone_field
from ksdesk.core.public_copy import (
    DECISIONS,
    Decision,
    LogEntry,
    PublicCopyRules,
    PublicHit,
    hit_key,
    printed_as_paragraph,
    rules_from,
)
from ksdesk.core.unpublished_hits import marked_unpublished
from ksdesk.db import meeting_repo, redaction_repo
from ksdesk.db.connection import Store
from ksdesk.services import public_pdf, skyddade, skyddade_mark
from ksdesk.services.deciders import current_user
from ksdesk.services.kommun_contacts import kommun_contacts
from ksdesk.services.public_citizens import CitizenNames
from ksdesk.services.public_contacts import (
    OWN,
    PrivateContacts,
    refuse_keeping_followed,
    stored_kind,
)
from ksdesk.services.public_copy_carried import carried_to_paragrafer
from ksdesk.services.public_individual import individual_hits
from ksdesk.services.public_mentions import Mentions, kept_secrets, paragraf_titles
from ksdesk.services.public_private_names import officials, private_name_hits
from ksdesk.services.public_reading import numbers_in, reader
from ksdesk.services.public_skyddade import ALWAYS, ProtectedPersons

# The texts a public copy prints, named as the review names them (services.public_sources);
# imported here too, where the public edition and the reports have always found them.
from ksdesk.services.public_sources import (  # noqa: F401
    TextSource,
    bilaga_source,
    item_source,
    meeting_root,
    organ_root,
    protokoll_root,
    text_sources,
)

_CONTEXT = 40  # characters shown on each side of a hit


Progress = Callable[[int, int, str], None]  # (steps done, steps in all, what is read now)


def scan_public(store: Store, meeting_id: int, progress: Progress | None = None) -> list[PublicHit]:
    """Every hit in the meeting's texts, tjänsteskrivelser and bilagor, with its decision.
    `progress` is told before each bilaga is read (the slow part: PDF text) and may raise
    core.errors.Cancelled to stop the scan."""
    # What is never published is not read: an ärende not published in full by its head only.
    meeting = scanned_meeting(meeting_repo.get(store, meeting_id))
    decisions = redaction_repo.current(store, meeting_id)
    titles = paragraf_titles(store, meeting_id)
    mentions = Mentions(meeting, *kept_secrets(meeting, decisions), titles, store)
    steps = _Steps(meeting, progress) if progress else None
    protected = ProtectedPersons(store, meeting)
    citizens = CitizenNames(store, meeting, protected.names_written)
    # No context shows a protected person, not even cut at its edge (core.protected_hiding).
    own = redaction_repo.own_phrases(store, meeting_id, OWN)
    contacts = PrivateContacts(officials(store), own, kommun_contacts(store, meeting))
    hide = protected.hidden if protected.people else None
    mentions.hide = citizens.hide = contacts.hide = hide
    read: list[TextSource] = []  # every text the scan read, for the contacts followed there
    hits = list(_hits(store, meeting, (mentions, citizens, protected, contacts), steps, read))
    # Her own phrase that stands in no text (still hers to undo); a name or datum found in
    # one text standing in a bilaga printed as it is, which only leaving it out masks.
    hits += contacts.unfound(hits) + contacts.repeated(hits)
    # A protected person's hit is masked whatever was decided on its key, and no hit's
    # context shows the person, even on the secretary's screen (public_skyddade).
    found = [
        protected.shown(hit).decided(ALWAYS if hit.always_masked else decisions.get(hit.key))
        for hit in hits
    ]
    found = contacts.decided_with_numbers(found)  # a name beside a number goes with it
    found = carried_to_paragrafer(found, meeting_id)  # decided for the ärende: for its § too
    found += contacts.followed(found, read)  # masked elsewhere, taken out of a bilaga's pages too
    skyddade_mark.record(store, meeting_id, found)  # team mode: what colleagues' checks obey
    return marked_unpublished(found)  # what is never printed needs no decision


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
    if decision == "behåll" and any(hits[k].always_masked for k in keys):
        raise InvalidInput(
            "En träff som gäller en person med skyddade personuppgifter kan inte behållas: "
            "namn, adress och personnummer maskeras alltid i den offentliga kopian. Välj "
            "bort de raderna och försök igen."
        )
    if decision == "behåll":
        refuse_keeping_followed(hits[k] for k in keys)
    keys = [k for k in keys if not hits[k].always_masked]  # masked already: nothing to write
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
                kind=stored_kind(hit.kind),
                source=hit.source,
                shown=hit.shown,
                decision=entry,
            )
    return [hits[k].decided(entry) for k in keys]


def ensure_public_ok(store: Store, meeting_id: int) -> PublicCopyRules:
    """The guard before a public PDF or export: PublicCopyBlocked (a Swedish InvalidInput
    naming the open hits) while any hit is unresolved, MarkedByColleague while a colleague's
    register names someone here (services.skyddade_mark), else the rules to follow, with the
    names and secret titles the last check reads every output for
    (services.public_withheld)."""
    from ksdesk.services.public_withheld import meeting_withheld

    hits = scan_public(store, meeting_id)
    skyddade_mark.ensure_unmarked(store, meeting_id)
    rules = rules_from(hits)
    rules.read_numbers = reader(store)  # the texts just scanned, masked without reading again
    rules.phones = tuple(phone for person in skyddade.forms(store) for phone in person.phones)
    meeting = meeting_repo.get(store, meeting_id)
    withheld, rules.kept_words = meeting_withheld(store, meeting, hits)
    rules.withheld_words = replace(withheld, contacts=rules.contacts)
    return rules


def redaction_log(store: Store, meeting_id: int) -> list[LogEntry]:
    return redaction_repo.log(store, meeting_id)


def silent_pictures(store: Store, meeting_id: int) -> list[str]:
    """The PDF bilagor a public copy publishes with pictures in which OCR found no text, with
    their pages, for the secretary to look at (published all the same: not a hit):
    "ärende 3, bilaga 2 Foto: sida 1, 4". Call after scan_public (its readings are reused)."""
    meeting = scanned_meeting(meeting_repo.get(store, meeting_id))
    found = []
    for nr, bilaga in published_pdf_bilagor(meeting):
        pages = public_pdf.silent_pages(bilaga.sha256, bilaga.content or b"")
        if pages:
            where = mask_personnummer(f"ärende {nr}, bilaga {bilaga.nr} {bilaga.title}")
            listed = ", ".join(str(n) for n in pages)
            pages_word = "sidan" if len(pages) == 1 else "sidorna"
            found.append(f"{' '.join(where.split())}: {pages_word} {listed}")
    return found


def _hits(
    store: Store,
    meeting: Sammantrade,
    named: tuple[Mentions, CitizenNames, ProtectedPersons, PrivateContacts],
    step: Callable[[str], None] | None = None,
    read: list[TextSource] | None = None,
) -> Iterator[PublicHit]:
    protected = named[2]
    protected_numbers = protected.numbers
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
    yield from individual_hits(store, meeting)
    yield from private_name_hits(store, meeting, protected.hidden if protected.people else None)
    seen: set[str] = set()
    for source in text_sources(store, meeting, step):
        if read is not None:
            read.append(source)
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
        for finder in named:  # secret titles, citizens, protected persons, contact data
            where = (source.source, source.where, source.text)
            yield from finder.hits(*where, source.item_id, source.bilaga_id)
        printed = printed_as_paragraph(source.source)
        numbers = numbers_in(store, source.text, ocr=source.ocr, printed=printed)
        # Every number masked, for the context of each hit: from what was found, not read again.
        masked = masked_hits(source.text, numbers) if numbers else ""
        if numbers and protected.people:
            masked = protected.hidden(source.text, masked, line=is_phone_field(source.source))
        for found in numbers:
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
                context=_context(source.text, masked, found.start, found.end),
                normalized=found.normalized,
                item_id=source.item_id,
                bilaga_id=source.bilaga_id,
                always_masked=found.normalized in protected_numbers,
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


def _context(text: str, masked: str, start: int, end: int) -> str:
    """The words around a hit (whole words, "…" where cut), the number masked. Cut from
    `masked`, the whole text with every personnummer masked (X for each digit: the same
    length, so a cut of it is the cut of the text): a cut inside a number written with spaces
    ("1981-12-18 - 9876") would leave a part no scanner reads as one, its last four in plain
    view."""
    left = max(0, start - _CONTEXT)
    right = min(len(text), end + _CONTEXT)
    if left > 0:
        left = text.find(" ", left, start) + 1 or left
    if right < len(text):
        right = text.rfind(" ", end, right) if text.rfind(" ", end, right) > 0 else right
    snippet = " ".join(masked[left:right].split())
    return f"{'…' if left > 0 else ''}{snippet}{'…' if right < len(text) else ''}"
