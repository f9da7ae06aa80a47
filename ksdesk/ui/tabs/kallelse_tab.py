"""The Kallelse tab: the meetings, and the agenda of the one selected."""

from __future__ import annotations

from html import escape

from ksdesk.core.format import format_date_long, format_time_kl
from ksdesk.core.meeting import Meeting
from ksdesk.services import meetings as meeting_service
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_kallelse_tab import Ui_KallelseTab
from ksdesk.ui.models.meeting_models import AgendaTableModel, MeetingTableModel
from ksdesk.ui.tabs.base_tab import BaseTab
from ksdesk.ui.widgets.tables import setup_table


class KallelseTab(BaseTab):
    concerns = frozenset({"meetings", "agenda"})

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.ui = Ui_KallelseTab()
        self.ui.setupUi(self)
        self.meeting_model = MeetingTableModel()
        self.agenda_model = AgendaTableModel()
        self.ui.meeting_table.setModel(self.meeting_model)
        self.ui.agenda_table.setModel(self.agenda_model)
        setup_table(self.ui.meeting_table, stretch_column=2)
        setup_table(self.ui.agenda_table, stretch_column=1)
        self.ui.splitter.setSizes([340, 860])
        self.ui.meeting_table.selectionModel().currentRowChanged.connect(self._meeting_selected)
        self.meeting: Meeting | None = None
        self.refresh()

    def refresh(self) -> None:
        current_id = self.meeting.id if self.meeting else None
        meetings = meeting_service.list_meetings(self.store)
        self.meeting_model.set_rows(meetings)
        row = next((i for i, m in enumerate(meetings) if m.id == current_id), 0)
        self.meeting = None
        if meetings:
            self.ui.meeting_table.selectRow(row)  # usually shows it through currentRowChanged
            if self.meeting is None:
                self._show_meeting(meetings[row].id)
        else:
            self._show_meeting(None)

    def _meeting_selected(self, current, _previous) -> None:
        if current.isValid():
            self._show_meeting(self.meeting_model.row_object(current.row()).id)

    def _show_meeting(self, meeting_id: int | None) -> None:
        self.meeting = (
            meeting_service.get_meeting(self.store, meeting_id) if meeting_id is not None else None
        )
        self.agenda_model.set_meeting(self.meeting)
        self.ui.meeting_heading.setText(self._heading(self.meeting))

    def _heading(self, meeting: Meeting | None) -> str:
        if meeting is None:
            return "<i>Inget sammanträde. Skapa ett eller läs in demodatabasen.</i>"
        organ = meeting_service.get_organ(self.store, meeting.organ_id)
        when = f"{format_date_long(meeting.date, capitalize=True)}, {format_time_kl(meeting.time)}"
        return (
            f"<h2 style='margin:0'>{escape(organ.name)}</h2>"
            f"<p style='margin:2px 0'><b>Tid:</b> {escape(when)}<br>"
            f"<b>Plats:</b> {escape(meeting.place)}</p>"
        )
