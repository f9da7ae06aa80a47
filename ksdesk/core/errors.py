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


class StoreNotWritable(StoreError):
    """The file may not be written now, but it may be opened read-only (read_only=True)."""

    def __init__(self, message: str, path: object = None) -> None:
        super().__init__(message)
        self.path = path


class StoreLocked(StoreNotWritable):
    """Another ksdesk writes this file; it may be opened read-only."""

    def __init__(self, message: str, path: object = None, holder: str = "") -> None:
        super().__init__(message, path)
        self.holder = holder


class StoreReadOnly(StoreNotWritable):
    """The file or its folder is read-only (its owner's choice, or no rights): ksdesk
    respects it and never makes it writable. `reason` says why, without advice."""

    def __init__(self, message: str, path: object = None, reason: str = "") -> None:
        super().__init__(message, path)
        self.reason = reason


class StoreDamaged(StoreError):
    """The file is damaged, foreign or from a newer ksdesk. It is left exactly as it is; the
    way out is restoring a backup into a new file (ksdesk.services.backup)."""

    def __init__(self, message: str, path: object = None, too_new: bool = False) -> None:
        super().__init__(message)
        self.path = path
        self.too_new = too_new


class RowError(InvalidInput):
    """A refused row of an imported file: names the row and column the secretary can find."""

    def __init__(self, message: str, row: int | None = None, column: str | None = None) -> None:
        where = ", ".join(
            part
            for part in (
                f"rad {row}" if row is not None else "",
                f"kolumn {column}" if column else "",
            )
            if part
        )
        super().__init__(f"{where[:1].upper()}{where[1:]}: {message}" if where else message)
        self.row = row
        self.column = column
        self.reason = message


class Cancelled(Exception):
    """The secretary stopped a long piece of work (a packet being built); nothing to report.
    Raised by the progress callback the caller passed in, between two steps of the work."""


class ServerUnavailable(KsdeskError):
    """The team server does not answer (offline, down, unreachable): the laptop works on
    from its own file and syncs when the server answers again. `server` names it as the
    secretary knows it ("ksdesk på db.kommun.se"), for a sentence of what was not done."""

    def __init__(self, message: str, server: str = "") -> None:
        super().__init__(message)
        self.server = server


class ServerLoginFailed(KsdeskError):
    """The team server refused the login (wrong name or password). `server` and `user` let
    the window say it with its own advice (its menu, not a terminal command)."""

    def __init__(self, message: str, server: str = "", user: str = "") -> None:
        super().__init__(message)
        self.server = server
        self.user = user


class ServerRefused(KsdeskError):
    """The team server answered, but refused (no right, not prepared, too new or too old)."""


class ServerNeedsNewer(ServerRefused):
    """The server was prepared by a newer ksdesk: this computer's must be updated."""


class UnitLocked(InvalidInput):
    """A unit this laptop may read but not change now: checked out by a colleague, or of an
    organ whose secretary the user is not. Nothing was written."""
