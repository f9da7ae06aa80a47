"""The Upprop page of the Sammanträde tab: who is called and who came, for which §§ (any
number of stretches: "217–219, 221–223"), who tjänstgör for whom, beslutförhet at the upprop;
adding a person (to the organ's members register too); and a person leaving or coming back
before a § (asked for on the Paragrafer page)."""

from __future__ import annotations

from copy import deepcopy
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.core.narvaro import come_back, example, leave, sits_text, upprop_count
from ksdesk.core.organ_members import roles_held_twice
from ksdesk.core.protokoll import Deltagare, Protokoll
from ksdesk.core.topics import Topic
from ksdesk.core.upprop_search import ROLE_LABELS
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services import upprop as upprop_service
from ksdesk.services.store import Store
from ksdesk.ui.checked_dialog import exec_checked
from ksdesk.ui.forms.ui_upprop_page import Ui_UppropPage
from ksdesk.ui.models.upprop_model import LEDAMOT_ROLES, UppropModel
from ksdesk.ui.tabs.base_tab import Record
from ksdesk.ui.tabs.upprop_find import PersonFinder
from ksdesk.ui.widgets.colors import ERROR_COLOR, OK_COLOR
from ksdesk.ui.widgets.delegates import ComboDelegate
from ksdesk.ui.widgets.flow_layout import wrap_row
from ksdesk.ui.widgets.tables import lend_width, setup_table


