"""The lists of the § editor: yrkanden, reservationer, protokollsanteckningar and jäv.
Each is added from its one-line form (or a dialog when the line is not enough), changed in a
dialog (double-click the row, or Ändra…) and removed; every change is one undoable edit of
the § (ParagrafEditor.save)."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ksdesk.core.errors import InvalidInput
from ksdesk.core.protokoll import (
    Deltagare,
    Jav,
    Paragraf,
    Protokoll,
    Protokollsanteckning,
    Yrkande,
)
from ksdesk.core.protokoll_entries import (
    jav_refusal,
    with_anteckning,
    with_jav,
    with_reservation,
    yrkande_problem,
)
from ksdesk.core.protokoll_rules import display_name
from ksdesk.ui.checked_dialog import exec_checked
from ksdesk.ui.dialogs.entry_dialogs import (
    AnteckningDialog,
    JavDialog,
    ReservationDialog,
    YrkandeDialog,
)
from ksdesk.ui.forms.ui_paragraf_page import Ui_ParagrafPage
from ksdesk.ui.tabs.paragraf_people import javiga, party_of, present, sitting, stand_ins
from ksdesk.ui.widgets.combos import fill_names

KEYS = ("yrkande", "reservation", "anteckning", "jav")
NOUNS = {
    "yrkande": "yrkande",
    "reservation": "reservation",
    "anteckning": "protokollsanteckning",
    "jav": "jäv",
}


class ParagrafEntries(QObject):
    """`ui`: the Paragrafer page's form; `save(what)` writes the § as one undoable edit
    (False when refused); `refresh()` shows the § again after a change."""

    def __init__(
        self,
        ui: Ui_ParagrafPage,
        parent: QWidget,
        save: Callable[[str], bool],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.ui, self.parent_widget = ui, parent
        self._save, self._refresh = save, refresh
        self.protokoll: Protokoll | None = None
        self.paragraf: Paragraf | None = None
        ui.add_yrkande_button.clicked.connect(self.add_yrkande)
        ui.add_reservation_button.clicked.connect(self.add_reservation)
        ui.add_anteckning_button.clicked.connect(self.add_anteckning)
        ui.add_jav_button.clicked.connect(self.add_jav)
        for key in KEYS:
            getattr(ui, f"remove_{key}_button").clicked.connect(
                lambda _=False, k=key: self.remove_selected(k)
            )
            getattr(ui, f"edit_{key}_button").clicked.connect(
                lambda _=False, k=key: self.edit_selected(k)
            )
            getattr(ui, f"{key}_table").doubleClicked.connect(
                lambda index, k=key: self.edit(k, index.row())
            )

    # -- who may be named (paragraf_people.py) ----------------------------------------------

    def show(self, protokoll: Protokoll | None, paragraf: Paragraf | None) -> None:
        self.protokoll, self.paragraf = protokoll, paragraf

    def _people(self) -> list[Deltagare]:
        return self.protokoll.upprop if self.protokoll else []

    def fill_combos(self) -> None:
        ui, people, p = self.ui, self._people(), self.paragraf
        fill_names(ui.yrkande_member_combo, sitting(people, p))
        fill_names(ui.reservation_member_combo, sitting(people, p))
        fill_names(ui.anteckning_member_combo, present(people, p))
        fill_names(ui.jav_member_combo, javiga(people, p))
        fill_names(ui.jav_ersattare_combo, stand_ins(people, p), blank="(ingen ersättare)")

    def _refuse(self, text: str) -> None:
        QMessageBox.warning(self.parent_widget, "Kan inte lägga till", text)

    # -- adding ----------------------------------------------------------------------------

    def add_yrkande(self) -> None:
        """From the line; with no text yet, the dialog opens with the member chosen."""
        ui, p = self.ui, self.paragraf
        if p is None:
            return
        yrkande = Yrkande(ui.yrkande_member_combo.currentData() or "", "")
        yrkande.text = ui.yrkande_text_edit.text().strip()
        if yrkande_problem(yrkande):
            dialog = YrkandeDialog(sitting(self._people(), p), yrkande, self.parent_widget)
            if not dialog.exec():
                return
            yrkande = dialog.value()
        yrkande.party = party_of(self._people(), yrkande.name)
        p.yrkanden.append(yrkande)
        if self._save("Lägg till yrkande"):
            ui.yrkande_text_edit.clear()
        self._refresh()

    def add_reservation(self) -> None:
        """A name added with the same text as an earlier reservation joins it."""
        ui, p = self.ui, self.paragraf
        name = ui.reservation_member_combo.currentData()
        if p is None:
            return
        if not name:
            self._refuse("En reservation måste ange minst en ledamot som reserverar sig.")
            return
        text = ui.reservation_text_edit.text().strip()
        written = ui.reservation_written_check.isChecked()
        _become(p, with_reservation(p, name, text, written))
        if self._save("Lägg till reservation"):
            ui.reservation_text_edit.clear()
            ui.reservation_written_check.setChecked(False)
        self._refresh()

    def add_anteckning(self) -> None:
        ui, p = self.ui, self.paragraf
        if p is None:
            return
        name = ui.anteckning_member_combo.currentData() or ""
        text = ui.anteckning_text_edit.text().strip()
        if not name or not text:
            dialog = AnteckningDialog(
                present(self._people(), self.paragraf),
                Protokollsanteckning([name] if name else [], text),
                self.parent_widget,
            )
            if not dialog.exec():
                return
            p.anteckningar.append(dialog.value())
        else:
            _become(p, with_anteckning(p, name, text))
        if self._save("Lägg till protokollsanteckning"):
            ui.anteckning_text_edit.clear()
        self._refresh()

    def add_jav(self) -> None:
        ui, p = self.ui, self.paragraf
        if p is None:
            return
        jav = Jav(
            ui.jav_member_combo.currentData() or "", ui.jav_ersattare_combo.currentData() or ""
        )
        wrong = jav_refusal(p, jav)
        if wrong:
            self._refuse(wrong)
            return
        _become(p, with_jav(p, jav))
        self._save("Jäv")
        self._refresh()

    # -- changing and removing ---------------------------------------------------------------

    def _list(self, key: str) -> list:
        p = self.paragraf
        assert p is not None
        return {
            "yrkande": p.yrkanden,
            "reservation": p.reservationer,
            "anteckning": p.anteckningar,
            "jav": p.jav,
        }[key]

    def _selected(self, key: str) -> list[int]:
        view = getattr(self.ui, f"{key}_table")
        return sorted({i.row() for i in view.selectionModel().selectedRows()})

    def edit_selected(self, key: str) -> None:
        rows = self._selected(key)
        if rows:
            self.edit(key, rows[0])

    def dialog_for(self, key: str, entry):
        """The dialog that changes `entry` (a copy: the § changes only on Spara)."""
        parent = self.parent_widget
        entry = deepcopy(entry)
        if key == "yrkande":
            return YrkandeDialog(sitting(self._people(), self.paragraf), entry, parent)
        if key == "reservation":
            return ReservationDialog(sitting(self._people(), self.paragraf), entry, parent)
        if key == "anteckning":
            return AnteckningDialog(present(self._people(), self.paragraf), entry, parent)
        # The entry's own ersättare sits because of it: still offered, shown as everyone is.
        people, p = self._people(), self.paragraf
        shown = display_name(people, entry.ersattare)
        own = [(entry.ersattare, shown)] if entry.ersattare else []
        return JavDialog(javiga(people, p), stand_ins(people, p) + own, entry, parent)

    def edit(self, key: str, row: int) -> bool:
        """Change one entry in its dialog; Spara writes the § as one undoable edit."""
        p = self.paragraf
        if p is None or not 0 <= row < len(self._list(key)):
            return False
        target = self._list(key)
        dialog = self.dialog_for(key, target[row])

        def checked():  # a jäv refused keeps the dialog open with what was chosen in it
            if key == "jav" and (wrong := jav_refusal(p, dialog.value(), row)):
                raise InvalidInput(wrong)
            return dialog.value()

        changed = exec_checked(dialog, checked, f"Ändra {NOUNS[key]}")
        if changed is None:
            return False
        if key == "yrkande" and changed.name != target[row].name:
            changed.party = party_of(self._people(), changed.name)
        if changed == target[row]:
            return True
        if key == "jav":
            _become(p, with_jav(p, changed, row))
        else:
            target[row] = changed
        saved = self._save(f"Ändra {NOUNS[key]}")
        self._refresh()
        return saved

    def edit_motivering(self, row: int, text: str | None = None) -> None:
        """The written motivation of a reservation, pasted when it arrives."""
        p = self.paragraf
        if p is None or not 0 <= row < len(p.reservationer):
            return
        reservation = p.reservationer[row]
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self.parent_widget,
                "Skriftlig motivering",
                "Reservationens skriftliga motivering (skrivs ut under Reservation):",
                reservation.motivering,
            )
            if not ok:
                return
        reservation.motivering = text.strip()
        reservation.motivering_aviserad |= bool(reservation.motivering)
        self._save("Skriftlig motivering")
        self._refresh()

    def remove_selected(self, key: str) -> None:
        rows = self._selected(key)
        if self.paragraf is None or not rows:
            return
        target = self._list(key)
        for row in reversed(rows):
            del target[row]
        self._save(f"Ta bort {NOUNS[key]}")
        self._refresh()


def _become(paragraf: Paragraf, changed: Paragraf) -> None:
    """The editor's § takes the entries of `changed` (the editor and its lists hold it)."""
    vars(paragraf).update(vars(changed))
