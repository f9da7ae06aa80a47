"""The Sammanträde tab: the secretary holds the meeting here. Three pages, each a widget given
the meeting's data that tells what it changed by signals: the upprop (upprop_page.py), each §
(paragraf_page.py), the justering with its check and deadlines (justering_page.py). The
meetings and heading: sammantrade_meetings.py; printing: sammantrade_print.py; the presidium's
meeting view opened full screen here."""

from __future__ import annotations

from copy import deepcopy
from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox

from ksdesk.core import beslutsunderlag
from ksdesk.core.errors import KsdeskError
from ksdesk.core.meeting import MeetingStatus, Sammantrade
from ksdesk.core.protokoll import Deltagare, Protokoll
from ksdesk.core.topics import Topic
from ksdesk.services import meetings as meeting_service
from ksdesk.services import paragraf_numbers
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_sammantrade_tab import Ui_SammantradeTab
from ksdesk.ui.tabs.base_tab import READ_ONLY_MESSAGE, BaseTab
from ksdesk.ui.tabs.sammantrade_meetings import first_shown, heading_html, meeting_choices
from ksdesk.ui.tabs.sammantrade_print import print_protokoll, print_utdrag
from ksdesk.ui.widgets.edit_lock import EditLock
from ksdesk.ui.widgets.flow_layout import wrap_row
from ksdesk.ui.widgets.scroll_page import see_through


