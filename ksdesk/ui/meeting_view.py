"""The presidium's meeting view: full screen, large type, high contrast, read-only. One ärende
at a time with its förslag till beslut, the ärendelista beside it, a clock; next and previous
by keyboard or presentation clicker (PageDown/PageUp, arrows, space). Secret items are marked
in red on the list and with a banner. Editing the beslut here needs the secretary to unlock
the view (a code chosen in the Sammanträde tab, or a confirmation when no code was chosen).

Laid out in meeting_view_layout.py, its keys in meeting_view_keys.py, unlocking and saving a
beslut in meeting_view_unlock.py; this module shows the meeting and steps through it."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ksdesk.core.format import format_date, format_date_long, format_time
from ksdesk.core.meeting import Arende, numbered, written_dnr
from ksdesk.core.protokoll import Paragraf
from ksdesk.core.protokoll_rules import initial_beslut
from ksdesk.core.topics import Topic
from ksdesk.services import meetings as meeting_service
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.store import Store
from ksdesk.ui.meeting_view_keys import ClickerKeys
from ksdesk.ui.meeting_view_layout import MeetingViewLayout
from ksdesk.ui.meeting_view_presence import presence_line
from ksdesk.ui.meeting_view_style import ACCENT, KIND_LABELS, MUTED, STYLE, drawn_fonts
from ksdesk.ui.meeting_view_unlock import SecretaryUnlock
from ksdesk.ui.models.protokoll_models import AgendaListModel

# What the view shows: a change to any of these reloads it (unless the secretary is editing).
_CONCERNS = frozenset({Topic.AGENDA, Topic.MEETINGS, Topic.PROTOKOLL, Topic.ALL})


class MeetingView(ClickerKeys, MeetingViewLayout, SecretaryUnlock, QWidget):
    def __init__(
        self,
        store: Store,
        meeting_id: int,
        unlock_code: str | None = None,
        parent: QWidget | None = None,
        *,
        locked_reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.store, self.meeting_id, self.unlock_code = store, meeting_id, unlock_code
        # Why the beslut cannot be edited here at all (checked out by a colleague, a file
        # open read-only): then the view is never unlocked, and says why.
        self.locked_reason = locked_reason
        self.unlocked = False
        self.model = AgendaListModel()
        self.current = 0  # index into self.model's rows (numbered items only)
        self._build()
        self.drawn_fonts = drawn_fonts(self)
        self.reload()
        self.clock = QTimer(self)
        self.clock.timeout.connect(self._tick)
        self.clock.start(1000)
        self._tick()
        signal = getattr(QApplication.instance(), "data_changed", None)
        if signal is not None:
            signal.connect(self._data_changed)
        # A clicker's keys reach the view whatever has focus inside it: each part hands
        # them over (eventFilter) instead of scrolling or pressing itself.
        for part in self.findChildren(QWidget):
            part.installEventFilter(self)
        self.setFocus()  # the view has the keys from the moment it is shown

    # -- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        self.meeting = meeting_service.get_meeting(self.store, self.meeting_id)
        organ = meeting_service.get_organ(self.store, self.meeting.organ_id)
        protokoll = protokoll_service.get_protokoll(self.store, self.meeting_id)
        self.upprop = protokoll.upprop
        self.paragrafer: dict[int, Paragraf] = {
            p.item_id: p for p in protokoll.paragrafer if p.item_id is not None
        }
        self.setWindowTitle(f"Mötesvy – {organ.name} {format_date(self.meeting.date)}")
        self.organ_label.setText(organ.name)
        day = format_date_long(self.meeting.date, capitalize=True)
        place = self.meeting.place.strip()
        self.date_label.setText(f"{day} · {place}" if place else day)
        self.model.set_rows(numbered(self.meeting.items))
        self.navigable = [i for i, (n, _item) in enumerate(self.model._rows) if n is not None]
        self.current = min(self.current, max(len(self.navigable) - 1, 0))
        self._show()

    def _data_changed(self, topic: str) -> None:
        if topic in _CONCERNS and not self.unlocked:
            self.reload()

    @property
    def item(self) -> Arende | None:
        if not self.navigable:
            return None
        return self.model.row_object(self.navigable[self.current])[1]

    def _show(self) -> None:
        item = self.item
        self._set_locked_look()
        if item is None:
            self.title_label.setText("Dagordningen är tom.")
            for label in (
                self.position_label,
                self.meta_label,
                self.presence_label,
                self.proposal_label,
                self.next_label,
            ):
                label.setText("")
            self.secret_banner.hide()
            return
        row = self.navigable[self.current]
        self.agenda_list.setCurrentIndex(self.model.index(row, 0))
        self.agenda_list.scrollTo(self.model.index(row, 0))
        number = self.model.row_object(row)[0]
        paragraf = self.paragrafer.get(item.id)
        label = f"Ärende {number} av {len(self.navigable)}"
        self.position_label.setText(label + (f"   ·   {paragraf.label}" if paragraf else ""))
        self.title_label.setText(item.title)
        dnr = written_dnr(item)
        meta = [f"Dnr {dnr}" if dnr else "", KIND_LABELS.get(item.kind, "")]
        meta += [f"Föredragande: {item.presenter}" if item.presenter else "", item.time_slot]
        self.meta_label.setText("   ·   ".join(m for m in meta if m))
        self.presence_label.setText(presence_line(self.upprop, paragraf))
        self.presence_label.setVisible(bool(self.presence_label.text()))
        self.secret_banner.setVisible(item.secret)
        ref = f" ({item.secrecy_ref})" if item.secrecy_ref else ""
        self.secret_banner.setText(f"SEKRETESS{ref} – visas inte för allmänheten")
        forslag = initial_beslut(item)
        # Rich text only for the line spacing: long förslag read more easily with air.
        lines = [line for line in (forslag or "Inget förslag till beslut.").splitlines() if line]
        self.proposal_label.setText(
            "".join(
                f"<p style='line-height:135%; margin-bottom:12px'>{escape(x)}</p>" for x in lines
            )
        )
        self.beslut_edit.setPlainText(paragraf.beslut if paragraf else forslag)
        following = (
            self.model.row_object(self.navigable[self.current + 1])
            if self.current + 1 < len(self.navigable)
            else None
        )
        self.next_label.setText(
            f"Nästa:  {following[0]}. {following[1].title}" if following else "Sista ärendet."
        )
        self.fit_to_screen()  # a longer title takes another line

    def _set_locked_look(self) -> None:
        editing = self.unlocked and self.item is not None and self.item.id in self.paragrafer
        self.stack.setCurrentIndex(1 if editing else 0)
        self.save_button.setVisible(editing)
        self.proposal_heading.setText("Beslut (redigeras)" if editing else "Förslag till beslut")
        self.lock_label.setText("Upplåst för sekreteraren" if self.unlocked else "Skrivskyddad")
        self.lock_label.setStyleSheet(f"color: {ACCENT if self.unlocked else MUTED};")
        self.fit_to_screen()  # the beslut and its button take more room than the förslag

    def _tick(self) -> None:
        self.clock_label.setText(format_time(datetime.now().time()))

    # -- navigation -------------------------------------------------------------------------

    def go_to(self, row: int) -> None:
        """Show the item of list row `row` (a click on the list)."""
        if row in self.navigable:
            self._leave_item()
            self.current = self.navigable.index(row)
            self._show()

    def step(self, delta: int) -> None:
        if not self.navigable:
            return
        target = min(max(self.current + delta, 0), len(self.navigable) - 1)
        if target != self.current:
            self._leave_item()
            self.current = target
            self._show()

    def _leave_item(self) -> None:
        if self.unlocked and self.stack.currentIndex() == 1:
            self.save_beslut()
