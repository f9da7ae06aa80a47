"""The texts of the file that cite a § (the meetings' ärenden, the protokoll, the documents)
and the citations found in them, for the delegation check (services.delegation_check).

Kept twice over. While nothing in the file's meetings and documents has changed (one
stamp, db.aggregate_repo.stamp), the whole is returned as it is: an edit of the
delegationsordning changes none of it. After an edit of a meeting, only the meetings whose
change_txn has moved are read again and searched again (as services.arende_rows does):
real tjänsteskrivelser cite laws by §, so at ten years some 4 500 texts hold one, and
reading and searching them all again after an edit of one meeting took 0.2 s. The §§ kept
without a meeting and the documents are few and read every time. Nothing is kept from
inside a transaction, which may be rolled back."""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.core.delegation_citations import Citation, Source, citations_in, find_citations
from ksdesk.db import aggregate_repo, arende_repo, delegation_sources
from ksdesk.db.connection import Store
from ksdesk.db.delegation_sources import Placed
from ksdesk.services.kept_while import KeptWhile


@dataclass(frozen=True)
class Citing:
    """The texts that cite a §, in the order the check names them (the meetings' ärenden by
    date and place, then the §§ by date and number, then the documents), and the citations
    found in them, in the same order."""

    texts: list[Source]
    citations: list[Citation]


@dataclass(frozen=True)
class _Found:
    order: tuple[str, int]
    source: Source
    citations: list[Citation]


@dataclass(frozen=True)
class _MeetingTexts:
    change_txn: int | None
    agenda: list[_Found]
    protokoll: list[_Found]


_whole: KeptWhile[Citing] = KeptWhile()
_meetings: tuple[Store, dict[int, _MeetingTexts]] | None = None


def citing(store: Store) -> Citing:
    stamp = aggregate_repo.stamp(store, "meeting", "document")
    return _whole.get(store, stamp, lambda: _read(store))


def _read(store: Store) -> Citing:
    global _meetings
    txns = arende_repo.meeting_txns(store)
    held = _meetings  # once: a worker thread's store may replace it meanwhile
    kept = held[1] if held is not None and held[0] is store else {}
    changed = [m for m, txn in txns.items() if m not in kept or kept[m].change_txn != txn]
    agenda = _by_meeting(delegation_sources.meeting_sources(store, changed) if changed else [])
    paragrafer = _by_meeting(
        delegation_sources.protokoll_sources(store, changed) if changed else []
    )
    meetings = {
        m: _MeetingTexts(txns[m], agenda.get(m, []), paragrafer.get(m, []))
        if m in agenda or m in paragrafer or m not in kept or kept[m].change_txn != txns[m]
        else kept[m]
        for m in txns
    }  # a meeting deleted is forgotten
    if not store.db.conn.in_transaction:
        _meetings = (store, meetings)
    loose = _by_meeting(delegation_sources.protokoll_sources(store, None)).get(None, [])
    items = sorted((f for m in meetings.values() for f in m.agenda), key=_order)
    sections = sorted([*(f for m in meetings.values() for f in m.protokoll), *loose], key=_order)
    documents = delegation_sources.document_sources(store)
    return Citing(
        texts=[f.source for f in (*items, *sections)] + documents,
        citations=[c for f in (*items, *sections) for c in f.citations] + citations_in(documents),
    )


def _by_meeting(placed: list[Placed]) -> dict[int | None, list[_Found]]:
    found: dict[int | None, list[_Found]] = {}
    for meeting_id, order, source in placed:
        found.setdefault(meeting_id, []).append(_Found(order, source, find_citations(source)))
    return found


def _order(found: _Found) -> tuple[str, int]:
    return found.order
