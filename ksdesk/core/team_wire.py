"""Team mode: what travels between a laptop and the kansli's server, and what each side
keeps of it: a unit's rows, the laptop's state per unit, a push and its outcome, a conflict
kept for the secretary to resolve (see core/team.py for the words the secretary sees)."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from ksdesk.core.team import Lease


@dataclass
class UnitRow:
    """One stored row of a sync unit as it travels: named by `key` (its uuid, or for the few
    tables without one a key made of uuids), with its columns (references written as the
    uuid of the row referred to), the key of its parent in the unit (whose secrecy it
    shares), and its file when it has one (`blob_sha` None: no file; `blob` None with a
    blob_sha: the file is not travelling this time, the receiver keeps its own)."""

    key: str
    tbl: str
    parent: str | None
    data: dict[str, Any]
    blob_sha: str | None = None
    blob: bytes | None = None

    def digest(self) -> str:
        """What a row is, in 64 hex digits: equal digests, equal rows (file included)."""
        text = json.dumps(
            [self.tbl, self.parent, self.data, self.blob_sha],
            sort_keys=True,
            ensure_ascii=False,
            separators=(",", ":"),
            default=str,
        )
        return hashlib.sha256(text.encode()).hexdigest()

    def as_json(self, *, with_blob: bool = False) -> dict[str, Any]:
        value: dict[str, Any] = {
            "tbl": self.tbl,
            "parent": self.parent,
            "data": self.data,
            "blob_sha": self.blob_sha,
        }
        if with_blob and self.blob is not None:
            value["blob"] = base64.b64encode(self.blob).decode("ascii")
        return value

    @classmethod
    def from_json(cls, key: str, value: dict[str, Any]) -> UnitRow:
        blob = value.get("blob")
        return cls(
            key,
            value["tbl"],
            value.get("parent"),
            dict(value.get("data") or {}),
            value.get("blob_sha"),
            base64.b64decode(blob) if blob else None,
        )


@dataclass
class UnitState:
    """What this file knows of one unit on the server."""

    uuid: str
    kind: str
    server_version: int = 0  # the server version the local copy rests on
    synced_version: int = 0  # the local version at that moment
    writable: bool = True
    lease_holder: str = ""
    lease_since: str = ""
    lease_mine: bool = False
    refetch: bool = False  # pull it whole next time

    @property
    def lease(self) -> Lease | None:
        if not self.lease_holder:
            return None
        return Lease(self.lease_holder, self.lease_since, self.lease_mine)


@dataclass(frozen=True)
class Pending:
    """A unit with local changes the server has not got: new, changed, or deleted here."""

    kind: str
    uuid: str
    local_version: int | None  # None: deleted here
    state: UnitState | None  # None: never on the server


@dataclass
class PushRecord:
    """A push on its way: written before it is sent, removed when its answer is recorded."""

    unit_uuid: str
    kind: str
    push_id: str
    base_version: int
    local_version: int
    digests: dict[str, list[Any] | None]  # key -> [tbl, digest, blob_sha]; None: deleted
    deleted: bool = False
    release: bool = False


@dataclass(frozen=True)
class ServerUnit:
    """A unit as the server lists it."""

    uuid: str
    kind: str
    organ_uuid: str | None
    title: str
    version: int
    changed_at: str  # UTC ISO
    changed_by: str
    deleted: bool
    seq: int
    may_write: bool  # the user may change it (her organ, or a kansli-wide register)
    lease_holder: str = ""  # display name
    lease_login: str = ""
    lease_since: str = ""


@dataclass
class OutgoingPush:
    """One unit's changes, as sent: all or nothing."""

    unit_uuid: str
    kind: str
    organ_uuid: str | None
    title: str
    base_version: int  # the server version the changes were made on (0: new)
    push_id: str
    changed_by: str
    rows: list[UnitRow] = field(default_factory=list)  # changed or new; a file when it moves
    deletions: list[str] = field(default_factory=list)  # keys of rows deleted here
    delete_unit: bool = False
    lease_since: str = ""  # set when this laptop holds the unit's lease (since then)
    release: bool = False  # check-in: release the lease in the same transaction


# How a push ended.
PUSHED, CONFLICT, HELD, BROKEN, DENIED = "ok", "conflict", "leased", "broken", "denied"


@dataclass
class PushOutcome:
    status: str
    version: int = 0
    changed_at: str = ""
    seq: int = 0  # the server's change number of the push
    unit: ServerUnit | None = None
    holder: str = ""  # HELD: who holds the lease; BROKEN: who broke it
    since: str = ""
    detail: str = ""


@dataclass
class StoredConflict:
    """A conflict as this file keeps it: the server's side as it was last seen (rows and
    files), so the secretary can compare and choose offline too."""

    unit_uuid: str
    kind: str
    title: str
    reason: str
    detail: str = ""
    server_version: int = 0
    server_changed_at: str = ""
    server_changed_by: str = ""
    server_deleted: bool = False
    server_rows: dict[str, UnitRow] = field(default_factory=dict)
    detected_at: str = ""
