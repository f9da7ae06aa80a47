"""The Anmälan box of the delegationsbeslut register: for a chosen meeting, how many decisions
it lists and which came too late for it, the agenda item "Anmälan av delegationsbeslut", and
the list as a PDF (services.delegationsbeslut_anmalan)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date
from ksdesk.core.meeting import next_coming
from ksdesk.core.topics import Topic
from ksdesk.services import delegationsbeslut, meetings
from ksdesk.services.store import Store
from ksdesk.ui.undo import announce


class AnmalanBox(QGroupBox):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__("Anmälan vid sammanträde", parent)
        self.store = store
        layout = QVBoxLayout(self)
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setObjectName("anmalan_meeting")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.agenda_button = QPushButton("Lägg till på dagordningen", self)
        self.agenda_button.setObjectName("anmalan_agenda_button")
        self.preview_button = QPushButton("Förhandsgranska förteckningen…", self)
        layout.addWidget(self.meeting_combo)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.agenda_button)
        layout.addWidget(self.preview_button)
        self.meeting_combo.currentIndexChanged.connect(lambda _i: self._show_summary())
        self.agenda_button.clicked.connect(self._add_to_agenda)
        self.preview_button.clicked.connect(self._preview)

    def reload(self) -> None:
        """The meetings again, the one chosen kept (the next one when first shown)."""
        keep = self.meeting_combo.currentData()
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        listed = meetings.list_meetings(self.store)  # newest first
        for meeting in listed:
            self.meeting_combo.addItem(f"Sammanträde {format_date(meeting.date)}", meeting.id)
        if keep is None:  # first shown: the next meeting, not one planned a year ahead
            coming = next_coming(listed, date.today())
            keep = coming.id if coming else None
        self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(keep)))
        self.meeting_combo.blockSignals(False)
        self._show_summary()

    def _show_summary(self) -> None:
        meeting_id = self.meeting_combo.currentData()
        if meeting_id is None:
            self.summary.setText("Inga sammanträden.")
            return
        s = delegationsbeslut.anmalan_summary(self.store, meeting_id)
        if s.reported:
            text = f"{len(s.listed)} beslut anmäldes vid sammanträdet."
        else:
            text = (
                f"Sista dag för att komma med: {format_date(s.cutoff)}. "
                f"{len(s.listed)} beslut att anmäla."
            )
            late = len(s.late) - len(s.after_sending)
            if late:
                text += f" {late} fattades senare och anmäls vid nästa sammanträde."
            if s.after_sending:
                text += (
                    f" {len(s.after_sending)} registrerades efter att kallelsen skickats och "
                    "anmäls vid nästa sammanträde."
                )
        self.summary.setText(text)

    def _add_to_agenda(self) -> None:
        meeting_id = self.meeting_combo.currentData()
        if meeting_id is None:
            return
        try:
            delegationsbeslut.anmalan_item(self.store, meeting_id)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte spara", str(error))
            return
        announce(Topic.AGENDA)
        self.summary.setText(self.summary.text() + " Punkten finns på dagordningen.")

    def _preview(self) -> None:
        from ksdesk.ui.dialogs.pdf_dialog import show_pdf

        meeting_id = self.meeting_combo.currentData()
        if meeting_id is not None:
            show_pdf(
                self,
                self.store,
                "Anmälan av delegationsbeslut",
                lambda reader: delegationsbeslut.anmalan_pdf(reader, meeting_id),
                "delegationsbeslut.pdf",
            )
