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
years, on the GUI thread). The very first check in a file (one from before m1804, or a new
version's RULES) would still search every meeting: the window does that on a worker thread
(search_beside, then adopt on the GUI thread), not in the check. The §§ kept without a
meeting and the documents are kept by stamps of their own, so that an edit of a meeting does
not read them again. Nothing is kept from inside a transaction, which may be rolled back; a
file opened read-only is searched and not written."""

from __future__ import annotations

from collections.abc import Callable

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
from ksdesk.services.store import reading

_whole: KeptWhile[list[Citation]] = KeptWhile()
_meetings: KeptByMeeting[MeetingCitations] = KeptByMeeting()
_loose: KeptWhile[list[FoundIn]] = KeptWhile()
_documents: KeptWhile[list[Citation]] = KeptWhile()

# Meetings a check may search on the GUI thread, about a millisecond each at ten years (a
# meeting edited, a few pulled from the team's server). More than this unsearched is a file
# checked for the first time: searched on a worker first (search_beside).
SEARCHED_IN_CHECK = 25
# Meetings searched between two reports of progress (each a point where it may be cancelled).
_STEP = 20


def citations(store: Store) -> list[Citation]:
    """The citations in the texts that cite a §, in the order the check names them (the
    meetings' ärenden by date and place, then the §§ by date and number, then the
    documents)."""
    stamp = (
        aggregate_repo.stamp(store, "meeting", "document"),
        citation_cache_repo.loose_stamp(store),
    )
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


def unsearched(store: Store) -> list[int]:
    """The meetings a check would search now: their citations are neither kept for this
    store nor in the file with the meeting's change_txn of now."""
    missing = stale(arende_repo.meeting_txns(store), _meetings.held(store) or {})
    if not missing:  # the usual case, after the first check: the file is not asked
        return []
    in_file_stale = citation_cache_repo.unsearched(store)
    return [m for m in missing if m in in_file_stale]


def searches_many(store: Store) -> bool:
    """Whether the next check would search more meetings than it should on the GUI thread:
    the first check in a file, which the window leaves to search_beside."""
    return len(unsearched(store)) > SEARCHED_IN_CHECK


def search_beside(
    store: Store, progress: Callable[[int, int], None]
) -> dict[int, MeetingCitations]:
    """The citations of each meeting whose citations the file does not keep, searched
    through a connection of its own (services.store.reading): for a worker thread, never
    the GUI's. `progress(done, total)` is told between steps (and may raise to stop). The
    GUI thread then hands the result to `adopt`."""
    with reading(store) as reader:
        txns = citation_cache_repo.unsearched(reader)
        meeting_ids = list(txns)
        found: dict[int, MeetingCitations] = {}
        for begun in range(0, len(meeting_ids), _STEP):
            progress(begun, len(meeting_ids))
            found.update(_search(reader, meeting_ids[begun : begun + _STEP], txns))
        progress(len(meeting_ids), len(meeting_ids))
    return found


def adopt(store: Store, found: dict[int, MeetingCitations]) -> None:
    """Keep the citations search_beside found, for this store and in the file: those of
    meetings whose change_txn is still the one they were found at (one edited meanwhile is
    searched again by the check)."""
    if store.db.conn.in_transaction:
        return  # kept by the next check instead: what is kept must have been committed
    txns = arende_repo.meeting_txns(store)
    current = {m: f for m, f in found.items() if m in txns and f.change_txn == txns[m]}
    kept = _meetings.held(store) or {}
    _meetings.keep(store, txns, {**kept, **current})
    _keep_in_file(store, {m: f for m, f in current.items() if f.change_txn is not None})


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
    loose = _loose.get(store, citation_cache_repo.loose_stamp(store), lambda: _loose_read(store))
    items = sorted((f for m in meetings.values() for f in m.agenda), key=_order)
    sections = sorted([*(f for m in meetings.values() for f in m.protokoll), *loose], key=_order)
    documents = _documents.get(
        store,
        aggregate_repo.stamp(store, "document"),
        lambda: citations_in(delegation_sources.document_sources(store)),
    )
    return [c for f in (*items, *sections) for c in f.citations] + documents


def _loose_read(store: Store) -> list[FoundIn]:
    """The citations of the §§ kept without a meeting (earlier protokoll, a deleted
    meeting's)."""
    return [
        FoundIn(order, find_citations(source))
        for _m, order, source in delegation_sources.protokoll_sources(store, None)
    ]


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
