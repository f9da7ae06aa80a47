"""Versions of justerade protokoll by fingerprint, and the archive files written of each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ksdesk.db.connection import Store
from ksdesk.db.rows import insert_row, parse_date_text


@dataclass(frozen=True)
class ProtokollVersion:
    meeting_id: int | None
    organ_id: int | None
    meeting_date: date
    version: int
    innehall_sha256: str
    skapad: str
    id: int
    uuid: str = ""


@dataclass(frozen=True)
class ProtokollFil:
    version: ProtokollVersion
    fil_sha256: str
    text_sha256: str
    sidor: int
    skapad: str


def find_version(store: Store, innehall_sha256: str) -> ProtokollVersion | None:
    rows = list(
        store.db.query(
            "SELECT * FROM protokoll_version WHERE innehall_sha256 = ?", [innehall_sha256]
        )
    )
    return _version(rows[0]) if rows else None


def versions_for(store: Store, meeting_id: int) -> list[ProtokollVersion]:
    rows = store.db.query(
        "SELECT * FROM protokoll_version WHERE meeting_id = ? ORDER BY version", [meeting_id]
    )
    return [_version(r) for r in rows]


def add_version(
    store: Store, meeting_id: int, organ_id: int, day: date, innehall_sha256: str, by: str
) -> ProtokollVersion:
    """The next version of the meeting's protokoll (1 for the first fingerprint seen)."""
    count = store.db.execute(
        "SELECT count(*) FROM protokoll_version WHERE meeting_id = ?", [meeting_id]
    ).fetchone()[0]
    record = {
        "meeting_id": meeting_id,
        "organ_id": organ_id,
        "meeting_date": day.isoformat(),
        "version": count + 1,
        "innehall_sha256": innehall_sha256,
        "skapad": datetime.now().isoformat(timespec="seconds"),
        "skapad_av": by,
    }
    row_id, row_uuid = insert_row(store.db, "protokoll_version", record)
    return find_version(store, innehall_sha256) or _version(
        {**record, "id": row_id, "uuid": row_uuid}
    )


def add_file(
    store: Store, version: ProtokollVersion, fil_sha256: str, text_sha256: str, sidor: int
) -> None:
    insert_row(
        store.db,
        "protokoll_fil",
        {
            "version_id": version.id,
            "fil_sha256": fil_sha256,
            "text_sha256": text_sha256,
            "sidor": sidor,
            "skapad": datetime.now().isoformat(timespec="seconds"),
        },
    )


def files_by(store: Store, column: str, digest: str) -> list[ProtokollFil]:
    """Archive files whose `column` ("fil_sha256" or "text_sha256") is `digest`."""
    if column not in ("fil_sha256", "text_sha256"):
        raise ValueError(column)
    rows = store.db.query(
        f"SELECT f.*, v.id AS v_id FROM protokoll_fil f JOIN protokoll_version v "
        f"ON v.id = f.version_id WHERE f.{column} = ? ORDER BY f.id",
        [digest],
    )
    result = []
    for r in rows:
        version = _version(
            next(store.db.query("SELECT * FROM protokoll_version WHERE id = ?", [r["v_id"]]))
        )
        result.append(
            ProtokollFil(version, r["fil_sha256"], r["text_sha256"], r["sidor"], r["skapad"])
        )
    return result


def text_fingerprints(store: Store) -> list[tuple[int, str]]:
    """(page count, text_sha256) of every archive file written: what a file's first pages
    are compared with when the file itself has changed (signed, stamped)."""
    rows = store.db.execute("SELECT DISTINCT sidor, text_sha256 FROM protokoll_fil").fetchall()
    return [(r[0], r[1]) for r in rows if r[1]]


def _version(row: dict) -> ProtokollVersion:
    return ProtokollVersion(
        meeting_id=row["meeting_id"],
        organ_id=row["organ_id"],
        meeting_date=parse_date_text(row["meeting_date"]) or date.min,
        version=row["version"],
        innehall_sha256=row["innehall_sha256"],
        skapad=row["skapad"],
        id=row["id"],
        uuid=row["uuid"] or "",
    )
