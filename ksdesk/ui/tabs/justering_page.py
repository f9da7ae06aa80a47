"""The Justering page of the Sammanträde tab: the justering's time and place and what
happened after (justerat, anslaget), the justerare (chosen at "Val av justerare" on the
Paragrafer page), the check that lists what is missing before the protokoll can be signed,
and the meeting's deadlines."""

from __future__ import annotations

from copy import deepcopy
from datetime import date, time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListView, QMessageBox, QWidget

from ksdesk.core.ajournering import parse_ajourneringar, written
from ksdesk.core.errors import KsdeskError
from ksdesk.core.findings import Finding, count_text
from ksdesk.core.format import (
    format_date,
    format_time,
    parse_date,
    parse_time,
)
from ksdesk.core.justering_check import forvaringsplats_of, justera_anyway_question
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import Ajournering, Justering, Protokoll
from ksdesk.core.protokoll_rules import display_name
from ksdesk.core.topics import Topic
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_justering_page import Ui_JusteringPage
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.tabs.base_tab import Record
from ksdesk.ui.widgets.colors import ERROR_COLOR, OK_COLOR
from ksdesk.ui.widgets.deadline_panel import DeadlinePanel

# (line edit, Justering attribute) for each kind of field of the Justering page.
DATE_FIELDS = (
    ("justering_date_edit", "date"),
    ("justerat_edit", "justerat"),
    ("anslaget_edit", "anslaget"),
)
TIME_FIELDS = (
    ("justering_time_edit", "time"),
    ("opened_edit", "opened"),
    ("closed_edit", "closed"),
)
TEXT_FIELDS = (("justering_place_edit", "place"), ("forvaringsplats_edit", "forvaringsplats"))


class ProblemModel(ObjectTableModel[Finding]):
    columns = (
        ColumnSpec(
            "Problem", lambda p: ("" if p.is_error else f"{p.severity.label}: ") + p.message
        ),
    )


