"""Printing the kallelse alone, the guard before anything public, and writing a PDF file."""

from __future__ import annotations

from pathlib import Path

from ksdesk.atomic import save_as
from ksdesk.core.meeting import Meeting
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.reports.kallelse_pdf import kallelse_pdf as render_kallelse
from ksdesk.services import public_copy


def kallelse_pdf(store: Store, meeting_id: int, *, public: bool = False) -> bytes:
    """The kallelse of a meeting, numbered "Sida X av Y" on its own."""
    meeting = public_meeting(store, meeting_id) if public else meeting_repo.get(store, meeting_id)
    organ = organ_repo.get(store, meeting.organ_id)
    return render_kallelse(meeting, organ, public=public)


def ensure_public_ok(store: Store, meeting_id: int) -> None:
    """The safety check of issue 6 (personnummer, secret items, unreadable bilagor) before
    anything is printed for the public: PublicCopyBlocked, a Swedish InvalidInput, stops it."""
    public_copy.ensure_public_ok(store, meeting_id)


def public_meeting(store: Store, meeting_id: int) -> Meeting:
    """The guard, then the meeting as the public may see it: personnummer masked, bilagor
    with masked hits marked secret (left out), secrets kept only where consciously kept."""
    return public_copy.public_meeting(store, meeting_id)


def write_pdf(path: Path, data: bytes) -> None:
    """Never a half-written PDF, even on a full disk: the shared save (ksdesk.atomic)."""
    save_as(path, data)
