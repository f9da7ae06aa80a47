"""How the meeting view is laid out: the organ, the day and the clock along the top, the
ärendelista on the left, the current ärende with its förslag (or the beslut being edited) on
the right, the keys along the bottom; every text as large as drawn, or as the screen allows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
)

from ksdesk.ui.meeting_view_style import DARK_SCROLL_BAR, AgendaDelegate, fit_fonts


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont("Liberation Sans")
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class MeetingViewLayout:
    """Mixed into MeetingView (before QWidget), which supplies model, drawn_fonts, go_to and
    save_beslut."""

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
        self.agenda_list.setStyleSheet(DARK_SCROLL_BAR)
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
        scroll.setStyleSheet(DARK_SCROLL_BAR)
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
