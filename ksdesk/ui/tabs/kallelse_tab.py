"""The Kallelse tab: the meetings, the agenda of the one selected (added to, edited, reordered
by drag and drop or Ctrl+Upp/Ned), each ärende's tjänsteskrivelse and bilagor, and the printed
kallelse or packet in the preview.

Every edit computes the meeting as it should be after the edit (core.meeting_agenda) and hands
it to services.meetings.save_meeting, which writes it in one transaction; the before and after
snapshots go onto the undo stack."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QFileDialog, QMessageBox

from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date, format_date_long, format_time_kl
from ksdesk.core.kallelse import kallelse_send_by
from ksdesk.core.meeting import Arende, MeetingStatus, Sammantrade
from ksdesk.core.meeting_agenda import (
    insertion_index,
    moved,
    replaced_item,
    snapshot,
    with_item,
    without_item,
)
from ksdesk.core.topics import Topic
from ksdesk.services import meetings as meeting_service
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_kallelse_tab import Ui_KallelseTab
from ksdesk.ui.models.meeting_models import AgendaTableModel, MeetingTableModel
from ksdesk.ui.tabs.base_tab import BaseTab
from ksdesk.ui.tabs.kallelse_bilagor import BilagaPanel
from ksdesk.ui.tabs.kallelse_meetings import Absent, MeetingActions
from ksdesk.ui.tabs.kallelse_print import PrintPanel
from ksdesk.ui.widgets.colors import MUTED_COLOR, warning_html
from ksdesk.ui.widgets.deadline_panel import DeadlinePanel
from ksdesk.ui.widgets.tables import setup_table


def _list_text(meeting: Sammantrade) -> tuple:
    """What the list of meetings shows of a meeting (and sorts it by)."""
    return (meeting.date, meeting.time, meeting.place, meeting.status, meeting.organ_id)


class KallelseTab(BaseTab):
    concerns = frozenset({Topic.MEETINGS, Topic.AGENDA})

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.ui = Ui_KallelseTab()
        self.ui.setupUi(self)
        self.meeting: Sammantrade | None = None
        self._refreshing = False
        self.meeting_model = MeetingTableModel()
        self.agenda_model = AgendaTableModel()
        self.agenda_model.on_move = self.move_item
        self.ui.meeting_table.setModel(self.meeting_model)
        self.ui.agenda_table.setModel(self.agenda_model)
        # Every year's meetings: rows of one line (the place elided, in full as tooltip), so
        # that listing them never measures each row.
        setup_table(self.ui.meeting_table, stretch_column=3, fit_rows=False)
        setup_table(self.ui.agenda_table, stretch_column=1)
        self._setup_drag_and_drop()
        self.ui.splitter.setSizes([330, 870])
        self.ui.agenda_splitter.setSizes([330, 230])
        self.meetings = MeetingActions(self)
        self.bilagor = BilagaPanel(self)
        self.printing = PrintPanel(self)
        self.deadlines = DeadlinePanel.attach(self)  # the deadline chain, with warnings
        self._connect()
        self.refresh()

    def stop_work(self) -> None:
        self.printing.stop()

    def _setup_drag_and_drop(self) -> None:
        view = self.ui.agenda_table
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropOverwriteMode(False)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.installEventFilter(self)

    def _connect(self) -> None:
        ui = self.ui
        ui.meeting_table.selectionModel().currentRowChanged.connect(self._meeting_selected)
        ui.agenda_table.selectionModel().currentRowChanged.connect(self._item_selected)
        ui.agenda_table.doubleClicked.connect(lambda _index: self.edit_item())
        ui.meeting_table.doubleClicked.connect(lambda _index: self.meetings.edit())
        ui.new_meeting_button.clicked.connect(self.meetings.new)
        ui.copy_meeting_button.clicked.connect(self.meetings.copy)
        ui.edit_meeting_button.clicked.connect(self.meetings.edit)
        ui.delete_meeting_button.clicked.connect(self.meetings.delete)
        ui.organ_button.clicked.connect(self.meetings.edit_organ)
        ui.add_item_button.clicked.connect(lambda: self.add_item(section=False))
        ui.add_section_button.clicked.connect(lambda: self.add_item(section=True))
        ui.edit_item_button.clicked.connect(self.edit_item)
        ui.ts_button.clicked.connect(self.edit_tjansteskrivelse)
        ui.delete_item_button.clicked.connect(self.delete_item)
        ui.up_button.clicked.connect(lambda: self.move_selected(-1))
        ui.down_button.clicked.connect(lambda: self.move_selected(1))
        ui.import_button.clicked.connect(lambda: self.import_agenda())
        ui.open_matters_button.clicked.connect(
            lambda: self.meetings.offer_open_matters(say_when_none=True)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Upp / Ctrl+Ned move the selected ärende; Delete removes it."""
        if watched is self.ui.agenda_table and event.type() == QEvent.Type.KeyPress:
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_item()
                return True
        return super().eventFilter(watched, event)

    # Showing ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        current_id = self.meeting.id if self.meeting else None
        item_row = self.selected_row()
        meetings = meeting_service.list_meetings(self.store)
        organs = meeting_service.list_organs(self.store)
        self.meeting_model.set_organs(organs)
        self.meeting_model.set_rows(meetings)
        self.ui.meeting_table.setColumnHidden(MeetingTableModel.ORGAN_COLUMN, len(organs) < 2)
        row = next((i for i, m in enumerate(meetings) if m.id == current_id), 0)
        self._refreshing = True  # the selection below must not load the meeting a second time
        try:
            if meetings:
                self.ui.meeting_table.selectRow(row)
        finally:
            self._refreshing = False
        self._show_meeting(meetings[row].id if meetings else None, item_row)

    def refresh_for(self, topic: Topic) -> None:
        """An agenda edit changes the meeting shown, not the list of meetings (which holds
        every year's): the agenda is reloaded, the list only when its row would change."""
        shown = self.meeting
        if topic != Topic.AGENDA or shown is None or shown.id is None:
            self.refresh()
            return
        self._show_meeting(shown.id, self.selected_row())
        listed = self.meeting_model.row_index(shown.id)
        new = self.meeting
        old = self.meeting_model.row_object(listed) if listed is not None else None
        if new is None or old is None or _list_text(old) != _list_text(new):
            self.refresh()

    def _meeting_selected(self, current, _previous) -> None:
        if current.isValid() and not self._refreshing:
            meeting = self.meeting_model.row_object(current.row())
            if self.meeting is None or meeting.id != self.meeting.id:
                self._show_meeting(meeting.id)

    def _show_meeting(self, meeting_id: int | None, item_row: int | None = None) -> None:
        self.meeting = (
            meeting_service.get_meeting(self.store, meeting_id) if meeting_id is not None else None
        )
        self.agenda_model.set_meeting(self.meeting)
        self.ui.meeting_heading.setText(self._heading(self.meeting))
        self._show_status()
        if self.meeting and self.meeting.items:
            self.select_row(min(item_row or 0, len(self.meeting.items) - 1))
        else:
            self.bilagor.show_item(None)
        self._enable()
        self.printing.meeting_changed()

    def _heading(self, meeting: Sammantrade | None) -> str:
        if meeting is None:
            return "<i>Inget sammanträde. Skapa ett med Nytt… eller läs in demodatabasen.</i>"
        organ = meeting_service.get_organ(self.store, meeting.organ_id)
        when = f"{format_date_long(meeting.date, capitalize=True)}, {format_time_kl(meeting.time)}"
        send_by = kallelse_send_by(meeting.date, organ.kallelse_days_before)
        return (
            f"<h2 style='margin:0'>{escape(organ.name)}</h2>"
            f"<p style='margin:2px 0'><b>Tid:</b> {escape(when)}<br>"
            f"<b>Plats:</b> {escape(meeting.place)}<br>"
            f"<span style='color:{MUTED_COLOR}'>Kallelsen ska skickas senast "
            f"{escape(format_date_long(send_by))} "
            f"({organ.kallelse_days_before} dagar före).</span></p>"
        )

    def _show_status(self) -> None:
        meeting = self.meeting
        notes = []
        if meeting is not None and meeting.status != MeetingStatus.UTKAST:
            notes.append(
                warning_html(
                    f"Kallelsen är {meeting.status}: ändringar i ärendelistan behöver skickas "
                    "ut på nytt."
                )
            )
        locked = self._locked()
        if locked:
            notes.append(warning_html(locked))
        self.ui.status_note.setText("<br>".join(notes))
        self.ui.status_note.setVisible(bool(notes))
        found = meeting_service.meeting_warnings(meeting) if meeting else []
        self.ui.warnings_label.setText("<br>".join(warning_html(f"⚠ {w}") for w in found))
        self.ui.warnings_label.setVisible(bool(found))

    def _locked(self) -> str:
        """Team mode: why this meeting may be read but not changed here ("" when it may)."""
        if self.meeting is None:
            return ""
        from ksdesk.services.team_locks import locked_reason

        return locked_reason(self.store, self.meeting.uuid)

    def _enable(self) -> None:
        writable = not self.read_only  # another ksdesk has the file: look, do not touch
        has_meeting = self.meeting is not None and writable and not self._locked()
        has_item = self.selected_item() is not None and has_meeting
        self.ui.new_meeting_button.setEnabled(writable)
        for button in (
            self.ui.copy_meeting_button,
            self.ui.edit_meeting_button,
            self.ui.delete_meeting_button,
            self.ui.add_item_button,
            self.ui.add_section_button,
            self.ui.import_button,
            self.ui.open_matters_button,
            self.ui.organ_button,
        ):
            button.setEnabled(has_meeting)
        for button in (
            self.ui.edit_item_button,
            self.ui.delete_item_button,
            self.ui.up_button,
            self.ui.down_button,
        ):
            button.setEnabled(has_item)
        item = self.selected_item()
        self.ui.ts_button.setEnabled(has_item and item is not None and not item.is_section)
        self.ui.bilagor_group.setEnabled(has_item and item is not None and not item.is_section)

    def _item_selected(self, current, _previous) -> None:
        self.bilagor.show_item(self.selected_item())
        self._enable()

    def selected_row(self) -> int | None:
        index = self.ui.agenda_table.currentIndex()
        return index.row() if index.isValid() else None

    def selected_item(self) -> Arende | None:
        row = self.selected_row()
        if self.meeting is None or row is None or row >= len(self.meeting.items):
            return None
        return self.meeting.items[row]

    def select_row(self, row: int) -> None:
        self.ui.agenda_table.setCurrentIndex(self.agenda_model.index(row, 1))
        self.ui.agenda_table.selectRow(row)

    def show_found(self, meeting_id: int, item_id: int | None, bilaga_id: int | None) -> None:
        """Select the meeting, the ärende and the bilaga a search found."""
        row = self.meeting_model.row_index(meeting_id)
        if row is None:
            return
        self.ui.meeting_table.selectRow(row)
        if self.meeting is None or self.meeting.id != meeting_id:
            self._show_meeting(meeting_id)
        items = self.meeting.items if self.meeting else []
        index = next((i for i, item in enumerate(items) if item.id == item_id), None)
        if index is None:
            return
        self.select_row(index)
        self.ui.agenda_table.scrollTo(self.agenda_model.index(index, 1))
        bilagor = items[index].bilagor
        found = next((i for i, b in enumerate(bilagor) if b.id == bilaga_id), None)
        if found is not None:
            self.ui.bilaga_table.selectRow(found)

    # Saving with undo ---------------------------------------------------------------------------

    def commit(self, text: str, after: Sammantrade, select: int | None = None) -> bool:
        """Write `after` (the whole meeting as it should be) and push the edit for undo."""
        if self.meeting is None:
            return False
        before = snapshot(self.meeting)
        if select is not None:
            self.ui.agenda_table.setCurrentIndex(self.agenda_model.index(select, 1))
        return self.record(text, self.apply_state, before, after)

    def apply_state(self, state: Sammantrade | Absent) -> Topic:
        if isinstance(state, Absent):
            if state.meeting.id is None:  # never stored: nothing to take back
                return Topic.MEETINGS
            return meeting_service.discard_meeting(self.store, state.meeting.id)
        return meeting_service.save_meeting(self.store, state)

    def record(self, text: str, apply, before, after) -> bool:
        """Apply now and push on the window's undo stack (Ctrl+Z writes `before` back)."""
        return self.edit(text, apply, before, after)

    # Agenda -------------------------------------------------------------------------------------

    def add_item(self, section: bool = False) -> None:
        from ksdesk.ui.dialogs.item_dialog import ItemDialog

        if self.meeting is None:
            return
        dialog = ItemDialog(section=section, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            index = insertion_index(self.meeting.items, self.selected_row())
            after = with_item(self.meeting, index, dialog.result_item())
            self.commit("Ny rubrik" if section else "Nytt ärende", after, select=index)

    def edit_item(self) -> None:
        from ksdesk.ui.dialogs.item_dialog import ItemDialog

        item, row = self.selected_item(), self.selected_row()
        if item is None or row is None or self.meeting is None:
            return
        dialog = ItemDialog(item, parent=self, gang=self._gang(item))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.commit("Ändra ärende", replaced_item(self.meeting, row, dialog.result_item()))

    def _gang(self, item: Arende) -> list[str]:
        """The ärende's way so far, when an earlier § sent it back (else nothing)."""
        from ksdesk.services import arenden

        if item.id is None or item.is_section:
            return []
        steps = arenden.history(self.store, item_id=item.id)
        if len(steps) < 2:
            return []
        return [f"{format_date(h.datum)} {h.organ} {h.vad}: {h.utfall}" for h in steps]

    def edit_tjansteskrivelse(self) -> None:
        from dataclasses import replace

        from ksdesk.ui.dialogs.tjansteskrivelse_dialog import TjansteskrivelseDialog

        item, row = self.selected_item(), self.selected_row()
        if item is None or row is None or self.meeting is None or item.is_section:
            return
        dialog = TjansteskrivelseDialog(item, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            changed = replace(item, tjansteskrivelse=dialog.result_tjansteskrivelse())
            self.commit("Ändra tjänsteskrivelse", replaced_item(self.meeting, row, changed))

    def delete_item(self) -> None:
        item, row = self.selected_item(), self.selected_row()
        if item is None or row is None or self.meeting is None:
            return
        if item.tjansteskrivelse is not None or item.bilagor:
            answer = QMessageBox.question(
                self,
                "Ta bort ärende",
                f"Ta bort ”{item.title}” med tjänsteskrivelse och bilagor?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.commit("Ta bort ärende", without_item(self.meeting, row), select=max(0, row - 1))

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is not None:
            self.move_item(row, row + step)

    def move_item(self, source: int, target: int) -> None:
        """Move the ärende at `source` to `target`; numbering follows the order."""
        if self.meeting is None or not 0 <= target < len(self.meeting.items) or source == target:
            return
        self.commit("Flytta ärende", moved(self.meeting, source, target), select=target)

    def import_agenda(self, path: str | None = None) -> bool:
        """Read a CSV or XLSX ärendelista, show where everything lands (the report), and save
        only on Spara; undoable like every other edit."""
        if self.meeting is None:
            return False
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                "Importera ärendelista",
                "",
                "Ärendelistor (*.csv *.xlsx *.txt);;Alla filer (*)",
            )
        if not path:
            return False
        try:
            result = meeting_service.plan_agenda_import(self.store, self.meeting.id, path)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte importera", str(error))
            return False
        from ksdesk.ui.dialogs import import_report_dialog  # on use: start-up skips it

        if not import_report_dialog.confirm_import(self, result.report):
            return False
        self.commit("Importera ärendelista", result.meeting)
        return True
