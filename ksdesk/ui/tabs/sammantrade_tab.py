"""The Sammanträde tab: the secretary holds the meeting here. Upprop, then each § (in
paragraf_editor.py), then the justering with its check and the deadline chain; the protokoll and
utdrag printed, the presidium's meeting view opened full screen."""

from __future__ import annotations

from copy import deepcopy
from html import escape

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox

from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import (
    format_date,
    format_date_long,
    format_time_kl,
)
from ksdesk.core.meeting import MeetingStatus, Sammantrade
from ksdesk.core.protokoll import Deltagare, Justering, Protokoll
from ksdesk.core.topics import Topic
from ksdesk.services import meetings as meeting_service
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_sammantrade_tab import Ui_SammantradeTab
from ksdesk.ui.models.protokoll_models import ParagrafListModel
from ksdesk.ui.tabs.base_tab import BaseTab
from ksdesk.ui.tabs.justering_page import JusteringPage
from ksdesk.ui.tabs.paragraf_editor import ParagrafEditor
from ksdesk.ui.tabs.sammantrade_print import SammantradePrint
from ksdesk.ui.tabs.upprop_page import UppropPage
from ksdesk.ui.widgets.colors import warning_html
from ksdesk.ui.widgets.deadline_panel import DeadlinePanel
from ksdesk.ui.widgets.tables import setup_table


