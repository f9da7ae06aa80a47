"""Bilagor printed from ksdesk's own registers, which span meetings: the list of
delegationsbeslut anmälda to a meeting, a delegationsbeslut, the uppföljning of uppdrag and
the motionsredovisning ("delegationsanmalan:<meeting id>", "delegationsbeslut:SBN 2020/877",
"uppfoljning:<meeting id>", "motionsredovisning:<date>"). Each resolver makes the public
version itself (a citizen's name only with consent, every personnummer and every secret
title a review did not publish masked); services/bilaga_render.py finds them by prefix."""

from __future__ import annotations

from collections.abc import Callable

from ksdesk.core.delegationsbeslut_print import as_printed
from ksdesk.core.errors import NotFound
from ksdesk.core.typed_text import is_digits
from ksdesk.db import delegationsbeslut_repo, meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.reports import document_pdf
from ksdesk.reports.base import Embedded
from ksdesk.reports.web import handlingar as web_handlingar
from ksdesk.reports.web import tables as web_tables
from ksdesk.services.bilaga_rendering import PrintedIn, Rendering, fingerprint
from ksdesk.services.delegationsbeslut_anmalan import (
    ANMALAN_REF_PREFIX,
    anmalan_pdf,
    cutoff,
    for_meeting,
)


def _delegationsbeslut(
    store: Store, dnr: str, public: bool = False, printed_in: PrintedIn = None
) -> Rendering:
    beslut = delegationsbeslut_repo.find_by_dnr(store, dnr)
    if beslut is None:
        raise NotFound(f"Delegationsbeslutet {dnr} finns inte i registret.")
    # Flagged sekretess: its texts are printed nowhere, so the review never reads them either.
    beslut = as_printed(beslut)
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
    if not is_digits(meeting_id):
        raise NotFound(f"Hänvisningen till sammanträdet ”{meeting_id}” är ogiltig.")
    meeting = meeting_repo.get(store, int(meeting_id))
    listed = [as_printed(b) for b in for_meeting(store, meeting.id)]  # as beslut above
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

    if not is_digits(meeting_id):
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


# By prefix: each is given whether the packet is public and the bilaga it is printed in.
PUBLIC_AWARE: dict[str, Callable[..., Rendering]] = {
    "uppfoljning": _uppfoljning,
    "motionsredovisning": _motionsredovisning,
    "delegationsbeslut": _delegationsbeslut,
    ANMALAN_REF_PREFIX: _delegationsanmalan,
}
