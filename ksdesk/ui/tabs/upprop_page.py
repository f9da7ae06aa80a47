"""The upprop part of the Sammanträde tab: who is called and who came, for which §§ (any
number of stretches: "217–219, 221–223"), who tjänstgör for whom, beslutförhet at the upprop;
adding a person (to the organ's members register too); and, on the Paragrafer page, the
one-click "Lämnar före § 220" / "Återkommer före § 222" for the § on screen."""

from __future__ import annotations

from copy import deepcopy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from ksdesk.core.errors import KsdeskError
from ksdesk.core.narvaro import come_back, leave
from ksdesk.core.protokoll import Deltagare, Paragraf
from ksdesk.core.protokoll_rules import paragraf_span, seats, sitting, tjanstgorande
from ksdesk.core.topics import Topic
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services import upprop as upprop_service
from ksdesk.ui.models.protokoll_models import UppropModel
from ksdesk.ui.widgets.colors import ERROR_COLOR, OK_COLOR
from ksdesk.ui.widgets.combos import fill_names
from ksdesk.ui.widgets.delegates import ComboDelegate
from ksdesk.ui.widgets.tables import setup_table

if TYPE_CHECKING:
    from ksdesk.ui.tabs.sammantrade_tab import SammantradeTab


class UppropPage(QObject):
    def __init__(self, tab: SammantradeTab) -> None:
        super().__init__(tab)
        self.tab, self.ui = tab, tab.ui
        self.model = UppropModel()
        self.saved: list[Deltagare] = []  # the upprop as last written (an undo's "before")
        self.pending_text = ""  # names the next save on the undo stack
        self.paragraf: Paragraf | None = None  # the § on the Paragrafer page
        ui = self.ui
        ui.upprop_table.setModel(self.model)
        setup_table(ui.upprop_table, stretch_column=0)
        ui.upprop_table.setItemDelegateForColumn(
            UppropModel.REPLACES, ComboDelegate(self._replace_choices, tab)
        )
        self.model.edited.connect(self.save)
        self.model.refused.connect(lambda text: QMessageBox.warning(tab, "Närvaro", text))
        ui.add_person_button.clicked.connect(self.add_person_clicked)
        ui.remove_person_button.clicked.connect(self.remove_person)
        ui.forhinder_button.clicked.connect(self.edit_forhinder)
        ui.narvaro_person_combo.currentIndexChanged.connect(lambda _i: self._narvaro_button())
        ui.narvaro_button.clicked.connect(self.toggle_narvaro)

    @property
    def upprop(self) -> list[Deltagare]:
        return self.model.upprop

    def show(self) -> None:
        """Show the upprop of the tab's protokoll as stored."""
        protokoll = self.tab.protokoll
        self.saved = deepcopy(protokoll.upprop) if protokoll else []
        self.model.set_numbers(protokoll.numbers if protokoll else [])
        self.model.set_rows(protokoll.upprop if protokoll else [])
        self.update_quorum()
        self.update_sits()

    def _replace_choices(self, _index) -> list[tuple[str, str]]:
        return [("(ingen)", "")] + [(a.display, a.name) for a in self.upprop if a.is_ledamot]

    def save(self) -> None:
        tab = self.tab
        if tab.meeting is None or tab.protokoll is None:
            return
        meeting_id, store = tab.meeting.id, tab.store
        after = deepcopy(self.upprop)
        text, self.pending_text = self.pending_text or "Ändra uppropet", ""

        def apply(upprop: list[Deltagare]) -> Topic:
            return protokoll_service.save_upprop(store, meeting_id, deepcopy(upprop))

        if not tab.record(text, apply, self.saved, after):
            tab.reload()
            return
        self.saved = after
        self.changed()

    def changed(self) -> None:
        """Everything that depends on who is present follows the upprop on screen."""
        tab = self.tab
        tab.protokoll.upprop = self.upprop
        self.update_quorum()
        self.update_sits()
        tab.editor.refresh_lists()
        tab.justering.fill_justerare()
        tab.justering.run_check()

    def update_sits(self) -> None:
        """The Tjänstgör column: in which §§ each person sits (upprop and jäv together)."""
        protokoll = self.tab.protokoll
        sits: dict[str, list[int]] = {}
        for paragraf in protokoll.paragrafer if protokoll else []:
            for seat in tjanstgorande(protokoll.upprop, paragraf):
                sits.setdefault(seat.deltagare.name, []).append(paragraf.nr)
        numbers = protokoll.numbers if protokoll else []
        self.model.set_sits(
            {
                name: "Hela sammanträdet" if sat == numbers else paragraf_span(sat)
                for name, sat in sits.items()
            }
        )

    def update_quorum(self) -> None:
        protokoll = self.tab.protokoll
        people = protokoll.upprop if protokoll else []
        if not people:
            self.ui.beslutsfor_label.setText("")
            return
        first = protokoll.numbers[0] if protokoll.numbers else 0
        present = len(sitting(people, first))
        total = seats(people)
        ok = present * 2 > total
        colour, verdict = (OK_COLOR, "Beslutfört") if ok else (ERROR_COLOR, "Inte beslutfört")
        self.ui.beslutsfor_label.setText(
            f"<b style='color:{colour}'>{verdict}</b>: {present} av {total} ledamöter "
            f"tjänstgör vid uppropet (minst {total // 2 + 1} krävs)."
        )

    # -- adding and removing people -----------------------------------------------------------

    def add_person_clicked(self) -> None:
        from ksdesk.ui.dialogs.person_dialog import PersonDialog

        ledamoter = [(a.name, a.display) for a in self.upprop if a.is_ledamot]
        dialog = PersonDialog(ledamoter, self.tab, check=self._check_person)
        if dialog.exec():
            self.add_person(dialog.deltagare(), register=dialog.register)

    def _check_person(self, person: Deltagare, register: bool) -> None:
        upprop_service.with_person(self.tab.store, self.tab.meeting.id, person, register=register)

    def add_person(self, person: Deltagare, *, register: bool = False) -> bool:
        """Add `person` to the upprop (and the members register): one undoable edit."""
        tab = self.tab
        if tab.meeting is None or tab.protokoll is None:
            return False
        store, meeting_id = tab.store, tab.meeting.id
        try:
            before = upprop_service.current(store, meeting_id)
            after = upprop_service.with_person(store, meeting_id, person, register=register)
        except KsdeskError as error:
            QMessageBox.warning(tab, "Kan inte lägga till", str(error))
            return False

        def apply(state: upprop_service.UppropState) -> Topic:
            return upprop_service.restore(store, meeting_id, state)

        name = " ".join(person.name.split())
        if not tab.record(f"Lägg till {name}", apply, before, after):
            return False
        self.saved = deepcopy(after.upprop)
        self.model.set_rows(deepcopy(after.upprop))
        self.changed()
        return True

    def edit_forhinder(self) -> None:
        """The förhinder list (before or during the meeting), and with "Föreslå i uppropet"
        the upprop set from it: one undoable edit of both."""
        from ksdesk.services import forhinder
        from ksdesk.services import meetings as meeting_service
        from ksdesk.ui.dialogs.forhinder_dialog import ForhinderDialog

        tab = self.tab
        if tab.meeting is None:
            return
        meeting_id, store = tab.meeting.id, tab.store
        organ = meeting_service.get_organ(store, tab.meeting.organ_id)
        before = forhinder.lage(store, meeting_id)
        dialog = ForhinderDialog(
            organ, deepcopy(before.rows), upprop_started=before.upprop is not None, parent=tab
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        into = dialog.into_upprop
        try:
            after = forhinder.planned(store, meeting_id, dialog.result_rows(), into_upprop=into)
        except KsdeskError as error:
            QMessageBox.warning(tab, "Förhinder", str(error))
            return

        def apply(state: forhinder.ForhinderLage) -> Topic:
            return forhinder.put(store, meeting_id, deepcopy(state))

        text = "Förhinder och inkallade ersättare" if into else "Ändra förhinder"
        if tab.record(text, apply, before, after):
            tab.reload()

    def remove_person(self) -> None:
        rows = {i.row() for i in self.ui.upprop_table.selectionModel().selectedRows()}
        if rows:
            names = ", ".join(self.upprop[r].name for r in sorted(rows))
            kept = [a for i, a in enumerate(self.upprop) if i not in rows]
            self.model.set_rows(kept)
            self.pending_text = f"Ta bort {names} ur uppropet"
            self.save()

    # -- leaving and coming back at the § on screen ----------------------------------------

    def fill_narvaro_row(self, paragraf: Paragraf | None) -> None:
        self.paragraf = paragraf
        people = [(a.name, a.display) for a in self.upprop] if paragraf else []
        fill_names(self.ui.narvaro_person_combo, people)
        self._narvaro_button()

    def _person(self) -> Deltagare | None:
        name = self.ui.narvaro_person_combo.currentData()
        return next((a for a in self.upprop if a.name == name), None)

    def _narvaro_button(self) -> None:
        paragraf, person = self.paragraf, self._person()
        button = self.ui.narvaro_button
        button.setEnabled(paragraf is not None and person is not None)
        # The text changes with the person: its mnemonic is written here (Alt+L, Alt+K).
        if paragraf is None or person is None:
            button.setText("&Lämnar före paragrafen")
            return
        if person.present_at(paragraf.nr):
            button.setText(f"&Lämnar före {paragraf.label}")
        else:
            verb = "Åter&kommer" if person.present else "&Kommer"
            button.setText(f"{verb} före {paragraf.label}")

    def toggle_narvaro(self) -> None:
        """The chosen person leaves before the § on screen (until a return already recorded),
        or comes (back) before it (until a departure already recorded)."""
        paragraf, person = self.paragraf, self._person()
        if paragraf is None or person is None or self.tab.protokoll is None:
            return
        numbers, at = self.tab.protokoll.numbers, paragraf.nr
        if person.present_at(at):
            person.narvaro = leave(person.narvaro, at, numbers)
            self.pending_text = f"{person.name} lämnar före {paragraf.label}"
        else:
            person.narvaro = come_back(person.narvaro, at, numbers)
            self.pending_text = f"{person.name} kommer före {paragraf.label}"
        self.model.changed_row(self.upprop.index(person))
