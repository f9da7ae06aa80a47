"""The register of delegationsbeslut."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.dnr import match_key
from ksdesk.core.errors import NotFound
from ksdesk.db.connection import Store
from ksdesk.db.row_sync import save_row, wanted
from ksdesk.db.rows import date_text, parse_date_text, to_json

_DATE_FIELDS = ("date", "received")
# Read once: dataclasses.fields() at every row took 6 of the 23 ms of reading ten years'
# unanmälda beslut (2 200).
_FIELD_NAMES = tuple(f.name for f in fields(Delegationsbeslut))


def save(store: Store, beslut: Delegationsbeslut) -> int:
    """Insert or update; a decision with an id that is no longer stored (a deletion undone)
    is inserted again under that id."""
    record = asdict(beslut)
    record.pop("id")
    record.pop("uuid")
    record["dnr_key"] = match_key(beslut.dnr)
    for name in _DATE_FIELDS:
        record[name] = date_text(record[name])
    beslut.id, beslut.uuid = save_row(store.db, "delegationsbeslut", wanted(beslut, record))
    return beslut.id


def exists(store: Store, beslut_id: int) -> bool:
    row = store.db.execute("SELECT 1 FROM delegationsbeslut WHERE id = ?", [beslut_id]).fetchone()
    return row is not None


def list_all(store: Store) -> list[Delegationsbeslut]:
    return [_beslut(r) for r in store.db.query("SELECT * FROM delegationsbeslut ORDER BY date, id")]


def get(store: Store, beslut_id: int) -> Delegationsbeslut:
    rows = list(store.db.query("SELECT * FROM delegationsbeslut WHERE id = ?", [beslut_id]))
    if not rows:
        raise NotFound(f"Det finns inget delegationsbeslut med id {beslut_id}.")
    return _beslut(rows[0])


def list_unreported(store: Store) -> list[Delegationsbeslut]:
    return [
        _beslut(r)
        for r in store.db.query(
            "SELECT * FROM delegationsbeslut WHERE reported_meeting_id IS NULL ORDER BY date, id"
        )
    ]


def unreported_organs(store: Store) -> list[str]:
    """The organs written on the decisions not anmälda ("" for none): which of them are
    kept here is a matter of look-alike letters, decided by the caller."""
    rows = store.db.execute(
        "SELECT DISTINCT organ FROM delegationsbeslut WHERE reported_meeting_id IS NULL"
    )
    return [row[0] for row in rows]


def unreported_of(store: Store, organs: list[str], taken_by: date) -> list[Delegationsbeslut]:
    """The decisions not anmälda that are written for one of `organs` and were taken on
    `taken_by` or before (core.anmalan_rule: the beslutsdatum counts, not the day it was
    registered): the rest cannot have missed a meeting. At ten
    years, reading every decision not anmäld (2 200, another nämnd's) to keep none took a
    fifth of each reload of the Uppföljning tab."""
    rows = store.db.query(
        "SELECT * FROM delegationsbeslut WHERE reported_meeting_id IS NULL "
        "AND organ IN (SELECT value FROM json_each(?)) "
        "AND date <= ? ORDER BY date, id",
        [to_json(organs), taken_by.isoformat()],
    )
    return [_beslut(r) for r in rows]


def reported_at(store: Store, meeting_ids: list[int]) -> list[Delegationsbeslut]:
    """The decisions anmälda at these meetings (those whose laga kraft is shown)."""
    rows = store.db.query(
        "SELECT * FROM delegationsbeslut "
        "WHERE reported_meeting_id IN (SELECT value FROM json_each(?)) ORDER BY date, id",
        [to_json(sorted(meeting_ids))],
    )
    return [_beslut(r) for r in rows]


def list_reported(store: Store, meeting_id: int) -> list[Delegationsbeslut]:
    return [
        _beslut(r)
        for r in store.db.query(
            "SELECT * FROM delegationsbeslut WHERE reported_meeting_id = ? ORDER BY date, id",
            [meeting_id],
        )
    ]


def set_reported(store: Store, ids: list[int], meeting_id: int | None) -> None:
    # One row at a time (never an IN list); a row already so is not written again.
    store.db.executemany(
        "UPDATE delegationsbeslut SET reported_meeting_id = ? "
        "WHERE id = ? AND reported_meeting_id IS NOT ?",
        [(meeting_id, beslut_id, meeting_id) for beslut_id in ids],
    )


def delete(store: Store, beslut_id: int) -> None:
    store.db.execute("DELETE FROM delegationsbeslut WHERE id = ?", [beslut_id])


def with_same_dnr_key(store: Store, dnr: str) -> list[Delegationsbeslut]:
    """Decisions whose Dnr has the same year and löpnummer as `dnr` (core.dnr.match_key):
    the only ones core.dnr.same_dnr can call the same."""
    key = match_key(dnr)
    if not key:
        return []
    rows = store.db.query(
        "SELECT * FROM delegationsbeslut WHERE dnr_key = ? ORDER BY date, id", [key]
    )
    return [_beslut(r) for r in rows]


def find_by_dnr(store: Store, dnr: str) -> Delegationsbeslut | None:
    rows = list(store.db.query("SELECT * FROM delegationsbeslut WHERE dnr = ?", [dnr]))
    return _beslut(rows[0]) if rows else None


def meetings_with_bilaga(store: Store, ref: str) -> list[int]:
    """The meetings with a bilaga that prints `ref` ("delegationsbeslut:KS 2020/12")."""
    rows = store.db.execute(
        "SELECT DISTINCT i.meeting_id FROM bilaga b JOIN agenda_item i ON i.id = b.item_id "
        "WHERE b.ref = ? ORDER BY i.meeting_id",
        [ref],
    )
    return [meeting_id for (meeting_id,) in rows]


def count(store: Store) -> int:
    return store.db.count("delegationsbeslut")


def _beslut(row: dict) -> Delegationsbeslut:
    values = {name: row[name] for name in _FIELD_NAMES}
    for name in _DATE_FIELDS:
        values[name] = parse_date_text(values[name])
    values["sekretess"] = bool(values["sekretess"])
    return Delegationsbeslut(**values)
