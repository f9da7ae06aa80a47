"""Printing the kallelse alone, the guard before anything public, and writing a PDF file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ksdesk.core.errors import InvalidInput
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.reports.kallelse_pdf import kallelse_pdf as render_kallelse


def kallelse_pdf(store: Store, meeting_id: int, *, public: bool = False) -> bytes:
    """The kallelse of a meeting, numbered "Sida X av Y" on its own."""
    meeting = meeting_repo.get(store, meeting_id)
    organ = organ_repo.get(store, meeting.organ_id)
    if public:
        ensure_public_ok(store, meeting_id)
    return render_kallelse(meeting, organ, public=public)


def ensure_public_ok(store: Store, meeting_id: int) -> None:
    """HOOK for the safety check of issue 6 (personnummer and secret items) before anything is
    printed for the public. Calls `ksdesk.services.public_copy.ensure_public_ok` when it exists
    and lets its refusal (a KsdeskError with a Swedish message) stop the print."""
    try:
        from ksdesk.services.public_copy import ensure_public_ok as guard
    except ImportError:  # the guard has not landed yet: the public version still drops secrets
        return
    guard(store, meeting_id)


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
