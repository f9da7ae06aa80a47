"""Errors that carry a message for the secretary, in Swedish. The CLI prints them to stderr,
the GUI shows them in a message box; neither shows a traceback."""

from __future__ import annotations


class KsdeskError(Exception):
    """Base class: str(error) is a complete Swedish sentence."""


class StoreError(KsdeskError):
    """The database file cannot be used (missing, not SQLite, damaged, too new)."""


class NotFound(KsdeskError):
    """Something asked for by name or date does not exist."""


class InvalidInput(KsdeskError):
    """Input that cannot be accepted; nothing has been written."""
