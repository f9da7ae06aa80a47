"""The register of delegationsbeslut: every decision taken on delegation, a form to register
one (resting on a point of the version in force that day), and the anmälan at a meeting."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_date
from ksdesk.services import delegation as delegation_service
from ksdesk.services import delegationsbeslut, meetings
from ksdesk.services.store import Store
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel
from ksdesk.ui.undo import announce
from ksdesk.ui.widgets.tables import setup_table


def _punkt(b: Delegationsbeslut) -> str:
    if not b.punkt:
        return ""
    return f"{b.punkt}, {b.punkt_kapitel}" if b.punkt_kapitel else b.punkt


class BeslutModel(ObjectTableModel[Delegationsbeslut]):
    columns = (
        ColumnSpec("Datum", lambda b: format_date(b.date), sort=lambda b: b.date),
        ColumnSpec("Dnr", lambda b: b.dnr),
        ColumnSpec("Beslut", lambda b: b.beslut or b.title, tooltip=lambda b: b.beslut),
        ColumnSpec("Delegat", lambda b: b.delegat),
        ColumnSpec("Punkt", _punkt),
        ColumnSpec("Organ", lambda b: b.organ),
        ColumnSpec("Inkom", lambda b: format_date(b.received) if b.received else ""),
        ColumnSpec("Anmält", lambda b: "ja" if b.reported_meeting_id else ""),
    )


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class DelegationsbeslutDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Delegationsbeslut")
        self.resize(1000, 720)
        self.model = BeslutModel()
        self.table = QTableView(self)
        self.table.setObjectName("beslut_table")
        self.table.setModel(self.model)
        setup_table(self.table, stretch_column=2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText("Stäng")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Registret</b>"))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self._register_box(), 3)
        row.addWidget(self._anmalan_box(), 2)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()

    # Registering ------------------------------------------------------------------------

    def _register_box(self) -> QGroupBox:
        box = QGroupBox("Registrera beslut", self)
        form = QFormLayout(box)
        self.date_edit = _date_edit(box, "beslut_date")
        self.dnr_edit = QLineEdit(box)
        self.dnr_edit.setObjectName("beslut_dnr")
        self.dnr_edit.setPlaceholderText("KS 2020/123")
        self.delegat_combo = QComboBox(box)
        self.delegat_combo.setObjectName("beslut_delegat")
        self.delegat_combo.setEditable(True)
        self.point_combo = QComboBox(box)
        self.point_combo.setObjectName("beslut_point")
        self.text_edit = QLineEdit(box)
        self.text_edit.setObjectName("beslut_text")
        self.text_edit.setPlaceholderText("Kort: vad beslutades")
        self.received_edit = _date_edit(box, "beslut_received")
        self.register_button = QPushButton("Registrera", box)
        self.register_button.setObjectName("register_button")
        self.message = QLabel(box)
        self.message.setWordWrap(True)
        form.addRow("Beslutsdatum:", self.date_edit)
        form.addRow("Diarienummer:", self.dnr_edit)
        form.addRow("Delegat:", self.delegat_combo)
        form.addRow("Med stöd av punkt:", self.point_combo)
        form.addRow("Beslut:", self.text_edit)
        form.addRow("Inkom till sekreteraren:", self.received_edit)
        form.addRow(self.register_button)
        form.addRow(self.message)
        self.date_edit.dateChanged.connect(lambda _d: self._fill_points())
        self.register_button.clicked.connect(self._register)
        return box

    def _fill_points(self) -> None:
        day = self.date_edit.date().toPython()
        version = delegation_service.version_in_force(self.store, day)
        self.point_combo.clear()
        if version is None:
            self.point_combo.addItem(f"Ingen antagen delegationsordning gällde {format_date(day)}")
            return
        for chapter, point in version.all_points():
            label = f"{point.nr}  {point.arende[:70]}  ({chapter.title})"
            self.point_combo.addItem(label, point.uid)
        self.point_combo.setToolTip(f"Punkterna i {version.name}, som gällde {format_date(day)}")

    def _register(self) -> None:
        data = delegationsbeslut.BeslutInput(
            dnr=self.dnr_edit.text(),
            date=self.date_edit.date().toPython(),
            delegat=self.delegat_combo.currentText(),
            beslut=self.text_edit.text(),
            point_uid=self.point_combo.currentData(),
            received=self.received_edit.date().toPython(),
        )
        try:
            result = delegationsbeslut.register(self.store, data)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kan inte registrera", str(error))
            return
        notes = " ".join(result.warnings)
        self.message.setText(f"Registrerat: {result.beslut.dnr}. {notes}".strip())
        self.dnr_edit.clear()
        self.text_edit.clear()
        announce("delegation")
        self.reload()

    # Anmälan -----------------------------------------------------------------------------

    def _anmalan_box(self) -> QGroupBox:
        box = QGroupBox("Anmälan vid sammanträde", self)
        layout = QVBoxLayout(box)
        self.meeting_combo = QComboBox(box)
        self.meeting_combo.setObjectName("anmalan_meeting")
        self.summary = QLabel(box)
        self.summary.setWordWrap(True)
        self.agenda_button = QPushButton("Lägg till på dagordningen", box)
        self.agenda_button.setObjectName("anmalan_agenda_button")
        self.preview_button = QPushButton("Förhandsgranska förteckningen…", box)
        layout.addWidget(self.meeting_combo)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.agenda_button)
        layout.addWidget(self.preview_button)
        self.meeting_combo.currentIndexChanged.connect(lambda _i: self._show_summary())
        self.agenda_button.clicked.connect(self._add_to_agenda)
        self.preview_button.clicked.connect(self._preview)
        return box

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
            if s.late:
                text += f" {len(s.late)} kom in senare och anmäls vid nästa sammanträde."
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
        announce("agenda")
        self.summary.setText(self.summary.text() + " Punkten finns på dagordningen.")

    def _preview(self) -> None:
        from ksdesk.ui.dialogs.pdf_dialog import show_pdf

        meeting_id = self.meeting_combo.currentData()
        if meeting_id is not None:
            show_pdf(
                self,
                "Anmälan av delegationsbeslut",
                lambda: delegationsbeslut.anmalan_pdf(self.store, meeting_id),
                "delegationsbeslut.pdf",
            )

    def reload(self) -> None:
        self.model.set_rows(delegationsbeslut.list_all(self.store))
        register = delegation_service.role_register(self.store)
        current = self.delegat_combo.currentText()
        self.delegat_combo.clear()
        self.delegat_combo.addItems([r.name for r in register.roles if not r.retired])
        self.delegat_combo.setEditText(current)
        if not self.point_combo.count():
            self._fill_points()
        keep = self.meeting_combo.currentData()
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for meeting in meetings.list_meetings(self.store):
            self.meeting_combo.addItem(f"Sammanträde {format_date(meeting.date)}", meeting.id)
        self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(keep)))
        self.meeting_combo.blockSignals(False)
        self._show_summary()
