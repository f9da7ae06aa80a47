"""Saving a file the user asked for (a PDF, an export): atomically through ksdesk.atomic, with
a Swedish message for what can go wrong. The one path every "save as" takes."""

from __future__ import annotations

from pathlib import Path

from ksdesk.atomic import write_atomic
from ksdesk.core.errors import InvalidInput


def save_file(path: Path, data: bytes) -> Path:
    """The old file or the whole new one, never half, even on a full disk. A missing folder
    is refused rather than created: it is usually a typo."""
    if path.is_dir():
        raise InvalidInput(f"{path} är en mapp: ange ett filnamn.")
    if not path.parent.exists():
        raise InvalidInput(f"Mappen {path.parent} finns inte.")
    try:
        return write_atomic(path, data)
    except OSError as error:
        raise InvalidInput(f"Kunde inte skriva {path}: {error.strerror or error}.") from None
