"""What a file remembers of each synced row (its shadow: the row's digest as the server has
it), marked where the file could not store the row whole: a row of a table this ksdesk does
not know, or a row with columns it does not know, pushed by a newer ksdesk.

The mark is what keeps an update of ksdesk from harming such rows. Before the update the
file lacks them; after it the file has the table or column, still without the row or value.
Without the mark a push would take the missing row for one deleted here and the empty column
for one emptied here. With it, the row is never deleted from here, and the first sync after
the update fetches what the file lacks before it pushes (services/team_catchup.py)."""

from __future__ import annotations

NOT_STORED = "-"  # then the digest
PARTIAL = "~"  # then the columns not stored, comma-separated, a colon and the digest


def mark(digest: str, *, table_known: bool, missing: list[str]) -> str:
    """The shadow of a row as the file stores it."""
    if not table_known:
        return NOT_STORED + digest
    if missing:
        return f"{PARTIAL}{','.join(sorted(missing))}:{digest}"
    return digest


def never_stored(shadow: str) -> bool:
    return shadow.startswith(NOT_STORED)


def missing_columns(shadow: str) -> list[str]:
    """The columns the file did not store of the row (none for a row stored whole)."""
    if not shadow.startswith(PARTIAL):
        return []
    return [name for name in shadow[1:].split(":", 1)[0].split(",") if name]


def is_marked(shadow: str) -> bool:
    return never_stored(shadow) or bool(missing_columns(shadow))