class SammantradeTab(BaseTab):
    concerns = frozenset({Topic.MEETINGS, Topic.AGENDA, Topic.PROTOKOLL})

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.ui = Ui_SammantradeTab()
        self.ui.setupUi(self)
        self.meeting: Sammantrade | None = None
        self.protokoll: Protokoll | None = None
        self.organ_name = ""
        self.organ_forvaringsplats = ""
        self.meeting_view = None
        self._emitting = False
        self.paragraf_model = ParagrafListModel()
        self.ui.paragraf_list.setModel(self.paragraf_model)
        setup_table(self.ui.paragraf_list, stretch_column=1)
        self.ui.paragraf_splitter.setSizes([340, 860])
        self.deadline_panel = DeadlinePanel(store, self)
        self.ui.deadline_layout.insertWidget(0, self.deadline_panel)  # the check below it
        self.upprop = UppropPage(self)
        self.upprop_model = self.upprop.model
        self.editor = ParagrafEditor(self.ui, store, self)
        self.saved_justering = Justering()
        self.justering = JusteringPage(self)
        self.printing = SammantradePrint(self)
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.meeting_combo.currentIndexChanged.connect(self._meeting_chosen)
        ui.start_button.clicked.connect(self.start)
        ui.view_button.clicked.connect(self.open_meeting_view)
        ui.print_button.clicked.connect(self.print_protokoll)
        ui.utdrag_button.clicked.connect(self.print_utdrag)
        ui.held_button.clicked.connect(self.mark_held)
        ui.public_button.clicked.connect(lambda: self.print_protokoll(public=True))
        ui.paragraf_list.selectionModel().currentRowChanged.connect(self._paragraf_chosen)
        ui.pages.currentChanged.connect(lambda _i: self.justering.run_check())
        QShortcut(QKeySequence("F11"), self, self.open_meeting_view)

    # -- meetings ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._emitting:
            return  # our own change: what is on screen is already current
        current = self.meeting.id if self.meeting else None
        keep = self.editor.paragraf.nr if self.editor.paragraf else None
        meetings = meeting_service.list_meetings(self.store)
        # With more than one organ in the file, each meeting says whose it is.
        organs = {o.id: o.short or o.name for o in meeting_service.list_organs(self.store)}
        combo = self.ui.meeting_combo
        combo.blockSignals(True)
        combo.clear()
        for m in meetings:
            whose = f"{organs.get(m.organ_id, '')}  " if len(organs) > 1 else ""
            when = f"{format_date(m.date)}  {whose}{format_time_kl(m.time)}"
            combo.addItem(f"{when}  {m.place}", m.id)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else (0 if meetings else -1))
        combo.blockSignals(False)
        self._meeting_chosen(combo.currentIndex(), keep_paragraf=keep)

    def flush_pending(self) -> None:
        if self.editor.typing.isActive():
            self.editor.save_text()

    def _meeting_chosen(self, index: int, keep_paragraf: int | None = None) -> None:
        self.editor.save_text()
        meeting_id = self.ui.meeting_combo.itemData(index) if index >= 0 else None
        self.meeting = meeting_service.get_meeting(self.store, meeting_id) if meeting_id else None
        self.reload(keep_paragraf)

    def reload(self, keep_paragraf: int | None = None) -> None:
        m = self.meeting
        self.protokoll = protokoll_service.get_protokoll(self.store, m.id) if m else None
        organ = meeting_service.get_organ(self.store, m.organ_id) if m else None
        self.organ_name = organ.name if organ else ""
        # The organ's förvaringsplats is what the anslag prints when this one is left empty.
        self.organ_forvaringsplats = organ.forvaringsplats if organ else ""
        self.editor.set_context(self.protokoll, self.organ_name)
        self.saved_justering = deepcopy(self.protokoll.justering) if self.protokoll else Justering()
        started = bool(self.protokoll and self.protokoll.paragrafer)
        # The text changes: its mnemonic is written here.
        self.ui.start_button.setText(
            "&Uppdatera paragraferna" if started else "&Starta protokollet"
        )
        buttons = (self.ui.print_button, self.ui.public_button, self.ui.utdrag_button)
        for button in (*buttons, self.ui.held_button):
            button.setEnabled(started)
        self.ui.start_button.setEnabled(m is not None)
        self.ui.view_button.setEnabled(m is not None)
        self.ui.meeting_heading.setText(self._heading())
        self.upprop.show()
        self.paragraf_model.set_rows(self.protokoll.paragrafer if self.protokoll else [])
        self._select_paragraf(keep_paragraf)
        self.justering.show()
        self.deadline_panel.set_meeting(m.id if m else None)
        self.justering.run_check()

    def _heading(self) -> str:
        m = self.meeting
        if m is None:
            return "<i>Inget sammanträde. Skapa ett under fliken Kallelse.</i>"
        status = m.status.label
        hint = (
            ""
            if self.protokoll and self.protokoll.paragrafer
            else (" – tryck <b>Starta protokollet</b> när mötet börjar")
        )
        from ksdesk.services.team_locks import locked_reason

        locked = locked_reason(self.store, m.uuid)  # team mode: a colleague's lease
        return (
            f"<h2 style='margin:0'>{escape(self.organ_name)}</h2>"
            f"{escape(format_date_long(m.date, capitalize=True))}, {escape(format_time_kl(m.time))}"
            f", {escape(m.place)} · {escape(status)}{hint}"
            + (f"<br>{warning_html(locked)}" if locked else "")
        )

    def record(self, text: str, apply, before, after, *, merge_key=None) -> bool:
        """One undoable edit, written at once (BaseTab.edit). What it announces is our own
        change: the tab does not reload under the secretary's fingers."""
        self._emitting = True
        try:
            return self.edit(text, apply, before, after, merge_key=merge_key)
        finally:
            self._emitting = False

    def run_service(self, action, title: str) -> bool:
        """Run a service call; a refusal becomes a message box and nothing else happens."""
        try:
            action()
        except KsdeskError as error:
            QMessageBox.warning(self, title, str(error))
            return False
        return True

    def start(self) -> None:
        """Start (or bring up to date with the agenda) the protokoll; undo puts back what was."""
        if self.meeting is None:
            return
        meeting_id, store = self.meeting.id, self.store
        before = protokoll_service.get_protokoll(store, meeting_id)
        started: list[Protokoll] = []
        if not self.run_service(
            lambda: started.append(protokoll_service.start_protokoll(store, meeting_id)),
            "Kan inte starta protokollet",
        ):
            return

        def apply(snapshot: Protokoll) -> Topic:
            return protokoll_service.restore_protokoll(store, meeting_id, deepcopy(snapshot))

        title = "Uppdatera paragraferna" if before.paragrafer else "Starta protokollet"
        self.record(title, apply, before, started[0])
        self.reload()

    def add_person(self, deltagare: Deltagare, *, register: bool = False) -> bool:
        return self.upprop.add_person(deltagare, register=register)

    # -- §§ ---------------------------------------------------------------------------------

    def _select_paragraf(self, number: int | None) -> None:
        rows = self.paragraf_model.rowCount()
        if not rows:
            self.editor.show_paragraf(None)
            return
        numbers = [self.paragraf_model.row_object(i).nr for i in range(rows)]
        row = numbers.index(number) if number in numbers else 0
        self.ui.paragraf_list.selectRow(row)
        self.editor.show_paragraf(self.paragraf_model.row_object(row))
        self.justering.fill_justerare()

    def _paragraf_chosen(self, current, _previous) -> None:
        if current.isValid():
            self.editor.show_paragraf(self.paragraf_model.row_object(current.row()))
            self.justering.fill_justerare()

    def select_paragraf(self, number: int) -> None:
        self._select_paragraf(number)

    def show_found(self, meeting_id: int, paragraf_id: int) -> None:
        """The meeting and the § a search found, on the § page."""
        index = self.ui.meeting_combo.findData(meeting_id)
        if index < 0:
            return
        self.ui.meeting_combo.setCurrentIndex(index)
        paragrafer = self.protokoll.paragrafer if self.protokoll else []
        number = next((p.nr for p in paragrafer if p.id == paragraf_id), None)
        if number is not None:
            self.ui.pages.setCurrentWidget(self.ui.paragraf_page)
            self._select_paragraf(number)

    def paragraf_saved(self) -> None:
        top = self.paragraf_model.index(0, 0)
        bottom = self.paragraf_model.index(self.paragraf_model.rowCount() - 1, 2)
        self.paragraf_model.dataChanged.emit(top, bottom)
        self.upprop.update_sits()  # a jäv moves a seat
        self.justering.run_check()

    # -- paper, view, status ----------------------------------------------------------------

    def print_protokoll(self, public: bool = False) -> None:
        """The protokoll in the preview; the public version once the scan's hits are decided
        (a refusal opens the review for the meeting)."""
        self.printing.protokoll(public)

    def print_utdrag(self, number: int | None = None, public: bool | None = None) -> None:
        self.printing.utdrag(number, public)

    def mark_held(self) -> None:
        if self.meeting is None:
            return
        meeting_id, store = self.meeting.id, self.store

        def apply(status: str) -> Topic:
            return protokoll_service.set_status(store, meeting_id, status)

        if self.record(
            "Markera som genomfört",
            apply,
            self.meeting.status,
            MeetingStatus.GENOMFORD,
        ):
            self.meeting = meeting_service.get_meeting(store, meeting_id)
            self.reload()

    def open_meeting_view(self) -> None:
        from ksdesk.ui.meeting_view import MeetingView

        if self.meeting is None:
            return
        self.editor.save_text()
        code = self.ui.unlock_code_edit.text()
        self.meeting_view = MeetingView(self.store, self.meeting.id, unlock_code=code or None)
        self.meeting_view.showFullScreen()
