"""The rows of a conflict the secretary compares (Arkiv → Team → Konflikter, `ksdesk
konflikter`): of a unit both changed, those changed on both sides, the only ones a merge
cannot settle (services/team_merge.py); of one held by a colleague's check-out or refused
by the server, every row that differs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ksdesk.core.team import CHANGED_ON_BOTH
from ksdesk.core.team_wire import StoredConflict, UnitRow
from ksdesk.db.connection import Store
from ksdesk.db.sync_tables import parts
from ksdesk.db.unit_rows import UnitRows
from ksdesk.services.team_merge import base_holds, three_way

# What the secretary calls each table's rows in the side-by-side view.
ROW_NAMES = {
    "meeting": "Sammanträdet",
    "agenda_item": "Ärende",
    "tjansteskrivelse": "Tjänsteskrivelse",
    "ts_forslag": "Förslag till beslut",
    "ts_section": "Avsnitt i tjänsteskrivelsen",
    "bilaga": "Bilaga",
    "protokoll_meeting": "Protokollet",
    "protokoll_paragraf": "Paragraf",
    "arende_foljd": "Ärendets fortsättning",
    "overklagande": "Överklagande",
    "forvaltningsbesvar": "Förvaltningsbesvär",
    "attendance": "Närvaro",
    "redaction": "Beslut om offentlig kopia",
    "forhinder": "Förhinder",
    "expediering": "Expediering",
    "expediering_paragraf": "Expedierad paragraf",
    "protokoll_version": "Protokollversion",
    "protokoll_fil": "Arkivfil",
    "deleg_version": "Delegationsordningen",
    "deleg_revision": "Revidering",
    "deleg_intro": "Inledning",
    "deleg_chapter": "Kapitel",
    "deleg_point": "Punkt",
    "deleg_abbreviation": "Förkortning",
    "budget_sheet": "Budgetbladet",
    "budget_column": "Kolumn",
    "budget_row": "Rad",
    "budget_cell": "Cell",
    "document": "Dokumentet",
    "document_block": "Stycke",
}
_NAMING = ("title", "name", "rubrik", "heading", "nr", "paragraf", "dnr", "vad", "short", "text")


@dataclass
class RowDifference:
    key: str
    tbl: str
    label: str
    lokal: UnitRow | None
    server: UnitRow | None
    fields: list[tuple[str, Any, Any]] = field(default_factory=list)  # (column, lokal, server)


def _label(row: UnitRow) -> str:
    name = ROW_NAMES.get(row.tbl, row.tbl)
    naming = next((str(row.data[c]) for c in _NAMING if row.data.get(c) not in (None, "")), "")
    return f"{name}: {naming[:60]}" if naming else name


def differences(store: Store, conflict: StoredConflict) -> list[RowDifference]:
    """The rows the secretary decides on, in unit order."""
    server = conflict.server_rows
    merged, local = three_way(store, UnitRows(store), conflict.kind, conflict.unit_uuid, server)
    merging = conflict.reason == CHANGED_ON_BOTH and base_holds(store, conflict)
    order = {part.table: index for index, part in enumerate(parts(conflict.kind))}
    found = []
    for key in [*local, *(k for k in server if k not in local)]:
        mine, theirs = local.get(key), server.get(key)
        if mine is not None and theirs is not None and mine.digest() == theirs.digest():
            continue
        if merging and key not in merged.both:
            continue  # changed on one side only: the merge takes it that way
        shown = mine or theirs
        assert shown is not None
        columns = sorted(set((mine.data if mine else {}) | (theirs.data if theirs else {})))
        fields = [
            (c, (mine.data if mine else {}).get(c), (theirs.data if theirs else {}).get(c))
            for c in columns
        ]
        fields = [f for f in fields if f[1] != f[2] or mine is None or theirs is None]
        if mine and theirs and mine.blob_sha != theirs.blob_sha:
            fields.append(("fil", mine.blob_sha, theirs.blob_sha))
        found.append(RowDifference(key, shown.tbl, _label(shown), mine, theirs, fields))
    found.sort(key=lambda d: order.get(d.tbl, len(order)))
    return found
