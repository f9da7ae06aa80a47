"""Recording the board's adoption of a draft: date, § and Dnr."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ksdesk.core.delegation import Version
from ksdesk.core.errors import KsdeskError
from ksdesk.ui.widgets.button_boxes import ok_cancel
from ksdesk.ui.widgets.colors import error_html


class AdoptDialog(QDialog):
    def __init__(self, version: Version, errors: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Anta delegationsordningen")
        layout = QFormLayout(self)
        intro = QLabel(
            f"Nämnden har antagit <b>{escape(version.name)}</b>. Datum och paragraf skrivs in i "
            "revideringstabellen, och versionen blir den gällande från det datumet. En antagen "
            "version ändras inte: senare ändringar görs i ett nytt utkast."
        )
        intro.setWordWrap(True)
        layout.addRow(intro)
        if errors:
            warning = QLabel(
                f"<span style='color:#b3261e'>Kontrollerna hittar {errors} fel i versionen. "
                "Rätta dem först om nämnden har beslutat så.</span>"
            )
            warning.setWordWrap(True)
            layout.addRow(warning)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("adopt_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.paragraf_edit = QLineEdit(self)
        self.paragraf_edit.setObjectName("adopt_paragraf")
        self.paragraf_edit.setPlaceholderText("till exempel 231")
        self.dnr_edit = QLineEdit(version.revisions[-1].dnr if version.revisions else "", self)
        self.dnr_edit.setObjectName("adopt_dnr")
        layout.addRow("Sammanträdesdatum:", self.date_edit)
        layout.addRow("Paragraf (§):", self.paragraf_edit)
        layout.addRow("Diarienummer:", self.dnr_edit)
        self.message = QLabel(self)  # a § that is no number, said here: nothing typed is lost
        self.message.setWordWrap(True)
        layout.addRow(self.message)
        layout.addRow(ok_cancel(self, "Anta"))

    def accept(self) -> None:
        from ksdesk.services.delegation_edit import paragraf_number

        try:
            paragraf_number(self.paragraf_edit.text())
        except KsdeskError as error:
            self.message.setText(error_html(str(error)))
            self.adjustSize()  # room for the new line: the intro above is not cut short
            self.paragraf_edit.setFocus()
            return
        super().accept()

    def adopted_on(self) -> date:
        return self.date_edit.date().toPython()

    def paragraf(self) -> str:
        return self.paragraf_edit.text()

    def dnr(self) -> str:
        return self.dnr_edit.text().strip()
