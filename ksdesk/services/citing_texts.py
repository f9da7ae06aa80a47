"""The citations of a § found in the texts of the file (the meetings' ärenden, the protokoll,
the documents), for the delegation check (services.delegation_check), and those texts.

The citations are kept three times over. While nothing in the file's meetings and documents
has changed (one stamp, db.aggregate_repo.stamp), the whole is returned as it is: an edit of
the delegationsordning changes none of it. After an edit of a meeting, only the meetings whose
change_txn has moved are read again and searched again (as services.arende_rows does): real
tjänsteskrivelser cite laws by §, so at ten years some 4 500 texts hold one, and reading and
searching them all again after an edit of one meeting took 0.2 s. And each meeting's citations
are kept in the file with its change_txn (db.citation_cache_repo), so that the first check
after opening it searches only the meetings changed since, not all of them (0.8 s at ten
years, on the GUI thread). The §§ kept without a meeting and the documents are few and read
every time. Nothing is kept from inside a transaction, which may be rolled back; a file opened
read-only is searched and not written."""

from __future__ import annotations

from ksdesk.core.delegation_citations import (
    Citation,
    FoundIn,
    MeetingCitations,
    Source,
    citations_in,
    find_citations,
)
from ksdesk.db import aggregate_repo, arende_repo, citation_cache_repo, delegation_sources
from ksdesk.db.connection import Store
from ksdesk.db.delegation_sources import Placed
from ksdesk.services.kept_while import KeptByMeeting, KeptWhile, stale

_whole: KeptWhile[list[Citation]] = KeptWhile()
_meetings: KeptByMeeting[MeetingCitations] = KeptByMeeting()


def citations(store: Store) -> list[Citation]:
    """The citations in the texts that cite a §, in the order the check names them (the
    meetings' ärenden by date and place, then the §§ by date and number, then the
    documents)."""
    stamp = aggregate_repo.stamp(store, "meeting", "document")
    return _whole.get(store, stamp, lambda: _read(store))


def texts(store: Store) -> list[Source]:
    """The texts that cite a §, in the same order, read now (not kept: only the citations
    found in them are)."""
    meeting_ids = list(arende_repo.meeting_txns(store))
    placed = delegation_sources.meeting_sources(store, meeting_ids)
    paragrafer = [
        *delegation_sources.protokoll_sources(store, meeting_ids),
        *delegation_sources.protokoll_sources(store, None),
    ]
    ordered = [*sorted(placed, key=_place), *sorted(paragrafer, key=_place)]
    return [source for _m, _o, source in ordered] + delegation_sources.document_sources(store)


def _read(store: Store) -> list[Citation]:
    txns = arende_repo.meeting_txns(store)
    kept = _meetings.held(store) or {}
    unknown = stale(txns, kept)
    in_file = citation_cache_repo.stored(store, unknown) if unknown else {}
    known = {m: found for m, found in in_file.items() if found.change_txn == txns[m]}
    changed = [m for m in unknown if m not in known]
    searched = _search(store, changed, txns) if changed else {}
    # Only the meetings there are: one deleted is forgotten (its row in the file with it).
    found = {m: searched.get(m) or known.get(m) or kept[m] for m in txns}
    meetings = _meetings.keep(store, txns, found)
    if not store.db.conn.in_transaction:
        _keep_in_file(store, {m: searched[m] for m in changed if txns[m] is not None})
    loose = [
        FoundIn(order, find_citations(source))
        for _m, order, source in delegation_sources.protokoll_sources(store, None)
    ]
    items = sorted((f for m in meetings.values() for f in m.agenda), key=_order)
    sections = sorted([*(f for m in meetings.values() for f in m.protokoll), *loose], key=_order)
    documents = delegation_sources.document_sources(store)
    return [c for f in (*items, *sections) for c in f.citations] + citations_in(documents)


def _search(
    store: Store, meeting_ids: list[int], txns: dict[int, int | None]
) -> dict[int, MeetingCitations]:
    """These meetings' texts read and searched."""
    agenda = _by_meeting(delegation_sources.meeting_sources(store, meeting_ids))
    paragrafer = _by_meeting(delegation_sources.protokoll_sources(store, meeting_ids))
    return {
        m: MeetingCitations(txns[m], agenda.get(m, []), paragrafer.get(m, [])) for m in meeting_ids
    }


def _keep_in_file(store: Store, searched: dict[int, MeetingCitations]) -> None:
    """Only outside a transaction (checked by the caller), so what is written is what was
    committed; never into a file opened read-only."""
    if searched and not store.read_only:
        citation_cache_repo.keep(store, searched)  # not kept now: searched again next time


def _by_meeting(placed: list[Placed]) -> dict[int | None, list[FoundIn]]:
    found: dict[int | None, list[FoundIn]] = {}
    for meeting_id, order, source in placed:
        cites = find_citations(source)
        if cites:  # a text that cites no protokoll adds nothing (a law's "6 kap. 37 §")
            found.setdefault(meeting_id, []).append(FoundIn(order, cites))
    return found


def _order(found: FoundIn) -> tuple[str, int]:
    return found.order


def _place(placed: Placed) -> tuple[str, int]:
    return placed[1]
