"""The rows of Arkiv → Team → Borttaget på servern (ui/dialogs/deleted_dialog.py): what was
deleted on the kansli's server, where it lay, whose, when and by whom."""

from __future__ import annotations

from ksdesk.core.team import KIND_NAMES, when
from ksdesk.core.team_deleted import UNIT, DeletedThing
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _where(thing: DeletedThing) -> str:
    if thing.typ == UNIT:
        return "–"
    return f"{KIND_NAMES.get(thing.kind, thing.kind)} {thing.unit_title}"


class DeletedModel(ObjectTableModel[DeletedThing]):
    """Borttaget | Ligger i | Organ | När | Av."""

    columns = (
        ColumnSpec("Borttaget", lambda thing: capital(thing.what)),
        ColumnSpec("Ligger i", _where),
        ColumnSpec("Organ", lambda thing: thing.organ),
        ColumnSpec(
            "När",
            lambda thing: when(thing.deleted_at) if thing.deleted_at else "–",
            sort=lambda thing: thing.deleted_at,
        ),
        ColumnSpec("Av", lambda thing: thing.deleted_by or "–"),
    )
