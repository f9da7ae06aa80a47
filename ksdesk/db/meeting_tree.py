"""Everything stored under one meeting, read in five queries whatever its size: the agenda
items, their tjänsteskrivelser with att-satser and sections, and the bilagor. meeting_repo
builds a meeting from it and compares a save against it."""

from __future__ import annotations

from ksdesk.core.meeting import (
    TJANSTESKRIVELSE_FIELDS,
    Arende,
    Bilaga,
    Forslag,
    Section,
    Signatory,
    Tjansteskrivelse,
)
from ksdesk.db.beslut_bilaga_title import shown_title
from ksdesk.db.connection import Store
from ksdesk.db.rows import from_json

ITEM_FIELDS = (
    "title",
    "dnr",
    "kind",
    "presenter",
    "time_slot",
    "proposal",
    "secrecy_ref",
    "not_in_full_note",
    "public_title",
)
ITEM_FLAGS = ("is_section", "is_standard", "secret", "not_in_full")
BILAGA_FIELDS = ("nr", "title", "ref", "filename", "sha256", "secrecy_ref")


class MeetingTree:
    """Everything stored under one meeting, read in five queries whatever its size: the
    items, their tjänsteskrivelser, att-satser, sections and bilagor (children grouped by
    parent id). Loading a meeting builds on it; saving compares against it."""

    def __init__(self) -> None:
        self.items: list[dict] = []
        self.ts: dict[int, dict] = {}  # by item id
        self.ts_forslag: dict[int, list[dict]] = {}  # by tjänsteskrivelse id
        self.ts_section: dict[int, list[dict]] = {}
        self.bilagor: dict[int, list[dict]] = {}  # by item id

    @classmethod
    def read(cls, store: Store, meeting_id: int, *, with_content: bool) -> MeetingTree:
        db, tree, params = store.db, cls(), [meeting_id]
        tree.items = list(db.query(_ITEMS, params))
        tree.ts = {row["item_id"]: row for row in db.query(_TJANSTESKRIVELSER, params)}
        for table in ("ts_forslag", "ts_section"):
            _group(
                db.query(_TS_CHILDREN.format(table=table), params), "ts_id", getattr(tree, table)
            )
        content = "b.content" if with_content else "(b.content IS NOT NULL) AS content"
        _group(db.query(_BILAGOR.format(content=content), params), "item_id", tree.bilagor)
        return tree

    def forget(self, item_id: int) -> None:
        """Drop what is stored under `item_id` (a new item that reused a deleted one's id)."""
        old = self.ts.pop(item_id, None)
        if old is not None:
            self.ts_forslag.pop(old["id"], None)
            self.ts_section.pop(old["id"], None)
        self.bilagor.pop(item_id, None)

    def agenda(self) -> list[Arende]:
        return [self._item(row) for row in self.items]

    def _item(self, row: dict) -> Arende:
        item = Arende(
            **{f: row[f] for f in ITEM_FIELDS},
            **{f: bool(row[f]) for f in ITEM_FLAGS},
            id=row["id"],
            uuid=row["uuid"],
        )
        ts_row = self.ts.get(row["id"])
        if ts_row is not None:
            item.tjansteskrivelse = self._tjansteskrivelse(ts_row)
        item.bilagor = [
            Bilaga(
                **{f: b[f] for f in BILAGA_FIELDS},
                content=b["content"],
                secret=bool(b["secret"]),
                id=b["id"],
                uuid=b["uuid"],
            )
            for b in self.bilagor.get(row["id"], [])
        ]
        return item

    def _tjansteskrivelse(self, row: dict) -> Tjansteskrivelse:
        ts_id = row["id"]
        return Tjansteskrivelse(
            **{f: row[f] for f in TJANSTESKRIVELSE_FIELDS},
            signatories=[Signatory(n, t) for n, t in from_json(row["signatories"], [])],
            beslut_skickas_till=from_json(row["beslut_skickas_till"], []),
            forslag=[
                Forslag(text=r["text"], nr=r["nr"], group=r["grp"], uuid=r["uuid"])
                for r in self.ts_forslag.get(ts_id, [])
            ],
            sections=[
                Section(r["heading"], r["text"], uuid=r["uuid"])
                for r in self.ts_section.get(ts_id, [])
            ],
            id=ts_id,
            uuid=row["uuid"],
        )


# The five queries of a meeting's tree; each finds its rows through an index on the parent.
_ITEMS = "SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY position"
_TJANSTESKRIVELSER = (
    "SELECT t.* FROM tjansteskrivelse t JOIN agenda_item i ON i.id = t.item_id "
    "WHERE i.meeting_id = ?"
)
_TS_CHILDREN = (
    "SELECT c.* FROM {table} c JOIN tjansteskrivelse t ON t.id = c.ts_id "
    "JOIN agenda_item i ON i.id = t.item_id WHERE i.meeting_id = ? ORDER BY c.ts_id, c.position"
)
# A bilaga printing a delegationsbeslut is read by the title it is shown by (db.beslut_bilaga_
# title): "<Dnr> Delegationsbeslut" while the decision is flagged, whatever its stored title
# says: a flag set on another laptop and pulled by a sync, or set while a colleague had the
# meeting checked out, retitled nothing here.
_SECRET_BESLUT = f"{shown_title('b')} AS title"
_BILAGOR = (
    f"SELECT b.id, b.uuid, b.item_id, b.position, b.nr, {_SECRET_BESLUT}, b.ref, b.filename, "
    "b.sha256, b.secrecy_ref, b.secret, {content} FROM bilaga b "
    "JOIN agenda_item i ON i.id = b.item_id WHERE i.meeting_id = ? "
    "ORDER BY b.item_id, b.position"
)


def _group(rows, key: str, into: dict[int, list[dict]]) -> None:
    for row in rows:
        into.setdefault(row[key], []).append(row)
