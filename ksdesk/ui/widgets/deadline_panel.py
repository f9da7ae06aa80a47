"""The deadline chain of one meeting: each date in words, why it moved, and a warning when it is
near or passed; the anslag text to copy; the meeting saved as a calendar file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ksdesk.atomic import save_as
from ksdesk.core.deadline_status import STATUS_LABELS, DeadlineItem
from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date_long
from ksdesk.services import deadlines as deadline_service
from ksdesk.services.store import Store

if TYPE_CHECKING:
    from ksdesk.core.public_copy import PublicCopyBlocked

# Calm colours that still read at a glance; the word is always there too (colour-blind users).
STATUS_STYLES = {
    "passerat": "color: white; background: #b3261e; border-radius: 3px; padding: 1px 6px;",
    "nära": "color: black; background: #ffcc4d; border-radius: 3px; padding: 1px 6px;",
    "klart": "color: white; background: #2e7d32; border-radius: 3px; padding: 1px 6px;",
    # Done, but late: red on white, framed, so it is never taken for the green "Klart".
    "sent": "color: #b3261e; background: #ffffff; border: 1px solid #b3261e; "
    "border-radius: 3px; padding: 0 5px;",
    "": "",
}


class DeadlinePanel(QGroupBox):
    """Shows `meeting_deadlines` for one meeting. `today` can be set for tests."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__("Tidsfrister", parent)
        self.setObjectName("deadline_panel")
        self.store = store
        self.meeting_id: int | None = None
        self.items: list[DeadlineItem] = []
        # As a page of the Kallelse tab (as_page): the tab widget and whose meeting to show.
        self.tabs: QTabWidget | None = None
        self.current_meeting: Callable[[], int | None] = lambda: self.meeting_id
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.anslag_button = QPushButton("Anslagstext…", self)
        self.anslag_button.setObjectName("anslag_button")
        self.ics_button = QPushButton("Spara i kalendern (ICS)…", self)
        self.ics_button.setObjectName("ics_button")
        self.law_label = QLabel(
            "Sista dag som infaller på en lördag, söndag, helgdag, midsommarafton, julafton "
            "eller nyårsafton flyttas till nästa vardag (lag 1930:173); datum före "
            "sammanträdet flyttas till vardagen före.",
            self,
        )
        self.law_label.setWordWrap(True)
        self.law_label.setStyleSheet("color: #555555; font-size: 9pt;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.anslag_button)
        buttons.addWidget(self.ics_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.law_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.anslag_button.clicked.connect(self.show_anslag_text)
        self.ics_button.clicked.connect(self.save_calendar)
        self._set_enabled(False)

    @classmethod
    def as_page(
        cls, tabs: QTabWidget, store: Store, current_meeting: Callable[[], int | None]
    ) -> DeadlinePanel:
        """The panel as the page "Tidsfrister" of `tabs` (the Kallelse tab's). It shows the
        meeting `current_meeting()` names, and the page title says how many dates need acting
        on. Call `follow_host` when another meeting is selected; a change to the data is
        followed here."""
        panel = cls(store, tabs)
        panel.tabs, panel.current_meeting = tabs, current_meeting
        panel.page_index = tabs.addTab(panel, "Tidsfrister")
        panel.setTitle("")  # the page's tab says it already; a second frame would only crowd
        panel.setFlat(True)
        signal = getattr(QApplication.instance(), "data_changed", None)
        if signal is not None:  # connected after the tab's own refresh: it runs after it
            signal.connect(panel.follow_host)
        panel.follow_host()
        return panel

    def follow_host(self, *_args) -> None:
        if getattr(self.store, "closed", False):
            return
        try:
            self.set_meeting(self.current_meeting())
        except KsdeskError:  # a selection signal mid-refresh names a meeting just deleted
            self.set_meeting(None)
        count = len(self.warnings())
        title = f"Tidsfrister ({count} att åtgärda)" if count else "Tidsfrister"
        self.tabs.setTabText(self.page_index, title)

    def _set_enabled(self, enabled: bool) -> None:
        self.anslag_button.setEnabled(enabled)
        self.ics_button.setEnabled(enabled)

    def set_meeting(self, meeting_id: int | None, today: date | None = None) -> None:
        self.meeting_id = meeting_id
        self.items = (
            deadline_service.meeting_deadlines(self.store, meeting_id, today or date.today())
            if meeting_id is not None
            else []
        )
        self._fill()
        self._set_enabled(meeting_id is not None)

    def _fill(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # gone at once, not at the next event loop turn
                widget.deleteLater()
        for row, item in enumerate(self.items):
            label = QLabel(f"<b>{item.label}</b>")
            day = QLabel(format_date_long(item.day, capitalize=True))
            status = QLabel(STATUS_LABELS[item.status])
            status.setObjectName(f"status_{item.key}")
            status.setStyleSheet(STATUS_STYLES[item.status])
            self.grid.addWidget(label, row * 2, 0)
            self.grid.addWidget(day, row * 2, 1)
            self.grid.addWidget(status, row * 2, 2)
            if item.note:
                note = QLabel(item.note)
                note.setStyleSheet("color: #555555;")
                self.grid.addWidget(note, row * 2 + 1, 1, 1, 2)

    def warnings(self) -> list[str]:
        """The lines a secretary must act on: "Protokollet justeras senast: passerat"."""
        return [
            f"{i.label}: {STATUS_LABELS[i.status].lower()}"
            for i in self.items
            if i.status in ("passerat", "nära")
        ]

    def anslag_text(self) -> str:
        if self.meeting_id is None:
            return ""
        return deadline_service.meeting_anslag_text(self.store, self.meeting_id)

    def show_anslag_text(self) -> None:
        """The anslag text in a dialog to copy from, made off the GUI thread (ui/pdf_builds):
        the anslagstavla is public, so the text comes from the public edition, whose safety
        check reads the meeting's bilagor. A review with open hits is opened (Granska
        offentlig kopia), as for a public print, and the text made once every hit has a
        decision."""
        if self.meeting_id is not None:
            self._from_public_edition(
                "Anslagstexten", deadline_service.meeting_anslag_text, self._show_text
            )

    def _from_public_edition(self, title: str, make: Callable, then: Callable) -> None:
        """`make(reader, meeting_id)` run off the GUI thread, then `then(made)`; a review
        with open hits opens Granska offentlig kopia first, as for a public print."""
        from ksdesk.ui.pdf_builds import build_pdf

        meeting_id, store = self.meeting_id, self.store

        def review(blocked: PublicCopyBlocked) -> bool:
            from ksdesk.ui.dialogs.public_check_dialog import review_blocked

            return review_blocked(self, store, meeting_id, blocked)

        build_pdf(self, store, title, lambda reader: make(reader, meeting_id), then, review)

    def _show_text(self, shown: str) -> None:
        # Imported here, not at start-up, where the panel is built but this dialog is not.
        from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

        dialog = QDialog(self)
        dialog.setWindowTitle("Anslagstext")
        text = QPlainTextEdit(shown, dialog)
        text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        copy = buttons.addButton("Kopiera", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(text.toPlainText()))
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(640, 420)
        dialog.exec()

    def calendar_bytes(self) -> bytes:
        assert self.meeting_id is not None
        return deadline_service.meeting_calendar(self.store, self.meeting_id)

    def save_calendar(self) -> Path | None:
        """The meeting as a calendar file where the secretary says; the file is made off the
        GUI thread (ui/pdf_builds), from the public edition as the anslag text is, and
        written when made. Returns where it will be written."""
        if self.meeting_id is None:
            return None
        name, _filter = QFileDialog.getSaveFileName(
            self, "Spara i kalendern", "sammantrade.ics", "Kalenderfiler (*.ics)"
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(".ics") else name + ".ics")
        self._from_public_edition(
            "Kalenderfilen",
            deadline_service.meeting_calendar,
            lambda data: self._write_calendar(path, data),
        )
        return path

    def _write_calendar(self, path: Path, data: bytes) -> None:
        try:
            save_as(path, data)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kunde inte spara", str(error))