class SammantradeTab(BaseTab):
    concerns = frozenset({Topic.MEETINGS, Topic.AGENDA, Topic.PROTOKOLL})

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.ui = Ui_SammantradeTab()
        self.ui.setupUi(self)
        see_through(self.ui.justering_scroll)
        wrap_row(self.ui.top_bar)
        self.meeting: Sammantrade | None = None
        self.protokoll: Protokoll | None = None
        self.organ_name = ""
        self.meeting_view = None
        self._emitting = False
        self.upprop = self.ui.upprop_page
        self.paragrafer = self.ui.paragraf_page
        self.justering = self.ui.justering_page
        for page in (self.upprop, self.paragrafer, self.justering):
            page.bind(store, self.record)
        self.upprop_model = self.upprop.model
        self.paragraf_model = self.paragrafer.model
        self.editor = self.paragrafer.editor
        self.deadline_panel = self.justering.deadline_panel
        # Checked out by a colleague, or the file open read-only: the pages can be read
        # (the list of §§ browsed, the justering checked) but take no edit.
        self.lock = EditLock(
            (self.upprop, self.paragrafer, self.justering),
            keep=(
                self.upprop.ui.find_edit,  # finds a person in the upprop, changes nothing
                self.paragrafer.ui.paragraf_list,
                self.justering.ui.check_list,
                self.justering.ui.check_button,
            ),
        )
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.meeting_combo.currentIndexChanged.connect(self._meeting_chosen)
        ui.start_button.clicked.connect(self.start)
        # The upprop's example follows the Första § typed before the start.
        ui.first_spin.valueChanged.connect(
            lambda _v: self.upprop.show_help(self._planned_numbers())
        )
        ui.view_button.clicked.connect(self.open_meeting_view)
        ui.print_button.clicked.connect(self.print_protokoll)
        ui.utdrag_button.clicked.connect(self.print_utdrag)
        ui.held_button.clicked.connect(self.mark_held)
        ui.public_button.clicked.connect(lambda: self.print_protokoll(public=True))
        ui.pages.currentChanged.connect(lambda _i: self.run_check())
        self.upprop.changed.connect(self._upprop_changed)
        self.upprop.refused.connect(lambda: self.reload())
        self.upprop.forhinder_saved.connect(lambda: self.reload(keep_paragraf=self._current_nr()))
        self.paragrafer.saved.connect(self._paragraf_saved)
        self.paragrafer.presence_toggled.connect(self.upprop.toggle_presence)
        self.paragrafer.justerare_chosen.connect(self.justering.set_justerare)
        self.justering.saved.connect(self._justering_saved)
        QShortcut(QKeySequence("F11"), self, self.open_meeting_view)

    # -- meetings ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._emitting:
            return  # our own change: what is on screen is already current
        current = self.meeting.id if self.meeting else None
        keep = self._current_nr()
        meetings = meeting_service.list_meetings(self.store)
        organs = meeting_service.list_organs(self.store)
        combo = self.ui.meeting_combo
        combo.blockSignals(True)
        combo.clear()
        for text, meeting_id in meeting_choices(meetings, organs):
            combo.addItem(text, meeting_id)
        combo.fit_to_items()
        if current is None:
            current = first_shown(meetings, date.today())
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
        self.lock.set_reason("")  # each page sets its own controls first, the lock after
        self.protokoll = protokoll_service.get_protokoll(self.store, m.id) if m else None
        organ = meeting_service.get_organ(self.store, m.organ_id) if m else None
        self.organ_name = organ.name if organ else ""
        started = bool(self.protokoll and self.protokoll.paragrafer)
        # The text changes: its mnemonic is written here.
        self.ui.start_button.setText(
            "&Uppdatera paragraferna" if started else "&Starta protokollet"
        )
        locked = self._locked()
        buttons = (self.ui.print_button, self.ui.public_button, self.ui.utdrag_button)
        for button in buttons:
            button.setEnabled(started)
        self.ui.held_button.setEnabled(started and not locked)
        self.ui.start_button.setEnabled(m is not None and not locked)
        asked = m is not None and not started and paragraf_numbers.first_number_asked(self.store, m)
        self.ui.first_label.setVisible(asked)
        self.ui.first_spin.setVisible(asked)
        self.ui.view_button.setEnabled(m is not None)
        justerat = self.protokoll.justering.justerat if self.protokoll else None
        heading = heading_html(m, self.organ_name, started, locked, justerat, self.own_lease(m))
        self.ui.meeting_heading.setText(heading)
        meeting_id = m.id if m else None
        self.upprop.show_protokoll(meeting_id, self.protokoll, self._planned_numbers())
        secret = {i.id for i in m.items if i.secret and i.id is not None} if m else set()
        self.paragraf_model.secret_items = frozenset(secret)
        self.paragrafer.show_protokoll(self.protokoll, self.organ_name, keep_paragraf)
        self.justering.show_protokoll(meeting_id, self.protokoll, organ)
        self._check_in_front()
        self.lock.set_reason(locked)

    def _planned_numbers(self) -> list[int]:
        """The §§ the meeting has, or those Starta protokollet would give it now (from the
        Första § asked for the year's first meeting in the file)."""
        if self.meeting is None:
            return []
        if self.protokoll is not None and self.protokoll.paragrafer:
            return self.protokoll.numbers
        spin = self.ui.first_spin
        first = spin.value() if spin.isVisibleTo(self) else None
        return paragraf_numbers.planned_numbers(self.store, self.meeting, first)

    def _locked(self) -> str:
        """Why the meeting can be read here but not changed ("" when it can be changed)."""
        return READ_ONLY_MESSAGE if self.read_only else self.lease_reason(self.meeting)

    def record(self, text: str, apply, before, after, *, merge_key=None) -> bool:
        """One undoable edit, written at once (BaseTab.edit). What it announces is our own
        change: the tab does not reload under the secretary's fingers."""
        self._emitting = True
        try:
            return self.edit(text, apply, before, after, merge_key=merge_key)
        finally:
            self._emitting = False

    def start(self) -> None:
        """Start (or bring up to date with the agenda) the protokoll; undo puts back what was,
        the numbers of a later meeting it moved on (an extra sammanträde) too."""
        if self.meeting is None:
            return
        meeting_id, store = self.meeting.id, self.store
        before = protokoll_service.start_state(store, meeting_id)
        started: list[protokoll_service.StartState] = []
        spin = self.ui.first_spin  # shown for the year's first meeting in the file
        first = spin.value() if spin.isVisibleTo(self) and spin.value() > 1 else None

        try:  # a refusal is said, and nothing else happens
            protokoll_service.start_protokoll(store, meeting_id, first)
            started.append(protokoll_service.start_state(store, meeting_id))
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte starta protokollet", str(error))
            return

        def apply(snapshot: protokoll_service.StartState) -> Topic:
            return protokoll_service.restore_start(store, meeting_id, deepcopy(snapshot))

        title = "Uppdatera paragraferna" if before.protokoll.paragrafer else "Starta protokollet"
        self.record(title, apply, before, started[0])
        self.reload()
        # A list the secretary wrote, or a justerad §, is never rewritten behind her back.
        kept = beslutsunderlag.kept_lists(before.protokoll, started[0].protokoll)
        if kept:
            QMessageBox.information(self, title, beslutsunderlag.kept_message(kept))

    def add_person(self, deltagare: Deltagare, *, register: bool = False) -> bool:
        return self.upprop.add_person(deltagare, register=register)

    # -- what one page changed, the others follow ------------------------------------------

    def _upprop_changed(self) -> None:
        self.paragrafer.upprop_changed()
        self._check_in_front()

    def _paragraf_saved(self) -> None:
        self.upprop.update_sits()  # a jäv moves a seat
        self._check_in_front()

    def _check_in_front(self) -> None:
        """The justering check, shown on its page only, runs when that page is in front or comes
        forward: at every save of a § it cost 20–50 ms at ten years (bench/after_meeting)."""
        if self.ui.pages.currentIndex() == self.ui.pages.indexOf(self.ui.justering_scroll):
            self.justering.run_check()

    def _justering_saved(self) -> None:
        self.reload(keep_paragraf=self._current_nr())

    def _current_nr(self) -> int | None:
        return self.editor.paragraf.nr if self.editor.paragraf else None

    def select_paragraf(self, number: int) -> None:
        self.paragrafer.select_paragraf(number)

    def run_check(self):
        """The justering check of what is stored, after saving what is being typed."""
        self.editor.save_text()
        return self.justering.run_check()

    def show_found(self, meeting_id: int, paragraf_id: int) -> None:
        """The meeting and the § a search found, on the § page."""
        index = self.ui.meeting_combo.findData(meeting_id)
        if index < 0:
            return
        self.ui.meeting_combo.setCurrentIndex(index)
        paragrafer = self.protokoll.paragrafer if self.protokoll else []
        number = next((p.nr for p in paragrafer if p.id == paragraf_id), None)
        if number is not None:
            self.ui.pages.setCurrentWidget(self.paragrafer)
            self.paragrafer.select_paragraf(number)

    # -- paper, view, status ----------------------------------------------------------------

    def print_protokoll(self, public: bool = False) -> None:
        """The protokoll in the preview; the public version once the scan's hits are decided
        (a refusal opens the review for the meeting)."""
        self.editor.save_text()
        if self.meeting is not None:
            print_protokoll(self, self.store, self.meeting, public)

    def print_utdrag(self, number: int | None = None, public: bool | None = None) -> None:
        self.editor.save_text()
        if self.meeting is not None and self.protokoll is not None:
            paragrafer = self.protokoll.paragrafer
            current = self._current_nr()
            print_utdrag(self, self.store, self.meeting, paragrafer, current, number, public)

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
        self.meeting_view = MeetingView(
            self.store, self.meeting.id, unlock_code=code or None, locked_reason=self._locked()
        )
        self.meeting_view.showFullScreen()
