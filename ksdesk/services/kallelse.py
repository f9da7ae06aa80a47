"""Printing the kallelse alone, and writing a PDF file. The public version is made from the
one public edition (services.public_edition)."""

from __future__ import annotations

from pathlib import Path

from ksdesk.atomic import save_as
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.reports.kallelse_pdf import kallelse_pdf as render_kallelse


def kallelse_edition(store: Store, meeting_id: int) -> tuple[Sammantrade, Organ]:
    """The meeting and organ as the board's own kallelse prints them. The public one comes
    from services.public_edition.public_edition, with the last check every public output
    goes through (`checked_kallelse`): there is no other way to it."""
    meeting = meeting_repo.get(store, meeting_id)
    return meeting, organ_repo.get(store, meeting.organ_id)


def kallelse_pdf(
    store: Store, meeting_id: int, *, public: bool = False, with_proposals: bool | None = None
) -> bytes:
    """The kallelse of a meeting on paper, numbered "Sida X av Y" on its own; `with_proposals`
    prints each ärende's förslag till beslut whatever the meeting's own setting says."""
    return kallelse_print(store, meeting_id, public=public, with_proposals=with_proposals)[0]


def kallelse_print(
    store: Store, meeting_id: int, *, public: bool = False, with_proposals: bool | None = None
) -> tuple[bytes, list[str]]:
    """The kallelse on paper and, beside it, a line for each ärende with characters that
    printed as � (the meeting is loaded once for both). The public one is made from the
    public edition and checked before it is handed out; its notes are of that edition."""
    if not public:
        from ksdesk.services.skyddade import packet_notes

        meeting, organ = kallelse_edition(store, meeting_id)
        notes = print_notes(meeting) + packet_notes(store, meeting, bilagor=False)
        return render_kallelse(meeting, organ, with_proposals=with_proposals), notes
    from ksdesk.services.public_edition import public_edition

    e = public_edition(store, meeting_id)
    pdf = render_kallelse(e.meeting, e.organ, public=True, with_proposals=with_proposals)
    return e.checked_kallelse(pdf, "Den offentliga kallelsen"), print_notes(e.meeting)


def print_notes(meeting: Sammantrade) -> list[str]:
    """What a finished print says beside it: the characters no bundled font has, by ärende."""
    from ksdesk.core.meeting_agenda import unprintable_notes
    from ksdesk.reports.font_coverage import PRINTABLE

    return unprintable_notes(meeting, PRINTABLE)


def write_pdf(path: Path, data: bytes) -> None:
    """Save the PDF (ksdesk.atomic.save_as: atomic, Swedish messages)."""
    save_as(path, data)
