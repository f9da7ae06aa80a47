"""The one registry of bilagor that refer to data held in ksdesk ("budget:bilaga2",
"doc:verksamhetsplan-2021", "delegationsordning:<key>", "delegationsbeslut:SBN 2020/877",
"delegationsanmalan:<meeting id>"): each prefix maps to one small resolver that loads the data
and says how to print it. A ref that cannot be printed becomes a page saying so and why."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import Flowable

from ksdesk.core.delegation import VersionStatus
from ksdesk.core.errors import KsdeskError, NotFound
from ksdesk.core.meeting import Bilaga
from ksdesk.db import (
    budget_repo,
    delegation_repo,
    delegationsbeslut_repo,
    document_repo,
    meeting_repo,
    organ_repo,
)
from ksdesk.db.connection import Store
from ksdesk.reports import document_pdf
from ksdesk.reports.base import Embedded
from ksdesk.reports.budget_pdf import is_wide, sheet_flowables
from ksdesk.reports.web import delegationsordning as web_delegationsordning
from ksdesk.reports.web import handlingar as web_handlingar
from ksdesk.reports.web import model as web_model
from ksdesk.reports.web import tables as web_tables
from ksdesk.services.delegation import diff, kommun_of, status_label, version_pdf
from ksdesk.services.delegationsbeslut_anmalan import (
    ANMALAN_REF_PREFIX,
    anmalan_pdf,
    cutoff,
    for_meeting,
)

# The meeting (its id) and the bilaga of its agenda that print a register's list or decision:
# the review of that meeting decides which private names it keeps.
PrintedIn = tuple[int, Bilaga] | None


@dataclass
class Rendering:
    """How one referenced bilaga is printed.

    fingerprint  changes whenever what would be printed changes (the packet's cache key)
    story        flowables laid out by the packet, under its running header, given a width
    pdf          or: a finished PDF from another part of ksdesk's renderers, given how it is
                 embedded in the packet (Embedded: the packet's running header and a line
                 naming the bilaga; no page numbers of its own, the packet numbers the pages)
    problem      set when the bilaga cannot be printed: the reason, in Swedish
    title        the heading `story` starts with ("Bilaga 2", "Volym"), when it has one
    untitled     `story` without that heading, for a packet whose line naming the bilaga
                 already says it ("Bilaga 2. Driftsbudget …" over a sheet titled "Bilaga 2")
    web          the same bilaga in the web edition: its blocks, given the heading level of
                 its title and the anchor links to it go to
    web_untitled `web` without that heading (the web packet then makes its line naming the
                 bilaga the heading)
    data         what it is printed from (the sheet, the version and the one it is compared
                 with …): the public-copy scan reads every text of these as well as the pages,
                 as a narrow column breaks a long number where no reader of the page finds it
    """

    fingerprint: str
    story: Callable[[float], list[Flowable]] | None = None
    title: str = ""
    untitled: Callable[[float], list[Flowable]] | None = None
    pdf: Callable[[Embedded], bytes] | None = None
    wide: bool = False
    problem: str = ""
    web: Callable[[int, str], list[web_model.Block]] | None = None
    web_untitled: Callable[[int, str], list[web_model.Block]] | None = None
    data: tuple[object, ...] = ()


def fingerprint(*parts: object) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(repr(part).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def _document(store: Store, key: str) -> Rendering:
    document = document_repo.find(store, key)
    if document is None:
        raise NotFound(f"Dokumentet ”{key}” finns inte i databasen.")
    sheets = {
        b.budget_key: budget_repo.find(store, b.budget_key) for b in document.blocks if b.budget_key
    }
    table_for = _table_renderer(sheets)
    web_table_for = _web_table_renderer(sheets)
    return Rendering(
        fingerprint("doc", document, sorted(sheets.items(), key=lambda kv: kv[0])),
        story=lambda width: document_pdf.document_story(document, width, table_for),
        web=lambda level, anchor: web_handlingar.document_blocks(
            document, web_table_for, level, anchor
        ),
        data=(document, *sheets.values()),
    )


def _table_renderer(sheets: dict) -> document_pdf.TableRenderer:
    def table_for(key: str, width: float, heading: str) -> list[Flowable]:
        sheet = sheets.get(key)
        if sheet is None:
            return document_pdf.missing_table(key, "Budgetbladet finns inte i databasen.")
        # The document's own heading ("Volym") already names a table titled "Volym".
        same = heading.strip().lower() == sheet.title.strip().lower()
        return sheet_flowables(sheet, width, with_title=not same)

    return table_for


def _web_table_renderer(sheets: dict) -> web_handlingar.TableBlocks:
    """The web edition's budget tables in a document: as paper fits them to the frame."""

    def table_for(key: str, heading: str, level: int) -> list[web_model.Block]:
        sheet = sheets.get(key)
        if sheet is None:
            return web_handlingar.missing_table(key, "Budgetbladet finns inte i databasen.")
        same = heading.strip().lower() == sheet.title.strip().lower()
        width = document_pdf.frame_width()
        return web_tables.budget_blocks(sheet, width, level, with_title=not same)

    return table_for


def _budget(store: Store, key: str) -> Rendering:
    sheet = budget_repo.find(store, key)
    if sheet is None:
        raise NotFound(f"Budgetbladet ”{key}” finns inte i databasen.")
    wide = is_wide(sheet)
    return Rendering(
        fingerprint("budget", sheet),
        story=lambda width: sheet_flowables(sheet, width),
        wide=wide,
        title=sheet.title,
        untitled=lambda width: sheet_flowables(sheet, width, with_title=False),
        web=lambda level, anchor: web_tables.budget_blocks(
            sheet, document_pdf.frame_width(wide), level, anchor=anchor
        ),
        web_untitled=lambda level, anchor: web_tables.budget_blocks(
            sheet, document_pdf.frame_width(wide), level, with_title=False
        ),
        data=(sheet,),
    )


def _delegationsordning(store: Store, key: str) -> Rendering:
    version = delegation_repo.find(store, key)
    if version is None:
        raise NotFound(f"Delegationsordningen ”{key}” finns inte i databasen.")
    # A draft is printed with its changes from the version it was based on highlighted (the
    # seed: "Förändringarna är gulmarkerade i bilaga 1").
    highlight = version.based_on if version.status == VersionStatus.UTKAST else None
    # What the draft is compared with prints too: the text a change took out, struck through.
    compared = delegation_repo.find(store, highlight) if highlight else None
    return Rendering(
        fingerprint("deleg", version, highlight),
        pdf=lambda embedded: version_pdf(
            store, version.key, highlight_from=highlight, embedded=embedded
        ),
        web=lambda level, anchor: web_delegationsordning.delegationsordning_blocks(
            version,
            diff(store, highlight, version.id) if highlight else None,
            status_label(version),
            level,
            anchor,
        ),
        data=(version, compared, kommun_of(store, version)),  # the kommun: in its header
    )


def _delegationsbeslut(
    store: Store, dnr: str, public: bool = False, printed_in: PrintedIn = None
) -> Rendering:
    beslut = delegationsbeslut_repo.find_by_dnr(store, dnr)
    if beslut is None:
        raise NotFound(f"Delegationsbeslutet {dnr} finns inte i registret.")
    if public:  # the register spans meetings: its public version masks itself
        from ksdesk.services.public_delegationsbeslut import public_beslut

        beslut = public_beslut(store, beslut, printed_in)
    return Rendering(
        fingerprint("delegationsbeslut", beslut, public),
        story=lambda width: document_pdf.delegationsbeslut_story(beslut, width),
        web=lambda level, anchor: web_handlingar.delegationsbeslut_blocks(beslut, level, anchor),
        data=(beslut,),
    )


def _delegationsanmalan(
    store: Store, meeting_id: str, public: bool = False, _printed_in: PrintedIn = None
) -> Rendering:
    # The list finds the bilaga that prints it on the agenda of the meeting it reports to.
    if not meeting_id.isdigit():
        raise NotFound(f"Hänvisningen till sammanträdet ”{meeting_id}” är ogiltig.")
    meeting = meeting_repo.get(store, int(meeting_id))
    listed = for_meeting(store, meeting.id)
    organ = organ_repo.get(store, meeting.organ_id)
    if public:  # the register spans meetings: its public version masks itself
        from ksdesk.services.public_delegationsbeslut import public_anmalan, public_anmalan_pdf

        listed, organ = public_anmalan(store, meeting.id)

    def pdf(embedded: Embedded) -> bytes:
        if public:
            return public_anmalan_pdf(store, meeting.id, embedded)
        return anmalan_pdf(store, meeting.id, embedded=embedded)

    return Rendering(
        fingerprint("anmalan", meeting.date, meeting.time, organ, listed, public),
        pdf=pdf,
        web=lambda level, anchor: web_tables.anmalan_blocks(
            listed, meeting, organ, cutoff(meeting, organ), level, anchor
        ),
        data=(listed, organ),
    )


def _uppfoljning(
    store: Store, meeting_id: str, public: bool = False, _printed_in: PrintedIn = None
) -> Rendering:
    from ksdesk.services.uppdrag import uppfoljning_document, uppfoljning_pdf

    if not meeting_id.isdigit():
        raise NotFound(f"Hänvisningen till sammanträdet ”{meeting_id}” är ogiltig.")
    document = uppfoljning_document(store, int(meeting_id), public=public)
    return Rendering(
        fingerprint("uppfoljning", document, public),
        pdf=lambda embedded: uppfoljning_pdf(
            store, int(meeting_id), public=public, embedded=embedded
        ),
        web=lambda level, anchor: web_tables.list_blocks(document, level, anchor),
    )


def _motionsredovisning(
    store: Store, day: str, public: bool = False, _printed_in: PrintedIn = None
) -> Rendering:
    from ksdesk.core.format import FormatError, parse_date
    from ksdesk.services.motioner import redovisning_document, redovisning_pdf

    try:
        when = parse_date(day)
    except FormatError as error:
        raise NotFound(f"Redovisningens datum ”{day}” kan inte läsas.") from error
    document = redovisning_document(store, when, public=public)
    return Rendering(
        fingerprint("motionsredovisning", document, public),
        pdf=lambda embedded: redovisning_pdf(store, when, public=public, embedded=embedded),
        web=lambda level, anchor: web_tables.list_blocks(document, level, anchor),
    )


# Lists made from ksdesk's own registers: their public version is made by the resolver
# (a citizen's name only with consent, every personnummer and every secret title a review
# did not publish masked), since they span meetings.
PUBLIC_AWARE: dict[str, Callable[..., Rendering]] = {
    "uppfoljning": _uppfoljning,
    "motionsredovisning": _motionsredovisning,
    "delegationsbeslut": _delegationsbeslut,
    ANMALAN_REF_PREFIX: _delegationsanmalan,
}


def _problem(key: str, reason: str) -> Rendering:
    return Rendering(fingerprint("problem", key, reason), problem=reason)


RESOLVERS: dict[str, Callable[[Store, str], Rendering]] = {
    "doc": _document,
    "budget": _budget,
    "delegationsordning": _delegationsordning,
}


def resolve(
    store: Store, ref: str, *, public: bool = False, printed_in: PrintedIn = None
) -> Rendering:
    """How to print the bilaga `ref` (in a public packet: `public`, the bilaga of the
    meeting `printed_in` (meeting id, bilaga), whose review decides what of a register it
    keeps); never raises for a ref it cannot print."""
    prefix, _, key = ref.partition(":")
    aware = PUBLIC_AWARE.get(prefix.strip())
    if aware is not None:
        try:
            return aware(store, key.strip(), public, printed_in)
        except KsdeskError as error:
            return _problem(ref, str(error))
    resolver = RESOLVERS.get(prefix.strip())
    if resolver is None:
        return _problem(ref, f"ksdesk känner inte till hänvisningar av slaget ”{prefix}”.")
    try:
        return resolver(store, key.strip())
    except KsdeskError as error:
        return _problem(ref, str(error))
