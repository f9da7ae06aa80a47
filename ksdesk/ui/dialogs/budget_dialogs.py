"""Small dialogs of the Budget tab: a sheet's title and unit, and which columns a column sums."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.budget import UNITS, Sheet, Term
from ksdesk.ui.widgets.button_boxes import ok_cancel

UNIT_LABELS = {"kr": "kr", "tkr": "tkr (tusen kronor)", "mnkr": "mnkr (miljoner kronor)"}
UNIT_LABELS["procent"] = "procent"


class SheetPropertiesDialog(QDialog):
    """Title, caption, unit and shown decimals of a sheet (also used for a new sheet)."""

    def __init__(self, parent: QWidget | None, sheet: Sheet | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Budgetblad" if sheet else "Nytt budgetblad")
        self.title_edit = QLineEdit(sheet.title if sheet else "")
        self.caption_edit = QPlainTextEdit(sheet.caption if sheet else "")
        self.caption_edit.setFixedHeight(70)
        self.unit_combo = QComboBox()
        for unit in UNITS:
            self.unit_combo.addItem(UNIT_LABELS[unit], unit)
        self.unit_combo.setCurrentIndex(UNITS.index(sheet.unit if sheet else "tkr"))
        self.decimals_spin = QSpinBox()
        self.decimals_spin.setRange(0, 6)
        self.decimals_spin.setValue(sheet.decimals if sheet else 0)
        form = QFormLayout()
        form.addRow("Rubrik:", self.title_edit)
        form.addRow("Underrubrik:", self.caption_edit)
        form.addRow("Enhet:", self.unit_combo)
        form.addRow("Decimaler som visas:", self.decimals_spin)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {
            "title": self.title_edit.text(),
            "caption": self.caption_edit.toPlainText(),
            "unit": self.unit_combo.currentData(),
            "decimals": self.decimals_spin.value(),
        }


class ColumnSumsDialog(QDialog):
    """Tick the columns that column `c` is the sum of; "Byt tecken" makes one subtract."""

    def __init__(self, parent: QWidget | None, sheet: Sheet, c: int) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kolumnen summerar")
        header = sheet.columns[c].header or "kolumnen"
        intro = QLabel(
            f"”{header}” ska på varje rad vara summan av de markerade kolumnerna. "
            "Markera ingen för att ta bort regeln."
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        signs = {t.column: t.sign for t in sheet.columns[c].sums}
        for i, column in enumerate(sheet.columns):
            if i == c or not column.is_numeric:
                continue
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, [i, signs.get(i, 1), column.header])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if i in signs else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.list.addItem(item)
            self._label(item)
        flip = QPushButton("Byt tecken (+/−)")
        flip.clicked.connect(self.flip_sign)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(flip)
        layout.addWidget(buttons)

    def _label(self, item: QListWidgetItem) -> None:
        _i, sign, header = item.data(Qt.ItemDataRole.UserRole)
        item.setText(f"{'−' if sign < 0 else '+'} {header or '(utan rubrik)'}")

    def flip_sign(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        i, sign, header = item.data(Qt.ItemDataRole.UserRole)
        item.setData(Qt.ItemDataRole.UserRole, [i, -sign, header])
        self._label(item)

    def terms(self) -> tuple[Term, ...]:
        result = []
        for n in range(self.list.count()):
            item = self.list.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                i, sign, _header = item.data(Qt.ItemDataRole.UserRole)
                result.append(Term(i, sign))
        return tuple(result)
