"""Printing the kallelse alone, the guard before anything public, and writing a PDF file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ksdesk.core.errors import InvalidInput
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
    """Write beside the target, then rename: never a half-written PDF, even on a full disk."""
    if path.is_dir():
        raise InvalidInput(f"{path} är en mapp: ange ett filnamn som slutar på .pdf.")
    if not path.parent.exists():
        raise InvalidInput(f"Mappen {path.parent} finns inte.")
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        raise InvalidInput(f"Kunde inte skriva {path}: {error.strerror or error}.") from None
