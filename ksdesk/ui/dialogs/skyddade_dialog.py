"""Arkiv → Skyddade personuppgifter: the register of persons with skyddade personuppgifter
(core.skyddad_person), whose name, address, phone number and personnummer the review of every public
copy masks always. The register is printed nowhere; this dialog and `ksdesk skyddad list`
are the only places it is shown, the personnummer and the phone number masked in the
list."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from html import escape

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date
from ksdesk.core.skyddad_person import SkyddadPerson
from ksdesk.core.topics import Topic
from ksdesk.services import skyddade
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_skyddade_dialog import Ui_SkyddadeDialog
from ksdesk.ui.help_topics import set_topic
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.widgets.screen_fit import resize_within_screen
from ksdesk.ui.widgets.tables import setup_table

INTRO = (
    "Personer med <b>skyddade personuppgifter</b> (sekretessmarkering, skyddad folkbokföring "
    "eller fingerade personuppgifter) som kan nämnas i en tjänsteskrivelse, ett beslut, en "
    "bilaga eller ett delegationsbeslut. Där den offentliga kopian nämner en person här "
    "maskeras namnet (också skrivet ”Efternamn, Förnamn” eller med initialer), adressen, "
    "telefonnumret (också anknytningen ensam på en telefonrad) och personnumret "
    "<b>alltid</b>; en PDF-sida som nämner personen tas inte med. Den interna "
    "kallelsen till ledamöterna trycks som den är skriven, med en varning. Registret skrivs "
    "aldrig ut och finns bara i den här filen: det följer inte med i teamläge."
)


def _inlagd(person: SkyddadPerson) -> str:
    try:
        moment = datetime.fromisoformat(person.inlagd)
    except ValueError:
        return person.inlagd
    return format_date(moment.date())


def _masked_number(person: SkyddadPerson) -> str:
    """The birth date only, as the review list shows a personnummer: the list is on a screen."""
    return f"{person.personnummer[:8]}-XXXX" if person.personnummer else ""


def _masked_phone(person: SkyddadPerson) -> str:
    """The number without its last four digits, as the personnummer is shown."""
    phone = person.telefon
    digits = [i for i, char in enumerate(phone) if char.isdigit()][-4:]
    return "".join("X" if i in digits else char for i, char in enumerate(phone))


class PersonTableModel(ObjectTableModel[SkyddadPerson]):
    columns = (
        ColumnSpec("Namn", lambda p: p.namn),
        ColumnSpec("Adress", lambda p: " ".join(p.adress.split())),
        ColumnSpec("Personnummer", _masked_number),
        ColumnSpec("Telefon", _masked_phone),
        ColumnSpec("Anteckning", lambda p: p.anteckning, tooltip=lambda p: p.anteckning),
        ColumnSpec("Inlagd av", lambda p: p.inlagd_av),
        ColumnSpec("Inlagd", _inlagd, sort=lambda p: p.inlagd),
    )


class SkyddadeDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SkyddadeDialog()
        self.ui.setupUi(self)
        resize_within_screen(self, self.width(), self.height())
        set_topic(self, "offentlig-kopia.md")
        self.store = store
        self.ui.intro_label.setText(INTRO)
        self.model = PersonTableModel()
        self.ui.person_table.setModel(self.model)
        setup_table(self.ui.person_table, stretch_column=4)
        self.ui.person_table.selectionModel().selectionChanged.connect(self._chosen)
        self.ui.new_button.clicked.connect(self.new_person)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.delete_button.clicked.connect(self.delete_chosen)
        self.ui.close_button.clicked.connect(self.accept)
        writable = not store.read_only
        for button in (self.ui.new_button, self.ui.save_button):
            button.setEnabled(writable)
        self.current: SkyddadPerson | None = None
        self._reload()
        self.new_person()

    def _reload(self) -> None:
        self.model.set_rows(skyddade.list_people(self.store))

    def _chosen(self) -> None:
        rows = self.ui.person_table.selectionModel().selectedRows()
        self.current = self.model.row_object(rows[0].row()) if rows else None
        person = self.current or SkyddadPerson("")
        ui = self.ui
        ui.namn_edit.setText(person.namn)
        ui.adress_edit.setText(", ".join(person.adress.splitlines()))
        ui.personnummer_edit.setText(person.personnummer)
        ui.telefon_edit.setText(person.telefon)
        ui.anteckning_edit.setText(person.anteckning)
        ui.delete_button.setEnabled(self.current is not None and not self.store.read_only)
        ui.status_label.setText("")

    def new_person(self) -> None:
        """Empty fields for a new row."""
        self.ui.person_table.clearSelection()
        self._chosen()
        self.ui.namn_edit.setFocus()

    def save(self) -> bool:
        ui = self.ui
        base = self.current or SkyddadPerson("")
        person = replace(
            base,
            namn=ui.namn_edit.text(),
            adress=ui.adress_edit.text(),
            personnummer=ui.personnummer_edit.text(),
            telefon=ui.telefon_edit.text(),
            anteckning=ui.anteckning_edit.text(),
        )
        try:
            saved = skyddade.save(self.store, person)
        except KsdeskError as error:
            QMessageBox.warning(self, "Skyddade personuppgifter", escape(str(error)))
            return False
        self._reload()
        self._announce()
        rows = range(self.model.rowCount())
        row = next(r for r in rows if self.model.row_object(r).id == saved.id)
        self.ui.person_table.selectRow(row)
        self.ui.status_label.setText(
            f"{saved.namn} är sparad: namn, adress, telefon och personnummer maskeras alltid i "
            "den offentliga kopian."
        )
        return True

    def delete_chosen(self) -> bool:
        person = self.current
        if person is None or person.id is None:
            return False
        asked = QMessageBox.question(
            self,
            "Skyddade personuppgifter",
            f"Ta bort {escape(person.namn)} ur registret? Uppgifterna maskeras då inte längre "
            "av sig själva i den offentliga kopian.",
        )
        if asked != QMessageBox.StandardButton.Yes:
            return False
        skyddade.delete(self.store, person.id)
        self._reload()
        self._announce()
        self.new_person()
        self.ui.status_label.setText(f"{person.namn} är borttagen ur registret.")
        return True

    def _announce(self) -> None:
        signal = getattr(QApplication.instance(), "data_changed", None)
        if signal is not None:
            signal.emit(str(Topic.SKYDDADE))
