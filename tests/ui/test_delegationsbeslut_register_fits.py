"""The register of delegationsbeslut on a 1366 × 768 laptop at 150 % (910 × 480 to use; the
dialog opens at 870 × 440). Its eight columns were fitted to their one-line text with Beslut
taking the rest: Beslut was some 70 pixels wide, its words cut ("Sam…", "besl…"), and the
form below left the register one row's height, the row itself cut. Now no word of Beslut,
Delegat or Punkt is cut, nothing scrolls sideways, Organ is elided with its name in the
tooltip, and the register keeps two fifths of the dialog while the form scrolls."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

BESLUT, DELEGAT, PUNKT, ORGAN = 2, 3, 4, 5


class _LaptopAt150:
    def availableGeometry(self) -> QRect:  # Qt's name for it
        return QRect(0, 0, 910, 480)


def test_the_register_reads_whole_words_on_a_laptop_at_150(qtbot, demo_store, monkeypatch):
    from ksdesk.ui.dialogs.delegationsbeslut_dialog import DelegationsbeslutDialog

    monkeypatch.setattr(QWidget, "screen", lambda _self: _LaptopAt150())
    dialog = DelegationsbeslutDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        QApplication.processEvents()
    table, model = dialog.table, dialog.table.model()
    assert model.rowCount() >= 1
    metrics = table.fontMetrics()
    cut = [
        (column, word)
        for column in (BESLUT, DELEGAT, PUNKT)
        for row in range(model.rowCount())
        for word in str(model.index(row, column).data()).split()
        if metrics.horizontalAdvance(word) > table.columnWidth(column)
    ]
    assert cut == []
    shown = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    assert shown == list(range(8))
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    organ = model.index(0, ORGAN)
    assert organ.data(Qt.ItemDataRole.ToolTipRole) == organ.data()
    assert table.height() >= dialog.height() * 2 // 5
