"""Dialogs for one entry of a §: a yrkande, a reservation, a protokollsanteckning, a jäv.
Used to add an entry with more than one line allows, and to change one already recorded
(double-click its row, or Ändra…). Each refuses to close, in Swedish, while the entry lacks
what core.protokoll_entries asks for."""

from __future__ import annotations

from copy import deepcopy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from ksdesk.core.protokoll import Jav, Protokollsanteckning, Reservation, Yrkande
from ksdesk.core.protokoll_entries import (
    anteckning_problem,
    jav_problem,
    reservation_problem,
    yrkande_problem,
)
from ksdesk.ui.widgets.button_boxes import ok_cancel

Names = list[tuple[str, str]]  # (name, shown text)


def _offered(names: Names, chosen: list[str]) -> Names:
    """The names offered, plus any already chosen that are no longer (kept, marked)."""
    known = {n for n, _ in names}
    return names + [(n, f"{n} (tjänstgör inte här)") for n in chosen if n and n not in known]


class EntryDialog(QDialog):
    """A form with OK (Spara) and Avbryt that asks `problem()` before it closes."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout(self)
        self.buttons = ok_cancel(self, "Spara")

    def finish(self) -> None:
        self.form.addRow(self.buttons)

    def problem(self) -> str:
        return ""

    def accept(self) -> None:
        wrong = self.problem()
        if wrong:
            QMessageBox.warning(self, self.windowTitle(), wrong)
            return
        super().accept()

    def combo(self, name: str, names: Names, current: str, blank: str | None = None):
        box = QComboBox(self)
        box.setObjectName(name)
        if blank is not None:
            box.addItem(blank, "")
        for value, shown in _offered(names, [current]):
            box.addItem(shown, value)
        box.setCurrentIndex(max(box.findData(current), 0))
        return box

    def name_list(self, names: Names, chosen: list[str]) -> QListWidget:
        """A list of names to tick (several people may reserve themselves together)."""
        widget = QListWidget(self)
        widget.setObjectName("names_list")
        for value, shown in _offered(names, chosen):
            item = QListWidgetItem(shown, widget)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked
            )
        widget.setMaximumHeight(24 * min(max(widget.count(), 3), 8) + 6)
        return widget

    @staticmethod
    def ticked(widget: QListWidget) -> list[str]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def text_box(self, name: str, text: str, placeholder: str, height: int = 80):
        box = QPlainTextEdit(self)
        box.setObjectName(name)
        box.setPlainText(text)
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        box.setMaximumHeight(height)
        return box


class YrkandeDialog(EntryDialog):
    def __init__(self, members: Names, yrkande: Yrkande, parent: QWidget | None = None) -> None:
        super().__init__("Yrkande", parent)
        self.original = deepcopy(yrkande)
        self.member_combo = self.combo("member_combo", members, yrkande.name, "(välj ledamot)")
        self.text_edit = self.text_box(
            "text_edit", yrkande.text, "yrkar bifall till förvaltningens förslag"
        )
        self.form.addRow("&Ledamot", self.member_combo)
        self.form.addRow("&Yrkande", self.text_edit)
        self.finish()
        self.text_edit.setFocus()

    def value(self) -> Yrkande:
        name = self.member_combo.currentData() or ""
        party = self.original.party if name == self.original.name else ""
        return Yrkande(name, " ".join(self.text_edit.toPlainText().split()), party)

    def problem(self) -> str:
        return yrkande_problem(self.value())


class ReservationDialog(EntryDialog):
    def __init__(
        self, members: Names, reservation: Reservation, parent: QWidget | None = None
    ) -> None:
        super().__init__("Reservation", parent)
        self.names = self.name_list(members, reservation.names)
        self.text_edit = QLineEdit(reservation.text, self)
        self.text_edit.setObjectName("text_edit")
        self.text_edit.setPlaceholderText("till förmån för eget yrkande")
        self.written_check = QCheckBox("Skriftlig motivering aviserad (lämnas före justeringen)")
        self.written_check.setObjectName("written_check")
        self.written_check.setChecked(reservation.motivering_aviserad)
        self.motivering_edit = self.text_box(
            "motivering_edit", reservation.motivering, "Klistra in motiveringen när den kommer", 140
        )
        self.form.addRow("&Reserverar sig", self.names)
        self.form.addRow("&Text", self.text_edit)
        self.form.addRow("", self.written_check)
        self.form.addRow("Skriftlig &motivering", self.motivering_edit)
        self.finish()

    def value(self) -> Reservation:
        motivering = self.motivering_edit.toPlainText().strip()
        return Reservation(
            names=self.ticked(self.names),
            text=self.text_edit.text().strip(),
            motivering_aviserad=self.written_check.isChecked() or bool(motivering),
            motivering=motivering,
        )

    def problem(self) -> str:
        return reservation_problem(self.value())


class AnteckningDialog(EntryDialog):
    def __init__(
        self, people: Names, anteckning: Protokollsanteckning, parent: QWidget | None = None
    ) -> None:
        super().__init__("Protokollsanteckning", parent)
        self.names = self.name_list(people, anteckning.names)
        self.text_edit = self.text_box(
            "text_edit", anteckning.text, "Protokollsanteckningens text", 140
        )
        self.form.addRow("&Av", self.names)
        self.form.addRow("&Text", self.text_edit)
        self.finish()

    def value(self) -> Protokollsanteckning:
        return Protokollsanteckning(self.ticked(self.names), self.text_edit.toPlainText().strip())

    def problem(self) -> str:
        return anteckning_problem(self.value())


class JavDialog(EntryDialog):
    def __init__(
        self, ledamoter: Names, ersattare: Names, jav: Jav, parent: QWidget | None = None
    ) -> None:
        super().__init__("Jäv", parent)
        # Ledamöter, and the ersättare who sit in the § (a jävig one leaves that seat too).
        self.member_combo = self.combo(
            "member_combo", ledamoter, jav.name, "(välj vem som är jävig)"
        )
        self.stand_in_check = QCheckBox("En ersättare tjänstgör i stället", self)
        self.stand_in_check.setObjectName("stand_in_check")
        self.stand_in_check.setChecked(bool(jav.ersattare) or bool(ersattare))
        free = "(välj ersättare)" if ersattare else "(ingen ersättare är ledig i paragrafen)"
        self.ersattare_combo = self.combo("ersattare_combo", ersattare, jav.ersattare, free)
        self.note_edit = QLineEdit(jav.note, self)
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setPlaceholderText("t.ex. ”på grund av släktskap”")
        self.stand_in_check.toggled.connect(self.ersattare_combo.setEnabled)
        self.ersattare_combo.setEnabled(self.stand_in_check.isChecked())
        self.form.addRow("&Jävig", self.member_combo)
        self.form.addRow("", self.stand_in_check)
        self.form.addRow("&Ersättare", self.ersattare_combo)
        self.form.addRow("&Anteckning", self.note_edit)
        self.finish()

    def value(self) -> Jav:
        stand_in = self.ersattare_combo.currentData() if self.stand_in_check.isChecked() else ""
        return Jav(
            self.member_combo.currentData() or "", stand_in or "", self.note_edit.text().strip()
        )

    def problem(self) -> str:
        return jav_problem(self.value(), stand_in=self.stand_in_check.isChecked())
