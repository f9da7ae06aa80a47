"""Organ and members."""

from __future__ import annotations

from ksdesk.core.errors import NotFound
from ksdesk.core.organ import Fortroendevald, Organ
from ksdesk.db.connection import Store
from ksdesk.db.row_sync import assign, save_children, save_row, unshared, wanted
from ksdesk.db.rows import children, from_json, to_json

_FIELDS = (
    "name",
    "kommun",
    "short",
    "default_place",
    "kallelse_days_before",
    "delegationsbeslut_cutoff_days",
    "secretary_name",
    "secretary_title",
    "secretary_email",
    "secretary_phone",
    "forvaringsplats",
)


def save(store: Store, organ: Organ) -> int:
    """Write the organ and its members register; members keep their rows (and uuids)."""
    record = {f: getattr(organ, f) for f in _FIELDS}
    record["standard_items"] = to_json(organ.standard_items)
    record["inkallelseordning"] = to_json(organ.inkallelseordning)
    organ.id, organ.uuid = save_row(store.db, "organ", wanted(organ, record))
    members = [
        wanted(
            m,
            {"name": m.name, "party": m.party, "role": m.role, "personlig_for": m.personlig_for},
        )
        for m in unshared(organ.members)
    ]
    assign(organ.members, save_children(store.db, "member", "organ_id", organ.id, members))
    return organ.id


def get(store: Store, organ_id: int) -> Organ:
    rows = list(store.db.query("SELECT * FROM organ WHERE id = ?", [organ_id]))
    if not rows:
        raise NotFound(f"Det finns ingen nämnd med id {organ_id}.")
    return _organ(store, rows[0])


def list_all(store: Store) -> list[Organ]:
    return [_organ(store, row) for row in store.db.query("SELECT * FROM organ ORDER BY id")]


def find_by_name(store: Store, name: str) -> Organ | None:
    rows = list(
        store.db.query(
            "SELECT * FROM organ WHERE lower(name) = lower(?) OR short = ?", [name, name]
        )
    )
    return _organ(store, rows[0]) if rows else None


def _organ(store: Store, row: dict) -> Organ:
    members = [
        Fortroendevald(
            name=m["name"],
            party=m["party"],
            role=m["role"],
            id=m["id"],
            uuid=m["uuid"],
            personlig_for=m["personlig_for"],
        )
        for m in children(store.db, "member", "organ_id", row["id"])
    ]
    return Organ(
        **{f: row[f] for f in _FIELDS},
        standard_items=from_json(row["standard_items"], []),
        inkallelseordning=from_json(row["inkallelseordning"], {}),
        members=members,
        id=row["id"],
        uuid=row["uuid"],
    )


# Every table whose rows belong to an organ by its id (tests/db/test_organ_delete.py reads
# the schema and fails for one missing here).
_BELONGING = (
    "member",
    "meeting",
    "protokoll_paragraf",
    "expediering",
    "uppdrag",
    "protokoll_version",
)


def delete_if_unused(store: Store, organ_id: int) -> bool:
    """Delete the organ when no row belongs to it (no meeting, member, §, uppdrag, …); True
    when it was deleted. Used to take back an organ a new meeting created."""
    unused = " AND ".join(
        f"NOT EXISTS (SELECT 1 FROM [{table}] WHERE organ_id = :id)" for table in _BELONGING
    )
    cursor = store.db.execute(f"DELETE FROM organ WHERE id = :id AND {unused}", {"id": organ_id})
    return cursor.rowcount > 0


def count(store: Store) -> int:
    return store.db.count("organ")


def written_dnrs(store: Store, organ_id: int) -> list[str]:
    """Every diarienummer the organ's ärendelistor and tjänsteskrivelser write, once each:
    what tells which prefix its diarium gives (core.dnr_prefix)."""
    rows = store.db.execute(
        "SELECT a.dnr FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id "
        "WHERE m.organ_id = ? AND a.dnr != '' "
        "UNION SELECT t.diarienummer FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id "
        "JOIN tjansteskrivelse t ON t.item_id = a.id WHERE m.organ_id = ? AND t.diarienummer != ''",
        [organ_id, organ_id],
    )
    return [row[0] for row in rows]


def never_synced(store: Store) -> list[tuple[int, str, str]]:
    """(id, uuid, name) of every organ this file has never sent to a server nor had from
    one (no sync state): those a first sync would put on the server as new."""
    rows = store.db.execute(
        "SELECT o.id, o.uuid, o.name FROM organ o "
        "WHERE NOT EXISTS (SELECT 1 FROM sync_unit s WHERE s.uuid = o.uuid) ORDER BY o.id"
    )
    return [(row[0], row[1], row[2]) for row in rows]


def holds_anything(store: Store, organ_id: int) -> bool:
    """Whether any row belongs to the organ (a meeting, member, §, uppdrag, …)."""
    held = " OR ".join(
        f"EXISTS (SELECT 1 FROM [{table}] WHERE organ_id = :id)" for table in _BELONGING
    )
    return bool(store.db.execute(f"SELECT {held}", {"id": organ_id}).fetchone()[0])


def take_uuid(store: Store, organ_id: int, uuid: str) -> None:
    """The organ becomes the server's organ of that uuid (its rows come with the pull)."""
    store.db.execute("UPDATE organ SET uuid = ? WHERE id = ?", [uuid, organ_id])
