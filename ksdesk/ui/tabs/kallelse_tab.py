"""The Kallelse tab: the meetings (kallelse_meetings.py) on the left; on the right the
ärendelista of the one selected with each ärende's tjänsteskrivelse and bilagor
(agenda_page.py), the printed kallelse or packet in the preview (kallelse_print.py) and the
deadlines. Each part is a page widget given the meeting it shows; the tab connects them."""

from __future__ import annotations

from ksdesk.core.meeting import Sammantrade
from ksdesk.core.topics import Topic
from ksdesk.services import meetings as meeting_service
from ksdesk.services.store import Store
from ksdesk.ui.forms.ui_kallelse_tab import Ui_KallelseTab
from ksdesk.ui.tabs.base_tab import BaseTab
from ksdesk.ui.widgets.deadline_panel import DeadlinePanel
from ksdesk.ui.widgets.scroll_page import see_through


def _list_text(meeting: Sammantrade) -> tuple:
    """What the list of meetings shows of a meeting (and sorts it by)."""
    return (meeting.date, meeting.time, meeting.place, meeting.status, meeting.organ_id)


class KallelseTab(BaseTab):
    concerns = frozenset({Topic.MEETINGS, Topic.AGENDA})

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.ui = Ui_KallelseTab()
        self.ui.setupUi(self)
        see_through(self.ui.agenda_scroll)
        self.meeting: Sammantrade | None = None
        self.meetings = self.ui.meetings_panel
        self.agenda = self.ui.agenda_page
        self.bilagor = self.agenda.bilagor
        self.printing = self.ui.print_page
        self.meetings.bind(store, self.edit)
        self.agenda.bind(store, self.edit, writable=not self.read_only)
        self.printing.bind(store)
        self.meeting_model = self.meetings.model
        self.agenda_model = self.agenda.model
        self.ui.splitter.setSizes([330, 870])
        self.deadlines = DeadlinePanel.as_page(self.ui.detail_tabs, store, self._meeting_id)
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        self.meetings.chosen.connect(self._meeting_chosen)
        self.meetings.created.connect(self._created)
        self.printing.proposals_toggled.connect(self.agenda.set_proposals)
        self.ui.detail_tabs.currentChanged.connect(
            lambda _i: self.printing.set_current(
                self.ui.detail_tabs.currentWidget() is self.printing
            )
        )

    def _meeting_id(self) -> int | None:
        return self.meeting.id if self.meeting else None

    def stop_work(self) -> None:
        self.printing.stop()

    def refresh(self) -> None:
        current_id = self.meeting.id if self.meeting else None
        item_row = self.agenda.selected_row()
        meetings = meeting_service.list_meetings(self.store)
        organs = meeting_service.list_organs(self.store)
        shown = self.meetings.show_meetings(meetings, current_id, organs)
        self._show_meeting(shown, item_row)

    def refresh_for(self, topic: Topic) -> None:
        """An agenda edit changes the meeting shown, not the list of meetings (which holds
        every year's): the agenda is reloaded, the list only when its row would change."""
        shown = self.meeting
        if topic != Topic.AGENDA or shown is None or shown.id is None:
            self.refresh()
            return
        self._show_meeting(shown.id, self.agenda.selected_row())
        new, old = self.meeting, self.meetings.listed(shown.id)
        if new is None or old is None or _list_text(old) != _list_text(new):
            self.refresh()

    def show_found(self, meeting_id: int, item_id: int | None, bilaga_id: int | None) -> None:
        """Select the meeting, the ärende and the bilaga a search found."""
        if not self.meetings.select(meeting_id):
            return
        if self.meeting is None or self.meeting.id != meeting_id:
            self._show_meeting(meeting_id)
        self.agenda.show_found(item_id, bilaga_id)

    def _meeting_chosen(self, meeting_id: int) -> None:
        if self.meeting is None or meeting_id != self.meeting.id:
            self._show_meeting(meeting_id)

    def _created(self, meeting: Sammantrade) -> None:
        self.meeting = meeting
        self.refresh()
        self.agenda.offer_open_matters()  # the organ's återremitterade and bordlagda ärenden

    def _show_meeting(self, meeting_id: int | None, item_row: int | None = None) -> None:
        self.meeting = (
            meeting_service.get_meeting(self.store, meeting_id) if meeting_id is not None else None
        )
        locked = self.lease_reason(self.meeting)
        self.meetings.meeting = self.meeting
        self.meetings.enable(not self.read_only, locked=bool(locked))
        own = self.own_lease(self.meeting)
        self.agenda.show_meeting(self.meeting, item_row, locked=locked, own_lease=own)
        self.printing.show_meeting(self.meeting)
        self.deadlines.follow_host()
