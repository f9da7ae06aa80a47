"""Protokollsutdrag…: which § to extract, and whether as the public version (the same rules
as the public protokoll: a secret § without content, personnummer masked as decided)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QWidget

from ksdesk.core.protokoll import Paragraf
from ksdesk.ui.widgets.button_boxes import ok_cancel


class UtdragDialog(QDialog):
    def __init__(
        self,
        paragrafer: list[Paragraf],
        current: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Protokollsutdrag")
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.paragraf_combo = QComboBox(self)
        self.paragraf_combo.setObjectName("paragraf_combo")
        # Long titles would widen the combo until its label is squeezed out: cut them instead.
        self.paragraf_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.paragraf_combo.setMinimumContentsLength(40)
        for p in paragrafer:
            self.paragraf_combo.addItem(f"{p.label}  {p.title}", p.nr)
        index = self.paragraf_combo.findData(current)
        self.paragraf_combo.setCurrentIndex(max(index, 0))
        form.addRow("Paragraf:", self.paragraf_combo)
        self.public_check = QCheckBox("Offentlig version", self)
        self.public_check.setObjectName("public_check")
        form.addRow("Version:", self.public_check)
        hint = QLabel(
            "Som det offentliga protokollet: en paragraf med sekretess visas utan innehåll, "
            "och personnummer maskeras enligt granskningen (Arkiv → Granska offentlig kopia).",
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow(hint)
        form.addRow(ok_cancel(self, "Visa utdraget"))

    @property
    def number(self) -> int:
        return self.paragraf_combo.currentData()

    @property
    def public(self) -> bool:
        return self.public_check.isChecked()
