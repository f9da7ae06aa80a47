"""The presidium's meeting view: full screen, large type, high contrast, read-only. One ärende
at a time with its förslag till beslut, the ärendelista beside it, a clock; next and previous
by keyboard or presentation clicker (PageDown/PageUp, arrows, space). Secret items are marked
in red on the list and with a banner. Editing the beslut here needs the secretary to unlock
the view (a code chosen in the Sammanträde tab, or a confirmation when no code was chosen)."""

from __future__ import annotations

from copy import deepcopy
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date, format_date_long, format_time
from ksdesk.core.meeting import Arende, numbered, written_dnr
from ksdesk.core.protokoll import Paragraf
from ksdesk.core.protokoll_rules import initial_beslut
from ksdesk.core.topics import Topic
from ksdesk.services import meetings as meeting_service
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.store import Store
from ksdesk.ui import undo
from ksdesk.ui.meeting_view_keys import ClickerKeys
from ksdesk.ui.meeting_view_presence import presence_line
from ksdesk.ui.meeting_view_style import (
    ACCENT,
    KIND_LABELS,
    MUTED,
    STYLE,
    AgendaDelegate,
    drawn_fonts,
    fit_fonts,
)
from ksdesk.ui.models.protokoll_models import AgendaListModel


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont("Liberation Sans")
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


# What the view shows: a change to any of these reloads it (unless the secretary is editing).
_CONCERNS = frozenset({Topic.AGENDA, Topic.MEETINGS, Topic.PROTOKOLL, Topic.ALL})


class MeetingView(ClickerKeys, QWidget):
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

    # -- layout -----------------------------------------------------------------------------

    def _label(self, name: str, points: float, bold: bool = False, wrap: bool = True) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setFont(_font(points, bold))
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build(self) -> None:
        """Built top, agenda, current ärende, keys: that order is also the focus order."""
        top = self._build_top()
        self._build_agenda_list()
        current = self._build_current()
        body = QHBoxLayout()
        body.setSpacing(40)
        body.addWidget(self.agenda_list, 3)
        body.addLayout(current, 7)

        self.hint_label = self._label("hint_label", 13)
        self.hint_label.setText(
            "PageDown / →  nästa     PageUp / ←  föregående     Home / End     "
            "Ctrl+L  lås upp (sekreteraren)     F11  helskärm     Esc  stäng"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(22)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint_label)
        # As small as the screen: the texts shrink to it (resizeEvent) rather than the view
        # keeping the size of its texts as drawn and running off a laptop's screen.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """The texts as large as drawn, or as the screen and what is shown allow."""
        fit_fonts(self.drawn_fonts, self)

    def _build_top(self) -> QHBoxLayout:
        self.organ_label = self._label("organ_label", 20, bold=True, wrap=False)
        self.date_label = self._label("date_label", 16, wrap=False)
        self.lock_label = self._label("lock_label", 13, wrap=False)
        self.clock_label = self._label("clock_label", 32, bold=True, wrap=False)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.organ_label)
        heading.addWidget(self.date_label)
        top.addLayout(heading)
        top.addStretch(1)
        top.addWidget(self.lock_label)
        top.addSpacing(32)
        top.addWidget(self.clock_label)
        return top

    def _build_agenda_list(self) -> None:
        self.agenda_list = QListView(self)
        self.agenda_list.setObjectName("agenda_list")
        self.agenda_list.setAccessibleName("Ärendelista")
        self.agenda_list.setModel(self.model)
        self.agenda_list.setFont(_font(16))
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setItemDelegate(AgendaDelegate(self.agenda_list))
        # Titles wrap: a light horizontal scroll bar under the dark list only took a line.
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agenda_list.clicked.connect(lambda index: self.go_to(index.row()))

    def _build_current(self) -> QVBoxLayout:
        self.position_label = self._label("position_label", 15)
        self.title_label = self._label("title_label", 34, bold=True)
        self.meta_label = self._label("meta_label", 16)
        self.presence_label = self._label("presence_label", 16)
        self.presence_label.setTextFormat(Qt.TextFormat.RichText)
        self.secret_banner = self._label("secret_banner", 18, bold=True)
        self.proposal_heading = self._label("proposal_heading", 17, bold=True)
        self.proposal_label = self._label("proposal_label", 24)
        self.proposal_label.setTextFormat(Qt.TextFormat.RichText)
        self.proposal_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the view keeps focus and the keys
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.proposal_label)
        self.proposal_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.beslut_edit = QPlainTextEdit(self)
        self.beslut_edit.setObjectName("beslut_edit")
        self.beslut_edit.setAccessibleName("Beslut")
        self.beslut_edit.setFont(_font(20))
        self.beslut_edit.installEventFilter(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.beslut_edit)
        self.next_label = self._label("next_label", 15)
        self.save_button = QPushButton("&Spara beslut", self)
        self.save_button.setFont(_font(14))
        self.save_button.clicked.connect(self.save_beslut)

        current = QVBoxLayout()
        current.setSpacing(14)
        for widget in (
            self.position_label,
            self.title_label,
            self.meta_label,
            self.presence_label,
            self.secret_banner,
        ):
            current.addWidget(widget)
        current.addSpacing(10)
        current.addWidget(self.proposal_heading)
        current.addWidget(self.stack, 1)
        current.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        current.addWidget(self.next_label)
        return current

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

    # -- unlocking and editing --------------------------------------------------------------

    def ask_unlock(self) -> bool:
        if self.locked_reason:
            QMessageBox.information(self, "Lås upp", self.locked_reason)
            return False
        if self.unlock_code:
            code, ok = QInputDialog.getText(
                self, "Lås upp", "Sekreterarens kod:", QLineEdit.EchoMode.Password
            )
            if not ok:
                return False
            if not self.unlock(code):
                QMessageBox.warning(self, "Lås upp", "Fel kod: mötesvyn är fortfarande låst.")
                return False
            return True
        answer = QMessageBox.question(
            self,
            "Lås upp",
            "Lås upp mötesvyn för redigering av besluten? Bara sekreteraren ska göra det.",
        )
        return answer == QMessageBox.StandardButton.Yes and self.unlock(None)

    def unlock(self, code: str | None) -> bool:
        if self.locked_reason or (self.unlock_code and code != self.unlock_code):
            return False
        self.unlocked = True
        self._set_locked_look()
        return True

    def lock(self) -> None:
        self._leave_item()
        self.unlocked = False
        self._set_locked_look()
        self.setFocus()

    def save_beslut(self) -> None:
        item = self.item
        paragraf = self.paragrafer.get(item.id) if item else None
        if not self.unlocked or paragraf is None:
            return
        text = self.beslut_edit.toPlainText()
        if text == paragraf.beslut:
            return
        before, after = deepcopy(paragraf), deepcopy(paragraf)
        after.beslut = text
        store = self.store

        def apply(snapshot: Paragraf) -> Topic:
            return protokoll_service.save_paragraf(store, deepcopy(snapshot))

        # The same undo stack as the tabs: Ctrl+Z in the main window takes it back.
        command = undo.SnapshotCommand(f"Ändra beslut {paragraf.label}", apply, before, after)
        try:
            undo.push_edit(undo.stack_for(store), command)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte spara beslutet", str(error))
            return
        paragraf.beslut = text
