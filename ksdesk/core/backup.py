"""Backups as the secretary sees them: what one is, how it is named, which ones are kept.

Pure rules, no files: the names carry the time and the reason, so a list of names is enough
to decide the rotation (the last 10, plus the newest of each of the last 30 days, plus every
safety copy taken before a restore in those 30 days), within a space budget when one is given
(services.backup: five times the database's size; the oldest go first)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from ksdesk.core.format import NBSP, format_amount, format_date, format_time

KEEP_LAST = 10
KEEP_DAYS = 30
SUFFIX = ".sqlite"

REASONS = {
    "start": "Vid start",
    "auto": "Automatisk",
    "manuell": "Manuell",
    "fore-aterstallning": "Före återställning",
}
# A safety copy that preceded a restore is what undoes a restore made by mistake: kept longer.
PROTECTED_REASONS = frozenset({"fore-aterstallning"})

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)$")


@dataclass(frozen=True)
class SecondCopy:
    """What became of a finished backup's copy to the second backup folder."""

    copy: Path | None = None  # where it was copied, when it was
    problem: str = ""  # why it was not, in Swedish

    @property
    def failed(self) -> bool:
        return self.copy is None

    def message(self) -> str:
        """A sentence for the status bar or the terminal."""
        if self.copy is not None:
            return f"En kopia finns också i {self.copy.parent}."
        return self.problem


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int
    # A backup just made: what became of its copy to the second backup folder (None when no
    # second folder is chosen).
    second_copy: SecondCopy | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)

    @property
    def is_safety_copy(self) -> bool:
        """The state a restore replaced, kept to undo that restore: never "the latest
        backup", which would bring back the very state the secretary just left."""
        return self.reason in PROTECTED_REASONS

    @property
    def when_text(self) -> str:
        """``2024-05-03 kl. 14.05``, as in the dialog and `ksdesk backup list`."""
        return f"{format_date(self.created)} kl. {format_time(self.created.time())}"

    @property
    def size_text(self) -> str:
        return format_size(self.size)

    def as_dict(self) -> dict:
        return {
            "namn": self.name,
            "sökväg": str(self.path),
            "skapad": self.created.isoformat(timespec="seconds"),
            "orsak": self.reason,
            "typ": "före återställning" if self.is_safety_copy else "säkerhetskopia",
            "storlek": self.size,
        }


def is_identity(text: str) -> bool:
    """Whether `text` is a database identity (a UUID as str(uuid4()) writes it): the name of
    a backup folder since step m0402."""
    import uuid  # here: the window's first backup imports this module on the GUI thread

    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def backup_name(stem: str, created: datetime, reason: str, n: int = 0) -> str:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    counter = f"-{n}" if n else ""
    return f"{stem}-{created.strftime('%Y%m%d-%H%M%S')}{counter}-{reason}{SUFFIX}"


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    """(created, reason) of a backup file name, None for anything else in the folder."""
    if not name.endswith(SUFFIX) or name.startswith("."):
        return None
    match = _NAME.match(name[: -len(SUFFIX)])
    if match is None:
        return None
    try:
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    # Several backups in one second keep their order through the counter.
    created += timedelta(microseconds=int(match["n"] or 0))
    return created, match["reason"]


def to_keep(backups: Iterable[BackupInfo], now: datetime, budget: int | None = None) -> set[Path]:
    """The rotation: which of `backups` stay; all others may be deleted. With a `budget`
    (bytes) the oldest of those are let go too until the rest fit in it; the newest backup
    and the newest safety copy taken before a restore always stay."""
    newest_first = sorted(backups, key=lambda b: b.created, reverse=True)
    keep = _by_count_and_day(newest_first, now)
    if budget is None:
        return keep
    kept = [b for b in newest_first if b.path in keep]
    always = {kept[0].path} if kept else set()
    protected = next((b for b in kept if b.reason in PROTECTED_REASONS), None)
    if protected is not None:
        always.add(protected.path)
    total = sum(b.size for b in kept)
    for backup in reversed(kept):  # oldest first
        if total <= budget:
            break
        if backup.path not in always:
            keep.discard(backup.path)
            total -= backup.size
    return keep


def _by_count_and_day(newest_first: list[BackupInfo], now: datetime) -> set[Path]:
    keep = {b.path for b in newest_first[:KEEP_LAST]}
    cutoff = now - timedelta(days=KEEP_DAYS)
    seen_days: set = set()
    for backup in newest_first:
        if backup.created < cutoff:
            continue
        if backup.reason in PROTECTED_REASONS:
            keep.add(backup.path)
        day = backup.created.date()
        if day not in seen_days:
            seen_days.add(day)
            keep.add(backup.path)
    return keep


def format_size(size: int) -> str:
    """``812 B``, ``240 kB``, ``1,2 MB`` (decimal units, Swedish decimal comma)."""
    if size < 1000:
        return f"{size}{NBSP}B"
    for unit, factor in (("kB", 1000), ("MB", 1000**2), ("GB", 1000**3)):
        value = size / factor
        if value < 999.5 or unit == "GB":
            decimals = 1 if value < 10 else 0
            return format_amount(Decimal(str(round(value, decimals))), decimals, unit)
    raise AssertionError("unreachable")
