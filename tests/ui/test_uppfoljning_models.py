"""The Uppföljning tab's models answer the roles they show (text, warning colour, alignment,
tooltip, sort order, the row itself) as every table model does, and every other role Qt asks
a cell for (font, background, decoration, size hint) at once, without looking at the row."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ksdesk.services import uppfoljning
from ksdesk.ui.models import uppfoljning_models as models
from ksdesk.ui.models.base_model import OBJECT_ROLE, SORT_ROLE, ObjectTableModel

DAY = date(2021, 1, 15)


class _CountedRows(list):
    """A model's rows that count how often one is looked at."""

    looked_at = 0

    def __getitem__(self, index):
        type(self).looked_at += 1
        return super().__getitem__(index)


def test_each_role_is_answered_as_before_and_the_rest_without_the_row(demo_store) -> None:
    shown = uppfoljning.overview(demo_store, DAY)
    model = models.OpenMatterModel()
    model.set_rows(shown.aterremitterade)
    assert model.rowCount() == 1 and shown.aterremitterade[0].tillbaka is not None
    roles = [*range(int(Qt.ItemDataRole.UserRole)), SORT_ROLE, OBJECT_ROLE]
    for column in range(model.columnCount()):
        index = model.index(0, column)
        for role in roles:
            expected = (
                None  # back on an agenda: not in the warning colour
                if role == Qt.ItemDataRole.ForegroundRole
                else ObjectTableModel.data(model, index, role)
            )
            assert model.data(index, role) == expected, (column, role)

    model._rows = _CountedRows(model._rows)
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.CheckStateRole,
    ):
        assert model.data(model.index(0, 1), role) is None
    assert _CountedRows.looked_at == 0
    assert model.data(model.index(0, 1)) == "2020-11-24"
    assert _CountedRows.looked_at == 1