class UppropPage(QWidget):
    # The upprop on screen changed (and is stored): who sits, who may be named, follows it.
    changed = Signal()
    # A change was refused and nothing was written: the tab shows what is stored again.
    refused = Signal()
    # The förhinder and the upprop set from them were written: the tab shows them as stored.
    forhinder_saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UppropPage()
        self.ui.setupUi(self)
        self.store: Store | None = None
        self._record: Record | None = None
        self.meeting_id: int | None = None
        self.protokoll: Protokoll | None = None
        self.model = UppropModel()
        self.saved: list[Deltagare] = []  # the upprop as last written (an undo's "before")
        self.pending_text = ""  # names the next save on the undo stack
        ui = self.ui
        # At 150 % the counts go under the buttons rather than widen the window.
        wrap_row(ui.upprop_buttons)
        ui.upprop_table.setModel(self.model)
        # Namn as wide as the longest name, Ersätter as the names it shows (the list it opens
        # is as wide as its longest name: ComboDelegate), the rest of the width to the last
        # column, Tjänstgör, which Ersätter makes room for: a fullmäktige's Namn took half
        # the table, and an Ersätter as wide as its list left Tjänstgör a few letters short
        # at 150 % on a laptop.
        setup_table(ui.upprop_table, stretch_column=UppropModel.SITS)
        lend_width(ui.upprop_table, UppropModel.SITS, UppropModel.REPLACES)
        # One line a person, as tight as the text: at 150 % "Hela sammanträdet" wrapped in
        # the last column and left three people in view.
        ui.upprop_table.setWordWrap(False)
        ui.upprop_table.setItemDelegateForColumn(
            UppropModel.REPLACES, ComboDelegate(self._replace_choices, self)
        )
        roles = [(ROLE_LABELS[role], role) for role in LEDAMOT_ROLES]
        ui.upprop_table.setItemDelegateForColumn(
            UppropModel.ROLE, ComboDelegate(lambda _index: roles, self)
        )
        self.model.edited.connect(self.save)
        self.model.refused.connect(lambda text: QMessageBox.warning(self, "Närvaro", text))
        ui.add_person_button.clicked.connect(self.add_person_clicked)
        ui.remove_person_button.clicked.connect(self.remove_person)
        ui.forhinder_button.clicked.connect(self.edit_forhinder)
        self.finder = PersonFinder(
            ui.upprop_table, ui.find_edit, lambda: self.upprop, column=UppropModel.PRESENT
        )

    def bind(self, store: Store, record: Record) -> None:
        """The database, and how an edit is written and put on the undo stack."""
        self.store, self._record = store, record

    @property
    def upprop(self) -> list[Deltagare]:
        return self.model.upprop

    def show_protokoll(
        self, meeting_id: int | None, protokoll: Protokoll | None, planned: list[int]
    ) -> None:
        """Show the upprop of `protokoll` as stored; `planned`: the §§ the meeting has, or
        will have when its protokoll is started (the hint's example is in them)."""
        self.meeting_id, self.protokoll = meeting_id, protokoll
        self.saved = deepcopy(protokoll.upprop) if protokoll else []
        self.model.set_numbers(protokoll.numbers if protokoll else [])
        self.model.set_rows(protokoll.upprop if protokoll else [])
        self.show_help(planned)
        self.update_quorum()
        self.update_sits()

    def show_help(self, numbers: list[int]) -> None:
        """The hint above the table, its example in this meeting's own §§ (before the start,
        those it will have; none named when it has none)."""
        shown = example(numbers)
        said = f"till exempel ”{shown}”" if shown else "de paragrafer personen var med i"
        # Before the start the table is empty: say what fills it, not only what to tick.
        before_start = (
            "Uppropet fylls med nämndens ledamöter och ersättare när protokollet startas. "
            if not (self.protokoll and self.protokoll.paragrafer)
            else ""
        )
        self.ui.upprop_help.setText(
            f"{before_start}Bocka i de närvarande. Ersätter: ledamoten en ersättare tjänstgör "
            f"för. Närvaro: {said}."
        )
        self.ui.upprop_help.setToolTip(
            "Bocka i vem som är närvarande. En ersättare som tjänstgör i en ledamots ställe "
            "anges under Ersätter. Den som kommer, går och kommer tillbaka under mötet får sina "
            f"paragrafer under Närvaro, {said} (eller använd Lämnar/Återkommer vid "
            "paragrafen)."
        )

    def edit_forhinder(self) -> None:
        """The förhinder list (before or during the meeting), and with "Föreslå i uppropet"
        the upprop set from it: one undoable edit of both."""
        from ksdesk.services import forhinder
        from ksdesk.services import meetings as meeting_service
        from ksdesk.ui.dialogs.forhinder_dialog import ForhinderDialog

        if self.meeting_id is None or self._record is None:
            return
        meeting_id, store = self.meeting_id, self.store
        meeting = meeting_service.get_meeting(store, meeting_id)
        organ = meeting_service.get_organ(store, meeting.organ_id)
        before = forhinder.lage(store, meeting_id)
        dialog = ForhinderDialog(
            organ, deepcopy(before.rows), upprop_started=before.upprop is not None, parent=self
        )
        after = exec_checked(
            dialog,
            lambda: forhinder.planned(
                store, meeting_id, dialog.result_rows(), into_upprop=dialog.into_upprop
            ),
            "Förhinder",
        )
        if after is None:
            return

        def apply(state: forhinder.ForhinderLage) -> Topic:
            return forhinder.put(store, meeting_id, deepcopy(state))

        text = "Förhinder och inkallade ersättare" if dialog.into_upprop else "Ändra förhinder"
        if self._record(text, apply, before, after):
            self.forhinder_saved.emit()

    def _replace_choices(self, _index) -> list[tuple[str, str]]:
        return [("(ingen)", "")] + [(a.display, a.name) for a in self.upprop if a.is_ledamot]

    def save(self) -> None:
        if self.meeting_id is None or self.protokoll is None or self._record is None:
            return
        meeting_id, store = self.meeting_id, self.store
        after = deepcopy(self.upprop)
        text, self.pending_text = self.pending_text or "Ändra uppropet", ""

        def apply(upprop: list[Deltagare]) -> Topic:
            return protokoll_service.save_upprop(store, meeting_id, deepcopy(upprop))

        if not self._record(text, apply, self.saved, after):
            self.refused.emit()
            return
        self.saved = after
        self._changed()

    def _changed(self) -> None:
        self.protokoll.upprop = self.upprop
        self.update_quorum()
        self.update_sits()
        self.changed.emit()

    def update_sits(self) -> None:
        """The Tjänstgör column: in which §§ each person sits (upprop and jäv together)."""
        self.model.set_sits(sits_text(self.protokoll) if self.protokoll else {})

    def update_quorum(self) -> None:
        protokoll = self.protokoll
        people = protokoll.upprop if protokoll else []
        if not people:
            # A new kommun's first protokoll: no one in the register to call. Say so, and how,
            # where the verdict on quorum stands once there are people.
            empty = (
                "<i>Uppropet är tomt: lägg till ledamöterna med Lägg till person…, eller "
                "klistra in nämndens lista under Kallelse → Nämndens inställningar → Ersättare "
                "och välj Uppdatera paragraferna.</i>"
            )
            # Not yet started (no §§): Starta protokollet takes the upprop from the register,
            # as the heading says; nothing to add here.
            # A line of its own under the buttons (a long sentence in the bar made the
            # window some 1 100 px wide, wider than a 1366 × 768 laptop at 150 % is).
            started = protokoll is not None and bool(protokoll.paragrafer)
            self.ui.beslutsfor_label.setText("")
            self.ui.empty_label.setText(empty if started else "")
            self.ui.empty_label.setVisible(started)
            return
        # Two with one role (a misread pasted list made the 2:e vice a second ordförande,
        # walk29): said on the line of its own, not hidden behind "Beslutfört".
        twice = " ".join(roles_held_twice(people))
        self.ui.empty_label.setText(
            f"<b style='color:{ERROR_COLOR}'>{escape(twice)}</b> Rätta rollen i kolumnen Roll."
            if twice
            else ""
        )
        self.ui.empty_label.setVisible(bool(twice))
        first = protokoll.numbers[0] if protokoll.numbers else 0
        count = upprop_count(people, first)
        ok = count.beslutsfor
        colour, verdict = (OK_COLOR, "Beslutfört") if ok else (ERROR_COLOR, "Inte beslutfört")
        # What the secretary counts at the table: the ledamöter who came, the ersättare
        # serving and those listening, and the verdict with the figure it rests on.
        self.ui.beslutsfor_label.setText(
            f"{count.ledamoter} av {count.seats} ledamöter · "
            f"{count.stand_ins} ersättare tjänstgör · "
            f"{count.listening} ersättare närvarande ej tjänstgörande · "
            f"<b style='color:{colour}'>{verdict}</b> ({count.sitting} tjänstgör, "
            f"minst {count.needed} krävs)"
        )

    # -- adding and removing people -----------------------------------------------------------

    def add_person_clicked(self) -> None:
        from ksdesk.ui.dialogs.person_dialog import PersonDialog

        ledamoter = [(a.name, a.display) for a in self.upprop if a.is_ledamot]
        dialog = PersonDialog(ledamoter, self, check=self._check_person)
        if dialog.exec():
            self.add_person(dialog.deltagare(), register=dialog.register)

    def _check_person(self, person: Deltagare, register: bool) -> None:
        upprop_service.with_person(self.store, self.meeting_id, person, register=register)

    def add_person(self, person: Deltagare, *, register: bool = False) -> bool:
        """Add `person` to the upprop (and the members register): one undoable edit."""
        if self.meeting_id is None or self.protokoll is None or self._record is None:
            return False
        store, meeting_id = self.store, self.meeting_id
        try:
            before = upprop_service.current(store, meeting_id)
            after = upprop_service.with_person(store, meeting_id, person, register=register)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte lägga till", str(error))
            return False

        def apply(state: upprop_service.UppropState) -> Topic:
            return upprop_service.restore(store, meeting_id, state)

        name = " ".join(person.name.split())
        if not self._record(f"Lägg till {name}", apply, before, after):
            return False
        self.saved = deepcopy(after.upprop)
        self.model.set_rows(deepcopy(after.upprop))
        self._changed()
        return True

    def remove_person(self) -> None:
        rows = {i.row() for i in self.ui.upprop_table.selectionModel().selectedRows()}
        if rows:
            names = ", ".join(self.upprop[r].name for r in sorted(rows))
            kept = [a for i, a in enumerate(self.upprop) if i not in rows]
            self.model.set_rows(kept)
            self.pending_text = f"Ta bort {names} ur uppropet"
            self.save()

    # -- leaving and coming back before a § --------------------------------------------------

    def toggle_presence(self, name: str, at: int) -> None:
        """`name` leaves before § `at` (until a return already recorded), or comes (back)
        before it (until a departure already recorded)."""
        person = next((a for a in self.upprop if a.name == name), None)
        if person is None or self.protokoll is None:
            return
        numbers = self.protokoll.numbers
        if person.present_at(at):
            person.narvaro = leave(person.narvaro, at, numbers)
            self.pending_text = f"{person.name} lämnar före § {at}"
        else:
            person.narvaro = come_back(person.narvaro, at, numbers)
            self.pending_text = f"{person.name} kommer före § {at}"
        self.model.changed_row(self.upprop.index(person))
