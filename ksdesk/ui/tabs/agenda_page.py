"""The Ärenden page of the Kallelse tab: the heading of the meeting shown, its ärendelista
(added to, edited, reordered by drag and drop or Ctrl+Upp/Ned, imported), each ärende's
tjänsteskrivelse (typed, or imported from the handläggare's Word file) and, in the box below
(kallelse_bilagor.py), its bilagor.

Every edit computes the meeting as it should be after the edit (core.meeting_agenda) and
writes it whole as one undoable edit (kallelse_meetings.apply_meeting_state). The edits of
the ärenden are in agenda_edits.py, a file's ärendelista and the open matters brought in
agenda_intake.py."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from ksdesk.core.format import format_date_long, format_time_kl
from ksdesk.core.kallelse import kallelse_send_by, meeting_notes
from ksdesk.core.meeting import Arende, MeetingStatus, Sammantrade
from ksdesk.core.meeting_agenda import replaced_item, snapshot
from ksdesk.services import meetings as meeting_service
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_agenda_page import Ui_AgendaPage
from ksdesk.ui.models.meeting_models import AgendaTableModel
from ksdesk.ui.tabs.agenda_edits import AgendaEdits
from ksdesk.ui.tabs.agenda_intake import AgendaIntake
from ksdesk.ui.tabs.base_tab import Record
from ksdesk.ui.tabs.kallelse_meetings import apply_meeting_state
from ksdesk.ui.widgets.colors import MUTED_COLOR, warning_html
from ksdesk.ui.widgets.column_priority import PriorityColumns
from ksdesk.ui.widgets.flow_layout import wrap_row
from ksdesk.ui.widgets.scroll_page import ScrollPage
from ksdesk.ui.widgets.tables import keep_rows_in_view, setup_table

AGENDA_ROWS_IN_VIEW = 6
# Why the list should not simply be edited now ("Kallelsen är genomförd" said nothing).
_SENT_NOTES = {
    MeetingStatus.UTSKICKAD: "Kallelsen är utskickad: ändringar i ärendelistan behöver skickas "
    "ut på nytt.",
    MeetingStatus.GENOMFORD: "Sammanträdet är genomfört: ändra ärendelistan bara för att rätta "
    "den; protokollet skrivs under fliken Sammanträde.",
}
PRESENTER_WIDTH = 200  # px: the Föredragande column at most, its names wrapping beyond
TITLE_WIDTH = 320  # px: the title before the other columns give way (it takes any spare)


class AgendaPage(AgendaEdits, AgendaIntake, ScrollPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgendaPage()
        self.ui.setupUi(self)
        wrap_row(self.ui.agenda_toolbar)
        self.store: Store | None = None
        self._record: Record | None = None
        self.writable = True
        self.locked = ""  # team mode: why a colleague's check-out keeps this meeting read-only
        self.own_lease = ""  # team mode: "Utcheckat av dig sedan …"
        self.meeting: Sammantrade | None = None
        self.model = AgendaTableModel()
        self.model.on_move = self.move_item
        self.bilagor = self.ui.bilagor_group
        self.ui.agenda_table.setModel(self.model)
        # The title is the column the secretary reads: at 150 % on a laptop the other columns
        # at their contents' width left it "… av …" (walk29). They give way first, the time
        # and the föredragande (wrapping, at most PRESENTER_WIDTH) before the Dnr and type;
        # the title wraps no narrower than its longest word, and what still does not fit
        # scrolls sideways.
        setup_table(self.ui.agenda_table, owner_fits_columns=True)
        self.columns_fit = PriorityColumns(
            self.ui.agenda_table,
            priority=(0, 1, 2, 5, 6, 3, 4),
            whole=(0, 2, 4, 5),
            stretch=1,
            wrapped={1: TITLE_WIDTH, 3: PRESENTER_WIDTH},
            drop=False,
        )
        self._setup_drag_and_drop()
        self.ui.agenda_splitter.setSizes([330, 230])
        # At 150 % on a laptop the split left the agenda two rows and the bilagor the rest:
        # the agenda keeps six in view, and the page scrolls on to the bilagor.
        keep_rows_in_view(self.ui.agenda_table, AGENDA_ROWS_IN_VIEW)
        self._connect()

    def bind(self, store: Store, record: Record, *, writable: bool) -> None:
        """The database, how an edit is written and put on the undo stack, and whether the
        file may be written at all (another ksdesk has it: look, do not touch)."""
        self.store, self._record, self.writable = store, record, writable
        self.bilagor.bind(store, self.save_item)

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
        ui.agenda_table.selectionModel().currentRowChanged.connect(self._item_selected)
        ui.agenda_table.doubleClicked.connect(lambda _index: self.edit_item())
        ui.add_item_button.clicked.connect(lambda: self.add_item(section=False))
        ui.add_section_button.clicked.connect(lambda: self.add_item(section=True))
        ui.edit_item_button.clicked.connect(self.edit_item)
        ui.ts_button.clicked.connect(self.edit_tjansteskrivelse)
        ui.delete_item_button.clicked.connect(self.delete_item)
        ui.up_button.clicked.connect(lambda: self.move_selected(-1))
        ui.down_button.clicked.connect(lambda: self.move_selected(1))
        self._import_menu()
        ui.open_matters_button.clicked.connect(lambda: self.offer_open_matters(say_when_none=True))

    def _import_menu(self) -> None:
        """Importera… offers both files a secretary is sent: the ärendelista, and the selected
        ärende's tjänsteskrivelse as the handläggare wrote it in Word (one button: the toolbar
        has no room for another at 1366 pixels)."""
        menu = QMenu(self.ui.import_button)
        agenda = menu.addAction("Ärendelista från Excel, Word, PDF eller CSV…")
        agenda.triggered.connect(lambda: self.import_agenda())
        pasted = menu.addAction("Ärendelista från urklipp (kopierad ur en PDF eller webbsida)")
        pasted.triggered.connect(lambda: self.paste_agenda())
        self.ts_import_action = menu.addAction(
            "Tjänsteskrivelse från Word eller PDF till markerat ärende…"
        )
        self.ts_import_action.triggered.connect(lambda: self.import_tjansteskrivelse())
        self.ui.import_button.setMenu(menu)
        # Without Qt's arrow: the ellipsis already says a choice follows, and the arrow's width
        # pushed the row past the page at 1366 pixels (the agenda then scrolled sideways).
        self.ui.import_button.setStyleSheet(
            "QPushButton::menu-indicator { image: none; width: 0; }"
        )
        self.ui.import_button.setToolTip(
            "Läs in ärenden från en Excel-, Word-, PDF- eller CSV-fil (som förra kallelsen) eller "
            "från urklipp, eller det markerade ärendets tjänsteskrivelse från en Word-fil"
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

    def show_meeting(
        self,
        meeting: Sammantrade | None,
        item_row: int | None = None,
        *,
        locked: str = "",
        own_lease: str = "",
    ) -> None:
        """Show `meeting`; `locked` says why it may be read but not changed here ("" if it may)."""
        self.meeting, self.locked, self.own_lease = meeting, locked, own_lease
        self.model.set_meeting(meeting)
        self.ui.meeting_heading.setText(self._heading(meeting))
        self._show_status()
        if meeting and meeting.items:
            row = min(item_row or 0, len(meeting.items) - 1)
            same = row == self.selected_row()
            self.select_row(row)
            if same:  # still the current row (its ärende edited in place): no signal says so
                self._item_selected(None, None)
        else:
            self.bilagor.show_item(None, meeting.id if meeting else None)
        self._enable()

    def _heading(self, meeting: Sammantrade | None) -> str:
        if meeting is None:
            return "<i>Inget sammanträde. Skapa ett med Nytt… eller läs in demodatabasen.</i>"
        organ = meeting_service.get_organ(self.store, meeting.organ_id)
        when = f"{format_date_long(meeting.date, capitalize=True)}, {format_time_kl(meeting.time)}"
        send_by = kallelse_send_by(meeting.date, organ.kallelse_days_before)
        return (
            f"<h2 style='margin:0'>{escape(organ.name)}</h2>"
            # Tid and Plats share a line (it wraps where they do not fit): at 150 % on a
            # laptop every line above the agenda and its bilagor counts (walk31).
            f"<p style='margin:2px 0'><b>Tid:</b> {escape(when)} · "
            f"<b>Plats:</b> {escape(meeting.place)}<br>"
            f"<span style='color:{MUTED_COLOR}'>Kallelsen ska skickas senast "
            f"{escape(format_date_long(send_by))} "
            f"({organ.kallelse_days_before} dagar före).</span></p>"
        )

    def _show_status(self) -> None:
        meeting = self.meeting
        # The meeting's own questions (its day, its place) under its Tid and Plats, where the
        # secretary reads them; the ärenden's checks below the list.
        notes = [warning_html(f"⚠ {note}") for note in meeting_notes(meeting)] if meeting else []
        if meeting is not None and meeting.status != MeetingStatus.UTKAST:
            notes.append(warning_html(_SENT_NOTES[meeting.status]))
        for note in (self.locked, self.own_lease):
            if note:
                notes.append(warning_html(note))
        self.ui.status_note.setText("<br>".join(notes))
        self.ui.status_note.setVisible(bool(notes))
        found = meeting_service.meeting_warnings(meeting, self.store) if meeting else []
        self.ui.warnings_label.setText("<br>".join(warning_html(f"⚠ {w}") for w in found))
        self.ui.warnings_label.setVisible(bool(found))

    def _enable(self) -> None:
        has_meeting = self.meeting is not None and self.writable and not self.locked
        item = self.selected_item()
        has_item = item is not None and has_meeting
        for button in (
            self.ui.add_item_button,
            self.ui.add_section_button,
            self.ui.import_button,
            self.ui.open_matters_button,
        ):
            button.setEnabled(has_meeting)
        for button in (
            self.ui.edit_item_button,
            self.ui.delete_item_button,
            self.ui.up_button,
            self.ui.down_button,
        ):
            button.setEnabled(has_item)
        self.ui.ts_button.setEnabled(has_item and not item.is_section)
        self.ts_import_action.setEnabled(has_item and not item.is_section)
        self.bilagor.setEnabled(has_item and not item.is_section)

    def _item_selected(self, _current, _previous) -> None:
        self.bilagor.show_item(self.selected_item(), self.meeting.id if self.meeting else None)
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
        self.ui.agenda_table.setCurrentIndex(self.model.index(row, 1))
        self.ui.agenda_table.selectRow(row)

    def show_found(self, item_id: int | None, bilaga_id: int | None) -> None:
        """Select the ärende (and its bilaga) a search found, scrolled into view."""
        items = self.meeting.items if self.meeting else []
        index = next((i for i, item in enumerate(items) if item.id == item_id), None)
        if index is None:
            return
        self.select_row(index)
        self.ui.agenda_table.scrollTo(self.model.index(index, 1))
        self.bilagor.select(bilaga_id)

    # Saving with undo ---------------------------------------------------------------------------

    def commit(self, text: str, after: Sammantrade, select: int | None = None) -> bool:
        """Write `after` (the whole meeting as it should be) and push the edit for undo."""
        if self.meeting is None:
            return False
        before = snapshot(self.meeting)
        if select is not None:
            self.ui.agenda_table.setCurrentIndex(self.model.index(select, 1))
        store = self.store
        return self._record(text, lambda state: apply_meeting_state(store, state), before, after)

    def save_item(self, text: str, item: Arende) -> bool:
        """The selected ärende changed to `item` (its bilagor, from the box below)."""
        row = self.selected_row()
        if row is None or self.meeting is None:
            return False
        return self.commit(text, replaced_item(self.meeting, row, item), select=row)

    def set_proposals(self, on: bool) -> None:
        """The kallelse lists each ärende's förslag till beslut (or not)."""
        if self.meeting is not None:
            changed = replace(self.meeting, show_proposals=on)
            self.commit("Förslag till beslut i kallelsen", changed)