class JusteringPage(QWidget):
    """In a scroll area (sammantrade_tab.ui) at the height Qt prefers for its width, not at
    the least (widgets/scroll_page.py): the deadlines and the check beside the form both
    wrap text, and below their preferred heights the box layout drew them over each other."""

    # The justering was written (or refused): the tab shows the stored protokoll again.
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_JusteringPage()
        self.ui.setupUi(self)
        self.store: Store | None = None
        self._record: Record | None = None
        self.meeting_id: int | None = None
        self.protokoll: Protokoll | None = None
        self.saved_justering = Justering()  # as last written: an undo's "before"
        self.deadline_panel: DeadlinePanel | None = None
        self.problem_model = ProblemModel()
        self.ui.check_list.setModel(self.problem_model)
        for name, _attr in (*DATE_FIELDS, *TIME_FIELDS, *TEXT_FIELDS):
            getattr(self.ui, name).editingFinished.connect(self.save_fields)
        self.ui.ajournering_edit.editingFinished.connect(self.save_fields)
        self.ui.check_button.clicked.connect(self.run_check)
        # The page's wrapping texts (the deadlines' law note) make Qt under-count what the
        # form needs, and a short window squeezed its fields until their text was cut: the
        # form keeps its full height, the check list below takes what is left.
        group = self.ui.justering_group
        group.setMinimumHeight(group.sizeHint().height())
        # Three lines of the check's list at the least (it scrolls): the page then fits a
        # 1080p screen at 150 % with room left above the taskbar.
        # A finding is a sentence (the förvaringsplats names where to set one): wrapped, not
        # cut at the list's edge behind a sideways scroll bar.
        self.ui.check_list.setWordWrap(True)
        self.ui.check_list.setResizeMode(QListView.ResizeMode.Adjust)
        lines = self.ui.check_list.fontMetrics().lineSpacing()
        self.ui.check_list.setMinimumHeight(3 * lines + 8)

    def bind(self, store: Store, record: Record) -> None:
        """The database, and how an edit is written and put on the undo stack."""
        self.store, self._record = store, record
        self.deadline_panel = DeadlinePanel(store, self)
        self.ui.deadline_layout.insertWidget(0, self.deadline_panel)  # the check below it

    def show_protokoll(
        self, meeting_id: int | None, protokoll: Protokoll | None, organ: Organ | None
    ) -> None:
        """Show the justering of `protokoll` as stored; an empty förvaringsplats shows in grey
        what the anslag prints then (the organ's, else the kommun's name)."""
        self.meeting_id, self.protokoll = meeting_id, protokoll
        j = protokoll.justering if protokoll else None
        self.saved_justering = deepcopy(j) if j else Justering()
        for name, attr in DATE_FIELDS:
            getattr(self.ui, name).setText(format_date(getattr(j, attr)) if j else "")
        for name, attr in TIME_FIELDS:
            getattr(self.ui, name).setText(format_time(getattr(j, attr)) if j else "")
        for name, attr in TEXT_FIELDS:
            getattr(self.ui, name).setText(getattr(j, attr) if j else "")
        self.ui.ajournering_edit.setText(written(j.ajourneringar) if j else "")
        # What prints when none is written here, by the one rule of the anslag text and the
        # protokoll's anslag; a name in grey that would not print read as one that would.
        printed = forvaringsplats_of(Justering(), organ) if organ else ""
        self.ui.forvaringsplats_edit.setPlaceholderText(printed or "Ingen angiven")
        people = protokoll.upprop if protokoll else []
        names = [display_name(people, n) for n in (j.justerare if j else [])]
        self.ui.justerare_summary_label.setText(
            ", ".join(names)
            or "Väljs under Paragrafer: vid Val av justerare, annars vid första paragrafen."
        )
        self.ui.justering_group.setEnabled(bool(protokoll and protokoll.paragrafer))
        if self.deadline_panel is not None:
            self.deadline_panel.set_meeting(meeting_id)

    def set_justerare(self, names: list[str]) -> None:
        """The justerare chosen at "Val av justerare"."""
        if self.protokoll is None or self.meeting_id is None:
            return
        justering = self.protokoll.justering
        justering.justerare = list(dict.fromkeys(n for n in names if n))
        self.save(justering)

    def save(self, justering: Justering) -> None:
        """Write the justering as one undoable edit; the tab then shows what is stored."""
        meeting_id, store = self.meeting_id, self.store

        def apply(snapshot: Justering) -> Topic:
            return protokoll_service.save_justering(store, meeting_id, deepcopy(snapshot))

        self._record("Ändra justeringen", apply, self.saved_justering, deepcopy(justering))
        self.saved.emit()

    def save_fields(self) -> None:
        protokoll = self.protokoll
        if protokoll is None or self.meeting_id is None or not protokoll.paragrafer:
            return
        values: dict[str, date | time | str | list[Ajournering] | None] = {}
        try:
            for name, attr in DATE_FIELDS:
                text = getattr(self.ui, name).text().strip()
                values[attr] = parse_date(text) if text else None
            for name, attr in TIME_FIELDS:
                text = getattr(self.ui, name).text().strip()
                values[attr] = parse_time(text) if text else None
            values["ajourneringar"] = parse_ajourneringar(self.ui.ajournering_edit.text())
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte spara justeringen", str(error))
            return
        for name, attr in TEXT_FIELDS:
            values[attr] = getattr(self.ui, name).text().strip()
        justering = protokoll.justering
        if values["justerat"] and justering.justerat is None and not self._justera_anyway():
            values["justerat"] = None
            self.ui.justerat_edit.setText("")
        if all(getattr(justering, k) == v for k, v in values.items()):
            return
        for key, value in values.items():
            setattr(justering, key, value)
        self.save(justering)

    def _justera_anyway(self) -> bool:
        """Whether the protokoll is to be marked justerat: at once when its check finds no
        error; with errors (a § without beslut) the secretary is asked first, No by default,
        since the date says the protokoll was signed as it stands."""
        question = justera_anyway_question(protokoll_service.check(self.store, self.meeting_id))
        if not question:
            return True
        no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(self, "Markera som justerat?", question, yes | no, no)
        return answer == yes

    def run_check(self) -> list[Finding]:
        """What is missing before the protokoll can be justerat, as stored."""
        protokoll = self.protokoll
        started = bool(self.meeting_id and protokoll and protokoll.paragrafer)
        problems = protokoll_service.check(self.store, self.meeting_id) if started else []
        self.problem_model.set_rows(problems)
        errors = sum(1 for p in problems if p.is_error)
        if not started:
            text = "<i>Protokollet är inte startat.</i>"
        elif not problems:
            text = f"<b style='color:{OK_COLOR}'>Inget saknas: protokollet kan justeras.</b>"
        else:
            # Warnings counted as such (the förvaringsplats), not as reminders.
            rest = count_text(p for p in problems if not p.is_error) or "0 påminnelser"
            text = f"<b style='color:{ERROR_COLOR}'>{errors} fel</b> och {rest} före justeringen:"
        self.ui.check_summary_label.setText(text)
        return problems
