"""The lists of the § editor: yrkanden, reservationer, protokollsanteckningar and jäv.
Each is added from its one-line form (or a dialog when the line is not enough), changed in a
dialog (double-click the row, or Ändra…) and removed; every change is one undoable edit of
the § (ParagrafEditor.save)."""

from __future__ import annotations

from copy import deepcopy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ksdesk.core.protokoll import (
    OTHER_ROLE,
    Jav,
    Paragraf,
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
from ksdesk.core.protokoll_rules import display_name, seats_held, tjanstgorande
from ksdesk.ui.dialogs.entry_dialogs import (
    AnteckningDialog,
    JavDialog,
    ReservationDialog,
    YrkandeDialog,
)
from ksdesk.ui.widgets.combos import fill_names

if TYPE_CHECKING:
    from ksdesk.ui.tabs.paragraf_editor import ParagrafEditor

KEYS = ("yrkande", "reservation", "anteckning", "jav")
NOUNS = {
    "yrkande": "yrkande",
    "reservation": "reservation",
    "anteckning": "protokollsanteckning",
    "jav": "jäv",
}


class ParagrafEntries(QObject):
    def __init__(self, editor: ParagrafEditor) -> None:
        super().__init__(editor)
        self.editor, self.ui = editor, editor.ui
        ui = self.ui
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

    # -- who may be named ------------------------------------------------------------------

    @property
    def paragraf(self) -> Paragraf | None:
        return self.editor.paragraf

    def _people(self):
        return self.editor.protokoll.upprop if self.editor.protokoll else []

    def sitting(self) -> list[tuple[str, str]]:
        """Who tjänstgör in the §: they make yrkanden, reserve themselves."""
        p = self.paragraf
        if p is None:
            return []
        return [(s.deltagare.name, s.deltagare.display) for s in tjanstgorande(self._people(), p)]

    def _in_room(self, keep) -> list[tuple[str, str]]:
        """(name, shown) of everyone in the room at the § for whom `keep(deltagare)` holds."""
        p = self.paragraf
        if p is None:
            return []
        return [(a.name, a.display) for a in self._people() if a.present_at(p.nr) and keep(a)]

    def present(self) -> list[tuple[str, str]]:
        """Who is in the room at the §, övriga excepted: a protokollsanteckning may come from
        an ersättare who does not tjänstgöra."""
        return self._in_room(lambda a: a.role != OTHER_ROLE)

    def javiga(self) -> list[tuple[str, str]]:
        """Who may be recorded jävig: the ledamöter in the room, and the ersättare who sit
        in the § (for whom, as far as the upprop says): a jävig one leaves that seat."""
        p = self.paragraf
        if p is None:
            return []
        people = self._people()
        held = seats_held(people, p.nr)
        shown = {
            a.name: f"{a.display}, ersättare för {display_name(people, held[a.name])}"
            for a in people
            if a.is_ersattare and a.name in held
        }
        return [
            (name, shown.get(name, text))
            for name, text in self._in_room(lambda a: a.is_ledamot or a.name in held)
        ]

    def stand_ins(self) -> list[tuple[str, str]]:
        """Ersättare in the room who neither tjänstgör in the § already nor are jäviga."""
        p = self.paragraf
        taken = {name for name, _ in self.sitting()} | (p.jav_names() if p else set())
        return self._in_room(lambda a: a.is_ersattare and a.name not in taken)

    def fill_combos(self) -> None:
        ui = self.ui
        fill_names(ui.yrkande_member_combo, self.sitting())
        fill_names(ui.reservation_member_combo, self.sitting())
        fill_names(ui.anteckning_member_combo, self.present())
        fill_names(ui.jav_member_combo, self.javiga())
        fill_names(ui.jav_ersattare_combo, self.stand_ins(), blank="(ingen ersättare)")

    def _party(self, name: str) -> str:
        return next((a.party for a in self._people() if a.name == name), "")

    def _refuse(self, text: str) -> None:
        QMessageBox.warning(self.editor.parent_widget, "Kan inte lägga till", text)

    # -- adding ----------------------------------------------------------------------------

    def add_yrkande(self) -> None:
        """From the line; with no text yet, the dialog opens with the member chosen."""
        ui, p = self.ui, self.paragraf
        if p is None:
            return
        yrkande = Yrkande(ui.yrkande_member_combo.currentData() or "", "")
        yrkande.text = ui.yrkande_text_edit.text().strip()
        if yrkande_problem(yrkande):
            dialog = YrkandeDialog(self.sitting(), yrkande, self.editor.parent_widget)
            if not dialog.exec():
                return
            yrkande = dialog.value()
        yrkande.party = self._party(yrkande.name)
        p.yrkanden.append(yrkande)
        if self.editor.save("Lägg till yrkande"):
            ui.yrkande_text_edit.clear()
        self.editor.refresh_lists()

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
        if self.editor.save("Lägg till reservation"):
            ui.reservation_text_edit.clear()
            ui.reservation_written_check.setChecked(False)
        self.editor.refresh_lists()

    def add_anteckning(self) -> None:
        ui, p = self.ui, self.paragraf
        if p is None:
            return
        name = ui.anteckning_member_combo.currentData() or ""
        text = ui.anteckning_text_edit.text().strip()
        if not name or not text:
            dialog = AnteckningDialog(
                self.present(),
                Protokollsanteckning([name] if name else [], text),
                self.editor.parent_widget,
            )
            if not dialog.exec():
                return
            p.anteckningar.append(dialog.value())
        else:
            _become(p, with_anteckning(p, name, text))
        if self.editor.save("Lägg till protokollsanteckning"):
            ui.anteckning_text_edit.clear()
        self.editor.refresh_lists()

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
        self.editor.save("Jäv")
        self.editor.refresh_lists()

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
        parent = self.editor.parent_widget
        entry = deepcopy(entry)
        if key == "yrkande":
            return YrkandeDialog(self.sitting(), entry, parent)
        if key == "reservation":
            return ReservationDialog(self.sitting(), entry, parent)
        if key == "anteckning":
            return AnteckningDialog(self.present(), entry, parent)
        # The entry's own ersättare sits because of it: still offered, shown as everyone is.
        shown = display_name(self._people(), entry.ersattare)
        own = [(entry.ersattare, shown)] if entry.ersattare else []
        return JavDialog(self.javiga(), self.stand_ins() + own, entry, parent)

    def edit(self, key: str, row: int) -> bool:
        """Change one entry in its dialog; Spara writes the § as one undoable edit."""
        p = self.paragraf
        if p is None or not 0 <= row < len(self._list(key)):
            return False
        target = self._list(key)
        dialog = self.dialog_for(key, target[row])
        if not dialog.exec():
            return False
        changed = dialog.value()
        if key == "yrkande" and changed.name != target[row].name:
            changed.party = self._party(changed.name)
        wrong = jav_refusal(p, changed, row) if key == "jav" else ""
        if wrong:
            self._refuse(wrong)
            return False
        if changed == target[row]:
            return True
        if key == "jav":
            _become(p, with_jav(p, changed, row))
        else:
            target[row] = changed
        saved = self.editor.save(f"Ändra {NOUNS[key]}")
        self.editor.refresh_lists()
        return saved

    def edit_motivering(self, row: int, text: str | None = None) -> None:
        """The written motivation of a reservation, pasted when it arrives."""
        p = self.paragraf
        if p is None or not 0 <= row < len(p.reservationer):
            return
        reservation = p.reservationer[row]
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self.editor.parent_widget,
                "Skriftlig motivering",
                "Reservationens skriftliga motivering (skrivs ut under Reservation):",
                reservation.motivering,
            )
            if not ok:
                return
        reservation.motivering = text.strip()
        reservation.motivering_aviserad |= bool(reservation.motivering)
        self.editor.save("Skriftlig motivering")
        self.editor.refresh_lists()

    def remove_selected(self, key: str) -> None:
        rows = self._selected(key)
        if self.paragraf is None or not rows:
            return
        target = self._list(key)
        for row in reversed(rows):
            del target[row]
        self.editor.save(f"Ta bort {NOUNS[key]}")
        self.editor.refresh_lists()


def _become(paragraf: Paragraf, changed: Paragraf) -> None:
    """The editor's § takes the entries of `changed` (the editor and its lists hold it)."""
    vars(paragraf).update(vars(changed))
