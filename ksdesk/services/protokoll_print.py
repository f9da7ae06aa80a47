"""The printed protokoll and protokollsutdrag of a meeting, as PDF bytes."""

from __future__ import annotations

from datetime import date

from ksdesk.core.deadlines import deadline_chain
from ksdesk.core.errors import NotFound
from ksdesk.db.connection import Store
from ksdesk.reports.protokoll_pdf import protokoll_pdf
from ksdesk.reports.utdrag_pdf import utdrag_pdf
from ksdesk.services.protokoll import get_protokoll, meeting_and_organ


def protokoll_document(store: Store, meeting_id: int) -> bytes:
    meeting, organ = meeting_and_organ(store, meeting_id)
    protokoll = get_protokoll(store, meeting_id)
    if not protokoll.paragrafer:
        raise NotFound(
            f"Sammanträdet {meeting.date.isoformat()} har inget protokoll ännu: "
            "starta det under fliken Sammanträde."
        )
    chain = deadline_chain(
        meeting.date,
        kallelse_days=organ.kallelse_days_before,
        cutoff_days=organ.delegationsbeslut_cutoff_days,
        justerat=protokoll.justering.justerat,
        anslaget=protokoll.justering.anslaget,
    )
    return protokoll_pdf(organ, meeting, protokoll, chain)


def utdrag_document(
    store: Store, meeting_id: int, number: int, bestyrkt: date | None = None
) -> bytes:
    meeting, organ = meeting_and_organ(store, meeting_id)
    protokoll = get_protokoll(store, meeting_id)
    paragraf = protokoll.paragraf(number)
    if paragraf is None:
        numbers = ", ".join(str(n) for n in protokoll.numbers) or "inga"
        raise NotFound(
            f"Sammanträdet {meeting.date.isoformat()} har ingen § {number} (paragrafer: {numbers})."
        )
    return utdrag_pdf(organ, meeting, protokoll, paragraf, bestyrkt or date.today())
