"""Recording from the Laga kraft page that a § was appealed, and how the appeal ended, as
one undoable edit (Ctrl+Z takes it back)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget

from ksdesk.core.format import format_date
from ksdesk.core.overklagande import Overklagande
from ksdesk.core.topics import Topic
from ksdesk.services import overklagande
from ksdesk.services.laga_kraft import LagaKraftRad
from ksdesk.services.store import Store

Edit = Callable[[str, Callable[[Overklagande | None], Topic], object, object], bool]


def record_appeal(parent: QWidget, store: Store, row: object, today: date, edit: Edit) -> None:
    """Open the form for the § of `row`; save what the secretary wrote through `edit`."""
    from ksdesk.ui.dialogs.overklagande_dialog import OverklagandeDialog

    if not isinstance(row, LagaKraftRad) or row.paragraf_id is None:
        QMessageBox.information(
            parent,
            "Överklagande",
            "Välj en paragraf. Ett överklagat delegationsbeslut noteras i dess ärende.",
        )
        return
    paragraf_id = row.paragraf_id
    before = overklagande.get(store, paragraf_id)
    start = before or Overklagande(paragraf_id, today)
    what = f"{row.organ} {format_date(row.datum)} {row.ref} {row.rubrik}"
    dialog = OverklagandeDialog(start, what, parent, known=before is not None)
    if not dialog.exec():
        return
    after = None if dialog.removed else dialog.overklagande

    def apply(value: Overklagande | None) -> Topic:
        return overklagande.put(store, paragraf_id, value)

    edit("Ta bort överklagande" if after is None else "Överklagande", apply, before, after)
