"""The meetings panel of the Kallelse tab: the list of meetings; new (with the organ's
standard items; the Ärenden page then offers the organ's open ärenden), "nytt från
föregående", edit, delete, and the organ's settings. Each is one undoable edit: creating
writes the meeting, undo removes it again; deleting keeps a snapshot that undo writes back
with every id as it was."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ksdesk.core.format import format_date
from ksdesk.core.identity import forget_identity
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.meeting_agenda import snapshot
from ksdesk.core.organ import Organ
from ksdesk.core.topics import Topic
from ksdesk.services import meetings as meeting_service
from ksdesk.services.store import Store
from ksdesk.ui.checked_dialog import exec_checked
from ksdesk.ui.forms.ui_meetings_panel import Ui_MeetingsPanel
from ksdesk.ui.models.meeting_models import MeetingTableModel
from ksdesk.ui.tabs.base_tab import Record
from ksdesk.ui.widgets.column_priority import PriorityColumns
from ksdesk.ui.widgets.tables import setup_table


class InNamedOrgan:
    """Redo state of a new meeting whose organ the dialog named but the file may not have
    yet: the organ is created with the meeting, not when the dialog is checked. `taken_back`:
    the organ as an undo took it back, which the redo brings back (its id and uuid, which
    every later step on the undo stack holds), not a new organ of that name."""

    def __init__(self, meeting: Sammantrade, organ_name: str) -> None:
        self.meeting = meeting
        self.organ_name = organ_name
        self.taken_back: Organ | None = None


class Absent:
    """Undo state of a meeting that should not exist (before it was created, after deletion).
    `with_new_organ`: the meeting's creation also created its organ (named in the dialog),
    which undo takes back with it while nothing else belongs to it, and hands to `redo`."""

    def __init__(
        self,
        meeting: Sammantrade,
        with_new_organ: bool = False,
        redo: InNamedOrgan | None = None,
    ) -> None:
        self.meeting = meeting
        self.with_new_organ = with_new_organ
        self.redo = redo


def apply_meeting_state(store: Store, state: Sammantrade | Absent | InNamedOrgan) -> Topic:
    """Write a meeting exactly as `state` holds it, or (Absent) make it not exist: the one
    write of every undoable meeting edit, both ways."""
    if isinstance(state, InNamedOrgan):
        return meeting_service.save_in_named_organ(
            store, state.meeting, state.organ_name, state.taken_back
        )
    if isinstance(state, Absent):
        if state.meeting.id is None:  # never stored: nothing to take back
            return Topic.MEETINGS
        new_organ_id = state.meeting.organ_id if state.with_new_organ else 0
        taken = meeting_service.discard_meeting(store, state.meeting.id, new_organ_id)
        if state.redo is not None:
            state.redo.taken_back = taken
        return Topic.MEETINGS
    return meeting_service.save_meeting(store, state)


class MeetingsPanel(QWidget):
    chosen = Signal(int)  # the id of the meeting the secretary selected
    created = Signal(object)  # a new meeting (Sammantrade), written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingsPanel()
        self.ui.setupUi(self)
        self.store: Store | None = None
        self._record: Record | None = None
        self.meeting: Sammantrade | None = None  # the meeting the tab shows
        self.model = MeetingTableModel()
        self._selecting = False
        ui = self.ui
        ui.meeting_table.setModel(self.model)
        # Every year's meetings: rows of one line (the place elided, in full as tooltip), so
        # that listing them never measures each row. The list is some 240 pixels wide on a
        # laptop at 150 %: the date, organ and status are shown whole, the place elided
        # and then, with the time, left out (the date's tooltip says both).
        setup_table(ui.meeting_table, fit_rows=False, owner_fits_columns=True)
        table = MeetingTableModel
        self.columns = PriorityColumns(
            ui.meeting_table,
            priority=(
                table.DATE_COLUMN,
                table.STATUS_COLUMN,
                table.ORGAN_COLUMN,  # elided before the status goes
                table.TIME_COLUMN,
                table.PLACE_COLUMN,
            ),
            whole=(table.DATE_COLUMN, table.STATUS_COLUMN, table.TIME_COLUMN),
            stretch=table.PLACE_COLUMN,
        )
        ui.meeting_table.selectionModel().currentRowChanged.connect(self._selected)
        ui.meeting_table.doubleClicked.connect(lambda _index: self.edit())
        ui.new_meeting_button.clicked.connect(self.new)
        ui.copy_meeting_button.clicked.connect(self.copy)
        ui.edit_meeting_button.clicked.connect(self.edit)
        ui.delete_meeting_button.clicked.connect(self.delete)
        ui.organ_button.clicked.connect(self.edit_organ)

    def bind(self, store: Store, record: Record) -> None:
        """The database, and how an edit is written and put on the undo stack."""
        self.store, self._record = store, record

    def show_meetings(
        self, meetings: list[Sammantrade], current_id: int | None, organs: list[Organ]
    ) -> int | None:
        """List `meetings` with the one `current_id` (else the first) selected, quietly;
        returns the id of the selected one. With more than one organ in the file, a column
        says whose each meeting is."""
        self.model.set_organs(organs)
        self.model.set_rows(meetings)
        self.columns.set_absent({MeetingTableModel.ORGAN_COLUMN} if len(organs) < 2 else set())
        row = next((i for i, m in enumerate(meetings) if m.id == current_id), 0)
        self._selecting = True
        try:
            if meetings:
                self.ui.meeting_table.selectRow(row)
        finally:
            self._selecting = False
        return meetings[row].id if meetings else None

    def listed(self, meeting_id: int) -> Sammantrade | None:
        """The meeting as the list shows it (None when it is not listed)."""
        row = self.model.row_index(meeting_id)
        return self.model.row_object(row) if row is not None else None

    def select(self, meeting_id: int) -> bool:
        """Select the meeting in the list (the tab is told by `chosen`); False if unlisted."""
        row = self.model.row_index(meeting_id)
        if row is None:
            return False
        self.ui.meeting_table.selectRow(row)
        return True

    def selected_id(self) -> int | None:
        """The selected meeting (before the tab has loaded it), else the one shown."""
        current = self.ui.meeting_table.currentIndex()
        if current.isValid():
            return self.model.row_object(current.row()).id
        return self.meeting.id if self.meeting else None

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._selecting:
            self.chosen.emit(self.model.row_object(current.row()).id)

    def enable(self, writable: bool, *, locked: bool = False) -> None:
        """Another ksdesk has the file (not `writable`): look, do not touch. A meeting a
        colleague has checked out (team mode, `locked`) is not changed here either."""
        self.ui.new_meeting_button.setEnabled(writable)
        has_meeting = writable and self.meeting is not None and not locked
        for button in (
            self.ui.copy_meeting_button,
            self.ui.edit_meeting_button,
            self.ui.delete_meeting_button,
        ):
            button.setEnabled(has_meeting)
        has_organ = writable and not locked and self._settings_organ_id() is not None
        self.ui.organ_button.setEnabled(has_organ)

    def _settings_organ_id(self) -> int | None:
        """The nämnd Nämndens inställningar… is about: the chosen meeting's, or with no
        meeting the file's only one (a fresh `ksdesk init`), so its place, secretary and
        förvaringsplats can be set before the first meeting, which then takes them."""
        if self.meeting is not None:
            return self.meeting.organ_id
        if self.store is None:
            return None
        organs = meeting_service.list_organs(self.store)
        return organs[0].id if len(organs) == 1 else None

    def _write(self, text: str, before, after) -> bool:
        store = self.store
        return self._record(text, lambda state: apply_meeting_state(store, state), before, after)

    def new(self) -> None:
        from ksdesk.ui.dialogs.meeting_dialog import MeetingDialog

        organs = meeting_service.list_organs(self.store)
        dialog = MeetingDialog(organs, parent=self)
        meeting = exec_checked(
            dialog,
            lambda: self._checked_new(
                meeting_service.prepare_meeting(
                    self.store, dialog.organ_name(), dialog.day, dialog.at, dialog.result_meeting()
                )
            ),
            "Kan inte skapa sammanträdet",
        )
        if meeting is not None:
            # organ_id 0: the nämnd is not in the file yet; the save creates it, undo removes it.
            after = InNamedOrgan(meeting, dialog.organ_name())
            before = Absent(meeting, with_new_organ=not meeting.organ_id, redo=after)
            self._create(meeting, "Nytt sammanträde", after, before)

    def _checked_new(self, meeting: Sammantrade) -> Sammantrade:
        """A new meeting (new rows, whatever it was copied from) the save will take."""
        forget_identity(meeting)
        return meeting_service.check_meeting(self.store, meeting)

    def copy(self) -> None:
        from ksdesk.ui.dialogs.meeting_dialog import MeetingDialog

        if self.meeting is None:
            return
        organs = meeting_service.list_organs(self.store)
        proposal = meeting_service.next_from(self.store, self.meeting.id)
        dialog = MeetingDialog(organs, proposal, parent=self, title="Nytt från föregående")
        meeting = exec_checked(
            dialog,
            lambda: self._checked_new(dialog.result_meeting()),
            "Kan inte skapa sammanträdet",
        )
        if meeting is not None:
            self._create(meeting, "Nytt från föregående")

    def _create(
        self,
        meeting: Sammantrade,
        text: str,
        after: Sammantrade | InNamedOrgan | None = None,
        before: Absent | None = None,
    ) -> None:
        forget_identity(meeting)  # a new meeting: new rows, whatever it was copied from
        if self._write(text, before or Absent(meeting), after or meeting):
            self.created.emit(meeting)

    def edit(self) -> None:
        from ksdesk.ui.dialogs.meeting_dialog import MeetingDialog

        if self.meeting is None:
            return
        dialog = MeetingDialog(meeting_service.list_organs(self.store), self.meeting, parent=self)
        store = self.store
        after = exec_checked(
            dialog,
            lambda: meeting_service.check_meeting(store, dialog.result_meeting()),
            "Kan inte ändra sammanträdet",
        )
        if after is not None:
            self._write("Ändra sammanträde", snapshot(self.meeting), after)

    def delete(self) -> None:
        if self.meeting is None:
            return
        answer = QMessageBox.question(
            self,
            "Ta bort sammanträde",
            f"Ta bort sammanträdet {format_date(self.meeting.date)} med hela ärendelistan, "
            "tjänsteskrivelser och bilagor?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            before = snapshot(self.meeting)
            self._write("Ta bort sammanträde", before, Absent(before))

    def edit_organ(self) -> None:
        from ksdesk.ui.dialogs.organ_dialog import OrganDialog

        organ_id = self._settings_organ_id()
        if organ_id is None:
            return
        store = self.store
        organ = meeting_service.get_organ(store, organ_id)
        dialog = OrganDialog(organ, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._record(
                "Ändra nämndens inställningar",
                lambda o: meeting_service.save_organ(store, o),
                organ,
                dialog.result_organ(),
            )
